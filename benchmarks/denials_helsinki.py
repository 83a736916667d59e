"""Whether the claims' deniers on Helsinki really deny them: hand labels of denial
mentions, read against an analysis.

    .venv/bin/python benchmarks/denials_helsinki.py [--db D --json J]

``benchmarks/data/denial_labels.json`` holds denial mentions drawn at random from an
analysis of ``../shared/data/helsinki/articles.jsonl`` (twenty-seventh session), each
judged by one reader: does the speaker, in the attribution's sentence, deny the claim as
its representative sentence states it? A label names the attribution (article line in
the JSONL file, its content span), the mention's span and the claim's representative
(article line, span); no text is kept. A later analysis is scored on the labels whose
attribution is still found and whose representative still heads a claim (the others are
counted as moved); an attribution that claim no longer lists is no denial of it: a label judged a denial and still shown as one (read as a denial toward the
claim, not a related statement, its speaker among the claim's deniers) is kept, one
judged no denial and still shown as one is a false denial. Prints the precision of the denials kept, the
share of true denials kept, and the analysis's totals; ``--errors`` also each false or
lost denial with its sentence and claim.

``--db``/``--json`` reuse a store and its JSON of ``sourcetrace analyze`` on the
Helsinki file; without them the pipeline runs here first (a few minutes).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HELSINKI = ROOT.parent / "shared" / "data" / "helsinki" / "articles.jsonl"
LABELS = ROOT / "benchmarks" / "data" / "denial_labels.json"


def _run(tmp: Path) -> tuple[Path, Path]:
    import sourcetrace

    db, out = tmp / "h.db", tmp / "h.json"
    sourcetrace.analyze([str(HELSINKI)], db=f"sqlite:///{db}").to_json(out)
    return db, out


def _candidates(db: Path) -> dict[str, dict[str, Any]]:
    con = sqlite3.connect(db)
    found: dict[str, dict[str, Any]] = {}
    for (data,) in con.execute("SELECT data FROM article_results WHERE stage = 'article'"):
        for c in json.loads(data).get("candidates", []):
            found[c["id"]] = c
    return found


def shown_denying(claim: dict[str, Any], att: str, speaker: str | None) -> bool:
    """The mention is shown as a denial of the claim: read as one toward it, not a related
    statement, and its speaker among the claim's deniers (a relay of someone else's words,
    "the Times reported Peskov dismissed ...", is not)."""
    return (dict(claim["stances"]).get(att) == "denies" and att not in claim["related"]
            and speaker in claim["denied_by"])


def score(db: Path, doc: dict[str, Any], *, errors: bool = False) -> None:
    line = {a["id"]: a["line"] for a in doc["articles"]}
    cands = _candidates(db)
    att_at = {(line[a["article"]], tuple(a["span"])): a["id"] for a in doc["attributions"]}
    speaker = {a["id"]: a.get("speaker") for a in doc["attributions"]}
    texts = {a["id"]: a.get("text") or "" for a in doc["articles"]}
    quote = {a["id"]: texts[a["article"]][slice(*(a.get("sentence_span") or a["span"]))][:240]
             for a in doc["attributions"]}
    # A claim by where its representative is: the member whose text is the claim's.
    claim_at: dict[tuple[int, tuple[int, int]], dict[str, Any]] = {}
    for claim in doc["claims"]:
        for k in claim["candidates"]:
            c = cands.get(k)
            if c is not None and c["text"] == claim["text"] and not c.get("refers_to"):
                claim_at[(line[c["article"]], tuple(c["span"]))] = claim
    kept = {True: 0, False: 0}
    total = {True: 0, False: 0}
    moved = 0
    for label in json.loads(LABELS.read_text(encoding="utf-8")):
        att = att_at.get((label["line"], tuple(label["attribution"])))
        claim = claim_at.get((label["claim"]["line"], tuple(label["claim"]["span"])))
        if att is None or claim is None:
            moved += 1
            continue
        truth = bool(label["denies"])
        total[truth] += 1
        # A mention no longer in the claim is no denial of it.
        shown = att in claim["mentions"] and shown_denying(claim, att, speaker.get(att))
        kept[truth] += shown
        if errors and shown != truth:
            print(f"{'false denial' if shown else 'lost denial'}: {quote.get(att, '')!r}\n"
                  f"    of {claim['text']!r}")
    read = kept[True] + kept[False]
    print(f"{sum(total.values())} labelled denial mentions scored ({total[True]} judged "
          f"denials), {moved} moved to another claim or gone")
    print(f"denials still read: {read}; right {kept[True]}, wrong {kept[False]}: "
          f"precision {kept[True] / max(1, read):.3f}")
    print(f"true denials kept: {kept[True]}/{total[True]} = "
          f"{kept[True] / max(1, total[True]):.3f}")
    mentions = sum(shown_denying(c, m, speaker.get(m)) for c in doc["claims"] for m, _ in c["stances"])
    deniers = sum(bool(c["denied_by"]) for c in doc["claims"])
    print(f"analysis: {mentions} denial mentions shown, {deniers} claims with deniers")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="a store of the Helsinki analysis (SQLite file)")
    ap.add_argument("--json", help="its JSON v1")
    ap.add_argument("--errors", action="store_true", help="print each false or lost denial")
    args = ap.parse_args()
    if args.db and args.json:
        score(Path(args.db), json.loads(Path(args.json).read_text(encoding="utf-8")),
              errors=args.errors)
        return
    with tempfile.TemporaryDirectory() as tmp:
        db, out = _run(Path(tmp))
        score(db, json.loads(out.read_text(encoding="utf-8")), errors=args.errors)


if __name__ == "__main__":
    main()
