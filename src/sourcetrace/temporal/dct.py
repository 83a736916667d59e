"""The publication date (document creation time, DCT) of an article, with its basis.

Evidence, strongest first:

1. ``metadata``: a date the caller already holds (front matter, HTML meta, JSON-LD, a
   duplicate's date passed in by the dedup stage) or a date in the URL (``/2023/03/07/``).
2. ``stated``: a "Published/Updated: <date>" line at the top of the text.
3. ``dateline``: "WASHINGTON, Feb 8 (Reuters) –" or a date alone on one of the first lines
   ("08th March, 2023"). A dateline without a year takes it from the rest of the text.
4. ``inferred``: the latest day the text fixes by itself: full dates ("February 24, 2022")
   and weekday-date pairs ("Friday, February 24"), whose year is the one in which that day
   is that weekday, chosen near the other evidence.

The chicken-and-egg (relative expressions need a DCT, the DCT may come from expressions) is
broken by ``dct_and_timexes``: it first reads only absolute dates (TIMEX values computed
with no DCT, where relative ones stay ``XXXX``), infers the DCT from them, then extracts
the expressions again relative to that DCT.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from sourcetrace.models import TimeRef
from sourcetrace.temporal import patterns as tp
from sourcetrace.temporal.normalise import parse_dct
from sourcetrace.temporal.timex import _heuristic_direction, extract_timexes

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sourcetrace.temporal.tuning import TimexTuning

__all__ = ["infer_published", "dct_and_timexes"]

_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?:/|\b)"
    r"|/(?P<y2>(?:19|20)\d\d)(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?:/|\b)"
)
_STATED = re.compile(
    r"^\s*(?:Published|Posted|Updated|Last\s+updated|First\s+published|Date)\s*(?:on|:)?\s*(?P<rest>.+)$",
    re.IGNORECASE | re.MULTILINE,
)
# "WASHINGTON, Feb 8 (Reuters) -", "LONDON (AP) — ", "Moscow, 3 March 2022 –".
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),?\s+(?P<rest>[^()\n]{3,40}?)\s*"
    r"(?:\([A-Za-z .&/-]{2,30}\)\s*)?[-–—:]",
    re.MULTILINE,
)
_FULL_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_PARTIAL_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_WEEKDAY_LEAD = re.compile(rf"^{tp.WEEKDAY}", re.IGNORECASE)


def _iso(value: str | None) -> str | None:
    d = parse_dct(value) if value else None
    # dateutil fills missing parts from today's date, so only a string with a year is read.
    if d is None and value and re.search(r"\b(?:19|20)\d\d\b", value):
        try:
            from dateutil import parser as du

            d = du.parse(value, fuzzy=True).date()
        except (ValueError, OverflowError):
            return None
    return d.isoformat() if d else None


def _from_url(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    try:
        return date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def _first_day(text: str) -> TimeRef | None:
    for t in extract_timexes(text, dct=None):
        if t.type in ("DATE", "TIME") and (_FULL_DAY.match(t.value) or _PARTIAL_DAY.match(t.value)):
            return t
    return None


# Photo captions credit archive pictures ("... June 8, 2018 [File: Jason Lee/Reuters]",
# "FILE PHOTO: ..."): their dates are when the picture was taken, not the story.
_ARCHIVE = re.compile(r"\[\s*File\b|\bFILE\s+PHOTO\b|\bfile\s+(?:photo|picture|image)\b|\(File\)")


def _in_archive_caption(text: str, span: tuple[int, int]) -> bool:
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    return bool(_ARCHIVE.search(text[start : end if end != -1 else len(text)]))


def _evidence_days(
    text: str, timexes: Sequence[TimeRef] | None
) -> tuple[list[tuple[date, bool]], list[tuple[TimeRef, bool]]]:
    """Days the text fixes without a DCT, and weekday-date pairs still missing a year.

    Each comes with a flag: is it in a future-tense sentence ("the council will meet on
    Friday, February 24")? Such dates bound the publication date from above, so they are
    the latest event only when nothing else is dated.
    """
    refs = list(timexes) if timexes is not None else extract_timexes(text, dct=None)
    days: list[tuple[date, bool]] = []
    pairs: list[tuple[TimeRef, bool]] = []
    for t in refs:
        if t.type not in ("DATE", "TIME") or _in_archive_caption(text, t.span):
            continue
        future = _heuristic_direction(text, *t.span) == "future"
        full = _FULL_DAY.match(t.value)
        if full:
            try:
                days.append((date(int(full[1]), int(full[2]), int(full[3])), future))
            except ValueError:
                continue
        elif _PARTIAL_DAY.match(t.value) and _WEEKDAY_LEAD.match(t.text):
            pairs.append((t, future))
    return days, pairs


def _pair_year(pairs: Sequence[tuple[TimeRef, bool]], near: int, *, floor: bool) -> int | None:
    """The year that makes the most weekday-date pairs true, nearest ``near``.

    ``floor``: ``near`` is the latest year the text states, and the article is not older
    than that; otherwise ``near`` is today's year, and the article is not from the future.
    """
    votes: dict[int, int] = {}
    for t, _future in pairs:
        m = _PARTIAL_DAY.match(t.value)
        wd = tp.weekday_number(_WEEKDAY_LEAD.match(t.text).group(0))  # type: ignore[union-attr]
        if not m or wd is None:
            continue
        mon, day = int(m[1]), int(m[2])
        for y in range(near - 14, near + 15):
            try:
                if date(y, mon, day).weekday() == wd:
                    votes[y] = votes.get(y, 0) + 1
            except ValueError:
                continue
    if not votes:
        return None
    return max(votes, key=lambda y: (votes[y], y >= near if floor else y <= near, -abs(y - near)))


def _complete(value: str, evidence: Sequence[date], pair_year: int | None) -> str | None:
    """A ``XXXX-MM-DD`` dateline value with the year the rest of the text supports."""
    m = _PARTIAL_DAY.match(value)
    if not m:
        return value if _FULL_DAY.match(value) else None
    year = pair_year or (max(evidence).year if evidence else None)
    if year is None:
        return None
    try:
        return date(year, int(m[1]), int(m[2])).isoformat()
    except ValueError:
        return None


def infer_published(
    text: str,
    *,
    url: str | None = None,
    metadata_date: str | None = None,
    timexes: Sequence[TimeRef] | None = None,
) -> tuple[str | None, str | None]:
    """``(YYYY-MM-DD, basis)`` for the article, or ``(None, None)`` when nothing fixes a day.

    ``timexes`` are expressions already extracted *without* a DCT (their relative values
    are placeholders); they spare a second pass over the text.
    """
    meta = _iso(metadata_date)
    if meta:
        return meta, "metadata"
    from_url = _from_url(url)
    if from_url:
        return from_url, "metadata"

    head = text[:400]
    dated, pairs = _evidence_days(text, timexes)
    days = [d for d, _f in dated]
    near = max(days).year if days else date.today().year
    pair_year = _pair_year(pairs, near, floor=bool(days)) if pairs else None

    for m in _STATED.finditer(head):
        t = _first_day(m["rest"])
        value = _complete(t.value, days, pair_year) if t else None
        if value:
            return value[:10], "stated"
    for line in head.split("\n")[:4]:
        dl = _DATELINE.match(line)
        t = _first_day(dl["rest"]) if dl else None
        if t is None and len(line.strip()) <= 40:
            only = _first_day(line)
            # A line that is nothing but a date ("08th March, 2023") is a dateline too.
            if only and len(line.strip()) - len(only.text) <= 4:
                t = only
        if t is not None:
            value = _complete(t.value, days, pair_year)
            if value:
                return value[:10], "dateline"

    candidates = list(dated)
    if pair_year is not None:
        for t, future in pairs:
            pm = _PARTIAL_DAY.match(t.value)
            if pm:
                try:
                    candidates.append((date(pair_year, int(pm[1]), int(pm[2])), future))
                except ValueError:
                    continue
    past = [d for d, future in candidates if not future]
    if candidates:
        return max(past or [d for d, _f in candidates]).isoformat(), "inferred"
    return None, None


def dct_and_timexes(
    text: str,
    *,
    url: str | None = None,
    metadata_date: str | None = None,
    doc: Doc | None = None,
    tuning: TimexTuning | None = None,
) -> tuple[str | None, str | None, list[TimeRef]]:
    """Publication date, its basis, and the expressions resolved against it (two passes)."""
    first = extract_timexes(text, dct=None, doc=doc, tuning=tuning)
    published, basis = infer_published(text, url=url, metadata_date=metadata_date, timexes=first)
    if published is None:
        return None, None, first
    return published, basis, extract_timexes(text, dct=published, doc=doc, tuning=tuning)

