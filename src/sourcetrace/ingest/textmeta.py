"""Metadata carried inside plain-text articles, split from the body.

Recognised, and never left in the body later stages read:
- a front-matter block of ``key: value`` lines at the top, ended by a blank line
  (optionally fenced by ``---`` lines);
- a leading date stamp such as ``date 2022-03-17`` (real scraped files carry it);
- a ``By NAME:`` or ``By NAME`` byline at the start of a line;
- trailing credit lines such as ``Source: Al Jazeera and news agencies``.

The body is returned as a slice of the input with outer whitespace trimmed, so
offsets into it are plain ``str`` offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sourcetrace.lexicons import lexicon

FRONT_MATTER_KEYS = lexicon("front_matter").words("keys")
_KEY_ALIASES = lexicon("front_matter").mapping("aliases")

_FM_LINE = re.compile(r"^\s*([A-Za-z_][A-Za-z_-]*)\s*:\s*(.*?)\s*$")
_DATE_STAMP = re.compile(
    r"^\s*(?:date|published|posted|updated)\s*[:=]?\s*(\d{4}-\d{2}-\d{2})\b\s*", re.IGNORECASE
)
# "By Joseph Fitsanakis:" at the very start of a line; the name is 1-5 capitalised words.
_BYLINE = re.compile(
    r"^By\s+((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)(?:\s*[:|–—-]\s*|\s*\n)", re.MULTILINE
)
_SOURCE_LINE = re.compile(
    r"^\s*[\[(]?\s*(?:Source|Sources|Credit|Via)\s*:\s*(.{2,120}?)\s*[\])]?\s*$", re.IGNORECASE
)


@dataclass
class TextMeta:
    """Body and the metadata found around it."""

    body: str
    meta: dict[str, str] = field(default_factory=dict)
    credits: list[str] = field(default_factory=list)


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    lines = text.split("\n")
    start = 0
    fenced = lines and lines[0].strip() == "---"
    if fenced:
        start = 1
    meta: dict[str, str] = {}
    i = start
    while i < len(lines):
        line = lines[i]
        if fenced and line.strip() == "---":
            i += 1
            break
        if not line.strip():
            if fenced:
                i += 1
                continue
            break
        m = _FM_LINE.match(line)
        if not m or m.group(1).lower() not in FRONT_MATTER_KEYS:
            return {}, text  # not a front-matter block: the text starts with prose
        key = m.group(1).lower()
        meta[_KEY_ALIASES.get(key, key)] = m.group(2)
        i += 1
    if not meta:
        return {}, text
    return meta, "\n".join(lines[i:])


def split_metadata(text: str, *, front_matter: bool = True) -> TextMeta:
    """Split a plain-text article into body, metadata and credit lines.

    ``front_matter=False`` is for bodies that came from structured records (JSON,
    CSV, HTML), whose metadata is already known and whose first line is prose.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    meta, body = _split_front_matter(text) if front_matter else ({}, text)

    stamp = _DATE_STAMP.match(body)
    if stamp:
        meta.setdefault("date", stamp.group(1))
        body = body[stamp.end() :]

    credits: list[str] = []
    # Trailing credit lines, bottom-up, skipping blank lines.
    lines = body.rstrip().split("\n")
    while lines:
        m = _SOURCE_LINE.match(lines[-1])
        if not m:
            break
        credits.insert(0, lines[-1].strip())
        meta.setdefault("credit", m.group(1).strip())
        lines.pop()
        while lines and not lines[-1].strip():
            lines.pop()
    body = "\n".join(lines)

    byline = _BYLINE.search(body[:2000])
    if byline:
        meta.setdefault("author", byline.group(1).strip())
        # Drop only the byline itself; the sentence after "By NAME:" is article text.
        body = body[: byline.start()] + body[byline.end() :]

    return TextMeta(body=body.strip(), meta=meta, credits=credits)
