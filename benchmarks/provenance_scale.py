"""build_provenance on a synthetic corpus: time against the number of claims.

Usage: .venv/bin/python benchmarks/provenance_scale.py [N_CLAIMS]

Invented data (random speakers, stances, citations, articles with one copy in ten);
it measures cost only, not quality. The work is per claim plus one pass over the
citations, so time should grow linearly with the number of claims.
"""

from __future__ import annotations

import random
import sys
import time

from sourcetrace.models import Article, Attribution, Citation, Claim, Speaker
from sourcetrace.provenance.build import build_provenance


def main() -> None:
    n_claims = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rng = random.Random(0)
    n_art = max(10, n_claims * 2 // 3)
    outlets = ["CNN", "BBC", "Reuters", "Al Jazeera"]
    arts = [
        Article(
            id=f"a{i}",
            text="x",
            path="p",
            outlet=rng.choice(outlets),
            published=f"2030-01-{1 + i % 28:02d}",
        )
        for i in range(n_art)
    ]
    labels = [
        "US officials",
        "a Chinese official",
        "Kremlin spokesman Dmitry Peskov",
        "Western diplomats",
        "sources",
    ]
    spk = [
        Speaker(
            id=f"s{i}",
            name=None if i % 3 else f"Person {i}",
            label=rng.choice(labels),
            type="anonymous" if i % 3 else "person",
        )
        for i in range(5000)
    ]
    atts, claims, cits = [], [], []
    for c in range(n_claims):
        ids = []
        for k in range(8):
            a, aid = rng.randrange(n_art), f"t{c}_{k}"
            atts.append(
                Attribution(
                    id=aid,
                    article=f"a{a}",
                    kind="indirect",
                    content="..",
                    span=(k * 100, k * 100 + 50),
                    sentence_span=(k * 100, k * 100 + 80),
                    speaker=f"s{rng.randrange(5000)}",
                    stance=rng.choice(["asserts", "asserts", "denies"]),
                )
            )
            ids.append(aid)
            cits.append(
                Citation(
                    id=f"c{c}_{k}",
                    article=f"a{a}",
                    outlet="Financial Times",
                    cue="reported",
                    span=(k * 100 + 85, k * 100 + 90),
                    sentence_span=(k * 100 + 80, k * 100 + 99),
                )
            )
        claims.append(
            Claim(
                id=f"k{c}", text="Russia asked China for drones", articles=(), mentions=tuple(ids)
            )
        )
    dup: dict[str, str | None] = {
        f"a{i}": (f"a{i - 1}" if i % 10 == 1 else None) for i in range(n_art)
    }
    t = time.perf_counter()
    build_provenance(claims, atts, spk, cits, arts, dup)
    secs = time.perf_counter() - t
    print(f"{n_claims} claims, {len(atts)} attributions, {len(cits)} citations: {secs:.1f} s")


if __name__ == "__main__":
    main()
