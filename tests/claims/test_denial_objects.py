"""What a denial verb takes decides whether anything is denied: a report, a part in an act
or a clause is; a proposal, a person, an outlet or a thing withheld is not. A negated
denial verb denies nothing, and a verb is no report noun."""

from __future__ import annotations

import pytest

from sourcetrace.attribution.extract import extract_attributions
from sourcetrace.claims.candidates import ClaimCandidate, claim_candidates


def _read(nlp, text: str) -> list[ClaimCandidate]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return claim_candidates(doc, article_id="a", attributions=extract_attributions(doc, article_id="a"))


@pytest.mark.parametrize("text", [
    "The minister firmly rejected Ruritania's push for observers along the border.",
    "The president responded by dismissing the Daily Courier as \"fake news\".",
    "The senator dismissed the parliamentary investigation into the port deal.",
    "The new law stops insurers from denying coverage to people with past illnesses.",
])
def test_a_thing_refused_or_withheld_is_no_denial(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.denial for c in _read(nlp, text)), text


@pytest.mark.parametrize("text", [
    "Ostland denied any involvement in the attack on the Ruritanian pipeline.",
    "Ostland has denied the reports.",
])
def test_a_report_or_a_part_in_an_act_is_denied(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    cands = _read(nlp, text)
    assert cands and all(c.denial and c.negated for c in cands), (text, cands)


def test_a_negated_denial_verb_grants_what_it_takes(nlp) -> None:  # type: ignore[no-untyped-def]
    cands = _read(nlp, "\"No longer can we deny that Ruritanian agents were involved,\" "
                       "said the analyst Mira Holm.")
    involved = [c for c in cands if "involved" in c.text]
    assert involved and not any(c.denial or c.negated for c in involved), cands


def test_a_counter_charge_is_not_the_report_a_denial_rejects(nlp) -> None:  # type: ignore[no-untyped-def]
    # "charged" is a verb here: the denier's own accusation, asserted, never denied.
    cands = _read(nlp, "Ostland strongly denies any violation and has in turn charged that "
                       "Ruritania's radar stations violate the treaty.")
    radar = [c for c in cands if "radar" in c.text]
    assert radar and not any(c.denial for c in radar), cands


def test_an_expletive_it_is_no_flat_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    cands = _read(nlp, "The premier said it had not occurred to him to ask Ostland to "
                       "return the fishing boats.")
    assert not any(c.denial or c.refers_to for c in cands), cands


def test_a_flat_denial_someone_inside_the_quote_said_is_not_the_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    cands = _read(nlp, "She claimed the minister \"was told by the army about the raid, he said "
                       "it couldn't happen, & did nothing about it.\"")
    assert not any(c.refers_to for c in cands), cands
    # The speaker's own flat denial still is one.
    own = _read(nlp, "The ministry said that it never happened.")
    assert [c.refers_to is not None and c.denial for c in own] == [True], own


def test_denial_words_of_another_act_in_the_sentence_deny_nothing_here(nlp) -> None:  # type: ignore[no-untyped-def]
    cands = _read(nlp, "The premier apologised to Ostland for the row, blaming \"fake news\" and "
                       "promising instead a trade agreement with Ruritania after the election.")
    assert not any(c.denial and "agreement" in c.text for c in cands), cands
    # "Fake news" alone names no claim: it is a bare denial pointed at a report, not a
    # denial found by its words across the corpus.
    assert not any(c.names_content for c in cands), cands


def test_a_denial_noun_as_cue_makes_its_content_a_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    cands = _read(nlp, "The minister said the premier had accepted President Petrov's denials "
                       "that his army shelled the port.")
    interfered = [c for c in cands if c.text == "His army shelled the port"]
    assert interfered and all(c.denial for c in interfered), cands


@pytest.mark.parametrize("text", [
    "The president apologised to the prime minister, blaming “fake news” for the furore "
    "and promising a trade deal.",
    "The governor lashed out at what she calls “fake news” and at her predecessor.",
])
def test_words_of_denial_used_as_a_name_deny_no_report(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # What is blamed, or whatever she calls so: no report is said to be fake.
    assert not any(c.refers_to for c in _read(nlp, text)), text


def test_a_report_called_fake_news_is_denied(nlp) -> None:  # type: ignore[no-untyped-def]
    cands = _read(nlp, "Ruritanian officials say Ostland shelled the port on Monday. "
                       "Ostland's foreign minister called the reports “fake news”.")
    assert [c.refers_to is not None and c.negated for c in cands] == [False, True], cands


def test_a_denial_of_a_document_rejects_what_it_says_or_nothing_here(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Last week's indictment" is one document: its denial is of what the indictment is
    # credited with or tells of, never of whatever the article said before it.
    told = _read(nlp, "Twelve Ostlandish officers were indicted on Friday for hacking the "
                      "election. The government rejected the indictment as a farce.")
    indicted = next(c for c in told if "indicted" in c.text)
    assert [c.refers_to for c in told if c.refers_to] == [indicted.id], told
    unrelated = _read(nlp, "The two presidents would discuss trade, the minister said. The "
                           "government rejected last week's indictment as a farce.")
    assert not any(c.refers_to for c in unrelated), unrelated


def test_a_denial_of_ones_own_act_in_a_gerund(nlp) -> None:  # type: ignore[no-untyped-def]
    # The gerund is the content (it had been no attribution at all), and the statement the
    # denier's own act, denied.
    doc = nlp("Freedonia has repeatedly denied sending drones across the border.")
    [att] = extract_attributions(doc, article_id="a")
    assert (att.cue, att.content) == ("denied", "sending drones across the border")
    [cand] = _read(nlp, "Freedonia has repeatedly denied sending drones across the border.")
    assert cand.denial and cand.negated and cand.agent == "freedonia"
    assert cand.predicates[0] == "send"  # the act denied, not the denying
