"""The local engine: runs the pipeline in this process, streaming articles in batches.

Per-article results are written to the store after every batch, so an
interrupted run resumes where it stopped: a re-run parses only articles whose
cached results are missing or stale.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from sourcetrace.models import Article, Attribution, Citation, Event, Rejection, TimeRef
from sourcetrace.pipeline import PIPELINE_VERSION, ArticleWork, Corpus, Stage
from sourcetrace.serialize import from_data, to_data
from sourcetrace.settings import Settings
from sourcetrace.stages.ingest import IngestOptions, ingest
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
    ids: list[str] = []
    seen: set[str] = set()
    rejections: list[Rejection] = []
    batch: list[Article] = []
    for item in ingest(inputs, options=opts):
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


def _cache_key(article: Article, stages: Sequence[Stage]) -> str:
    # The date matters: temporal values are relative to it and dedup may change it.
    raw = "|".join([PIPELINE_VERSION, article.published or "", *(s.name for s in stages)])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def _work_to_data(work: ArticleWork) -> dict[str, Any]:
    return {
        "published": work.article.published,
        "published_basis": work.article.published_basis,
        "timexes": to_data(work.timexes),
        "attributions": to_data(work.attributions),
        "citations": to_data(work.citations),
        "candidates": to_data(work.candidates),
        "events": to_data(work.events),
    }


def _candidate_class() -> type | None:
    try:
        from sourcetrace.stages.claims import ClaimCandidate
    except ImportError:
        return None
    return ClaimCandidate


def _work_from_data(article: Article, data: dict[str, Any]) -> ArticleWork:
    if data.get("published") and data["published"] != article.published:
        article = replace(
            article, published=data["published"], published_basis=data.get("published_basis")
        )
    cand_cls = _candidate_class()
    return ArticleWork(
        article=article,
        timexes=[from_data(TimeRef, d) for d in data.get("timexes", [])],
        attributions=[from_data(Attribution, d) for d in data.get("attributions", [])],
        citations=[from_data(Citation, d) for d in data.get("citations", [])],
        candidates=[from_data(cand_cls, d) for d in data.get("candidates", [])] if cand_cls else [],
        events=[from_data(Event, d) for d in data.get("events", [])],
    )


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
    """
    article_stages = [s for s in stages if s.scope == "article"]
    if not article_stages:
        return [ArticleWork(article=a) for a in articles]
    keys = {a.id: _cache_key(a, article_stages) for a in articles}
    cached = store.cached_results("article", keys)
    works: dict[str, ArticleWork] = {
        aid: _work_from_data(a, cached[aid]) for a in articles if (aid := a.id) in cached
    }
    progress("analyse", len(works), len(articles))
    todo = [a for a in articles if a.id not in cached]
    batch_size = int(settings.section("nlp").get("batch_size", 32))
    runners = [s for s in article_stages if s.name != "nlp"]
    needs_doc = any(s.name == "nlp" for s in article_stages)
    for start in range(0, len(todo), batch_size):
        chunk = todo[start : start + batch_size]
        docs: list[Any] = [None] * len(chunk)
        if needs_doc:
            from sourcetrace.stages.nlp import load_nlp

            docs = list(load_nlp().pipe((a.text for a in chunk), batch_size=batch_size))
        rows = []
        for art, doc in zip(chunk, docs, strict=True):
            work = ArticleWork(article=art, doc=doc)
            failed = _run_one(work, runners, settings)
            work.doc = None  # docs are large; nothing after this point needs them
            works[art.id] = work
            if failed:
                if failures is not None:
                    failures.extend(failed)
            else:
                rows.append((art.id, keys[art.id], _work_to_data(work)))
        store.put_results("article", rows)
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
    if inputs is not None:
        ids, corpus.rejections = ingest_into(inputs, store, settings, progress)
    else:
        ids = list(article_ids) if article_ids is not None else [a.id for a in store.articles()]
    if article_ids is not None and inputs is not None:
        ids = list(dict.fromkeys([*ids, *article_ids]))
    corpus.articles = store.articles(ids)

    first_article = next((i for i, s in enumerate(stages) if s.scope == "article"), len(stages))
    last_article = max(
        (i for i, s in enumerate(stages) if s.scope == "article"), default=first_article - 1
    )
    for stage in stages[:first_article]:
        stage.run(corpus, settings)
        progress(stage.name, 1, 1)

    works = run_article_stages(
        corpus.articles,
        stages[first_article : last_article + 1],
        store,
        settings,
        progress,
        failures=corpus.rejections,
    )
    corpus.articles = [w.article for w in works]
    for w in works:
        corpus.timexes[w.article.id] = w.timexes
        corpus.attributions.extend(w.attributions)
        corpus.citations.extend(w.citations)
        corpus.candidates.extend(w.candidates)
        corpus.events.extend(w.events)

    for stage in stages[last_article + 1 :]:
        stage.run(corpus, settings)
        progress(stage.name, 1, 1)
    return corpus
