"""How well shingle containment separates copies from independent texts on labelled pairs.

    .venv/bin/python benchmarks/copy_separation.py

For the dev stories (``../shared/data/stories/*/gold.json``: ``duplicates`` are copies,
``not_duplicates`` same-story texts written independently) and ECB+ train+dev pairs
(``same_topic_different_story`` and ``different_topic`` are never copies), prints the
5-shingle containment (shared shingles over the smaller text's) of each labelled pair
class, the dedupe stage's shingles on the same normalised text. It measures where a
copy threshold could sit; it changes nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from sourcetrace.dedup.groups import shingles
from sourcetrace.ingest.textmeta import split_metadata
from sourcetrace.models import normalise_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
K = 5


def containment(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def stories() -> None:
    for root in sorted((SHARED / "stories").iterdir()):
        if not (root / "gold.json").is_file():
            continue
        gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
        sets = {p.name: shingles(normalise_text(split_metadata(p.read_text("utf-8")).body), K)
                for p in (root / "articles").iterdir()}
        copies = [(a, b, d["kind"]) for d in gold["duplicates"]
                  for a, b in combinations(sorted(d["files"]), 2)]
        copy_pairs = {(a, b) for a, b, _ in copies}
        print(f"== {root.name}")
        for a, b, kind in copies:
            print(f"  copy ({kind:8}) {a:28} {b:28} {containment(sets[a], sets[b]):.2f}")
        for item in gold.get("not_duplicates", []):
            # An entry may name more than two files: every pair of them is not a copy.
            for a, b in combinations(sorted(item["files"]), 2):
                print(f"  not a copy      {a:28} {b:28} {containment(sets[a], sets[b]):.2f}")
        rest = [containment(sets[a], sets[b]) for a, b in combinations(sorted(sets), 2)
                if (a, b) not in copy_pairs]
        print(f"  every other pair: max {max(rest):.2f} over {len(rest)} pairs")


def ecb() -> None:
    docs = {}
    with (SHARED / "ecbplus" / "train_dev_docs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            docs[d["doc_id"]] = shingles(normalise_text(d["text"]), K)
    by_label: dict[str, list[float]] = defaultdict(list)
    with (SHARED / "ecbplus" / "train_dev_pairs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            p = json.loads(line)
            by_label[p["label"]].append(containment(docs[p["doc_a"]], docs[p["doc_b"]]))
    print("== ECB+ train+dev pairs")
    for label, values in sorted(by_label.items()):
        above = {t: sum(v >= t for v in values) for t in (0.3, 0.4, 0.5, 0.8)}
        print(f"  {label:28} {len(values):5} pairs, max {max(values):.2f}, "
              + ", ".join(f">= {t}: {n}" for t, n in above.items()))


if __name__ == "__main__":
    stories()
    ecb()
