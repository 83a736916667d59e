"""How each article stands toward a claim it carries, on Helsinki: the analysis's
``article_stances`` and the trained body classifier, against hand labels.

    .venv/bin/python benchmarks/article_stance_helsinki.py [--json J]

``benchmarks/data/article_stance_labels.json`` holds (article, claim) pairs drawn at
random from Helsinki claims in two or more articles, each judged by one reader from the
article's sentences that carry the claim: ``supports`` (the article states it in its own
voice), ``reports`` (only as someone's statement, asserted or denied), ``denies`` (the
article disputes it in its own voice), ``none`` (the article does not carry it: a
clustering error, left out of the scores). A label names the article by its line in
``../shared/data/helsinki/articles.jsonl`` and the claim by one of its mention spans
there (character offsets); no text is kept. The claim read for a label is the one of
the analysis whose mentions in that article overlap the span most.

``--json`` reuses ``sourcetrace analyze ../shared/data/helsinki/articles.jsonl --json J``;
without it the pipeline runs here first (a few minutes). The classifier is run on the
same (claim text, article body) pairs. Prints each reading's accuracy, its confusion
with the labels, and the share of the analysis's pairs it calls each stance.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HELSINKI = ROOT.parent / "shared" / "data" / "helsinki" / "articles.jsonl"
LABELS = ROOT / "benchmarks" / "data" / "article_stance_labels.json"
STANCES = ("supports", "reports", "denies")


def _analysis(path: str | None) -> dict[str, Any]:
    if path:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    import sourcetrace

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "h.json"
        result = sourcetrace.analyze([str(HELSINKI)], db=f"sqlite:///{Path(tmp) / 'h.db'}")
        result.to_json(out)
        return json.loads(out.read_text(encoding="utf-8"))


def _spans(claim: dict[str, Any], article: str) -> list[tuple[int, int]]:
    own = [(s[1], s[2]) for s in claim.get("sentences") or [] if s[0] == article]
    return own + [(e[2], e[3]) for e in claim.get("evidence") or [] if e[1] == article]


def _claim_for(doc: dict[str, Any], article: str, lo: int, hi: int) -> dict[str, Any] | None:
    def overlap(claim: dict[str, Any]) -> int:
        return max((min(hi, b) - max(lo, a) for a, b in _spans(claim, article)), default=0)

    best = max(doc["claims"], key=lambda c: (overlap(c), len(c["articles"])), default=None)
    return best if best is not None and overlap(best) > 0 else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", help="an analysis of the Helsinki articles (JSON v1)")
    args = ap.parse_args()
    doc = _analysis(args.json)
    by_line = {a["line"]: a for a in doc["articles"]}
    pairs: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    missing = 0
    for label in json.loads(LABELS.read_text(encoding="utf-8")):
        article = by_line[label["line"]]
        claim = _claim_for(doc, article["id"], *label["mention"])
        if claim is None or article["id"] not in claim["article_stances"]:
            missing += 1
            continue
        pairs.append((label["stance"], claim, article))
    from sourcetrace.stance.model import ArticleStanceModel

    model = ArticleStanceModel.load().predict([c["text"] for _, c, _ in pairs],
                                              [a["text"] for _, _, a in pairs])
    readings = {
        "analysis (article_stances)": [c["article_stances"][a["id"]] for _, c, a in pairs],
        "body classifier": ["reports" if m == "unrelated" else m for m in model],
    }
    gold = [g for g, _, _ in pairs]
    scored = [k for k, g in enumerate(gold) if g != "none"]
    print(f"{len(pairs)} labelled pairs ({len(scored)} scored, {len(pairs) - len(scored)} "
          f"'none'); {missing} whose claim the analysis no longer has")
    for name, got in readings.items():
        right = sum(got[k] == gold[k] for k in scored)
        print(f"\n{name}: accuracy {right}/{len(scored)} = {right / max(1, len(scored)):.3f}")
        for g in STANCES:
            row = Counter(got[k] for k in scored if gold[k] == g)
            print(f"  gold {g:8} -> " + ", ".join(f"{s} {row[s]}" for s in STANCES))
    share = Counter(s for c in doc["claims"] for s in c["article_stances"].values())
    total = max(1, sum(share.values()))
    print("\nanalysis, all article-claim pairs: "
          + ", ".join(f"{s} {share[s]} ({share[s] / total:.1%})" for s in STANCES))


if __name__ == "__main__":
    main()
