"""Duplicates: exact, near (MinHash LSH) and contained copies; dates shared within a group.

Entry: ``group_duplicates(articles, options=DedupOptions(...))`` (``groups``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.pipeline import Corpus, Stage, lazy_exports, register
from sourcetrace.settings import Settings

if TYPE_CHECKING:
    from sourcetrace.dedup.groups import DedupOptions, group_duplicates

__all__ = ["DedupOptions", "group_duplicates"]
__getattr__ = lazy_exports(__name__, {"DedupOptions": "groups", "group_duplicates": "groups"})


def _dedupe(corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.dedup.groups import DedupOptions, group_duplicates

    opts = DedupOptions(**settings.section("dedupe"))
    corpus.duplicate_groups, corpus.articles = group_duplicates(corpus.articles, options=opts)


register(
    Stage("dedupe", "corpus", ("articles",), ("duplicate_groups", "published"), _dedupe,
          "exact, near and contained copies; dates shared within a group"),
)
