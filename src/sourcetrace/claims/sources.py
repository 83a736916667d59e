"""Which members of a claim are its sources, and which sentence shows the claim.

Inside a cluster, only mentions that say what the claim's representative says count as
its sources (``confirmed_members``): a chain of close pairs links them to the
representative, their own pair score with it reaches ``ClusterOptions.direct``, and they
state the same kind of event. The other members are related statements, kept in the claim
but not counted. Explicit denials always count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from sourcetrace.claims import actors
from sourcetrace.claims.entities import normalise_entity
from sourcetrace.claims.lexical import WordOverlap
from sourcetrace.claims.pairs import ClusterOptions, act_of, same_act
from sourcetrace.claims.pairterms import PairTerms
from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from sourcetrace.claims.candidates import ClaimCandidate


def confirmed_members(
    core: Sequence[ClaimCandidate],
    vectors: NDArray[np.float32],
    labels: Sequence[int],
    edges: Iterable[tuple[float, int, int]],
    *,
    confirm: float,
    options: ClusterOptions | None = None,
) -> tuple[set[int], dict[int, int]]:
    """Indices of the candidates that confirm their cluster's claim: the representative,
    what a chain of pairs scoring >= ``confirm`` inside the cluster links to it, and
    explicit denials; given ``options``, only those whose own pair score with the
    representative also reaches ``options.direct``. The rest are related statements (see
    ``ClusterOptions.confirm``). Also each cluster label's representative (an index into
    ``core``)."""
    strong: dict[int, list[int]] = defaultdict(list)
    for score, i, j in edges:
        if score >= confirm and labels[i] == labels[j]:
            strong[i].append(j)
            strong[j].append(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, lab in enumerate(labels):
        groups[lab].append(i)
    out: set[int] = set()
    reps: dict[int, int] = {}
    for lab, members in groups.items():
        # Distinct wordings: the copies of one wire sentence count once; a denial repeating
        # a report's words ("denied reports that P" beside "reports that P") says none.
        degree = [len({core[j].text for j in strong[i] if not core[j].negated} - {core[i].text})
                  for i in members]
        rep = members[representative([core[i] for i in members], vectors[members], degree,
                                     min_words=options.min_words if options else 0)]
        reps[lab] = rep
        head = actors.frames(core[rep].predicates)[:1]
        reached, todo = {rep}, [rep]
        while todo:
            for j in strong[todo.pop()]:
                if j not in reached:
                    reached.add(j)
                    todo.append(j)
        # Another kind of event never confirms the claim ("X was hired" in "X was fired"),
        # nor does a merely negated statement of another act ("the balloon does not pose a
        # threat" in the claim that it flies well above airliners): related, not a source.
        out.update(i for i in reached if not _other_event(head, core[i], core[rep])
                   and not _negated_other_act(core[i], core[rep]))
        out.update(i for i in members if core[i].denial)
    if options is not None and options.direct > 0:
        out = _close_to_representative(core, vectors, labels, reps, out, options)
    # A flat negation of the claim's own act ("We are not raising fuel taxes" in the claim
    # that the government is preparing to raise them) answers it however loosely it is
    # worded: a denial, as the explicit ones are.
    out.update(i for i, lab in enumerate(labels) if negates_act(core[i], core[reps[lab]]))
    return out, reps


def _close_to_representative(
    core: Sequence[ClaimCandidate], vectors: NDArray[np.float32], labels: Sequence[int],
    reps: dict[int, int], confirmed: set[int], opts: ClusterOptions,
) -> set[int]:
    """The confirming members whose own pair score with the representative reaches
    ``opts.direct`` (and the explicit denials): the claim shown is the representative's
    text, and a mention is a source of it only when it says that, not when a chain of
    close paraphrases drifts to it ("Trump and Putin have met twice before" reached
    "Trump is to meet Putin in Helsinki on Monday" through "Trump and Putin will meet")."""
    rows = np.array(sorted(i for i in confirmed if i != reps[labels[i]]), dtype=np.int64)
    if not len(rows):
        return confirmed
    to = np.array([reps[labels[i]] for i in rows], dtype=np.int64)
    # Names shared say both are about one actor (the pair score's entity term), not that
    # they say one thing ("Adler had lost all credibility", "Adler would cooperate"); a
    # denial's names are what it rejects ("dismissed any involvement by the GRU").
    overlap = np.zeros(len(rows))
    if opts.word_bonus:
        overlap = WordOverlap(core, opts.word_prior, names=False).pairs(rows, to)
        denial = np.array([core[i].denial for i in rows], dtype=bool)
        if denial.any():
            overlap = np.where(denial, WordOverlap(core, opts.word_prior).pairs(rows, to),
                               overlap)
    scores = _pair_scores(core, vectors, rows, to, opts, overlap)
    far = {int(i) for i, s in zip(rows, scores, strict=True) if s < opts.direct}
    return confirmed - far


def _pair_scores(
    core: Sequence[ClaimCandidate], vectors: NDArray[np.float32], rows: NDArray[np.int64],
    to: NDArray[np.int64], opts: ClusterOptions, overlap: NDArray[np.float64],
) -> NDArray[np.float64]:
    """The pair scores of ``(rows[k], to[k])``, given their word overlaps."""
    cos = np.einsum("ij,ij->i", vectors[rows], vectors[to])
    scores: NDArray[np.float64] = PairTerms(core, opts).scores(rows, to, cos, overlap)
    return scores


def lone_negations(
    core: Sequence[ClaimCandidate], vectors: NDArray[np.float32], labels: list[int],
    reps: dict[int, int], opts: ClusterOptions, threshold: float,
) -> dict[int, int]:
    """Mentions left alone that negate another claim's act on what it names ("No agreement
    had been reached" beside "Varnia and Ostland have reached a preliminary agreement"),
    with the label of the claim each denies: the one with a wording of that act (its
    representative, else another of its mentions: "Ostland and Varnia have agreed in
    principle to a ceasefire" may represent the claim) it scores highest with, at least
    ``threshold``. The average link keeps a loosely worded denial out of a claim of several
    mentions; its own pair with a wording of the act is what says which claim it answers."""
    size: dict[int, int] = defaultdict(int)
    for lab in labels:
        size[lab] += 1
    lone = [i for i, lab in enumerate(labels) if size[lab] == 1 and core[i].negated]
    if not lone:
        return {}
    # Mentions by their act's head, so a lone negation is set only against those that may
    # state its act (``same_act`` agrees on the head's frame, else on the head itself).
    by_act: dict[str, list[int]] = defaultdict(list)
    represented = set(reps.values())  # each representative is paired below anyway
    for j, c in enumerate(core):
        if not c.negated and size[labels[j]] > 1 and j not in represented:
            by_act[_act_key(c)].append(j)
    pairs = [(i, r) for i in lone for lab, r in sorted(reps.items())
             if lab != labels[i] and negates_act(core[i], core[r])]
    pairs += [(i, j) for i in lone for j in by_act.get(_act_key(core[i]), ())
              if labels[j] != labels[i] and negates_act(core[i], core[j])]
    return {i: labels[r] for i, r in best_partners(core, vectors, pairs, opts, threshold).items()}


def _act_key(c: ClaimCandidate) -> str:
    """The frame of a mention's act, else its head predicate."""
    act = act_of(c.predicates)[:1]
    return (actors.frames(act) or act or ("",))[0]


def best_partners(
    core: Sequence[ClaimCandidate], vectors: NDArray[np.float32],
    pairs: Sequence[tuple[int, int]], opts: ClusterOptions, threshold: float,
) -> dict[int, int]:
    """For each first index of ``pairs``, the second it has its highest pair score with,
    when that reaches ``threshold`` (the first pair listed wins a tie)."""
    if not pairs:
        return {}
    rows = np.array([i for i, _ in pairs], dtype=np.int64)
    to = np.array([j for _, j in pairs], dtype=np.int64)
    overlap = (WordOverlap(core, opts.word_prior).pairs(rows, to) if opts.word_bonus
               else np.zeros(len(rows)))
    scores = _pair_scores(core, vectors, rows, to, opts, overlap)
    best: dict[int, tuple[float, int]] = {}
    for (i, j), score in zip(pairs, scores.tolist(), strict=True):
        if score >= threshold and (i not in best or score > best[i][0]):
            best[i] = (score, j)
    return {i: j for i, (_, j) in best.items()}


def lone_denials(core: Sequence[ClaimCandidate], labels: Sequence[int],
                 edges: Iterable[tuple[float, int, int]]) -> dict[int, int]:
    """Explicit denials left alone that restate a claim loosely ("denied that any of its
    drones had entered Varnian airspace" beside "shot down a military drone that had
    crossed into its airspace from Ostland"), with the label of the claim each denies: the
    one holding the affirmative mention of its strongest pair at or above the threshold
    (``edges``: the clustering's own). The average link keeps such a denial out of a claim
    whose other wordings it matches less well; one close pair is what a denial gives."""
    size: dict[int, int] = defaultdict(int)
    for lab in labels:
        size[lab] += 1
    lone = {i for i, lab in enumerate(labels) if size[lab] == 1 and core[i].denial}
    out: dict[int, int] = {}
    for _, i, j in edges:  # strongest first
        for d, other in ((i, j), (j, i)):
            if d in lone and d not in out and labels[other] != labels[d] and not (
                    core[other].negated or core[other].article == core[d].article
                    and core[other].source == core[d].source):
                out[d] = labels[other]
    return out


def negates_act(c: ClaimCandidate, rep: ClaimCandidate) -> bool:
    """``c`` negates the act ``rep`` states, on something both name: a word besides the
    predicates and the actors ("fuel", "taxes"; "Trump doesn't know him" is no denial
    that Trump knows the details of the issues)."""
    if not (c.negated and not rep.negated and not rep.doubted and same_act(c, rep)):
        return False
    actors_ = set(c.entities) | set(rep.entities)
    shared = set(c.words) & set(rep.words)
    # An actor's name in any of its forms ("moscow" for Russia) is no shared object.
    return any(w not in c.predicates and w not in rep.predicates
               and normalise_entity(w, "GPE") not in actors_ for w in shared) or (
        _covers(c, actors_) and _by_the_agent(c, rep))


def _covers(c: ClaimCandidate, actors_: set[str]) -> bool:
    """What ``c`` negates the act on covers any thing (claim_words.toml ``cover_objects``:
    "its products", "anything"), so it covers what the claim names."""
    # The words of an actor's name are no thing ("Kestrel Electronics' products").
    named = {w for a in actors_ for w in a.split()}
    own = {w for w in c.words if w not in c.predicates
           and normalise_entity(w, "GPE") not in actors_ and w not in actors_ | named}
    said = set(re.findall(r"[a-z]+", c.text.lower()))
    return own <= _COVER and bool(own or said & _COVER)


def _by_the_agent(c: ClaimCandidate, rep: ClaimCandidate) -> bool:
    """``c`` tells of the act by the claim's own agent: its agent, or, with none stated
    ("its products had not been sold"), its speaker ("kestrel" for "kestrel electronics")."""
    if rep.agent is None:
        return False
    if c.agent is not None:
        return c.agent == rep.agent
    agent = rep.agent.split()
    return any(k.split() == agent[: len(k.split())] or agent == k.split()[: len(agent)]
               for k in (*c.source_keys, c.source or "") if k)


def _negated_other_act(c: ClaimCandidate, rep: ClaimCandidate) -> bool:
    return c.negated and not c.denial and not rep.negated and not same_act(c, rep)


def _other_event(head: tuple[str, ...], c: ClaimCandidate, rep: ClaimCandidate) -> bool:
    """``c`` states another kind of event than the claim's framed head: another frame, or
    an unframed verb of its own ("Nordtel had fixed every known flaw" in the claim that
    it knew about a flaw before fixing it: their words agree, their acts do not)."""
    mine = actors.frames(c.predicates)[:1]
    if head and mine:
        return head != mine
    # Only where the claim's own head verb carries its frame ("knew"; not "is at an
    # altitude that keeps it away from air traffic", whose frame is a word further on).
    act, claimed = act_of(c.predicates)[:1], act_of(rep.predicates)[:1]
    return bool(head and act and actors.frames(claimed)) and (
        act[0] not in actors.EMPTY_PREDICATES and act != claimed)


_PRONOUN_OPENERS = lexicon("claim_words").words("pronoun_openers")
_COVER = lexicon("claim_words").words("cover_objects")


def representative(members: Sequence[ClaimCandidate], vecs: NDArray[np.float32],
                   degree: Sequence[int] | None = None, *, min_words: int = 0) -> int:
    """Index of the claim's representative: an affirmative mention that most members say
    the same as (``degree``: how many close pairs, scoring at least the confirm level, it
    has inside the claim), then the one nearest the members' mean. Nearest the mean alone
    picks a sentence that mixes the claim with its context ("Trump is meeting the Finnish
    president ahead of his summit with Putin" for a claim that Trump and Putin meet).
    A mention shorter than ``min_words`` comes after the others: a claim so worded is
    not shown ("Ballots were destroyed" would have hidden "Thousands of ballots had been
    destroyed in Marlow County" and every mention with it)."""
    sims = vecs.astype(np.float64) @ vecs.astype(np.float64).mean(axis=0)
    deg = degree if degree is not None else [0] * len(members)

    def rank(k: int) -> tuple[int, int, int, int, int, float, int, int, str, str]:
        c = members[k]
        # "It's", "that’s", "This,": the pronoun before the apostrophe or the comma.
        opener = re.split(r"['’,;:]", c.text.split(maxsplit=1)[0].lower())[0] if c.text.strip() else ""
        # The nearness rounded: two members are equally near the mean of two, and the last
        # bits of a float sum followed the members' order, which follows ids, which follow
        # the articles' paths. Equally near, the earlier in its article wins (a lead over
        # what follows it), then the fuller wording, never a path.
        # A report's words with no one behind them come after the others' ("reports that
        # she was considering ..." beside three people close to her campaign saying it).
        unsourced = int(c.source is None and c.attribution is not None)
        return (int(c.negated or c.doubted), int(len(c.text.split()) < min_words),
                int(opener in _PRONOUN_OPENERS), unsourced, -deg[k], -round(float(sims[k]), 6),
                c.order, -len(c.text), c.text, c.id)

    return min(range(len(members)), key=rank)
