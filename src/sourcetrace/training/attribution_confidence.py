"""`sourcetrace train attribution-confidence`: fit each extraction rule's confidence.

An attribution's confidence is the precision its rule showed on labelled data: of the
attributions the rule found in the split's documents, the share that are right, i.e.
matched one-to-one to a gold attribution whose content they overlap by at least 0.3 (as
``sourcetrace eval attribution`` matches) with the right source (both absent, or
overlapping by at least 0.3). Counts are smoothed, (right + 1) / (found + 2), so a rule
seen twice is not called certain. Each rule's dependent ("ccomp" for "ccomp/speech")
and the whole table ("*") get figures of their own, for rules too rare to be seen.

The extraction used to count is the one the current table drives (confidence breaks ties
between candidates for one content), so a refit after a large change can move a little.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from sourcetrace.attribution.confidence import OVERALL, table_path
from sourcetrace.evaluation.attribution import (
    SOURCE_IOU,
    gold_attributions,
    match,
    read_records,
    source_ok,
)


def count(rows: Iterable[Mapping[str, Any]], docs: Iterable[Any]) -> tuple[Counter[str], Counter[str]]:
    """Per rule: attributions found, and of them right, over the rows with gold."""
    from sourcetrace.attribution.extract import extract_attributions

    found: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for row, doc in zip(rows, docs, strict=True):
        gold = gold_attributions(row)
        if gold is None:
            continue
        atts = extract_attributions(doc, article_id=str(row.get("doc_id", "")))
        pairs = match([a.span for a in atts], [g[0] for g in gold], SOURCE_IOU)
        good = {i for i, j in pairs if source_ok(atts[i].source_span, gold[j][1], SOURCE_IOU)}
        for i, att in enumerate(atts):
            for key in _keys(att.rule or OVERALL):
                found[key] += 1
                right[key] += i in good
    return found, right


def _keys(rule: str) -> list[str]:
    """The table entries an attribution counts toward: its rule, its dependent, overall."""
    keys = [rule]
    if "/" in rule:
        keys.append(rule.split("/", 1)[0])
    return keys if rule == OVERALL else [*keys, OVERALL]


def smoothed(right: int, found: int) -> float:
    return round((right + 1) / (found + 2), 3)


def render(found: Counter[str], right: Counter[str], *, source: str, documents: int) -> str:
    """The table as TOML, with the command and data that produced it."""
    lines = [
        "# Attribution confidence by extraction rule: (right + 1) / (found + 2) of the rule's",
        "# attributions, right = content matched to gold at overlap >= 0.3 with the right source.",
        f"# Fitted {date.today().isoformat()} on {documents} documents of {source} by",
        "#   sourcetrace train attribution-confidence " + source,
        "# (see sourcetrace/training/attribution_confidence.py). Do not edit by hand: refit.",
        "[rules]",
    ]
    for rule in sorted(found, key=lambda r: (r != OVERALL, r)):
        lines.append(f'"{rule}" = {{ confidence = {smoothed(right[rule], found[rule])}, '
                     f"found = {found[rule]}, right = {right[rule]} }}")
    return "\n".join(lines) + "\n"


def command(
    data: Annotated[Path, typer.Argument(help="PolNeAR-style JSONL (doc_id, text, attributions).")],
    split: Annotated[str | None, typer.Option("--split", help="only rows of this meta.split")] = "train",
    out: Annotated[Path | None, typer.Option("--out", help="table path (default: packaged)")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="first rows only (smoke runs)")] = None,
) -> None:
    """Fit each attribution rule's confidence (its precision) on labelled data; write the table."""
    from sourcetrace.nlp.model import parse

    t0 = time.perf_counter()
    rows = read_records(data, split=split, limit=limit)
    found, right = count(rows, parse([str(r.get("text", "")) for r in rows], batch_size=16))
    source = str(data) + (f" --split {split}" if split else "")
    path = out or table_path()
    path.write_text(render(found, right, source=source, documents=len(rows)), encoding="utf-8")
    typer.echo(json.dumps({
        "documents": len(rows), "table": str(path), "seconds": round(time.perf_counter() - t0, 1),
        "rules": {r: {"found": found[r], "right": right[r],
                      "confidence": smoothed(right[r], found[r])} for r in sorted(found)},
    }, indent=2))
