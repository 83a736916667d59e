"""Provenance on the real seed articles, through the real extraction stages."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from sourcetrace.analysis import analyze
from sourcetrace.pipeline import select


def test_seed_request_claim(seeds_dir: Path, tmp_path: Path) -> None:
    # The per-article stance model is another stage's artifact; provenance does not need it.
    names = [s.name for s in select() if s.name not in ("article_stance", "timeline")]
    corpus = analyze([seeds_dir], f"sqlite:///{tmp_path / 'seeds.db'}", stages=names).corpus
    assert corpus is not None
    speakers = {s.id: s for s in corpus.speakers}
    first = [
        c
        for c in corpus.claims
        if set(c.first_reported_by) == {"Financial Times", "The Washington Post"}
    ]
    assert first, [(c.text, c.first_reported_by) for c in corpus.claims]
    claim = max(first, key=lambda c: len(c.articles))
    deniers = " ".join(speakers[x].label for x in claim.denied_by)
    for name in ("Peskov", "Zhao Lijian", "Liu Pengyu"):
        assert name in deniers
    # Every on-record denial comes from Moscow or Beijing: parties to the claim.
    assert {x for x in claim.denied_by if speakers[x].type == "person"} <= set(
        claim.denied_by_party
    )
    assert claim.independent_sources == 1 and claim.anonymous_share == 1.0
    assert claim.grade == "D4"
    assert "interested denials" in claim.reasons[0]
    graph = corpus.graphs[claim.id]
    assert isinstance(graph, nx.DiGraph)
    assert graph.nodes["outlet:Financial Times"]["first"] is True
    assert any(k == "denies" for _u, _v, k in graph.edges(data="kind"))


def test_no_speaker_both_asserts_and_denies_a_claim(seeds_analysis, demo_analysis) -> None:  # type: ignore[no-untyped-def]
    # A speaker listed on both sides of one claim means a stance was read toward the
    # wrong proposition (a negation elsewhere in a quote, or a negatively worded claim).
    for analysis in (seeds_analysis, demo_analysis):
        corpus = analysis.corpus
        assert corpus is not None and corpus.claims
        both = [(c.text, set(c.asserted_by) & set(c.denied_by)) for c in corpus.claims
                if set(c.asserted_by) & set(c.denied_by)]
        assert not both


def test_loosely_related_quotes_are_not_counted_as_sources(seeds_analysis) -> None:  # type: ignore[no-untyped-def]
    # Qin Gang's "Had China known about the imminent crisis, we would have tried our best
    # to prevent it" clusters with an analyst's "China was pushing for a diplomatic
    # solution", which does not say it: one on-record source, not "confirmed by two".
    corpus = seeds_analysis.corpus
    speakers = {s.id: s for s in corpus.speakers}
    atts = {a.id: a for a in corpus.attributions}
    known = next(c for c in corpus.claims if c.text.startswith("Had China known"))
    assert [speakers[s].name for s in known.asserted_by] == ["Qin Gang"]
    assert known.independent_sources == 1 and known.grade.endswith("3")
    pushing = [m for m in known.related if "diplomatic solution" in atts[m].content]
    assert pushing and all(m in known.mentions for m in known.related)
    assert any(r.startswith("Not counted as sources") and "Tangen" in r for r in known.reasons)
    # Every claim's counted sources are disjoint from the speakers only related to it.
    for c in corpus.claims:
        only_related = {atts[m].speaker for m in c.related} - {
            atts[m].speaker for m in c.mentions if m not in c.related
        }
        assert not only_related & set(c.asserted_by), c.text
