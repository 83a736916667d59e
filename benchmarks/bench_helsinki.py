"""The whole pipeline on one real story at scale: Helsinki (612 articles, 75 publishers).

    .venv/bin/python benchmarks/bench_helsinki.py [--copies K] [--workers N]

Reads ``../shared/data/helsinki/articles.jsonl`` at run time (nothing is stored in the
repository). With ``--copies K`` the corpus is the 612 articles K times over: every copy
after the first has light, deterministic edits (about 2 % of its words dropped or
swapped with their neighbour, a new id and address), the way syndicated and re-posted
copies of a story differ, so the reuse, claims and provenance stages see a story that
grew K-fold rather than K identical files. ``analyze`` runs every stage into a fresh
SQLite store in a spawned process; the figures are its wall time, per-stage times, the
peak RSS of that process (overall and while each stage ran) and of its largest worker,
and seconds per article (how cost grows with K, run K = 1 and K = 10 side by side).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import tempfile
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
    """The peak RSS of each stage, read at each progress report.

    Every report of a phase (a stage done, a chunk of articles analysed) reads the
    process's high-water mark (VmHWM), which is the peak of the work it reports, then
    resets it (``/proc/self/clear_refs``). No sampling thread: with a thread running,
    ``analyze`` spawns its workers instead of forking them, which would change what the
    parent process holds.
    """

    def __init__(self) -> None:
        self.phases: dict[str, int] = {}

    def progress(self, phase: str, advance: int = 0, total: int | None = None) -> None:
        with open("/proc/self/status", encoding="ascii") as fh:
            peak = next(int(line.split()[1]) // 1024 for line in fh if line.startswith("VmHWM"))
        self.phases[phase] = max(self.phases.get(phase, 0), peak)
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")


def _run(path: str, db: str, workers: int, queue: Any) -> None:
    os.environ["SOURCETRACE_WORKERS"] = str(workers)
    from sourcetrace.analysis import analyze

    start = time.perf_counter()
    memory = _Memory()
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
        # Resetting the high-water mark may reset what getrusage reports too.
        "peak_rss_mb": max([*memory.phases.values(),
                            round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)]),
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
