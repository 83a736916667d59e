"""Claim clustering: blocked/approximate pairs vs all pairs, and an ECB+ sanity check.

    .venv/bin/python benchmarks/claim_clustering.py speed [--sizes 1000,2000,4000] [--replicate 4]
    .venv/bin/python benchmarks/claim_clustering.py ecb [--split dev] [--thresholds T,...]
        [--per-topic]
    .venv/bin/python benchmarks/claim_clustering.py emergent [--split dev] [--thresholds T,...]

``speed`` builds claim candidates from ECB+ news sentences (../shared/data/ecbplus, all
topics: only timing and agreement are measured), embeds them once, then clusters them
twice in one process: with the blocked pair generator (entity/frame blocks + LSH) and
with every pair scored (the exact baseline). It prints both times, their ratio, the
share of pairs compared, and the agreement of the two clusterings (adjusted Rand index
and pairwise precision/recall of co-membership, the all-pairs result as reference).

``ecb`` clusters one candidate per document (its lead claim) over the documents of a
split and checks against the gold story labels: lead claims of documents about the same
story should often merge (recall proxy), those of a different story of the same topic
should rarely merge (over-merging). ``--per-topic`` clusters each topic's documents as a
corpus of its own, as a user's single-story corpus would be.

``emergent`` is a claim-level check (ECB+ only knows stories, and two different claims of
one story merged count as right there): every Emergent headline of a split is parsed as an
article of its own, its claim candidates (attribution contents and own-voice sentences)
are clustered together, and each candidate's gold label is the claim its headline was
written about (denials and bare reports included). It prints B-cubed and pairwise
precision / recall of the clusters against those claims. Our train/dev split is the one
the stance model uses (by a seeded hash of the claim id).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
ECB = ROOT / ".." / "shared" / "data" / "ecbplus"


def _docs(split: str | None) -> Iterator[dict[str, object]]:
    with (ECB / "train_dev_docs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if split is None or rec["meta"]["split"] == split:
                yield rec


def _candidates(docs: list[dict[str, object]], *, limit: int | None, per_doc: int | None):
    from sourcetrace.claims.candidates import claim_candidates
    from sourcetrace.nlp.model import load_nlp

    nlp = load_nlp()
    out = []
    texts = (str(d["text"]) for d in docs)
    for rec, doc in zip(docs, nlp.pipe(texts, batch_size=16), strict=False):
        cands = claim_candidates(doc, article_id=str(rec["doc_id"]))
        cands = [c for c in cands if c.refers_to is None]
        out.extend(cands[:per_doc] if per_doc else cands)
        if limit and len(out) >= limit:
            return out[:limit]
    return out


def _pairwise(ref: list[int], got: list[int]) -> tuple[float, float]:
    """Precision and recall of co-membership of ``got`` against ``ref``."""
    def pairs(labels: list[int]) -> set[tuple[int, int]]:
        groups: dict[int, list[int]] = {}
        for i, lab in enumerate(labels):
            groups.setdefault(lab, []).append(i)
        return {p for g in groups.values() for p in itertools.combinations(g, 2)}

    r, g = pairs(ref), pairs(got)
    precision = len(r & g) / len(g) if g else 1.0
    recall = len(r & g) / len(r) if r else 1.0
    return precision, recall


def _replicate(pool, vectors, times: int, seed: int):  # type: ignore[no-untyped-def]
    """A larger synthetic corpus: each real candidate plus ``times - 1`` noisy copies
    (new ids and articles, vector noise giving a cosine of about 0.9 to the original)."""
    from dataclasses import replace

    rng = np.random.default_rng(seed)
    cands, vecs = list(pool), [vectors]
    for k in range(1, times):
        cands += [replace(c, id=f"{c.id}~{k}", article=f"{c.article}~{k}") for c in pool]
        noisy = vectors + rng.normal(0.0, 0.45 / np.sqrt(vectors.shape[1]), vectors.shape)
        vecs.append((noisy / np.linalg.norm(noisy, axis=1, keepdims=True)).astype(np.float32))
    return cands, np.concatenate(vecs)


def speed(sizes: list[int], seed: int, replicate: int) -> None:
    from sklearn.metrics import adjusted_rand_score

    from sourcetrace.claims.cluster import (
        ClusterOptions,
        candidate_pairs,
        cluster_labels,
        embedding_text,
    )
    from sourcetrace.nlp.embeddings import embed

    t0 = time.perf_counter()
    pool = _candidates(list(_docs(None)), limit=max(sizes), per_doc=None)
    vectors = embed([embedding_text(c) for c in pool])
    print(f"candidates: {len(pool)} from ECB+ (parse+embed {time.perf_counter() - t0:.1f}s)")
    opts = ClusterOptions()
    runs = [(n, pool[:n], vectors[:n]) for n in sizes if n <= len(pool)]
    if replicate > 1:
        big, big_vec = _replicate(pool, vectors, replicate, seed)
        runs.append((len(big), big, big_vec))
        print(f"last row: the {len(pool)} real candidates x{replicate} with noisy copies")
    print("n | pairs compared (share) | blocked s | all-pairs s | all/blocked | ARI | P | R")
    for n, core, vec in runs:
        t = time.perf_counter()
        blocked = cluster_labels(core, vec, seed=seed, options=opts)
        t_blocked = time.perf_counter() - t
        t = time.perf_counter()
        exact = cluster_labels(core, vec, seed=seed, options=opts, all_pairs=True)
        t_all = time.perf_counter() - t
        compared = len(candidate_pairs(core, vec, seed=seed, options=opts))
        total = n * (n - 1) // 2
        ari = adjusted_rand_score(exact, blocked)
        p, r = _pairwise(exact, blocked)
        print(f"{n} | {compared} ({compared / total:.3f}) | {t_blocked:.2f} | "
              f"{t_all:.2f} | {t_all / t_blocked:.2f} | {ari:.3f} | {p:.3f} | {r:.3f}")


def ecb(split: str, thresholds: list[float], seed: int, *, per_topic: bool = False) -> None:
    from sourcetrace.claims.cluster import cluster_labels, embedding_text
    from sourcetrace.nlp.embeddings import embed

    docs = list(_docs(split))
    lead = _candidates(docs, limit=None, per_doc=1)
    vectors = embed([embedding_text(c) for c in lead])
    with (ECB / "train_dev_pairs.jsonl").open(encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh]
    topic_of = {str(d["doc_id"]): d["topic_id"] for d in docs}
    print(f"split={split} docs={len(docs)} lead claims={len(lead)} per_topic={per_topic}")
    print("threshold | clusters | same_story merged | same_topic_diff_story merged | "
          "different_topic merged | merge precision")
    for thr in thresholds:
        if per_topic:
            # One corpus per topic, as a user's story corpus: every lead shares its actors.
            labels = [0] * len(lead)
            base = 0
            for topic in sorted(set(topic_of.values())):
                idx = [i for i, c in enumerate(lead) if topic_of[c.article] == topic]
                if not idx:
                    continue
                sub = cluster_labels([lead[i] for i in idx], vectors[idx], threshold=thr,
                                     seed=seed)
                for i, lab in zip(idx, sub, strict=True):
                    labels[i] = base + lab
                base += max(sub) + 1
        else:
            labels = cluster_labels(lead, vectors, threshold=thr, seed=seed)
        label_of = {c.article: lab for c, lab in zip(lead, labels, strict=True)}
        merged: dict[str, list[int]] = {}
        for rec in gold:
            a, b = rec["doc_a"], rec["doc_b"]
            if a in label_of and b in label_of:
                merged.setdefault(rec["label"], []).append(int(label_of[a] == label_of[b]))
        cells = []
        for label in ("same_story", "same_topic_different_story", "different_topic"):
            got = merged.get(label, [])
            cells.append(f"{sum(got)}/{len(got)} ({sum(got) / max(1, len(got)):.3f})")
        same = sum(merged.get("same_story", []))
        wrong = sum(merged.get("same_topic_different_story", [])) + sum(
            merged.get("different_topic", [])
        )
        prec = same / (same + wrong) if same + wrong else 1.0
        print(f"{thr:.2f} | {len(set(labels))} | " + " | ".join(cells) + f" | {prec:.3f}")


def _bcubed(ref: list[str], got: list[int]) -> tuple[float, float]:
    """B-cubed precision and recall of ``got`` against ``ref`` (per item, averaged)."""
    by_got: dict[int, list[int]] = {}
    by_ref: dict[str, list[int]] = {}
    for i, (r, g) in enumerate(zip(ref, got, strict=True)):
        by_got.setdefault(g, []).append(i)
        by_ref.setdefault(r, []).append(i)
    p = r_ = 0.0
    for i in range(len(ref)):
        same = sum(1 for j in by_got[got[i]] if ref[j] == ref[i])
        p += same / len(by_got[got[i]])
        r_ += same / len(by_ref[ref[i]])
    return p / len(ref), r_ / len(ref)


def emergent(split: str, thresholds: list[float], seed: int, confirms: list[float]) -> None:
    from sourcetrace.attribution.extract import extract_attributions
    from sourcetrace.claims.candidates import claim_candidates
    from sourcetrace.claims.cluster import cluster_with_edges, embedding_text
    from sourcetrace.claims.sources import confirmed_members, representative
    from sourcetrace.evaluation.stance import emergent_split
    from sourcetrace.nlp.embeddings import embed
    from sourcetrace.nlp.model import load_nlp

    path = ROOT / ".." / "shared" / "data" / "emergent" / "train.jsonl"
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if emergent_split(r["meta"]["claim_id"]) == split]
    nlp = load_nlp()
    core, gold = [], []
    for row, doc in zip(rows, nlp.pipe((r["body"] for r in rows), batch_size=64), strict=True):
        found = extract_attributions(doc, article_id=row["id"])
        for c in claim_candidates(doc, article_id=row["id"], attributions=found):
            if c.refers_to is None:
                core.append(c)
                gold.append(row["meta"]["claim_id"])
    vectors = embed([embedding_text(c) for c in core])
    print(f"split={split} headlines={len(rows)} claims={len(set(gold))} candidates={len(core)}")
    print("threshold | clusters | B3 precision | B3 recall | B3 F1 | pair precision | pair recall")
    ids = {g: k for k, g in enumerate(sorted(set(gold)))}
    runs = []
    for thr in thresholds:
        labels, edges = cluster_with_edges(core, vectors, threshold=thr, seed=seed)
        runs.append((thr, labels, edges))
        bp, br = _bcubed(gold, labels)
        pp, pr = _pairwise([ids[g] for g in gold], labels)
        print(f"{thr:.2f} | {len(set(labels))} | {bp:.3f} | {br:.3f} | "
              f"{2 * bp * br / (bp + br):.3f} | {pp:.3f} | {pr:.3f}")
    # Members counted as sources (confirming) vs related only: how often each is about
    # the same gold claim as the cluster's representative.
    print("threshold | confirm | members | confirming (same claim as rep) | "
          "related (same claim as rep)")
    for thr, labels, edges in runs:
        groups: dict[int, list[int]] = {}
        for i, lab in enumerate(labels):
            groups.setdefault(lab, []).append(i)
        rep_gold = {lab: gold[m[representative([core[i] for i in m], vectors[m])]]
                    for lab, m in groups.items()}
        multi = [i for i, lab in enumerate(labels) if len(groups[lab]) > 1]
        base = sum(gold[i] == rep_gold[labels[i]] for i in multi)
        print(f"{thr:.2f} | none | {len(multi)} | {len(multi)} ({base / max(1, len(multi)):.3f})"
              " | 0 (-)")
        for conf in confirms:
            ok, reps = confirmed_members(core, vectors, labels, edges, confirm=conf)
            rep_gold = {lab: gold[rep] for lab, rep in reps.items()}
            yes = [i for i in multi if i in ok]
            no = [i for i in multi if i not in ok]
            same_yes = sum(gold[i] == rep_gold[labels[i]] for i in yes)
            same_no = sum(gold[i] == rep_gold[labels[i]] for i in no)
            print(f"{thr:.2f} | {conf:.2f} | {len(multi)} | {len(yes)} "
                  f"({same_yes / max(1, len(yes)):.3f}) | {len(no)} "
                  f"({same_no / max(1, len(no)):.3f})")


def _confirm_value(text: str) -> float:
    from sourcetrace.claims.cluster import ClusterOptions

    return ClusterOptions().confirm if text == "default" else float(text)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    sp = sub.add_parser("speed")
    sp.add_argument("--sizes", default="1000,2000,4000")
    sp.add_argument("--seed", type=int, default=0)
    sp.add_argument("--replicate", type=int, default=1,
                    help="also run on the pool replicated this many times (noisy copies)")
    ep = sub.add_parser("ecb")
    ep.add_argument("--split", default="dev", choices=("train", "dev"))
    ep.add_argument("--thresholds", default=None, help="comma list (default: the default)")
    ep.add_argument("--seed", type=int, default=0)
    ep.add_argument("--per-topic", action="store_true",
                    help="cluster each topic's documents as a corpus of their own")
    mp = sub.add_parser("emergent")
    mp.add_argument("--split", default="dev", choices=("train", "dev"))
    mp.add_argument("--thresholds", default=None, help="comma list (default: the default)")
    mp.add_argument("--seed", type=int, default=0)
    mp.add_argument("--confirm", default="default",
                    help="comma list of ClusterOptions.confirm values: numbers or 'default'")
    args = ap.parse_args(argv)
    np.seterr(all="ignore")
    if args.mode == "speed":
        speed([int(x) for x in args.sizes.split(",")], args.seed, args.replicate)
    else:
        from sourcetrace.claims.cluster import DEFAULT_THRESHOLD

        thr = args.thresholds or str(DEFAULT_THRESHOLD)
        if args.mode == "emergent":
            confirms = [_confirm_value(x) for x in args.confirm.split(",")]
            emergent(args.split, [float(x) for x in thr.split(",")], args.seed, confirms)
            return 0
        ecb(args.split, [float(x) for x in thr.split(",")], args.seed,
            per_topic=args.per_topic)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
