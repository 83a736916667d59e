"""A parse's text, entities and words, built once per document.

spaCy builds ``Doc.text`` and ``Doc.ents`` on every read, from the tokens: a pass over the
whole article each time. The rule stages read them per token and per candidate ("is this
token in a dateline?", "which entity holds this token?"), which made rebuilding them the
largest single cost of the per-article stages (a profile of 100 FNC-1 bodies: 8,912 text
reads making 7 million token objects, and 5,184 entity lookups). Articles are processed
one at a time in a process, so one slot holding the last document and what was built from
it answers nearly every read; the slot keeps the document alive, so an ``is`` match can
never be a recycled id. A document's text never changes; its entities and words can be set
again (a test does, ``doc.ents = ...``), so those are kept with a fingerprint of the token
columns they come from, which numpy takes in microseconds, and rebuilt when it differs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["doc_ents", "doc_lemmas", "doc_text", "doc_words"]

_LAST: list[tuple[Doc, dict[str, Any]] | None] = [None]


def _built(doc: Doc) -> dict[str, Any]:
    last = _LAST[0]
    if last is not None and last[0] is doc:
        return last[1]
    built: dict[str, Any] = {}
    _LAST[0] = (doc, built)
    return built


def doc_text(doc: Doc) -> str:
    """``doc.text``, rebuilt only when ``doc`` is not the document read last."""
    built = _built(doc)
    if "text" not in built:
        built["text"] = doc.text
    return str(built["text"])


def _fingerprint(doc: Doc, columns: list[int | str]) -> bytes:
    return bytes(doc.to_array(columns).tobytes())


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, rebuilt only when ``doc`` is not the document read last or its entity
    marks changed."""
    built = _built(doc)
    mark = _fingerprint(doc, ["ENT_IOB", "ENT_TYPE"])
    if built.get("ents_mark") != mark:
        built["ents"], built["ents_mark"] = doc.ents, mark
    ents: tuple[Span, ...] = built["ents"]
    return ents


# The token attributes a pattern can ask a word of, as ``doc_words`` collects them.
WORD_ATTRS = ("LEMMA", "LOWER", "ORTH", "TEXT")


def doc_words(doc: Doc) -> dict[str, frozenset[str]]:
    """The document's distinct words per attribute of ``WORD_ATTRS`` (LEMMA: the lemmas,
    LOWER: the lower-cased words, ORTH and TEXT: the words as written)."""
    built = _built(doc)
    array = doc.to_array(["LEMMA", "LOWER", "ORTH"])
    mark = bytes(array.tobytes())
    if built.get("words_mark") != mark:
        # Hashes straight from the token array: no token objects are made.
        strings = doc.vocab.strings
        lemma, lower, orth = (frozenset(strings[h] for h in set(column.tolist()))
                              for column in array.T)
        built["words"] = {"LEMMA": lemma, "LOWER": lower, "ORTH": orth, "TEXT": orth}
        built["words_mark"] = mark
    words: dict[str, frozenset[str]] = built["words"]
    return words


def doc_lemmas(doc: Doc) -> dict[str, str]:
    """Lower-cased word -> its lower-cased lemma, for the words of the document (a form
    read with two lemmas keeps the one of its first occurrence)."""
    built = _built(doc)
    array = doc.to_array(["LOWER", "LEMMA"])
    mark = bytes(array.tobytes())
    if built.get("lemmas_mark") != mark:
        strings = doc.vocab.strings
        lemmas: dict[str, str] = {}
        for lower, lemma in dict.fromkeys(map(tuple, array.tolist())):
            lemmas.setdefault(strings[lower], strings[lemma].lower())
        built["lemmas"], built["lemmas_mark"] = lemmas, mark
    out: dict[str, str] = built["lemmas"]
    return out
