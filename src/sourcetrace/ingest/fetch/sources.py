"""What a fetched document is (page, feed, sitemap) and the links feeds and sitemaps list."""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin

from sourcetrace.errors import InputError
from sourcetrace.ingest.readers import normalise_date

Kind = Literal["html", "feed", "sitemap", "text"]


@dataclass(frozen=True)
class Entry:
    """A link listed by a feed or sitemap, with what the listing says about it."""

    url: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD, publication date as listed
    outlet: str | None = None


def maybe_gunzip(body: bytes) -> bytes:
    if body[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(body)
        except (OSError, EOFError) as exc:
            raise InputError(f"broken gzip data: {exc}", code="E226") from exc
    return body


def kind_of(content_type: str, body: bytes) -> Kind | None:
    """Sniff the document type; the markup decides when the header is vague (text/xml)."""
    ctype = content_type.split(";")[0].strip().lower()
    head = maybe_gunzip(body[:4096] if body[:2] != b"\x1f\x8b" else body)[:4096].lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<rdf:rdf" in head or (b"<feed" in head and b"<html" not in head):
        return "feed"
    if ctype in ("text/html", "application/xhtml+xml") or b"<html" in head or b"<!doctype html" in head:
        return "html"
    if ctype == "text/plain":
        return "text"
    return None


def feed_entries(body: bytes, base_url: str, *, limit: int) -> list[Entry]:
    """The article links of an RSS or Atom feed, in feed order, without repeats."""
    import feedparser

    parsed = feedparser.parse(body)
    if not parsed.entries and parsed.get("bozo"):
        raise InputError(f"not a readable RSS/Atom feed: {parsed.get('bozo_exception')}", code="E226")
    outlet = parsed.feed.get("title") or None
    out: list[Entry] = []
    seen: set[str] = set()
    for item in parsed.entries:
        link = item.get("link")
        if not link:
            continue
        url = urljoin(base_url, link)
        if url in seen:
            continue
        seen.add(url)
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        date = normalise_date(f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}") if stamp else None
        out.append(Entry(url=url, title=item.get("title") or None, date=date, outlet=outlet))
        if len(out) >= limit:
            break
    return out


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def sitemap_entries(body: bytes, base_url: str, *, limit: int) -> tuple[list[Entry], list[str]]:
    """``(pages, child sitemaps)`` of a sitemap or sitemap index (gzip allowed)."""
    data = maybe_gunzip(body)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InputError(f"not a readable sitemap: {exc}", code="E226") from exc
    pages: list[Entry] = []
    children: list[str] = []
    is_index = _local(root.tag) == "sitemapindex"
    for node in root:
        loc = next((c.text for c in node.iter() if _local(c.tag) == "loc" and c.text), None)
        if not loc:
            continue
        url = urljoin(base_url, loc.strip())
        if is_index:
            children.append(url)
            continue
        # Google News sitemaps state the publication date and title; plain lastmod is
        # only when the page last changed, so it is not taken as a publication date.
        date = title = None
        for child in node.iter():
            name = _local(child.tag)
            if name == "publication_date" and child.text:
                date = normalise_date(child.text.strip()[:10])
            elif name == "title" and child.text:
                title = child.text.strip()
        pages.append(Entry(url=url, title=title, date=date))
        if len(pages) >= limit:
            break
    return pages, children
