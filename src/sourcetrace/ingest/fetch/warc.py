"""Articles from WARC / WARC.gz files (Common Crawl News and other web archives)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sourcetrace.errors import InputError
from sourcetrace.ingest import readers
from sourcetrace.ingest.decode import decode_bytes
from sourcetrace.ingest.fetch.sources import kind_of
from sourcetrace.models import Rejection

WARC_SUFFIXES = (".warc", ".warc.gz")


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def read_warc(
    path: Path, *, shown: str
) -> Iterator[tuple[str, str, readers.Record] | Rejection]:
    """``(path, origin, record)`` per archived HTML page, in file order; ``line`` is the record number.

    Only ``response`` (HTTP 200) and ``resource`` records with HTML content are
    pages; request, metadata, robots and image records are not articles and are
    passed over. A page that cannot be read becomes a rejection naming its URL.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    pages = 0
    number = 0
    try:
        with path.open("rb") as fh:
            for number, rec in enumerate(ArchiveIterator(fh), start=1):
                if rec.rec_type not in ("response", "resource"):
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI") or ""
                if rec.rec_type == "response":
                    http = rec.http_headers
                    if http is None or http.get_statuscode() != "200":
                        continue
                    ctype = http.get_header("Content-Type") or ""
                else:
                    ctype = rec.rec_headers.get_header("Content-Type") or ""
                body = rec.content_stream().read()
                if kind_of(ctype, body) != "html":
                    continue
                pages += 1
                try:
                    text, _ = decode_bytes(body)
                    record = readers.read_html(text)
                except InputError as exc:
                    yield Rejection(path=shown, line=number, reason=f"{url}: {exc.args[0]}",
                                    code=exc.code)
                    continue
                record.url = record.url or url or None
                record.line = number
                yield shown, f"{path.resolve()}#{number}", record
    except (ArchiveLoadFailed, OSError, ValueError) as exc:
        yield Rejection(path=shown, line=number or None,
                        reason=f"unreadable WARC data: {exc}", code="E225")
        return
    if pages == 0:
        yield Rejection(path=shown, reason="no archived HTML pages in the WARC file", code="E225")
