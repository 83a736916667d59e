"""Speakers named inside another speaker's words: one chain, one source ("Sullivan said
the administration believes China knew" is Sullivan's), save where the outer one only
passes the inner one's words on (a report named as one, or a text telling what someone
named said).
"""

from __future__ import annotations

from collections.abc import Sequence

from sourcetrace.models import Attribution
from sourcetrace.provenance.index import ProvenanceIndex
from sourcetrace.provenance.kinds import role_of

__all__ = ["voiced_by_another"]


def voiced_by_another(atts: Sequence[Attribution], corpus: ProvenanceIndex) -> set[str]:
    """Attributions whose source is named inside another non-relay speaker's words with
    the same stance ("Sullivan said the administration believes China knew"): one chain,
    one source, the outer speaker. (An outlet relaying officials is handled as a relay.)
    Reporting and asserting are one stance here: both stand behind what is said. Where
    the inner one is a report ("the union said it would fight job cuts at Nordtel, which
    according to media reports plans ..."), the outer speaker only passes it on: the
    outer one is left out instead."""
    out: set[str] = set()
    for inner in atts:
        if inner.source_span is None:
            continue
        s0, e0 = inner.source_span
        # Only a report named as one ("according to media reports"): a believer inside
        # someone's words ("the administration believes") is theirs, whatever its type.
        relay = inner.kind == "according_to" and (
            s := corpus.spk.get(inner.speaker or "")) is not None and role_of(s) == "relay"
        for outer in atts:
            if (outer.id == inner.id or outer.article != inner.article
                    or _support(outer.stance) != _support(inner.stance)):
                continue
            spk = corpus.spk.get(outer.speaker or "")
            if spk is None or role_of(spk) in (None, "relay"):
                continue
            if outer.span[0] <= s0 and e0 <= outer.span[1]:
                # A text telling what someone named said ("according to a statement carried
                # by its television channel, the Red Hand said P"): theirs, its medium.
                medium = spk.type == "other" and _named(inner, corpus)
                out.add(outer.id if relay or medium else inner.id)
                break
    return out


def _named(att: Attribution, corpus: ProvenanceIndex) -> bool:
    """Its speaker is someone named, a person or a body, on the record."""
    s = corpus.spk.get(att.speaker or "")
    return s is not None and s.type in ("person", "organization") and role_of(s) == "named"


def _support(stance: str | None) -> str:
    """A stance with reporting counted as asserting: both stand behind what is said."""
    return "asserts" if stance in (None, "reports") else stance
