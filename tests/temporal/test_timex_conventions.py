"""TimeML conventions added in round 3: tense-led direction, granularity of comparisons."""

from __future__ import annotations

import pytest

from sourcetrace.temporal.timex import extract_timexes

DCT = "2022-03-17"  # a Thursday


def _value(text: str, phrase: str, nlp=None, dct: str = DCT) -> str:
    refs = extract_timexes(text, dct=dct, doc=nlp(text) if nlp is not None else None)
    hits = [t for t in refs if t.text == phrase]
    assert hits, f"{phrase!r} not found in {[(t.text, t.value) for t in refs]}"
    return hits[0].value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Four months ahead or eight months back: a past-tense clause means the one gone by.
        ("The plant was closed in July.", "July", "2021-07"),
        ("The plant will reopen in July.", "July", "2022-07"),
        # A date a few weeks ahead stays ahead even when the parse hangs it on a past verb.
        ("The board said the vote falls on April 2.", "April 2", "2022-04-02"),
    ],
)
def test_month_direction_follows_tense(nlp, text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase, nlp) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The offer had been due to expire on Friday.", "Friday", "2022-03-11"),
        ("The shares are to resume trading on Monday.", "Monday", "2022-03-21"),
        ("The envoy would be travelling to Paris on Tuesday.", "Tuesday", "2022-03-22"),
        ("Lawyers plan to appeal the ruling issued Tuesday.", "Tuesday", "2022-03-15"),
    ],
)
def test_weekday_direction_from_the_governing_verb(nlp, text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase, nlp) == value


def test_year_back_takes_the_quarter_just_named() -> None:
    text = (
        "Third-quarter profit rose to $5 million from $4 million a year earlier. "
        "Year-ago sales were lower, and the year-ago quarter had a charge."
    )
    values = {t.text: t.value for t in extract_timexes(text, dct=DCT)}
    assert values["Third-quarter"] == "2021-Q3"
    assert values["a year earlier"] == "2020-Q3"
    assert values["Year-ago"] == "2020-Q3"


def test_year_back_without_a_quarter_keeps_the_year() -> None:
    assert _value("Prices were higher a year ago.", "a year ago") == "2021"
    assert _value("Sales beat year-earlier levels.", "year-earlier") == "2021"
    # A quarter far back in the story does not reach a later comparison.
    text = (
        "The fourth quarter was weak. " + "Nothing else happened. " * 40 + "A year ago it rained."
    )
    assert _value(text, "A year ago") == "2021"


def test_recent_before_a_noun_is_a_past_reference() -> None:
    assert _value("Shares fell after the recent merger.", "recent") == "PAST_REF"
    refs = extract_timexes("Its most recent phone sold well.", dct=DCT)
    assert [t.text for t in refs] == []


def test_ages_are_not_durations() -> None:
    refs = extract_timexes("The driver, 41 years old, worked there for 12 years.", dct=DCT)
    assert [(t.text, t.value) for t in refs] == [("12 years", "P12Y")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Bond yields have fallen in recent years.", "recent years", "PAST_REF"),
        ("Rates should ease in the coming months.", "the coming months", "FUTURE_REF"),
        ("Rents rose over the past few months.", "the past few months", "PXM"),
    ],
)
def test_vague_spans_before_or_after_now(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The index gained 2% to end the day at 1,200.", "the day"),
        ("For the day, the index lost 3%.", "the day"),
        ("The shares recovered later in the day.", "the day"),
    ],
)
def test_the_trading_day_is_the_document_day(text: str, phrase: str) -> None:
    assert _value(text, phrase) == DCT
    assert extract_timexes("He was sick for the day of the vote.", dct=DCT) == []


def test_reporting_year_and_earlier_in_the_year() -> None:
    text = "Net income for the year ended June 30 rose. Sales slipped earlier in the year."
    refs = [(t.text, t.type, t.value) for t in extract_timexes(text, dct=DCT)]
    assert refs == [
        ("the year", "DURATION", "P1Y"),
        ("June 30", "DATE", "2021-06-30"),
        ("the year", "DATE", "2022"),
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The plant shut in June last year.", "June last year", "2021-06"),
        ("Output peaked in January this year.", "January this year", "2022-01"),
        ("It reopens in May of next year.", "May of next year", "2023-05"),
    ],
)
def test_month_with_a_relative_year(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


def test_spoken_decades_and_prefixed_years() -> None:
    refs = extract_timexes("Crime fell through the nineties and the post-1989 era.", dct=DCT)
    assert [(t.text, t.value) for t in refs] == [("the nineties", "199"), ("post-1989", "1989")]
    assert _value("Rents soared in the late eighties.", "the late eighties") == "198"
