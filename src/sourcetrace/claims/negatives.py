"""Denials that an event happened to anyone, with no name to check them by: "Nobody
died", "No one was killed", "There have been no deaths", and under a denial "denied that
anyone had died". Alone they say nothing checkable (``link.contentless``); they deny the
claim that tells of that kind of event (``cluster`` finds it by its event frame).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.claims import actors
from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["no_one_did"]

_NEGATIVE_INDEFINITES = lexicon("claim_words").words("negative_indefinites")
_POLAR_INDEFINITES = lexicon("claim_words").words("polar_indefinites")
_EVENT_FRAMES = lexicon("claim_words").words("no_one_frames")


def no_one_did(root: Token, denial: bool, within: Span | None = None) -> bool:
    """ "Nobody died", "No one was killed", "There have been no deaths" and, under a
    denial, "anyone had died": an event of a known kind (``actors.frames``) said to have
    happened to no one, with no name to check it by (in ``within``, the statement read:
    a quote's first sentence can be the root of the speaker's name after it)."""
    if root.pos_ not in {"VERB", "AUX"} or any(
            t.pos_ == "PROPN" and (within is None or within.start <= t.i < within.end)
            for t in root.subtree):
        return False
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    event: Token | None = root
    if subj is not None and subj.dep_ == "expl":  # "there have been [no deaths]"
        subj = event = next((c for c in root.children if c.dep_ in {"attr", "nsubj"}), None)
    # The event's own word, not any word around it ("no agenda for the summit" denies no
    # meeting), of a kind that happens ("no one knows" denies nothing).
    # Or the noun naming its kind before it ("no [coup] attempt", "no [missile] strike").
    kinds = (event.lemma_.lower(), *(c.lemma_.lower() for c in event.children
                                     if c.dep_ == "compound")) if event is not None else ()
    if event is None or not set(actors.frames(kinds)) & _EVENT_FRAMES:
        return False
    return subj is not None and (
        subj.lower_ in _NEGATIVE_INDEFINITES or (denial and subj.lower_ in _POLAR_INDEFINITES)
        # Its determiner, which the parser may hang on a noun before it ("[no] coup attempt").
        or any(c.dep_ == "det" and (c.lower_ == "no" or denial and c.lower_ == "any")
               for c in subj.subtree if c.i < subj.i))
