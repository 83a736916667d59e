"""A fixture web site on loopback: pages, feeds, a sitemap, robots.txt and misbehaving URLs.

Nothing leaves the machine: every URL the tests fetch points at this server.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sourcetrace.ingest.fetch import Fetcher, FetchOptions

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "fetch"


@dataclass
class Site:
    base: str
    hits: Counter[str] = field(default_factory=Counter)
    agents: list[str] = field(default_factory=list)
    fail_first: int = 2  # /flaky.html answers 503 this many times, then the page


def _routes(base: str) -> dict[str, tuple[str, bytes]]:
    def read(name: str) -> bytes:
        return (FIXTURES / name).read_text(encoding="utf-8").replace("{{BASE}}", base).encode()

    routes = {
        "/robots.txt": ("text/plain", read("robots.txt")),
        "/private/memo.html": ("text/html; charset=utf-8", read("private.html")),
        "/feed.rss": ("application/rss+xml", read("rss.xml")),
        "/atom.xml": ("application/atom+xml", read("atom.xml")),
        "/sitemap.xml": ("application/xml", read("sitemap-index.xml")),
        "/sitemap-news.xml.gz": ("application/x-gzip", gzip.compress(read("sitemap-news.xml"))),
        "/image.png": ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
        "/big.html": ("text/html", b"<html><body><p>" + b"word " * 50_000 + b"</p></body></html>"),
    }
    for name in ("harbour", "library", "bridge"):
        routes[f"/news/{name}.html"] = ("text/html; charset=utf-8", read(f"{name}.html"))
    return routes


@pytest.fixture
def site() -> Iterator[Site]:
    state: dict[str, Site] = {}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            return

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            me = state["site"]
            me.hits[self.path] += 1
            me.agents.append(self.headers.get("User-Agent", ""))
            routes = _routes(me.base)
            if self.path == "/flaky.html" and me.hits[self.path] <= me.fail_first:
                return self._send(503, "text/plain", b"busy")
            if self.path == "/flaky.html":
                return self._send(200, *routes["/news/bridge.html"])
            if self.path == "/slow.html":
                time.sleep(2)
                return self._send(200, *routes["/news/bridge.html"])
            if self.path == "/moved":
                self.send_response(301)
                self.send_header("Location", "/news/harbour.html")
                self.end_headers()
                return None
            if self.path in routes:
                return self._send(200, *routes[self.path])
            return self._send(404, "text/html", b"<html><body>not found</body></html>")

        def _send(self, status: int, ctype: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state["site"] = Site(base=f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state["site"]
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def fetch_options(tmp_path: Path) -> FetchOptions:
    # No waiting between requests and tiny backoffs keep the tests fast; the rate
    # limit and backoff themselves are tested with a recording sleep.
    return FetchOptions(cache_dir=str(tmp_path / "http-cache"), per_host_interval=0.0,
                        backoff=0.01, timeout=5.0)


@pytest.fixture
def fetcher(fetch_options: FetchOptions) -> Iterator[Fetcher]:
    with Fetcher(fetch_options) as f:
        yield f
