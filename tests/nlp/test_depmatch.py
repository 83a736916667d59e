"""The word test that lets a DependencyMatcher pattern skip a document is exact: on real
articles, a pattern it stops never has a match there, and ``doc_text``/``doc_ents``/
``doc_words`` equal what spaCy builds."""

from __future__ import annotations

from pathlib import Path

from spacy.matcher import DependencyMatcher

from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.depmatch import may_match, required_words
from sourcetrace.nlp.doctext import doc_ents, doc_text, doc_words


def test_required_words_reads_equalities_and_lists() -> None:
    pattern = [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["blame", "accuse"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "o",
         "RIGHT_ATTRS": {"DEP": "dobj", "LOWER": "other"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "x",
         "RIGHT_ATTRS": {"LOWER": {"NOT_IN": ["no"]}, "TAG": "NN"}},
    ]
    assert required_words(pattern) == (
        ("LEMMA", frozenset({"blame", "accuse"})), ("LOWER", frozenset({"other"})))


def test_memos_equal_what_spacy_builds(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Kyiv and Moscow blamed each other. Peskov told Reuters it was false.")
    other = nlp("A second document.")
    assert doc_text(doc) == doc.text
    assert doc_text(other) == other.text  # the slot moves on to the other document
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [
        (e.start, e.end, e.label_) for e in doc.ents]
    words = doc_words(doc)
    assert words["LEMMA"] == {t.lemma_ for t in doc}
    assert words["LOWER"] == {t.lower_ for t in doc}
    assert words["ORTH"] == words["TEXT"] == {t.text for t in doc}


def test_a_stopped_pattern_never_matches(nlp, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    docs = [nlp(p.read_text(encoding="utf-8")) for p in sorted(seeds_dir.iterdir())
            if p.is_file()]
    docs.append(nlp("Kyiv and Moscow blamed each other for the attack, Reuters said."))
    stopped = passed = 0
    for name, tables in (("accusations", ("reciprocal", "both_sides", "one_sided")),
                         ("attribution_shapes", ("according_to", "passive_agent",
                                                 "hearer_clause", "hearer_to_clause"))):
        for table in tables:
            for label, pattern in lexicon(name).dependency(table):
                matcher = DependencyMatcher(nlp.vocab)
                matcher.add(label, [pattern])
                for doc in docs:
                    if may_match(required_words(pattern), doc):
                        passed += 1
                    else:
                        stopped += 1
                        assert matcher(doc) == [], (table, label)
    assert stopped > 0 and passed > 0


def test_entities_set_again_are_read_again(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    doc = nlp("Surrey said it grew.")
    assert doc_ents(doc) == doc.ents
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    assert [(e.text, e.label_) for e in doc_ents(doc)] == [("Surrey", "PERSON")]
    doc.ents = []
    assert doc_ents(doc) == ()
