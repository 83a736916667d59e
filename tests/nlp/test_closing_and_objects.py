"""Parse repairs around a statement's close and a verb's object, read end to end through
the attribution stage on the real model's parse (``nlp.objects``, ``nlp.appositions``)."""

from __future__ import annotations

from typing import Any

import pytest

from sourcetrace.attribution.extract import extract_attributions


def _one(nlp: Any, text: str) -> Any:
    [att] = [a for a in extract_attributions(nlp(text), article_id="t") if a.source_text]
    return att


@pytest.mark.parametrize(("text", "source", "content"), [
    # A document or records closing the statement ("draft shows" had been one noun).
    ("The proposal also bans two Varnian banks from the payment system, the draft shows.",
     "the draft", "The proposal also bans two Varnian banks from the payment system"),
    ("Unemployment rose to 7 percent in May, the data shows.", "the data",
     "Unemployment rose to 7 percent in May"),
    # ... and records compiled by someone ("Institute show" had been one noun).
    ("Exports fell 40 percent last year, figures compiled by the Kessel Institute show.",
     "figures compiled by the Kessel Institute", "Exports fell 40 percent last year"),
    # What an outlet understands is its report.
    ("Halvorsen Group is preparing a takeover bid for Marlow Foods, The Ledger understands.",
     "The Ledger", "Halvorsen Group is preparing a takeover bid for Marlow Foods"),
    # A role set off before the speaker's name is the speaker's, not the end of what he said.
    ("Pannonia will veto any sanctions that target Varnian banks, its foreign minister, "
     "Gabor Szell, said on Wednesday.", "its foreign minister, Gabor Szell",
     "Pannonia will veto any sanctions that target Varnian banks"),
])
def test_who_closes_a_statement(nlp: Any, text: str, source: str, content: str) -> None:
    att = _one(nlp, text)
    assert (att.source_text, att.content) == (source, content), att


def test_a_part_denied_keeps_the_act_it_is_a_part_in(nlp: Any) -> None:
    att = _one(nlp, "Zarevia denied any role in Sunday's attack on the Marlin Star.")
    assert att.content == "any role in Sunday's attack on the Marlin Star", att


@pytest.mark.parametrize(("text", "source", "content"), [
    # A verb the tagger read as a noun glued onto the object ("bore markings").
    ("Lens said the vehicles bore markings used only by the 5th Guards Brigade.", "Lens",
     "the vehicles bore markings used only by the 5th Guards Brigade"),
    # A verb of showing read as a noun ("the Herald show"), its clause without "that".
    ("Inspection records obtained by the Herald show the site failed two safety checks.",
     "Inspection records", "the site failed two safety checks"),
])
def test_a_verb_read_as_a_noun_reports_its_clause(nlp: Any, text: str, source: str,
                                                  content: str) -> None:
    att = _one(nlp, text)
    assert (att.source_text, att.content) == (source, content), att


def test_a_speaker_after_a_quote_is_not_the_quotes_last_noun(nlp: Any) -> None:
    att = _one(nlp, '"Our runways are dry and every flight left on time," a spokesperson '
                    'for the operator, Selda Airports, said.')
    assert att.source_text == "a spokesperson for the operator, Selda Airports", att
    assert att.content == '"Our runways are dry and every flight left on time,"', att


def test_a_verb_with_an_object_is_no_modifier_of_the_noun_before_it(nlp: Any) -> None:
    att = _one(nlp, "A drone strike on a crowded market in Khorvat killed at least 12 people "
                    "on Sunday, regional governor Taras Melnyk said.")
    assert att.source_text == "regional governor Taras Melnyk", att
    assert att.content == ("A drone strike on a crowded market in Khorvat killed at least 12 "
                           "people on Sunday"), att


def test_a_that_opening_a_told_clause_is_its_complementiser(nlp: Any) -> None:
    # The model hung "that" on "were" as a second subject: the clause read "That all 12 ...".
    from sourcetrace.claims.candidates import claim_candidates

    doc = nlp("A hospital administrator denied that any patients had died, telling the "
              "Courier that all 12 were in a stable condition.")
    [that] = [t for t in doc if t.lower_ == "that" and t.i > 10]
    assert that.dep_ == "mark"
    atts = extract_attributions(doc, article_id="t")
    texts = [c.text for c in claim_candidates(doc, article_id="t", attributions=atts)]
    assert "All 12 were in a stable condition" in texts


def test_a_denial_verb_read_as_a_noun_closes_a_verdict(nlp: Any) -> None:
    # "figure police dispute" had been one noun: no one disputed the organisers' figure.
    atts = extract_attributions(nlp("Organisers say 60,000 people joined the march, a figure "
                                    "police dispute."), article_id="t")
    assert [(a.source_text, a.stance or "", a.content) for a in atts if a.cue == "dispute"] == [
        ("police", "", "60,000 people joined the march")]
    assert [a.content for a in atts if a.source_text == "Organisers"] == [
        "60,000 people joined the march"]
