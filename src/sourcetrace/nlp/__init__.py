"""Language processing shared by every stage: the one spaCy parse and sentence embeddings.

Entries: ``load_nlp()`` and ``parse(texts)`` (``model``), ``embed(texts)`` (``embeddings``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sourcetrace.pipeline import Stage, engine_run, lazy_exports, register

if TYPE_CHECKING:
    from sourcetrace.nlp.embeddings import embed
    from sourcetrace.nlp.model import load_nlp, parse

__all__ = ["embed", "load_nlp", "parse"]
__getattr__ = lazy_exports(
    __name__, {"embed": "embeddings", "load_nlp": "model", "parse": "model"}
)


def _parse_chunk(texts: Sequence[str], batch_size: int) -> list[Any]:
    from sourcetrace.nlp.model import parse

    return list(parse(texts, batch_size=batch_size))


def _load() -> Any:
    from sourcetrace.nlp.model import load_nlp

    return load_nlp()


register(
    Stage("nlp", "article", ("articles",), ("doc",), engine_run,
          "one spaCy parse per article (run by the engine, batched)",
          batch=_parse_chunk, warmup=_load),
)
