"""Polite HTTP fetching: timeouts, retries with backoff, robots.txt, a per-host rate, a cache.

``Fetcher.get(url)`` returns the response or raises ``InputError`` whose code and
message become the input's rejection:

- E220 the server could not be reached (after retries);
- E221 the server answered with an error status (after retries for 429/5xx);
- E222 robots.txt forbids fetching the URL;
- E223 the URL is not http(s) / the content is not a page we can read;
- E224 the response is larger than ``max_bytes``.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from sourcetrace import __version__
from sourcetrace.errors import InputError
from sourcetrace.ingest.fetch.cache import CachedResponse, DiskCache, default_cache_dir

ROBOTS_AGENT = "sourcetrace"
TRANSIENT = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class FetchOptions:
    user_agent: str = f"sourcetrace/{__version__} (news provenance research; robots.txt honoured)"
    timeout: float = 20.0  # seconds, per connect / read
    retries: int = 3  # extra attempts after a network error, a 429 or a 5xx
    backoff: float = 1.0  # first wait before a retry; doubles each time
    max_backoff: float = 60.0  # also caps a server's Retry-After
    per_host_interval: float = 1.0  # seconds between two requests to one host
    max_bytes: int = 10_000_000
    respect_robots: bool = True
    cache: bool = True
    cache_dir: str | None = None  # None: $SOURCETRACE_CACHE_DIR or ~/.cache/sourcetrace/http
    max_age: float | None = None  # seconds a cached response stays fresh; None: forever
    max_urls: int = 10_000  # links followed from one feed or sitemap

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.retries < 0 or self.backoff < 0 or self.max_bytes <= 0:
            raise ValueError("fetch timeout/max_bytes must be positive, retries/backoff >= 0")


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Fetcher:
    """One polite client; reuse it for a whole run so rates and robots are shared."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        import httpx

        self.options = opts = options or FetchOptions()
        self._httpx = httpx
        self._client = httpx.Client(
            headers={"User-Agent": opts.user_agent},
            timeout=httpx.Timeout(opts.timeout),
            follow_redirects=True,
            max_redirects=10,
        )
        self.cache = DiskCache(opts.cache_dir or default_cache_dir(), max_age=opts.max_age)
        self._sleep = sleep
        self._clock = clock
        self._last: dict[str, float] = {}  # host -> when its last request ended
        self._robots: dict[str, tuple[urllib.robotparser.RobotFileParser | None, float]] = {}
        self._down: set[str] = set()  # hosts that could not be reached at all
        self.requests = 0  # network requests made (cache hits excluded)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- public -----------------------------------------------------------------
    def get(self, url: str) -> CachedResponse:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InputError(f"not an http(s) URL: {url}", code="E223")
        url = urlunsplit(parts._replace(fragment=""))
        if self.options.respect_robots and not self._allowed(url):
            raise InputError(f"robots.txt of {parts.netloc} disallows fetching {url}", code="E222")
        response = self._fetch(url)
        if response.status >= 400:
            raise InputError(f"HTTP {response.status} from {url}", code="E221")
        return response

    # -- robots.txt -------------------------------------------------------------
    def _allowed(self, url: str) -> bool:
        host = _host(url)
        if host in self._down:
            raise InputError(f"cannot fetch {url}: {host} did not answer earlier in this run",
                             code="E220")
        if host not in self._robots:
            self._robots[host] = self._load_robots(host)
        parser, _ = self._robots[host]
        return True if parser is None else parser.can_fetch(ROBOTS_AGENT, url)

    def _load_robots(self, host: str) -> tuple[urllib.robotparser.RobotFileParser | None, float]:
        parser = urllib.robotparser.RobotFileParser(host + "/robots.txt")
        try:
            response = self._fetch(host + "/robots.txt")
        except InputError as exc:
            if exc.code == "E220":
                # The host itself is unreachable: say so, and for this run do not try
                # again for every other link to it.
                self._down.add(host)
                raise
            parser.parse(["User-agent: *", "Disallow: /"])
            return parser, 0.0
        # RFC 9309: a server error on robots.txt means "assume everything is disallowed".
        if response.status >= 500:
            parser.parse(["User-agent: *", "Disallow: /"])
            return parser, 0.0
        if response.status >= 400:  # no robots.txt: everything is allowed
            return None, 0.0
        text = response.body.decode("utf-8", errors="replace")
        parser.parse(text.splitlines())
        delay = parser.crawl_delay(ROBOTS_AGENT)
        return parser, float(delay) if delay else 0.0

    # -- the network --------------------------------------------------------------
    def _interval(self, host: str) -> float:
        delay = self._robots.get(host, (None, 0.0))[1]
        return max(self.options.per_host_interval, min(delay, self.options.max_backoff))

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = self._interval(host) - (self._clock() - last)
            if wait > 0:
                self._sleep(wait)

    def _fetch(self, url: str) -> CachedResponse:
        if self.options.cache and (hit := self.cache.get(url)) is not None:
            return hit
        host = _host(url)
        opts = self.options
        attempt = 0
        while True:
            self._wait_turn(host)
            response: CachedResponse | None = None
            retry_after: float | None = None
            error: Exception | None = None
            try:
                response, retry_after = self._request(url)
            except self._httpx.TransportError as exc:  # network trouble: worth retrying
                error = exc
            except (self._httpx.HTTPError, self._httpx.InvalidURL) as exc:  # redirect loop ...
                raise InputError(f"cannot fetch {url}: {exc}", code="E220") from exc
            finally:
                self._last[host] = self._clock()
            transient = response is None or response.status in TRANSIENT
            if not transient or attempt >= opts.retries:
                break
            wait = opts.backoff * 2**attempt if retry_after is None else retry_after
            self._sleep(min(wait, opts.max_backoff))
            attempt += 1
        if response is None:
            reason = type(error).__name__ if error is not None else "no response"
            raise InputError(
                f"cannot fetch {url}: {reason} {error or ''}".strip()
                + f" (after {attempt + 1} attempts)",
                code="E220",
            )
        if opts.cache and response.status not in TRANSIENT:
            self.cache.put(response)
        return response

    def _request(self, url: str) -> tuple[CachedResponse, float | None]:
        self.requests += 1
        with self._client.stream("GET", url) as resp:
            body = bytearray()
            for chunk in resp.iter_bytes():
                body += chunk
                if len(body) > self.options.max_bytes:
                    raise InputError(
                        f"response from {url} is larger than {self.options.max_bytes:,} bytes",
                        code="E224",
                    )
            result = CachedResponse(
                url=url,
                final_url=str(resp.url),
                status=resp.status_code,
                content_type=resp.headers.get("content-type", ""),
                fetched_at=time.time(),
                body=bytes(body),
            )
            return result, _retry_after(resp.headers.get("retry-after"))


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None
