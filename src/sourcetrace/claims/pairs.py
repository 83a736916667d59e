"""How alike two claim mentions are: embedding cosine adjusted by what the parse says.

``pair_score`` adds the rare words the mentions share (``lexical``), agreement of the
event frame ("ask"/"seek"/"request" agree; "know" vs "request" conflict) and of the
actors, and takes off for swapped roles, rival agents, a suspicion against a flat
statement, number and negation; ``ClusterOptions`` holds the weights (set from
``[claims]`` in settings.toml) and the clustering knobs. Clustering scores its pairs with
``pairterms.PairTerms``, the same score over arrays of pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from sourcetrace.claims import actors
from sourcetrace.geo.places import country_code
from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from sourcetrace.claims.candidates import ClaimCandidate

# Pairs handled per step when scoring and reading edges: the Python objects of one step
# are all that exist at once.
_STEP = 1 << 18


@dataclass(frozen=True)
class ClusterOptions:
    """Knobs of the pair generator and scorer (defaults are what the tests pin)."""

    # Up to this many candidates every pair is compared (a story folder: the cosines are
    # one matrix product); blocking, which misses about one pair in ten of those above
    # the floor (both dev stories), is for corpora larger than this.
    exact_pairs: int = 2000
    max_block: int = 64  # blocks are compared in pieces of at most this size
    lsh_tables: int = 12
    lsh_bits: int = 7
    frame_bonus: float = 0.10
    frame_penalty: float = 0.22
    entity_bonus: float = 0.10
    disjoint_penalty: float = 0.10
    swap_penalty: float = 0.20
    # Two different states as the agent of one act (same frame) are rival claims, not one claim
    # ("Russia blew up the dam" / "Kyiv sabotaged the dam"): each side's accusation
    # denies the other's, and merging them makes the accused a source of the charge.
    rival_agent_penalty: float = 0.20
    # The same state doing the same kind of act is one accusation however it is worded
    # ("Kyiv ripped a breach in the dam", "deliberate sabotage by the Ukrainian side"): the
    # mirror of the rival-agent penalty, for paraphrases whose words barely overlap.
    same_agent_bonus: float = 0.10
    # One noun as subject, singular in one mention and plural in the other: "a balloon
    # has been flying over the US" and "balloons traveled over the US three times" are
    # about different things, though their words agree.
    number_penalty: float = 0.30
    # A merely negated mention placed in a claim reads as a denial of it, so it must be
    # closer to an affirmative mention than the threshold alone asks: "Beijing might not
    # mind risking sanctions" is related to, but does not deny, "Questions remain over
    # how far Beijing will go". Exempt: explicit denials ("denied", "disinformation"),
    # which often restate the claim loosely, and negations of the same act: the same
    # predicate and no other agent ("X never asked Y for weapons" against "X asked Y for
    # drones"; not "the U.S. would not seek the death penalty for Snowden" against
    # "Snowden sought refuge in Moscow").
    negation_penalty: float = 0.10
    # One mention states P as a suspicion ("US intelligence is leaning towards Russia"),
    # the other flatly ("Ukraine accused Russia of blowing up the dam"): two claims, and
    # the suspicion must never count as a second source of the accusation. Large enough
    # that no cosine bridges it; a denial is of the flat claim unless it is itself hedged.
    suspicion_penalty: float = 0.50
    # One speaker denying one thing and saying another in one sentence ("Ostland denies
    # targeting civilians and says it hit a military depot"): two claims, never one (the
    # speaker had been shown contradicting itself, E).
    breath_penalty: float = 1.0
    # Times the rare-word overlap of the two mentions (``lexical.WordOverlap``, 0 to 1):
    # paraphrases keep a story's rare words where the embedding drifts apart.
    word_bonus: float = 0.35
    # Added to the shorter mention's word weight (in IDF units, a word in a third of a
    # story's articles weighs about 1): a mention of one or two common words contained
    # in a longer one is weak evidence.
    word_prior: float = 1.0
    # A denial naming what it rejects ("the US' spy balloon accusation") joins the claim
    # whose mentions' mean vector its words are closest to, when the cosine reaches this.
    named_denial: float = 0.50
    link_margin: float = 0.05  # merging clusters: average similarity >= threshold - margin
    link_sample: int = 24  # members sampled per side for the average-link check
    # A mention confirms its claim only when a chain of pairs at least this similar
    # (adjusted) links it to the claim's representative; the other members are related
    # statements, kept in the claim but not counted as its sources. Average-link merging
    # lets a loosely related quote ride in on the strength of the rest ("China was
    # pushing for a diplomatic solution" inside "Had China known, we would have tried to
    # prevent it"); counted, it would make one source look confirmed by two. Explicit
    # denials always count: they restate what they deny loosely.
    confirm: float = 0.80
    # ... and only when its own pair score with the representative reaches this (0: the
    # chain alone): a chain drifts, one close pair after another, to statements that do
    # not say what the claim shown says. Fitted (best F1 of "states the claim" over the
    # dev stories' gold and hand-judged Helsinki pairs): benchmarks/fit_direct.py.
    direct: float = 0.80
    # A mention left alone that credits an outlet whose own article is in the corpus
    # joins the claim of that article it scores highest with, when it reaches this (0:
    # never): a relay restates a report, however loosely (``relayed.cited_joins``).
    cited_join: float = 0.40
    # A claim worth showing says something about someone: shorter texts are fragments.
    min_words: int = 4


def pair_score(
    a: ClaimCandidate, b: ClaimCandidate, cosine: float, opts: ClusterOptions | None = None,
    overlap: float = 0.0,
) -> float:
    """Embedding cosine adjusted by the rare words the mentions share (``overlap``) and
    by agreement of frames, actors and roles."""
    o = opts or ClusterOptions()
    score = cosine
    fa, fb = actors.frames(a.predicates), actors.frames(b.predicates)
    same_predicate = _agree(fa, fb, a.predicates, b.predicates)
    if fa and fb:
        score += o.frame_bonus if same_predicate else -o.frame_penalty
    elif same_predicate:
        score += o.frame_bonus / 2
    ea, eb = actor_keys(a.entities), actor_keys(b.entities)
    if ea and eb:
        inter = len(ea & eb)
        if inter == 0:
            score -= o.disjoint_penalty
        else:
            score += o.entity_bonus * inter / len(ea | eb)
    differ = bool(a.agent and b.agent and a.agent != b.agent)
    swapped = differ and a.agent in eb and b.agent in ea
    rival = differ and not swapped and same_predicate and is_state(a.agent or "") and is_state(
        b.agent or "")
    if not (swapped or rival):
        # Swapped roles share their actors' names, rival agents the words of their one act
        # ("Russia/Ukraine deliberately attacking the dam"): no evidence of one claim.
        score += o.word_bonus * overlap
    if swapped:
        score -= o.swap_penalty  # same actors, swapped roles
    elif rival:
        score -= o.rival_agent_penalty
    elif a.agent and a.agent == b.agent and same_predicate and fa and is_state(a.agent):
        score += o.same_agent_bonus
    if a.subject and b.subject and a.subject != b.subject and (
        a.subject.split("/")[0] == b.subject.split("/")[0]
    ):
        score -= o.number_penalty
    if a.suspected != b.suspected:
        score -= o.suspicion_penalty
    if a.negated != b.negated and not (a.denial or b.denial or (same_predicate and not differ)):
        score -= o.negation_penalty
    if one_breath(a, b):
        score -= o.breath_penalty
    return score


def one_breath(a: ClaimCandidate, b: ClaimCandidate) -> bool:
    """One speaker's denial and affirmation in one sentence: what is denied is not what is
    said instead."""
    return (a.article == b.article and a.sentence is not None and a.sentence == b.sentence
            and bool(a.source) and a.source == b.source and a.denial != b.denial
            and not (b.negated if a.denial else a.negated))


def same_act(a: ClaimCandidate, b: ClaimCandidate) -> bool:
    """Both mentions state one kind of act: their head predicates have the same event
    frame where both have one, else are the same predicate; and both say what happens, or
    both what ought to ("33 percent say Trump should not meet Putin" states no act of
    "Trump will meet Putin"). The head's own frame, not the first frame of any predicate:
    in "was not going in with high expectations but wanted a personal relationship" the
    negated act is going in, not wanting."""
    pa, pb = act_of(a.predicates), act_of(b.predicates)
    return _deontic(a) == _deontic(b) and (_agree(
        actors.frames(pa[:1]), actors.frames(pb[:1]), pa, pb)
        or _there_is(a, b) or _there_is(b, a))


_ASPECT = lexicon("claim_words").words("aspect_verbs")


def act_of(predicates: tuple[str, ...]) -> tuple[str, ...]:
    """The predicates from the act on: "is preparing to raise" is raising."""
    return predicates[1:] if len(predicates) > 1 and predicates[0] in _ASPECT else predicates


_EXISTENTIAL = re.compile(r"^there (?:is|are|was|were|has been|have been|had been)\b", re.I)


def _there_is(a: ClaimCandidate, b: ClaimCandidate) -> bool:
    """``a`` says there is (or is no) what ``b``'s act is about: "there are no Ostlandish
    troops in Varnia" and "Ostland sent troops to Varnia" are about the troops' being
    there, so a negated existential is a denial, not another act. So is the agent's having
    it there ("Ostland has never had troops in Varnia"), by the same agent."""
    return len(a.predicates) > 1 and a.predicates[1] in b.words and (
        (a.predicates[:1] == ("be",) and bool(_EXISTENTIAL.match(a.text)))
        or (a.predicates[:1] == ("have",) and a.agent is not None and a.agent == b.agent))


_DEONTIC = lexicon("claim_words").words("deontic_modals")


def _deontic(c: ClaimCandidate) -> bool:
    return any(w in _DEONTIC for w in c.text.lower().replace("\u2019", "'").split())


def _agree(fa: tuple[str, ...], fb: tuple[str, ...], pa: tuple[str, ...], pb: tuple[str, ...]
           ) -> bool:  # fmt: skip
    if fa and fb:
        return fa[0] == fb[0]
    return bool(pa and pb and pa[0] == pb[0] and (
        # A shared "is" agrees only when what is predicated does too ("is dead" / "is
        # dead"; not "is a surveillance balloon" / "is civilian").
        pa[0] not in actors.EMPTY_PREDICATES
        or set(pa[1:]) & set(pb[1:])
    ))


class Edges:
    """Scored pairs, strongest first (ties by the first index, then the second), held as
    arrays: a one-story corpus of thousands of articles has millions of them, which as
    Python tuples took gigabytes. Iterating gives ``(score, i, j)`` tuples."""

    def __init__(self, score: NDArray[np.float64], a: NDArray[np.int64], b: NDArray[np.int64]) -> None:
        order = np.lexsort((b, a, -score))
        self.score, self.a, self.b = score[order], a[order], b[order]

    def __len__(self) -> int:
        return len(self.score)

    def __iter__(self) -> Iterator[tuple[float, int, int]]:
        for s in range(0, len(self), _STEP):
            yield from zip(self.score[s : s + _STEP].tolist(), self.a[s : s + _STEP].tolist(),
                           self.b[s : s + _STEP].tolist(), strict=True)


@lru_cache(maxsize=4096)
def is_state(key: str) -> bool:
    """A country key ("russia", "us"): two different states doing one act are rivals;
    "the Pentagon" and "the U.S." doing it are not (an agency acts for its state)."""
    return country_code(key) is not None


@lru_cache(maxsize=65536)
def actor_keys(entities: tuple[str, ...]) -> frozenset[str]:
    """Actor keys of an entity list (places, "@..." keys, are not actors)."""
    return frozenset(e for e in entities if not e.startswith("@"))
