"""Ingest: files, folders, records, HTML, feeds and WARC read into articles.

Entry: ``ingest(inputs, options)`` (``inputs``); readers, decoding and text metadata in
their own modules, remote sources under ``fetch``. The engine runs this stage itself,
before everything else, because it fills the store the other stages read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.pipeline import Stage, engine_run, lazy_exports, register

if TYPE_CHECKING:
    from sourcetrace.ingest.inputs import IngestOptions, ingest

__all__ = ["IngestOptions", "ingest"]
__getattr__ = lazy_exports(__name__, {"IngestOptions": "inputs", "ingest": "inputs"})

register(
    Stage("ingest", "corpus", (), ("articles", "rejections"), engine_run,
          "read inputs (run by the engine before everything else)"),
)
