"""Cluster claim candidates across articles and paraphrases into claims.

Similarity of two candidates = cosine of their sentence embeddings (MiniLM), adjusted by
what the parse says: agreement of the event frame ("ask"/"seek"/"request" agree; "know" vs
"request" conflict), overlap of normalised actors, and a penalty when the same actors swap
roles ("Russia asked China" vs "China asked Russia"). Negation words are removed before
embedding, so that a denial ("Russia has not asked China for ...") lands with the claim it
denies; a denial of a bare report joins the cluster of the claim it points at.

Pairs are generated sub-quadratically: candidates are blocked by actor pairs, by actor and
frame, and by random-hyperplane LSH signatures of their embeddings; a block larger than
``max_block`` is split further by LSH bits, so the number of compared pairs grows with the
corpus times the block cap rather than with its square. Clusters grow greedily from the
strongest pairs (single link above the threshold), and two clusters merge only when their
centroids also agree and their head frames do not conflict, which stops chaining.
Everything is deterministic for a given ``seed``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from sourcetrace.models import Claim, content_id
from sourcetrace.stages import claim_link as lex

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from sourcetrace.stages.claims import ClaimCandidate

# Mirrors sourcetrace.stages.claims.ARTICLE_CONTEXT (imported lazily there to keep this
# module importable without spaCy).
ARTICLE_CONTEXT = "*"

DEFAULT_THRESHOLD = 0.68
_NEGATION = re.compile(r"\b(?:not|never|no longer)\s+|n't\b|\bno\s+(?=\w)", re.I)

Embedder = Callable[[Sequence[str]], "NDArray[np.float32]"]


@dataclass(frozen=True)
class ClusterOptions:
    """Knobs of the pair generator and scorer (defaults are what the tests pin)."""

    max_block: int = 32  # each item is paired with the next 32 of its block
    lsh_tables: int = 12
    lsh_bits: int = 7
    frame_bonus: float = 0.10
    frame_penalty: float = 0.22
    entity_bonus: float = 0.10
    disjoint_penalty: float = 0.10
    swap_penalty: float = 0.20
    agent_penalty: float = 0.0  # different subjects, neither among the other's actors
    link_margin: float = 0.05  # merging clusters: average similarity >= threshold - margin
    link_sample: int = 24  # members sampled per side for the average-link check


def embedding_text(c: ClaimCandidate) -> str:
    """The text embedded for a candidate: its canonical text without negation words."""
    return _NEGATION.sub("", c.text)


def cluster_claims(
    candidates: Sequence[ClaimCandidate],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    seed: int = 0,
    options: ClusterOptions | None = None,
    embedder: Embedder | None = None,
) -> list[Claim]:
    """Cluster candidates from many articles into claims, ranked by reach.

    ``threshold`` is the minimum adjusted similarity for two mentions to be one claim;
    ``embedder`` defaults to ``sourcetrace.embeddings.embed`` (kept injectable for
    benchmarks that reuse vectors).
    """
    opts = options or ClusterOptions()
    core = [c for c in candidates if c.refers_to is None]
    if not core:
        return []
    vectors = _embed_unique([embedding_text(c) for c in core], embedder)
    labels = cluster_labels(core, vectors, threshold=threshold, seed=seed, options=opts)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, lab in enumerate(labels):
        groups[lab].append(i)
    index_of = {c.id: i for i, c in enumerate(core)}
    attached: dict[int, list[ClaimCandidate]] = defaultdict(list)
    salient = _salient_label_per_article(core, labels)
    for c in candidates:
        if c.refers_to is None:
            continue
        if c.refers_to in index_of:
            attached[labels[index_of[c.refers_to]]].append(c)
        elif c.refers_to == ARTICLE_CONTEXT and c.article in salient:
            attached[salient[c.article]].append(c)
    claims = [
        _make_claim([core[i] for i in members], vectors[members], attached.get(lab, []))
        for lab, members in groups.items()
    ]
    return rank_claims(claims)


def _salient_label_per_article(core: Sequence[ClaimCandidate], labels: list[int]) -> dict[str, int]:
    """Per article, the cluster with most affirmative mentions there (earliest on ties):
    what a denial of "the reports" most likely targets when no nearer report precedes."""
    count: dict[tuple[str, int], int] = defaultdict(int)
    first: dict[tuple[str, int], int] = {}
    for c, lab in zip(core, labels, strict=True):
        if c.negated:
            continue
        key = (c.article, lab)
        count[key] += 1
        first[key] = min(first.get(key, c.order), c.order)
    best: dict[str, tuple[int, int, int]] = {}
    for (art, lab), n in count.items():
        cand = (-n, first[(art, lab)], lab)
        if art not in best or cand < best[art]:
            best[art] = cand
    return {art: v[2] for art, v in best.items()}


def rank_claims(claims: Iterable[Claim], *, min_articles: int = 1) -> list[Claim]:
    """Claims by reach (distinct articles), then mentions, then id; fewer articles dropped."""
    kept = [c for c in claims if len(c.articles) >= min_articles]
    return sorted(kept, key=lambda c: (-len(c.articles), -len(c.candidates), c.id))


def cluster_labels(
    core: Sequence[ClaimCandidate],
    vectors: NDArray[np.float32],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    seed: int = 0,
    options: ClusterOptions | None = None,
    all_pairs: bool = False,
) -> list[int]:
    """Cluster label per candidate. ``all_pairs`` scores every pair instead of the blocked
    ones (the benchmark's exact baseline, quadratic)."""
    opts = options or ClusterOptions()
    if all_pairs:
        idx_a, idx_b = _all_pairs_above(vectors, threshold - opts.frame_bonus - opts.entity_bonus)
    else:
        arr = candidate_pairs(core, vectors, seed=seed, options=opts)
        idx_a, idx_b = arr[:, 0], arr[:, 1]
    edges = scored_edges(core, vectors, idx_a, idx_b, threshold=threshold, options=opts)
    return _greedy_merge(core, vectors, edges, len(core), threshold, opts)


def _all_pairs_above(
    vectors: NDArray[np.float32], floor: float, rows: int = 512
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Every pair i < j with cosine >= ``floor``, by full matrix products (quadratic)."""
    found_a: list[NDArray[np.int64]] = []
    found_b: list[NDArray[np.int64]] = []
    for r0 in range(0, len(vectors), rows):
        sims = vectors[r0 : r0 + rows] @ vectors.T
        ii, jj = np.nonzero(sims >= floor)
        ii = ii + r0
        keep = jj > ii
        found_a.append(ii[keep].astype(np.int64))
        found_b.append(jj[keep].astype(np.int64))
    if not found_a:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(found_a), np.concatenate(found_b)


def scored_edges(
    core: Sequence[ClaimCandidate],
    vectors: NDArray[np.float32],
    idx_a: NDArray[np.int64],
    idx_b: NDArray[np.int64],
    *,
    threshold: float,
    options: ClusterOptions,
    chunk: int = 200_000,
) -> list[tuple[float, int, int]]:
    """Pairs whose adjusted score clears ``threshold``, strongest first. Cosines are
    computed in bulk; a pair whose cosine plus the largest possible bonus cannot reach
    the threshold is skipped before the (slower) parse-based adjustment."""
    ceiling = options.frame_bonus + options.entity_bonus
    edges: list[tuple[float, int, int]] = []
    for lo in range(0, len(idx_a), chunk):
        a, b = idx_a[lo : lo + chunk], idx_b[lo : lo + chunk]
        cos = np.einsum("nd,nd->n", vectors[a], vectors[b])
        for k in np.nonzero(cos >= threshold - ceiling)[0]:
            i, j = int(a[k]), int(b[k])
            sc = pair_score(core[i], core[j], float(cos[k]), options)
            if sc >= threshold:
                edges.append((sc, i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return edges


def candidate_pairs(
    core: Sequence[ClaimCandidate],
    vectors: NDArray[np.float32],
    *,
    seed: int = 0,
    options: ClusterOptions | None = None,
) -> NDArray[np.int64]:
    """Pairs ``(i, j)``, i < j, worth scoring (an ``(m, 2)`` array, sorted).

    Blocks: actor pairs and actor+frame keys from the parse, and one random-hyperplane
    LSH signature per table. Inside each block, items are ordered (by an LSH signature,
    so that neighbours in direction sit together) and each is paired with the next
    ``max_block`` items of the same block: small blocks give all their pairs, large ones
    a bounded window, so the pair count is at most (keys per item) x n x max_block.
    """
    opts = options or ClusterOptions()
    n = len(core)
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    rng = np.random.default_rng(seed)
    planes = rng.standard_normal((opts.lsh_tables, vectors.shape[1], opts.lsh_bits))
    weights = (1 << np.arange(opts.lsh_bits)).astype(np.int64)
    # One signature per (table, item): the sign pattern of the projections as an int.
    sigs = np.stack(
        [
            ((vectors @ planes[t].astype(np.float32)) > 0).astype(np.int64) @ weights
            for t in range(opts.lsh_tables)
        ]
    )
    key_index: dict[str, int] = {}
    keys: list[int] = []
    items: list[int] = []
    for i, c in enumerate(core):
        for block in _block_keys(c):
            keys.append(key_index.setdefault(block, len(key_index)))
            items.append(i)
    item_arr = np.asarray(items, dtype=np.int64)
    families: list[tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]] = [
        (np.asarray(keys, dtype=np.int64), item_arr, sigs[0][item_arr])
    ]
    every = np.arange(n, dtype=np.int64)
    for t in range(opts.lsh_tables):
        families.append((sigs[t], every, sigs[(t + 1) % opts.lsh_tables]))
    codes: list[NDArray[np.int64]] = []
    for key, item, secondary in families:
        if len(key) < 2:
            continue
        order = np.lexsort(np.stack([item, secondary, key]))
        key, item = key[order], item[order]
        for off in range(1, min(opts.max_block, len(key) - 1) + 1):
            same = np.asarray(key[off:] == key[:-off], dtype=bool)
            if not bool(same.any()):
                break  # no block is longer than ``off``
            a, b = item[:-off][same], item[off:][same]
            lo, hi = np.minimum(a, b), np.maximum(a, b)
            codes.append(lo[lo != hi] * n + hi[lo != hi])
    if not codes:
        return np.zeros((0, 2), dtype=np.int64)
    uniq = np.unique(np.concatenate(codes))
    return np.stack([uniq // n, uniq % n], axis=1)


def _block_keys(c: ClaimCandidate) -> list[str]:
    actors = sorted({e for e in c.entities if not e.startswith("@")})
    keys: list[str] = []
    for a_pos, a in enumerate(actors[:6]):
        for b in actors[a_pos + 1 : 6]:
            keys.append(f"ee:{a}+{b}")
    frames = lex.frames(c.predicates)
    head = frames[0] if frames else (c.predicates[0] if c.predicates else "")
    for a in actors[:6]:
        keys.append(f"ef:{a}|{head}")
    return keys


def pair_score(
    a: ClaimCandidate, b: ClaimCandidate, cosine: float, opts: ClusterOptions | None = None
) -> float:
    """Embedding cosine adjusted by agreement of frames, actors and roles."""
    o = opts or ClusterOptions()
    score = cosine
    fa, fb = lex.frames(a.predicates), lex.frames(b.predicates)
    if fa and fb:
        score += o.frame_bonus if fa[0] == fb[0] else -o.frame_penalty
    elif a.predicates and b.predicates and a.predicates[0] == b.predicates[0]:
        score += o.frame_bonus / 2
    ea = {e for e in a.entities if not e.startswith("@")}
    eb = {e for e in b.entities if not e.startswith("@")}
    if ea and eb:
        inter = len(ea & eb)
        if inter == 0:
            score -= o.disjoint_penalty
        else:
            score += o.entity_bonus * inter / len(ea | eb)
    if a.agent and b.agent and a.agent != b.agent and a.agent in eb and b.agent in ea:
        score -= o.swap_penalty  # same actors, swapped roles
    return score


def _greedy_merge(
    core: Sequence[ClaimCandidate],
    vectors: NDArray[np.float32],
    edges: list[tuple[float, int, int]],
    n: int,
    threshold: float,
    opts: ClusterOptions,
) -> list[int]:
    """Merge along the strongest edges; two clusters join only when their *average*
    adjusted similarity (over all cross pairs, sampled when large) clears the threshold
    less a margin, which stops single-link chaining through topical sentences."""
    parent = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _score, i, j in edges:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if _average_link(core, vectors, members[ri], members[rj], opts) < (
            threshold - opts.link_margin
        ):
            continue
        keep, gone = (ri, rj) if ri < rj else (rj, ri)
        parent[gone] = keep
        members[keep] = members[keep] + members.pop(gone)
    roots: dict[int, int] = {}
    return [roots.setdefault(find(i), len(roots)) for i in range(n)]


def _average_link(
    core: Sequence[ClaimCandidate],
    vectors: NDArray[np.float32],
    a: list[int],
    b: list[int],
    opts: ClusterOptions,
) -> float:
    # Evenly spaced samples keep the check bounded (and deterministic) for big clusters.
    a_s = a if len(a) <= opts.link_sample else a[:: max(1, len(a) // opts.link_sample)]
    b_s = b if len(b) <= opts.link_sample else b[:: max(1, len(b) // opts.link_sample)]
    cos = vectors[a_s] @ vectors[b_s].T
    total = 0.0
    for x, i in enumerate(a_s):
        for y, j in enumerate(b_s):
            total += pair_score(core[i], core[j], float(cos[x, y]), opts)
    return total / (len(a_s) * len(b_s))


def _make_claim(
    members: list[ClaimCandidate], vecs: NDArray[np.float32], attached: list[ClaimCandidate]
) -> Claim:
    centroid = vecs.mean(axis=0)
    sims = vecs @ centroid

    def rank(k: int) -> tuple[int, float, int, str]:
        c = members[k]
        # The representative is an affirmative, central mention.
        return (int(c.negated), -float(sims[k]), c.order, c.id)

    rep = members[min(range(len(members)), key=rank)]
    everyone = [*members, *attached]
    ids = tuple(sorted({c.id for c in everyone}))
    return Claim(
        id=content_id("|".join(ids), prefix="c"),
        text=rep.text,
        articles=tuple(sorted({c.article for c in everyone})),
        mentions=tuple(sorted({c.attribution for c in everyone if c.attribution})),
        candidates=ids,
        sentences=tuple(
            sorted({(c.article, c.span[0], c.span[1]) for c in everyone if c.attribution is None})
        ),
    )


def _embed_unique(texts: list[str], embedder: Embedder | None) -> NDArray[np.float32]:
    if embedder is None:
        from sourcetrace.embeddings import embed

        embedder = embed
    uniq = sorted(set(texts))
    table = embedder(uniq)
    pos = {t: k for k, t in enumerate(uniq)}
    return np.asarray(table[[pos[t] for t in texts]], dtype=np.float32)
