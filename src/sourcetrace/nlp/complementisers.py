"""A complementiser "that" the parser read as a clause's subject.

"telling the Courier [that all 12 were in a stable condition]": the model tags "that" a
relative pronoun and hangs it on "were" as a subject beside the real one ("12"), so the
reported clause opened with a pronoun ("That all 12 were ...") and had two subjects. A
"that" that opens its verb's clause, with another subject after it, is the clause's
complementiser (``mark``), as a reader takes it. Offsets and tokens never change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["repair_subject_that"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def repair_subject_that(doc: Doc) -> Doc:
    for tok in doc:
        verb = tok.head
        if tok.lower_ != "that" or tok.dep_ not in _SUBJECTS or verb.i <= tok.i:
            continue
        if verb.dep_ not in ("ccomp", "advcl", "conj") or tok.i != verb.left_edge.i:
            continue
        if any(c.dep_ in _SUBJECTS and c.i != tok.i and tok.i < c.i < verb.i
               for c in verb.children):
            tok.dep_ = "mark"
            tok.pos_ = "SCONJ"
            tok.tag_ = "IN"
    return doc
