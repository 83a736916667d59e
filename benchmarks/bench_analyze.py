"""End-to-end ``analyze`` against bare spaCy ``nlp.pipe`` on the same texts, same model.

    .venv/bin/python benchmarks/bench_analyze.py --articles 300

Ratio = analyze wall time / bare ``nlp.pipe`` wall time, measured in one run on
the same texts (FNC-1 bodies read from ../shared at run time). The baseline is
the floor of any spaCy system: one process, ``nlp.pipe(texts, batch_size=32)``,
model already loaded, nothing done with the parses. ``analyze`` is the full
user path: ingest from JSONL into a fresh SQLite store, worker start-up (one
model load per worker), parsing, and every stage of the pipeline by default (article
stages, then the corpus stages: stance, claims, provenance ...; ``--stages`` narrows it),
and saving the findings; per-stage wall times come with the result. Below 1.0 means the whole pipeline finishes sooner than
spaCy alone on one core. The baseline runs before and after ``analyze``; the
mean of the two is used, to damp noise from other load on the machine.

``--incremental N`` adds issue #15's re-analysis figures: the same command again on the
analysed store (nothing changed), then with N new articles in a second file, each as a
ratio to the first run.

CPU seconds (this process and its finished workers) come with the wall times: on a shared
2-core machine the wall time of the same run varies by a quarter from minute to minute,
its CPU time much less, so the CPU ratio tells whether a change did less work.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def load_texts(n: int) -> list[str]:
    path = REPO / ".." / "shared" / "data" / "fnc1" / "train_bodies.jsonl"
    out: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            body = json.loads(line)["body"].strip()
            if len(body) > 300:
                out.append(body)
            if len(out) == n:
                break
    return out


def cpu_seconds() -> float:
    """CPU time of this process and of its finished workers, user and system."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def bare_spacy(texts: list[str], n_process: int = 1) -> tuple[float, float]:
    """Wall and CPU seconds of one ``nlp.pipe`` over ``texts``."""
    from sourcetrace.nlp.model import load_nlp

    nlp = load_nlp()
    start, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, batch_size=32, n_process=n_process):
        pass
    return time.perf_counter() - start, cpu_seconds() - cpu


def run_analyze(texts: list[str], stages: list[str] | None, workers: int,
                extra: list[str] | None = None) -> dict[str, object]:
    """One run on a fresh store; with ``extra``, then the same command again on that store
    (nothing changed) and once more with the ``extra`` articles added in a second file."""
    from sourcetrace.analysis import analyze

    os.environ["SOURCETRACE_WORKERS"] = str(workers)
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="st-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
        added = Path(tmp) / "added.jsonl"
        added.write_text("".join(json.dumps({"text": t}) + "\n" for t in extra or []),
                         encoding="utf-8")
        runs = [("first", [corpus])]
        if extra:
            runs += [("again", [corpus]), ("added", [corpus, added])]
        for name, paths in runs:
            start, cpu = time.perf_counter(), cpu_seconds()
            result = analyze(paths, db=f"sqlite:///{tmp}/bench.db", stages=stages,
                             with_text=False)
            out[f"{name}_seconds"] = round(time.perf_counter() - start, 1)
            out[f"{name}_cpu_seconds"] = round(cpu_seconds() - cpu, 1)
            timings = result.corpus.timings if result.corpus is not None else {}
            out[f"{name}_stage_seconds"] = {k: round(v, 1) for k, v in timings.items()}
            out[f"{name}_attributions"] = len(result.attributions)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--stages", default=None,
                        help="comma-separated stages (default: every stage of the pipeline)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--incremental", type=int, default=0, metavar="N",
                        help="then re-run on the same store unchanged, and with N new articles")
    args = parser.parse_args()
    stages = args.stages.split(",") if args.stages else None

    everything = load_texts(args.articles + args.incremental)
    texts, extra = everything[: args.articles], everything[args.articles :]
    words = sum(len(t.split()) for t in texts)
    bare_spacy(texts[:20])  # warm the model and caches outside the timings
    before, before_cpu = bare_spacy(texts)
    runs = run_analyze(texts, stages, args.workers, extra)
    after, after_cpu = bare_spacy(texts)
    baseline = (before + after) / 2
    first = float(runs["first_seconds"])  # type: ignore[arg-type]
    figures: dict[str, object] = {
        "articles": len(texts), "words": words, "cpu_cores": os.cpu_count(),
        "workers": args.workers, "stages": stages or "all",
        "spacy_pipe_seconds": [round(before, 1), round(after, 1)],
        "analyze_seconds": first, "attributions": runs["first_attributions"],
        "ratio_analyze_to_spacy": round(first / baseline, 2),
        "stage_seconds": runs["first_stage_seconds"],
        "spacy_pipe_cpu_seconds": [round(before_cpu, 1), round(after_cpu, 1)],
        "analyze_cpu_seconds": runs["first_cpu_seconds"],
        "ratio_cpu_analyze_to_spacy": round(
            float(runs["first_cpu_seconds"]) / ((before_cpu + after_cpu) / 2), 2),  # type: ignore[arg-type]
    }
    if extra:
        figures.update({
            "again_seconds": runs["again_seconds"],
            "ratio_again_to_first": round(float(runs["again_seconds"]) / first, 2),  # type: ignore[arg-type]
            "again_stage_seconds": runs["again_stage_seconds"],
            "added_articles": len(extra), "added_seconds": runs["added_seconds"],
            "ratio_added_to_first": round(float(runs["added_seconds"]) / first, 2),  # type: ignore[arg-type]
            "added_stage_seconds": runs["added_stage_seconds"],
        })
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
