"""``pairs.pair_score`` for many pairs at once, with arrays.

On a large one-story corpus the average-link check scores millions of sampled pairs (5.65
million on Helsinki, most of the claims stage), and scoring them one Python call at a time
cost more than everything else the stage does. ``PairTerms`` reads each candidate's parse
features once into arrays and scores index arrays of pairs with the very same terms, added
in the same order, so every score is bit for bit the one ``pair_score`` gives (a test
checks that on random candidates): clustering does not change with the path taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from sourcetrace.claims import actors
from sourcetrace.claims.lexical import rows_of
from sourcetrace.claims.pairs import ClusterOptions, Edges, actor_keys, is_state

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from sourcetrace.claims.candidates import ClaimCandidate

__all__ = ["PairTerms", "scored_edges"]

# Pairs scored per step: the arrays of one step are all that exist at once.
_STEP = 1 << 18
# Up to this many pairs the actor sets are compared densely over the pairs' own actors.
_DENSE_PAIRS = 1 << 12


class PairTerms:
    """The parse features ``pair_score`` reads, one array per feature, for ``core``."""

    def __init__(self, core: Sequence[ClaimCandidate], opts: ClusterOptions) -> None:
        self._core, self._o = core, opts
        ids: dict[str, int] = {}

        def code(key: str | None) -> int:
            return -1 if not key else ids.setdefault(key, len(ids))

        self._frame = np.array([code((actors.frames(c.predicates) or (None,))[0]) for c in core])
        self._head = np.array([code(c.predicates[0] if c.predicates else None) for c in core])
        self._empty = np.array([bool(c.predicates) and c.predicates[0] in actors.EMPTY_PREDICATES
                                for c in core])
        self._agent = np.array([code(c.agent) for c in core])
        self._state = np.array([bool(c.agent) and is_state(c.agent) for c in core])
        self._subject = np.array([code(c.subject) for c in core])
        self._noun = np.array([code(c.subject.split("/")[0] if c.subject else None) for c in core])
        self._suspected = np.array([c.suspected for c in core])
        self._negated = np.array([c.negated for c in core])
        self._denial = np.array([c.denial for c in core])
        # Who said it in which sentence, for ``pairs.one_breath``.
        self._breath = np.array([code(f"{c.article}|{c.sentence}|{c.source}")
                                 if c.sentence is not None and c.source else -1 for c in core])
        sets = [actor_keys(c.entities) for c in core]
        rows = np.repeat(np.arange(len(core)), [len(s) for s in sets])
        # Every actor key has a column, even an empty one: pair_score counts it.
        cols = np.fromiter((ids.setdefault(k, len(ids)) for s in sets for k in sorted(s)),
                           dtype=np.int64, count=len(rows))
        self._actors = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)),
                                         shape=(len(core), len(ids)))
        self._size = np.array([len(s) for s in sets], dtype=np.float64)

    def scores(self, a: NDArray[np.int64], b: NDArray[np.int64], cos: NDArray[np.floating],
               overlap: NDArray[np.float64]) -> NDArray[np.float64]:
        """``pair_score(core[a[k]], core[b[k]], cos[k], opts, overlap[k])`` for every k."""
        o = self._o
        score = np.asarray(cos, dtype=np.float64).copy()
        framed = (self._frame[a] >= 0) & (self._frame[b] >= 0)
        same = np.where(framed, self._frame[a] == self._frame[b], self._same_head(a, b, framed))
        score += np.where(framed, np.where(same, o.frame_bonus, -o.frame_penalty),
                          np.where(same, o.frame_bonus / 2, 0.0))
        inter, a_in_b, b_in_a = self._actor_overlap(a, b)
        both = (self._size[a] > 0) & (self._size[b] > 0)
        union = np.maximum(self._size[a] + self._size[b] - inter, 1.0)
        score += np.where(both, np.where(inter == 0, -o.disjoint_penalty,
                                         o.entity_bonus * inter / union), 0.0)
        agents = (self._agent[a] >= 0) & (self._agent[b] >= 0)
        differ = agents & (self._agent[a] != self._agent[b])
        swapped = differ & a_in_b & b_in_a
        rival = differ & ~swapped & same & self._state[a] & self._state[b]
        score += np.where(swapped | rival, 0.0, o.word_bonus * overlap)
        score += np.where(swapped, -o.swap_penalty, np.where(rival, -o.rival_agent_penalty, 0.0))
        one = agents & ~differ & same & (self._frame[a] >= 0) & self._state[a]
        score += np.where(one, o.same_agent_bonus, 0.0)
        number = ((self._subject[a] >= 0) & (self._subject[b] >= 0)
                  & (self._subject[a] != self._subject[b]) & (self._noun[a] == self._noun[b]))
        score += np.where(number, -o.number_penalty, 0.0)
        score += np.where(self._suspected[a] != self._suspected[b], -o.suspicion_penalty, 0.0)
        negation = (self._negated[a] != self._negated[b]) & ~(self._denial[a] | self._denial[b]
                                                               | (same & ~differ))
        score += np.where(negation, -o.negation_penalty, 0.0)
        breath = ((self._breath[a] >= 0) & (self._breath[a] == self._breath[b])
                  & (self._denial[a] != self._denial[b])
                  & ~np.where(self._denial[a], self._negated[b], self._negated[a]))
        score += np.where(breath, -o.breath_penalty, 0.0)
        return score

    def _same_head(self, a: NDArray[np.int64], b: NDArray[np.int64],
                   framed: NDArray[np.bool_]) -> NDArray[np.bool_]:
        """Outside the frames: the same head predicate, an empty one ("is") only when what
        is predicated is shared too (read from the candidates, for the few such pairs)."""
        same = ~framed & (self._head[a] >= 0) & (self._head[a] == self._head[b])
        for k in np.flatnonzero(same & self._empty[a]):
            pa, pb = self._core[a[k]].predicates, self._core[b[k]].predicates
            same[k] = bool(set(pa[1:]) & set(pb[1:]))
        return same

    def _actor_overlap(self, a: NDArray[np.int64], b: NDArray[np.int64]
                       ) -> tuple[NDArray[np.float64], NDArray[np.bool_], NDArray[np.bool_]]:  # fmt: skip
        """Shared actors of each pair, and whether each side's agent is among the other's."""
        agent_a, agent_b = self._agent[a], self._agent[b]
        if len(a) <= _DENSE_PAIRS:
            # A handful of candidates: their actors as one small dense array.
            rows, where = np.unique(np.concatenate([a, b]), return_inverse=True)
            owner, cols = rows_of(self._actors, rows)
            named = np.concatenate([agent_a[agent_a >= 0], agent_b[agent_b >= 0]])
            local = np.unique(np.concatenate([cols, named]))
            dense = np.zeros((len(rows), len(local)))
            dense[owner, np.searchsorted(local, cols)] = 1.0
            ra, rb = where[: len(a)], where[len(a) :]
            inter = (dense[ra] * dense[rb]).sum(axis=1)
            col_a = np.searchsorted(local, np.maximum(agent_a, 0)).clip(0, max(len(local) - 1, 0))
            col_b = np.searchsorted(local, np.maximum(agent_b, 0)).clip(0, max(len(local) - 1, 0))
            if not len(local):
                return inter, agent_a < -1, agent_b < -1  # no actors at all: nobody is in
            a_in_b = (agent_a >= 0) & (dense[rb, col_a] > 0)
            b_in_a = (agent_b >= 0) & (dense[ra, col_b] > 0)
            return inter, a_in_b, b_in_a
        inter = np.asarray(self._actors[a].multiply(self._actors[b]).sum(axis=1)).ravel()
        a_in_b = (agent_a >= 0) & (np.asarray(self._actors[b, np.maximum(agent_a, 0)]).ravel() > 0)
        b_in_a = (agent_b >= 0) & (np.asarray(self._actors[a, np.maximum(agent_b, 0)]).ravel() > 0)
        return inter, a_in_b, b_in_a


def scored_edges(
    terms: PairTerms, idx_a: NDArray[np.int64], idx_b: NDArray[np.int64],
    cos: NDArray[np.float32], threshold: float, overlap: NDArray[np.float64] | None = None,
) -> Edges:
    """The pairs whose score reaches ``threshold``, scored a step at a time (``overlap``:
    the pairs' rare-word overlap, none when None)."""
    scores = [np.zeros(0, dtype=np.float64)]
    firsts, seconds = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    shared = np.zeros(len(cos), dtype=np.float64) if overlap is None else overlap
    for s in range(0, len(cos), _STEP):
        a, b = idx_a[s : s + _STEP], idx_b[s : s + _STEP]
        sc = terms.scores(a, b, cos[s : s + _STEP], shared[s : s + _STEP])
        keep = sc >= threshold
        scores.append(sc[keep])
        firsts.append(a[keep])
        seconds.append(b[keep])
    return Edges(np.concatenate(scores), np.concatenate(firsts), np.concatenate(seconds))
