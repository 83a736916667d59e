"""Background re-analysis after an upload: one worker thread, progress readable per job."""

from __future__ import annotations

import shutil
import tempfile
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sourcetrace.api.state import AppState


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Job:
    id: str
    status: str = "queued"  # queued | running | done | failed
    phase: str | None = None
    done: int = 0
    total: int | None = None
    created: str = field(default_factory=_now)
    finished: str | None = None
    articles_added: list[str] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Jobs:
    """Runs one analysis at a time (the store has one writer) and remembers every job."""

    def __init__(self, state: AppState) -> None:
        self.state = state
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sourcetrace-job")

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def submit(self, files: dict[str, bytes]) -> Job:
        """Queue an analysis of the uploaded ``files`` (name -> content) with the stored corpus."""
        job = Job(id=uuid.uuid4().hex[:12])
        folder = Path(tempfile.mkdtemp(prefix="sourcetrace-upload-"))
        for name, content in files.items():
            (folder / name).write_bytes(content)
        with self._lock:
            self._jobs[job.id] = job
        self._pool.submit(self._run, job, folder)
        return job

    def _progress(self, job: Job, phase: str, advance: int, total: int | None) -> None:
        if phase != job.phase:
            job.phase, job.done = phase, 0
        job.done += advance
        job.total = total

    def _run(self, job: Job, folder: Path) -> None:
        from sourcetrace.analysis import save
        from sourcetrace.engines.local import run
        from sourcetrace.output.json_v1 import corpus_to_v1
        from sourcetrace.pipeline import select
        from sourcetrace.settings import load_settings

        job.status = "running"
        store = self.state.store
        try:
            with store.write_lock:
                meta = (store.findings("analysis_meta") or [{}])[0]
                before = meta.get("articles")
                if before is None:
                    before = [a.id for a in store.articles()]
                corpus = run(
                    [str(p) for p in sorted(folder.iterdir())],
                    store=store,
                    settings=load_settings(),
                    stages=select(self.state.stages),
                    article_ids=before,
                    progress=lambda *a: self._progress(job, *a),
                )
                save(store, corpus_to_v1(corpus), corpus.articles)
            known = set(before)
            job.articles_added = [a.id for a in corpus.articles if a.id not in known]
            job.rejected = [{"path": Path(r.path).name, "reason": r.reason, "code": r.code}
                            for r in corpus.rejections]
            job.status = "done"
        except Exception as exc:  # a failed job is reported, never kills the server
            job.status, job.error = "failed", f"{type(exc).__name__}: {exc}"
        finally:
            self.state.invalidate()
            job.finished = _now()
            shutil.rmtree(folder, ignore_errors=True)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
