"""Text reuse between articles: which passages one article shares with another.

Candidate pairs come from winnowed fingerprints (Schleimer et al.'s winnowing of k-word
hashes): every shared run of at least ``window + seed - 1`` words leaves at least one
shared fingerprint, and a pair is aligned only when the fingerprints it shares are a
real share of the shorter text's (``min_seed_share``). Fingerprints carried by more
than ``max_df`` articles are boilerplate and ignored. Each candidate is then aligned
(``dedup.align``) and classified:

- ``verbatim``: nearly all of both texts shared, word for word;
- ``edited``: most of both texts shared, with edits inside the passages;
- ``contained``: one text inside the other word for word (a cut copy);
- ``partial``: much of one text inside the other, which has much of its own;
- ``quoted``: what they share lies inside quotation marks (the same statement quoted);
- ``passage``: some passages shared, too little of either text to be a copy.

The first four are copies (``Reuse.copy``); the duplicate groups take them, unless the
link would join two texts through different parts of a third (see ``_coherent``).
Pairs are aligned from the most-shared down; a pair whose articles are already joined
through other copies is not aligned again, so a wire story carried by many sites costs
about one alignment per copy, not one per pair.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from sourcetrace.dedup.align import Span, Words, align, words
from sourcetrace.models import Article, Passage, Reuse, ReuseKind
from sourcetrace.unionfind import UnionFind


@dataclass(frozen=True)
class ReuseOptions:
    enabled: bool = True
    seed: int = 5  # words per fingerprinted k-gram
    window: int = 8  # winnowing window: shared runs of seed + window - 1 words are found
    min_seed_share: float = 0.1  # shared fingerprints / the shorter text's, to align a pair
    max_df: int = 500  # fingerprints in more articles than this are boilerplate
    max_gap: int = 8  # words of edits between two runs of one passage
    min_words: int = 10  # identical words in a passage
    # Share of a text inside the other from which the pair is a copy; fitted on the dev
    # stories and ECB+ by benchmarks/copy_separation.py (the middle of the gap).
    copy_share: float = 0.43
    # Both texts at least this much shared: an edited copy, not a partial one (set by
    # hand between the partial and edited copies of the dev stories).
    edited_share: float = 0.6
    verbatim_share: float = 0.9  # shared this much word for word: verbatim (or contained)
    quoted_share: float = 0.8  # shared words inside quotes in both: the same quotation

    def __post_init__(self) -> None:
        for name in ("min_seed_share", "copy_share", "edited_share", "verbatim_share",
                     "quoted_share"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise ValueError(f"reuse.{name} must be in (0, 1], got {value}")
        if self.seed < 2 or self.window < 1 or self.max_df < 2 or self.min_words < self.seed:
            raise ValueError("reuse: seed >= 2, window >= 1, max_df >= 2, min_words >= seed")


def fingerprints(w: Words, seed: int, window: int) -> np.ndarray:
    """The winnowed fingerprints of a text (sorted, unique): the least hash of every
    ``window`` consecutive k-word hashes."""
    n = len(w) - seed + 1
    if n < 1:
        return np.empty(0, dtype=np.uint32)
    hashes = np.fromiter(
        (zlib.crc32(" ".join(w.norm[i : i + seed]).encode("utf-8")) for i in range(n)),
        dtype=np.uint32, count=n,
    )  # fmt: skip
    if n <= window:
        return np.unique(hashes.min(keepdims=True))
    return np.unique(np.lib.stride_tricks.sliding_window_view(hashes, window).min(axis=1))


def frequent_fingerprints(prints: Sequence[np.ndarray], max_df: int) -> np.ndarray:
    """Fingerprints carried by more than ``max_df`` of the texts (sorted)."""
    if not prints:
        return np.empty(0, dtype=np.uint32)
    values, counts = np.unique(np.concatenate(prints), return_counts=True)
    return values[counts > max_df]


def candidate_pairs(prints: Sequence[np.ndarray], options: ReuseOptions,
                    frequent: np.ndarray | None = None) -> list[tuple[int, int, float]]:  # fmt: skip
    """(i, j, seed share) for every pair worth aligning, most shared first.

    ``frequent`` overrides the fingerprints to ignore; the Spark engine passes the
    corpus-wide set so that a block of the corpus sees the same candidates."""
    if frequent is None:
        frequent = frequent_fingerprints(prints, options.max_df)
    owners = np.concatenate([np.full(len(p), i, dtype=np.int64) for i, p in enumerate(prints)])
    values = np.concatenate(prints) if prints else np.empty(0, dtype=np.uint32)
    keep = ~np.isin(values, frequent)
    owners, values = owners[keep], values[keep]
    order = np.argsort(values, kind="stable")
    owners, values = owners[order], values[order]
    shared: Counter[tuple[int, int]] = Counter()
    if len(values):
        starts = np.flatnonzero(np.diff(values)) + 1
        for run in np.split(owners, starts):
            if len(run) > 1:
                members = sorted(set(run.tolist()))
                shared.update(
                    (a, b) for pos, a in enumerate(members) for b in members[pos + 1 :]
                )
    sizes = [len(p) for p in prints]
    out = []
    for (i, j), count in shared.items():
        share = count / max(1, min(sizes[i], sizes[j]))
        if count >= 2 and share >= options.min_seed_share:
            out.append((i, j, share))
    out.sort(key=lambda t: (-t[2], t[0], t[1]))
    return out


def _passage(a: Words, b: Words, s: Span) -> Passage:
    return Passage(a_start=a.starts[s.a_start], a_end=a.ends[s.a_end - 1],
                   b_start=b.starts[s.b_start], b_end=b.ends[s.b_end - 1],
                   words=s.matched, quoted=s.quoted)  # fmt: skip


def classify(a: Words, b: Words, spans: Sequence[Span],
             options: ReuseOptions) -> tuple[ReuseKind, float, float]:  # fmt: skip
    """(kind, share of a, share of b) of an aligned pair."""
    share_a = sum(s.a_end - s.a_start for s in spans) / max(1, len(a))
    share_b = sum(s.b_end - s.b_start for s in spans) / max(1, len(b))
    matched = sum(s.matched for s in spans)
    quoted = sum(s.quoted for s in spans)
    kind: ReuseKind
    # Word for word: edits (words of a span not matched, on the busier side) at most 2 %
    # of the matched words, so a glitch such as "Timesreported" does not make an edit.
    edits = sum(max(s.a_end - s.a_start, s.b_end - s.b_start) - s.matched for s in spans)
    word_for_word = edits <= 0.02 * matched
    if quoted >= options.quoted_share * matched:
        kind = "quoted"
    elif max(share_a, share_b) < options.copy_share:
        kind = "passage"
    elif min(share_a, share_b) >= options.verbatim_share and word_for_word:
        kind = "verbatim"
    elif max(share_a, share_b) >= options.verbatim_share and word_for_word:
        kind = "contained"
    elif min(share_a, share_b) >= options.edited_share:
        kind = "edited"
    else:
        kind = "partial"
    return kind, round(share_a, 4), round(share_b, 4)



def find_reuse(articles: Sequence[Article], options: ReuseOptions | None = None, *,
               frequent: np.ndarray | None = None,
               joined: UnionFind[str] | None = None) -> list[Reuse]:  # fmt: skip
    """Every reuse pair found among ``articles``, in the order aligned.

    ``joined`` holds articles already known to be copies of each other (exact and near
    copies); it is extended with the copies found here, and a candidate whose articles
    are already joined is not aligned."""
    opts = options or ReuseOptions()
    if not opts.enabled or len(articles) < 2:
        return []
    w = [words(a.text) for a in articles]
    prints = [fingerprints(x, opts.seed, opts.window) for x in w]
    uf = joined if joined is not None else UnionFind([a.id for a in articles])
    found: list[Reuse] = []
    used: dict[int, list[tuple[int, int]]] = {}  # the words through which each text joined
    for i, j, _share in candidate_pairs(prints, opts, frequent):
        a, b = articles[i], articles[j]
        if uf.find(a.id) == uf.find(b.id):
            continue
        spans = align(w[i], w[j], max_gap=opts.max_gap, min_words=opts.min_words)
        if not spans:
            continue
        kind, share_a, share_b = classify(w[i], w[j], spans, opts)
        mine, theirs = [(s.a_start, s.a_end) for s in spans], [(s.b_start, s.b_end) for s in spans]
        first, second, wa, wb = (a, b, w[i], w[j]) if a.id < b.id else (b, a, w[j], w[i])
        if first is not a:
            spans = [Span(s.b_start, s.b_end, s.a_start, s.a_end, s.matched, s.quoted)
                     for s in spans]  # fmt: skip
            spans.sort(key=lambda s: s.a_start)
            share_a, share_b = share_b, share_a
        found.append(Reuse(a=first.id, b=second.id, kind=kind, share_a=share_a, share_b=share_b,
                           passages=tuple(_passage(wa, wb, s) for s in spans)))  # fmt: skip
        if found[-1].copy and _coherent(used.get(i), mine) and _coherent(used.get(j), theirs):
            uf.union(a.id, b.id)
            used.setdefault(i, []).extend(mine)
            used.setdefault(j, []).extend(theirs)
    return found


def _coherent(joined_by: list[tuple[int, int]] | None, passages: list[tuple[int, int]]) -> bool:
    """Whether a new copy link reuses (at least half) the part of an article through which
    it was already joined to copies. An article that carries one story's lead and another
    story's quotes, or a page of several wire items, shares different parts with each: its
    links stay in ``reuse`` but do not join those stories into one group."""
    if not joined_by:
        return True
    size = sum(e - s for s, e in passages)
    inside = sum(max(0, min(e, f) - max(s, g)) for s, e in passages for g, f in joined_by)
    return inside >= 0.5 * size
