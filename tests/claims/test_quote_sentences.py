"""A long quote states one claim per sentence, each pointing at its own sentence."""

from __future__ import annotations

from typing import Any

from sourcetrace.claims.candidates import claim_candidates


def test_each_sentence_of_a_long_quote_is_read_with_its_speaker(nlp: Any) -> None:
    from sourcetrace.attribution import extract_attributions

    text = ("\u201cThe balloon belongs to China. Currently we assess that the balloon has "
            "limited value for intelligence collection. The debris fell into the sea,\u201d "
            "the official said.")
    doc = nlp(text)
    atts = extract_attributions(doc, article_id="a")
    quote = next(a for a in atts if "debris" in a.content)
    cands = [c for c in claim_candidates(doc, article_id="a", attributions=atts)
             if c.attribution == quote.id]  # fmt: skip
    texts = [c.text for c in cands]
    assert texts[0] == "The balloon belongs to China", texts
    assert "The balloon has limited value for intelligence collection" in texts
    assert any(t.startswith("The debris fell into the sea") for t in texts)
    # Each points at its own sentence, not at the whole quote.
    spans = [text[c.span[0] : c.span[1]] for c in cands]
    assert all(s.count(".") <= 1 for s in spans), spans


def test_a_quotes_later_sentence_says_i_of_its_speaker(nlp: Any) -> None:
    # "I" in a quote's later sentence is its speaker too (its opening mark is in the
    # sentence before); and "I was dismissed", fired, denies nothing.
    from sourcetrace.attribution import extract_attributions

    text = '"I won the vote. I was dismissed for opposing a bad deal," Oder wrote.'
    doc = nlp(text)
    cands = claim_candidates(doc, article_id="a", attributions=extract_attributions(doc, article_id="a"))
    assert [(c.text, c.denial) for c in cands] == [
        ("Oder won the vote", False), ("Oder was dismissed for opposing a bad deal", False)]


def test_a_clause_whose_parse_crosses_its_cue_keeps_its_verb(nlp: Any) -> None:
    # "from a downed drone" hung on "said": the region's top word was the preposition, and
    # the first statement made no claim.
    from sourcetrace.attribution import extract_attributions

    text = "Kord said debris from a downed drone had caused the fire and that no one had been hurt."
    doc = nlp(text)
    cands = claim_candidates(doc, article_id="a", attributions=extract_attributions(doc, article_id="a"))
    assert [c.text for c in cands] == ["Debris had caused the fire", "No one had been hurt"]
