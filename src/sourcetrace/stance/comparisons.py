"""Negated comparisons that assert a superlative and deny nothing: "relations have never
been worse", "never as bad as now", "nobody has been tougher on Russia than Donald Trump".
Used by the stance rules and by ``claims.link.negated``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["superlative_by_negation"]

_NO_ONE = lexicon("claim_words").words("negative_indefinites") | {"one"}


def superlative_by_negation(pred: Token) -> bool:
    """A negated comparison with everything else, which asserts a superlative and denies
    nothing: "relations have never been worse", "it has not been more important", "never
    worked better". Read off the words, the parse often hangs the comparative elsewhere
    ("NEVER been worse thanks to ..."): the word right after the predicate is a
    comparative, the predicate is a copula or the negation "never" ("not doing more to
    halt it" says what was not done), and no "than" names what it is compared with ("not
    more dangerous than a weather balloon" denies). "No longer" is a negation."""
    doc = pred.doc
    nxt = doc[pred.i + 1] if pred.i + 1 < len(doc) else None
    if _never_as_bad_as(pred) or _no_one_more_than(pred):
        return True
    if nxt is None or nxt.tag_ not in {"JJR", "RBR"} or nxt.lower_ == "longer":
        return False
    if pred.lemma_.lower() != "be" and not any(c.lower_ == "never" for c in pred.children):
        return False
    return not any(t.lower_ == "than" for t in pred.subtree)


def _never_as_bad_as(pred: Token) -> bool:
    """The equative form of the same: "they never were as bad as they are now", "it has
    never been as important as today" ("never", then "as", an adjective or adverb, "as")."""
    doc = pred.doc
    if not any(c.lower_ == "never" for c in pred.children):
        return False
    words = [t.lower_ for t in doc[pred.i + 1 : pred.i + 4]]
    return (len(words) == 3 and words[0] == "as" and words[2] == "as"
            and doc[pred.i + 2].pos_ in {"ADJ", "ADV"})


def _no_one_more_than(pred: Token) -> bool:
    """No one compared with someone named after "than" ("probably nobody's been tougher on
    Russia than Donald Trump", "no one has done more than her"): that one is the most so,
    which it asserts. The subject is a negative indefinite or "no one"."""
    subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in _NO_ONE or (
            subj.lower_ == "one" and not any(c.lower_ == "no" for c in subj.children)):
        return False
    return any(t.tag_ in ("JJR", "RBR") for t in pred.subtree) and any(
        t.lower_ == "than" for t in pred.subtree)
