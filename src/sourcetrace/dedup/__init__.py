"""Duplicates and text reuse: exact, near (MinHash LSH), contained, edited and partial
copies, passages shared between articles; dates shared within a group.

Entry: ``find_copies(articles, options=DedupOptions(...), reuse=ReuseOptions(...))``
(``groups``); passage alignment in ``reuse`` and ``align``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.pipeline import Corpus, Stage, lazy_exports, register
from sourcetrace.settings import Settings

if TYPE_CHECKING:
    from sourcetrace.dedup.groups import DedupOptions, find_copies, group_duplicates
    from sourcetrace.dedup.reuse import ReuseOptions

__all__ = ["DedupOptions", "ReuseOptions", "find_copies", "group_duplicates"]
__getattr__ = lazy_exports(__name__, {"DedupOptions": "groups", "find_copies": "groups",
                                      "group_duplicates": "groups", "ReuseOptions": "reuse"})


def _dedupe(corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.dedup.groups import DedupOptions, find_copies
    from sourcetrace.dedup.reuse import ReuseOptions

    opts = DedupOptions(**settings.section("dedupe"))
    reuse = ReuseOptions(**settings.section("reuse"))
    corpus.duplicate_groups, corpus.articles, corpus.reuse = find_copies(
        corpus.articles, options=opts, reuse=reuse
    )


register(
    Stage("dedupe", "corpus", ("articles",), ("duplicate_groups", "published", "reuse"), _dedupe,
          "copies (exact, near, contained, edited, partial) and shared passages"),
)
