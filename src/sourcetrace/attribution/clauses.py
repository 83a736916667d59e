"""Clause shapes around a cue verb that make it no attribution: a permission over an
infinitive ("allowing Putin to expand ..."), an absolute participle ("with low growth
predicted"), a free relative ("What Trump and Putin hope to achieve"). Used by ``rules``.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["free_relative", "infinitive", "patient_of_participle"]


# Prepositions opening an absolute clause ("with low growth predicted").
_ABSOLUTE = ("with", "without")
# Wh-words that head a free relative or an indirect question ("which" has an antecedent).
_WH_OPENERS = ("what", "how", "why", "whether", "whatever")


def free_relative(v: Token) -> bool:
    """A wh-word before the cue fills a gap in the cue's complement ("[What] Trump and
    Putin hope to achieve [_]", "what he seeks to accomplish"): a free relative or an
    indirect question around the cue, which names a thing and states nothing."""
    first = v.left_edge
    if first.lower_ not in _WH_OPENERS or first.i >= v.i:
        return False
    node = first.head
    if node.i == v.i:  # "what he seeks [_] to accomplish", "What the president wants [_]"
        return first.dep_ in ("dobj", "attr", "advmod")
    for _ in range(6):
        if node.dep_ in ("xcomp", "ccomp") and node.head.i == v.i:
            return True
        if node.i == v.i or node.head.i == node.i:
            return False
        node = node.head
    return False


def infinitive(clause: Token) -> bool:
    """A clause headed by a bare infinitive under "to" ("Putin to expand ...")."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def patient_of_participle(v: Token, subj: Token) -> bool:
    """A past participle in an absolute clause ("..., with low growth predicted through
    2020"): a reduced passive, whose subject is what is predicted, not who predicts. The
    "with" is required: the tagger also calls a plain past tense a participle ("Though
    Trump originally expressed concern", "Trump on Monday blamed past policies")."""
    return (v.tag_ == "VBN" and subj.head.i == v.i and subj.dep_ == "nsubj"
            and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
            and any(c.dep_ in ("mark", "prep") and c.lower_ in _ABSOLUTE and c.i < subj.i
                    for c in v.children))
