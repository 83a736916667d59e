"""Duplicate detection on Spark: MinHash bands and passage fingerprints find candidate
blocks, the stage verifies.

Executors compute each article's MinHash signature (datasketch, the same seed and
permutations as ``dedup/groups.py``) and emit one key per LSH band, a digest of the
normalised text so exact copies of short texts meet too, and one key per winnowed
fingerprint (``dedup.reuse``) that is not boilerplate corpus-wide. Articles that share
a key are linked; the connected components of those links are the only places where
the stage could ever report a pair, because it compares exactly the pairs that share a
band, a digest or fingerprints. Each component with two or more members is then handed,
on an executor, to ``dedup.groups.find_copies`` itself, with the corpus-wide set of
boilerplate fingerprints (a component alone would count them differently): the same
exact verification and alignment, the same canonical choice and the same date
sharing, so groups and reuse equal a single-machine run's.

A bucket of ``n`` articles yields ``n - 1`` links (a star), not ``n^2`` pairs: links
only have to connect a component, verification inside it is the stage's job.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from sourcetrace.dedup.align import words
from sourcetrace.dedup.groups import (
    DedupOptions,
    band_sets,
    find_copies,
    shingles,
    text_digest,
)
from sourcetrace.dedup.reuse import ReuseOptions, fingerprints
from sourcetrace.models import Article, DuplicateGroup, Reuse
from sourcetrace.unionfind import UnionFind

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def _prints(text: str, reuse: ReuseOptions) -> np.ndarray:
    return fingerprints(words(text), reuse.seed, reuse.window)


def blocking_keys(
    rows: Iterable[tuple[int, str]], options: DedupOptions,
    reuse: ReuseOptions | None = None, frequent: frozenset[int] = frozenset(),
) -> Iterator[tuple[str, int]]:
    """``(key, index)`` for every band, the text digest and every fingerprint not in
    ``frequent`` of each ``(index, text)``."""
    from datasketch import MinHash

    # One template per partition: deriving permutations is the costly part of a MinHash.
    template = MinHash(num_perm=options.num_perm, seed=options.seed)
    settings = band_sets(options)
    for index, text in rows:
        yield f"x:{text_digest(text)}", index
        if reuse is not None and reuse.enabled:
            for fp in _prints(text, reuse).tolist():
                if fp not in frequent:
                    yield f"f:{fp}", index
        grams = shingles(text, options.shingle_size)
        if len(grams) < options.min_shingles:
            continue  # the stage checks such texts for exact copies only
        mh = MinHash(num_perm=options.num_perm, seed=options.seed,
                     permutations=template.permutations, scheme=template.scheme)
        mh.update_batch([s.encode("utf-8") for s in grams])
        values = np.asarray(mh.hashvalues, dtype=np.uint64)
        for which, (bands, rows_per_band) in enumerate(settings):
            for band in range(bands):
                chunk = values[band * rows_per_band : (band + 1) * rows_per_band].tobytes()
                # A 16-byte digest of the band: a collision only adds a candidate,
                # which the exact verification then turns down.
                key = hashlib.blake2b(chunk, digest_size=16).hexdigest()
                yield f"{which}:{band}:{key}", index


def _star(members: Iterable[int]) -> list[tuple[int, int]]:
    ordered = sorted(set(members))
    return [(ordered[0], m) for m in ordered[1:]]


def _components(n: int, links: Iterable[tuple[int, int]]) -> list[list[int]]:
    uf = UnionFind(range(n))
    for a, b in links:
        uf.union(a, b)
    return [members for members in uf.groups() if len(members) > 1]


def _group_component(
    articles: Sequence[Article], options: DedupOptions, reuse: ReuseOptions,
    frequent: np.ndarray,
) -> tuple[list[DuplicateGroup], list[Article], list[Reuse]]:
    return find_copies(articles, options=options, reuse=reuse, frequent=frequent)


def spark_group_duplicates(
    spark: SparkSession,
    articles: Sequence[Article],
    *,
    options: DedupOptions | None = None,
    reuse: ReuseOptions | None = None,
    partitions: int | None = None,
) -> tuple[list[DuplicateGroup], list[Article], list[Reuse]]:
    """``find_copies`` computed on Spark: the same groups, merged articles and reuse."""
    opts = options or DedupOptions()
    ropts = reuse or ReuseOptions()
    if len(articles) < 2:
        return find_copies(articles, options=opts, reuse=ropts)
    sc = spark.sparkContext
    slices = partitions or sc.defaultParallelism
    texts = sc.parallelize([(i, a.text) for i, a in enumerate(articles)], slices)
    # Boilerplate fingerprints are counted over the corpus's distinct texts, as the stage
    # does (an exact copy is not aligned, so it does not count).
    max_df = ropts.max_df
    frequent_list: list[int] = (
        texts.map(lambda row: (text_digest(row[1]), row[1]))
        .reduceByKey(lambda first, _: first)
        .flatMap(lambda kv: _prints(kv[1], ropts).tolist())
        .map(lambda fp: (fp, 1))
        .reduceByKey(lambda x, y: x + y)
        .filter(lambda kv: kv[1] > max_df)
        .keys()
        .collect()
    ) if ropts.enabled else []  # fmt: skip
    frequent = frozenset(frequent_list)
    frequent_arr = np.array(sorted(frequent_list), dtype=np.uint32)
    links = (
        texts.mapPartitions(lambda rows: blocking_keys(rows, opts, ropts, frequent))
        .groupByKey()
        .flatMap(lambda kv: _star(kv[1]))
        .distinct()
        .collect()
    )
    components = _components(len(articles), links)
    if not components:
        return [], list(articles), []
    # Global order inside each component: the stage keeps the first of exact copies.
    blocks: list[list[Article]] = [[articles[i] for i in sorted(c)] for c in components]
    results: list[Any] = (
        sc.parallelize(blocks, min(len(blocks), slices))
        .map(lambda block: _group_component(block, opts, ropts, frequent_arr))
        .collect()
    )
    merged: dict[str, Article] = {}
    groups: list[DuplicateGroup] = []
    shared: list[Reuse] = []
    for found, arts, pairs in results:
        groups.extend(found)
        shared.extend(pairs)
        merged.update((a.id, a) for a in arts)
    groups.sort(key=lambda g: g.canonical)
    shared.sort(key=lambda r: (r.a, r.b))
    return groups, [merged.get(a.id, a) for a in articles], shared
