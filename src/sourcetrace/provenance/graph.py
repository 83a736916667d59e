"""The provenance graph of one claim (a networkx DiGraph).

Nodes: ``claim:<id>``, ``article:<id>`` (outlet, published, copy, earliest),
``outlet:<name>`` (first, wire, state_affiliated) and ``source:<speaker id>``
(label, type, anonymous, party). Edges carry ``kind``: ``copy_of`` (a duplicate to its
origin), ``published`` (outlet to its article), ``credits`` (article to an outlet it
credits, outlet to a source it credits), ``quotes`` (article to a source it quotes
directly) and the stance of a source toward the claim (``asserts``, ``denies``,
``questions``, ``reports``).
"""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx

from sourcetrace.models import Attribution, Citation, Claim
from sourcetrace.provenance.grade import SourceSummary
from sourcetrace.provenance.index import ProvenanceIndex
from sourcetrace.provenance.kinds import is_relay


def provenance_graph(
    claim: Claim,
    atts: Sequence[Attribution],
    cits: Sequence[Citation],
    corpus: ProvenanceIndex,
    sources: Sequence[SourceSummary],
    first: set[str],
) -> nx.DiGraph:
    """articles -> outlets they credit -> sources; copies -> their origin; sources ->
    the claim with the stance as edge kind ("asserts", "denies", ...)."""
    g: nx.DiGraph = nx.DiGraph(claim=claim.id, grade=claim.grade)
    cnode = f"claim:{claim.id}"
    g.add_node(cnode, kind="claim", text=claim.text)
    source_node = _add_sources(g, sources)
    _add_articles(g, claim, corpus, first)
    _mark_earliest(g)
    for c in cits:
        g.add_edge(
            f"article:{corpus.origin(c.article)}",
            _outlet_node(g, corpus, first, c.outlet),
            kind="credits",
            cue=c.cue,
            citation=c.kind,
        )
    for att in atts:
        _add_attribution(g, att, cits, corpus, first, source_node, cnode)
    return g


def _add_sources(g: nx.DiGraph, sources: Sequence[SourceSummary]) -> dict[str, str]:
    """One node per collapsed source; every speaker it merged maps to that node."""
    source_node = {x: f"source:{src.speakers[0]}" for src in sources for x in src.speakers}
    for src in sources:
        g.add_node(
            f"source:{src.speakers[0]}",
            kind="source",
            label=src.label,
            type=src.type,
            anonymous=src.anonymous,
            party=src.party,
            speakers=list(src.speakers),
        )
    return source_node


def _outlet_node(g: nx.DiGraph, corpus: ProvenanceIndex, first: set[str], name: str) -> str:
    """An outlet's node, added on first use so only outlets in the chain appear."""
    node = f"outlet:{name}"
    if node not in g:
        found = corpus.find(name)
        g.add_node(
            node,
            kind="outlet",
            name=name,
            first=name in first,
            wire=bool(found and found.wire),
            state_affiliated=bool(found and found.state_affiliated),
        )
    return node


def _add_articles(g: nx.DiGraph, claim: Claim, corpus: ProvenanceIndex, first: set[str]) -> None:
    """Copies point at their origin, and only the origin is tied to its publisher."""
    for a in claim.articles:
        origin = corpus.origin(a)
        for art_id in {a, origin}:
            art = corpus.art.get(art_id)
            g.add_node(
                f"article:{art_id}",
                kind="article",
                outlet=corpus.outlet_of(art_id),
                published=art.published if art else None,
                copy=art_id != origin,
            )
        if a != origin:
            g.add_edge(f"article:{a}", f"article:{origin}", kind="copy_of")
        own = corpus.outlet_of(origin)
        if own:
            g.add_edge(_outlet_node(g, corpus, first, own), f"article:{origin}", kind="published")


def _mark_earliest(g: nx.DiGraph) -> None:
    """Flag the earliest-dated article so renderers can show where the story began."""
    dated = [(d, n) for n, d in g.nodes(data="published") if d]
    if dated:
        g.nodes[min(dated)[1]]["earliest"] = True


def _add_attribution(
    g: nx.DiGraph,
    att: Attribution,
    cits: Sequence[Citation],
    corpus: ProvenanceIndex,
    first: set[str],
    source_node: dict[str, str],
    cnode: str,
) -> None:
    """A relay speaker is an outlet credit, not a source; other speakers take a stance."""
    origin = f"article:{corpus.origin(att.article)}"
    spk = corpus.spk.get(att.speaker or "")
    stance = att.stance or "asserts"
    if spk is not None and is_relay(spk):
        found = corpus.find(spk.name or spk.label)
        g.add_edge(
            origin,
            _outlet_node(g, corpus, first, corpus.name(found.name if found else spk.label)),
            kind="credits",
            cue=att.cue or "",
            citation="attribution",
        )
        return
    node = source_node.get(att.speaker or "")
    if node is None:
        return
    g.add_edge(node, cnode, kind=stance)
    via = _relaying_citations(att, cits)
    for c in via:
        g.add_edge(_outlet_node(g, corpus, first, c.outlet), node, kind="credits", cue=c.cue)
    if not via:
        g.add_edge(origin, node, kind="quotes", stance=stance)


def _relaying_citations(att: Attribution, cits: Sequence[Citation]) -> list[Citation]:
    """A source relayed through an outlet cited in the same sentence hangs off that
    outlet ("The New York Times said an official had confirmed ...")."""
    sent = att.sentence_span or att.span
    return [
        c
        for c in cits
        if c.article == att.article
        and c.kind == "citation"
        and c.sentence_span
        and c.sentence_span[0] <= sent[0] < c.sentence_span[1]
    ]
