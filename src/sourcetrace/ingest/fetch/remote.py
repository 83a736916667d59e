"""Articles from the web: a page URL, a feed (RSS/Atom) or a sitemap, fetched politely.

A URL is sniffed after fetching: a page becomes one article; a feed or sitemap
(``sourcetrace analyze https://site/sitemap.xml``) becomes the articles it links
to. ``feed:URL`` (the CLI's ``--feed``) insists on a feed. What a listing says
about a link (title, publication date, feed title as outlet) fills what the page
itself does not state.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from sourcetrace.errors import InputError
from sourcetrace.ingest import readers
from sourcetrace.ingest.decode import decode_bytes
from sourcetrace.ingest.fetch.http import Fetcher
from sourcetrace.ingest.fetch.sources import (
    Entry,
    feed_entries,
    kind_of,
    maybe_gunzip,
    sitemap_entries,
)
from sourcetrace.models import Rejection

FEED_PREFIX = "feed:"
MAX_SITEMAP_DEPTH = 3

Item = tuple[str, str, readers.Record] | Rejection


def is_remote(raw: str) -> bool:
    return raw.startswith(("http://", "https://", FEED_PREFIX))


def read_remote(target: str, fetcher: Fetcher) -> Iterator[Item]:
    """``(path, origin, record)`` for each article behind ``target``, or rejections."""
    force_feed = target.startswith(FEED_PREFIX)
    url = target.removeprefix(FEED_PREFIX)
    try:
        response = fetcher.get(url)
        kind = kind_of(response.content_type, response.body)
        if force_feed and kind != "feed":
            raise InputError(f"{url} is not an RSS/Atom feed", code="E226")
        if kind == "feed":
            entries = feed_entries(response.body, response.final_url, limit=fetcher.options.max_urls)
            yield from _listed(target, entries, fetcher)
            return
        if kind == "sitemap":
            yield from _sitemap(target, response.body, response.final_url, fetcher, depth=0)
            return
    except InputError as exc:
        yield Rejection(path=target, reason=str(exc.args[0]), code=exc.code)
        return
    yield _page(url, None, fetcher)


def _sitemap(target: str, body: bytes, base: str, fetcher: Fetcher, *, depth: int) -> Iterator[Item]:
    pages, children = sitemap_entries(body, base, limit=fetcher.options.max_urls)
    if pages or not children:  # an index lists sitemaps, not pages
        yield from _listed(target, pages, fetcher)
    for child in children:
        if depth + 1 > MAX_SITEMAP_DEPTH:
            yield Rejection(path=child, reason="sitemap index nested too deep", code="E226")
            continue
        try:
            response = fetcher.get(child)
            yield from _sitemap(target, maybe_gunzip(response.body), response.final_url,
                                fetcher, depth=depth + 1)
        except InputError as exc:
            yield Rejection(path=child, reason=str(exc.args[0]), code=exc.code)


def _listed(target: str, entries: list[Entry], fetcher: Fetcher) -> Iterator[Item]:
    if not entries:
        yield Rejection(path=target, reason="the feed or sitemap lists no links", code="E226")
    for entry in entries:
        yield _page(entry.url, entry, fetcher)


def _page(url: str, entry: Entry | None, fetcher: Fetcher) -> Item:
    """One article page, or the reason it could not be read."""
    try:
        response = fetcher.get(url)
        kind = kind_of(response.content_type, response.body)
        if kind not in ("html", "text"):
            raise InputError(
                f"unsupported content type {response.content_type or 'unknown'!r} at {url}",
                code="E223",
            )
        text, _ = decode_bytes(response.body)
        record = readers.read_html(text) if kind == "html" else readers.read_plain_text(text)
    except InputError as exc:
        return Rejection(path=url, reason=str(exc.args[0]), code=exc.code)
    fill: dict[str, str] = {}
    if not record.url:
        fill["url"] = response.final_url
    if entry is not None:
        if entry.title and not record.title:
            fill["title"] = entry.title
        if entry.outlet and not record.outlet:
            fill["outlet"] = entry.outlet
        if entry.date and not record.date:
            fill["date"] = entry.date
    return url, response.final_url, replace(record, **fill) if fill else record  # type: ignore[arg-type]
