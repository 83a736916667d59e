"""How well the aligned share separates copies from independent texts; fits reuse.copy_share.

    .venv/bin/python benchmarks/copy_separation.py

For the dev stories (``../shared/data/stories/*/gold.json``: ``duplicates`` are copies,
``not_duplicates`` same-story texts written independently) and ECB+ train+dev pairs
(``same_topic_different_story`` and ``different_topic`` are never copies; ``same_story``
pairs are unlabelled for copying and only shown), prints for each labelled pair the share of a text inside the other as the
dedupe stage measures it (``dedup.align``: passages of identical words joined across
small edits), and the 5-shingle containment the stage used before for comparison.

The fitted ``copy_share`` is the middle of the widest gap between the highest share of a
pair that is not a copy and the lowest share of a copy; copies joined to their group
only through another copy (the gold lists the group, not every pair's link) are left out
of the lowest, since the stage never needs that pair. It prints the value; the setting in
``settings.toml`` is changed by hand from it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from sourcetrace.dedup.align import align, words
from sourcetrace.dedup.groups import shingles
from sourcetrace.dedup.reuse import ReuseOptions
from sourcetrace.ingest.textmeta import split_metadata
from sourcetrace.models import normalise_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
K = 5
OPTS = ReuseOptions()


def containment(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def share(a: str, b: str) -> float:
    """The larger of the two texts' shares inside the passages they share."""
    wa, wb = words(a), words(b)
    spans = align(wa, wb, max_gap=OPTS.max_gap, min_words=OPTS.min_words)
    sa = sum(s.a_end - s.a_start for s in spans) / max(1, len(wa))
    sb = sum(s.b_end - s.b_start for s in spans) / max(1, len(wb))
    return max(sa, sb)


def stories() -> tuple[list[float], list[float]]:
    copies_best: list[float] = []
    others: list[float] = []
    for root in sorted((SHARED / "stories").iterdir()):
        if not (root / "gold.json").is_file():
            continue
        gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
        texts = {p.name: split_metadata(p.read_text("utf-8")).body for p in (root / "articles").iterdir()}
        sets = {n: shingles(normalise_text(t), K) for n, t in texts.items()}
        print(f"== {root.name}   (aligned share / 5-shingle containment)")
        copy_pairs: set[tuple[str, str]] = set()
        for d in gold["duplicates"]:
            group = sorted(d["files"])
            found = {(a, b): share(texts[a], texts[b]) for a, b in combinations(group, 2)}
            copy_pairs |= set(found)
            for (a, b), value in found.items():
                print(f"  copy ({d['kind']:8}) {a:26} {b:26} {value:.2f} / "
                      f"{containment(sets[a], sets[b]):.2f}")
            # Every member needs its strongest link, not every pair.
            copies_best.extend(max(v for p, v in found.items() if m in p) for m in group)
        for item in gold.get("not_duplicates", []):
            # An entry may name more than two files: every pair of them is not a copy.
            for a, b in combinations(sorted(item["files"]), 2):
                print(f"  not a copy      {a:26} {b:26} {share(texts[a], texts[b]):.2f} / "
                      f"{containment(sets[a], sets[b]):.2f}")
        rest = [share(texts[a], texts[b]) for a, b in combinations(sorted(texts), 2)
                if (a, b) not in copy_pairs]
        others.extend(rest)
        print(f"  every pair not a copy: max {max(rest):.2f} over {len(rest)} pairs")
    return copies_best, others


def ecb() -> list[float]:
    docs = {}
    with (SHARED / "ecbplus" / "train_dev_docs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            docs[d["doc_id"]] = d["text"]
    by_label: dict[str, list[float]] = defaultdict(list)
    with (SHARED / "ecbplus" / "train_dev_pairs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            p = json.loads(line)
            by_label[p["label"]].append(share(docs[p["doc_a"]], docs[p["doc_b"]]))
    print("== ECB+ train+dev pairs (aligned share)")
    for label, values in sorted(by_label.items()):
        above = {t: sum(v >= t for v in values) for t in (0.2, 0.3, 0.4, 0.6)}
        print(f"  {label:28} {len(values):5} pairs, max {max(values):.2f}, "
              + ", ".join(f">= {t}: {n}" for t, n in above.items()))
    return by_label["same_topic_different_story"] + by_label["different_topic"]


if __name__ == "__main__":
    copies, others = stories()
    others += ecb()
    low, high = min(copies), max(others)
    print(f"lowest copy link {low:.2f}, highest non-copy {high:.2f}: "
          f"copy_share = {(low + high) / 2:.2f}" if low > high else "copies and non-copies overlap")
