"""Rare words two claim mentions share (claims.lexical): what a mention's words are, how
their overlap is weighed, and that it joins paraphrases the embedding keeps apart."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from sourcetrace.claims.candidates import ClaimCandidate, claim_candidates
from sourcetrace.claims.cluster import cluster_labels
from sourcetrace.claims.lexical import WordOverlap, content_words
from sourcetrace.claims.pairs import ClusterOptions, pair_score


def test_content_words_are_the_documents_lemmas_without_stop_words(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Freedonia's soldiers destroyed the bridges at Elsberg, officials said.")
    words = content_words("Freedonia's soldiers destroyed the bridges at Elsberg", doc)
    assert words == ("bridge", "destroy", "elsberg", "freedonia", "soldier")


def test_candidates_carry_their_words(nlp) -> None:  # type: ignore[no-untyped-def]
    [cand] = claim_candidates(nlp("Freedonian drones flew over the port of Elsberg three "
                                  "times last year."), article_id="a1")
    assert {"drone", "fly", "port"} <= set(cand.words)
    assert "the" not in cand.words and "over" not in cand.words


def _cand(cid: str, words: tuple[str, ...], **kw: object) -> ClaimCandidate:
    return ClaimCandidate(id=cid, article=cid, text=" ".join(words), span=(0, 1),
                          words=words, **kw)  # type: ignore[arg-type]


# Six articles about one bridge: "bridge" and "collapse" are everywhere, "conclusively"
# and "inspectors" in two.
CORE = [
    _cand("a1", ("bridge", "collapse", "conclusively", "inspectors", "say")),
    _cand("a2", ("bridge", "collapse", "conclusively", "inspectors", "refuse")),
    _cand("a3", ("bridge", "collapse", "river")),
    _cand("a4", ("bridge", "collapse", "traffic")),
    _cand("a5", ("bridge", "collapse", "mayor")),
    _cand("a6", ("bridge", "collapse", "rebuild")),
]


def test_rare_shared_words_weigh_more_than_common_ones() -> None:
    overlap = WordOverlap(CORE)
    idx = np.arange(len(CORE))
    block = overlap.block(idx, idx)
    assert block[0, 1] > 0.4  # the rare words are shared
    assert block[2, 3] < 0.1  # only the story's own words are
    # block and pairs agree, and the measure is symmetric.
    a, b = np.array([0, 2, 1]), np.array([1, 3, 0])
    assert overlap.pairs(a, b) == pytest.approx(block[a, b])
    assert block[1, 0] == pytest.approx(block[0, 1])


def test_the_prior_keeps_a_mention_of_common_words_from_counting_as_contained() -> None:
    short = _cand("a7", ("bridge", "collapse"))
    core = [*CORE, short]
    i, j = np.array([6]), np.array([0])
    assert WordOverlap(core, prior=0.0).pairs(i, j)[0] == pytest.approx(1.0)
    assert WordOverlap(core, prior=1.0).pairs(i, j)[0] < 0.2


def test_rare_words_join_paraphrases_the_embedding_keeps_apart() -> None:
    # Vectors with a cosine of 0.55 between every pair: below the threshold on their own.
    n = len(CORE)
    gram = np.full((n, n), 0.55) + np.eye(n) * 0.45
    vectors = np.linalg.cholesky(gram).astype(np.float32)
    with_words = cluster_labels(CORE, vectors)
    without = cluster_labels(CORE, vectors, options=replace(ClusterOptions(), word_bonus=0.0))
    assert with_words[0] == with_words[1]
    assert len(set(with_words)) == n - 1  # the others stay apart
    assert len(set(without)) == n


def test_swapped_roles_get_no_credit_for_sharing_their_actors_names() -> None:
    asked = _cand("k1", ("ask", "freedonia", "ruritania", "drone"), agent="freedonia",
                  entities=("freedonia", "ruritania"), predicates=("ask",))
    swapped = replace(asked, id="k2", article="k2", agent="ruritania")
    same = replace(asked, id="k3", article="k3")
    assert pair_score(asked, swapped, 0.6, overlap=0.9) == pytest.approx(
        pair_score(asked, swapped, 0.6))
    assert pair_score(asked, same, 0.6, overlap=0.9) == pytest.approx(
        pair_score(asked, same, 0.6) + 0.9 * ClusterOptions().word_bonus)
