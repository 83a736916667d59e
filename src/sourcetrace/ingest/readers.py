"""Format readers: plain text, HTML, JSON/JSONL and CSV records.

Each reader returns ``Record`` objects (or ``Rejection`` for a bad record in a
multi-record file); ``to_article`` turns a record into an ``Article`` with a
stable content-hash id.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sourcetrace.errors import InputError
from sourcetrace.ingest.textmeta import split_metadata
from sourcetrace.models import Article, Rejection, content_id

TEXT_FIELDS = ("text", "body", "content", "article", "maintext")
TITLE_FIELDS = ("title", "headline")
OUTLET_FIELDS = ("outlet", "source", "publisher", "site", "sitename", "domain")
DATE_FIELDS = ("date", "published", "publication_date", "published_at", "date_publish", "pubdate")
URL_FIELDS = ("url", "link", "source_url")
AUTHOR_FIELDS = ("author", "authors", "byline")
LANGUAGE_FIELDS = ("language", "lang")
ID_FIELDS = ("id", "doc_id", "article_id", "guid")

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass
class Record:
    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None
    language: str | None = None
    external_id: str | None = None
    line: int | None = None
    credits: list[str] = field(default_factory=list)


def normalise_date(value: Any) -> str | None:
    """A metadata date as ``YYYY-MM-DD``, or None when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        try:
            return datetime.utcfromtimestamp(float(value)).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    m = _ISO_DATE.search(text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    from dateutil import parser as dateutil_parser

    try:
        return dateutil_parser.parse(text, fuzzy=False).date().isoformat()
    except (ValueError, OverflowError):
        return None


def _first(obj: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    lowered = {str(k).lower(): v for k, v in obj.items()}
    for name in names:
        value = lowered.get(name)
        if value not in (None, ""):
            return value
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v)
    if isinstance(value, dict):
        return str(value.get("name") or "") or None
    return str(value).strip() or None


def read_plain_text(text: str) -> Record:
    split = split_metadata(text)
    meta = split.meta
    title = meta.get("title")
    if title is None:
        first = split.body.split("\n", 1)[0].strip()
        # A short first line without closing punctuation reads as a headline.
        if 0 < len(first) <= 200 and not first.endswith((".", "”", '"', ":", ",")):
            title = first
    return Record(
        text=split.body,
        title=title,
        outlet=meta.get("outlet") or _credit_outlet(meta.get("credit")),
        date=normalise_date(meta.get("date")),
        url=meta.get("url"),
        author=meta.get("author"),
        language=meta.get("language"),
        external_id=meta.get("id"),
        credits=split.credits,
    )


def _credit_outlet(credit: str | None) -> str | None:
    """'Al Jazeera and news agencies' -> 'Al Jazeera'; the first credited name is the outlet."""
    if not credit:
        return None
    head = re.split(r"\s+(?:and|with|&)\s+|,", credit, maxsplit=1)[0].strip()
    return head or None


def record_from_mapping(obj: Mapping[str, Any], *, line: int | None) -> Record | Rejection:
    raw_text = _first(obj, TEXT_FIELDS)
    if not isinstance(raw_text, str) or not raw_text.strip():
        return Rejection(
            path="",
            line=line,
            reason="record has no text (expected a non-empty 'text' or 'body' field)",
            code="E208",
        )
    split = split_metadata(raw_text, front_matter=False)
    if not split.body:
        split.body = raw_text.strip()  # only metadata-looking lines: keep them as the text
    return Record(
        text=split.body,
        title=_as_text(_first(obj, TITLE_FIELDS)) or split.meta.get("title"),
        outlet=_as_text(_first(obj, OUTLET_FIELDS))
        or split.meta.get("outlet")
        or _credit_outlet(split.meta.get("credit")),
        date=normalise_date(_first(obj, DATE_FIELDS)) or normalise_date(split.meta.get("date")),
        url=_as_text(_first(obj, URL_FIELDS)),
        author=_as_text(_first(obj, AUTHOR_FIELDS)) or split.meta.get("author"),
        language=_as_text(_first(obj, LANGUAGE_FIELDS)),
        external_id=_as_text(_first(obj, ID_FIELDS)),
        line=line,
        credits=split.credits,
    )


def _with_path(item: Record | Rejection, path: str) -> Record | Rejection:
    if isinstance(item, Rejection):
        return Rejection(path=path, line=item.line, reason=item.reason, code=item.code)
    return item


def read_json_records(text: str, *, path: str) -> Iterator[Record | Rejection]:
    """A JSON object, a JSON array of objects, or JSON Lines (one object per line)."""
    stripped = text.strip()
    whole: Any = None
    if stripped.startswith(("[", "{")):
        try:
            whole = json.loads(stripped)
        except json.JSONDecodeError:
            whole = None  # several lines: JSON Lines
    if isinstance(whole, dict):
        yield _with_path(record_from_mapping(whole, line=None), path)
        return
    if isinstance(whole, list):
        for i, obj in enumerate(whole, 1):
            if isinstance(obj, dict):
                yield _with_path(record_from_mapping(obj, line=i), path)
            else:
                yield Rejection(
                    path=path, line=i, reason="array item is not an object", code="E209"
                )
        return
    # JSON Lines are separated by \n only; str.splitlines would also split inside
    # records on \u2028, \x0b and friends, which JSON strings may contain raw.
    for lineno, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(
                path=path,
                line=lineno,
                reason=f"invalid JSON: {exc.msg} (column {exc.colno})",
                code="E209",
            )
            continue
        if not isinstance(obj, dict):
            yield Rejection(path=path, line=lineno, reason="line is not a JSON object", code="E209")
            continue
        yield _with_path(record_from_mapping(obj, line=lineno), path)


def read_csv_records(text: str, *, path: str) -> Iterator[Record | Rejection]:
    """CSV with a header row and the same columns as JSON records."""
    csv.field_size_limit(10_000_000)
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not any(
        str(f).lower() in TEXT_FIELDS for f in reader.fieldnames if f
    ):
        raise InputError("CSV header has no 'text' or 'body' column", code="E210")
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Rejection(
                path=path, line=reader.line_num, reason=f"invalid CSV: {exc}", code="E210"
            )
            return
        clean = {k: v for k, v in row.items() if k is not None}
        yield _with_path(record_from_mapping(clean, line=reader.line_num), path)


def read_html(html: str) -> Record:
    """Main text and metadata of an HTML page via trafilatura (scripts and styles dropped)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    data: dict[str, Any] = {}
    if doc is not None:
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError("no main text found in the HTML page", code="E211")
    split = split_metadata(text, front_matter=False)
    return Record(
        text=split.body,
        title=data.get("title") or None,
        outlet=data.get("sitename") or _credit_outlet(split.meta.get("credit")),
        date=normalise_date(data.get("date")),
        url=data.get("url") or None,
        author=data.get("author") or split.meta.get("author"),
        language=data.get("language") or None,
        credits=split.credits,
    )


def to_article(record: Record, *, path: str, origin: str) -> Article:
    """An ``Article`` whose id hashes where it came from and its exact text.

    Two copies of one text at two sites are two articles (the dedup stage
    groups them); the same file ingested twice gets the same id.
    """
    if record.url:
        where = record.url
    elif record.external_id:
        where = f"{origin}#id={record.external_id}"
    else:
        where = f"{origin}#{record.line}" if record.line else origin
    return Article(
        id=content_id(f"{where}\0{record.text}", "a"),
        text=record.text,
        path=path,
        title=record.title,
        outlet=record.outlet,
        url=record.url,
        author=record.author,
        published=record.date,
        published_basis="metadata" if record.date else None,
        language=record.language or "en",
        line=record.line,
        credits=tuple(record.credits),
    )
