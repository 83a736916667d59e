"""The attribution shapes of ``attribution_shapes.toml``, matched over hand-built parses
(so that each test says which parse the shape is for, whatever the model makes of it),
and read by the rules over a real one."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc

from sourcetrace.attribution import shapes
from sourcetrace.attribution.extract import extract_attributions


def _doc(rows: list[tuple[str, int, str, str]]) -> Doc:
    """A doc from (word, head index, dependency, POS) rows (English lexical attributes,
    so that patterns on LOWER see the words)."""
    words, heads, deps, pos = (list(col) for col in zip(*rows, strict=True))
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
               sent_starts=[True] + [False] * (len(rows) - 1))


def test_a_passive_agent_gives_its_object_as_the_source() -> None:
    doc = _doc([("It", 2, "nsubjpass", "PRON"), ("was", 2, "auxpass", "AUX"),
                ("reported", 2, "ROOT", "VERB"), ("by", 2, "agent", "ADP"),
                ("Reuters", 3, "pobj", "PROPN"), (".", 2, "punct", "PUNCT")])
    [first, second] = shapes.at("passive_agent", doc[2])
    assert {k: t.text for k, t in first.items()} == {"cue": "reported", "agent": "by",
                                                     "source": "Reuters"}
    assert "source" not in second  # the agent alone matches too, after: the file's order
    assert shapes.at("passive_agent", doc[0]) == []


def test_a_relative_that_on_the_hearer_is_the_content() -> None:
    doc = _doc([("He", 1, "nsubj", "PRON"), ("told", 1, "ROOT", "VERB"),
                ("outlets", 1, "dobj", "NOUN"), ("that", 5, "mark", "SCONJ"),
                ("Beijing", 5, "nsubj", "PROPN"), ("knew", 2, "relcl", "VERB"),
                (".", 1, "punct", "PUNCT")])
    [match] = shapes.at("hearer_clause", doc[1])
    assert (match["hearer"].text, match["clause"].text) == ("outlets", "knew")
    # An ordinary relative clause on the object is no content: no "that" opens it.
    other = _doc([("He", 1, "nsubj", "PRON"), ("told", 1, "ROOT", "VERB"),
                  ("outlets", 1, "dobj", "NOUN"), ("Beijing", 4, "nsubj", "PROPN"),
                  ("trusts", 2, "relcl", "VERB"), (".", 1, "punct", "PUNCT")])
    assert shapes.at("hearer_clause", other[1]) == []


def test_the_rules_read_the_passive_agent_as_source(nlp: Any) -> None:
    text = "The parties found no common ground, as told by sources familiar with the meeting."
    [att] = extract_attributions(nlp(text), article_id="t")
    assert att.source_text == "sources familiar with the meeting"
    assert att.content.startswith("The parties found no common ground")
