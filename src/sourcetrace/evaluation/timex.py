"""`sourcetrace eval timex DATA.jsonl`: TIMEX3 span and value scores (TempEval-3 style).

Data lines: {"doc_id", "dct", "text", "timexes": [{"span": [s, e], "type", "value"}]}.
Relaxed span match: any overlap; strict: identical offsets. A value is correct when a
predicted and a gold expression overlap and their values are equal. Predictions (when
``--predictions`` names a file) are written one line per document in the same shape.

MEANTIME marks its document-date expression in ``meta.dct_span`` and leaves it out of the
gold list; predictions inside that span are not scored. MEANTIME also annotates only the
beginning of each article (its title, the dateline and the first sentences: in the dev file
no gold expression lies past line 6), so predictions further down are not scored either
(``annotated_lines``); pass ``annotated_lines=None`` to score the whole text.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sourcetrace.evaluation.spans import prf

if TYPE_CHECKING:
    from sourcetrace.temporal.tuning import TimexTuning

Record = dict[str, Any]


def load_records(path: Path, *, limit: int | None = None) -> list[Record]:
    out: list[Record] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
                if limit is not None and len(out) >= limit:
                    break
    return out


def dev_split(records: Sequence[Record], *, seed: int = 13, fraction: float = 0.5,
              ) -> tuple[list[Record], list[Record]]:  # fmt: skip
    """A fixed seeded split of TimeBank documents (dev) vs the rest (held out).

    The rules were developed looking only at the dev part; AQUAINT documents and the
    other TimeBank half are the check.
    """
    timebank = sorted(r["doc_id"] for r in records if "TimeBank" in str(r.get("meta", {})))
    rng = random.Random(seed)
    dev_ids = set(rng.sample(timebank, int(len(timebank) * fraction)))
    dev = [r for r in records if r["doc_id"] in dev_ids]
    rest = [r for r in records if r["doc_id"] not in dev_ids]
    return dev, rest


def named_split(records: Sequence[Record], name: str) -> list[Record]:
    """``all``, ``dev`` (round 1), ``heldout`` (everything but dev), ``dev2`` (round 2: a
    seeded half of the held-out part, seed 29) or ``final`` (the rest: never inspected)."""
    if name == "all":
        return list(records)
    dev, rest = dev_split(records)
    if name == "dev":
        return dev
    if name == "heldout":
        return rest
    ids = sorted(r["doc_id"] for r in rest)
    round2 = set(random.Random(29).sample(ids, len(ids) // 2))
    if name == "dev2":
        return [r for r in rest if r["doc_id"] in round2]
    if name == "final":
        return [r for r in rest if r["doc_id"] not in round2]
    raise ValueError(f"unknown split {name!r}: all | dev | heldout | dev2 | final")


def predict(records: Iterable[Record], *, use_parse: bool = True,
            docs: Sequence[Any] | None = None, tuning: TimexTuning | None = None,
            ) -> list[dict[str, Any]]:  # fmt: skip
    """The extractor's expressions per record; ``docs`` are the records' parses when
    already made (a sweep parses once), ``tuning`` the ``[timex]`` values to use."""
    from sourcetrace.temporal.timex import extract_timexes

    nlp = None
    if use_parse and docs is None:
        from sourcetrace.nlp.model import load_nlp

        nlp = load_nlp()
    preds: list[dict[str, Any]] = []
    for k, r in enumerate(records):
        text = r["text"]
        doc = docs[k] if docs is not None else nlp(text) if nlp is not None else None
        refs = extract_timexes(text, dct=r.get("dct"), doc=doc, tuning=tuning)
        preds.append({
            "doc_id": r["doc_id"],
            "timexes": [
                {"span": list(t.span), "type": t.type, "value": t.value, "mod": t.mod,
                 "text": t.text}
                for t in refs
            ],
        })  # fmt: skip
    return preds


def _overlaps(a: Sequence[int], b: Sequence[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


MEANTIME_LINES = 6


def _scored_end(record: Record, annotated_lines: int | None) -> int:
    """Where gold annotation stops in ``record``'s text (its length when it covers all)."""
    text: str = record["text"]
    if annotated_lines is None or "MEANTIME" not in str((record.get("meta") or {}).get("dataset")):
        return len(text)
    pos = 0
    for _ in range(annotated_lines):
        nxt = text.find("\n", pos)
        if nxt == -1:
            return len(text)
        pos = nxt + 1
    return pos


def score(records: Sequence[Record], preds: Sequence[dict[str, Any]], *,
          annotated_lines: int | None = MEANTIME_LINES) -> dict[str, float]:  # fmt: skip
    by_id = {p["doc_id"]: p["timexes"] for p in preds}
    n_gold = n_pred = 0
    rel_p = rel_g = str_p = str_g = val_p = val_g = 0
    for r in records:
        gold = r["timexes"]
        dct_span = (r.get("meta") or {}).get("dct_span")
        end = _scored_end(r, annotated_lines)
        pred = [
            p for p in by_id.get(r["doc_id"], [])
            if not (dct_span and _overlaps(p["span"], dct_span)) and p["span"][0] < end
        ]  # fmt: skip
        n_gold += len(gold)
        n_pred += len(pred)
        for p in pred:
            ov = [g for g in gold if _overlaps(p["span"], g["span"])]
            rel_p += bool(ov)
            str_p += any(list(g["span"]) == list(p["span"]) for g in ov)
            val_p += any(g["value"] == p["value"] for g in ov)
        for g in gold:
            ov = [p for p in pred if _overlaps(p["span"], g["span"])]
            rel_g += bool(ov)
            str_g += any(list(g["span"]) == list(p["span"]) for p in ov)
            val_g += any(g["value"] == p["value"] for p in ov)
    out: dict[str, float] = {"documents": float(len(records)), "gold": float(n_gold),
                             "predicted": float(n_pred)}  # fmt: skip
    for name, tp_p, tp_g in (("relaxed", rel_p, rel_g), ("strict", str_p, str_g),
                             ("value", val_p, val_g)):  # fmt: skip
        p, rcl, f = prf(tp_p, n_pred, tp_g, n_gold)
        out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = p, rcl, f
    return out


def evaluate(records: Sequence[Record], *, predictions_path: Path | None = None,
             use_parse: bool = True, annotated_lines: int | None = MEANTIME_LINES,
             ) -> dict[str, float]:  # fmt: skip
    """Run the extractor over ``records`` and score it; optionally write the predictions."""
    preds = predict(records, use_parse=use_parse)
    if predictions_path is not None:
        with predictions_path.open("w", encoding="utf-8") as fh:
            for p in preds:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    return score(records, preds, annotated_lines=annotated_lines)


def command(
    data: Annotated[Path, typer.Argument(help="JSONL with doc_id, dct, text, timexes.")],
    predictions: Annotated[
        Path | None, typer.Option("--predictions", help="Write one JSON line per document here.")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N documents.")] = None,
    split: Annotated[
        str, typer.Option("--split", help="all | dev | heldout | dev2 | final (seeded splits).")
    ] = "all",
) -> None:
    """Relaxed and strict span P/R/F1 and value F1 of the TIMEX3 extractor."""
    records = load_records(data, limit=limit)
    try:
        records = named_split(records, split)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    res = evaluate(records, predictions_path=predictions)
    typer.echo(f"{data.name}: {int(res['documents'])} documents, {int(res['gold'])} gold, "
               f"{int(res['predicted'])} predicted")  # fmt: skip
    for name in ("relaxed", "strict", "value"):
        typer.echo(f"{name:8s} P={res[name + '_p']:.3f} R={res[name + '_r']:.3f} "
                   f"F1={res[name + '_f1']:.3f}")  # fmt: skip
