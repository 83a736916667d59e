"""Duplicate detection: exact, near (MinHash LSH), contained, edited and partial copies.

- exact: equal normalised text;
- near: Jaccard similarity of word shingles at or above ``near_threshold``,
  found through MinHash LSH and then checked on the real shingle sets;
- contained: a truncated or partial copy whose shingles lie mostly inside a
  longer text (containment at or above ``containment_threshold``), found
  through MinHash LSH tuned to the Jaccard such a copy has with a text up to
  three times its length;
- edited and partial: copies found by passage alignment (``dedup.reuse``): most of
  both texts shared with edits, or most of one inside the other.

Candidate search is sub-quadratic; every reported pair is verified exactly,
so LSH false positives never merge articles. Different articles on one story
share phrases, not runs of shingles, and stay apart.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from sourcetrace.dedup.reuse import ReuseOptions, find_reuse
from sourcetrace.models import Article, DuplicateGroup, DuplicateKind, Reuse, normalise_text
from sourcetrace.unionfind import UnionFind

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class DedupOptions:
    near_threshold: float = 0.8
    containment_threshold: float = 0.8
    shingle_size: int = 5
    num_perm: int = 128
    seed: int = 1
    min_shingles: int = 8  # texts shorter than this are only checked for exact copies
    # Containment candidates are searched among texts up to this many times longer than
    # the partial copy (a copy that keeps a third of the text or more); verification is
    # exact, so this bounds only what LSH proposes.
    max_contained_ratio: float = 3.0

    def search_thresholds(self) -> tuple[float, float]:
        """The Jaccard thresholds LSH bands for: near copies, and contained copies, whose
        Jaccard with the full text is far below the near-copy threshold. Capped where
        banding stays useful: pairs are verified exactly against the real thresholds."""
        c = self.containment_threshold
        return (min(self.near_threshold, 0.9),
                min(c / (self.max_contained_ratio + 1.0 - c), 0.9))

    def __post_init__(self) -> None:
        for name in ("near_threshold", "containment_threshold"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise ValueError(f"{name} must be in (0, 1], got {value}")
        if self.shingle_size < 1 or self.num_perm < 16:
            raise ValueError("shingle_size must be >= 1 and num_perm >= 16")
        if self.max_contained_ratio < 1.0:
            raise ValueError("max_contained_ratio must be >= 1")


def shingles(text: str, k: int) -> set[str]:
    words = _WORD.findall(normalise_text(text))
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


@dataclass(frozen=True)
class _Pair:
    a: str
    b: str
    kind: str
    similarity: float


class _ShingleCache:
    """Shingle sets for the few articles LSH pairs up, recomputed on demand.

    Holding every article's shingle set at once costs ~30 KB per article (gigabytes
    at 100k articles); candidates are rare, so recomputing them is cheap.
    """

    def __init__(self, texts: dict[str, str], k: int, size: int = 512) -> None:
        self.texts, self.k, self.size = texts, k, size
        self.cache: dict[str, set[str]] = {}

    def get(self, aid: str) -> set[str]:
        found = self.cache.get(aid)
        if found is None:
            if len(self.cache) >= self.size:
                del self.cache[next(iter(self.cache))]  # oldest first
            found = self.cache[aid] = shingles(self.texts[aid], self.k)
        return found


def _area(y: np.ndarray, x: np.ndarray) -> float:
    """Trapezoid rule (numpy renamed ``trapz`` to ``trapezoid`` in 2.0; we support both)."""
    return float(((y[1:] + y[:-1]) * np.diff(x)).sum() / 2.0) if len(x) > 1 else 0.0


@lru_cache(maxsize=16)
def band_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows per band whose S-curve best separates pairs at ``threshold``.

    Minimises the area of false positives below and false negatives above the
    threshold (the usual LSH tuning), with equal weights.
    """
    grid = np.linspace(0.0, 1.0, 201)
    best, best_cost = (1, num_perm), float("inf")
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        prob = 1.0 - (1.0 - grid**rows) ** bands
        below, above = grid < threshold, grid >= threshold
        cost = _area(prob[below], grid[below]) + _area(1.0 - prob[above], grid[above])
        if cost < best_cost:
            best, best_cost = (bands, rows), cost
    return best


def _band_pairs(values: np.ndarray, bands: int, rows: int) -> set[tuple[int, int]]:
    """Index pairs that agree on every row of at least one band.

    Bands are compared as sorted arrays, not Python dicts: a few bytes per article
    and band instead of a few hundred (the difference between megabytes and
    gigabytes at 100k articles).
    """
    found: set[tuple[int, int]] = set()
    for band in range(bands):
        block = np.ascontiguousarray(values[:, band * rows : (band + 1) * rows])
        keys = block.view(np.dtype((np.void, block.dtype.itemsize * rows))).ravel()
        _, group = np.unique(keys, return_inverse=True)
        order = np.argsort(group, kind="stable")
        sorted_group = group[order]
        starts = np.flatnonzero(np.diff(sorted_group)) + 1
        for run in np.split(order, starts):
            if len(run) > 1:
                members = sorted(int(i) for i in run)
                found.update(
                    (a, b) for pos, a in enumerate(members) for b in members[pos + 1 :]
                )
    return found


def find_pairs(articles: Sequence[Article], options: DedupOptions) -> list[_Pair]:
    """All verified duplicate pairs (exact, near, contained).

    Candidates come from banded MinHash signatures (LSH), one band set tuned to
    the near-copy threshold and one to the Jaccard a contained copy has with a
    text up to ``DedupOptions.max_contained_ratio`` times longer. Memory grows by ~1.5 KB per
    article (a text digest, a 128-value signature), not with its shingles.
    """
    pairs, unique = _exact_copies(articles)
    return pairs + _minhash_pairs(unique, options)


def _minhash_pairs(unique: Sequence[Article], options: DedupOptions) -> list[_Pair]:
    """Near and contained pairs among texts that are not exact copies of each other."""
    signatures, usable = _signatures(unique, options)
    if len(usable) < 2:
        return []
    return _verified(usable, _lsh_candidates(signatures, options), options)


def text_digest(text: str) -> str:
    """The key exact copies share: a digest of the normalised text (not the text itself:
    one more copy of every text adds up)."""
    return hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()


def _exact_copies(articles: Sequence[Article]) -> tuple[list[_Pair], list[Article]]:
    """Exact pairs, and one article per distinct text: an exact copy needs no MinHash."""
    pairs: list[_Pair] = []
    by_norm: dict[str, str] = {}
    unique: list[Article] = []
    for art in articles:
        # A digest, not the normalised text itself: one more copy of every text adds up.
        key = text_digest(art.text)
        if key in by_norm:
            pairs.append(_Pair(by_norm[key], art.id, "exact", 1.0))
        else:
            by_norm[key] = art.id
            unique.append(art)
    return pairs, unique


def _signatures(
    unique: Sequence[Article], options: DedupOptions
) -> tuple[np.ndarray, list[Article]]:
    """MinHash signatures of the texts long enough to compare (row i is ``usable[i]``);
    shorter texts only take part in exact matching."""
    from datasketch import MinHash

    # Built once and shared: each MinHash would otherwise derive its own permutations.
    template = MinHash(num_perm=options.num_perm, seed=options.seed)
    signatures = np.empty((len(unique), options.num_perm), dtype=np.uint64)
    usable: list[Article] = []
    for art in unique:
        grams = shingles(art.text, options.shingle_size)
        if len(grams) < options.min_shingles:
            continue
        mh = MinHash(num_perm=options.num_perm, seed=options.seed,
                     permutations=template.permutations, scheme=template.scheme)
        mh.update_batch([s.encode("utf-8") for s in grams])
        signatures[len(usable)] = mh.hashvalues
        usable.append(art)
    return signatures[: len(usable)], usable


def band_sets(options: DedupOptions) -> list[tuple[int, int]]:
    """(bands, rows) per LSH band set: one for near copies, a second for contained copies
    when their search threshold is lower (``DedupOptions.search_thresholds``). The local
    and the Spark dedup both band with these."""
    near_t, contained_t = options.search_thresholds()
    out = [band_params(near_t, options.num_perm)]
    if contained_t < near_t:
        out.append(band_params(contained_t, options.num_perm))
    return out


def _lsh_candidates(signatures: np.ndarray, options: DedupOptions) -> set[tuple[int, int]]:
    """Index pairs worth verifying, from every band set."""
    candidates: set[tuple[int, int]] = set()
    for bands, rows in band_sets(options):
        candidates |= _band_pairs(signatures, bands, rows)
    return candidates


def _verified(
    usable: Sequence[Article], candidates: set[tuple[int, int]], options: DedupOptions
) -> list[_Pair]:
    """Candidates checked on the real shingle sets, in index order (a set's own order
    would make the output vary); LSH false positives are dropped here."""
    pairs: list[_Pair] = []
    sets = _ShingleCache({a.id: a.text for a in usable}, options.shingle_size)
    for i, j in sorted(candidates):
        a_id, b_id = usable[i].id, usable[j].id
        pair_key = (min(a_id, b_id), max(a_id, b_id))
        mine, theirs = sets.get(a_id), sets.get(b_id)
        inter = len(mine & theirs)
        jaccard = inter / len(mine | theirs)
        if jaccard >= options.near_threshold:
            pairs.append(_Pair(pair_key[0], pair_key[1], "near", round(jaccard, 4)))
            continue
        small, big = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
        containment = inter / len(small)
        if containment >= options.containment_threshold and len(small) < len(big):
            pairs.append(_Pair(pair_key[0], pair_key[1], "contained", round(containment, 4)))
    return pairs


def _credited(member: Article, members: list[Article]) -> bool:
    """True when the copies credit this member's outlet in their dateline, e.g. "(Reuters)"."""
    if not member.outlet:
        return False
    mark = f"({member.outlet}".casefold()
    return all(mark in m.text[:400].casefold() for m in members)


def _canonical(members: list[Article], kind: str) -> Article:
    # The copy whose outlet every copy credits is the origin. Otherwise a contained
    # or partial group's canonical member is the fullest text (the longest), and other groups take
    # the earliest dated copy, then the longest. Ids break ties reproducibly.
    def rank(a: Article) -> tuple[bool, str, int, str]:
        date = "" if kind in ("contained", "partial") else (a.published or "9999-99-99")
        return (not _credited(a, members), date, -len(a.text), a.id)

    return min(members, key=rank)


def group_duplicates(
    articles: Sequence[Article], *, options: DedupOptions | None = None,
    reuse: ReuseOptions | None = None,
) -> tuple[list[DuplicateGroup], list[Article]]:
    """Duplicate groups, and the articles with metadata merged across each group
    (``find_copies`` without the reuse pairs)."""
    groups, merged, _ = find_copies(articles, options=options, reuse=reuse)
    return groups, merged


# Kinds of reuse that make a duplicate pair, as a group kind; whole-text copies found by
# the alignment but not by MinHash (short texts) are near copies.
_REUSE_AS_GROUP: dict[str, DuplicateKind] = {
    "verbatim": "near", "edited": "edited", "contained": "contained", "partial": "partial",
}
# A group takes the kind of its loosest pair.
_LOOSENESS: tuple[DuplicateKind, ...] = ("exact", "near", "contained", "partial", "edited")


def find_copies(
    articles: Sequence[Article], *, options: DedupOptions | None = None,
    reuse: ReuseOptions | None = None, frequent: np.ndarray | None = None,
) -> tuple[list[DuplicateGroup], list[Article], list[Reuse]]:
    """Duplicate groups, the articles with metadata merged across each group, and the
    passages articles share (``dedup.reuse``; its copies join the groups).

    A date known for one copy becomes the date of undated copies (basis
    ``duplicate``); copies that state their own date keep it. ``frequent`` is handed to
    ``find_reuse`` (the Spark engine's corpus-wide boilerplate fingerprints).
    """
    opts = options or DedupOptions()
    pairs, unique = _exact_copies(articles)
    uf = UnionFind([a.id for a in articles])
    for p in pairs:
        uf.union(p.a, p.b)
    # Alignment names the kind of a copy; a near or contained pair it does not take for
    # a copy (too short to align) keeps the kind MinHash found.
    found = find_reuse(unique, reuse, frequent=frequent, joined=uf)
    copies = {(r.a, r.b) for r in found if r.copy}
    # A copy link the alignment did not join (it would tie two stories through a third)
    # names no group's kind unless other links joined its articles anyway.
    pairs.extend(
        _Pair(r.a, r.b, _REUSE_AS_GROUP[r.kind], max(r.share_a, r.share_b))
        for r in found if r.copy and uf.find(r.a) == uf.find(r.b)
    )  # fmt: skip
    for p in _minhash_pairs(unique, opts):
        if (p.a, p.b) not in copies:
            uf.union(p.a, p.b)
            pairs.append(p)
    found.sort(key=lambda r: (r.a, r.b))
    if not pairs:
        return [], list(articles), found
    groups, merged = _groups(articles, pairs, uf)
    return groups, merged, found


def _groups(articles: Sequence[Article], pairs: list[_Pair],
            uf: UnionFind[str]) -> tuple[list[DuplicateGroup], list[Article]]:  # fmt: skip
    """The groups of joined articles, each of the kind of its loosest pair, and the
    articles with a copy's date and headline shared."""
    by_id = {a.id: a for a in articles}
    clusters: dict[str, list[Article]] = {}
    for art in articles:
        clusters.setdefault(uf.find(art.id), []).append(art)

    pair_kinds: dict[str, set[str]] = {}
    pair_sims: dict[str, list[float]] = {}
    for p in pairs:
        root = uf.find(p.a)
        pair_kinds.setdefault(root, set()).add(p.kind)
        pair_sims.setdefault(root, []).append(p.similarity)

    groups: list[DuplicateGroup] = []
    merged = dict(by_id)
    for root, members in clusters.items():
        if len(members) < 2:
            continue
        kind = max(pair_kinds[root], key=_LOOSENESS.index)
        canon = _canonical(members, kind)
        ordered = [canon.id] + sorted(m.id for m in members if m.id != canon.id)
        groups.append(
            DuplicateGroup(
                canonical=canon.id,
                members=tuple(ordered),
                kind=kind,  # type: ignore[arg-type]
                similarity=min(pair_sims[root]),
            )
        )
        dates = sorted({m.published for m in members if m.published})
        if len(dates) == 1:
            for m in members:
                if not m.published:
                    merged[m.id] = replace(m, published=dates[0], published_basis="duplicate")
        for m in members:
            # A copy without a headline shows the canonical one; outlets stay per copy.
            if not merged[m.id].title and canon.title:
                merged[m.id] = replace(merged[m.id], title=canon.title)
    groups.sort(key=lambda g: g.canonical)
    return groups, [merged[a.id] for a in articles]


def duplicate_of(groups: Sequence[DuplicateGroup]) -> dict[str, str]:
    """Member id -> canonical id, for every non-canonical member."""
    return {m: g.canonical for g in groups for m in g.members if m != g.canonical}
