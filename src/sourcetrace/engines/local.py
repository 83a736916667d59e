"""The local engine: runs the pipeline on this machine, streaming articles in batches.

Ingest streams inputs into the store in batches. The article stages (spaCy
parse, attributions, dates ...) run in one worker process per core (``[engine]
workers`` or ``SOURCETRACE_WORKERS`` to choose), each loading the model once.
Per-article results are written to the store after every chunk, so an
interrupted run (even ``kill -9``) resumes where it stopped: a re-run parses
only articles whose cached results are missing or stale.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from sourcetrace.engines.cache import (
    cache_key,
    work_from_data,
    work_to_data,
)
from sourcetrace.engines.common import (
    absorb,
    article_block_name,
    run_corpus_stages,
    scope,
    split_stages,
    timed,
)
from sourcetrace.errors import SourcetraceError
from sourcetrace.ingest.inputs import IngestOptions, ingest
from sourcetrace.models import Article, Rejection
from sourcetrace.pipeline import ArticleWork, Corpus, Stage, all_stages
from sourcetrace.settings import Settings
from sourcetrace.store.base import SQLStore

Progress = Callable[[str, int, int | None], None]  # (phase, advance, total)

INGEST_BATCH = 200


def _noop(phase: str, advance: int, total: int | None) -> None:
    return None


def ingest_into(
    inputs: Iterable[str], store: SQLStore, settings: Settings, progress: Progress = _noop
) -> tuple[list[str], list[Rejection]]:
    """Ingest inputs into the store in batches; return this run's article ids and rejections."""
    opts = IngestOptions(**settings.section("ingest"))
    inputs = list(inputs)
    fetcher = None
    if any(i.startswith(("http://", "https://", "feed:")) for i in inputs):
        from sourcetrace.ingest.fetch import Fetcher, FetchOptions

        # One fetcher for the run: per-host rates and robots.txt are shared by all URLs.
        fetcher = Fetcher(FetchOptions(**settings.section("fetch")))
    try:
        return _ingest_batches(inputs, store, opts, fetcher, progress)
    finally:
        if fetcher is not None:
            fetcher.close()


def _ingest_batches(
    inputs: list[str], store: SQLStore, opts: IngestOptions, fetcher: Any, progress: Progress
) -> tuple[list[str], list[Rejection]]:
    ids: list[str] = []
    seen: set[str] = set()
    rejections: list[Rejection] = []
    batch: list[Article] = []
    for item in ingest(inputs, options=opts, fetcher=fetcher):
        if isinstance(item, Rejection):
            rejections.append(item)
            progress("ingest", 1, None)
            continue
        if item.id not in seen:
            seen.add(item.id)
            ids.append(item.id)
            batch.append(item)
        if len(batch) >= INGEST_BATCH:
            store.add_articles(batch)
            batch = []
        progress("ingest", 1, None)
    store.add_articles(batch)
    store.add_rejections(rejections)
    return ids, rejections


def _run_one(work: ArticleWork, runners: Sequence[Stage], settings: Settings) -> list[Rejection]:
    """Run the article stages on one article; a failing stage is reported, not fatal.

    A stage that raises leaves its outputs empty for this article only; later stages
    still run, and the failure is reported as a rejection with the stage's name.
    """
    failures: list[Rejection] = []
    for stage in runners:
        try:
            stage.run(work, settings)
        except Exception as exc:  # one odd article must never stop the batch
            failures.append(
                Rejection(
                    path=work.article.path,
                    line=work.article.line,
                    reason=f"stage {stage.name!r} failed on article {work.article.id}: "
                    f"{type(exc).__name__}: {exc}",
                    code="E600",
                )
            )
    return failures


def _workers(settings: Settings) -> int:
    """Worker processes for the article stages: ``[engine] workers`` or every core."""
    configured = settings.section("engine").get("workers") or os.environ.get("SOURCETRACE_WORKERS")
    return max(1, int(configured) if configured else (os.cpu_count() or 1))


ChunkResult = list[tuple[dict[str, Any], list[Rejection]]]


def _analyse_chunk(
    chunk: Sequence[Article], article_stages: Sequence[Stage], settings: Settings, batch_size: int
) -> ChunkResult:
    """Parse one chunk and run the article stages on it: per article, its data and failures."""
    runners = [s for s in article_stages if s.batch is None]
    docs: list[Any] = [None] * len(chunk)
    for stage in article_stages:
        if stage.batch is not None:
            docs = stage.batch([a.text for a in chunk], batch_size)
    out = []
    for art, doc in zip(chunk, docs, strict=True):
        work = ArticleWork(article=art, doc=doc)
        failed = _run_one(work, runners, settings)
        out.append((work_to_data(work), failed))
    return out


# -- worker processes -----------------------------------------------------------
_WORKER: dict[str, Any] = {}


def _watch_parent(parent: int) -> None:
    # A worker whose parent was killed (kill -9 mid-run) must not linger.
    # (Forked workers inherit no threads, so the watcher is started in each.)
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(names: tuple[str, ...], settings: Settings, batch_size: int, parent: int) -> None:
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    # One process per core already: BLAS/torch threads inside each would oversubscribe.
    with contextlib.suppress(ImportError):
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    by_name = {s.name: s for s in all_stages()}
    stages = [by_name[n] for n in names]
    _WORKER.update(stages=stages, settings=settings, batch_size=batch_size)
    _warm_up(stages)  # once per worker, before the first chunk arrives


def _warm_up(stages: Sequence[Stage]) -> None:
    for stage in stages:
        if stage.warmup is not None:
            stage.warmup()


def _worker_chunk(chunk: list[Article]) -> ChunkResult:
    return _analyse_chunk(chunk, _WORKER["stages"], _WORKER["settings"], _WORKER["batch_size"])


def _parallel_ok(article_stages: Sequence[Stage]) -> bool:
    # Workers look stages up by name, so only the pipeline's own stages can travel.
    by_name = {s.name: s for s in all_stages()}
    return all(by_name.get(s.name) is s for s in article_stages)


def _start_method(stages: Sequence[Stage]) -> str:
    """``fork`` when this process runs no other thread, else ``spawn``.

    Forked workers start at once and share the parent's loaded model (copy on
    write) instead of each importing spaCy and loading it again, which is most of
    a small run's cost. Forking while other threads run (a progress bar, a web
    server) could copy a lock held mid-use, so then workers are spawned.
    """
    if threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return "spawn"
    _warm_up(stages)  # loaded once here, inherited by every worker
    return "fork"


def _chunks_in_pool(
    chunks: list[list[Article]],
    article_stages: Sequence[Stage],
    settings: Settings,
    batch_size: int,
    workers: int,
) -> Iterator[tuple[list[Article], ChunkResult]]:
    """Chunk results in order, at most two chunks per worker in flight (bounded memory)."""
    names = tuple(s.name for s in article_stages)
    ctx = multiprocessing.get_context(_start_method(article_stages))
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=ctx,
        initializer=_init_worker,
        initargs=(names, settings, batch_size, os.getpid()),
    ) as pool:
        pending: deque[tuple[list[Article], Future[ChunkResult]]] = deque()
        todo = iter(chunks)
        try:
            while True:
                while len(pending) < 2 * workers and (chunk := next(todo, None)) is not None:
                    pending.append((chunk, pool.submit(_worker_chunk, chunk)))
                if not pending:
                    return
                chunk, future = pending.popleft()
                yield chunk, future.result()
        except BrokenProcessPool as exc:
            raise SourcetraceError(
                "a worker process died (out of memory, or a script that runs analyze() "
                "outside `if __name__ == '__main__':`)",
                code="E502",
            ) from exc
        finally:
            for _, future in pending:
                future.cancel()


def _results(
    chunks: list[list[Article]],
    article_stages: Sequence[Stage],
    settings: Settings,
    batch_size: int,
    workers: int,
) -> Iterator[tuple[list[Article], ChunkResult]]:
    """Chunk results from worker processes, or in-process when workers fail.

    Workers can die for reasons outside our control: out of memory, or a caller's
    script that starts work at import time without ``if __name__ == "__main__":``
    (spawned workers import the main module). The chunks not yet done then run
    here, so the analysis still completes with the same result, only slower.
    """
    done = 0
    if workers > 1:
        try:
            for item in _chunks_in_pool(chunks, article_stages, settings, batch_size, workers):
                yield item
                done += 1
            return
        except SourcetraceError as exc:
            if exc.code != "E502":
                raise
            warnings.warn(f"{exc}; continuing in one process", RuntimeWarning, stacklevel=2)
    for chunk in chunks[done:]:
        yield chunk, _analyse_chunk(chunk, article_stages, settings, batch_size)


def keep_fresh(
    fresh: Iterable[tuple[Article, dict[str, Any], list[Rejection]]],
    works: dict[str, ArticleWork],
    keys: dict[str, str],
    store: SQLStore,
    failures: list[Rejection] | None,
) -> None:
    """Take freshly analysed articles into ``works``; cache those with no failed stage.

    Failed ones are reported and left uncached, so a fixed pipeline retries them.
    """
    rows = []
    for art, data, failed in fresh:
        works[art.id] = work_from_data(art, data)
        if failed:
            if failures is not None:
                failures.extend(failed)
        else:
            rows.append((art.id, keys[art.id], data))
    store.put_results("article", rows)


def run_article_stages(
    articles: Sequence[Article],
    stages: Sequence[Stage],
    store: SQLStore,
    settings: Settings,
    progress: Progress = _noop,
    failures: list[Rejection] | None = None,
) -> list[ArticleWork]:
    """Parse and run the article stages, using and filling the per-article cache.

    Articles with a failed stage are not cached, so a fixed pipeline retries them.
    Work goes to one process per core when there is enough of it. Every chunk's
    results are stored as soon as it is done, and every result, fresh or cached,
    is read back through the same conversion, so a run resumed after a crash
    gives exactly what an uninterrupted run gives.
    """
    article_stages = [s for s in stages if s.scope == "article"]
    if not article_stages:
        return [ArticleWork(article=a) for a in articles]
    keys = {a.id: cache_key(a, article_stages, settings) for a in articles}
    cached = store.cached_results("article", keys)
    works: dict[str, ArticleWork] = {
        aid: work_from_data(a, cached[aid]) for a in articles if (aid := a.id) in cached
    }
    del cached
    progress("analyse", len(works), len(articles))
    todo = [a for a in articles if a.id not in works]
    batch_size = int(settings.section("nlp").get("batch_size", 32))
    chunks = [todo[i : i + batch_size] for i in range(0, len(todo), batch_size)]
    workers = min(_workers(settings), len(chunks))
    # Starting a worker costs a model load (~2 s): not worth it for a couple of chunks.
    parallel = workers > 1 and len(chunks) >= 4 and _parallel_ok(article_stages)
    results = _results(chunks, article_stages, settings, batch_size, workers if parallel else 1)
    for chunk, data in results:
        keep_fresh(
            ((art, d, failed) for art, (d, failed) in zip(chunk, data, strict=True)),
            works, keys, store, failures,
        )
        progress("analyse", len(chunk), len(articles))
    return [works[a.id] for a in articles]


def run(
    inputs: Sequence[str] | None,
    *,
    store: SQLStore,
    settings: Settings,
    stages: Sequence[Stage],
    article_ids: Sequence[str] | None = None,
    progress: Progress = _noop,
) -> Corpus:
    """Ingest ``inputs`` (if any) and analyse this run's articles (or ``article_ids``)."""
    corpus = Corpus()
    ingested = None
    if inputs is not None:
        with timed(corpus, "ingest"):
            ingested, corpus.rejections = ingest_into(inputs, store, settings, progress)
    corpus.articles = store.articles(scope(ingested, article_ids, store))

    before, article_stages, after = split_stages(stages)
    for stage in before:
        with timed(corpus, stage.name):
            stage.run(corpus, settings)
        progress(stage.name, 1, 1)
    with timed(corpus, article_block_name(article_stages)):
        works = run_article_stages(
            corpus.articles, article_stages, store, settings, progress, failures=corpus.rejections
        )
        absorb(corpus, works)
    run_corpus_stages(corpus, after, settings, store, progress)
    return corpus
