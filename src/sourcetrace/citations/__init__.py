"""Citations: outlets credited in the prose and in credit lines, and the outlet registry.

Entries: ``extract_citations(doc, ...)`` (``extract``), ``load_registry()`` (``outlets``),
``infer_origins(...)`` (``origin``: who wrote each article's text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.pipeline import ArticleWork, Corpus, Stage, lazy_exports, register
from sourcetrace.settings import Settings

if TYPE_CHECKING:
    from sourcetrace.citations.extract import extract_citations
    from sourcetrace.citations.outlets import OutletRegistry, load_registry

__all__ = ["OutletRegistry", "extract_citations", "load_registry"]
__getattr__ = lazy_exports(__name__, {
    "OutletRegistry": "outlets", "extract_citations": "extract", "load_registry": "outlets",
})


def _citations(work: ArticleWork, settings: Settings) -> None:
    from sourcetrace.citations.extract import extract_citations

    assert work.doc is not None
    # The article's own outlet is passed so its own interviews ("told Al Jazeera" in
    # an Al Jazeera story) are not counted as crediting someone else.
    work.citations = extract_citations(
        work.doc,
        article_id=work.article.id,
        credits=work.article.credits,
        outlet=work.article.outlet,
    )


def _registry() -> object:
    # Built once before the workers fork (0.4 s), shared by them and by ``origins``.
    from sourcetrace.citations.outlets import load_registry

    return load_registry()


def _origins(corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.citations.origin import QUOTED_SHARE, infer_origins

    share = float(settings.section("origins").get("quoted_share", QUOTED_SHARE))
    corpus.origins = infer_origins(corpus.articles, corpus.duplicate_groups, corpus.reuse,
                                   corpus.citations, quoted_share=share)  # fmt: skip


register(
    Stage("citations", "article", ("doc",), ("citations",), _citations,
          "outlets credited in the prose and credit lines", warmup=_registry),
    Stage("origins", "corpus", ("citations", "duplicate_groups"), ("origins",), _origins,
          "who wrote each text: its credit, a copy's credit, a quoting article or its own"),
)
