"""Duplicate detection on Spark: banded MinHash keys find candidate blocks, the stage verifies.

Executors compute each article's MinHash signature (datasketch, the same seed and
permutations as ``dedup/groups.py``) and emit one key per LSH band, plus a digest of
the normalised text so exact copies of short texts meet too. Articles that share a
key are linked; the connected components of those links are the only places where
``find_pairs`` could ever report a pair, because it compares exactly the pairs that
share a band or a digest. Each component with two or more members is then handed,
on an executor, to ``stages.dedupe.group_duplicates`` itself: the same exact
verification (shingle Jaccard and containment), the same canonical choice and the
same date sharing, so the groups equal a single-machine run's.

A bucket of ``n`` articles yields ``n - 1`` links (a star), not ``n^2`` pairs: links
only have to connect a component, verification inside it is the stage's job.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from sourcetrace.dedup.groups import (
    MAX_CONTAINED_RATIO,
    DedupOptions,
    band_params,
    group_duplicates,
    shingles,
)
from sourcetrace.models import Article, DuplicateGroup, normalise_text
from sourcetrace.unionfind import UnionFind

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def band_settings(options: DedupOptions) -> list[tuple[int, int]]:
    """(bands, rows) per band set, exactly as ``find_pairs`` chooses them."""
    near_t = min(options.near_threshold, 0.9)
    c = options.containment_threshold
    contained_t = min(c / (MAX_CONTAINED_RATIO + 1.0 - c), 0.9)
    out = [band_params(near_t, options.num_perm)]
    if contained_t < near_t:
        out.append(band_params(contained_t, options.num_perm))
    return out


def blocking_keys(
    rows: Iterable[tuple[int, str]], options: DedupOptions
) -> Iterator[tuple[str, int]]:
    """``(key, index)`` for every band and the text digest of each ``(index, text)``."""
    from datasketch import MinHash

    # One template per partition: deriving permutations is the costly part of a MinHash.
    template = MinHash(num_perm=options.num_perm, seed=options.seed)
    settings = band_settings(options)
    for index, text in rows:
        digest = hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()
        yield f"x:{digest}", index
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
    articles: Sequence[Article], options: DedupOptions
) -> tuple[list[DuplicateGroup], list[Article]]:
    return group_duplicates(articles, options=options)


def spark_group_duplicates(
    spark: SparkSession,
    articles: Sequence[Article],
    *,
    options: DedupOptions | None = None,
    partitions: int | None = None,
) -> tuple[list[DuplicateGroup], list[Article]]:
    """``group_duplicates`` computed on Spark: the same groups and merged articles."""
    opts = options or DedupOptions()
    if len(articles) < 2:
        return group_duplicates(articles, options=opts)
    sc = spark.sparkContext
    slices = partitions or sc.defaultParallelism
    texts = sc.parallelize([(i, a.text) for i, a in enumerate(articles)], slices)
    links = (
        texts.mapPartitions(lambda rows: blocking_keys(rows, opts))
        .groupByKey()
        .flatMap(lambda kv: _star(kv[1]))
        .distinct()
        .collect()
    )
    components = _components(len(articles), links)
    if not components:
        return [], list(articles)
    # Global order inside each component: the stage keeps the first of exact copies.
    blocks: list[list[Article]] = [[articles[i] for i in sorted(c)] for c in components]
    results: list[Any] = (
        sc.parallelize(blocks, min(len(blocks), slices))
        .map(lambda block: _group_component(block, opts))
        .collect()
    )
    merged: dict[str, Article] = {}
    groups: list[DuplicateGroup] = []
    for found, arts in results:
        groups.extend(found)
        merged.update((a.id, a) for a in arts)
    groups.sort(key=lambda g: g.canonical)
    return groups, [merged.get(a.id, a) for a in articles]
