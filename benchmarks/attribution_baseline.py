"""Side-by-side baseline: textacy's direct_quotations vs sourcetrace on PolNeAR documents.

Both read the same spaCy parses; content spans are scored with the same matcher
(``sourcetrace.evaluation.attribution.match``) at overlap 0.3 and 0.8. Also prints
our extraction speed in words per second (parse excluded) and how many documents
textacy refused (it raises on an odd number of quote marks).

    .venv/bin/python benchmarks/attribution_baseline.py [--split dev] [--limit N]

textacy is optional (a ``bench`` extra): without it only our numbers are printed.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from sourcetrace.attribution.extract import extract_attributions
from sourcetrace.evaluation.attribution import THRESHOLDS, _gold, match, read_records
from sourcetrace.evaluation.spans import prf
from sourcetrace.models import Span
from sourcetrace.nlp.model import parse

DATA = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "polnear" / "train_dev.jsonl"
)


def _textacy_spans(doc: Any) -> list[Span]:
    from textacy.extract.triples import direct_quotations

    return [(t.content.start_char, t.content.end_char) for t in direct_quotations(doc)]


def _score(preds: list[list[Span]], golds: list[list[Span]]) -> dict[float, tuple[float, ...]]:
    out = {}
    n_pred = sum(len(p) for p in preds)
    n_gold = sum(len(g) for g in golds)
    for t in THRESHOLDS:
        hit = sum(len(match(p, g, t)) for p, g in zip(preds, golds, strict=True))
        out[t] = prf(hit, n_pred, hit, n_gold)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()

    rows = read_records(args.data.resolve(), split=args.split, limit=args.limit)
    t0 = time.perf_counter()
    docs = list(parse([str(r["text"]) for r in rows], batch_size=16))
    parse_s = time.perf_counter() - t0
    words = sum(len(d.text.split()) for d in docs)
    golds = [[g[0] for g in (_gold(r) or [])] for r in rows]

    t0 = time.perf_counter()
    ours = [
        [a.span for a in extract_attributions(d, article_id=str(r["doc_id"]))]
        for d, r in zip(docs, rows, strict=True)
    ]
    ours_s = time.perf_counter() - t0

    try:
        import textacy  # noqa: F401

        have_textacy = True
    except ImportError:
        have_textacy = False
    theirs: list[list[Span]] = []
    refused = 0
    theirs_s = 0.0
    if have_textacy:
        t0 = time.perf_counter()
        for d in docs:
            try:
                theirs.append(_textacy_spans(d))
            except ValueError:  # unbalanced quote marks: textacy gives up on the document
                refused += 1
                theirs.append([])
        theirs_s = time.perf_counter() - t0

    print(
        f"{len(rows)} documents ({args.split}), {words} words, "
        f"{sum(map(len, golds))} gold attributions; spaCy parse {words / parse_s:.0f} words/s"
    )
    systems = [("sourcetrace", ours, ours_s)]
    if have_textacy:
        systems.append(("textacy direct_quotations", theirs, theirs_s))
    for name, preds, secs in systems:
        sc = _score(preds, golds)
        cells = "  ".join(
            f"@{t}: P {sc[t][0]:.3f} R {sc[t][1]:.3f} F1 {sc[t][2]:.3f}" for t in THRESHOLDS
        )
        print(f"{name:28s} {cells}  ({words / secs:.0f} words/s, parse excluded)")
    if have_textacy:
        print(f"textacy refused {refused} of {len(rows)} documents (odd number of quote marks)")
    else:
        print("textacy not installed: pip install textacy (bench extra) for the baseline")


if __name__ == "__main__":
    main()
