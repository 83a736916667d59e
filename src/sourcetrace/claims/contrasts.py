"""A statement set against another's account: "far higher than the government admits",
"far faster than official figures suggest", "higher than officially reported". It gives its
own figure for what the other account tells, and says that account is wrong: a
contradiction of the claim it is compared with, never support of it, however close the
two read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.attribution.cues import SPEECH

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["set_against_account"]

# Comparative adjectives and adverbs ("higher", "faster", "more"), as the tagger marks them.
_COMPARATIVE = frozenset({"JJR", "RBR"})


def set_against_account(keep: list[Token]) -> bool:
    """A comparative among the kept words compared, by "than", with what someone says,
    shows or reports ("than the government admits", "than official figures suggest")."""
    for tok in keep:
        if tok.tag_ not in _COMPARATIVE:
            continue
        for clause in tok.children:
            if (clause.dep_ == "advcl" and clause.lemma_.lower() in SPEECH
                    and any(c.dep_ == "mark" and c.lower_ == "than" for c in clause.children)):
                return True
    return False
