"""Whose mention a statement nested in someone else's words is.

"Ivo Brant said [Ostland] had agreed to send troops": an intention or commitment told in
another's words is the outer speaker's statement; "Brandt has told close allies that P,
one of them said": the press heard only the ally. In both the attribution of the inner
verb stays (annotated corpora mark it), but the claim's mention is the outer speaker's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sourcetrace.claims.link import denial_cue
from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.models import Attribution
from sourcetrace.speakers.parse import parse_source

__all__ = ["credited_outward"]

# "..., two people said, a day after a former employee accused the company of P": a clause
# of time after the outer verb dates the outer statement; what it tells is the writer's.
_WHEN = re.compile(
    rf"\b(?:{alternation(lexicon('cues').words('time_prepositions'))})\b[^,;:.]*$", re.I)


def credited_outward(att: Attribution, attributions: Sequence[Attribution],
                     text: str = "") -> Attribution:
    """An intention or commitment told inside someone else's words ("Ivo Brant said
    [Ostland] had agreed to send troops", "according to officials, China does not want to
    ..."): annotated corpora mark it, so the attribution stays, but what it states is the
    outer speaker's, and the mention is theirs. So is anything asserted inside the words
    of an unnamed source ("Brandt has told close allies that P, one of them said"): the
    press heard only the ally, so P rests on the ally, not on Brandt on the record.
    Anything else as it is."""
    if att.source_span is None:
        return att
    s0, e0 = att.source_span
    outer = next((o for o in attributions if o.article == att.article and o.id != att.id
                  and o.span[0] <= s0 and e0 <= o.span[1]), None)
    if outer is None or not (att.content.lstrip().lower().startswith("to ") or (
            _affirms(att) and _affirms(outer) and parse_source(
                outer.resolved_source or outer.source_text or "").type == "anonymous")):
        return att
    if outer.cue_span is not None and outer.cue_span[1] <= s0 and _WHEN.search(
            text[outer.cue_span[1] : s0]):
        return att
    return replace(att, id=outer.id, source_text=outer.source_text, speaker=outer.speaker,
                   source_span=outer.source_span, resolved_source=outer.resolved_source,
                   resolved_span=outer.resolved_span, stance=outer.stance)


def _affirms(att: Attribution) -> bool:
    """Said, not denied nor doubted: an unnamed source rejecting what someone said
    ("Ostland has said P, a claim Lumbrian officials reject") relays nothing."""
    return att.stance in (None, "asserts") and not denial_cue(att)
