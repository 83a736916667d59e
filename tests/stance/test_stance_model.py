"""The packaged article-stance model loads offline and answers in our vocabulary."""

from __future__ import annotations

import numpy as np

from sourcetrace.stance.model import LABELS, ArticleStanceModel, artifact_path

CLAIM = "A meteorite crashed into a field near the capital overnight"
BODY_ON = (
    "A small meteorite crashed into a field near the capital overnight, officials said. "
    "Residents reported hearing a loud boom. Scientists confirmed the crater was caused by "
    "a meteorite and said nobody was hurt. The rock left a crater about five metres deep."
)
BODY_OFF = (
    "The central bank raised interest rates by a quarter point on Wednesday, citing "
    "persistent inflation in services. Markets had expected the move. The governor said "
    "further increases were possible if wage growth stayed high through the summer months."
)


def test_artifact_is_small_and_loads() -> None:
    assert artifact_path().stat().st_size < 5_000_000
    assert ArticleStanceModel.load() is ArticleStanceModel.load()


def test_predict_vocabulary_and_unrelated() -> None:
    model = ArticleStanceModel.load()
    labels = model.predict([CLAIM, CLAIM], [BODY_ON, BODY_OFF])
    assert all(lab in LABELS for lab in labels)
    assert labels[0] != "unrelated"
    assert labels[1] == "unrelated"


def test_predict_proba_rows_sum_to_one() -> None:
    model = ArticleStanceModel.load()
    proba = model.predict_proba([CLAIM, CLAIM], [BODY_ON, "Meteorite crash near capital"])
    assert proba.shape == (2, 4)
    assert np.allclose(proba.sum(axis=1), 1.0)
    assert model.predict([], []) == []


def test_headline_denial_is_recognised() -> None:
    model = ArticleStanceModel.load()
    claim = "A shark was photographed swimming down a flooded highway"
    labels = model.predict(
        [claim], ["Viral photo of shark swimming on flooded highway is a hoax, fake image debunked"]
    )
    assert labels == ["denies"]


def test_headline_head_masks_claim_words_and_reads_framing() -> None:
    from sourcetrace.stance.features import (
        N_HEADLINE_LEXICAL,
        headline_lexical,
        masked_headline,
    )
    from sourcetrace.stance.model import HeadlineHead

    masked = masked_headline(CLAIM, "Meteorite crash near capital was a hoax, police say")
    assert masked.split()[:2] == ["CLAIMW", "crash"]
    assert "hoax" in masked and "meteorite" not in masked
    cues = headline_lexical("Report: meteorite reportedly hit a field?")
    assert len(cues) == N_HEADLINE_LEXICAL
    assert cues[0] == 1.0 and cues[2] == 1.0 and cues[3] == 1.0 and cues[4] >= 1.0
    assert headline_lexical("Meteorite hits field")[:4] == [0.0, 0.0, 0.0, 0.0]
    assert isinstance(ArticleStanceModel.load().headline, HeadlineHead)


def test_headline_head_reads_the_headline_embedding() -> None:
    import pytest

    from sourcetrace.stance.model import body_mean_vectors

    model = ArticleStanceModel.load()
    assert model.headline.vectors
    claims, bodies = [CLAIM], ["Meteorite crash near capital was a hoax, police say"]
    scal, vect = model.features(claims, bodies)
    assert body_mean_vectors(vect).shape == (1, vect.shape[1] // 2)
    # The head's matrix carries the vector columns and refuses to run without them.
    with pytest.raises(ValueError, match="pair vectors"):
        model.headline.matrix(scal, claims, bodies)
    with_vec = model.headline.matrix(scal, claims, bodies, vect)
    assert with_vec.shape[1] == model.headline.clf.coef_.shape[1]


def test_a_pair_reads_the_same_alone_or_with_other_bodies() -> None:
    # The stage reads a few hundred articles at a time (memory); that is only right if a
    # pair's probabilities depend on its claim and body alone.
    from sourcetrace.stance import _article_steps

    model = ArticleStanceModel.load()
    claims = [CLAIM, CLAIM, "Interest rates rose by a quarter point", CLAIM]
    bodies = [BODY_ON, BODY_OFF, BODY_OFF, "Meteorite crash near capital"]
    together = model.predict_proba(claims, bodies)
    for k in range(len(claims)):
        assert model.predict_proba([claims[k]], [bodies[k]]).tobytes() == together[k].tobytes()
    pairs = [("c", "b"), ("c", "a"), ("d", "b"), ("c", "c"), ("d", "a")]
    order = sorted(range(len(pairs)), key=lambda k: pairs[k][1])
    assert list(_article_steps(order, pairs, 2)) == [[1, 4, 0, 2], [3]]
