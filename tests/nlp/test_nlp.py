"""The shared spaCy pipeline: sentence openers glued on by a scraper are split off."""

from __future__ import annotations

from typing import Any


def test_glued_sentence_opener_starts_a_sentence(nlp: Any) -> None:
    text = ("Lima may publish the report on arms sales to QuitoThe government is studying "
            "the option. McDonald and JavaScript stay whole.")
    doc = nlp(text)
    assert doc.text == text  # offsets never move
    sents = [s.text for s in doc.sents]
    assert sents[0].endswith("to Quito")
    assert sents[1].startswith("The government is studying")
    assert {"McDonald", "JavaScript"} <= {t.text for t in doc}


def test_ordinary_text_is_tokenised_as_before(nlp: Any) -> None:
    doc = nlp("The Kremlin didn't comment. Anti-American protests spread in Theresa's town.")
    assert [t.text for t in doc][:5] == ["The", "Kremlin", "did", "n't", "comment"]
    assert "Theresa" in {t.text for t in doc}
    assert len(list(doc.sents)) == 2
