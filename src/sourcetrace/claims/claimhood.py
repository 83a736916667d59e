"""Claimhood: whether a reduced statement is a claim at all.

A claim is a checkable proposition about actors. What an attribution credits counts when it
is a clause with a subject (or a frame that names its agent, or a denied nominal about an
actor); an own-voice sentence counts when it is a factual statement about a named actor,
not fluff or a personal view. ``no_claim`` is the one gate ``candidates`` asks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.claims import link as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sourcetrace.models import Attribution


def no_claim(root: Token, entities: tuple[str, ...], keep: list[Token], words: tuple[str, ...],
              att: Attribution | None, labelled: bool, *, denial: bool, agent: bool) -> bool:
    """No checkable proposition: own-voice fluff, an attribution's bare object, or a
    statement that says nothing without its context (``link.contentless``)."""
    if att is None:
        return not _checkable(root, entities, keep, nominal_ok=denial)
    if not labelled and not _attributed_proposition(root, entities, denial, agent=agent):
        return True
    return lex.contentless(root, entities, words)


def _attributed_proposition(
    root: Token, entities: tuple[str, ...], denial: bool, *, agent: bool = False
) -> bool:
    """An attribution content is a claim when it is a clause with a subject ("Russia has
    asked ...", "the balloon poses no threat", "it is flying well above air traffic"),
    not a bare object ("military equipment", "to use in ..."); a denied nominal about an
    actor ("a request for military assistance from Russia") also counts. The subject
    need not be a named entity: what a source says about "the balloon" or "the
    explosion" is the story's claim as much as what it says about a country."""
    if denial and root.pos_ in {"NOUN", "PROPN"}:
        return bool([e for e in entities if not e.startswith("@")])
    if root.pos_ not in {"VERB", "AUX"}:
        return False
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}]
    if not subjects and root.dep_ == "conj":  # the subject conjuncts share
        subjects = [c for c in root.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return agent  # "accused Kyiv of [sabotaging the dam]": the frame names the agent
    # "I don't trust this news", "it seemed strange to me": a personal view, not a
    # claim; "I ordered the Pentagon to ..." reports the speaker's own act and is one.
    personal = any(s.lower_ in {"i", "we"} for s in subjects) or any(
        t.lower_ in {"me"} for t in root.children
    )
    return not (personal and root.lemma_.lower() in lex.OPINION_SUBJECT | lex.OPINION_VERBS)


def _checkable(
    root: Token, entities: tuple[str, ...], keep: list[Token], *, nominal_ok: bool = False
) -> bool:
    """Own-voice sentences: keep factual statements about actors, drop fluff. A denied
    nominal ("never heard of a request for X") is a proposition too."""
    if not [e for e in entities if not e.startswith("@")]:
        return False
    if root.pos_ not in {"VERB", "AUX"} and not nominal_ok:
        return False
    if len(keep) < 4:
        return False
    lemma = root.lemma_.lower()
    if lemma in lex.OPINION_SUBJECT or any(t.lower_ in {"i", "we", "you", "my"} for t in keep):
        return False
    return not any(t.lemma_.lower() in lex.HEDGE_FLUFF for t in keep)
