"""A seeded draw of (supporting source, claim) pairs from an analysis, for reading by hand:
does the source's sentence state what the claim shown says?

    .venv/bin/python benchmarks/sources_sample.py J [--seed 7] [--n 40] [--min-articles 3]

``J`` is the JSON of ``sourcetrace analyze`` (on ``../shared/data/helsinki/articles.jsonl``
in BENCHMARKS.md). Every claim in ``--min-articles`` articles or more gives one pair per
supporting chain (a source the claim is credited to); the pairs are shuffled with
``--seed`` and the first ``--n`` printed with the claim, the source as the speakers stage
typed it, and the first mention of the chain (source, cue, content, stance). The judgement
is the reader's; the draw is the same for the same analysis and seed.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("json", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--min-articles", type=int, default=3)
    args = ap.parse_args()
    data = json.loads(args.json.read_text(encoding="utf-8"))
    atts = {a["id"]: a for a in data["attributions"]}
    speakers = {s["id"]: s for s in data["speakers"]}
    pairs = [(c, ch) for c in data["claims"] if len(c["articles"]) >= args.min_articles
             for ch in c.get("chains") or [] if ch["stance"] == "supports" and ch.get("source")]
    random.seed(args.seed)
    random.shuffle(pairs)
    print(f"{len(pairs)} (source, claim) pairs; the first {args.n} of seed {args.seed}:")
    for k, (claim, chain) in enumerate(pairs[: args.n]):
        who = speakers.get(chain["source"], {})
        print(f"#{k} CLAIM [{claim['grade']}] {claim['text'][:150]}")
        print(f"   SOURCE {who.get('label') or who.get('name')} ({who.get('type')}) "
              f"via={chain['via']} mentions={len(chain['mentions'])}")
        m = atts.get(chain["mentions"][0])
        if m is not None:
            print(f"   MENTION {m['source_text']} | {m['cue']} | {m['content'][:220]} "
                  f"[{m['stance']}]")


if __name__ == "__main__":
    main()
