"""Training helpers: the embedding cache and the TF-IDF vocabulary."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from sourcetrace.training.stance import CachedEmbedder, fit_tfidf


def test_cached_embedder_round_trip(tmp_path: Path) -> None:
    emb = CachedEmbedder(tmp_path)
    first = emb(["China denied the report.", "Officials said the talks went well."])
    assert first.shape == (2, 384)
    again = CachedEmbedder(tmp_path)  # a fresh instance reads the file back
    assert len(again.vectors) == 2
    assert np.allclose(again(["China denied the report."])[0], first[0], atol=1e-6)


def test_fit_tfidf_drops_pruned_terms() -> None:
    texts = ["the hoax was debunked", "the hoax spread online", "officials debunked it"]
    vec = fit_tfidf(texts)
    assert "hoax" in vec.vocabulary_
    assert vec.stop_words_ is None
