"""Parse repairs of what a verb's object holds.

"Zarevia denied any role [in Sunday's attack]": the small English model hangs the "in"
phrase on the verb, so the object is a bare "any role" and what the part was in is lost
to the attribution's content. A part in an act (``denial.toml`` ``denied_parts``:
"role", "involvement", "responsibility") takes the phrase right after it. Offsets and
tokens never change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["repair_part_in_act"]

_PARTS = lexicon("denial").words("denied_parts")
# The prepositions that say what a part is in ("a role in", "responsibility for").
_OF_ACT = frozenset({"in", "for"})


def repair_part_in_act(doc: Doc) -> Doc:
    """The "in"/"for" phrase right after a verb's object that names a part in an act
    hangs on that object, not on the verb."""
    for tok in doc:
        if tok.dep_ != "dobj" or tok.lemma_.lower() not in _PARTS:
            continue
        after = tok.right_edge.i + 1
        if after >= len(doc):
            continue
        prep = doc[after]
        if prep.dep_ == "prep" and prep.lower_ in _OF_ACT and prep.head.i == tok.head.i:
            prep.head = tok
    return doc
