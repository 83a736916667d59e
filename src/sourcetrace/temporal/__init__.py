"""Time: publication dates, TIMEX3 expressions, dated events and the timeline.

Entries: ``dct_and_timexes`` (``dct``), ``extract_timexes`` (``timex``, whose rules run in
the order ``rules`` lists them), ``build_events`` and ``build_timeline`` (``events``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from sourcetrace.models import PublishedBasis
from sourcetrace.pipeline import ArticleWork, Corpus, Stage, lazy_exports, register
from sourcetrace.settings import Settings

if TYPE_CHECKING:
    from sourcetrace.temporal.dct import dct_and_timexes
    from sourcetrace.temporal.events import build_events, build_timeline
    from sourcetrace.temporal.timex import extract_timexes

__all__ = ["build_events", "build_timeline", "dct_and_timexes", "extract_timexes"]
__getattr__ = lazy_exports(__name__, {
    "build_events": "events", "build_timeline": "events", "dct_and_timexes": "dct",
    "extract_timexes": "timex",
})


def _dct(work: ArticleWork, settings: Settings) -> None:
    """Infer a publication date when metadata gave none; keeps the timexes it resolved."""
    from sourcetrace.temporal.dct import dct_and_timexes
    from sourcetrace.temporal.tuning import TimexTuning

    art = work.article
    if art.published and art.published_basis in ("metadata", "stated", "dateline", "duplicate"):
        return
    date, basis, timexes = dct_and_timexes(
        art.text, url=art.url, metadata_date=art.published, doc=work.doc,
        tuning=TimexTuning.from_settings(settings),
    )
    work.timexes = timexes  # already resolved against the inferred date
    if date:
        work.article = replace(art, published=date, published_basis=cast(PublishedBasis, basis))


def _timex(work: ArticleWork, settings: Settings) -> None:
    from sourcetrace.temporal.timex import extract_timexes
    from sourcetrace.temporal.tuning import TimexTuning

    if work.timexes:
        return  # resolved by the dct stage in the same pass
    work.timexes = extract_timexes(work.article.text, dct=work.article.published, doc=work.doc,
                                   tuning=TimexTuning.from_settings(settings))


def _events(work: ArticleWork, settings: Settings) -> None:
    from sourcetrace.temporal.events import build_events

    art = work.article
    work.events = build_events(
        art.id,
        art.text,
        work.timexes,
        published=art.published,
        doc=work.doc,
        attributions=work.attributions,
        citations=work.citations,
    )


def _timeline(corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.temporal.events import build_timeline

    # An event belongs to the claim of an attribution in the same sentence.
    sentences: dict[str, list[tuple[int, int, str]]] = {}
    for att in corpus.attributions:
        if att.claim and att.sentence_span:
            sentences.setdefault(att.article, []).append((*att.sentence_span, att.claim))
    linked = []
    for ev in corpus.events:
        claim = ev.claim or next(
            (c for s, e, c in sentences.get(ev.article, ()) if s <= ev.span[0] < e), None
        )
        linked.append(replace(ev, claim=claim))
    corpus.events = build_timeline(linked)


register(
    Stage("dct", "article", ("doc", "published"), ("dct",), _dct,
          "publication date inferred from the text when metadata has none", settings=("timex",)),
    Stage("timex", "article", ("doc", "dct"), ("timexes",), _timex,
          "temporal expressions normalised against the publication date", settings=("timex",)),
    Stage("events", "article", ("timexes", "attributions", "citations"), ("events",), _events,
          "dated statements and report events"),
    Stage("timeline", "corpus", ("events", "claims"), ("timeline",), _timeline,
          "events linked to claims and ordered"),
)
