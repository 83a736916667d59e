"""Dated statements (events) and the corpus timeline.

An event is a sentence with a resolved date: "The New York Times published a story on
March 2" -> 2022-03-02, a report event. Each dated article also gets a publication event.
A date keeps the granularity the text gives (``2022-02`` for "late last month") and comes
with the range of days it covers; modifiers (early/late/about) mark it approximate and
narrow the range, so no exact day is ever invented for a vague expression.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution, Citation, Event, Span, TimeRef, content_id
from sourcetrace.nlp.doctext import doc_text
from sourcetrace.nlp.wraps import same_offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["build_events", "build_timeline", "date_range", "timeline_key"]

# The kind of a dated sentence, from lexicons/en/events.toml.
_EVENT_WORDS = lexicon("events")
_DENIAL = _EVENT_WORDS.pattern("denial_cue")
_REPORT = _EVENT_WORDS.pattern("report_cue")
_SENT_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-([QH])(\d)$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _months(y: int, first: int, last: int) -> tuple[date, date]:
    ly, lm = y + (last - 1) // 12, (last - 1) % 12 + 1
    return date(y, first, 1), date(ly, lm, calendar.monthrange(ly, lm)[1])


def date_range(value: str, mod: str | None = None) -> tuple[str, str] | None:
    """The first and last day (ISO) a TimeML date value covers, narrowed by ``mod``.

    ``None`` for values that name no calendar interval (PAST_REF, XXXX-...).
    """
    try:
        rng = _raw_range(value)
    except ValueError:
        return None
    if rng is None:
        return None
    start, end = rng
    span = (end - start).days + 1
    if mod in ("START", "END", "MID") and span >= 3:
        third = span // 3
        if mod == "START":
            end = start + timedelta(days=third - 1)
        elif mod == "END":
            start = end - timedelta(days=third - 1)
        else:
            start, end = start + timedelta(days=third), end - timedelta(days=third)
    return start.isoformat(), end.isoformat()


def _raw_range(value: str) -> tuple[date, date] | None:
    if m := _DAY.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if m := _MONTH.match(value):
        return _months(int(m[1]), int(m[2]), int(m[2]))
    if m := _QUARTER.match(value):
        size = 3 if m[2] == "Q" else 6
        first = (int(m[3]) - 1) * size + 1
        return _months(int(m[1]), first, first + size - 1)
    if m := _SEASON.match(value):
        first, last = _SEASON_MONTHS[m[2]]
        return _months(int(m[1]), first, last)
    if m := _YEAR.match(value):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    if m := _DECADE.match(value):
        y = int(m[1]) * 10
        return date(max(y, 1), 1, 1), date(y + 9, 12, 31)
    if m := _CENTURY.match(value):
        y = int(m[1]) * 100
        return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    return None


def _sentences(text: str, doc: Doc | None) -> list[Span]:
    if doc is not None and same_offsets(doc_text(doc), text) and doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    spans: list[Span] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _containing(spans: Sequence[Span], pos: int) -> Span | None:
    for s, e in spans:
        if s <= pos < e:
            return (s, e)
    return None


def _inside(span: Span | None, sent: Span) -> bool:
    return span is not None and sent[0] <= span[0] < sent[1]


def _event_date(t: TimeRef) -> str | None:
    if t.type not in ("DATE", "TIME") or "X" in t.value[:4] or t.value.endswith("_REF"):
        return None
    if t.value.startswith("P"):
        return None
    return t.value.split("T", 1)[0] if t.type == "TIME" else t.value


def build_events(
    article_id: str,
    text: str,
    timexes: Sequence[TimeRef],
    *,
    published: str | None,
    doc: Doc | None = None,
    attributions: Sequence[Attribution] = (),
    citations: Sequence[Citation] = (),
) -> list[Event]:
    """Events of one article: its publication (when dated) and each dated sentence."""
    events: list[Event] = []
    sents = _sentences(text, doc)
    if published:
        events.append(_publication_event(article_id, text, sents, published))
    for t in timexes:
        value = _event_date(t)
        if value is None:
            continue
        events.append(_dated_event(article_id, text, sents, t, value, attributions, citations))
    return events


def _publication_event(article_id: str, text: str, sents: Sequence[Span], published: str) -> Event:
    """The publication as an event, anchored on the first sentence (the lead) so it
    shows in context on the timeline like any other event."""
    first = sents[0] if sents else (0, 0)
    return Event(
        id=content_id(f"{article_id}|publication", prefix="e"),
        article=article_id,
        date=published,
        expression="published",
        text=text[first[0] : first[1]],
        span=first,
        kind="publication",
        date_range=date_range(published),
    )


def _event_kind(sentence: str, cites: tuple[str, ...]) -> str:
    """A denial outranks a report: "denied the report" is about the denial."""
    if _DENIAL.search(sentence):
        return "denial"
    if cites or _REPORT.search(sentence):
        return "report"
    return "mention"


def _dated_event(
    article_id: str,
    text: str,
    sents: Sequence[Span],
    t: TimeRef,
    value: str,
    attributions: Sequence[Attribution],
    citations: Sequence[Citation],
) -> Event:
    """The sentence around a date expression, linked to the attributions and citations
    in it so the timeline can say who dated what."""
    sent = _containing(sents, t.span[0]) or (t.span[0], t.span[1])
    sentence = text[sent[0] : sent[1]]
    attrs = tuple(
        a.id for a in attributions
        if _inside(a.sentence_span or a.span, sent) or _inside(a.cue_span, sent)
    )  # fmt: skip
    cites = tuple(c.id for c in citations if _inside(c.span, sent))
    return Event(
        id=content_id(f"{article_id}|{t.span[0]}|{t.span[1]}", prefix="e"),
        article=article_id,
        date=value,
        expression=t.text,
        text=sentence,
        span=sent,
        kind=_event_kind(sentence, cites),
        timex_span=t.span,
        date_range=date_range(value, t.mod),
        approximate=t.mod is not None or len(value) < 10,
        attributions=attrs,
        citations=cites,
    )


def timeline_key(event: Event) -> tuple[int, str, int, str, str, int]:
    """Sort key: undated last; by first day covered, then the narrower date first."""
    if event.date is None:
        return (1, "", 0, "", event.article, event.span[0])
    rng = event.date_range or date_range(event.date)
    if rng is None:
        return (1, event.date, 0, "", event.article, event.span[0])
    width = (date.fromisoformat(rng[1]) - date.fromisoformat(rng[0])).days
    # A publication sorts after the events its own text reports on the same day.
    pub = 1 if event.kind == "publication" else 0
    return (0, rng[0], width * 2 + pub, rng[1], event.article, event.span[0])


def build_timeline(events: Sequence[Event]) -> list[Event]:
    """Events across the corpus in calendar order (partial dates by the first day they cover)."""
    return sorted(events, key=timeline_key)
