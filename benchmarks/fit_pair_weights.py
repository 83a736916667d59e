"""Fits the weights of the claim pair score (``[claims]`` bonuses and penalties) on pairs of
claim mentions labelled same claim / different claim.

    .venv/bin/python benchmarks/fit_pair_weights.py [--floor 0.45] [--c 1.0]

``claims.pairs.pair_score`` is the mentions' cosine plus a weighted sum of what the parse
says (same or different event frame, shared or disjoint actors, swapped roles, rival
agents, number, suspicion, negation): linear in those terms, so the weights can be read
from a logistic regression of "same claim" on the cosine and the terms, each term's
coefficient over the cosine's giving its weight in cosine units. Each term's value for a
pair is the score of that pair with that weight alone set to 1 and a cosine of 0 (the
scorer itself, so the fit sees exactly what clustering adds).

Labelled pairs, every pair whose cosine reaches ``--floor`` (below it no weight matters):
- Emergent, train part of our split: each headline's candidates carry the claim it was
  written about (as ``claim_clustering.py emergent``);
- the dev stories (``../shared/data/stories/*``): a candidate of the real pipeline is
  labelled with the gold claim whose mention sentence it overlaps (candidates on two
  claims' sentences, or on none, are left out).

Prints per data set and for all together: the pairs, the fitted weights next to the
packaged ones, and the agreement (pair accuracy at the packaged threshold) of both. Fits
leaving one data set out show how far the weights carry to data they were not fitted on.
The weights in ``settings.toml`` are changed by hand from what it prints.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
STORIES = ("spy-balloon", "kakhovka-dam")
# The ClusterOptions fields pair_score weighs (the others are clustering knobs).
WEIGHTS = ("frame_bonus", "frame_penalty", "entity_bonus", "disjoint_penalty", "swap_penalty",
           "rival_agent_penalty", "same_agent_bonus", "number_penalty", "negation_penalty",
           "suspicion_penalty", "word_bonus")


def emergent_set() -> tuple[list[Any], list[str]]:
    from sourcetrace.attribution.extract import extract_attributions
    from sourcetrace.claims.candidates import claim_candidates
    from sourcetrace.evaluation.stance import emergent_split
    from sourcetrace.nlp.model import load_nlp

    with (SHARED / "emergent" / "train.jsonl").open(encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if emergent_split(r["meta"]["claim_id"]) == "train"]
    core, gold = [], []
    nlp = load_nlp()
    for row, doc in zip(rows, nlp.pipe((r["body"] for r in rows), batch_size=64), strict=True):
        found = extract_attributions(doc, article_id=row["id"])
        for c in claim_candidates(doc, article_id=row["id"], attributions=found):
            if c.refers_to is None:
                core.append(c)
                gold.append(str(row["meta"]["claim_id"]))
    return core, gold


def story_set(story: Path) -> tuple[list[Any], list[str]]:
    import sourcetrace
    from sourcetrace.evaluation.story import article_texts, read_gold
    from sourcetrace.evaluation.story_metrics import gold_mentions

    with tempfile.TemporaryDirectory() as tmp:
        analysis = sourcetrace.analyze([str(story / "articles")], db=f"sqlite:///{tmp}/s.db",
                                       stages=["ingest", "dedupe", "nlp", "dct", "timex",
                                               "attribute", "citations", "candidates"])
    assert analysis.corpus is not None
    texts = article_texts(analysis.to_dict(), story)
    mentions = gold_mentions(read_gold(story), texts)
    file_of = {a.id: Path(a.path).name for a in analysis.corpus.articles}
    core, gold = [], []
    for c in analysis.corpus.candidates:
        if c.refers_to is not None:
            continue
        on = {m.claim for row in mentions for m in row if m.span and m.file == file_of[c.article]
              and c.span[0] < m.span[1] and m.span[0] < c.span[1]}
        if len(on) == 1:
            core.append(c)
            gold.append(f"{story.name}:{on.pop()}")
    return core, gold


def labelled_pairs(core: list[Any], gold: list[str], floor: float
                   ) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """(features: cosine then one column per weight, labels) for pairs at or above ``floor``."""
    from sourcetrace.claims.cluster import ClusterOptions, embedding_text
    from sourcetrace.claims.lexical import WordOverlap
    from sourcetrace.claims.pairs import pair_score
    from sourcetrace.nlp.embeddings import embed

    vecs = embed([embedding_text(c) for c in core])
    cos = vecs @ vecs.T
    everyone = np.arange(len(core))
    shared = WordOverlap(core, ClusterOptions().word_prior).block(everyone, everyone)
    zero = replace(ClusterOptions(), **dict.fromkeys(WEIGHTS, 0.0))
    units = [replace(zero, **{w: 1.0}) for w in WEIGHTS]
    rows, labels = [], []
    for i, j in zip(*np.triu_indices(len(core), k=1), strict=True):
        if cos[i, j] < floor or core[i].article == core[j].article:
            continue
        rows.append([float(cos[i, j])] + [pair_score(core[i], core[j], 0.0, u, float(shared[i, j]))
                                          for u in units])
        labels.append(gold[i] == gold[j])
    return np.array(rows, dtype=float).reshape(-1, 1 + len(WEIGHTS)), np.array(labels, dtype=bool)


def fit(x: np.ndarray, y: np.ndarray, c: float) -> dict[str, float]:
    """Weights in cosine units and the implied threshold, from a logistic regression."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(x, y)
    beta = float(model.coef_[0][0])
    out = {w: float(model.coef_[0][k + 1]) / beta for k, w in enumerate(WEIGHTS)}
    out["threshold"] = -float(model.intercept_[0]) / beta
    return out


def scores(x: np.ndarray, weights: dict[str, float]) -> np.ndarray:
    return np.asarray(x[:, 0] + x[:, 1:] @ np.array([weights[k] for k in WEIGHTS]))


def accuracy(x: np.ndarray, y: np.ndarray, weights: dict[str, float], threshold: float) -> float:
    """Balanced: the share of same-claim pairs merged and of other pairs kept apart, averaged."""
    score = scores(x, weights)
    return 0.5 * (float(np.mean(score[y] >= threshold)) + float(np.mean(score[~y] < threshold)))


def auc(x: np.ndarray, y: np.ndarray, weights: dict[str, float]) -> float:
    """How well the score ranks same-claim pairs above the others, whatever the threshold."""
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, scores(x, weights)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--floor", type=float, default=0.45)
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the fit")
    args = ap.parse_args()
    from sourcetrace.claims import cluster_options
    from sourcetrace.settings import Settings

    _, threshold, packaged_opts = cluster_options(Settings())
    packaged = {w: getattr(packaged_opts, w) for w in WEIGHTS}
    sets: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    sets["emergent"] = labelled_pairs(*emergent_set(), args.floor)
    for name in STORIES:
        sets[name] = labelled_pairs(*story_set(SHARED / "stories" / name), args.floor)
    for name, (x, y) in sets.items():
        fires = {w: int(np.count_nonzero(x[:, k + 1])) for k, w in enumerate(WEIGHTS)}
        print(f"{name}: {len(y)} pairs, {int(y.sum())} same claim; terms firing {fires}")
    every = (np.vstack([s[0] for s in sets.values()]), np.concatenate([s[1] for s in sets.values()]))
    fits = {"all": fit(*every, args.c)}
    for out in sets:
        rest = [s for n, s in sets.items() if n != out]
        fits[f"all but {out}"] = fit(np.vstack([s[0] for s in rest]),
                                     np.concatenate([s[1] for s in rest]), args.c)
    print(f"\n{'weight':22s} {'packaged':>9s} " + " ".join(f"{n:>22s}" for n in fits))
    for w in (*WEIGHTS, "threshold"):
        base = threshold if w == "threshold" else packaged[w]
        print(f"{w:22s} {base:9.3f} " + " ".join(f"{f[w]:22.3f}" for f in fits.values()))
    print("\nper data set: ranking AUC of the score, then balanced pair accuracy at a threshold"
          f" (a fit's own, and the packaged {threshold}); the packaged weights were set by hand"
          " reading the dev stories' errors, so only Emergent is unseen by them")
    print(f"  {'data':14s} {'fitted without it':>34s} {'fitted on all':>34s} {'packaged':>22s}")
    for name, (x, y) in sets.items():
        cells = []
        for f in (fits[f"all but {name}"], fits["all"]):
            cells.append(f"AUC {auc(x, y, f):.3f} acc {accuracy(x, y, f, f['threshold']):.3f}/"
                         f"{accuracy(x, y, f, threshold):.3f}")
        cells.append(f"AUC {auc(x, y, packaged):.3f} acc {accuracy(x, y, packaged, threshold):.3f}")
        print(f"  {name:14s} {cells[0]:>34s} {cells[1]:>34s} {cells[2]:>22s}")


if __name__ == "__main__":
    main()
