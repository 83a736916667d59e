"""Claim clustering across articles: paraphrases merge, different claims stay apart,
denials join the claim they deny, blocking is sub-quadratic and deterministic."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from sourcetrace.claims.candidates import ClaimCandidate, claim_candidates
from sourcetrace.claims.cluster import (
    ClusterOptions,
    candidate_pairs,
    cluster_claims,
    cluster_labels,
    rank_claims,
)
from sourcetrace.claims.pairs import pair_score
from sourcetrace.claims.sources import confirmed_members
from sourcetrace.models import Claim
from sourcetrace.stance.toward_claims import stance_toward_claims

# A story of our own invention, told by four outlets with paraphrases, a denial, and
# related-but-different claims.
ARTICLES = {
    "a1": "Iran has asked North Korea for ballistic missiles, officials said on Monday. "
          "North Korea asked Iran to postpone the weapons test until the summit ends.",
    "a2": "Diplomats say Tehran sought ballistic missiles from Pyongyang. "
          "Pyongyang knew about Iran's nuclear plans for months.",
    "a3": "Tehran approached Pyongyang with a request for missiles, according to two "
          "Western intelligence officials. Iran's foreign ministry said Iran has not asked "
          "North Korea for any missiles.",
    "a4": "North Korea is considering arms sales to Iran, a senior official said. "
          "Venezuela sold crude oil to Cuba at a discount.",
}


@pytest.fixture(scope="module")
def story(nlp) -> tuple[list[ClaimCandidate], list[Claim]]:  # type: ignore[no-untyped-def]
    cands: list[ClaimCandidate] = []
    for art, text in ARTICLES.items():
        cands += claim_candidates(nlp(text), article_id=art)
    return cands, cluster_claims(cands)


def _claim_of(story, article: str, needle: str) -> Claim:  # type: ignore[no-untyped-def]
    cands, claims = story
    cand = next(c for c in cands if c.article == article and needle in c.text)
    return next(cl for cl in claims if cand.id in cl.candidates)


def test_paraphrases_across_articles_are_one_claim(story) -> None:  # type: ignore[no-untyped-def]
    asked = _claim_of(story, "a1", "asked North Korea for ballistic missiles")
    assert _claim_of(story, "a2", "sought ballistic missiles") == asked
    assert _claim_of(story, "a3", "approached Pyongyang") == asked
    assert set(asked.articles) == {"a1", "a2", "a3"}


def test_a_denial_joins_the_claim_it_denies(story) -> None:  # type: ignore[no-untyped-def]
    asked = _claim_of(story, "a1", "asked North Korea for ballistic missiles")
    denial = _claim_of(story, "a3", "has not asked")
    assert denial == asked
    # The canonical text is an affirmative mention.
    assert "not" not in asked.text.split()


def test_related_but_different_claims_stay_apart(story) -> None:  # type: ignore[no-untyped-def]
    asked = _claim_of(story, "a1", "asked North Korea for ballistic missiles")
    swapped = _claim_of(story, "a1", "asked Iran to postpone")
    knew = _claim_of(story, "a2", "knew about")
    considering = _claim_of(story, "a4", "considering arms sales")
    oil = _claim_of(story, "a4", "Venezuela")
    ids = {asked.id, swapped.id, knew.id, considering.id, oil.id}
    assert len(ids) == 5


def test_claims_are_ranked_by_reach_and_deterministic(story, nlp) -> None:  # type: ignore[no-untyped-def]
    cands, claims = story
    assert claims[0].articles == ("a1", "a2", "a3")
    again = cluster_claims(list(reversed(cands)))
    assert {c.id for c in again} == {c.id for c in claims}
    assert [c.id for c in rank_claims(claims, min_articles=2)] == [claims[0].id]
    # Own-voice mentions are kept as sentence spans of their article.
    assert all(art in ARTICLES for art, _s, _e in claims[0].sentences)


def _synthetic(n: int, dim: int = 32, seed: int = 1) -> tuple[list[ClaimCandidate],
                                                                 np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((n // 5, dim))
    vecs = centres[rng.integers(0, len(centres), n)] + 0.3 * rng.standard_normal((n, dim))
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    names = [f"actor{k}" for k in range(40)]
    cands = [
        ClaimCandidate(id=f"k{i}", article=f"d{i % 50}", text=f"claim {i}", span=(0, 1),
                       entities=(names[i % 40], names[(i * 7) % 40]), predicates=("say",))
        for i in range(n)
    ]
    return cands, vecs.astype(np.float32)


def test_pair_generation_is_sub_quadratic() -> None:
    # A small block cap puts these sizes in the regime a large corpus is in with defaults.
    opts = ClusterOptions(max_block=8, lsh_bits=5)
    counts = {}
    for n in (1000, 4000):
        cands, vecs = _synthetic(n)
        pairs = candidate_pairs(cands, vecs, options=opts)
        assert (pairs[:, 0] < pairs[:, 1]).all()
        counts[n] = len(pairs)
        # Each item meets at most 2 x max_block others per block it belongs to.
        keys_per_item = opts.lsh_tables + 3
        assert len(pairs) <= n * keys_per_item * 2 * opts.max_block
    # Four times the items, well under sixteen times the pairs (all pairs would be 16x).
    assert counts[4000] < 10 * counts[1000]


def test_close_pairs_compacted_as_they_come_are_the_pairs_found_at_the_end() -> None:
    from sourcetrace.claims import blocking

    cands, vecs = _synthetic(600)
    pieces = list(blocking.pieces(cands, vecs, max_block=16, lsh_bits=4))
    at_end = blocking.close_pairs(vecs, pieces, 0.3, compact_every=10**12)
    often = blocking.close_pairs(vecs, pieces, 0.3, compact_every=50)
    assert len(at_end[0]) > 1000  # many pairs, met in several pieces each
    for whole, compacted in zip(at_end, often, strict=True):
        assert whole.tobytes() == compacted.tobytes()
    assert (at_end[0] < at_end[1]).all()


def test_edges_come_strongest_first_ties_by_index() -> None:
    from sourcetrace.claims.pairs import Edges

    edges = Edges(np.array([0.7, 0.9, 0.7, 0.9]), np.array([5, 3, 1, 3]), np.array([6, 9, 2, 4]))
    assert list(edges) == [(0.9, 3, 4), (0.9, 3, 9), (0.7, 1, 2), (0.7, 5, 6)]
    assert len(edges) == 4 and all(type(i) is int for _, i, _ in edges)


def test_blocked_clustering_agrees_with_all_pairs() -> None:
    cands, vecs = _synthetic(400)
    blocking = ClusterOptions(exact_pairs=0)  # block even a corpus this small
    blocked = cluster_labels(cands, vecs, threshold=0.8, options=blocking)
    exact = cluster_labels(cands, vecs, threshold=0.8, all_pairs=True)
    # Up to ``exact_pairs`` candidates (a story folder) every pair is compared.
    assert cluster_labels(cands, vecs, threshold=0.8) == exact
    assert cluster_labels(cands, vecs, threshold=0.8,
                          options=ClusterOptions(exact_pairs=399)) == blocked
    same = sum(
        (blocked[i] == blocked[j]) == (exact[i] == exact[j])
        for i in range(0, 400, 3) for j in range(i + 1, 400, 7)
    )
    total = sum(1 for i in range(0, 400, 3) for j in range(i + 1, 400, 7))
    assert same / total > 0.98
    assert cluster_labels(cands, vecs, threshold=0.8, seed=3, options=blocking) == (
        cluster_labels(cands, vecs, threshold=0.8, seed=3, options=blocking))


def test_ecbplus_lead_claims_merge_within_a_story_not_across(shared_dir, nlp) -> None:  # type: ignore[no-untyped-def]
    """Lead claims of ECB+ documents (train topics 1 and 3: two rehab check-ins by two
    actresses, two different murders): same-story leads often merge, leads of the other
    story of the topic must not."""
    import json

    ecb = shared_dir / "data" / "ecbplus"
    docs = []
    with (ecb / "train_dev_docs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["topic_id"] in (1, 3):
                docs.append(rec)
    leads: list[ClaimCandidate] = []
    for rec, doc in zip(docs, nlp.pipe("\n".join(r["text"].split("\n")[:3]) for r in docs),
                        strict=True):
        found = [c for c in claim_candidates(doc, article_id=rec["doc_id"])
                 if c.refers_to is None]
        leads += found[:1]
    claims = cluster_claims(leads)
    claim_of = {a: k for k, cl in enumerate(claims) for a in cl.articles}
    merged: dict[str, list[bool]] = {}
    with (ecb / "train_dev_pairs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["doc_a"] in claim_of and rec["doc_b"] in claim_of:
                same = claim_of[rec["doc_a"]] == claim_of[rec["doc_b"]]
                merged.setdefault(rec["label"], []).append(same)
    same_story = merged["same_story"]
    other_story = merged["same_topic_different_story"]
    assert len(same_story) > 100 and len(other_story) > 100
    assert sum(same_story) / len(same_story) > 0.3
    assert sum(other_story) / len(other_story) < 0.05


def _bare(cid: str, text: str, *, negated: bool = False, denial: bool = False,
          predicates: tuple[str, ...] = (), agent: str | None = None) -> ClaimCandidate:
    return ClaimCandidate(id=cid, article=cid, text=text, span=(0, len(text)),
                          negated=negated, denial=denial, predicates=predicates, agent=agent)


def test_a_merely_negated_mention_needs_more_similarity_than_an_explicit_denial() -> None:
    # Placed in a claim, a negated mention reads as a denial of it: it must be closer.
    claim = _bare("k1", "Iran asked for missiles")
    negated = _bare("k2", "Iran did not ask for missiles", negated=True)
    denial = _bare("k3", "Iran denied asking for missiles", negated=True, denial=True)
    both = _bare("k4", "Iran has not asked for missiles", negated=True)
    opts = ClusterOptions()
    assert pair_score(claim, negated, 0.75) == pytest.approx(0.75 - opts.negation_penalty)
    assert pair_score(claim, denial, 0.75) == pytest.approx(0.75)
    assert pair_score(negated, both, 0.75) == pytest.approx(0.75)  # they agree
    # Negating the claim's own predicate is a denial of it: no penalty beyond the bonus.
    asked = _bare("k5", "Iran asked for missiles", predicates=("ask",))
    never = _bare("k6", "Iran never asked for missiles", negated=True, predicates=("ask",))
    unrelated = _bare("k7", "Iran did not mind", negated=True, predicates=("mind",))
    assert pair_score(asked, never, 0.6) > 0.6
    assert pair_score(asked, unrelated, 0.6) == pytest.approx(0.6 - opts.negation_penalty)


def test_a_negation_of_the_same_verb_by_another_agent_is_no_denial() -> None:
    # "Ostland would not seek the death penalty for Brant" shares "seek" with "Brant
    # sought refuge in Varnia", but it is another's act: negated, it must be closer.
    sought = _bare("k1", "Brant sought refuge in Varnia", predicates=("seek",), agent="brant")
    other = _bare("k2", "Ostland would not seek the death penalty for Brant", negated=True,
                  predicates=("seek",), agent="ostland")
    own = _bare("k3", "Brant never sought refuge in Varnia", negated=True, predicates=("seek",),
                agent="brant")
    opts = ClusterOptions()
    assert pair_score(sought, other, 0.6) == pytest.approx(
        pair_score(sought, own, 0.6) - opts.negation_penalty)


def test_denial_vocabulary_marks_an_explicit_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    from sourcetrace.attribution.extract import extract_attributions

    text = "“Freedonia has received no such request from Ruritania,” the spokeswoman said."
    doc = nlp(text)
    cands = claim_candidates(doc, article_id="d1",
                             attributions=extract_attributions(doc, article_id="d1"))
    assert any(c.negated and c.denial for c in cands)


def test_a_negated_aside_does_not_become_a_denial_of_a_related_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "b1": "Analysts say questions remain over how far Ankara will go to anger Brussels "
              "and put its own economy at risk.",
        "b2": "Ankara might not mind risking sanctions if that helps it gain ground in the "
              "region, a professor said.",
    }
    cands = [c for art, t in texts.items() for c in claim_candidates(nlp(t), article_id=art)]
    aside = next(c for c in cands if c.article == "b2")
    assert aside.negated and not aside.denial
    claims = cluster_claims(cands)
    holder = next(cl for cl in claims if aside.id in cl.candidates)
    assert holder.articles == ("b2",)


def test_speakers_of_a_claim_worded_as_a_negation_assert_it(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "n1": "“We will not allow any fuel exports to Ruritania,” the energy minister said.",
        "n2": "The minister said the government will not allow fuel exports to Ruritania.",
        # Not "bought fuel": with only these three texts every shared word is rare, and
        # the rare-word bonus joins that denial of another act to the export claim (the
        # float model and the int8 graph both do; the old graph missed on some CPUs).
        "n3": "The ministry denied that Ruritania had bought weapons from Freedonia.",
    }
    from sourcetrace.attribution.extract import extract_attributions

    cands: list[ClaimCandidate] = []
    for art, t in texts.items():
        doc = nlp(t)
        cands += claim_candidates(doc, article_id=art,
                                  attributions=extract_attributions(doc, article_id=art))
    claims = cluster_claims(cands)
    exports = next(cl for cl in claims if "fuel exports" in cl.text)
    assert "not allow" in exports.text
    stances = {c.attribution: "denies" for c in cands if c.attribution}
    fixed = stance_toward_claims(claims, cands, stances)
    assert exports.mentions
    assert all(fixed[(m, exports.id)] == "asserts" for m in exports.mentions)
    # An explicit denial keeps its stance: its claim is the proposition it denies.
    bought = next(cl for cl in claims if "bought weapons" in cl.text)
    assert bought.mentions and all(fixed.get((m, bought.id), "denies") == "denies"
                                   for m in bought.mentions)


def test_a_quote_denying_one_claim_asserts_the_one_it_offers_instead() -> None:
    # "We firmly reject this. This was deliberate sabotage by the Ruritanian side": the
    # quote denies that Freedonia blew up the bridge and asserts the sabotage. Its stance
    # toward the second claim is the quote's own, not the denial read toward the first.
    deny = ClaimCandidate(id="k1", article="a", text="Freedonia blew up the bridge",
                          span=(0, 20), attribution="q", negated=True, denial=True)
    offer = ClaimCandidate(id="k2", article="a", text="Ruritania sabotaged the bridge",
                           span=(22, 60), attribution="q", order=1)
    blew = Claim(id="blew", text=deny.text, articles=("a",), candidates=("k1",),
                 mentions=("q",))
    sabotage = Claim(id="sabotage", text=offer.text, articles=("a",), candidates=("k2",),
                     mentions=("q",))
    fixed = stance_toward_claims([blew, sabotage], [deny, offer], {"q": "asserts"})
    assert fixed == {("q", "blew"): "denies", ("q", "sabotage"): "asserts"}


def test_a_negation_elsewhere_in_a_long_quote_does_not_deny_the_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    from sourcetrace.attribution.extract import extract_attributions

    text = ("“There is a trade dimension to the dispute with Freedonia. We should not forget "
            "the tariffs of 2019,” the economist said.")
    doc = nlp(text)
    atts = extract_attributions(doc, article_id="q1")
    cands = claim_candidates(doc, article_id="q1", attributions=atts)
    claims = cluster_claims(cands)
    trade = next(cl for cl in claims if "trade dimension" in cl.text)
    assert trade.mentions
    from sourcetrace.stance.rules import attribution_stance

    stances = {a.id: attribution_stance(a.content, cue=a.cue) for a in atts}
    assert {stances[m] for m in trade.mentions} == {"denies"}  # read over the whole quote
    fixed = stance_toward_claims(claims, cands, stances)
    assert all(fixed[(m, trade.id)] == "asserts" for m in trade.mentions)


def test_only_strong_chains_from_the_representative_confirm_a_claim() -> None:
    # Seven mentions in one cluster (identical vectors) and one singleton. k1 is the
    # representative (close to two others); k0, k2 are linked to it by close paraphrase; k3, k4 only by
    # pairs above the clustering threshold but below ``confirm``; k5 is an explicit
    # denial (always counts); k6 is strong only to k3, itself unconfirmed.
    opts = ClusterOptions()
    cands = [
        ClaimCandidate(id=f"k{i}", article=f"a{i}", text=f"statement {i}", span=(0, 1),
                       order=i, negated=i == 5, denial=i == 5)
        for i in range(8)
    ]
    vectors = np.tile(np.eye(4, dtype=np.float32)[0], (8, 1))
    labels = [0, 0, 0, 0, 0, 0, 0, 1]
    strong, weak = opts.confirm + 0.05, opts.confirm - 0.05
    edges = [(strong, 0, 1), (strong, 1, 2), (weak, 0, 3), (weak, 2, 4), (weak, 0, 5),
             (strong, 3, 6), (weak, 0, 7)]
    got, reps = confirmed_members(cands, vectors, labels, edges, confirm=opts.confirm)
    assert got == {0, 1, 2, 5, 7}
    assert reps == {0: 1, 1: 7}


def test_a_source_says_what_the_representative_says_not_what_a_chain_drifts_to() -> None:
    # k0 is the representative (two copies, k3 and k4, are close to it); k1 is a close
    # paraphrase of it, and k2 a close paraphrase of k1 only: the chain k0-k1-k2 is
    # strong all the way, but k2's own cosine with k0 is 0.45. With ``direct`` only k1
    # confirms the claim; k2 stays in it as a related statement.
    cands = [ClaimCandidate(id=f"k{i}", article=f"a{i}", text=f"w{i}a w{i}b w{i}c", span=(0, 1),
                            order=i) for i in range(5)]
    k2 = [0.45, 0.8875, (1 - 0.45**2 - 0.8875**2) ** 0.5]
    vectors = np.array([[1, 0, 0], [0.85, (1 - 0.85**2) ** 0.5, 0], k2, [1, 0, 0], [1, 0, 0]],
                       dtype=np.float32)
    edges = [(0.9, 0, 1), (0.9, 1, 2), (0.95, 0, 3), (0.95, 0, 4), (0.95, 3, 4)]
    labels = [0] * 5
    chain, reps = confirmed_members(cands, vectors, labels, edges, confirm=0.8)
    assert reps == {0: 0} and chain == {0, 1, 2, 3, 4}
    opts = replace(ClusterOptions(), direct=0.8)
    got, _ = confirmed_members(cands, vectors, labels, edges, confirm=0.8, options=opts)
    assert got == {0, 1, 3, 4}


def test_an_explicit_denial_far_from_the_representative_denies_nothing() -> None:
    # k0 the representative with two copies; k1 an explicit denial reached by no strong
    # chain but close to k0 (what it denies is what k0 says), k2 an explicit denial in the
    # cluster whose own words are far from k0 ("there was little he could do if Putin
    # denied involvement" in "he would raise the issue"): with ``direct`` only k1 denies.
    cands = [ClaimCandidate(id=f"k{i}", article=f"a{i}", text=f"w{i}a w{i}b w{i}c", span=(0, 1),
                            order=i, negated=i in (1, 2), denial=i in (1, 2)) for i in range(5)]
    vectors = np.array([[1, 0, 0], [0.95, (1 - 0.95**2) ** 0.5, 0], [0.4, (1 - 0.4**2) ** 0.5, 0],
                        [1, 0, 0], [1, 0, 0]], dtype=np.float32)
    edges = [(0.95, 0, 3), (0.95, 0, 4), (0.95, 3, 4), (0.7, 0, 1), (0.7, 1, 2)]
    labels = [0] * 5
    loose, _ = confirmed_members(cands, vectors, labels, edges, confirm=0.8)
    assert loose == {0, 1, 2, 3, 4}
    opts = replace(ClusterOptions(), direct=0.8)
    got, _ = confirmed_members(cands, vectors, labels, edges, confirm=0.8, options=opts)
    assert got == {0, 1, 3, 4}


def test_an_article_with_only_a_related_statement_does_not_carry_the_claim() -> None:
    from sourcetrace.claims.cluster import _make_claim

    # "The dam collapsed on Tuesday" (a1, the article's own voice) clustered with "an
    # explosion inside caused the collapse": related, so a1 is no reporter of the claim.
    cause = ClaimCandidate(id="k0", article="a0", text="An explosion inside caused the collapse",
                           span=(0, 9), attribution="t0")
    again = ClaimCandidate(id="k2", article="a2", text="An explosion inside caused the collapse",
                           span=(0, 9), attribution="t2", order=1)
    background = ClaimCandidate(id="k1", article="a1", text="The dam collapsed on Tuesday",
                                span=(5, 30), order=2)
    claim = _make_claim([cause, again, background], cause, [], loose=[background])
    assert claim.articles == ("a0", "a2")
    assert claim.sentences == (("a1", 5, 30),)  # still shown, as related evidence


def test_the_representative_is_what_most_members_say_not_the_mean() -> None:
    # Three wordings of "Trump and Putin meet" confirm each other; a sentence mixing the
    # meeting with Trump's breakfast with the Finnish president sits nearest the mean of
    # all four, but only weakly like any of them: it must not stand for the claim.
    texts = ["Trump and Putin meet in Helsinki", "Trump and Putin will meet in Helsinki",
             "Trump meets Putin in Helsinki",
             "Trump is meeting the Finnish president ahead of his summit with Putin"]
    cands = [ClaimCandidate(id=f"m{i}", article=f"a{i}", text=t, span=(0, 1), order=i)
             for i, t in enumerate(texts)]
    raw = np.array([[1, 0.3, 0, 0], [1, 0, 0.3, 0], [1, -0.3, -0.3, 0], [1, 0, 0, 0]],
                   dtype=np.float32)
    vectors = raw / np.linalg.norm(raw, axis=1, keepdims=True)
    assert int(np.argmax(vectors @ vectors.mean(axis=0))) == 3  # the mixed one is central
    edges = [(0.9, 0, 1), (0.9, 0, 2), (0.88, 1, 2), (0.75, 0, 3), (0.74, 1, 3)]
    got, reps = confirmed_members(cands, vectors, [0, 0, 0, 0], edges, confirm=0.8)
    assert reps[0] in (0, 1, 2)
    assert got == {0, 1, 2}


def test_blocking_rejects_degenerate_settings() -> None:
    from sourcetrace.claims.blocking import pieces

    cands = [_bare(f"b{i}", f"statement {i}") for i in range(3)]
    vectors = np.tile(np.eye(3, dtype=np.float32)[0], (3, 1))  # one LSH bucket
    with pytest.raises(ValueError):
        list(pieces(cands, vectors, max_block=1))
    assert all(len(p) <= 2 for p in pieces(cands, vectors, max_block=2))
    assert sum(len(p) for p in pieces(cands, vectors, max_block=2)) >= 3


def test_another_kind_of_event_never_confirms_a_claim() -> None:
    # "Lee was hired as coach" strongly linked inside "Lee was fired as coach": related.
    fired = ClaimCandidate(id="f0", article="a0", text="Lee was fired as coach", span=(0, 1),
                           predicates=("fire",))
    sacked = ClaimCandidate(id="f1", article="a1", text="Lee was sacked as coach", span=(0, 1),
                            predicates=("sack",), order=1)
    hired = ClaimCandidate(id="f2", article="a2", text="Lee was hired as coach", span=(0, 1),
                           predicates=("hire",), order=2)
    vectors = np.tile(np.eye(4, dtype=np.float32)[0], (3, 1))
    edges = [(0.95, 0, 1), (0.9, 1, 2)]
    got, _ = confirmed_members([fired, sacked, hired], vectors, [0, 0, 0], edges, confirm=0.8)
    assert got == {0, 1}


def test_a_negated_statement_of_another_act_does_not_confirm_a_claim() -> None:
    # "The drone does not pose a threat" strongly linked inside "The drone is flying far
    # above the airliners": related, neither a source nor a denier of it; "is not flying
    # above them" negates the claim's own act and stays in it (as a denial).
    flying = ClaimCandidate(id="d0", article="a0", text="The drone is flying far above the "
                            "airliners", span=(0, 1), predicates=("fly",))
    threat = ClaimCandidate(id="d1", article="a1", text="The drone does not pose a threat",
                            span=(0, 1), predicates=("pose",), negated=True, order=1)
    not_flying = ClaimCandidate(id="d2", article="a2", span=(0, 1), predicates=("fly",),
                                text="The drone is not flying above the airliners",
                                negated=True, order=2)
    vectors = np.tile(np.eye(4, dtype=np.float32)[0], (3, 1))
    edges = [(0.95, 0, 1), (0.9, 0, 2)]
    got, _ = confirmed_members([flying, threat, not_flying], vectors, [0, 0, 0], edges,
                               confirm=0.8)
    assert got == {0, 2}
    # What ought not to be denies nothing of what is: "the drone should not fly above the
    # airliners" is an opinion about the claim's act, related, not a denial of it.
    ought = ClaimCandidate(id="d3", article="a3", span=(0, 1), predicates=("fly",),
                           text="The drone shouldn’t fly above the airliners", negated=True,
                           order=3)
    got, _ = confirmed_members([flying, ought], vectors[:2], [0, 0], [(0.95, 0, 1)],
                               confirm=0.8)
    assert got == {0}



def test_cluster_options_come_from_settings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sourcetrace.claims import cluster_options
    from sourcetrace.claims.cluster import DEFAULT_THRESHOLD, ClusterOptions
    from sourcetrace.errors import UsageError
    from sourcetrace.settings import load_settings

    # The packaged settings are the code's defaults: one place to read every knob.
    seed, threshold, options = cluster_options(load_settings())
    assert (seed, threshold, options) == (0, DEFAULT_THRESHOLD, ClusterOptions())
    site = tmp_path / "site.toml"
    site.write_text("[claims]\nconfirm = 0.9\nthreshold = 0.7\n", encoding="utf-8")
    seed, threshold, options = cluster_options(load_settings(site))
    assert threshold == 0.7 and options.confirm == 0.9 and options.max_block == 64
    bad = load_settings().with_overrides({"claims.confirm": 0.9})
    bad.sections["claims"]["confrm"] = 1.0
    with pytest.raises(UsageError, match="confrm"):
        cluster_options(bad)


def test_two_states_doing_one_act_are_rival_claims() -> None:
    # "Freedonia blew up the bridge" and "Ruritania sabotaged the bridge" accuse different
    # states of one act: each is the other's denial, not its paraphrase.
    def cand(cid: str, agent: str, pred: str) -> ClaimCandidate:
        return ClaimCandidate(id=cid, article=cid, text=cid, span=(0, 1), agent=agent,
                              entities=(agent, "@bridge"), predicates=(pred,))

    opts = ClusterOptions()
    russia, ukraine = cand("k1", "russia", "blow"), cand("k2", "ukraine", "sabotage")
    assert pair_score(russia, ukraine, 0.8) == pytest.approx(
        0.8 + opts.frame_bonus - opts.disjoint_penalty - opts.rival_agent_penalty)
    # An agency and its state are no rivals ("the Pentagon" is not a state key) ...
    pentagon = cand("k3", "pentagon", "blow")
    assert pair_score(russia, pentagon, 0.8) == pytest.approx(
        0.8 + opts.frame_bonus - opts.disjoint_penalty)
    # ... and two states doing different things are left to the embedding.
    track = cand("k4", "ukraine", "mourn")  # no frame of its own
    assert pair_score(russia, track, 0.8) == pytest.approx(0.8 - opts.disjoint_penalty)


def test_an_explicit_denial_in_a_claim_denies_it_whatever_the_quote_reads() -> None:
    # "We strongly reject this" after "allegations that X": the quote alone reads as an
    # assertion; read toward the claim it denies, it is a denial.
    claim = Claim(id="c1", text="Ruritania mined the bridge", articles=("a1", "a2"),
                  mentions=("t1", "t2"), candidates=("k1", "k2"))
    said = ClaimCandidate(id="k1", article="a1", text="Ruritania mined the bridge",
                          span=(0, 1), attribution="t1")
    reject = ClaimCandidate(id="k2", article="a2", text="Ruritania mined the bridge",
                            span=(0, 1), attribution="t2", negated=True, denial=True)
    fixed = stance_toward_claims([claim], [said, reject], {"t1": "asserts", "t2": "asserts"})
    assert fixed == {("t1", "c1"): "asserts", ("t2", "c1"): "denies"}


def test_one_noun_singular_and_plural_are_different_things(nlp) -> None:  # type: ignore[no-untyped-def]
    # "A drone has been flying over the port" vs "drones flew over the port three times
    # last year": the same words, about different things.
    [one] = claim_candidates(nlp("A Freedonian drone has been flying over the port of Elsberg."),
                             article_id="a1")
    [many] = claim_candidates(nlp("Freedonian drones flew over the port of Elsberg three times "
                                  "last year."), article_id="a2")
    assert (one.subject, many.subject) == ("drone/sg", "drone/pl")
    from dataclasses import replace

    penalty = ClusterOptions().number_penalty
    assert pair_score(one, many, 0.8) == pytest.approx(
        pair_score(one, replace(many, subject=None), 0.8) - penalty)
    vessels = replace(many, subject="vessel/pl")  # another noun: no penalty
    assert pair_score(one, vessels, 0.8) == pair_score(one, replace(many, subject=None), 0.8)


def test_a_negated_opposite_word_says_the_claim() -> None:
    # "not going in with high expectations" in "going in with low expectations" says the
    # claim; "is not going to the summit" denies it.
    from sourcetrace.claims.pairs import same_act

    claim = Claim(id="c1", text="The envoy is going into the talks with low expectations",
                  articles=("a1", "a2", "a3"), mentions=("t1", "t2", "t3"),
                  candidates=("k1", "k2", "k3"))
    low = ClaimCandidate(id="k1", article="a1", text=claim.text, span=(0, 1),
                         attribution="t1", predicates=("go",))
    not_high = ClaimCandidate(id="k2", article="a2", span=(0, 1), attribution="t2",
                              text="The envoy is not going into the talks with high expectations",
                              predicates=("go",), negated=True)
    not_going = ClaimCandidate(id="k3", article="a3", span=(0, 1), attribution="t3",
                               text="The envoy is not going into the talks", predicates=("go",),
                               negated=True)
    stances = {"t1": "asserts", "t2": "denies", "t3": "denies"}
    fixed = stance_toward_claims([claim], [low, not_high, not_going], stances, same_act)
    assert fixed[("t2", "c1")] == "asserts"
    assert fixed.get(("t3", "c1"), "denies") == "denies"


def test_a_negated_mention_of_another_act_asserts_the_claim() -> None:
    # "The drone does not pose a threat" inside the claim that it flies far above the
    # airliners is part of what is claimed; "the drone is not flying above the airliners"
    # negates the claim's own act and denies it.
    from sourcetrace.claims.pairs import same_act

    claim = Claim(id="c1", text="The drone is flying far above the airliners",
                  articles=("a1", "a2", "a3"), mentions=("t1", "t2", "t3"),
                  candidates=("k1", "k2", "k3"))
    flying = ClaimCandidate(id="k1", article="a1", text=claim.text, span=(0, 1),
                            attribution="t1", predicates=("fly",))
    threat = ClaimCandidate(id="k2", article="a2", text="The drone does not pose a threat",
                            span=(0, 1), attribution="t2", predicates=("pose",), negated=True)
    not_flying = ClaimCandidate(id="k3", article="a3", span=(0, 1), attribution="t3",
                                text="The drone is not flying above the airliners",
                                predicates=("fly",), negated=True)
    stances = {"t1": "asserts", "t2": "denies", "t3": "denies"}
    fixed = stance_toward_claims([claim], [flying, threat, not_flying], stances, same_act)
    assert fixed[("t2", "c1")] == "asserts"
    assert ("t3", "c1") not in fixed  # keeps the attribution's own "denies"
    # Without the test of the act, every negated mention keeps its reading as a denial.
    assert ("t2", "c1") not in stance_toward_claims([claim], [flying, threat, not_flying], stances)


def test_the_negated_act_is_the_head_predicates_not_a_conjuncts() -> None:
    # "was not going in with high expectations but wanted a good relationship": the
    # negation is of going in; wanting, the claim's act, is asserted.
    from sourcetrace.claims.pairs import same_act

    wanted = ClaimCandidate(id="k1", article="a1", text="The president wanted good relations",
                            span=(0, 1), predicates=("want",))
    not_going = ClaimCandidate(id="k2", article="a2", span=(0, 1), negated=True,
                               text="The president was not going in with high expectations "
                                    "but wanted a good relationship", predicates=("go", "want"))
    not_wanting = replace(not_going, id="k3", text="The president did not want good relations",
                          predicates=("want",))
    assert not same_act(not_going, wanted)
    assert same_act(not_wanting, wanted)


def test_a_mention_negating_the_claims_own_act_denies_it(nlp) -> None:  # type: ignore[no-untyped-def]
    from sourcetrace.claims.pairs import same_act

    # "Inconsistent with" negates: the official's statement is no second source of the
    # ministry's, though the stance stage, reading the words alone, found no negation.
    text = ("The ministry said it was a weather drone. The equipment was inconsistent with "
            "that aboard weather drones, the official said.")
    doc = nlp(text)
    from sourcetrace.attribution.extract import extract_attributions

    atts = extract_attributions(doc, article_id="w1")
    cands = [c for c in claim_candidates(doc, article_id="w1", attributions=atts)
             if c.attribution]
    said = next(c for c in cands if "was a weather drone" in c.text)
    against = next(c for c in cands if "inconsistent" in c.text)
    assert against.negated and not said.negated and same_act(against, said)
    claim = Claim(id="drone", text=said.text, articles=("w1",),
                  candidates=(said.id, against.id),
                  mentions=(str(said.attribution), str(against.attribution)))
    stances = {str(said.attribution): "asserts", str(against.attribution): "asserts"}
    fixed = stance_toward_claims([claim], [said, against], stances, same_act)
    assert fixed[(str(against.attribution), "drone")] == "denies"
    assert fixed[(str(said.attribution), "drone")] == "asserts"
    # A negation word the stance rules read and weighed ("not necessarily": a hedge) is
    # left to them.
    hedge = replace(against, id="k-hedge", text="Beijing will not necessarily supply drones",
                    attribution="hedged")
    claim = replace(claim, candidates=(*claim.candidates, hedge.id),
                    mentions=(*claim.mentions, "hedged"))
    fixed = stance_toward_claims([claim], [said, against, hedge], {**stances, "hedged": "asserts"},
                                 lambda a, b: True)
    assert fixed[("hedged", "drone")] == "asserts"


def test_the_embedded_text_drops_negations_but_keeps_the_modal() -> None:
    from sourcetrace.claims.candidates import ClaimCandidate
    from sourcetrace.claims.cluster import embedding_text

    def text(t: str) -> str:
        return embedding_text(ClaimCandidate(id="k", article="a", text=t, span=(0, len(t))))

    # A denial lands with the claim it denies: the negation is cut, and what is left of
    # "can't" / "won't" is the modal, not "ca" / "wo".
    assert text("Ostland cannot say who shelled the port") == "Ostland can say who shelled the port"
    assert text("Ostland can't say who shelled the port") == "Ostland can say who shelled the port"
    assert text("Ruritania won’t allow fuel exports") == "Ruritania will allow fuel exports"
    assert text("Ruritania did not allow fuel exports") == "Ruritania did allow fuel exports"


def test_no_source_ends_up_saying_and_denying_one_claim() -> None:
    # A company's own statement, a report about it and the company's denial of that report,
    # worded alike (one name): the denial and its report are one claim, the company's own
    # statement another. A source taking back its own words is the one exception.
    def same(texts: list[str]) -> np.ndarray:  # alike enough to join, the two wordings most
        return np.array([[1.0, 0.0] if "ignored" in t else [0.8, 0.6] for t in texts],
                        dtype=np.float32)

    own = replace(_bare("k1", "Westgrid was cooperating with investigators"), source="westgrid")
    report = _bare("k2", "Westgrid had ignored warnings about the line")
    denial = replace(_bare("k3", "Westgrid had ignored warnings about the line", negated=True,
                           denial=True), source="westgrid")
    claims = cluster_claims([own, report, denial], embedder=same)
    groups = sorted(sorted(c.candidates) for c in claims)
    assert groups == [["k1"], ["k2", "k3"]], groups
    taken_back = replace(denial, withdrawn=True)
    claims = cluster_claims([own, report, taken_back], embedder=same)
    assert [sorted(c.candidates) for c in claims] == [["k1", "k2", "k3"]]
