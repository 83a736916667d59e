"""What the web app shares between requests: the store, the cached analysis, the jobs."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from sourcetrace.report.data import ReportData
from sourcetrace.store.base import FINDING_KINDS, SQLStore


@dataclass
class AppState:
    store: SQLStore
    read_only: bool = False
    token: str | None = None
    max_upload_bytes: int = 5_000_000
    stages: Sequence[str] | None = None
    recheck_seconds: float = 2.0
    _data: ReportData | None = field(default=None, repr=False)
    _stamp: tuple[int, ...] = field(default=(), repr=False)
    _checked: float = field(default=0.0, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def _fingerprint(self) -> tuple[int, ...]:
        # Cheap counts: an `analyze` run by another process replaces the findings, and
        # the counts almost always move with it; a job here invalidates explicitly.
        return tuple(self.store.count(k) for k in FINDING_KINDS)

    def data(self) -> ReportData:
        """The store's current analysis, cached; re-read when the store has changed."""
        with self._lock:
            now = time.monotonic()
            if self._data is not None and now - self._checked > self.recheck_seconds:
                self._checked = now
                if self._fingerprint() != self._stamp:
                    self._data = None
            if self._data is None:
                from sourcetrace.analysis import load

                self._stamp = self._fingerprint()
                self._checked = now
                self._data = ReportData.of(load(self.store))
            return self._data

    def invalidate(self) -> None:
        with self._lock:
            self._data = None
