"""Verbs of saying or denial in a sense that is no saying: an act the passive subject
undergoes ("I was dismissed for opposing a bad deal": fired; "Prince Aldric has been
admitted to hospital"), so the verb wraps no proposition and denies none (``canon``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from sourcetrace.claims.link import DENIAL_VERBS, WRAPPER_VERBS, is_report
from sourcetrace.lexicons import lexicon
from sourcetrace.speakers.lexicon import ROLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["undergoes_denial", "undergoes_saying"]

_HEARER: Final = lexicon("cues").words("hearer")  # "told", "informed": who hears
_PERSONAL: Final = frozenset(lexicon("roles").mapping("personal_pronouns"))


def undergoes_denial(verb: Token) -> bool:
    """A verb of denial in the passive of one who is no report ("I was dismissed for
    opposing a bad deal", "her application was rejected"): fired, turned down; it denies
    nothing. "The claims were dismissed as baseless" does."""
    return verb.lemma_.lower() in DENIAL_VERBS and any(
        c.dep_ == "nsubjpass" and not is_report(c) for c in verb.children)


def undergoes_saying(verb: Token) -> bool:
    """A verb of saying in the passive of a person, in a sense its complement shows is no
    saying ("Prince Aldric has been admitted [to hospital]", "admitted [with a heart
    condition]", "was confirmed [as ambassador]", "was declared [dead]"): an act the person
    undergoes, a proposition, no wrapper. Not a hearer ("he was told", "had been briefed on
    the balloon"), nor a report raised or quoted ("is said to have ...", "was quoted as
    saying")."""
    if verb.lemma_.lower() not in WRAPPER_VERBS or verb.lemma_.lower() in _HEARER or not any(
            c.dep_ == "nsubjpass" and (c.ent_type_ == "PERSON" or c.lower_ in _PERSONAL
                                       or c.lemma_.lower() in ROLE_WORDS)
            for c in verb.children):
        return False
    return not any(c.dep_ in {"ccomp", "xcomp", "advcl"} for c in verb.children) and any(
        c.dep_ in {"acomp", "oprd"} and c.pos_ == "ADJ"
        or c.dep_ == "prep" and c.lower_ in _UNDERGONE_PREPS
        and any(o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"} for o in c.children)
        for c in verb.children)


_UNDERGONE_PREPS = frozenset({"to", "into", "with", "as", "at"})
