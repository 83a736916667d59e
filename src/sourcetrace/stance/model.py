"""Article-level stance toward a claim: supports / denies / reports / unrelated.

The packaged artifact (``sourcetrace/data/stance/model.pickle.xz``, see its MODEL_CARD.md)
holds three small scikit-learn models over the features of ``stance_features``:

* ``related`` — unrelated vs related, trained on FNC-1 (claim = headline, body = article);
* ``body`` — supports / denies / reports among related pairs, trained on FNC-1;
* ``headline`` — supports / denies / reports for a short body (a headline or a lead
  sentence), trained on Emergent, where the "body" is an article headline; a
  ``HeadlineHead`` that also reads the headline's words (older artifacts: a plain
  classifier over the pair features).

A pair goes to the headline model when its body is short (``SHORT_BODY_WORDS``); there the
unrelated decision is left to the relatedness model only when it is very sure, because
the headline data has no unrelated pairs to calibrate on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from sourcetrace.errors import ModelMissingError
from sourcetrace.stance.features import (
    Embedder,
    featurize,
    headline_lexical,
    masked_headline,
    words,
)

if TYPE_CHECKING:
    from numpy.typing import NDArray

SUPPORTS: Final = "supports"
DENIES: Final = "denies"
REPORTS: Final = "reports"
UNRELATED: Final = "unrelated"
LABELS: Final = (SUPPORTS, DENIES, REPORTS, UNRELATED)
RELATED_LABELS: Final = (SUPPORTS, DENIES, REPORTS)

SHORT_BODY_WORDS: Final = 80
# A short body is called unrelated only above this relatedness-model probability.
SHORT_UNRELATED_P: Final = 0.95
ARTIFACT: Final = "model.pickle.xz"
FORMAT_VERSION: Final = 1


def artifact_path() -> Path:
    return Path(str(resources.files("sourcetrace") / "data" / "stance" / ARTIFACT))


@dataclass
class HeadlineHead:
    """Short-body head: logistic regression over the standardised pair features plus the
    headline's framing cues, word / character TF-IDF n-grams of the headline with the
    claim's words masked (``masked_headline``), word n-grams of the plain headline and,
    when ``vectors`` is set, the headline's sentence embedding (what it says beyond its
    words: "X Wants Y Fired" and "Y Should Go, Says X" sit close together)."""

    words_tfidf: Any
    chars_tfidf: Any
    scaler: Any
    clf: Any
    # Word n-grams of the unmasked headline (which claim words are negated or hedged).
    raw_tfidf: Any = None
    # Reads the body's mean sentence embedding (the second half of the pair vectors).
    vectors: bool = False

    @property
    def classes_(self) -> Any:
        return self.clf.classes_

    def matrix(self, scal: NDArray[np.float32], claims: Sequence[str],
               bodies: Sequence[str], vect: NDArray[np.float32] | None = None) -> Any:
        import scipy.sparse as sp

        masked = [masked_headline(c, b) for c, b in zip(claims, bodies, strict=True)]
        lexical = np.array([headline_lexical(b) for b in bodies], dtype=np.float64)
        dense = self.scaler.transform(np.hstack([scal, lexical.reshape(len(bodies), -1)]))
        parts = [self.words_tfidf.transform(masked), self.chars_tfidf.transform(masked)]
        if self.raw_tfidf is not None:
            parts.append(self.raw_tfidf.transform(list(bodies)))
        if self.vectors:
            if vect is None:
                raise ValueError("this headline head needs the pair vectors")
            parts.append(sp.csr_matrix(body_mean_vectors(vect)))
        return sp.hstack([*parts, sp.csr_matrix(dense)]).tocsr()

    def predict_proba(self, scal: NDArray[np.float32], claims: Sequence[str],
                      bodies: Sequence[str], vect: NDArray[np.float32] | None = None,
                      ) -> NDArray[np.float64]:
        return np.asarray(self.clf.predict_proba(self.matrix(scal, claims, bodies, vect)))


def body_mean_vectors(vect: NDArray[np.float32]) -> NDArray[np.float32]:
    """The body's unit mean sentence embedding: the second half of ``featurize``'s vectors."""
    return vect[:, vect.shape[1] // 2:]


def _stack(scal: NDArray[np.float32], vect: NDArray[np.float32], use_vectors: bool) -> Any:
    return np.hstack([scal, vect]) if use_vectors else scal


@dataclass
class ArticleStanceModel:
    """The three heads plus the fitted TF-IDF vocabulary, and how each head was fed."""

    tfidf: Any
    related: Any
    body: Any
    headline: Any
    body_vectors: bool = True
    headline_vectors: bool = True
    meta: dict[str, Any] | None = None

    @classmethod
    def load(cls, path: Path | None = None) -> ArticleStanceModel:
        """Load the packaged model (offline; cached per process when ``path`` is None)."""
        if path is None:
            return _load_default()
        return _load(path)

    def save(self, path: Path) -> None:
        import lzma
        import pickle

        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": FORMAT_VERSION,
            "tfidf": self.tfidf,
            "related": self.related,
            "body": self.body,
            "headline": self.headline,
            "body_vectors": self.body_vectors,
            "headline_vectors": self.headline_vectors,
            "meta": self.meta or {},
        }
        # A plain pickle, xz-compressed: joblib's own format is read by a pure-Python
        # unpickler, which took 2.1 s of every analysis to load this file; this one 0.17 s.
        with lzma.open(path, "wb", preset=6) as fh:
            pickle.dump(payload, fh, protocol=5)

    def features(
        self, claims: Sequence[str], bodies: Sequence[str], *, embedder: Embedder | None = None
    ) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
        return featurize(claims, bodies, tfidf=self.tfidf, embedder=embedder)

    def predict_proba(
        self, claims: Sequence[str], bodies: Sequence[str], *, embedder: Embedder | None = None
    ) -> NDArray[np.float64]:
        """Probabilities over ``LABELS`` (columns in that order), one row per pair."""
        if not claims:
            return np.zeros((0, len(LABELS)))
        scal, vect = self.features(claims, bodies, embedder=embedder)
        return self.proba_from_features(scal, vect, short=short_mask(bodies), claims=claims,
                                        bodies=bodies)

    def proba_from_features(
        self, scal: NDArray[np.float32], vect: NDArray[np.float32], *, short: NDArray[np.bool_],
        claims: Sequence[str] | None = None, bodies: Sequence[str] | None = None,
    ) -> NDArray[np.float64]:
        """Probabilities from precomputed features; a ``HeadlineHead`` also needs the texts."""
        out = np.zeros((len(scal), len(LABELS)))
        p_unrel = _column(self.related, scal, UNRELATED)
        long_ = ~short
        if long_.any():
            p_body = _ordered(self.body, _stack(scal[long_], vect[long_], self.body_vectors))
            out[long_, :3] = p_body * (1.0 - p_unrel[long_, None])
            out[long_, 3] = p_unrel[long_]
        if short.any():
            p_head = self._headline_proba(scal, vect, short, claims, bodies)
            # Headline data has no unrelated pairs: only a near-certain relatedness verdict
            # overrides the headline model.
            sure = np.where(p_unrel[short] >= SHORT_UNRELATED_P, p_unrel[short], 0.0)
            out[short, :3] = p_head * (1.0 - sure[:, None])
            out[short, 3] = sure
        return out

    def _headline_proba(
        self, scal: NDArray[np.float32], vect: NDArray[np.float32], short: NDArray[np.bool_],
        claims: Sequence[str] | None, bodies: Sequence[str] | None,
    ) -> NDArray[np.float64]:
        if not isinstance(self.headline, HeadlineHead):
            return _ordered(self.headline, _stack(scal[short], vect[short], self.headline_vectors))
        if claims is None or bodies is None:
            raise ValueError("the headline head needs the claim and body texts")
        idx = np.flatnonzero(short).tolist()
        proba = self.headline.predict_proba(
            scal[short], [claims[i] for i in idx], [bodies[i] for i in idx], vect[short])
        return _reorder(proba, list(self.headline.classes_))

    def predict(
        self, claims: Sequence[str], bodies: Sequence[str], *, embedder: Embedder | None = None
    ) -> list[str]:
        """One label of ``LABELS`` per (claim, body) pair."""
        proba = self.predict_proba(claims, bodies, embedder=embedder)
        return labels_from_proba(proba)


def labels_from_proba(proba: NDArray[np.float64]) -> list[str]:
    # Unrelated wins whenever the relatedness model says so (p > 0.5): the related labels
    # share the rest of the mass, so a plain argmax would under-call unrelated.
    out: list[str] = []
    for row in proba:
        if row[3] > 0.5:
            out.append(UNRELATED)
        else:
            out.append(RELATED_LABELS[int(np.argmax(row[:3]))])
    return out


def short_mask(bodies: Sequence[str]) -> NDArray[np.bool_]:
    return np.array([len(words(b)) <= SHORT_BODY_WORDS for b in bodies], dtype=bool)


def _column(model: Any, X: Any, label: str) -> NDArray[np.float64]:
    proba = model.predict_proba(X)
    classes = list(model.classes_)
    return np.asarray(proba[:, classes.index(label)], dtype=np.float64)


def _ordered(model: Any, X: Any) -> NDArray[np.float64]:
    """Probabilities in ``RELATED_LABELS`` order whatever the model's class order."""
    return _reorder(model.predict_proba(X), list(model.classes_))


def _reorder(proba: Any, classes: list[Any]) -> NDArray[np.float64]:
    out = np.zeros((len(proba), len(RELATED_LABELS)))
    for j, label in enumerate(RELATED_LABELS):
        if label in classes:
            out[:, j] = proba[:, classes.index(label)]
    return out


@lru_cache(maxsize=1)
def _load_default() -> ArticleStanceModel:
    return _load(artifact_path())


def _load(path: Path) -> ArticleStanceModel:
    if not path.is_file():
        raise ModelMissingError(
            f"The stance model is missing ({path}); re-train it with `sourcetrace train stance`.",
            code="E303",
        )
    import lzma
    import pickle

    with lzma.open(path, "rb") as fh:
        payload = pickle.load(fh)  # noqa: S301 - the packaged (or locally trained) model only
    if payload.get("format") != FORMAT_VERSION:
        raise ModelMissingError(
            f"The stance model at {path} has format {payload.get('format')!r}, expected "
            f"{FORMAT_VERSION}; re-train it with `sourcetrace train stance`.",
            code="E303",
        )
    return ArticleStanceModel(
        tfidf=payload["tfidf"],
        related=payload["related"],
        body=payload["body"],
        headline=payload["headline"],
        body_vectors=bool(payload.get("body_vectors", True)),
        headline_vectors=bool(payload.get("headline_vectors", True)),
        meta=dict(payload.get("meta", {})),
    )
