"""Provenance: sources per claim, their independence, relay chains and the sourcing grade.

Entries: ``build_provenance(...)`` and ``link_citations(...)`` (``build``), ``grade_claim``
(``grade``, the rubric of DESIGN.md); sources in ``sources``, the graph in ``graph``, the
outlets between an article and its source (``attributions[].via``) in ``chains``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sourcetrace.models import Claim
from sourcetrace.pipeline import Corpus, Stage, lazy_exports, register
from sourcetrace.settings import Settings

if TYPE_CHECKING:
    from sourcetrace.provenance.build import build_provenance, link_citations
    from sourcetrace.provenance.grade import grade_claim

__all__ = ["build_provenance", "grade_claim", "link_citations"]
__getattr__ = lazy_exports(__name__, {
    "build_provenance": "build", "grade_claim": "grade", "link_citations": "build",
})


def _provenance(corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.provenance.build import build_provenance, link_citations
    from sourcetrace.provenance.chains import CARRY, with_via
    from sourcetrace.provenance.spoken import named_outlet_citations, spoken_citations
    from sourcetrace.speakers.retype import outlet_names

    carry = int(settings.section("provenance").get("relay_carry", CARRY))
    own = {a.id: a.outlet for a in corpus.articles}
    corpus.citations = [*corpus.citations, *spoken_citations(
        corpus.attributions, corpus.speakers, corpus.citations, own)]
    names = set(outlet_names(a.outlet for a in corpus.articles).values())
    corpus.citations = [*corpus.citations, *named_outlet_citations(
        {a.id: a.text for a in corpus.articles}, names, corpus.citations, own)]
    corpus.attributions = with_via(corpus.attributions, corpus.citations, corpus.speakers,
                                   carry=carry)
    corpus.citations = link_citations(corpus.claims, corpus.attributions, corpus.citations,
                                      {a.id: a.text for a in corpus.articles})
    corpus.claims, corpus.graphs = build_provenance(
        corpus.claims,
        corpus.attributions,
        corpus.speakers,
        corpus.citations,
        corpus.articles,
        corpus.duplicate_of,
        agents=claim_agents(corpus.claims, corpus.candidates),
        origins=corpus.origins,
    )


def claim_agents(claims: Sequence[Claim], candidates: Sequence[Any]) -> dict[str, str]:
    """Each claim's agent, from the claims stage's candidates (``text``, ``agent``,
    ``denial``, ``refers_to``): the agent of the mention the claim is worded after, else
    the most common agent of its mentions that are not denials (ties: the first met)."""
    by_id = {c.id: c for c in candidates}
    out: dict[str, str] = {}
    for claim in claims:
        members = [c for k in claim.candidates if (c := by_id.get(k)) is not None
                   and not c.denial and c.refers_to is None]
        lead = next((c.agent for c in members if c.text == claim.text and c.agent), None)
        agents = [c.agent for c in members if c.agent]
        if lead or agents:
            out[claim.id] = lead or Counter(agents).most_common(1)[0][0]
    return out


register(
    Stage("provenance", "corpus", ("claims", "speakers", "citations", "duplicate_groups"),
          ("grades",), _provenance, "independence, first report and sourcing grade per claim"),
)
