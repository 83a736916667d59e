"""The rare words two claim mentions share: a second opinion beside the embedding cosine.

MiniLM places paraphrases that keep a story's rare words far apart when their frames
differ: "The US government cannot say conclusively who was behind the attack" and "The
U.S. government has so far refused to say conclusively who is responsible" have a cosine
of 0.37, and "Data from NORSAR's seismic stations showed signals of an explosion" sits
no closer to its wire rewrite. Words few articles use ("conclusively", "seismic",
"antennas") are strong evidence of one proposition; words every article uses ("dam",
"balloon", "said") are none. So a mention keeps its content words (lemmas, stop words
left out), and a pair's overlap is the inverse-document-frequency weight of the words
they share over the weight of the lighter mention's words: near 1 when every rare word of
one is in the other. Document frequency counts articles, not mentions, so a word repeated
through one article is still rare in the corpus.

A mention of few, common words is weak evidence however fully another contains it, so the
lighter mention's weight is padded with ``prior`` (settings ``word_prior``): "The dam of
the Kakhovka power plant collapsed" is inside every sentence about the dam's destruction.
Names count (a rare name shared is evidence), except between mentions whose actors swap
roles (``pairs.pair_score``), where the shared names are the very actors swapped.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse
from spacy.lang.en.stop_words import STOP_WORDS

from sourcetrace.nlp.doctext import doc_lemmas

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.tokens import Doc

    from sourcetrace.claims.candidates import ClaimCandidate

__all__ = ["WordOverlap", "content_words", "rows_of"]

# A word as written, with inner apostrophes, dots and hyphens ("U.S", "high-altitude").
_WORD = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
# Up to this many cells a block of overlaps is computed densely over its own words.
_DENSE_CELLS = 1 << 16
# Pairs whose overlaps are computed together.
_PAIR_STEP = 1 << 16


def content_words(text: str, doc: Doc) -> tuple[str, ...]:
    """The distinct content lemmas of a candidate's rendered ``text``, sorted. Every word
    of the text comes from ``doc`` (the speaker put in for "I", the antecedent for "it"),
    so the document's own lemmas read its inflections; a word spaCy split ("high-altitude")
    is kept as written, the same way in every mention."""
    lemmas = doc_lemmas(doc)
    out: set[str] = set()
    for match in _WORD.finditer(text):
        word = _POSSESSIVE.sub("", match.group().lower())
        lemma = lemmas.get(word, word)
        if len(lemma) < 2 or word in STOP_WORDS or lemma in STOP_WORDS:
            continue
        out.add(lemma)
    return tuple(sorted(out))


class WordOverlap:
    """Overlap of content words between the candidates of one clustering run."""

    def __init__(self, core: Sequence[ClaimCandidate], prior: float = 1.0, *,
                 names: bool = True) -> None:
        """``names=False`` leaves out the words a mention writes with a capital inside it
        (the names of people, places and bodies): whether two mentions say the same thing,
        not whether they are about the same actors, which ``pairs.pair_score`` weighs."""
        self._prior = prior
        if not names:
            core = [_without_names(c) for c in core]
        per_article: dict[str, set[str]] = {}
        for c in core:
            per_article.setdefault(c.article, set()).update(c.words)
        df = Counter(w for words in per_article.values() for w in words)
        n = len(per_article)
        words = sorted(df)
        vocab = {w: k for k, w in enumerate(words)}
        idf = np.array([math.log((n + 1) / (df[w] + 0.5)) for w in words], dtype=np.float64)
        rows = np.repeat(np.arange(len(core)), [len(c.words) for c in core])
        cols = np.fromiter((vocab[w] for c in core for w in c.words), dtype=np.int64,
                           count=len(rows))
        shape = (len(core), len(vocab))
        self._present = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
        self._weighted = sparse.csr_matrix((idf[cols], (rows, cols)), shape=shape)
        self._total = np.asarray(self._weighted.sum(axis=1)).ravel()
        self._idf = idf

    def block(self, a: NDArray[np.int64], b: NDArray[np.int64]) -> NDArray[np.float64]:
        """Overlap of every candidate in ``a`` with every candidate in ``b`` (len(a) x len(b))."""
        if len(a) * len(b) <= _DENSE_CELLS:
            shared = self._small_block(a, b)
        else:
            shared = (self._weighted[a] @ self._present[b].T).toarray()
        return _ratio(shared, np.minimum.outer(self._total[a], self._total[b]) + self._prior)

    def _small_block(self, a: NDArray[np.int64], b: NDArray[np.int64]) -> NDArray[np.float64]:
        # Blocks of a few dozen candidates (a blocked piece, the average-link samples) are
        # asked for tens of thousands of times on a large story: over the few hundred words
        # they use, two dense arrays cost a tenth of scipy's per-call overhead.
        owner_a, words_a = rows_of(self._present, a)
        owner_b, words_b = rows_of(self._present, b)
        local, where = np.unique(np.concatenate([words_a, words_b]), return_inverse=True)
        weighted = np.zeros((len(a), len(local)))
        weighted[owner_a, where[: len(words_a)]] = self._idf[words_a]
        present = np.zeros((len(b), len(local)))
        present[owner_b, where[len(words_a) :]] = 1.0
        out: NDArray[np.float64] = weighted @ present.T
        return out

    def pairs(self, a: NDArray[np.int64], b: NDArray[np.int64]) -> NDArray[np.float64]:
        """Overlap of the pairs ``(a[k], b[k])``, a step of pairs at a time: the rows
        gathered for millions of pairs at once held the claims stage's peak memory."""
        shared = np.zeros(len(a), dtype=np.float64)
        for s in range(0, len(a), _PAIR_STEP):
            rows_a, rows_b = a[s : s + _PAIR_STEP], b[s : s + _PAIR_STEP]
            both = self._weighted[rows_a].multiply(self._present[rows_b])
            shared[s : s + _PAIR_STEP] = np.asarray(both.sum(axis=1)).ravel()
        return _ratio(shared, np.minimum(self._total[a], self._total[b]) + self._prior)


def _without_names(c: ClaimCandidate) -> ClaimCandidate:
    named = _capitalised(c.text)  # once per mention, not once per word
    return replace(c, words=tuple(w for w in c.words if w not in named))


def _capitalised(text: str) -> set[str]:
    """The words of names, lower-cased: written with a capital after the first word, and
    the first word when the next one has a capital too ("Tomas Adler would ...")."""
    words = _WORD.findall(text)
    first = 0 if len(words) > 1 and words[1][:1].isupper() else 1
    return {w.lower() for w in words[first:] if w[:1].isupper()}


def rows_of(matrix: sparse.csr_matrix, rows: NDArray[np.int64]
            ) -> tuple[NDArray[np.int64], NDArray[np.int64]]:  # fmt: skip
    """(position in ``rows``, column) of every stored cell of the CSR rows ``rows``: the
    rows read straight from the arrays, without scipy's per-call indexing cost."""
    rows = np.asarray(rows, dtype=np.int64)
    starts = matrix.indptr[rows]
    lengths = matrix.indptr[rows + 1] - starts
    owner = np.repeat(np.arange(len(rows)), lengths)
    offset = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return owner, matrix.indices[np.repeat(starts, lengths) + offset].astype(np.int64)


def _ratio(shared: NDArray[np.float64], smaller: NDArray[np.float64]) -> NDArray[np.float64]:
    out = np.zeros_like(shared, dtype=np.float64)
    np.divide(shared, smaller, out=out, where=smaller > 0)
    return out
