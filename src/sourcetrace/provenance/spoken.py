"""Credits the citation extractor cannot see: an outlet named as the source of a report
("a day after Techwire reported that ...", "The breach was first reported by Techwire")
credits that outlet, though the name alone does not look like an outlet's. The speakers
stage knows it is one (the corpus has articles Techwire published, or the registry
knows it); the citation extractor, which reads one article at a time, does not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from sourcetrace.models import Attribution, Citation, Speaker, content_id

__all__ = ["spoken_citations"]

# The confidence the extractor gives an outlet the registry lacks in a clear frame.
_CONFIDENCE = 0.6


def spoken_citations(
    attributions: Sequence[Attribution], speakers: Sequence[Speaker],
    citations: Sequence[Citation], own_outlet: Mapping[str, str | None],
) -> list[Citation]:
    """Citations for the attributions whose speaker is an outlet named in the text
    (not a pronoun or description resolved to one) and that no citation of the article
    covers yet; not the article's own outlet ("Techwire has learned" in Techwire)."""
    outlet = {s.id: s.name or s.label for s in speakers if s.type == "outlet"}
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for c in citations:
        taken[c.article].append(c.span)
    out: list[Citation] = []
    for a in attributions:
        name = outlet.get(a.speaker or "")
        span = a.source_span
        if (name is None or span is None or a.resolved_source or not a.cue
                or _same(name, own_outlet.get(a.article))
                or any(s[0] < span[1] and span[0] < s[1] for s in taken[a.article])):
            continue
        out.append(Citation(
            id=content_id(f"{a.article}|citation|{name}|{span[0]}|{span[1]}", "c"),
            article=a.article, outlet=name, cue=a.cue.lower(), span=span,
            sentence_span=a.sentence_span, confidence=_CONFIDENCE))
        taken[a.article].append(span)
    return out


def _same(name: str, own: str | None) -> bool:
    if not own:
        return False
    key = name.casefold().removeprefix("the ")
    return key in own.casefold()
