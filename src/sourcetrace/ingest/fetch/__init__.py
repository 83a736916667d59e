"""Ingest from the world: page URLs, RSS/Atom feeds, sitemaps and WARC files.

Fetching is polite (timeouts, retries with backoff, robots.txt, one request per
host per ``per_host_interval``, an honest User-Agent) and cached on disk, so a
re-run fetches nothing twice. Every failure becomes a ``Rejection`` with a reason.
"""

from __future__ import annotations

from sourcetrace.ingest.fetch.cache import CachedResponse, DiskCache, default_cache_dir
from sourcetrace.ingest.fetch.http import Fetcher, FetchOptions
from sourcetrace.ingest.fetch.remote import FEED_PREFIX, is_remote, read_remote
from sourcetrace.ingest.fetch.sources import Entry, feed_entries, kind_of, sitemap_entries
from sourcetrace.ingest.fetch.warc import is_warc, read_warc

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
