"""Story metrics for copies and origins: duplicate pairs and ``articles[].origin``."""

from __future__ import annotations

from collections.abc import Mapping

from sourcetrace.evaluation.story_match import Item, pairs, ratio, same_outlet


def copy_scores(gold: Item, files: Mapping[str, str], doc: Item) -> dict[str, float | None]:
    gold_pairs = pairs(d["files"] for d in gold.get("duplicates", []))
    not_pairs = pairs(d["files"] for d in gold.get("not_duplicates", []))
    pred_pairs = pairs([files[m] for m in g.get("members", []) if m in files]
                       for g in doc.get("duplicate_groups", []))  # fmt: skip
    hit = len(pred_pairs & gold_pairs)
    return {
        "copy_precision": ratio(hit, len(pred_pairs)),
        "copy_recall": ratio(hit, len(gold_pairs)),
        "copy_pairs_gold": float(len(gold_pairs)),
        "copy_pairs_predicted": float(len(pred_pairs)),
        "false_copies": float(len(pred_pairs & not_pairs)),
    }


def gold_origin(item: Item) -> str | None:
    """The outlet a gold ``files`` entry names as the text's origin: its own outlet for
    "own (...)" or "X (own)", else the name before any parenthesis; None when the gold says
    the texts do not show it ("uncredited wire", "per outside knowledge")."""
    origin = str(item.get("origin") or "")
    if not origin or origin.startswith("uncredited") or "outside knowledge" in origin:
        return None
    if origin.startswith("own") or "(own)" in origin:
        return str(item.get("outlet") or "")
    return origin.split(" (")[0].strip()


def origin_scores(gold: Item, files: Mapping[str, str], doc: Item) -> dict[str, float | None]:
    """Share of articles whose gold origin the texts show with the predicted
    ``articles[].origin.outlet`` naming that outlet."""
    by_file = {files[a["id"]]: a for a in doc.get("articles", []) if a["id"] in files}
    right = total = 0
    for item in gold.get("files", []):
        want, art = gold_origin(item), by_file.get(str(item.get("file")))
        if want is None or art is None:
            continue
        total += 1
        got = (art.get("origin") or {}).get("outlet")
        right += bool(got) and (same_outlet(got, want) or same_outlet(got, _site(want)))
    return {"origin_accuracy": ratio(right, total), "origins_gold": float(total)}


def _site(outlet: str) -> str:
    # Gold outlets may read "News-Press NOW (newspressnow.com)"; the name alone counts.
    return outlet.split(" (")[0]
