"""Claims: candidate statements per article, clustered across articles and paraphrases.

Entries: ``claim_candidates(doc, ...)`` (``candidates``) and ``cluster_claims(candidates)``
(``cluster``); stances are then read toward each claim by ``sourcetrace.stance``; canonical forms in ``canon``, pair blocking in
``blocking``, the linking lexicon in ``link``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sourcetrace.pipeline import ArticleWork, Corpus, Stage, lazy_exports, register
from sourcetrace.settings import Settings

if TYPE_CHECKING:
    from sourcetrace.claims.candidates import ClaimCandidate, claim_candidates
    from sourcetrace.claims.cluster import ClusterOptions, cluster_claims
    from sourcetrace.models import StanceLabel

__all__ = [
    "ClaimCandidate", "ClusterOptions", "claim_candidates", "cluster_claims",
]
__getattr__ = lazy_exports(__name__, {
    "ClaimCandidate": "candidates", "claim_candidates": "candidates",
    "ClusterOptions": "cluster", "cluster_claims": "cluster",
})


def _candidates(work: ArticleWork, settings: Settings) -> None:
    from sourcetrace.claims.candidates import claim_candidates
    from sourcetrace.claims.relayed import with_cited_outlets
    from sourcetrace.claims.tuning import CandidateTuning

    assert work.doc is not None
    cands = claim_candidates(
        work.doc, article_id=work.article.id, attributions=work.attributions,
        tuning=CandidateTuning.from_settings(settings),
    )
    work.candidates = with_cited_outlets(cands, work.citations)


def cluster_options(settings: Settings) -> tuple[int, float, ClusterOptions]:
    """Seed, threshold and the other clustering knobs from the ``[claims]`` settings."""
    from dataclasses import fields

    from sourcetrace.claims.cluster import DEFAULT_THRESHOLD, ClusterOptions
    from sourcetrace.errors import UsageError

    section = settings.section("claims")
    seed = int(section.pop("seed", 0))
    threshold = float(section.pop("threshold", DEFAULT_THRESHOLD))
    known = {f.name for f in fields(ClusterOptions)}
    unknown = sorted(set(section) - known)
    if unknown:
        raise UsageError(f"unknown [claims] settings: {unknown}")
    return seed, threshold, ClusterOptions(**section)


def _claims(corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.claims.cluster import cluster_claims
    from sourcetrace.claims.pairs import same_act
    from sourcetrace.claims.sources import negates_act
    from sourcetrace.stance.toward_claims import stance_toward_claims

    seed, threshold, options = cluster_options(settings)
    corpus.claims = cluster_claims(corpus.candidates, seed=seed, threshold=threshold,
                                   options=options,
                                   outlets={a.id: a.outlet or "" for a in corpus.articles})
    claim_of = {m: c.id for c in corpus.claims for m in c.mentions}
    # An attribution whose quote states several claims belongs to the one its first
    # sentence states (candidates are in text order); it is a mention of all of them.
    of_candidate = {k: c.id for c in corpus.claims for k in c.candidates}
    first: dict[str, str] = {}
    for cand in corpus.candidates:
        if cand.attribution and cand.id in of_candidate:
            first.setdefault(cand.attribution, of_candidate[cand.id])
    claim_of.update(first)
    # Stance is read toward the claim each attribution is linked to (see the function).
    fixed = stance_toward_claims(
        corpus.claims, corpus.candidates, {a.id: a.stance or "" for a in corpus.attributions},
        same_act, negates_act,
    )
    # An attribution's stance, read toward the claim it is linked to; toward another claim
    # its quote mentions, the reading toward that claim where there is one.
    own: dict[str, StanceLabel] = {
        a.id: fixed.get((a.id, claim_of.get(a.id, "")), a.stance) or "asserts"
        for a in corpus.attributions}
    corpus.claims = [
        replace(c, stances=tuple((m, fixed.get((m, c.id), own[m])) for m in c.mentions if m in own))
        for c in corpus.claims
    ]
    corpus.attributions = [
        replace(a, claim=claim_of.get(a.id),
                stance=fixed.get((a.id, claim_of.get(a.id, "")), a.stance))
        for a in corpus.attributions
    ]


register(
    # Citations are read where that stage ran (a relay joins what the outlet it credits
    # reported); without them no mention credits anyone.
    Stage("candidates", "article", ("doc", "attributions"), ("candidates",), _candidates,
          "claim candidates from attributions and the article's own voice",
          settings=("candidates",)),
    Stage("claims", "corpus", ("candidates", "stance"), ("claims",), _claims,
          "claims clustered across articles and paraphrases; stances read toward them"),
)
