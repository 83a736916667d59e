"""Who first reported a claim: an outlet the texts call first, else the reporter of the
earliest dated article carrying it, else the outlet its sources spoke to most often, else
the first article's reporter (DESIGN.md, "first reported by")."""

from __future__ import annotations

from collections.abc import Sequence

from sourcetrace.citations.credits import first_report
from sourcetrace.models import Attribution, Citation, Claim
from sourcetrace.provenance.index import ProvenanceIndex

__all__ = ["first_reported", "saying_articles"]


_UNDATED = "9999"


def _published(corpus: ProvenanceIndex, article_id: str) -> str:
    art = corpus.art.get(article_id)
    return (art.published if art else None) or _UNDATED


def first_reported(
    claim_articles: Sequence[str], cits: Sequence[Citation], corpus: ProvenanceIndex,
    atts: Sequence[Attribution] = (),
) -> tuple[str, ...]:
    """The outlet that first reported the claim: one the texts call first ("first reported
    by", "was the first to report", "broke the story"); else the reporter of the earliest
    dated article that carries it (the outlet its source spoke to where the text names
    one, else the article's origin), ties going to a wire agency's report, then to the
    article given first; else, with no dated article, the outlet its sources spoke to most
    often; else the first article's reporter."""
    prose = [c for c in cits if c.kind == "citation"]
    first = [
        c.outlet
        for c in sorted(prose, key=lambda c: (_published(corpus, c.article), c.article, c.span))
        if first_report(c.cue)
    ]
    if first:
        return tuple(dict.fromkeys(first))
    dated = _earliest_dated(claim_articles, atts, prose, corpus)
    if dated:
        return (dated,)
    chained = _chain_origin(atts, corpus)
    if chained:
        return (chained,)
    for a in sorted(claim_articles, key=lambda a: corpus.given.get(a, len(corpus.given))):
        reporter = _article_reporter(a, prose, corpus)
        if reporter:
            return (reporter,)
    return ()


def _earliest_dated(
    claim_articles: Sequence[str], atts: Sequence[Attribution], prose: Sequence[Citation],
    corpus: ProvenanceIndex,
) -> str | None:
    """The reporter of the earliest dated article carrying the claim. The outlet a
    supporting mention names as the one its source spoke to ("told CNN", "NBC reported,
    citing officials") reported it by that article's date at the latest; an article
    relaying nobody reports it under its origin. Equal dates: a wire agency's report (the
    others of that day most often rewrite the wire), else the article given first."""
    via = {a.article: corpus.name(a.via[0]) for a in reversed(atts) if a.via}
    dated = [a for a in claim_articles if _published(corpus, a) != _UNDATED]
    if not dated:
        return None
    day = min(_published(corpus, a) for a in dated)
    reporters = [via.get(a) or _article_reporter(a, prose, corpus)
                 for a in sorted((a for a in dated if _published(corpus, a) == day),
                                 key=lambda a: corpus.given.get(a, 0))]
    wires = [r for r in reporters if r and (found := corpus.find(r)) is not None and found.wire]
    return (wires or reporters)[0]


def _article_reporter(a: str, prose: Sequence[Citation], corpus: ProvenanceIndex) -> str | None:
    """Whose report an article carries: the outlet it credits in its prose, else its
    origin (a wire copy's report is the wire's: "(Reuters)" on tbsnews.net makes Reuters
    the reporter; an uncredited copy's origin comes from its credited copies), else its
    wire credit line, else its own outlet."""
    credited = [c.outlet for c in sorted(prose, key=lambda c: c.span) if c.article == a]
    if credited:
        return credited[0]
    origin = corpus.origins.get(a)
    if origin is not None and origin.outlet:
        return corpus.name(origin.outlet)
    own_cits = corpus.citations_by_article.get(a, [])
    wire = [c.outlet for c in sorted(own_cits, key=lambda c: c.span)
            if c.kind in ("wire_credit", "source_line")]
    if wire:
        return wire[0]
    return corpus.outlet_of(a)


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


def saying_articles(claim: Claim, articles: Sequence[str]) -> list[str]:
    """The articles that say the claim, not only deny or doubt it: "called reports of a
    chemical attack a fabrication" a day before the first article that reports the attack
    reports nothing. All of them where none says it."""
    stance = dict(claim.stances)
    saying = {a for a, _, _ in claim.sentences} | {
        a for m, a, _, _ in claim.evidence if stance.get(m) not in ("denies", "questions")}
    return [a for a in articles if a in saying] or list(articles)
