"""Fits ``[claims] direct``: how close a mention must be to its claim's representative (the
sentence shown as the claim) to count as a source of it.

    .venv/bin/python benchmarks/fit_direct.py [--helsinki-db D] [--beta 1.0]

A claim's sources are the mentions a chain of close pairs (``confirm``) links to its
representative; each step is close, but the chain drifts ("Trump and Putin have met twice
before" reached "Trump is to meet Putin in Helsinki on Monday"). ``direct`` asks, on top,
for the member's own pair score with the representative. The labelled pairs are (member,
representative) of every source the chain rule alone confirms (``direct = 0``):

- the dev stories (``../shared/data/stories/*``): the real pipeline on the story; a pair is
  labelled by the gold mentions its two candidates overlap (the same gold claim: states
  it; only other claims: does not; on no gold mention: left out);
- Helsinki (``../shared/data/helsinki``): ``benchmarks/data/direct_labels.json``, pairs drawn
  at random from claims in three or more articles and judged by one reader ("does the
  member state what the representative says?"), kept as the article's line in the JSONL
  file and character spans only. ``--helsinki-db`` reuses a store of ``sourcetrace analyze
  ../shared/data/helsinki/articles.jsonl``; without it, the article stages run here.

Prints per threshold the precision and recall of the kept sources per data set and pooled,
and the threshold with the best pooled F-beta (``--beta``, 1 by default). The value in
``settings.toml`` is set by hand from what it prints.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
STORIES = ("spy-balloon", "kakhovka-dam")
LABELS = ROOT / "benchmarks" / "data" / "direct_labels.json"
PER_ARTICLE = ["ingest", "dedupe", "nlp", "dct", "timex", "attribute", "citations",
               "candidates"]


def _scores(core: Sequence[Any], a: np.ndarray, b: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    from sourcetrace.claims.lexical import WordOverlap
    from sourcetrace.claims.pairs import ClusterOptions
    from sourcetrace.claims.pairterms import PairTerms

    opts = ClusterOptions()
    cos = np.einsum("ij,ij->i", vectors[a], vectors[b])
    overlap = WordOverlap(core, opts.word_prior).pairs(a, b)
    return np.asarray(PairTerms(core, opts).scores(a, b, cos, overlap))


def _sources(core: Sequence[Any]) -> tuple[list[tuple[int, int]], np.ndarray]:
    """(member, representative) of every source the chain rule alone confirms, and the
    candidates' vectors."""
    from sourcetrace.claims.cluster import cluster_with_edges, embedding_text
    from sourcetrace.claims.pairs import ClusterOptions
    from sourcetrace.claims.sources import confirmed_members
    from sourcetrace.nlp.embeddings import embed

    opts = ClusterOptions()
    vectors = embed([embedding_text(c) for c in core])
    labels, edges = cluster_with_edges(core, vectors, threshold=0.68, options=opts)
    ok, reps = confirmed_members(core, vectors, labels, list(edges), confirm=opts.confirm)
    pairs = [(i, reps[labels[i]]) for i in sorted(ok)
             if i != reps[labels[i]] and not core[i].denial
             and core[i].text != core[reps[labels[i]]].text]
    return pairs, vectors


def story_set(story: Path) -> tuple[np.ndarray, np.ndarray]:
    import sourcetrace
    from sourcetrace.evaluation.story import article_texts, read_gold
    from sourcetrace.evaluation.story_metrics import gold_mentions

    with tempfile.TemporaryDirectory() as tmp:
        analysis = sourcetrace.analyze([str(story / "articles")], db=f"sqlite:///{tmp}/s.db",
                                       stages=PER_ARTICLE)
    assert analysis.corpus is not None
    mentions = gold_mentions(read_gold(story), article_texts(analysis.to_dict(), story))
    file_of = {a.id: Path(a.path).name for a in analysis.corpus.articles}
    core = [c for c in analysis.corpus.candidates if c.refers_to is None]

    def on(c: Any) -> set[int]:
        return {m.claim for row in mentions for m in row if m.span and m.file == file_of[c.article]
                and c.span[0] < m.span[1] and m.span[0] < c.span[1]}

    pairs, vectors = _sources(core)
    rows, labels = [], []
    for i, r in pairs:
        mine, theirs = on(core[i]), on(core[r])
        if mine and theirs:
            rows.append((i, r))
            labels.append(bool(mine & theirs))
    if not rows:
        return np.zeros(0), np.zeros(0, dtype=bool)
    a, b = (np.array(x, dtype=np.int64) for x in zip(*rows, strict=True))
    return _scores(core, a, b, vectors), np.array(labels)


def helsinki_set(db: str | None) -> tuple[np.ndarray, np.ndarray]:
    from sourcetrace.claims.candidates import ClaimCandidate
    from sourcetrace.claims.cluster import embedding_text
    from sourcetrace.engines.cache import from_data
    from sourcetrace.nlp.embeddings import embed

    with tempfile.TemporaryDirectory() as tmp:
        if db is None:
            import sourcetrace

            db = f"{tmp}/h.db"
            sourcetrace.analyze([str(SHARED / "helsinki" / "articles.jsonl")],
                                db=f"sqlite:///{db}", stages=PER_ARTICLE)
        con = sqlite3.connect(db)
        # Labels name an article by its line in the JSONL file: ids hash where the file lies.
        line = dict(con.execute("SELECT id, line FROM articles"))
        core = [c for (data,) in con.execute(
                    "SELECT data FROM article_results WHERE stage = 'article' ORDER BY article_id")
                for c in (from_data(ClaimCandidate, d) for d in json.loads(data).get("candidates", []))
                if c.refers_to is None]  # fmt: skip
        con.close()
    at = {(line.get(c.article), c.span[0], c.span[1]): k for k, c in enumerate(core)}
    rows, labels, missing = [], [], 0
    for item in json.loads(LABELS.read_text(encoding="utf-8")):
        i = at.get((item["member"][0], *item["member"][1]))
        r = at.get((item["representative"][0], *item["representative"][1]))
        if i is None or r is None:
            missing += 1
            continue
        rows.append((i, r))
        labels.append(bool(item["states"]))
    if missing:
        print(f"helsinki: {missing} labelled pairs whose candidates the pipeline no longer makes")
    if not rows:
        return np.zeros(0), np.zeros(0, dtype=bool)
    vectors = embed([embedding_text(c) for c in core])
    a, b = (np.array(x, dtype=np.int64) for x in zip(*rows, strict=True))
    return _scores(core, a, b, vectors), np.array(labels)


def _row(scores: np.ndarray, labels: np.ndarray, t: float, beta: float) -> tuple[float, float, float]:
    keep = scores >= t
    tp = int((keep & labels).sum())
    p = tp / max(1, int(keep.sum()))
    r = tp / max(1, int(labels.sum()))
    b2 = beta * beta
    f = (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0
    return p, r, f


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--helsinki-db", default=None)
    ap.add_argument("--beta", type=float, default=1.0)
    args = ap.parse_args()
    sets = {name: story_set(SHARED / "stories" / name) for name in STORIES}
    sets["helsinki"] = helsinki_set(args.helsinki_db)
    pooled = (np.concatenate([s for s, _ in sets.values()]),
              np.concatenate([y for _, y in sets.values()]))
    for name, (_, y) in sets.items():
        print(f"{name}: {len(y)} pairs, {int(y.sum())} state the claim")
    names = [*sets, "pooled"]
    print("direct | " + " | ".join(f"{n} P / R" for n in names) + f" | pooled F{args.beta:g}")
    best = (-1.0, 0.0)
    for t in np.round(np.arange(0.70, 1.26, 0.05), 2):
        cells = [_row(s, y, t, args.beta) for s, y in [*sets.values(), pooled]]
        print(f"{t:.2f} | " + " | ".join(f"{p:.3f} / {r:.3f}" for p, r, _ in cells)
              + f" | {cells[-1][2]:.3f}")
        best = max(best, (cells[-1][2], -t))
    print(f"best pooled F{args.beta:g}: {best[0]:.3f} at direct = {-best[1]:.2f}")


if __name__ == "__main__":
    main()
