"""The ``[timex]`` settings swept on TempEval-3 (the seeded dev half of its training
files) and MEANTIME dev: prints the value F1 of each value of each setting.

    .venv/bin/python benchmarks/fit_timex.py ../shared/data/tempeval3/train_tbaq.jsonl \\
        ../shared/data/meantime/dev.jsonl

Each file is parsed once; each setting is swept alone, the other held at its packaged
value. Value F1 is the measure both settings act on (neither moves a span). The best value
is the one with the highest summed F1; a tie keeps the packaged value (a plateau is no
reason to move). ``settings.toml`` is changed by hand from what this prints.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from sourcetrace.evaluation.timex import load_records, named_split, predict, score
from sourcetrace.nlp.model import load_nlp
from sourcetrace.temporal.tuning import TimexTuning, packaged

GRID: dict[str, list[Any]] = {
    "quarter_window": [0, 150, 300, 600, 1200, 2400],
    "wrong_side": [1.0, 1.5, 2.0, 4.0, 8.0, 100.0],
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tempeval", type=Path, help="TempEval-3 training JSONL (dev half used)")
    ap.add_argument("meantime", type=Path, help="MEANTIME dev JSONL")
    args = ap.parse_args()
    nlp = load_nlp()
    sets = []
    for path, split in ((args.tempeval, "dev"), (args.meantime, "all")):
        records = named_split(load_records(path), split)
        sets.append((path.name, records, [nlp(r["text"]) for r in records]))

    def f1s(tuning: TimexTuning) -> list[float]:
        return [score(recs, predict(recs, docs=docs, tuning=tuning))["value_f1"]
                for _, recs, docs in sets]

    base = packaged()
    names = " / ".join(name for name, _, _ in sets)
    print(f"packaged {asdict(base)}: value F1 ({names}) "
          + " / ".join(f"{f:.4f}" for f in f1s(base)))
    for name, values in GRID.items():
        current = getattr(base, name)
        results = {v: f1s(replace(base, **{name: v})) for v in values}
        for v, fs in results.items():
            mark = " (packaged)" if v == current else ""
            print(f"  {name} = {v}: " + " / ".join(f"{f:.4f}" for f in fs) + mark)
        top = max(sum(fs) for fs in results.values())
        best = [v for v, fs in results.items() if sum(fs) == top]
        pick = current if current in best else min(best, key=lambda v: abs(v - current))
        print(f"  best {name}: {pick}")


if __name__ == "__main__":
    main()
