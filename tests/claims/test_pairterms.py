"""Pairs scored with arrays (claims.pairterms) give, bit for bit, what pair_score gives."""

from __future__ import annotations

import random

import numpy as np

from sourcetrace.claims import actors
from sourcetrace.claims.candidates import ClaimCandidate
from sourcetrace.claims.pairs import ClusterOptions, pair_score
from sourcetrace.claims.pairterms import PairTerms


def _random_candidates(n: int, seed: int) -> list[ClaimCandidate]:
    rng = random.Random(seed)
    # Verbs of event frames, verbs of none, and empty predicates ("be").
    heads = ["ask", "seek", "request", "know", "fly", "pose", "destroy",
             *sorted(actors.EMPTY_PREDICATES)[:2]]
    keys = ["russia", "ukraine", "china", "us", "pentagon", "kirby", "@kyiv", "@dam", ""]
    out = []
    for i in range(n):
        preds = tuple(rng.sample(heads + ["dam", "threat", "missile"], rng.randint(0, 3)))
        entities = tuple(rng.sample(keys, rng.randint(0, 3)))
        agent = rng.choice([None, "", "@kyiv", *keys[:5]])
        subject = rng.choice([None, "balloon/sg", "balloon/pl", "drone/sg"])
        out.append(ClaimCandidate(
            id=f"k{i}", article=f"a{i % 7}", text="", span=(0, 1), predicates=preds,
            entities=entities, agent=agent, subject=subject, negated=rng.random() < 0.3,
            denial=rng.random() < 0.1, suspected=rng.random() < 0.2))
    return out


def test_array_scores_equal_pair_scores_bit_for_bit() -> None:
    core = _random_candidates(60, seed=1)
    opts = ClusterOptions()
    terms = PairTerms(core, opts)
    rng = np.random.default_rng(2)
    for size in (50, 5000):  # the dense path for small batches, scipy's for large ones
        a = rng.integers(0, len(core), size)
        b = rng.integers(0, len(core), size)
        cos = rng.uniform(0.2, 1.0, size).astype(np.float32)
        overlap = rng.uniform(0.0, 1.0, size)
        got = terms.scores(a, b, cos, overlap)
        want = [pair_score(core[i], core[j], float(c), opts, float(w))
                for i, j, c, w in zip(a.tolist(), b.tolist(), cos.tolist(), overlap.tolist(),
                                      strict=True)]
        assert got.tolist() == want
