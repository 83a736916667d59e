"""sourcetrace: trace every claim in news coverage back to its sources.

Public API (everything else is private and may change)::

    import sourcetrace
    result = sourcetrace.analyze(["articles/"], db="sqlite:///story.db")
    result.claims, result.to_json("out.json"), result.to_pandas()
"""

from __future__ import annotations

from sourcetrace.analysis import Analysis, analyze, load
from sourcetrace.errors import (
    InputError,
    MissingExtraError,
    ModelMissingError,
    SourcetraceError,
    StoreError,
    UsageError,
)
from sourcetrace.models import (
    Article,
    Attribution,
    Citation,
    Claim,
    DuplicateGroup,
    Event,
    Rejection,
    Speaker,
    TimeRef,
)
from sourcetrace.output.json_v1 import SCHEMA_ID
from sourcetrace.store import open_store

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_ID",
    "Analysis",
    "Article",
    "Attribution",
    "Citation",
    "Claim",
    "DuplicateGroup",
    "Event",
    "InputError",
    "MissingExtraError",
    "ModelMissingError",
    "Rejection",
    "SourcetraceError",
    "Speaker",
    "StoreError",
    "TimeRef",
    "UsageError",
    "__version__",
    "analyze",
    "load",
    "open_store",
]
