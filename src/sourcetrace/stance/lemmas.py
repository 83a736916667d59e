"""Cheap lemma guesses for the words of a cue phrase, read without a parse ("denied" ->
"deny", "calling" -> "call"): a cue is often stored as text only."""

from __future__ import annotations

import re

__all__ = ["cue_lemmas", "has_phrasal", "lemma_guess"]


def lemma_guess(word: str) -> set[str]:
    """Cheap lemma guesses for an inflected word ("denied" -> "deny", "calling" -> "call",
    "questions" -> "question")."""
    out = {word}
    if word.endswith("ied") or word.endswith("ies"):
        out.add(word[:-3] + "y")
    if word.endswith("ed"):
        out.update({word[:-2], word[:-1]})
        if len(word) > 4 and word[-3] == word[-4]:
            out.add(word[:-3])  # "shrugged" -> "shrug"
    if word.endswith("es"):
        out.update({word[:-2], word[:-1]})
    if word.endswith("s"):
        out.add(word[:-1])
    if word.endswith("ing"):
        out.update({word[:-3], word[:-3] + "e"})
        if len(word) > 5 and word[-4] == word[-5]:
            out.add(word[:-4])  # "rebutting" -> "rebut"
    return out


def cue_lemmas(cue: str) -> set[str]:
    """Lemma guesses for every word of a cue phrase."""
    return set().union(*(lemma_guess(w) for w in re.findall(r"[a-z]+", cue.lower())))


def has_phrasal(cue: str, pairs: frozenset[tuple[str, str]]) -> bool:
    """The cue phrase holds one of the (verb lemma, particle) ``pairs`` ("brushed off")."""
    words = re.findall(r"[a-z]+", cue.lower())
    lemmas = cue_lemmas(cue)
    return any(v in lemmas and p in words for v, p in pairs)
