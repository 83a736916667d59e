"""A statement whose words are another statement's saying: "Brant said [he doubted that
P]", "Brant refused [to confirm that P]". The parser finds both: the outer one, whose
content is the inner one's cue and content, and the inner one, whose cue is what the
speaker does with P. Read alone, the outer content ("he doubted that P") has no mark of
doubt on P and would assert it; the speaker's stance toward P is the inner one's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution
from sourcetrace.stance.lemmas import cue_lemmas

__all__ = ["nested_stances"]

# An inner verb of asking is as often the act told of ("said that Russia had asked China
# for drones") as a question put: no stance of the outer speaker's.
_ASKING = lexicon("cues").words("asking")

# How far into the outer content the inner cue may open: a subject and a cue ("the
# defence minister had said", "to confirm").
_OPENING = 60
# The stances an inner saying gives the outer one: doubt and denial are what the reading
# alone misses.
_CARRIED = frozenset({"questions", "denies"})


def _inner(outer: Attribution, others: Sequence[Attribution]) -> Attribution | None:
    """The attribution whose cue opens ``outer``'s content and whose content ends it."""
    for att in others:
        if att.id == outer.id or att.cue_span is None or cue_lemmas(att.cue or "") & _ASKING:
            continue
        cue = att.cue_span[0]
        if (outer.span[0] <= cue < outer.span[0] + _OPENING and cue < outer.span[1]
                and outer.span[1] - 3 <= att.span[1] <= outer.span[1] + 1):
            return att
    return None


def nested_stances(attributions: Sequence[Attribution]) -> list[Attribution]:
    """``attributions`` with each outer statement read through its inner one: the same
    speaker's doubt or denial is the speaker's stance ("Brant said he doubted that P"
    questions P); another speaker's, told by the outer one, is relayed ("Holm said Brant
    doubted that P": Holm reports it, as a relayed denial is)."""
    by_article: dict[str, list[Attribution]] = defaultdict(list)
    for att in attributions:
        by_article[att.article].append(att)
    out: list[Attribution] = []
    for att in attributions:
        inner = _inner(att, by_article[att.article])
        if inner is None or inner.stance not in _CARRIED or att.stance in _CARRIED:
            out.append(att)
        elif inner.speaker is not None and inner.speaker == att.speaker:
            out.append(replace(att, stance=inner.stance))
        else:
            out.append(replace(att, stance="reports"))
    return out
