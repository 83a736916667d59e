"""The whole pipeline on one real story at scale: Helsinki (612 articles, 75 publishers).

    .venv/bin/python benchmarks/bench_helsinki.py [--copies K] [--workers N]

Reads ``../shared/data/helsinki/articles.jsonl`` at run time (nothing is stored in the
repository). With ``--copies K`` the corpus is the 612 articles K times over: every copy
after the first has light, deterministic edits (about 2 % of its words dropped or
swapped with their neighbour, a new id and address), the way syndicated and re-posted
copies of a story differ, so the reuse, claims and provenance stages see a story that
grew K-fold rather than K identical files. ``analyze`` runs every stage into a fresh
SQLite store in a spawned process; the figures are its wall time, per-stage times, the
peak RSS of that process and of its largest worker, and seconds per article (how cost
grows with K, run K = 1 and K = 10 side by side).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
HELSINKI = REPO / ".." / "shared" / "data" / "helsinki" / "articles.jsonl"
EDIT_RATE = 0.02


def _edited(text: str, rng: random.Random) -> str:
    """Drop or swap about ``EDIT_RATE`` of the words, line breaks kept."""
    lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        out: list[str] = []
        i = 0
        while i < len(words):
            roll = rng.random()
            if roll < EDIT_RATE / 2 and len(words) > 3:
                i += 1  # dropped
                continue
            if roll < EDIT_RATE and i + 1 < len(words):
                out += [words[i + 1], words[i]]
                i += 2
                continue
            out.append(words[i])
            i += 1
        lines.append(" ".join(out))
    return "\n".join(lines)


def write_corpus(folder: Path, copies: int, seed: int = 11) -> tuple[Path, int, int]:
    """The corpus as one JSONL file: (path, articles, words)."""
    rows = [json.loads(line) for line in HELSINKI.open(encoding="utf-8") if line.strip()]
    rng = random.Random(seed)
    path = folder / "helsinki.jsonl"
    n = words = 0
    with path.open("w", encoding="utf-8") as fh:
        for k in range(copies):
            for row in rows:
                rec = dict(row)
                if k:
                    rec["id"] = f"{row.get('id')}-copy{k}"
                    rec["text"] = _edited(str(row.get("text", "")), rng)
                    if rec.get("url"):
                        rec["url"] = f"{rec['url']}?copy={k}"
                fh.write(json.dumps(rec) + "\n")
                n += 1
                words += len(str(rec.get("text", "")).split())
    return path, n, words


class _Memory:
    """Peak RSS of this process between progress reports, sampled by a thread.

    ``phases`` maps each stage to the highest RSS seen while it ran: every report of a
    phase (a stage done, a chunk of articles analysed) takes the span since the previous
    report, which is the work it reports. Which stage sets the whole run's peak.
    """

    def __init__(self) -> None:
        self.phases: dict[str, int] = {}
        self._peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @staticmethod
    def rss_mb() -> int:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 2**20

    def _sample(self) -> None:
        while not self._stop.wait(0.2):
            self._peak = max(self._peak, self.rss_mb())

    def progress(self, phase: str, advance: int = 0, total: int | None = None) -> None:
        self._peak = max(self._peak, self.rss_mb())
        self.phases[phase] = max(self.phases.get(phase, 0), self._peak)
        self._peak = 0

    def __enter__(self) -> _Memory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _run(path: str, db: str, workers: int, queue: Any) -> None:
    os.environ["SOURCETRACE_WORKERS"] = str(workers)
    from sourcetrace.analysis import analyze

    start = time.perf_counter()
    with _Memory() as memory:
        result = analyze([path], db=db, with_text=False, progress=memory.progress)
        memory.progress("output and save")
    seconds = time.perf_counter() - start
    timings = result.corpus.timings if result.corpus is not None else {}
    queue.put({
        "articles": len(result.articles), "rejected": len(result.rejected),
        "claims": len(result.claims), "attributions": len(result.attributions),
        "seconds": round(seconds, 1),
        "stage_seconds": {k: round(v, 1) for k, v in timings.items()},
        "peak_rss_mb_by_stage": memory.phases,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "largest_worker_rss_mb": round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
    })


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="st-bench-hel-") as tmp:
        path, n, words = write_corpus(Path(tmp), args.copies)
        ctx = multiprocessing.get_context("spawn")
        queue = ctx.Queue()
        proc = ctx.Process(target=_run, args=(str(path), f"sqlite:///{tmp}/h.db", args.workers,
                                              queue))
        proc.start()
        result = queue.get()
        proc.join()
        result.update({"copies": args.copies, "input_articles": n, "words": words,
                       "workers": args.workers,
                       "seconds_per_article": round(result["seconds"] / max(n, 1), 3)})
        print(json.dumps(result))


if __name__ == "__main__":
    main()
