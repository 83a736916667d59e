"""Mentions that credit another outlet's report, joined to what that outlet's own article
claims: "According to the Financial Chronicle, which cited people familiar with the
matter, the outage began after a software update by the bank's own staff" restates the
Chronicle's "the problem was traced to a faulty software update installed overnight by
Nordbank's own engineers". The credit says where the words come from; a paraphrase of
them can be too loose for the clustering's threshold, so one that stands alone joins
the claim of the cited outlet's article it is closest to, when close enough
(``ClusterOptions.cited_join``). Only where the corpus holds an article of that outlet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from sourcetrace.claims.sources import best_partners
from sourcetrace.speakers.lexicon import COUNT_WORDS
from sourcetrace.speakers.parse import parse_source
from sourcetrace.speakers.retype import outlet_key

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from sourcetrace.claims.candidates import ClaimCandidate
    from sourcetrace.claims.pairs import ClusterOptions
    from sourcetrace.models import Citation

__all__ = ["cited_joins", "with_cited_outlets"]


def with_cited_outlets(cands: Sequence[ClaimCandidate], citations: Sequence[Citation]
                       ) -> list[ClaimCandidate]:  # fmt: skip
    """The candidates, each with the outlets a prose citation in its sentence credits."""
    prose = [c for c in citations if c.kind == "citation" and c.outlet]
    out = []
    for cand in cands:
        lo, hi = cand.sentence or cand.span
        cited = tuple(dict.fromkeys(outlet_key(c.outlet) for c in prose
                                    if lo <= c.span[0] < hi))
        out.append(replace(cand, cites=cited) if cited else cand)
    return out


def _same_voice(relayed: str | None, reported: str | None) -> bool:
    """The relay's source may be who the outlet's own mention rests on: the outlet itself
    (the report, whoever it cites), the same speaker, or unnamed people both times ("which
    cited people familiar with the matter" / "two people familiar with the bank's
    investigation said"). Not another voice of that article: the relayed cause of an
    outage is no restatement of the bank's own account of it, however alike they read."""
    if relayed is None or relayed == reported:
        return True
    kind = parse_source(relayed).type
    return kind == "outlet" or (kind == "anonymous" and reported is not None
                                and parse_source(reported).type == "anonymous")


def cited_joins(
    core: Sequence[ClaimCandidate], vectors: NDArray[np.float32], labels: Sequence[int],
    opts: ClusterOptions, outlets: Mapping[str, str],
) -> dict[int, int]:
    """Mentions left alone that credit an outlet whose article is in the corpus, with the
    label of the claim they restate: the one holding the mention of that outlet's
    articles their pair score is highest with, at least ``opts.cited_join``, and of the
    same polarity (a relayed "did not" restates no "did")."""
    if opts.cited_join <= 0:
        return {}
    size = Counter(labels)
    by_outlet: dict[str, list[int]] = {}
    for j, c in enumerate(core):
        by_outlet.setdefault(outlet_key(outlets.get(c.article, "")), []).append(j)
    pairs = [(i, j) for i, c in enumerate(core) if size[labels[i]] == 1 and c.cites
             for name in c.cites for j in by_outlet.get(name, ())
             if core[j].article != c.article and core[j].negated == c.negated
             and _same_voice(c.source, core[j].source)]
    joins = {i: labels[j]
             for i, j in best_partners(core, vectors, pairs, opts, opts.cited_join).items()}
    return {**_named_again(core, labels, pairs), **joins}


def _named_again(core: Sequence[ClaimCandidate], labels: Sequence[int],
                 pairs: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Relays that name the source behind the cited report in the report's own words ("The
    Valley News reported, citing people briefed on the investigation, that P" beside the
    News's "..., according to two people briefed on the investigation"), with the label of
    the one claim that source gives in the outlet's articles, when the two share content
    words: the credit and the source say whose statement it is, however loosely it is
    paraphrased ("was the likely cause of the fire" for "sparked the wildfire"). A source
    named by a bare head ("officials") or giving the outlet two claims decides nothing."""
    found: dict[int, set[int]] = {}
    for i, j in pairs:
        relay, told = _source_words(core[i].source), _source_words(core[j].source)
        if (len(relay) >= _NAMING_WORDS and relay <= told
                and len(set(core[i].words) & set(core[j].words)) >= _NAMING_WORDS):
            found.setdefault(i, set()).add(labels[j])
    return {i: next(iter(labs)) for i, labs in found.items() if len(labs) == 1}


_NAMING_WORDS = 2  # words a source description needs to name one source, and words shared


def _source_words(source: str | None) -> set[str]:
    """A source phrase's words but function words and counts ("two people briefed on the
    investigation": people, briefed, investigation)."""
    return {w for w in (source or "").lower().split()
            if w.isalpha() and w not in STOP_WORDS and w not in COUNT_WORDS}
