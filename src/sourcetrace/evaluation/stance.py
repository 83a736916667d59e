"""`sourcetrace eval stance`: article stance on FNC-1 / Emergent style JSONL.

Rows carry ``id``, ``claim``, either ``body`` or ``body_id`` (joined with ``--bodies``) and
``meta.label_engine`` in our vocabulary (supports / denies / reports / unrelated). Scores:
accuracy, macro-F1 over the gold labels present, and, where ``unrelated`` occurs, the
FNC-1 weighted score relative to its maximum (+0.25 for getting related-vs-unrelated
right, +0.75 more for the exact label of a related pair).

Splits: ``--split`` filters on ``meta.baseline_split`` (FNC-1: train / holdout) or, for
rows without one (Emergent), on our own claim-level dev split (``emergent_split``).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from sourcetrace.errors import InputError, UsageError

LABELS = ("supports", "denies", "reports", "unrelated")
EMERGENT_SEED = 20260
EMERGENT_DEV_FRACTION = 0.2


@dataclass(frozen=True)
class Pair:
    id: str
    claim: str
    body: str
    label: str
    split: str


def emergent_split(claim_id: str, *, seed: int = EMERGENT_SEED,
                   dev_fraction: float = EMERGENT_DEV_FRACTION) -> str:
    """Our fixed dev split for data without one: by claim (never by row), via a seeded hash
    so training and evaluation agree without sharing a file."""
    digest = hashlib.sha256(f"{seed}:{claim_id}".encode()).digest()
    return "dev" if int.from_bytes(digest[:8], "big") / 2**64 < dev_fraction else "train"


def _row_split(row: dict[str, Any]) -> str:
    meta = row.get("meta") or {}
    if meta.get("baseline_split"):
        return str(meta["baseline_split"])
    return emergent_split(str(meta.get("claim_id") or row.get("claim") or row.get("id")))


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InputError(f"{path}:{n}: not JSON ({exc})", code="E214") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc}", code="E213") from exc


def read_pairs(data: Path, bodies: Path | None = None, *, split: str | None = None,
               limit: int | None = None) -> list[Pair]:
    """Rows of ``data`` as pairs, bodies joined by ``body_id``, filtered by split, first
    ``limit`` after filtering."""
    body_by_id: dict[str, str] = {}
    if bodies is not None:
        body_by_id = {str(r["body_id"]): str(r["body"]) for r in _jsonl(bodies)}
    out: list[Pair] = []
    for row in _jsonl(data):
        row_split = _row_split(row)
        if split is not None and row_split != split:
            continue
        if "body" in row:
            body = str(row["body"])
        elif str(row.get("body_id")) in body_by_id:
            body = body_by_id[str(row["body_id"])]
        else:
            raise UsageError(
                f"row {row.get('id')} has body_id {row.get('body_id')!r} but no body; "
                "pass --bodies", code="E101")
        meta = row.get("meta") or {}
        label = str(meta.get("label_engine") or row.get("label"))
        out.append(Pair(str(row["id"]), str(row["claim"]), body, label, row_split))
        if limit is not None and len(out) >= limit:
            break
    return out


def fnc_score(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float]:
    """FNC-1 weighted score and its maximum."""
    score = best = 0.0
    for g, p in zip(gold, pred, strict=True):
        best += 0.25 if g == "unrelated" else 1.0
        if (g == "unrelated") == (p == "unrelated"):
            score += 0.25
            if g != "unrelated" and g == p:
                score += 0.75
    return score, best


def scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    """Accuracy, macro-F1 (over gold labels present), per-label F1, FNC-1 relative score."""
    n = len(gold)
    out: dict[str, float] = {"n": float(n)}
    out["accuracy"] = sum(g == p for g, p in zip(gold, pred, strict=True)) / n if n else 0.0
    present = [lab for lab in LABELS if lab in set(gold)]
    f1s = []
    for lab in present:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred, strict=True))
        n_pred = sum(p == lab for p in pred)
        n_gold = sum(g == lab for g in gold)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[f"f1_{lab}"] = f1
        f1s.append(f1)
    out["macro_f1"] = sum(f1s) / len(f1s) if f1s else 0.0
    if "unrelated" in set(gold):
        s, best = fnc_score(gold, pred)
        out["fnc_score"] = s
        out["fnc_max"] = best
        out["fnc_relative"] = s / best if best else 0.0
    return out


def evaluate(data: Path, bodies: Path | None = None, predictions: Path | None = None,
             split: str | None = None, limit: int | None = None) -> dict[str, float]:
    """Run the packaged model on ``data`` (optionally writing ``predictions``) and score it."""
    from sourcetrace.stance.model import ArticleStanceModel

    pairs = read_pairs(data, bodies, split=split, limit=limit)
    if not pairs:
        raise UsageError(f"no rows in {data} (split={split!r})", code="E102")
    model = ArticleStanceModel.load()
    start = time.perf_counter()
    pred = model.predict([p.claim for p in pairs], [p.body for p in pairs])
    elapsed = time.perf_counter() - start
    if predictions is not None:
        predictions.parent.mkdir(parents=True, exist_ok=True)
        with predictions.open("w", encoding="utf-8") as fh:
            for p, lab in zip(pairs, pred, strict=True):
                fh.write(json.dumps({"id": p.id, "label": lab}) + "\n")
    out = scores([p.label for p in pairs], pred)
    out["seconds"] = elapsed
    return out


def command(
    data: Annotated[Path, typer.Argument(help="JSONL rows: id, claim, body or body_id, meta.label_engine")],
    bodies: Annotated[Path | None, typer.Option("--bodies", help="JSONL bodies (body_id, body)")] = None,
    predictions: Annotated[Path | None, typer.Option("--predictions", help="write {id, label} lines here")] = None,
    split: Annotated[str | None, typer.Option("--split", help="train / holdout (FNC-1) or train / dev (Emergent)")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="first N rows after the split filter")] = None,
) -> None:
    """Article stance toward a claim: accuracy, macro-F1 and the FNC-1 relative score."""
    out = evaluate(data, bodies, predictions, split, limit)
    typer.echo(f"pairs        {int(out['n'])}")
    typer.echo(f"accuracy     {out['accuracy']:.4f}")
    typer.echo(f"macro-F1     {out['macro_f1']:.4f}")
    for lab in LABELS:
        if f"f1_{lab}" in out:
            typer.echo(f"  F1 {lab:<10}{out[f'f1_{lab}']:.4f}")
    if "fnc_relative" in out:
        typer.echo(f"FNC-1 score  {out['fnc_score']:.2f} / {out['fnc_max']:.2f} "
                   f"= {out['fnc_relative']:.4f}")
    typer.echo(f"predict time {out['seconds']:.1f} s")
