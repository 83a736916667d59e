"""`sourcetrace eval sourcing`: who each sourced statement comes from, on MCAE-style JSONL.

Each article runs through the real pipeline (a fresh temporary store, every stage up to
the speakers) and its attributions, with their speakers as the JSON v1 gives them, are
scored against the gold ``sourced_statements``:

- **statement recall**: a gold statement (with a ``span``) is *found* when a predicted
  attribution's content overlaps at least 30 % of it, or it covers at least 30 % of the
  content; the attribution overlapping it most answers for it (the largest cover, then the
  most characters shared).
- **attribution precision**: share of predicted attributions that answer for, or overlap
  as above, some gold statement.
- **type accuracy** (of found statements): the predicted speaker's type against the gold
  ``source_type``; an outlet counts as an organisation, no speaker as ``none``.
- **name accuracy** (of found statements): the gold name's last word appears in the
  predicted speaker's name (or label, for an unnamed source), case-insensitively; where
  the gold gives no name (an unnamed source, a document), the speaker must have none.
- **whole-statement accuracy** (of all gold statements with a span): found, type and name
  right.

Gold statements typed ``unknown`` count for recall but not for type accuracy.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from sourcetrace.evaluation.attribution import name_matches, read_records

Item = Mapping[str, Any]
TYPES = ("person", "organization", "anonymous", "other")
MIN_COVER = 0.3


def analyse(rows: Sequence[Item]) -> dict[str, Any]:
    """The JSON v1 analysis of the articles, each written as a JSONL record of its own."""
    import sourcetrace

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "articles.jsonl"
        with data.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps({"id": row["doc_id"], "text": row["text"]}) + "\n")
        analysis = sourcetrace.analyze([str(data)], db=f"sqlite:///{tmp}/s.db",
                                       stages=["ingest", "dedupe", "nlp", "dct", "timex",
                                               "attribute", "citations", "speakers"])  # fmt: skip
        return analysis.to_dict()


def _cover(a: tuple[int, int], b: tuple[int, int]) -> float:
    """The larger of the shares each span has inside the other."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return max(inter / max(1, a[1] - a[0]), inter / max(1, b[1] - b[0]))


def _answers(statement: tuple[int, int], content: tuple[int, int]) -> tuple[float, int]:
    """How well a content answers for a statement: its cover, then how many characters
    they share. A short attribution inside the statement ("the difference may not seem
    like much" in "While the difference may not seem like much, Rees said it can really
    matter") covers it as fully as the statement's own; the one overlapping it most is
    the statement's."""
    inter = max(0, min(statement[1], content[1]) - max(statement[0], content[0]))
    return _cover(statement, content), inter


def predicted_type(speaker: Item | None) -> str:
    if speaker is None:
        return "none"
    kind = str(speaker.get("type") or "none")
    return "organization" if kind == "outlet" else kind


def name_right(gold: str, speaker: Item | None) -> bool:
    if not re.search(r"\w", gold):
        return speaker is not None and not speaker.get("name")
    if speaker is None:
        return False
    return name_matches(gold, " ".join(str(speaker.get(k) or "") for k in ("name", "label")))


def ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def score(rows: Sequence[Item], doc: Item) -> dict[str, Any]:
    """Figures, confusion counts and the error rows for articles ``rows`` and their analysis."""
    # Articles by their JSONL line (a file of one record is read as one JSON document,
    # without line numbers: then by order).
    line_of = {int(a.get("line") or n): a for n, a in enumerate(doc.get("articles", []), 1)}
    speakers = {s["id"]: s for s in doc.get("speakers", [])}
    by_article: dict[str, list[Item]] = {}
    for att in doc.get("attributions", []):
        by_article.setdefault(att["article"], []).append(att)
    found = typed = type_ok = name_ok = whole = total = predicted = answering = 0
    confusion: Counter[tuple[str, str]] = Counter()
    errors: list[dict[str, Any]] = []
    for n, row in enumerate(rows, 1):
        art = line_of.get(n)
        atts = by_article.get(art["id"], []) if art else []
        predicted += len(atts)
        used: set[str] = set()
        for st in row.get("sourced_statements", []):
            if not st.get("span"):
                continue
            total += 1
            span = (int(st["span"][0]), int(st["span"][1]))
            best = max(atts, key=lambda a: _answers(span, tuple(a["span"])), default=None)
            if best is None or _cover(span, tuple(best["span"])) < MIN_COVER:
                errors.append({"doc": row["doc_id"], "statement": st["statement"],
                               "gold": [st["source_type"], st["source_name"]], "error": "missed"})
                continue
            found += 1
            used.add(best["id"])
            spk = speakers.get(best.get("speaker") or "")
            got_type, gold_type = predicted_type(spk), str(st["source_type"])
            t_ok = got_type == gold_type
            n_ok = name_right(str(st.get("source_name") or ""), spk)
            if gold_type in TYPES:
                typed += 1
                type_ok += t_ok
                confusion[(gold_type, got_type)] += 1
            name_ok += n_ok
            whole += t_ok and n_ok
            if not (t_ok and n_ok):
                errors.append({"doc": row["doc_id"], "statement": st["statement"],
                               "gold": [gold_type, st["source_name"]],
                               "predicted": [got_type, (spk or {}).get("name") or (spk or {}).get("label")],
                               "error": "type" if not t_ok else "name"})  # fmt: skip
        answering += sum(1 for a in atts if a["id"] in used or any(
            st.get("span") and _cover((int(st["span"][0]), int(st["span"][1])), tuple(a["span"]))
            >= MIN_COVER for st in row.get("sourced_statements", [])))  # fmt: skip
    return {
        "figures": {
            "articles": float(len(rows)), "statements": float(total),
            "predicted": float(predicted),
            "statement_recall": ratio(found, total),
            "attribution_precision": ratio(answering, predicted),
            "type_accuracy": ratio(type_ok, typed),
            "name_accuracy": ratio(name_ok, found),
            "whole_accuracy": ratio(whole, total),
        },
        "confusion": confusion,
        "errors": errors,
    }


def confusion_table(confusion: Mapping[tuple[str, str], int]) -> list[str]:
    """Rows gold type, columns predicted type."""
    cols = [*TYPES, "none"]
    lines = ["gold \\ predicted  " + "  ".join(f"{c:>12}" for c in cols)]
    for g in TYPES:
        lines.append(f"{g:17}  " + "  ".join(f"{confusion.get((g, c), 0):>12}" for c in cols))
    return lines


def command(
    data: Annotated[Path, typer.Argument(help="MCAE-style JSONL (doc_id, text, sourced_statements).")],
    errors: Annotated[bool, typer.Option("--errors", help="List every statement scored wrong.")] = False,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N articles.")] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write the figures, confusion and errors here.")
    ] = None,
) -> None:
    """Who each sourced statement comes from: statement recall, attribution precision,
    source type, name and whole-statement accuracy, with a confusion matrix of types."""
    rows = read_records(data, limit=limit)
    result = score(rows, analyse(rows))
    fig = result["figures"]
    typer.echo(f"articles {int(fig['articles'])}  statements {int(fig['statements'])}  "
               f"attributions {int(fig['predicted'])}")
    for key, title in (("statement_recall", "statement recall"),
                       ("attribution_precision", "attribution precision"),
                       ("type_accuracy", "type accuracy (of found)"),
                       ("name_accuracy", "name accuracy (of found)"),
                       ("whole_accuracy", "whole statement right")):  # fmt: skip
        typer.echo(f"{title:28} {fig[key]:.3f}")
    for line in confusion_table(result["confusion"]):
        typer.echo(line)
    if errors:
        for e in result["errors"]:
            typer.echo(f"[{e['error']}] {e['doc']}: gold {e['gold']} predicted "
                       f"{e.get('predicted')}: {e['statement'][:100]}")
    if json_out is not None:
        json_out.write_text(json.dumps(
            {**result, "confusion": [[g, p, n] for (g, p), n in sorted(result["confusion"].items())]},
            indent=2, ensure_ascii=False), encoding="utf-8")  # fmt: skip
