"""Who first reported a claim: an outlet the texts call first, else the outlet its sources
spoke to, else the earliest article's reporter (DESIGN.md, "first reported by")."""

from __future__ import annotations

from collections.abc import Sequence

from sourcetrace.models import Attribution, Citation
from sourcetrace.provenance.sources import ProvenanceIndex

__all__ = ["first_reported"]


def _published(corpus: ProvenanceIndex, article_id: str) -> str:
    art = corpus.art.get(article_id)
    return (art.published if art else None) or "9999"


def first_reported(
    claim_articles: Sequence[str], cits: Sequence[Citation], corpus: ProvenanceIndex,
    atts: Sequence[Attribution] = (),
) -> tuple[str, ...]:
    """The outlet that first reported the claim: one the texts call first ("first reported
    by"), else the outlet its sources spoke to (the relay chains of its supporting
    mentions, most often named, earliest article on ties), else the earliest article's."""
    prose = [c for c in cits if c.kind == "citation"]
    first = [
        c.outlet
        for c in sorted(prose, key=lambda c: (_published(corpus, c.article), c.article, c.span))
        if c.cue.startswith("first")
    ]
    if first:
        return tuple(dict.fromkeys(first))
    chained = _chain_origin(atts, corpus)
    if chained:
        return (chained,)
    # Earliest-dated article first; undated ones after, in corpus order.
    order = {a: i for i, a in enumerate(claim_articles)}
    ordered = sorted(claim_articles, key=lambda a: (_published(corpus, a), order[a]))
    for a in ordered:
        credited = [c.outlet for c in sorted(prose, key=lambda c: c.span) if c.article == a]
        if credited:
            return (credited[0],)  # the outlet the earliest article credits came before it
        # A wire copy's report is the wire's, not the site's that reprinted it: "(Reuters)"
        # on tbsnews.net makes Reuters the first reporter, not The Business Standard. A
        # credit covers the whole article, so it counts even when no attribution ties it
        # to this claim (a claim in the article's own voice). The article's origin says
        # the same for an uncredited copy (its copy's credit, a quoting article's).
        origin = corpus.origins.get(a)
        if origin is not None and origin.outlet:
            return (corpus.name(origin.outlet),)
        own_cits = corpus.citations_by_article.get(a, [])
        wire = [c.outlet for c in sorted(own_cits, key=lambda c: c.span)
                if c.kind in ("wire_credit", "source_line")]
        if wire:
            return (wire[0],)
        own = corpus.outlet_of(a)
        if own:
            return (own,)
    return ()


def _chain_origin(atts: Sequence[Attribution], corpus: ProvenanceIndex) -> str | None:
    """The outlet the claim's sources spoke to: the relay nearest the speaker in the
    supporting mentions' ``via``, the most often named (ties: the earliest article)."""
    seen: dict[str, tuple[int, str]] = {}
    for a in atts:
        if a.via:
            n, when = seen.get(a.via[0], (0, "9999"))
            seen[a.via[0]] = (n + 1, min(when, _published(corpus, a.article)))
    if not seen:
        return None
    return corpus.name(min(seen, key=lambda o: (-seen[o][0], seen[o][1], o)))
