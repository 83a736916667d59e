"""A confirmation takes up what was told before it, and an accusation is denied of what the
denier is said to have done."""

from __future__ import annotations

from typing import Any

import pytest

from sourcetrace.attribution.extract import extract_attributions
from sourcetrace.claims.candidates import ClaimCandidate, claim_candidates

STORY = "Freedonian drones crossed the border twice last year, officials said. "


def _read(nlp: Any, text: str) -> list[ClaimCandidate]:
    doc = nlp(text)
    return claim_candidates(doc, article_id="art",
                            attributions=extract_attributions(doc, article_id="art"))


@pytest.mark.parametrize("reply", [
    "The general confirmed the report.",
    "The general confirmed it on Tuesday.",
    "The general could not confirm it.",
    "The general declined to confirm the reports.",
    "The general questioned the report.",
])
def test_a_confirmation_of_a_report_takes_up_what_was_told(nlp: Any, reply: str) -> None:
    # Whether it holds is the cue's own stance (confirmed: asserts; could not: questions).
    _assert_points_back(nlp, reply, denial=False)


def _assert_points_back(nlp: Any, reply: str, *, denial: bool) -> None:
    """The reply's one bare mention points at the crossing told before it."""
    cands = _read(nlp, STORY + reply)
    crossed = next(c for c in cands if "crossed the border" in c.text)
    bare = [c for c in cands if c.refers_to is not None]
    assert [(c.refers_to, c.denial) for c in bare] == [(crossed.id, denial)], [
        (c.text, c.refers_to) for c in cands]


def test_a_report_that_carries_its_content_is_no_bare_confirmation(nlp: Any) -> None:
    cands = _read(nlp, STORY + "The general confirmed reports that the drones were unarmed.")
    assert not any(c.refers_to for c in cands)
    assert any("drones were unarmed" in c.text for c in cands)


def test_an_accusation_is_denied_of_what_the_denier_did(nlp: Any) -> None:
    story = ("Freedonia sent drones across the border twice last year, officials said. "
             "The general will visit Freedonia next week, his office said. ")
    cands = _read(nlp, story + "Freedonia denied the allegations.")
    crossed = next(c for c in cands if "across the border" in c.text)
    [bare] = [c for c in cands if c.refers_to is not None]
    assert bare.refers_to == crossed.id and bare.denial
    # Other reports: the last statement that names the denier.
    cands = _read(nlp, story + "Freedonia denied those reports.")
    visit = next(c for c in cands if "visit" in c.text)
    [bare] = [c for c in cands if c.refers_to is not None]
    assert bare.refers_to == visit.id


@pytest.mark.parametrize(("reply", "denial"), [
    ("The general said the reports were true.", False),
    ('The general said there was "no truth" to the reports.', True),
    ('The general said the allegations were "completely false".', True),
])
def test_what_is_said_of_the_report_is_said_of_what_it_told(nlp: Any, reply: str,
                                                             denial: bool) -> None:
    _assert_points_back(nlp, reply, denial=denial)


def test_no_before_a_passive_subject_negates_the_statement(nlp: Any) -> None:
    cands = _read(nlp, STORY + "The general told reporters that no drones had been sent across "
                              "the border.")
    sent = next(c for c in cands if "been sent" in c.text)
    assert sent.negated


@pytest.mark.parametrize("text", [
    "The bank confirmed a report by Bloomberg that it would cut rates.",
    "The bank confirmed reports that it would cut rates.",
])
def test_a_confirmed_report_is_what_it_carries_said_by_the_confirmer(nlp: Any, text: str) -> None:
    # Read as what evidence shows, the whole sentence had been the claim ("The bank
    # confirmed a report by Bloomberg that ..."); its "it" is the confirmer.
    cands = _read(nlp, text)
    said = [c for c in cands if c.source == "the bank"]
    assert [c.text for c in said] == ["The bank would cut rates"], [c.text for c in cands]


def test_an_act_that_bears_a_report_out_is_the_articles_own_statement(nlp: Any) -> None:
    # The bank says nothing by cutting rates: the writer tells the cut and that it bears
    # the report out, so the cut is the article's own claim and the bank no source of it.
    text = ("Norvia's central bank cut its main interest rate on Tuesday, confirming an earlier "
            "report by Bloomberg.")
    doc = nlp(text)
    assert extract_attributions(doc, article_id="art") == []
    [cand] = _read(nlp, text)
    assert (cand.text, cand.attribution) == ("Norvia's central bank cut its main interest rate", None)
    # Said, the confirmation is the speaker's.
    said = "The ministry said on Friday that troops had withdrawn, confirming a report by Bloomberg."
    assert [a.cue for a in extract_attributions(nlp(said), article_id="art")] == ["said", "confirming"]


def test_standing_by_a_filing_takes_up_the_speakers_own_statement(nlp: Any) -> None:
    cands = _read(nlp, "Halvard said in a filing that Oder had stepped down. "
                       "A Halvard spokeswoman said the company stood by its filing.")
    stepped = next(c for c in cands if "stepped down" in c.text)
    [echo] = [c for c in cands if c.refers_to is not None]
    assert echo.refers_to == stepped.id and not echo.denial
