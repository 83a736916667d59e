"""A parse's text, read once per document.

spaCy builds ``Doc.text`` on every read by joining each token's text: a pass over the
whole article. The rule stages read it per token and per candidate ("is this token in a
dateline?", "is there a line break between subject and verb?"), which made rebuilding the
text the largest single cost of the per-article stages (a profile of 100 FNC-1 bodies:
8,912 reads, 7 million token objects made). Articles are processed one at a time in a
process, so one slot holding the last document and its text answers nearly every read;
the slot keeps the document alive, so an ``is`` match can never be a recycled id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["doc_text"]

_LAST: list[tuple[Doc, str] | None] = [None]


def doc_text(doc: Doc) -> str:
    """``doc.text``, rebuilt only when ``doc`` is not the document read last."""
    last = _LAST[0]
    if last is not None and last[0] is doc:
        return last[1]
    text = doc.text
    _LAST[0] = (doc, text)
    return text
