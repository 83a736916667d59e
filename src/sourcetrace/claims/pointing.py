"""What a statement points back at: a noun or indefinite standing for what was told
before it ("such flights", "anything like this", "nothing of the sort"), and the object a
statement of not knowing acts on ("had no knowledge of anything like this", "not aware of
the situation you mentioned"), which leaves the statement no proposition of its own."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Final

from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

_WORDS = lexicon("claim_words")
_POINTING_PRONOUNS: Final = lexicon("cues").words("pointing_pronouns")

_POINTING = _WORDS.words("pointing_determiners")


def points_back(tok: Token) -> bool:
    """A noun pointed back at what was told before it ("such flights", "those troops"), or
    an indefinite whose phrase points back ("anything like this", "nothing of the sort")."""
    return determined_by(tok, _POINTING) or _proform(tok)


def determined_by(tok: Token, words: Collection[str]) -> bool:
    """A noun with one of ``words`` for its determiner ("such flights", "those troops")."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ in ("det", "amod", "predet") and c.lower_ in words for c in tok.children)


def of_the_kind(tok: Token) -> bool:
    """ "no such thing", "nothing of the sort": pointed back at what was told, not compared
    with it ("anything like this")."""
    return points_back(tok) and not any(p.lower_ == "like" for p in tok.children)


_PROFORMS: Final = _WORDS.words("pointing_proforms")
_IGNORANCE: Final = _WORDS.words("ignorance_heads")


def _proform(tok: Token) -> bool:
    """ "anything like this", "any of that", "nothing of the sort": an indefinite standing
    for what was told before, by a "like" or "of" phrase that points back."""
    if tok.lower_ not in _PROFORMS:
        return False
    return any(
        o.dep_ == "pobj" and (o.lower_ in _POINTING_PRONOUNS or any(
            # "like this occurring", "of that sort", "of the kind"
            d.dep_ == "det" and (d.lower_ in _POINTING or (d.lower_ == "the" and o.lower_ in _PROFORMS))
            for d in o.children))
        for p in tok.children if p.dep_ == "prep" and p.lower_ in {"like", "of"}
        for o in p.children)


# The path from a predicate down to what it acts on: its object, a preposition's object,
# a noun's complement ("no knowledge [of anything like this]").
_OBJECT_PATH: Final = frozenset({"dobj", "pobj", "prep", "attr", "acomp"})


def pointed_object(root: Token) -> Token | None:
    """What a negated statement of not knowing, or of not doing, acts on when that points
    back at what was told before: "had no knowledge of [anything like this] occurring",
    "never heard of [such flights]", "would never do [anything like that]". Such a
    statement has no proposition of its own; it answers the one reported, as does any
    statement of "no such" thing. Not "I have never seen anything like this" (wonder, no
    answer to a report)."""
    for tok in root.subtree:
        # A pro-form or "such": "these meetings" in "doesn't do a lot of prep work for
        # these meetings" is the meetings at hand, no report.
        if tok.i == root.i or not (_proform(tok) or determined_by(tok, {"such"})
                                   or _asked_about(tok)):
            continue
        path, up = [], tok
        while up.i != root.i and up.dep_ in _OBJECT_PATH:
            path.append(up)
            up = up.head
        # Near the predicate: its object, a preposition's ("heard of"), or the object's
        # complement ("no knowledge of"), never deeper.
        # Any verb will do for "no such": "its own trials had shown no such risk".
        if up.i == root.i and len(path) <= 3 and (any(
                t.lemma_.lower() in _IGNORANCE for t in (root, *path)) or no_such(tok)):
            return tok
    return None


def no_such(tok: Token) -> bool:
    """ "no such risk", "no such request": the thing told before, said not to be."""
    return determined_by(tok, {"such"}) and any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _asked_about(tok: Token) -> bool:
    """A noun the questioner named ("the situation [you mentioned]", "the reports [you
    cite]"): at a briefing, what was put to the speaker, told before."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ == "you" for s in c.children)
        for c in tok.children)

