"""TIMEX3 recognition and TimeML normalisation on general English news phrasing."""

from __future__ import annotations

import re

import pytest

from sourcetrace.temporal.timex import extract_timexes

DCT = "2022-03-17"  # a Thursday


def _one(text: str, phrase: str, dct: str | None = DCT, doc=None):  # type: ignore[no-untyped-def]
    refs = extract_timexes(text, dct=dct, doc=doc)
    hits = [t for t in refs if t.text == phrase]
    assert hits, f"{phrase!r} not found in {[(t.text, t.value) for t in refs]}"
    t = hits[0]
    assert text[t.span[0] : t.span[1]] == t.text
    return t


@pytest.mark.parametrize(
    ("text", "phrase", "typ", "value", "mod"),
    [
        ("The paper published a story on March 2.", "March 2", "DATE", "2022-03-02", None),
        ("He left last night.", "last night", "TIME", "2022-03-16TNI", None),
        ("They meet next week.", "next week", "DATE", "2022-W12", None),
        ("It began late last month.", "late last month", "DATE", "2022-02", "END"),
        ("Over the past two weeks, prices rose.", "the past two weeks", "DURATION", "P2W", None),
        ("It happened a year ago.", "a year ago", "DATE", "2021", None),
        ("Growth slowed in the 1990s.", "the 1990s", "DATE", "199", None),
        ("The fair is held every year.", "every year", "SET", "P1Y", None),
        ("Prices are now higher.", "now", "DATE", "PRESENT_REF", None),
        ("It is currently closed.", "currently", "DATE", "PRESENT_REF", None),
        ("Profit will rise in the third quarter.", "the third quarter", "DATE", "2022-Q3", None),
        ("Profit rose in the third quarter.", "the third quarter", "DATE", "2021-Q3", None),
        ("A deal is due early next year.", "early next year", "DATE", "2023", "START"),
        ("The war began on February 24, 2022.", "February 24, 2022", "DATE", "2022-02-24", None),
        ("The vote was held on 8 March 2021.", "8 March 2021", "DATE", "2021-03-08", None),
        ("The firm reported results yesterday.", "yesterday", "DATE", "2022-03-16", None),
        ("Talks lasted nearly three hours.", "nearly three hours", "DURATION", "PT3H", "APPROX"),
        ("He spoke at 5 p.m. EST Nov. 9, 2021.", "5 p.m. EST Nov. 9, 2021", "TIME",
         "2021-11-09T17:00", None),
        ("The five-year plan was approved.", "five-year", "DURATION", "P5Y", None),
        ("Sales fell last fall.", "last fall", "DATE", "2021-FA", None),
        ("She was born in mid-1996.", "mid-1996", "DATE", "1996", "MID"),
    ],
)
def test_values(text: str, phrase: str, typ: str, value: str, mod: str | None) -> None:
    t = _one(text, phrase)
    assert (t.type, t.value, t.mod) == (typ, value, mod)


def test_weekday_direction_follows_tense(nlp) -> None:  # type: ignore[no-untyped-def]
    past = "The minister said on Monday that talks had failed."
    future = "The minister will travel to Rome on Monday."
    assert _one(past, "Monday", doc=nlp(past)).value == "2022-03-14"
    assert _one(future, "Monday", doc=nlp(future)).value == "2022-03-21"


def test_tense_without_parse_uses_the_words_around() -> None:
    assert _one("Officials said on Monday it was over.", "Monday").value == "2022-03-14"
    assert _one("Officials will meet on Monday.", "Monday").value == "2022-03-21"


def test_weekday_date_pair_fixes_the_year() -> None:
    # 2022-02-24 was a Thursday; the Friday that is February 24 nearest 2022 is in 2023.
    assert _one("The council meets on Friday, February 24.", "Friday, February 24").value == (
        "2023-02-24"
    )


def test_no_dct_never_invents_a_day() -> None:
    t = _one("He resigned yesterday.", "yesterday", dct=None)
    assert t.value == "XXXX-XX-XX"
    t = _one("It happened on March 2.", "March 2", dct=None)
    assert t.value == "XXXX-03-02"


def test_vague_words_are_not_times() -> None:
    refs = extract_timexes("May I ask? The march went on. Future plans soon after.", dct=DCT)
    assert [t.text for t in refs] == []


def test_odd_input_never_fails() -> None:
    for text in ["", "“unbalanced quote on March 2", "\u200b\u202e 31/02/2020 Feb. 30 \ufeff", "9" * 500]:
        for t in extract_timexes(text, dct=DCT):
            assert 0 <= t.span[0] < t.span[1] <= len(text)
    assert extract_timexes("Feb. 30", dct=DCT) == []


def test_doc_of_another_text_is_ignored(nlp) -> None:  # type: ignore[no-untyped-def]
    refs = extract_timexes("It was agreed on Monday.", dct=DCT, doc=nlp("Something else."))
    assert refs[0].value == "2022-03-14"


def test_capitalised_season_names_are_not_seasons() -> None:
    text = "Since the end of the Winter Olympics the talks stalled; in the winter they resumed."
    refs = extract_timexes(text, dct=DCT)
    assert [t.text for t in refs] == ["the winter"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("It took 2 1/2 years.", "P2Y6M"), ("It took two and a half hours.", "PT2H30M")],
)
def test_fractional_durations(text: str, value: str) -> None:
    refs = extract_timexes(text, dct=DCT)
    assert [(t.type, t.value) for t in refs] == [("DURATION", value)]


def test_anaphoric_dates_follow_the_previous_date() -> None:
    text = "The deal closed on March 3, 2020. The following day, shares fell. That year was good."
    values = {t.text: t.value for t in extract_timexes(text, dct=DCT)}
    assert values["The following day"] == "2020-03-04"
    assert values["That year"] == "2020"
    # With nothing to point back to, no value is invented.
    assert extract_timexes("He left that day.", dct=DCT) == []


def test_rule_order_is_explicit_and_complete() -> None:
    from sourcetrace.temporal import rules, timex

    # Every registered rule is listed once, and the recogniser tries them in that order.
    assert [r.name for r in timex._RULES] == list(rules.RULE_ORDER)
    rules.RULES.append(rules.Rule("unlisted", re.compile("x"), rules.RULES[0].handler))
    try:
        with pytest.raises(RuntimeError, match="unlisted"):
            rules.ordered_rules()
    finally:
        rules.RULES.pop()
