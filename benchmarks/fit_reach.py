"""How far back a pronoun or description looks: sweeps the ``[resolve]`` settings on the
speaker names of a GGT-style file and prints how many matched quotes get the right name.

    .venv/bin/python benchmarks/fit_reach.py ../shared/data/ggt/dev.jsonl

The articles are parsed once; each setting is then swept alone, the others held at the
packaged values, and every value's count of right speaker names (of the quotes matched at
0.3 overlap, as ``sourcetrace eval attribution --quotes`` scores them) is printed with the
matched-quote F1, which a look-back setting must not move. The best value of a setting is
the one with most right names; a tie keeps the packaged value, else the value nearest to
it (a plateau is no reason to move). The settings in ``settings.toml`` are changed by hand
from what it prints.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from sourcetrace.attribution.reach import Reach, packaged
from sourcetrace.evaluation.attribution import evaluate
from sourcetrace.nlp.model import parse

GRID: dict[str, list[Any]] = {
    "sentences_back": [1, 2, 3, 4, 5, 6],
    "chars_back": [300, 600, 900, 1200, 1500, 2000, 3000],
    "quiet_chars_back": [500, 1000, 1500, 2000, 3000],
    "quiet_paragraphs": [0, 1, 2, 3, 4],
    "main_person_mentions": [1, 2, 3, 4],
    "main_person_share": [0.2, 0.3, 0.4, 0.5, 0.6],
    "unnamed_chars_back": [500, 1000, 1500, 2000, 3000],
    "main_body_mentions": [1, 2, 3],
    "main_body_share": [0.3, 0.4, 0.5, 0.6],
    "continuing_min_chars": [1, 2, 4, 8, 16],
}


def score(rows: list[dict[str, Any]], docs: list[Any], reach: Reach) -> tuple[int, int, float]:
    """(right names, named quotes matched, matched-quote F1 at 0.3)."""
    res = evaluate(rows, docs=docs, quotes=True, reach=reach)
    named = int(res.get("speaker_names", 0))
    return round(res.get("speaker_name_acc", 0.0) * named), named, res["f1@0.3"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="GGT-style JSONL with speaker_name in the gold")
    args = ap.parse_args()
    with args.data.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    docs = list(parse([str(r.get("text", "")) for r in rows], batch_size=16))
    base = packaged()
    right, named, f1 = score(rows, docs, base)
    print(f"packaged {asdict(base)}: {right}/{named} names right, quote F1 {f1:.4f}")
    for name, values in GRID.items():
        current = getattr(base, name)
        results = {v: score(rows, docs, replace(base, **{name: v})) for v in values}
        top = max(r[0] for r in results.values())
        best = min((v for v, r in results.items() if r[0] == top),
                   key=lambda v: abs(v - current))
        cells = "  ".join(f"{v}: {r[0]}" + ("" if abs(r[2] - f1) < 1e-9 else f" (F1 {r[2]:.4f})")
                          for v, r in results.items())
        print(f"{name:22s} packaged {current}, best {best}  |  {cells}")


if __name__ == "__main__":
    main()
