"""Which claim candidates to compare: sub-quadratic pair generation for clustering.

Candidates are blocked by actor pairs, by actor and event frame, and by random-hyperplane
LSH signatures of their embeddings; a block larger than ``max_block`` is split further by
another signature, so the number of compared pairs grows with the corpus times the block
cap rather than with its square. Deterministic for a given ``seed``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from sourcetrace.claims import actors

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from sourcetrace.claims.candidates import ClaimCandidate
    from sourcetrace.claims.lexical import WordOverlap


class _PairSet:
    """Pairs met in many pieces, kept once each, with the cosine of their first meeting.

    A one-story corpus meets the same close pair in a dozen blocks (every LSH table puts
    near copies together), so collecting every meeting before deduplicating holds each
    pair many times over. Compacting every ``every`` new meetings keeps about one copy
    of each; compaction keeps first meetings first, so the result is what one
    deduplication at the end would give.
    """

    def __init__(self, every: int) -> None:
        self.codes = np.zeros(0, dtype=np.int64)
        self.sims = np.zeros(0, dtype=np.float32)
        self._codes: list[NDArray[np.int64]] = [self.codes]
        self._sims: list[NDArray[np.float32]] = [self.sims]
        self._pending = 0
        self._every = every

    def add(self, codes: NDArray[np.int64], sims: NDArray[np.float32]) -> None:
        self._codes.append(codes)
        self._sims.append(sims)
        self._pending += len(codes)
        if self._pending >= self._every:
            self.compact()

    def compact(self) -> None:
        code, first = np.unique(np.concatenate(self._codes), return_index=True)
        self.codes, self.sims = code, np.concatenate(self._sims)[first]
        self._codes, self._sims, self._pending = [self.codes], [self.sims], 0


def close_pairs(
    vectors: NDArray[np.float32], pieces: Iterable[NDArray[np.int64]], floor: float,
    rows: int = 512, compact_every: int = 4_000_000, *,
    words: WordOverlap | None = None, word_bonus: float = 0.0,
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.float32]]:
    """Pairs i < j inside any piece with cosine >= ``floor`` (deduplicated, ascending), by
    one small matrix product per piece (row-chunked for a big piece). With ``words``, the
    test is cosine + ``word_bonus`` x rare-word overlap >= ``floor``; the cosine is what is
    returned either way."""
    found = _PairSet(compact_every)
    n = len(vectors)
    for piece in pieces:
        block = vectors[piece]
        for r0 in range(0, len(piece), rows):
            s = block[r0 : r0 + rows] @ block.T
            reach = s
            if words is not None and word_bonus:
                reach = s + word_bonus * words.block(piece[r0 : r0 + rows], piece)
            ii, jj = np.nonzero(reach >= floor)
            gi, gj = piece[ii + r0], piece[jj]
            keep = gi < gj
            found.add(gi[keep] * n + gj[keep], s[ii[keep], jj[keep]])
    found.compact()
    return found.codes // n, found.codes % n, found.sims


def candidate_pairs(
    core: Sequence[ClaimCandidate],
    vectors: NDArray[np.float32],
    *,
    seed: int = 0,
    max_block: int = 64,
    lsh_tables: int = 12,
    lsh_bits: int = 7,
) -> NDArray[np.int64]:
    """Every pair ``(i, j)``, i < j, the blocked clustering compares (``(m, 2)``, sorted)."""
    n = len(core)
    codes = []
    for piece in pieces(core, vectors, seed=seed, max_block=max_block, lsh_tables=lsh_tables,
                        lsh_bits=lsh_bits):
        ii, jj = np.triu_indices(len(piece), k=1)
        a, b = piece[ii], piece[jj]
        codes.append(np.minimum(a, b) * n + np.maximum(a, b))
    if not codes:
        return np.zeros((0, 2), dtype=np.int64)
    uniq = np.unique(np.concatenate(codes))
    return np.stack([uniq // n, uniq % n], axis=1)


def pieces(
    core: Sequence[ClaimCandidate],
    vectors: NDArray[np.float32],
    *,
    seed: int = 0,
    max_block: int = 64,
    lsh_tables: int = 12,
    lsh_bits: int = 7,
) -> Iterator[NDArray[np.int64]]:
    """Groups of candidates to compare among themselves.

    Blocks: actor pairs and actor+frame keys from the parse, and one random-hyperplane
    LSH signature per table. A block of at most ``max_block`` items is one piece; a larger
    one is ordered by another LSH signature (neighbours in direction sit together) and cut
    into consecutive pieces of ``max_block``, twice with a half-piece shift so that
    neighbours across a cut still meet. Each item is thus compared with at most
    2 x ``max_block`` others per block it belongs to: linear in the corpus size.
    """
    if max_block < 2 or lsh_tables < 1 or lsh_bits < 1:
        raise ValueError("max_block must be >= 2, lsh_tables and lsh_bits >= 1")
    n = len(core)
    if n < 2:
        return
    sigs = _signatures(vectors, seed, lsh_tables, lsh_bits)
    cap, half = max_block, max(1, max_block // 2)
    for key, item, secondary in _families(core, sigs, lsh_tables):
        yield from _cut_blocks(key, item, secondary, cap, half)


def _signatures(
    vectors: NDArray[np.float32], seed: int, lsh_tables: int, lsh_bits: int
) -> NDArray[np.int64]:
    """``(lsh_tables, n)`` LSH codes; the hyperplanes come from ``seed`` alone, so the
    same corpus always blocks the same way."""
    rng = np.random.default_rng(seed)
    planes = rng.standard_normal((lsh_tables, vectors.shape[1], lsh_bits))
    weights = (1 << np.arange(lsh_bits)).astype(np.int64)
    # One signature per (table, item): the sign pattern of the projections as an int.
    return np.stack([((vectors @ planes[t].astype(np.float32)) > 0).astype(np.int64) @ weights
                     for t in range(lsh_tables)])


def _families(
    core: Sequence[ClaimCandidate], sigs: NDArray[np.int64], lsh_tables: int
) -> list[tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]]:
    """``(block key, item, secondary order)`` per blocking scheme: the parse keys first,
    then each LSH table, whose oversized blocks are ordered by the next table."""
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
    every = np.arange(len(core), dtype=np.int64)
    for t in range(lsh_tables):
        families.append((sigs[t], every, sigs[(t + 1) % lsh_tables]))
    return families


def _cut_blocks(
    key: NDArray[np.int64], item: NDArray[np.int64], secondary: NDArray[np.int64],
    cap: int, half: int,
) -> Iterator[NDArray[np.int64]]:
    """One family's blocks as pieces of at most ``cap``: the half-shifted second pass
    lets neighbours on either side of a cut still meet."""
    if len(key) < 2:
        return
    order = np.lexsort(np.stack([item, secondary, key]))
    key, item = key[order], item[order]
    cuts = np.flatnonzero(np.diff(key)) + 1
    starts = np.concatenate([[0], cuts])
    ends = np.concatenate([cuts, [len(key)]])
    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
        if e - s < 2:
            continue
        if e - s <= cap:
            yield item[s:e]
            continue
        for lo in range(s, e - 1, cap):
            yield item[lo : min(lo + cap, e)]
        for lo in range(s + half, e - half, cap):
            yield item[lo : min(lo + cap, e)]


def _block_keys(c: ClaimCandidate) -> list[str]:
    keys_of = sorted({e for e in c.entities if not e.startswith("@")})
    keys: list[str] = []
    for a_pos, a in enumerate(keys_of[:6]):
        for b in keys_of[a_pos + 1 : 6]:
            keys.append(f"ee:{a}+{b}")
    frames = actors.frames(c.predicates)
    head = frames[0] if frames else (c.predicates[0] if c.predicates else "")
    for a in keys_of[:6]:
        keys.append(f"ef:{a}|{head}")
    return keys
