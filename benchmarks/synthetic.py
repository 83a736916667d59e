"""Synthetic news corpora for the scale benchmarks, derived at run time from real bodies.

The FNC-1 training bodies (``../shared/data/fnc1/train_bodies.jsonl``) are read when
a benchmark runs; nothing from them is stored in the repository. Each synthetic
article is one real body with heavy random word substitutions (15% of words,
replaced by words from other bodies), so two articles made from the same body
share few 5-word shingles and are *not* duplicates. On top of that, planted copies
give the dedup stage real work: ~8% light edits of an earlier article (near
copies), ~3% truncations (contained copies), ~2% exact copies.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BODIES = REPO / ".." / "shared" / "data" / "fnc1" / "train_bodies.jsonl"


def load_bodies(path: Path = BODIES) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        bodies = [json.loads(line)["body"] for line in fh]
    return [b for b in bodies if len(b.split()) >= 80]


def _substitute(words: list[str], rate: float, vocab: list[str], rng: random.Random) -> list[str]:
    return [rng.choice(vocab) if rng.random() < rate else w for w in words]


def articles(n: int, *, seed: int = 7, bodies: list[str] | None = None) -> Iterator[dict[str, str]]:
    """``n`` article records (text, outlet, kind of planted copy), deterministic for a seed.

    Memory stays flat: only a bounded window of recent texts is kept to copy from.
    """
    rng = random.Random(seed)
    bodies = bodies if bodies is not None else load_bodies()
    vocab = sorted({w for b in bodies[:300] for w in b.split()})
    recent: list[str] = []
    for i in range(n):
        roll = rng.random()
        if recent and roll < 0.02:
            text, kind = rng.choice(recent), "exact"
        elif recent and roll < 0.10:
            words = rng.choice(recent).split()
            text, kind = " ".join(_substitute(words, 0.01, vocab, rng)), "near"
        elif recent and roll < 0.13:
            words = rng.choice(recent).split()
            text, kind = " ".join(words[: max(60, int(len(words) * 0.85))]), "contained"
        else:
            words = rng.choice(bodies).split()
            text, kind = " ".join(_substitute(words, 0.15, vocab, rng)), "original"
        recent.append(text)
        if len(recent) > 500:
            recent.pop(rng.randrange(len(recent)))
        yield {"text": text, "outlet": f"Outlet {i % 97}", "planted": kind,
               "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}


def write_jsonl(n: int, folder: Path, *, per_file: int = 10_000, seed: int = 7) -> list[Path]:
    """Write ``n`` articles as JSONL files of ``per_file`` lines each; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    fh = None
    try:
        for i, rec in enumerate(articles(n, seed=seed)):
            if i % per_file == 0:
                if fh is not None:
                    fh.close()
                paths.append(folder / f"part-{len(paths):04d}.jsonl")
                fh = paths[-1].open("w", encoding="utf-8")
            assert fh is not None
            fh.write(json.dumps(rec) + "\n")
    finally:
        if fh is not None:
            fh.close()
    return paths
