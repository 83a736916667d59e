"""Article text with evidence spans as ``<mark>``, safe for overlapping and nested spans.

The text is cut at every span boundary; each piece is escaped on its own and,
when any span covers it, wrapped in one ``<mark>`` that lists the covering
spans in ``data-ev``. Marks therefore never nest or cross, whatever the spans
do, and an empty anchor at each span's start is the target of evidence links.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sourcetrace.report.data import Evidence
from sourcetrace.report.html import esc


def render_marked(text: str, evidence: Sequence[Evidence]) -> str:
    spans: dict[str, Evidence] = {}
    # Everything said about one span (a sentence with a statement and a citation in it).
    notes: dict[str, list[str]] = defaultdict(list)
    for ev in evidence:
        start, end = max(0, ev.span[0]), min(len(text), ev.span[1])
        if start < end:
            spans.setdefault(ev.key, Evidence(ev.article, (start, end), ev.kind))
            if ev.note and ev.note not in notes[ev.key]:
                notes[ev.key].append(ev.note)
    starts: dict[int, list[Evidence]] = defaultdict(list)
    ends: dict[int, list[Evidence]] = defaultdict(list)
    for ev in spans.values():
        starts[ev.span[0]].append(ev)
        ends[ev.span[1]].append(ev)
    cuts = sorted({0, len(text), *starts, *ends})
    active: dict[str, Evidence] = {}
    out: list[str] = []
    for here, nxt in zip(cuts, cuts[1:], strict=False):
        for ev in ends.get(here, []):
            active.pop(ev.key, None)
        for ev in sorted(starts.get(here, []), key=lambda e: e.key):
            active[ev.key] = ev
            out.append(f'<span class="ev-anchor" id="{esc(ev.key)}"></span>')
        piece = esc(text[here:nxt])
        if active:
            keys = " ".join(sorted(active))
            kinds = " ".join(sorted({f"k-{e.kind}" for e in active.values()}))
            said = "; ".join(dict.fromkeys(n for k in sorted(active) for n in notes.get(k, [])))
            title = f' title="{esc(said)}"' if said else ""
            out.append(f'<mark class="ev {kinds}" data-ev="{esc(keys)}"{title}>{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)
