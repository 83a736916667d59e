"""Speakers: who each attribution's source is, typed and merged across articles.

Entries: ``build_speakers(attributions, related=...)`` (``build``), ``parse_source(text)``
(``parse``); titles, roles and other speaker words in ``lexicon``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.pipeline import Corpus, Stage, lazy_exports, register
from sourcetrace.settings import Settings

if TYPE_CHECKING:
    from sourcetrace.speakers.build import build_speakers
    from sourcetrace.speakers.parse import parse_source

__all__ = ["build_speakers", "parse_source"]
__getattr__ = lazy_exports(__name__, {"build_speakers": "build", "parse_source": "parse"})


def _speakers(corpus: Corpus, settings: Settings) -> None:
    from sourcetrace.speakers.build import build_speakers
    from sourcetrace.speakers.retype import outlet_names

    related = {m: g.canonical for g in corpus.duplicate_groups for m in g.members}
    copies = {m: c for m, c in related.items() if m != c}
    dominance = float(settings.section("speakers").get("surname_dominance", 1.0))
    outlets = outlet_names(a.outlet for a in corpus.articles)
    corpus.speakers, corpus.attributions = build_speakers(
        corpus.attributions, related=related, copies=copies, dominance=dominance,
        outlets=outlets)


register(
    Stage("speakers", "corpus", ("attributions", "duplicate_groups"), ("speakers",), _speakers,
          "speaker typing and merging across articles"),
)
