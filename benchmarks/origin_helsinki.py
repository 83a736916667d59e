"""Origins recovered when wire credits are hidden, on Helsinki (612 articles, one story).

    .venv/bin/python benchmarks/origin_helsinki.py [--limit N]

1. Runs ingest, dedupe, nlp, citations and origins on ``../shared/data/helsinki``; the
   articles whose origin rests on their own credit of a wire (AP, Reuters, AFP) are the
   test set, their credited wire the answer.
2. Splits them in two halves (seeded; the credited copies of one text dealt to both
   halves, so each hidden credit has its copies' credits in place); for each half, writes
   a copy of the corpus where
   those articles' credits are cut out of the text (the characters of every credit the
   citations stage found; credit lines ingest had split off are dropped too), runs the
   same stages and checks whose origin still names the wire, and by what basis.

Prints the accuracy per half and overall, the bases that recovered them and the time of
each run. Nothing from the corpus is written outside a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import sourcetrace

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "helsinki" / "articles.jsonl"
STAGES = ["ingest", "dedupe", "nlp", "citations", "origins"]
WIRES = {"Associated Press", "Reuters", "Agence France-Presse"}


def run(records: list[dict[str, Any]], folder: Path, name: str) -> tuple[dict[str, Any], float]:
    """(analysis as JSON v1 keyed by record id, seconds) for ``records``."""
    path = folder / f"{name}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    start = time.perf_counter()
    result = sourcetrace.analyze(path, db=folder / f"{name}.db", stages=STAGES)
    took = time.perf_counter() - start
    return result.to_dict(), took


def by_line(doc: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {int(a["line"]): a for a in doc["articles"]}


def hide(record: dict[str, Any], spans: list[tuple[int, int]]) -> dict[str, Any]:
    """The record with the credited characters cut out (from the end, so offsets hold)."""
    text = record["text"]
    for start, end in sorted(spans, reverse=True):
        if end > start:
            text = text[:start] + text[end:]
    return {**record, "text": text}


def _best_reuse(doc: dict[str, Any], aid: str, ids: dict[str, int], answer: dict[int, str]) -> str:
    """The pair that shares most of this article, with the partner's known wire."""
    best = max((r for r in doc["reuse"] if aid in (r["a"], r["b"])), default=None,
               key=lambda r: r["share_a"] if r["a"] == aid else r["share_b"])
    if best is None:
        return "shares no text"
    other = best["b"] if best["a"] == aid else best["a"]
    mine = best["share_a"] if best["a"] == aid else best["share_b"]
    return (f"most shared with line {ids.get(other)} ({best['kind']}, {mine:.2f} of it; "
            f"that one credits {answer.get(ids.get(other, -1), 'no wire')})")


def split(doc: dict[str, Any], arts: dict[int, dict[str, Any]], lines: list[int],
          seed: int) -> list[list[int]]:
    """Two halves, the credited copies of one text dealt alternately between them: each
    hidden credit is tested with its copies' credits in place, as when one site strips
    the credit of a story others carry credited."""
    # Groups are keyed by their first line, not by an id: ids are derived from the input's
    # path, a new temporary folder each run, and the halves must not change with it.
    line_of = {a["id"]: line for line, a in arts.items()}
    group_of = {m: min(line_of[x] for x in g["members"])
                for g in doc["duplicate_groups"] for m in g["members"]}  # fmt: skip
    buckets: dict[int, list[int]] = {}
    for line in lines:
        buckets.setdefault(group_of.get(arts[line]["id"], line), []).append(line)
    keys = sorted(buckets)
    random.Random(seed).shuffle(keys)
    halves: list[list[int]] = [[], []]
    dealt = 0
    for key in keys:
        for line in buckets[key]:
            halves[dealt % 2].append(line)
            dealt += 1
    return [sorted(h) for h in halves]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--errors", action="store_true", help="list the articles whose origin is missed")
    args = ap.parse_args()
    with CORPUS.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh][: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        doc, took = run(records, folder, "full")
        print(f"full run: {len(records)} articles in {took:.0f} s")
        arts = by_line(doc)
        credits: dict[str, list[tuple[int, int]]] = {}
        for c in doc["citations"]:
            if c["kind"] in ("wire_credit", "source_line"):
                credits.setdefault(c["article"], []).append(tuple(c["span"]))
        answer = {line: a["origin"]["outlet"] for line, a in arts.items()
                  if (a.get("origin") or {}).get("basis") == "credit"
                  and a["origin"]["outlet"] in WIRES}  # fmt: skip
        halves = split(doc, arts, sorted(answer), args.seed)
        print(f"wire-credited articles: {len(answer)} ({dict(Counter(answer.values()))})")
        # A house sign-off is no citation, so hiding the credits leaves it in place: an
        # article credited by its sign-off alone is recovered by construction.
        signed = {line for line in answer if "house sign-off" in arts[line]["origin"]["evidence"]}
        print(f"  of which credited by their house sign-off alone (kept when credits are "
              f"hidden): {len(signed)}")
        # Recoverable from text reuse at all: another wire-credited article of the same
        # duplicate group carries the same wire.
        group_of = {m: g["canonical"] for g in doc["duplicate_groups"] for m in g["members"]}
        lines_of: dict[str, list[int]] = {}
        for line in answer:
            lines_of.setdefault(group_of.get(arts[line]["id"], ""), []).append(line)
        recoverable = {line for line in answer
                       if any(o != line and answer[o] == answer[line]
                              for o in lines_of.get(group_of.get(arts[line]["id"], "-"), []))}
        right = total = right_rec = 0
        bases: Counter[str] = Counter()
        for n, half in enumerate(halves, 1):
            hidden = set(half)
            changed = [hide(rec, credits.get(arts[i + 1]["id"], [])) if i + 1 in hidden else rec
                       for i, rec in enumerate(records)]  # fmt: skip
            out, took = run(changed, folder, f"half{n}")
            got = by_line(out)
            ids = {a["id"]: line for line, a in got.items()}
            ok = 0
            for line in half:
                origin = got[line].get("origin") or {}
                hit = origin.get("outlet") == answer[line]
                ok += hit
                right_rec += hit and line in recoverable
                bases[f"{origin.get('basis')} ({'right' if hit else 'wrong'})"] += 1
                if not hit and args.errors:
                    print(f"  line {line}: {answer[line]} -> {origin.get('outlet')} "
                          f"({origin.get('basis')}); {_best_reuse(out, got[line]['id'], ids, answer)}")
            right, total = right + ok, total + len(half)
            print(f"half {n}: {ok}/{len(half)} = {ok / max(1, len(half)):.3f} in {took:.0f} s")
        print(f"origin recovered with credits hidden: {right}/{total} = {right / max(1, total):.3f}")
        print(f"  without those credited by a sign-off alone: {right - len(signed)}/"
              f"{total - len(signed)} = {(right - len(signed)) / max(1, total - len(signed)):.3f}")
        print(f"of those with a credited copy of the same wire in their group: "
              f"{right_rec}/{len(recoverable)} = {right_rec / max(1, len(recoverable)):.3f}")
        print("by basis:", dict(sorted(bases.items())))


if __name__ == "__main__":
    main()
