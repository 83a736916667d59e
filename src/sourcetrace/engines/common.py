"""What every engine does the same way: which articles, which stages where, merging results."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from sourcetrace.pipeline import ArticleWork, Corpus, Stage
from sourcetrace.settings import Settings
from sourcetrace.store.base import SQLStore


@contextmanager
def timed(corpus: Corpus, name: str) -> Iterator[None]:
    """Add the wall time of the block to ``corpus.timings[name]`` (seconds)."""
    start = time.perf_counter()
    try:
        yield
    finally:
        corpus.timings[name] = corpus.timings.get(name, 0.0) + time.perf_counter() - start


def article_block_name(stages: Sequence[Stage]) -> str:
    """How the per-article stages are named in the timings: they run as one block (with
    none, the block only reads the articles)."""
    return "per article: " + (", ".join(s.name for s in stages) or "read")


def run_corpus_stages(corpus: Corpus, stages: Sequence[Stage], settings: Settings,
                      store: SQLStore, progress: Callable[[str, int, int | None], None]) -> None:
    """The corpus stages after the per-article block, timed; they embed text (claims,
    article stances) with the settings' backend, and the store keeps the vectors meanwhile."""
    from sourcetrace.nlp.embeddings import lend_store, use_backend

    previous = use_backend(settings.section("nlp").get("embeddings"))
    try:
        with lend_store(store):
            for stage in stages:
                with timed(corpus, stage.name):
                    stage.run(corpus, settings)
                progress(stage.name, 1, 1)
    finally:
        use_backend(previous)


def scope(ingested: list[str] | None, article_ids: Sequence[str] | None, store: SQLStore) -> list[str]:
    """The article ids a run analyses: what it ingested plus any ids asked for; else the store."""
    if ingested is None:
        return list(article_ids) if article_ids is not None else [a.id for a in store.articles()]
    if article_ids is not None:
        return list(dict.fromkeys([*ingested, *article_ids]))
    return ingested


def split_stages(stages: Sequence[Stage]) -> tuple[list[Stage], list[Stage], list[Stage]]:
    """Corpus stages before the article stages, the article stages, corpus stages after."""
    positions = [i for i, s in enumerate(stages) if s.scope == "article"]
    first = positions[0] if positions else len(stages)
    last = positions[-1] if positions else first - 1
    return list(stages[:first]), list(stages[first : last + 1]), list(stages[last + 1 :])


def absorb(corpus: Corpus, works: Sequence[ArticleWork]) -> None:
    """Fold per-article results into the corpus, in article order."""
    corpus.articles = [w.article for w in works]
    for w in works:
        corpus.timexes[w.article.id] = w.timexes
        corpus.attributions.extend(w.attributions)
        corpus.citations.extend(w.citations)
        corpus.candidates.extend(w.candidates)
        corpus.events.extend(w.events)
