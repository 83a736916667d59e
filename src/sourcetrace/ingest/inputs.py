"""Ingest: paths in, ``Article`` or ``Rejection`` out, one item at a time.

Every input ends up as exactly one of the two: a bad file or a broken JSONL
line never stops the batch and never disappears silently. Readers for each
format live in ``sourcetrace.ingest.readers``; this module walks inputs and
turns reader errors into rejections.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sourcetrace.errors import InputError
from sourcetrace.ingest import readers
from sourcetrace.ingest.decode import decode_bytes
from sourcetrace.models import Article, Rejection

if TYPE_CHECKING:
    from sourcetrace.ingest.fetch import Fetcher

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv"})
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES


@dataclass(frozen=True)
class IngestOptions:
    """Limits that keep one pathological input from hurting the batch."""

    max_article_chars: int = 1_000_000
    max_file_bytes: int = 200_000_000  # JSONL/CSV files may hold many articles

    def __post_init__(self) -> None:
        if self.max_article_chars <= 0 or self.max_file_bytes <= 0:
            raise ValueError("ingest limits must be positive")


IngestItem = Article | Rejection


def iter_paths(inputs: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    """Expand inputs to files: folders recursively in sorted order; ``-`` is stdin."""
    for raw in inputs:
        if raw == "-":
            yield raw, None
            continue
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield str(Path(root) / name), Path(root) / name
        else:
            yield raw, path


def ingest(
    inputs: Iterable[str], *, options: IngestOptions | None = None, fetcher: Fetcher | None = None
) -> Iterator[IngestItem]:
    """Read every input and yield articles and rejections in input order.

    URLs (pages, feeds, sitemaps; ``feed:URL`` for a feed) are fetched with
    ``fetcher``, by default a polite, caching ``sourcetrace.ingest.fetch.Fetcher``.
    """
    opts = options or IngestOptions()
    own_fetcher = None
    try:
        for shown, path in iter_paths(inputs):
            if path is None:
                yield from _read_stdin(opts)
                continue
            if shown.startswith(("http://", "https://", "feed:")):
                from sourcetrace.ingest.fetch import Fetcher, read_remote

                if fetcher is None:
                    fetcher = own_fetcher = Fetcher()
                yield from _records(read_remote(shown, fetcher), opts)
                continue
            yield from _read_file(shown, path, opts)
    finally:
        if own_fetcher is not None:
            own_fetcher.close()


def _records(
    items: Iterable[tuple[str, str, readers.Record] | Rejection], opts: IngestOptions
) -> Iterator[IngestItem]:
    """Fetched or archived records (with where each came from) as articles."""
    for item in items:
        if isinstance(item, Rejection):
            yield item
        else:
            shown, origin, record = item
            yield checked_article(record, shown, origin, opts)


def _read_stdin(opts: IngestOptions) -> Iterator[IngestItem]:
    data = sys.stdin.buffer.read()
    try:
        text, _ = decode_bytes(data)
    except InputError as exc:
        yield Rejection(path="-", reason=str(exc.args[0]), code=exc.code)
        return
    head = text.lstrip()[:1]
    kind = ".jsonl" if head in "{[" and head else ".html" if head == "<" else ".txt"
    yield from _dispatch("-", "<stdin>", kind, text, opts)


def _read_file(shown: str, path: Path, opts: IngestOptions) -> Iterator[IngestItem]:
    if path.is_symlink() and not path.exists():
        yield Rejection(path=shown, reason="dangling symbolic link", code="E201")
        return
    if not path.exists():
        yield Rejection(path=shown, reason="no such file or folder", code="E200")
        return
    if not path.is_file():
        yield Rejection(path=shown, reason="not a regular file", code="E200")
        return
    if path.name.lower().endswith((".warc", ".warc.gz")):
        from sourcetrace.ingest.fetch.warc import read_warc

        # Archives are streamed record by record, so their size is not limited.
        yield from _records(read_warc(path, shown=shown), opts)
        return
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        yield Rejection(
            path=shown,
            reason=f"unsupported file type {suffix!r} (expected .txt .md .html .json .jsonl .csv)",
            code="E206",
        )
        return
    try:
        size = path.stat().st_size
        limit = opts.max_file_bytes if suffix in JSON_SUFFIXES | CSV_SUFFIXES else None
        # A single-article file larger than the article limit is refused unread.
        per_article = opts.max_article_chars * 4
        if (limit is not None and size > limit) or (limit is None and size > per_article):
            yield Rejection(
                path=shown,
                reason=f"file too large ({size / 1e6:.1f} MB; limit "
                f"{(limit or per_article) / 1e6:.1f} MB for {suffix or 'text'} files)",
                code="E207",
            )
            return
        data = path.read_bytes()
    except PermissionError:
        yield Rejection(path=shown, reason="permission denied: file is not readable", code="E202")
        return
    except OSError as exc:
        yield Rejection(path=shown, reason=f"cannot read file: {exc.strerror or exc}", code="E202")
        return
    if not data.strip():
        yield Rejection(path=shown, reason="empty file", code="E204")
        return
    try:
        text, _ = decode_bytes(data)
    except InputError as exc:
        yield Rejection(path=shown, reason=str(exc.args[0]), code=exc.code)
        return
    yield from _dispatch(shown, str(path.resolve()), suffix, text, opts)


def _dispatch(
    shown: str, origin: str, suffix: str, text: str, opts: IngestOptions
) -> Iterator[IngestItem]:
    try:
        if suffix in HTML_SUFFIXES:
            records: Iterable[readers.Record | Rejection] = [readers.read_html(text)]
        elif suffix in JSON_SUFFIXES:
            records = readers.read_json_records(text, path=shown)
        elif suffix in CSV_SUFFIXES:
            records = readers.read_csv_records(text, path=shown)
        else:
            records = [readers.read_plain_text(text)]
        for record in records:
            if isinstance(record, Rejection):
                yield record
            else:
                yield checked_article(record, shown, origin, opts)
    except InputError as exc:
        yield Rejection(path=shown, reason=str(exc.args[0]), code=exc.code)


def checked_article(record: readers.Record, shown: str, origin: str, opts: IngestOptions) -> IngestItem:
    if not record.text.strip():
        return Rejection(path=shown, line=record.line, reason="no article text", code="E208")
    if len(record.text) > opts.max_article_chars:
        return Rejection(
            path=shown,
            line=record.line,
            reason=f"article text too long ({len(record.text):,} characters; "
            f"limit {opts.max_article_chars:,})",
            code="E207",
        )
    return readers.to_article(record, path=shown, origin=origin)
