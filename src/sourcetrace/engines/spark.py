"""The Spark engine: ingest, dedup and the article stages on a Spark cluster (or local mode).

Same stages, same result as the local engine, on more machines:

- ingest: one task per input file, read by the ingest readers; Parquet inputs are
  read by Spark (``engines.spark_ingest``);
- dedupe: banded MinHash keys on the executors, exact verification per candidate
  block by the dedupe stage itself (``engines.spark_dedup``);
- article stages: ``mapPartitions`` over the articles; each Python worker loads
  spaCy once (``load_nlp`` is cached per process and Spark reuses its workers) and
  runs the local engine's own chunk function, so stage logic exists once;
- corpus stages after the article stages (speakers, stance, claim clustering,
  provenance, timeline) run on the driver over the collected per-article results,
  exactly as in the local engine. That suits corpora whose findings fit in the
  driver's memory (hundreds of thousands of articles); see docs/spark.md.

Articles and per-article results go through the store as in a local run (the
store is the shared record of what was analysed, and its per-article cache lets a
re-run skip finished articles), so both engines give the same JSON v1 document.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from sourcetrace.engines.cache import cache_key, work_from_data
from sourcetrace.engines.common import (
    absorb,
    article_block_name,
    run_corpus_stages,
    scope,
    split_stages,
    timed,
)
from sourcetrace.engines.local import (
    INGEST_BATCH,
    Progress,
    _analyse_chunk,
    _noop,
    keep_fresh,
)
from sourcetrace.engines.spark_ingest import read_inputs, spark_session
from sourcetrace.ingest.inputs import IngestOptions
from sourcetrace.models import Article, Rejection
from sourcetrace.pipeline import ArticleWork, Corpus, Stage
from sourcetrace.settings import Settings
from sourcetrace.store.base import SQLStore

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

# Articles per partition of the article stages: enough to amortise a partition's
# start, few enough that a failed task repeats little work.
ARTICLES_PER_PARTITION = 256

PartitionResult = tuple[int, dict[str, Any], list[Rejection]]


def _ingest(
    spark: SparkSession, inputs: Sequence[str], store: SQLStore, settings: Settings,
    progress: Progress,
) -> tuple[list[str], list[Rejection]]:
    fetcher = None
    if any(i.startswith(("http://", "https://", "feed:")) for i in inputs):
        from sourcetrace.ingest.fetch import Fetcher, FetchOptions

        fetcher = Fetcher(FetchOptions(**settings.section("fetch")))
    try:
        items = read_inputs(spark, inputs, IngestOptions(**settings.section("ingest")), fetcher)
    finally:
        if fetcher is not None:
            fetcher.close()
    ids: list[str] = []
    seen: set[str] = set()
    rejections: list[Rejection] = []
    batch: list[Article] = []
    for _, item in items:
        if isinstance(item, Rejection):
            rejections.append(item)
            continue
        if item.id not in seen:  # the same file given twice is one article
            seen.add(item.id)
            ids.append(item.id)
            batch.append(item)
        if len(batch) >= INGEST_BATCH:
            store.add_articles(batch)
            batch = []
    store.add_articles(batch)
    store.add_rejections(rejections)
    progress("ingest", len(items), len(items))
    return ids, rejections


def analyse_partition(
    rows: Iterable[tuple[int, Article]], stages: Sequence[Stage], settings: Settings
) -> Iterator[PartitionResult]:
    """Run the article stages over one partition, in chunks of ``[nlp] batch_size``."""
    batch_size = int(settings.section("nlp").get("batch_size", 32))
    chunk: list[tuple[int, Article]] = []

    def flush() -> Iterator[PartitionResult]:
        data = _analyse_chunk([a for _, a in chunk], stages, settings, batch_size)
        for (index, _), (d, failed) in zip(chunk, data, strict=True):
            yield index, d, failed

    for row in rows:
        chunk.append(row)
        if len(chunk) >= batch_size:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()


def run_article_stages(
    spark: SparkSession,
    articles: Sequence[Article],
    stages: Sequence[Stage],
    store: SQLStore,
    settings: Settings,
    progress: Progress = _noop,
    failures: list[Rejection] | None = None,
) -> list[ArticleWork]:
    """The article stages over ``articles`` on Spark, using and filling the store's cache."""
    article_stages = [s for s in stages if s.scope == "article"]
    if not article_stages:
        return [ArticleWork(article=a) for a in articles]
    keys = {a.id: cache_key(a, article_stages, settings) for a in articles}
    cached = store.cached_results("article", keys)
    works = {a.id: work_from_data(a, cached[a.id]) for a in articles if a.id in cached}
    del cached
    todo = [(i, a) for i, a in enumerate(articles) if a.id not in works]
    progress("analyse", len(works), len(articles))
    if todo:
        sc = spark.sparkContext
        slices = max(
            min(len(todo), sc.defaultParallelism), math.ceil(len(todo) / ARTICLES_PER_PARTITION)
        )
        results: list[PartitionResult] = (
            sc.parallelize(todo, slices)
            .mapPartitions(lambda rows: analyse_partition(rows, article_stages, settings))
            .collect()
        )
        results.sort(key=lambda r: r[0])  # failures are reported in article order
        keep_fresh(
            ((articles[index], data, failed) for index, data, failed in results),
            works, keys, store, failures,
        )
        progress("analyse", len(todo), len(articles))
    return [works[a.id] for a in articles]


def _dedupe(spark: SparkSession, corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.dedup.groups import DedupOptions
    from sourcetrace.dedup.reuse import ReuseOptions
    from sourcetrace.engines.spark_dedup import spark_group_duplicates

    opts = DedupOptions(**settings.section("dedupe"))
    reuse = ReuseOptions(**settings.section("reuse"))
    corpus.duplicate_groups, corpus.articles, corpus.reuse = spark_group_duplicates(
        spark, corpus.articles, options=opts, reuse=reuse
    )



# Stages Spark runs with an implementation of its own instead of the registered one.
_ON_SPARK: dict[str, Callable[[SparkSession, Corpus, Settings], None]] = {"dedupe": _dedupe}


def run(
    inputs: Sequence[str] | None,
    *,
    store: SQLStore,
    settings: Settings,
    stages: Sequence[Stage],
    article_ids: Sequence[str] | None = None,
    progress: Progress = _noop,
    spark: SparkSession | None = None,
) -> Corpus:
    """Ingest ``inputs`` (if any) and analyse them on Spark; the local engine's contract.

    ``spark`` is a session to use; by default the active one or a new local session
    (``spark_session()``).
    """
    spark = spark or spark_session()
    corpus = Corpus()
    ingested = None
    if inputs is not None:
        with timed(corpus, "ingest"):
            ingested, corpus.rejections = _ingest(spark, list(inputs), store, settings, progress)
    corpus.articles = store.articles(scope(ingested, article_ids, store))

    before, article_stages, after = split_stages(stages)
    for stage in before:
        own = _ON_SPARK.get(stage.name)
        with timed(corpus, stage.name):
            if own is not None:
                own(spark, corpus, settings)
            else:
                stage.run(corpus, settings)
        progress(stage.name, 1, 1)
    with timed(corpus, article_block_name(article_stages)):
        works = run_article_stages(
            spark, corpus.articles, article_stages, store, settings, progress,
            failures=corpus.rejections,
        )
        absorb(corpus, works)
    # Corpus stages on the driver (claim clustering blocks its own pairs; see docs/spark.md).
    run_corpus_stages(corpus, after, settings, store, progress)
    return corpus
