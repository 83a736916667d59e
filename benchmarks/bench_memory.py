"""Peak memory with many articles streamed through ingest, dedup and the store.

    .venv/bin/python benchmarks/bench_memory.py --articles 100000

Writes synthetic JSONL files (see ``synthetic.py``; 10k articles per file) to a
temporary folder, then in a fresh process runs ``sourcetrace.analyze`` with the
``ingest`` and ``dedupe`` stages into a new SQLite store, and reports that
process's peak RSS (the whole process: Python, libraries, texts, index, store
writes) and wall time. The goal is < 2 GB at 100k articles.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _run(paths: list[str], db: str, queue: Any) -> None:
    from sourcetrace.analysis import analyze

    start = time.perf_counter()
    result = analyze(paths, db=db, stages=["ingest", "dedupe"], with_text=False)
    seconds = time.perf_counter() - start
    queue.put({
        "articles": len(result.articles),
        "duplicate_groups": len(result.duplicate_groups),
        "rejected": len(result.rejected),
        "seconds": round(seconds, 1),
        "articles_per_second": round(len(result.articles) / seconds),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    })


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", default=None, help="store URL (default: a temporary SQLite file)")
    args = parser.parse_args()

    from synthetic import write_jsonl

    with tempfile.TemporaryDirectory(prefix="st-bench-mem-") as tmp:
        paths = [str(p) for p in write_jsonl(args.articles, Path(tmp) / "corpus")]
        size_mb = sum(Path(p).stat().st_size for p in paths) / 1e6
        db = args.db or f"sqlite:///{tmp}/bench.db"
        ctx = multiprocessing.get_context("spawn")
        queue = ctx.Queue()
        proc = ctx.Process(target=_run, args=(paths, db, queue))
        proc.start()
        result = queue.get()
        proc.join()
        result["input_mb"] = round(size_mb)
        print(json.dumps(result))


if __name__ == "__main__":
    main()
