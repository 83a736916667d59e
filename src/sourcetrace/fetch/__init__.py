"""Ingest from the world: page URLs, RSS/Atom feeds, sitemaps and WARC files.

Fetching is polite (timeouts, retries with backoff, robots.txt, one request per
host per ``per_host_interval``, an honest User-Agent) and cached on disk, so a
re-run fetches nothing twice. Every failure becomes a ``Rejection`` with a reason.
"""

from __future__ import annotations

from sourcetrace.fetch.cache import CachedResponse, DiskCache, default_cache_dir
from sourcetrace.fetch.http import Fetcher, FetchOptions
from sourcetrace.fetch.remote import FEED_PREFIX, is_remote, read_remote
from sourcetrace.fetch.sources import Entry, feed_entries, kind_of, sitemap_entries
from sourcetrace.fetch.warc import is_warc, read_warc

__all__ = [
    "FEED_PREFIX",
    "CachedResponse",
    "DiskCache",
    "Entry",
    "FetchOptions",
    "Fetcher",
    "default_cache_dir",
    "feed_entries",
    "is_remote",
    "is_warc",
    "kind_of",
    "read_remote",
    "read_warc",
    "sitemap_entries",
]
