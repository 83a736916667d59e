"""Cluster claim candidates across articles and paraphrases into claims.

Similarity of two candidates = cosine of their sentence embeddings (MiniLM), adjusted by
what the parse says: agreement of the event frame ("ask"/"seek"/"request" agree; "know" vs
"request" conflict), overlap of normalised actors, and a penalty when the same actors swap
roles ("Russia asked China" vs "China asked Russia"). Negation words are removed before
embedding, so that a denial ("Russia has not asked China for ...") lands with the claim it
denies; a denial of a bare report joins the cluster of the claim it points at.

Pairs are generated sub-quadratically (``claim_blocking``: actor, frame and LSH blocks).
Clusters grow greedily from the strongest pairs (single link above the threshold), and two
clusters merge only when their average adjusted similarity also clears the threshold less
a margin, which stops chaining. Inside a claim, only mentions that say what its representative
says count as its sources (``sources.confirmed_members``). Everything is deterministic
for a given ``seed``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from sourcetrace.claims import actors, blocking
from sourcetrace.claims import link as lex
from sourcetrace.claims.answered import accused_claim, framed_claim, named_content, owned_claim
from sourcetrace.claims.consistency import Voices, consistent
from sourcetrace.claims.lexical import WordOverlap
from sourcetrace.claims.pairs import ClusterOptions, Edges
from sourcetrace.claims.pairterms import PairTerms, scored_edges
from sourcetrace.claims.relayed import cited_joins
from sourcetrace.claims.sources import confirmed_members, lone_denials, lone_negations
from sourcetrace.models import Claim, content_id
from sourcetrace.unionfind import UnionFind

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from sourcetrace.claims.candidates import ClaimCandidate

DEFAULT_THRESHOLD = 0.68
_NEGATION = re.compile(r"\b(?:not|never|no longer)\s+|n['’]t\b|\bno\s+(?=\w)", re.I)
# Negated modals whose stem is no word once the negation is cut ("ca", "wo").
_MODAL_NOT = re.compile(r"\b(can|ca|wo|sha)(?:not\b|n['’]t\b)", re.I)
_MODALS = {"can": "can", "ca": "can", "wo": "will", "sha": "shall"}

Embedder = Callable[[Sequence[str]], "NDArray[np.float32]"]


def embedding_text(c: ClaimCandidate) -> str:
    """The text embedded for a candidate: its canonical text without negation words
    ("cannot" and "can't" are "can", "won't" is "will")."""
    return _NEGATION.sub("", _MODAL_NOT.sub(lambda m: _MODALS[m.group(1).lower()], c.text))


def cluster_claims(
    candidates: Sequence[ClaimCandidate],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    seed: int = 0,
    options: ClusterOptions | None = None,
    embedder: Embedder | None = None,
    outlets: Mapping[str, str] | None = None,
) -> list[Claim]:
    """Cluster candidates from many articles into claims, ranked by reach.

    ``threshold`` is the minimum adjusted similarity for two mentions to be one claim;
    ``embedder`` defaults to ``sourcetrace.nlp.embeddings.embed`` (kept injectable for
    benchmarks that reuse vectors); ``outlets``, article id -> its outlet, lets a mention
    that credits an outlet join that outlet's claim (``relayed.cited_joins``).
    """
    opts = options or ClusterOptions()
    core = [c for c in candidates if c.refers_to is None]
    if not core:
        return []
    vectors = _embed_unique([embedding_text(c) for c in core], embedder)
    labels, edges = cluster_with_edges(core, vectors, threshold=threshold, seed=seed,
                                       options=opts)
    confirmed, reps = confirmed_members(core, vectors, labels, edges, confirm=opts.confirm,
                                        options=opts)
    lone = consistent(core, labels, {
        **cited_joins(core, vectors, labels, opts, outlets or {}),
        **lone_denials(core, labels, edges),
        **lone_negations(core, vectors, labels, reps, opts, threshold)})
    for i, lab in lone.items():
        reps.pop(labels[i], None)
        labels[i] = lab
        confirmed.add(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, lab in enumerate(labels):
        groups[lab].append(i)
    attached = _attach_pointed(candidates, core, labels, groups, reps, vectors, opts, embedder)
    claims = [
        _make_claim([core[i] for i in members], core[reps[lab]], attached.get(lab, []),
                    loose=[core[i] for i in members if i not in confirmed])
        for lab, members in groups.items() if _shown(core[reps[lab]], opts.min_words)
    ]
    return rank_claims(claims)


def _shown(rep: ClaimCandidate, min_words: int) -> bool:
    """A claim is shown when its wording has ``min_words`` words, or one fewer where it
    opens with an actor who does something to something ("Nordline paying bribes",
    "Putin controls Trump"): not a fragment ("So does Putin", "Huntsman told reporters",
    a byline's "Paul Brandus, Published")."""
    words = rep.text.split()
    if len(words) >= min_words:
        return True
    head = rep.predicates[0] if rep.predicates else ""
    return (len(words) == min_words - 1 and rep.agent is not None and "," not in rep.text
            and words[0].lower().strip("'’") == rep.agent.split()[0]
            and head not in actors.EMPTY_PREDICATES and head not in actors.LIGHT_VERBS
            and head not in lex.SPEAKING_VERBS and head not in lex.WRAPPER_VERBS)


def _attach_pointed(
    candidates: Sequence[ClaimCandidate], core: list[ClaimCandidate], labels: list[int],
    groups: dict[int, list[int]], reps: dict[int, int], vectors: NDArray[np.float32],
    opts: ClusterOptions, embedder: Embedder | None,
) -> dict[int, list[ClaimCandidate]]:
    """The claim each mention that points elsewhere joins (a bare denial, an echo): the
    candidate it points at, the claim its words name, the claim of its kind of event, what
    accuses its denier, else its article's most salient claim; one pointed at another such
    mention ("rejected a report ..., calling it ...") goes where that one went."""
    index_of = {c.id: i for i, c in enumerate(core)}
    by_id = {c.id for c in candidates if c.refers_to is not None}
    attached: dict[int, list[ClaimCandidate]] = defaultdict(list)
    answers = [(c.article, labels[index_of[c.refers_to]], c.order) for c in candidates
               if c.refers_to is not None and c.refers_to in index_of]
    salient = _salient_label_per_article(core, labels, answers)
    where: dict[str, int] = {}
    for c in sorted(candidates, key=lambda x: x.refers_to in by_id):  # chained ones last
        label: int | None = None
        if c.refers_to is None:
            continue
        if c.refers_to in where:
            label = where[c.refers_to]
        elif c.refers_to in index_of:
            label = labels[index_of[c.refers_to]]
        elif c.refers_to == lex.BY_CONTENT:
            label = _named_claim(c, groups, vectors, opts, embedder)
        elif c.refers_to == lex.BY_FRAME:
            label = framed_claim(c, groups, core, reps)  # "nobody died": the claim of deaths
        elif c.refers_to == lex.ARTICLE_CONTEXT:
            # "rejected Voss's claims": what Voss says; else what accuses the denier
            label = owned_claim(c, core, labels)
            label = accused_claim(c, core, labels) if label is None else label
        if label is None and c.refers_to in (lex.ARTICLE_CONTEXT, lex.BY_CONTENT):
            label = salient.get(c.article)
        if label is not None:
            attached[label].append(c)
            where[c.id] = label
    return attached


def _named_claim(
    c: ClaimCandidate, groups: dict[int, list[int]], vectors: NDArray[np.float32],
    opts: ClusterOptions, embedder: Embedder | None,
) -> int | None:
    """The claim whose mentions, on average, are closest to the words of a denial that
    names what it rejects, when close enough (``opts.named_denial``). The average, not
    the closest single mention: "the spy balloon accusation" is about the story's claim
    that the balloon spies, not about any sentence that happens to say "spy balloons"."""
    vec = _embed_unique([named_content(c.text)], embedder)[0]
    best: tuple[float, int] | None = None
    for lab, members in sorted(groups.items()):
        centre = vectors[members].mean(axis=0)
        sim = float(centre @ vec) / max(float(np.linalg.norm(centre)), 1e-9)
        if best is None or sim > best[0]:
            best = (sim, lab)
    return best[1] if best is not None and best[0] >= opts.named_denial else None


def _salient_label_per_article(
    core: Sequence[ClaimCandidate], labels: list[int],
    answers: Sequence[tuple[str, int, int]] = (),
) -> dict[str, int]:
    """Per article, the cluster stated in most sentences there, each answer to it (a denial
    or doubt pointed at it, ``answers``: (article, label, order)) counting as one more
    (earliest on ties): what a denial of "the reports" most likely targets when no nearer
    report precedes. Sentences, not mentions: a nested attribution ("X said Y wanted to P")
    states P once."""
    said: dict[tuple[str, int], set[tuple[int, int]]] = defaultdict(set)
    first: dict[tuple[str, int], int] = {}
    for c, lab in zip(core, labels, strict=True):
        if c.negated:
            continue
        key = (c.article, lab)
        said[key].add(c.sentence or c.span)
        first[key] = min(first.get(key, c.order), c.order)
    count: dict[tuple[str, int], int] = {key: len(spans) for key, spans in said.items()}
    for art, lab, order in answers:
        # An article that only answers a claim ("denied that P, contradicting Varnia's
        # account"): its further bare answers ("No such commitment was made") are of it too.
        key = (art, lab)
        count[key] = count.get(key, 0) + 1
        first[key] = min(first.get(key, order), order)
    best: dict[str, tuple[int, int, int]] = {}
    for (art, lab), n in count.items():
        cand = (-n, first[(art, lab)], lab)
        if art not in best or cand < best[art]:
            best[art] = cand
    return {art: v[2] for art, v in best.items()}


def rank_claims(claims: Iterable[Claim], *, min_articles: int = 1) -> list[Claim]:
    """Claims by reach (distinct articles), then mentions, then id; fewer articles dropped."""
    kept = [c for c in claims if len(c.articles) >= min_articles]
    return sorted(kept, key=lambda c: (-len(c.articles), -len(c.candidates), c.id))


def cluster_labels(
    core: Sequence[ClaimCandidate],
    vectors: NDArray[np.float32],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    seed: int = 0,
    options: ClusterOptions | None = None,
    all_pairs: bool = False,
) -> list[int]:
    """Cluster label per candidate. ``all_pairs`` compares every pair instead of the
    blocked ones (the benchmark's exact baseline, quadratic)."""
    return cluster_with_edges(core, vectors, threshold=threshold, seed=seed,
                              options=options, all_pairs=all_pairs)[0]


def cluster_with_edges(
    core: Sequence[ClaimCandidate],
    vectors: NDArray[np.float32],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    seed: int = 0,
    options: ClusterOptions | None = None,
    all_pairs: bool = False,
) -> tuple[list[int], Edges]:
    """``cluster_labels`` plus the scored pairs at or above the threshold, strongest
    first, as (score, i, j)."""
    opts = options or ClusterOptions()
    # No bonus can lift a pair whose cosine is below this floor over the threshold.
    floor = threshold - opts.frame_bonus - opts.entity_bonus
    if all_pairs or len(core) <= opts.exact_pairs:
        pieces: Iterable[NDArray[np.int64]] = [np.arange(len(core), dtype=np.int64)]
    else:
        pieces = blocking.pieces(core, vectors, seed=seed, max_block=opts.max_block,
                                 lsh_tables=opts.lsh_tables, lsh_bits=opts.lsh_bits)
    words = WordOverlap(core, opts.word_prior) if opts.word_bonus else None
    idx_a, idx_b, cos = blocking.close_pairs(vectors, pieces, floor, words=words,
                                             word_bonus=opts.word_bonus)
    overlap = words.pairs(idx_a, idx_b) if words is not None else None
    terms = PairTerms(core, opts)
    edges = scored_edges(terms, idx_a, idx_b, cos, threshold, overlap)
    del idx_a, idx_b, cos, overlap
    return _greedy_merge(vectors, edges, threshold, opts, terms, words,
                         voices=Voices(core)), edges


def candidate_pairs(
    core: Sequence[ClaimCandidate],
    vectors: NDArray[np.float32],
    *,
    seed: int = 0,
    options: ClusterOptions | None = None,
) -> NDArray[np.int64]:
    """Every pair ``(i, j)``, i < j, the blocked clustering compares (``(m, 2)``, sorted)."""
    o = options or ClusterOptions()
    return blocking.candidate_pairs(core, vectors, seed=seed, max_block=o.max_block,
                                    lsh_tables=o.lsh_tables, lsh_bits=o.lsh_bits)


def _greedy_merge(
    vectors: NDArray[np.float32],
    edges: Iterable[tuple[float, int, int]],
    threshold: float,
    opts: ClusterOptions,
    terms: PairTerms,
    words: WordOverlap | None = None,
    *,
    voices: Voices,
) -> list[int]:
    """Merge along the strongest edges; two clusters join only when their *average*
    adjusted similarity (over all cross pairs, sampled when large) clears the threshold
    less a margin, which stops single-link chaining through topical sentences, and when
    no source would say one act of the joined claim and deny another (``consistency``)."""
    n = len(vectors)
    sets = UnionFind(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for i in range(n):
        voices.add(i, [i])
    # Two clusters refused once are refused again until one of them grows: their average
    # link is the same (same members, same samples). Many edges join the same two big
    # clusters; without this the check ran 48 million pair scores on Helsinki.
    refused: set[tuple[int, int, int, int]] = set()
    for _score, i, j in edges:
        ri, rj = sets.find(i), sets.find(j)
        if ri == rj:
            continue
        key = (ri, rj, len(members[ri]), len(members[rj]))
        if key in refused:
            continue
        # Two single mentions: their average link is this edge's own score, at least the
        # threshold, so they always join (a tenth of the checks on Helsinki).
        single = len(members[ri]) == 1 == len(members[rj])
        if voices.clash(ri, rj):
            refused.add(key)
            continue
        if not single and _average_link(vectors, members[ri], members[rj], opts, terms, words) < (
            threshold - opts.link_margin
        ):
            refused.add(key)
            continue
        joined = sets.union(ri, rj)
        assert joined is not None
        keep, gone = joined
        members[keep] = members[keep] + members.pop(gone)
        voices.merge(keep, gone)
    roots: dict[int, int] = {}
    return [roots.setdefault(sets.find(i), len(roots)) for i in range(n)]


def _average_link(
    vectors: NDArray[np.float32],
    a: list[int],
    b: list[int],
    opts: ClusterOptions,
    terms: PairTerms,
    words: WordOverlap | None = None,
) -> float:
    # Evenly spaced samples keep the check bounded (and deterministic) for big clusters.
    a_s = a if len(a) <= opts.link_sample else a[:: max(1, len(a) // opts.link_sample)]
    b_s = b if len(b) <= opts.link_sample else b[:: max(1, len(b) // opts.link_sample)]
    ia, ib = np.repeat(np.asarray(a_s), len(b_s)), np.tile(np.asarray(b_s), len(a_s))
    cos = (vectors[a_s] @ vectors[b_s].T).ravel()
    shared = (words.block(np.asarray(a_s), np.asarray(b_s)).ravel() if words is not None
              else np.zeros(len(cos)))
    # Summed in order, one pair after the other, as the pair-by-pair check did.
    total = float(np.cumsum(terms.scores(ia, ib, cos, shared))[-1])
    return total / (len(a_s) * len(b_s))


def _make_claim(
    members: list[ClaimCandidate], rep: ClaimCandidate, attached: list[ClaimCandidate],
    *, loose: Sequence[ClaimCandidate] = (),
) -> Claim:
    everyone = [*members, *attached]
    ids = tuple(sorted({c.id for c in everyone}))
    # An attribution is related only when none of its candidates here confirms the claim.
    loose_ids = {c.id for c in loose}
    confirming = {c.attribution for c in everyone if c.id not in loose_ids}
    related = {c.attribution for c in loose if c.attribution and c.attribution not in confirming}
    return Claim(
        id=content_id("|".join(ids), prefix="c"),
        text=rep.text,
        # An article whose only member is a related statement does not carry the claim
        # ("The dam collapsed on Tuesday" in a claim that an explosion inside caused it):
        # it is no reporter of it, first or later.
        articles=tuple(sorted({c.article for c in everyone if c.id not in loose_ids})),
        mentions=tuple(sorted({c.attribution for c in everyone if c.attribution})),
        candidates=ids,
        sentences=tuple(
            sorted({(c.article, c.span[0], c.span[1]) for c in everyone if c.attribution is None})
        ),
        evidence=tuple(sorted({(c.attribution, c.article, c.span[0], c.span[1])
                               for c in everyone if c.attribution is not None})),
        related=tuple(sorted(related)),
    )


def _embed_unique(texts: list[str], embedder: Embedder | None) -> NDArray[np.float32]:
    if embedder is None:
        from sourcetrace.nlp.embeddings import embed

        embedder = embed
    uniq = sorted(set(texts))
    table = embedder(uniq)
    pos = {t: k for k, t in enumerate(uniq)}
    return np.asarray(table[[pos[t] for t in texts]], dtype=np.float32)
