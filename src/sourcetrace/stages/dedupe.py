"""Duplicate detection: exact copies, near copies (MinHash LSH) and contained copies.

- exact: equal normalised text;
- near: Jaccard similarity of word shingles at or above ``near_threshold``,
  found through MinHash LSH and then checked on the real shingle sets;
- contained: a truncated or partial copy whose shingles lie mostly inside a
  longer text (containment at or above ``containment_threshold``), found
  through MinHash LSH Ensemble.

Candidate search is sub-quadratic; every reported pair is verified exactly,
so LSH false positives never merge articles. Different articles on one story
share phrases, not runs of shingles, and stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sourcetrace.models import Article, DuplicateGroup, normalise_text

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class DedupOptions:
    near_threshold: float = 0.8
    containment_threshold: float = 0.8
    shingle_size: int = 5
    num_perm: int = 128
    seed: int = 1
    min_shingles: int = 8  # texts shorter than this are only checked for exact copies

    def __post_init__(self) -> None:
        for name in ("near_threshold", "containment_threshold"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise ValueError(f"{name} must be in (0, 1], got {value}")
        if self.shingle_size < 1 or self.num_perm < 16:
            raise ValueError("shingle_size must be >= 1 and num_perm >= 16")


def shingles(text: str, k: int) -> set[str]:
    words = _WORD.findall(normalise_text(text))
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


class _UnionFind:
    def __init__(self, items: Sequence[str]) -> None:
        self.parent = {x: x for x in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(frozen=True)
class _Pair:
    a: str
    b: str
    kind: str
    similarity: float


def find_pairs(articles: Sequence[Article], options: DedupOptions) -> list[_Pair]:
    """All verified duplicate pairs (exact, near, contained)."""
    from datasketch import MinHash, MinHashLSH, MinHashLSHEnsemble

    pairs: list[_Pair] = []
    by_norm: dict[str, str] = {}
    unique: list[Article] = []
    for art in articles:
        key = normalise_text(art.text)
        if key in by_norm:
            pairs.append(_Pair(by_norm[key], art.id, "exact", 1.0))
        else:
            by_norm[key] = art.id
            unique.append(art)

    sets = {a.id: shingles(a.text, options.shingle_size) for a in unique}
    usable = [a for a in unique if len(sets[a.id]) >= options.min_shingles]
    if len(usable) < 2:
        return pairs
    hashes: dict[str, MinHash] = {}
    for art in usable:
        mh = MinHash(num_perm=options.num_perm, seed=options.seed)
        mh.update_batch([s.encode("utf-8") for s in sets[art.id]])
        hashes[art.id] = mh

    seen: set[tuple[str, str]] = set()
    # LSH only proposes candidates; pairs are verified exactly against the real
    # thresholds, so the search threshold is capped where banding stays valid.
    lsh = MinHashLSH(threshold=min(options.near_threshold, 0.9), num_perm=options.num_perm)
    for art in usable:
        lsh.insert(art.id, hashes[art.id])
    ensemble = MinHashLSHEnsemble(
        threshold=min(options.containment_threshold, 0.9), num_perm=options.num_perm, num_part=8
    )
    ensemble.index((a.id, hashes[a.id], len(sets[a.id])) for a in usable)

    for art in usable:
        mine = sets[art.id]
        candidates = set(lsh.query(hashes[art.id])) | set(
            ensemble.query(hashes[art.id], len(mine))
        )
        for other in candidates:
            other_id = str(other)
            if other_id == art.id:
                continue
            pair_key = (min(art.id, other_id), max(art.id, other_id))
            if pair_key in seen:
                continue
            seen.add(pair_key)
            theirs = sets[other_id]
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
    # group's canonical member is the full text (the longest), and other groups take
    # the earliest dated copy, then the longest. Ids break ties reproducibly.
    def rank(a: Article) -> tuple[bool, str, int, str]:
        date = "" if kind == "contained" else (a.published or "9999-99-99")
        return (not _credited(a, members), date, -len(a.text), a.id)

    return min(members, key=rank)


def group_duplicates(
    articles: Sequence[Article], *, options: DedupOptions | None = None
) -> tuple[list[DuplicateGroup], list[Article]]:
    """Duplicate groups, and the articles with metadata merged across each group.

    A date known for one copy becomes the date of undated copies (basis
    ``duplicate``); copies that state their own date keep it.
    """
    opts = options or DedupOptions()
    pairs = find_pairs(articles, opts)
    if not pairs:
        return [], list(articles)
    uf = _UnionFind([a.id for a in articles])
    for p in pairs:
        uf.union(p.a, p.b)
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
        kinds = pair_kinds[root]
        kind = "contained" if "contained" in kinds else "near" if "near" in kinds else "exact"
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
