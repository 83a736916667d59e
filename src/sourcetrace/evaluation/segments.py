"""Predicted contents cut the way quotation-level annotation cuts them.

Two annotation conventions meet in the attribution benchmarks. PolNeAR (PARC) annotates
one content per attribution relation: in ``"We won," Nunes said. "I told you all!"`` the
content runs over both quotations, cue and source inside it, as ``sourcetrace`` predicts.
The Gender Gap Tracker annotates each quotation on its own: the first with its speaker,
the second (and any quoted paragraph after it) as a "floating" quote of the same
speaker. Scored one-to-one, one prediction can match only one of them, so a content the
extraction found whole counts as a miss for every other quotation in it.

``segments`` cuts a predicted content at its own cue and source and at line breaks, so
that a quotation-level gold can be scored in its own terms; ``sourcetrace eval attribution``
prints the figures both ways. The extraction is the same: only the unit of scoring moves.
"""

from __future__ import annotations

from sourcetrace.models import Attribution, Span

# Shorter pieces are punctuation and glue ("," and "and") left between the cuts.
_MIN_CHARS = 3


def segments(att: Attribution, text: str) -> list[Span]:
    """The pieces of ``att``'s content between its own cue and source and line breaks."""
    start, end = att.span
    holes = sorted(h for h in (att.cue_span, att.source_span)
                   if h is not None and start < h[1] and h[0] < end)
    pieces: list[Span] = []
    cursor = start
    for h0, h1 in [*holes, (end, end)]:
        pieces.extend(_lines(text, cursor, min(h0, end)))
        cursor = max(cursor, h1)
    return pieces or [att.span]


def _lines(text: str, start: int, end: int) -> list[Span]:
    out: list[Span] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        s, e = pos, stop
        while s < e and (text[s].isspace() or text[s] in ",;:"):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
            e -= 1
        if e - s >= _MIN_CHARS and any(ch.isalnum() for ch in text[s:e]):
            out.append((s, e))
        pos = stop + 1
    return out
