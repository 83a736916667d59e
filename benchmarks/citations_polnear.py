"""Outlet citations against PolNeAR attributions whose source is a registry outlet.

Usage: .venv/bin/python benchmarks/citations_polnear.py [dev|train] [--limit N] [--show]

Gold: every annotated attribution whose source text the registry resolves to an outlet
("The Hill reported", "according to CNN"). Recall counts those whose source span is
covered by a predicted citation of the same outlet (a short form such as "the Times"
counts when the predicted outlet's name ends with the same word). PolNeAR does not
annotate the outlet in "X told CNN" or "in an interview with CNN" as a source, so
precision is reported as the share of predictions inside an annotated source or cue
span, a lower bound; --show prints the rest for reading.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from sourcetrace.citations.extract import extract_citations
from sourcetrace.citations.outlets import load_registry
from sourcetrace.nlp.model import load_nlp

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "polnear"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", choices=["dev", "train"])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    reg, nlp = load_registry(), load_nlp()
    with (DATA / "train_dev.jsonl").open(encoding="utf-8") as fh:
        docs = [d for d in map(json.loads, fh) if d["meta"]["split"] == args.split]
    if args.limit:
        docs = docs[: args.limit]
    gold_n = hit = pred_n = inside = 0
    t = time.perf_counter()
    for d in docs:
        text = d["text"]
        spans, gold = [], []
        for a in d["attributions"]:
            spans += [tuple(a[k]) for k in ("source", "cue") if a.get(k)]
            outlet = (
                reg.find(a["source_text"]) if a.get("source") and a.get("source_text") else None
            )
            if outlet is not None:
                gold.append((outlet.name, tuple(a["source"])))
        cits = [
            c
            for c in extract_citations(nlp(text), article_id=d["doc_id"])
            if c.kind != "source_line"
        ]
        gold_n += len(gold)
        for name, (s, e) in gold:
            ok = any(
                c.span[0] < e
                and s < c.span[1]
                and (c.outlet == name or c.outlet.split()[-1] == name.split()[-1])
                for c in cits
            )
            hit += ok
            if not ok and args.show:
                print("MISS", name, "|", text[max(0, s - 60) : e + 60].replace("\n", " "))
        pred_n += len(cits)
        for c in cits:
            if any(c.span[0] < e and s < c.span[1] for s, e in spans):
                inside += 1
            elif args.show:
                ctx = text[max(0, c.span[0] - 60) : c.span[1] + 60].replace("\n", " ")
                print("OUTSIDE", c.outlet, c.cue, "|", ctx)
    secs = time.perf_counter() - t
    print(
        f"polnear {args.split}: {len(docs)} articles, {gold_n} outlet sources, "
        f"recall {hit / max(gold_n, 1):.3f}; {pred_n} citations, "
        f"{inside / max(pred_n, 1):.3f} inside an annotated source/cue; {secs:.0f} s"
    )


if __name__ == "__main__":
    main()
