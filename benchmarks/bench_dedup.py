"""Dedup at scale: MinHash LSH (the dedupe stage) vs exact all-pairs comparison.

    .venv/bin/python benchmarks/bench_dedup.py --sizes 1000 10000 100000 --pairwise-max 2000

Each measurement runs in a fresh process, so "peak RSS" is that run's own peak
(texts included). Exact all-pairs compares every pair's real shingle sets (the
same verification the stage applies to LSH candidates); it is run only up to
``--pairwise-max`` articles and extrapolated quadratically beyond, from the
largest measured size. Recall: share of the pairs found by exact comparison that
LSH also finds, where both ran.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _corpus(n: int) -> list[Any]:
    from synthetic import articles

    from sourcetrace.models import Article, content_id

    out = []
    for i, rec in enumerate(articles(n)):
        out.append(Article(id=content_id(f"syn#{i}\0{rec['text']}"), text=rec["text"],
                           path="synthetic", line=i + 1, published=rec["date"]))
    return out


def _lsh(n: int, queue: Any) -> None:
    from sourcetrace.dedup.groups import DedupOptions, find_pairs

    arts = _corpus(n)
    base = _peak_mb()
    start = time.perf_counter()
    pairs = find_pairs(arts, DedupOptions())
    seconds = time.perf_counter() - start
    queue.put({"method": "minhash-lsh", "n": n, "seconds": round(seconds, 2),
               "peak_rss_mb": round(_peak_mb()), "corpus_rss_mb": round(base),
               "pairs": sorted((p.a, p.b, p.kind) for p in pairs)})


def _pairwise(n: int, queue: Any) -> None:
    from sourcetrace.dedup.groups import DedupOptions, shingles
    from sourcetrace.models import normalise_text

    opts = DedupOptions()
    arts = _corpus(n)
    base = _peak_mb()
    start = time.perf_counter()
    sets = [shingles(a.text, opts.shingle_size) for a in arts]
    norms = [normalise_text(a.text) for a in arts]
    found = []
    for i in range(len(arts)):
        mine = sets[i]
        for j in range(i + 1, len(arts)):
            a, b = (arts[i].id, arts[j].id) if arts[i].id < arts[j].id else (arts[j].id, arts[i].id)
            if norms[i] == norms[j]:
                found.append((a, b, "exact"))
                continue
            theirs = sets[j]
            if len(mine) < opts.min_shingles or len(theirs) < opts.min_shingles:
                continue
            inter = len(mine & theirs)
            if not inter:
                continue
            if inter / (len(mine) + len(theirs) - inter) >= opts.near_threshold:
                found.append((a, b, "near"))
            elif inter / min(len(mine), len(theirs)) >= opts.containment_threshold and len(
                mine
            ) != len(theirs):
                found.append((a, b, "contained"))
    seconds = time.perf_counter() - start
    queue.put({"method": "exact-pairwise", "n": n, "seconds": round(seconds, 2),
               "peak_rss_mb": round(_peak_mb()), "corpus_rss_mb": round(base),
               "pairs": sorted(found)})


def measure(target: Any, n: int) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(n, queue))
    proc.start()
    result: dict[str, Any] = queue.get()
    proc.join()
    return result


def _group_recall(truth: set[tuple[str, ...]], lsh_pairs: list[Any]) -> float:
    """Share of exact pairs whose articles end up in one LSH duplicate group.

    The stage groups articles by connected components of its pairs, so a pair LSH
    misses directly is still grouped when a chain of found pairs links it.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b, _ in lsh_pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    hit = sum(find(p[0]) == find(p[1]) for p in truth)
    return round(hit / max(1, len(truth)), 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--pairwise-max", type=int, default=2000)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    rows = []
    exact_at: dict[int, dict[str, Any]] = {}
    for n in sorted(set(args.sizes) | {s for s in (1000, 2000) if s <= args.pairwise_max}):
        if n <= args.pairwise_max:
            exact_at[n] = measure(_pairwise, n)
        if n in args.sizes:
            lsh = measure(_lsh, n)
            row = {k: v for k, v in lsh.items() if k != "pairs"}
            row["pairs_found"] = len(lsh["pairs"])
            if n in exact_at:
                truth = {tuple(p) for p in exact_at[n]["pairs"]}
                got = {tuple(p[:2]) for p in lsh["pairs"]}
                row["recall_vs_exact"] = round(
                    len({p[:2] for p in truth} & got) / max(1, len(truth)), 4
                )
                row["group_recall_vs_exact"] = _group_recall(truth, lsh["pairs"])
                row["pairwise_seconds"] = exact_at[n]["seconds"]
                row["pairwise_peak_rss_mb"] = exact_at[n]["peak_rss_mb"]
            else:
                ref = max(exact_at) if exact_at else None
                if ref:
                    scale = (n / ref) ** 2
                    row["pairwise_seconds_extrapolated"] = round(exact_at[ref]["seconds"] * scale)
            rows.append(row)
            print(json.dumps(row), flush=True)
    for n, res in sorted(exact_at.items()):
        print(json.dumps({"method": "exact-pairwise", "n": n, "seconds": res["seconds"],
                          "peak_rss_mb": res["peak_rss_mb"], "pairs_found": len(res["pairs"])}))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
