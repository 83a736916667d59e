"""Figures a claim's reports give differently (``provenance.figures``)."""

from __future__ import annotations

from sourcetrace.models import Attribution
from sourcetrace.provenance.figures import differing_figures


def _said(article: str, speaker: str, content: str) -> Attribution:
    return Attribution(id=f"{article}{speaker}", article=article, kind="indirect",
                       content=content, span=(0, len(content)), speaker=speaker)


def test_two_reports_of_different_counts_are_shown_with_who_gave_each() -> None:
    who = {"s1": "three people familiar with the investigation", "s2": "Jonas Berg"}
    found = differing_figures([
        _said("a1", "s1", "Hackers stole the personal data of about 4 million customers"),
        _said("a2", "s2", "The data of as many as 6 million Norvik Bank customers may have "
                          "been stolen in 2032"),
    ], who)
    assert found == ["about 4 million customers (three people familiar with the "
                     "investigation); as many as 6 million customers (Jonas Berg)"]


def test_a_toll_and_a_count_of_people_are_one_figure_and_one_value_no_difference() -> None:
    tolls = differing_figures([
        _said("a1", "s1", "At least 12 people were killed on Saturday"),
        _said("a2", "s2", "The death toll from the strike rose to 17"),
    ], {})
    assert tolls == ["At least 12 people; a toll of 17"]
    same = differing_figures([
        _said("a1", "s1", "14 people were killed"),
        _said("a2", "s2", "a strike that killed fourteen persons"),
    ], {})
    assert same == []


def test_days_years_and_one_article_are_not_compared() -> None:
    assert differing_figures([
        _said("a1", "s1", "The talks lasted two days in 2021"),
        _said("a2", "s2", "The talks lasted three days in 2022"),
    ], {}) == []
    # Two figures in one text are one report's own, not a disagreement between reports.
    assert differing_figures([
        _said("a1", "s1", "4 million customers were hit"),
        _said("a1", "s2", "6 million customers were hit"),
    ], {}) == []


def test_sums_are_compared_by_their_currency_however_written() -> None:
    found = differing_figures([
        _said("a1", "s1", "Orvane is in talks to buy Lumisil for about $8 billion"),
        _said("a2", "s2", "Orvane agreed to buy Lumisil for 9.2 billion dollars in cash"),
    ], {})
    assert found == ["about $8 billion; 9.2 billion dollars"]
    # "a $2 billion contract" is a sum, not two billion contracts; the same sum written
    # another way in a re-translation is no difference.
    assert differing_figures([
        _said("a1", "s1", "the ministry awarded the company a $2 billion contract"),
        _said("a2", "s2", "the ministry gave the company a contract of 2 billion dollars"),
    ], {}) == []
