"""What the web app shares between requests: the store, the cached analysis, the jobs."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from sourcetrace.report.data import ReportData
from sourcetrace.store.base import SQLStore


@dataclass
class AppState:
    store: SQLStore
    read_only: bool = False
    token: str | None = None
    max_upload_bytes: int = 5_000_000
    stages: Sequence[str] | None = None
    _data: ReportData | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def data(self) -> ReportData:
        """The store's current analysis, read once and kept until a job replaces it."""
        with self._lock:
            if self._data is None:
                from sourcetrace.analysis import load

                self._data = ReportData.of(load(self.store))
            return self._data

    def invalidate(self) -> None:
        with self._lock:
            self._data = None
