"""The knobs of reading one article's claim candidates: the ``[candidates]`` section of
the settings (meanings there). Callers that pass none get the packaged values."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sourcetrace.errors import UsageError
from sourcetrace.settings import Settings

SECTION = "candidates"


@dataclass(frozen=True)
class CandidateTuning:
    max_quote_sentences: int
    topic_min: int
    sides_window: int

    @classmethod
    def from_settings(cls, settings: Settings) -> CandidateTuning:
        tuning = settings.read(SECTION, cls)
        if min(tuning.max_quote_sentences, tuning.topic_min) < 1 or tuning.sides_window < 0:
            raise UsageError(f"settings [{SECTION}]: max_quote_sentences and topic_min must "
                             "be at least 1, sides_window at least 0")
        return tuning


@cache
def packaged() -> CandidateTuning:
    """The values in the packaged ``settings.toml``."""
    return CandidateTuning.from_settings(Settings())
