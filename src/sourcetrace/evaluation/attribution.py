"""`sourcetrace eval attribution`: content-span P/R/F1 and source accuracy on PolNeAR-style JSONL.

Matching is one-to-one per document: predicted and gold contents are paired greedily by
descending overlap (intersection over union of character ranges) and a pair counts at a
threshold when its overlap reaches it (0.3 lenient, 0.8 strict). Source accuracy is
measured over the pairs matched at 0.3: a pair's source is right when both sources are
absent, or both are present and overlap by at least 0.3 (``source_acc``; 0.8 gives
``source_acc_strict``). Where the gold names the speaker (``speaker_name``, as in the Gender
Gap Tracker's data: the full name a pronoun or surname resolves to), speaker-name accuracy
over those matched pairs: the gold name's last word is a word of the predicted speaker's
name (the resolved source, parsed, else the source text). Rows without gold attributions
are predicted but not scored. The content figures at 0.3 are also given quotation by
quotation (``segments``: the unit of quotation-level annotation such as the Gender Gap
Tracker's).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sourcetrace.errors import InputError
from sourcetrace.evaluation.segments import segments
from sourcetrace.evaluation.spans import overlap, prf
from sourcetrace.models import Attribution, Span

if TYPE_CHECKING:
    from sourcetrace.attribution.reach import Reach

THRESHOLDS = (0.3, 0.8)
SOURCE_IOU = 0.3


def read_records(
    path: Path, *, split: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Rows of a PolNeAR-style JSONL file, optionally one split and the first ``limit``."""
    if not path.is_file():
        raise InputError(f"no such data file: {path}", code="E213")
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not JSON ({exc})", code="E214") from exc
            if split is not None and (row.get("meta") or {}).get("split") != split:
                continue
            rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
    return rows


def gold_attributions(row: Mapping[str, Any]) -> list[tuple[Span, Span | None]] | None:
    atts = row.get("attributions")
    if atts is None:
        return None
    out: list[tuple[Span, Span | None]] = []
    for a in atts:
        c = a.get("content")
        if not c:
            continue
        s = a.get("source")
        out.append(((int(c[0]), int(c[1])), (int(s[0]), int(s[1])) if s else None))
    return out


def match(pred: Sequence[Span], gold: Sequence[Span], threshold: float) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (pred index, gold index) with overlap >= threshold."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            o = overlap(p, g)
            if o >= threshold:
                pairs.append((o, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def _gold_names(row: Mapping[str, Any]) -> list[str | None]:
    """The gold speaker names, aligned with ``gold_attributions``' contents."""
    return [a.get("speaker_name") or None for a in row.get("attributions") or [] if a.get("content")]


def speaker_name(att: Attribution) -> str:
    """The name an attribution credits: its resolved source, else its source, parsed."""
    from sourcetrace.speakers.build import parse_source

    text = att.resolved_source or att.source_text or ""
    return parse_source(text).name or text


def name_matches(gold: str, predicted: str) -> bool:
    import re

    words = re.findall(r"[\w'’-]+", gold.casefold())
    return bool(words) and words[-1] in re.findall(r"[\w'’-]+", predicted.casefold())


def source_ok(pred: Span | None, gold: Span | None, threshold: float) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    return overlap(pred, gold) >= threshold


def prediction_record(doc_id: str, atts: Sequence[Attribution]) -> dict[str, Any]:
    """One line of the --predictions file."""
    from sourcetrace.speakers.build import parse_source

    items = []
    for a in atts:
        speaker = None
        if a.source_text:
            info = (
                parse_source(a.resolved_source)
                if a.resolved_source
                else parse_source(a.source_text, entity=a.source_entity)
            )
            speaker = {"name": info.name, "type": info.type}
        items.append(
            {
                "source": list(a.source_span) if a.source_span else None,
                "cue": list(a.cue_span) if a.cue_span else None,
                "content": list(a.span),
                "kind": a.kind,
                "speaker": speaker,
            }
        )
    return {"doc_id": doc_id, "attributions": items}


def _docs(texts: Sequence[str]) -> Iterator[Any]:
    from sourcetrace.nlp.model import parse

    yield from parse(texts, batch_size=16)


def evaluate(
    records: Iterable[Mapping[str, Any]],
    *,
    predictions_path: Path | None = None,
    docs: Iterable[Any] | None = None,
    quotes: bool = False,
    reach: Reach | None = None,
) -> dict[str, float]:
    """Run extraction on each record's text and score it against the gold, if any.

    ``docs`` may hold the records' existing spaCy parses (same order) to skip parsing.
    With ``quotes``, only attributions that quote or report speech are scored (and
    written): the convention of quotation corpora such as the Gender Gap Tracker's.
    ``reach``: how far back pronouns look (the packaged settings when None).
    """
    from sourcetrace.attribution import reports_speech
    from sourcetrace.attribution.extract import extract_attributions

    rows = list(records)
    doc_iter = iter(docs) if docs is not None else _docs([str(r.get("text", "")) for r in rows])
    counts = {t: [0, 0] for t in THRESHOLDS}  # matched preds / matched gold
    n_pred = n_gold = src_n = 0
    seg_pred = seg_matched = 0  # contents cut quotation by quotation (``segments``)
    src_ok = {SOURCE_IOU: 0, 0.8: 0}
    names_n = names_ok = 0
    words = 0
    extract_s = 0.0
    out_fh = predictions_path.open("w", encoding="utf-8") if predictions_path else None
    try:
        for idx, row in enumerate(rows):
            doc = next(doc_iter)
            doc_id = str(row.get("doc_id", idx))
            t0 = time.perf_counter()
            atts = extract_attributions(doc, article_id=doc_id, reach=reach)
            extract_s += time.perf_counter() - t0
            if quotes:
                atts = [a for a in atts if reports_speech(a.rule)]
            words += len(doc.text.split())
            if out_fh is not None:
                out_fh.write(json.dumps(prediction_record(doc_id, atts)) + "\n")
            gold = gold_attributions(row)
            if gold is None:
                continue
            pred_c = [a.span for a in atts]
            gold_c = [g[0] for g in gold]
            n_pred += len(pred_c)
            n_gold += len(gold_c)
            pieces = [p for a in atts for p in segments(a, doc.text)]
            seg_pred += len(pieces)
            seg_matched += len(match(pieces, gold_c, THRESHOLDS[0]))
            for t in THRESHOLDS:
                pairs = match(pred_c, gold_c, t)
                counts[t][0] += len(pairs)
                counts[t][1] += len(pairs)
                if t == THRESHOLDS[0]:
                    names = _gold_names(row)
                    for i, j in pairs:
                        src_n += 1
                        for st in src_ok:
                            src_ok[st] += source_ok(atts[i].source_span, gold[j][1], st)
                        if names[j]:
                            names_n += 1
                            names_ok += name_matches(str(names[j]), speaker_name(atts[i]))
    finally:
        if out_fh is not None:
            out_fh.close()
    result: dict[str, float] = {"documents": float(len(rows)), "gold": float(n_gold)}
    result["predicted"] = float(n_pred)
    for t in THRESHOLDS:
        p, r, f = prf(counts[t][0], n_pred, counts[t][1], n_gold)
        tag = f"{t:.1f}"
        result[f"p@{tag}"], result[f"r@{tag}"], result[f"f1@{tag}"] = p, r, f
    p, r, f = prf(seg_matched, seg_pred, seg_matched, n_gold)
    result["segments"], result["seg_p@0.3"], result["seg_r@0.3"], result["seg_f1@0.3"] = (
        float(seg_pred), p, r, f)
    result["source_acc"] = src_ok[SOURCE_IOU] / src_n if src_n else 0.0
    result["source_acc_strict"] = src_ok[0.8] / src_n if src_n else 0.0
    if names_n:
        result["speaker_name_acc"] = names_ok / names_n
        result["speaker_names"] = float(names_n)
    result["words_per_s"] = words / extract_s if extract_s else 0.0
    return result


def command(
    data: Annotated[Path, typer.Argument(help="PolNeAR-style JSONL (doc_id, text, attributions).")],
    predictions: Annotated[
        Path | None, typer.Option("--predictions", help="Write one JSON line per document here.")
    ] = None,
    split: Annotated[
        str | None, typer.Option("--split", help="Only rows whose meta.split is this (e.g. dev).")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N rows.")] = None,
    quotes: Annotated[bool, typer.Option(
        "--quotes", help="Score only quoted and reported speech (the Gender Gap Tracker's "
        "convention: no beliefs, commitments, topics of speech verbs or speakerless "
        "'it is said').")] = False,
) -> None:
    """Content-span P/R/F1 at overlap 0.3 and 0.8, and source accuracy of matched contents."""
    rows = read_records(data, split=split, limit=limit)
    res = evaluate(rows, predictions_path=predictions, quotes=quotes)
    typer.echo(
        f"documents {int(res['documents'])}  gold {int(res['gold'])}  "
        f"predicted {int(res['predicted'])}"
    )
    for t in THRESHOLDS:
        tag = f"{t:.1f}"
        typer.echo(
            f"overlap>={tag}  P {res[f'p@{tag}']:.3f}  R {res[f'r@{tag}']:.3f}  "
            f"F1 {res[f'f1@{tag}']:.3f}"
        )
    typer.echo(
        f"quotation by quotation (contents cut at their cue, source and line breaks, "
        f"{int(res['segments'])} pieces; the Gender Gap Tracker's unit) overlap>=0.3  "
        f"P {res['seg_p@0.3']:.3f}  R {res['seg_r@0.3']:.3f}  F1 {res['seg_f1@0.3']:.3f}"
    )
    typer.echo(
        f"source accuracy (matched@0.3, source IoU>=0.3) {res['source_acc']:.3f}  "
        f"(IoU>=0.8) {res['source_acc_strict']:.3f}"
    )
    if "speaker_name_acc" in res:
        typer.echo(f"speaker name accuracy (matched@0.3 with a gold name, "
                   f"{int(res['speaker_names'])}) {res['speaker_name_acc']:.3f}")
    typer.echo(f"extraction speed {res['words_per_s']:.0f} words/s (parse excluded)")
