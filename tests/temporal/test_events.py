"""Events (dated statements) and the corpus timeline."""

from __future__ import annotations

from sourcetrace.models import Citation
from sourcetrace.temporal.events import build_events, build_timeline, date_range
from sourcetrace.temporal.timex import extract_timexes

TEXT = (
    "The New York Times published a story on March 2, citing officials. "
    "China denied the report on March 15. "
    "The conflict began late last month. "
    "Talks continue now."
)


def _events(nlp=None):  # type: ignore[no-untyped-def]
    doc = nlp(TEXT) if nlp is not None else None
    refs = extract_timexes(TEXT, dct="2022-03-17", doc=doc)
    nyt = TEXT.index("The New York Times")
    cite = Citation(id="c1", article="a1", outlet="The New York Times", cue="published",
                    span=(nyt, nyt + 18))  # fmt: skip
    return build_events("a1", TEXT, refs, published="2022-03-17", doc=doc, citations=[cite])


def test_events_kinds_dates_and_links(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp)
    by_expr = {e.expression: e for e in events}
    assert by_expr["published"].kind == "publication"
    assert by_expr["published"].date == "2022-03-17"
    nyt = by_expr["March 2"]
    assert (nyt.date, nyt.kind, nyt.citations) == ("2022-03-02", "report", ("c1",))
    assert TEXT[nyt.span[0] : nyt.span[1]].startswith("The New York Times published")
    assert by_expr["March 15"].kind == "denial"
    vague = by_expr["late last month"]
    # Vague: a partial date with a range and the approximate flag, never an exact day.
    assert vague.date == "2022-02" and vague.approximate
    assert vague.date_range == ("2022-02-20", "2022-02-28")  # the last third
    assert "now" not in by_expr  # PRESENT_REF has no calendar date
    assert all(e.claim is None for e in events)


def test_events_without_parse() -> None:
    assert {e.date for e in _events()} >= {"2022-03-02", "2022-03-15", "2022-02"}


def test_timeline_orders_partial_dates() -> None:
    events = build_timeline(_events())
    dates = [e.date for e in events]
    assert dates == ["2022-02", "2022-03-02", "2022-03-15", "2022-03-17"]


def test_date_range_granularities() -> None:
    assert date_range("2022-W12") == ("2022-03-21", "2022-03-27")
    assert date_range("2022-Q1") == ("2022-01-01", "2022-03-31")
    assert date_range("2021-WI") == ("2021-12-01", "2022-02-28")
    assert date_range("199") == ("1990-01-01", "1999-12-31")
    assert date_range("PAST_REF") is None
