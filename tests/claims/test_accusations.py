"""Accusations read off the parse with the dependency patterns of accusations.toml."""

from __future__ import annotations

from typing import Any

from sourcetrace.claims.accusations import accusation_candidates
from sourcetrace.claims.candidates import claim_candidates
from sourcetrace.claims.tuning import packaged


def _read(nlp: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.agent, c.source)
            for c in accusation_candidates(nlp(text), article_id="a",
                                           sides_window=packaged().sides_window)]


def test_two_sides_blaming_each_other_make_two_claims(nlp: Any) -> None:
    got = _read(nlp, "Moscow and Kyiv blamed each other for ripping a large breach in the "
                     "dam, which Kyiv claimed was an effort by Russia to stymie the attack.")
    # Each side is the source of the claim that the other did it; the relative clause
    # after "dam" is another statement and stays out.
    assert sorted(got) == [("Kyiv ripping a large breach in the dam", "ukraine", "russia"),
                           ("Moscow ripping a large breach in the dam", "russia", "ukraine")]
    got = _read(nlp, "Moscow and Kyiv traded blame for ripping a gaping hole in the dam.")
    assert {g[1] for g in got} == {"russia", "ukraine"}
    got = _read(nlp, "The dam burst after one or more explosions that Moscow and Kyiv "
                     "blamed on each other.")
    assert ("Kyiv was behind one or more explosions", "ukraine", "russia") in got


def test_a_relative_blame_names_the_accused_and_no_one_else(nlp: Any) -> None:
    got = _read(nlp, "Ukrainian officials have called for an international investigation "
                     "into the dam's destruction, which they blamed on Russia.")
    # "they" names no one: the claim has no source of its own here.
    assert got == [("Russia was behind the dam's destruction", "russia", None)]


def test_a_group_claiming_an_attack_is_the_source_and_the_accused(nlp: Any) -> None:
    got = _read(nlp, "The Red Dawn movement claimed responsibility on Thursday for the bombing "
                     "of a bus station in Halden, in a statement posted on its website.")
    assert got == [("The Red Dawn movement was behind the bombing of a bus station in Halden",
                    "red dawn", "red dawn")], got
    assert _read(nlp, "No group has claimed responsibility for the attack.") == []


def test_blaming_someone_for_an_event_claims_they_were_behind_it(nlp: Any) -> None:
    assert _read(nlp, "Varnia blamed Ostland for the explosion at the dam.") == [
        ("Ostland was behind the explosion at the dam", "ostland", "varnia")]
    # Its accuser's attribution, when given, is its mention.
    doc = nlp("Varnia blamed Ostland for the explosion at the dam.")
    from sourcetrace.attribution.extract import extract_attributions

    atts = extract_attributions(doc, article_id="a")
    got = accusation_candidates(doc, article_id="a", attributions=atts,
                                sides_window=packaged().sides_window)
    assert [c.attribution for c in got] == [a.id for a in atts if "blamed" in (a.cue or "")], got


def test_blame_with_nothing_checkable_or_no_one_named_is_no_claim(nlp: Any) -> None:
    assert _read(nlp, "Kyiv and Moscow exchanged accusations of culpability.") == []
    assert _read(nlp, "Both sides blamed each other for the destruction of the dam.") == []
    assert _read(nlp, "The ministry blamed the weather for the delay.") == []


def test_accusations_join_the_article_candidates_in_text_order(nlp: Any) -> None:
    doc = nlp("The dam collapsed on Tuesday. Moscow and Kyiv blamed each other for "
              "blowing up the dam. Officials said the water would recede by Friday.")
    cands = claim_candidates(doc, article_id="a")
    texts = [c.text for c in cands]
    assert "Kyiv blowing up the dam" in texts and "Moscow blowing up the dam" in texts
    assert [c.order for c in cands] == list(range(len(cands)))
    assert [c.span[0] for c in cands] == sorted(c.span[0] for c in cands)


def test_both_sides_are_the_two_states_the_text_before_names(nlp: Any) -> None:
    # Coordinated just before: those two are the sides.
    got = _read(nlp, "Armenia and Azerbaijan began evacuations on Monday. Both sides "
                     "blamed the other for the destruction of the bridge.")
    assert sorted(got) == [
        ("Armenia was behind the destruction of the bridge", "armenia", "azerbaijan"),
        ("Azerbaijan was behind the destruction of the bridge", "azerbaijan", "armenia")]
    # Otherwise the two states the article names far more than any other; a dateline's
    # capital does not count, it names where the story was filed.
    got = _read(nlp, "MOSCOW (Reuters) - The bridge between Armenia and Azerbaijan fell on "
                     "Tuesday. Armenian troops hold the east bank, Azerbaijani police the "
                     "west. Both sides pointed the finger at the other for blowing up the bridge.")
    assert {(g[1], g[2]) for g in got} == {("armenia", "azerbaijan"), ("azerbaijan", "armenia")}
    # Three states named alike: who the sides are is not known, so no claim is made.
    assert _read(nlp, "Troops from Armenia, Azerbaijan and Iran patrol the river. Both "
                      "sides blamed the other for the destruction of the bridge.") == []
