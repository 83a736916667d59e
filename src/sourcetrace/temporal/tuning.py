"""The knobs of time-expression normalisation: the ``[timex]`` section of the settings
(meanings there). Callers that pass none get the packaged values, so ``eval timex`` and an
``analyze`` run read one set."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sourcetrace.errors import UsageError
from sourcetrace.settings import Settings

SECTION = "timex"


@dataclass(frozen=True)
class TimexTuning:
    quarter_window: int
    wrong_side: float

    @classmethod
    def from_settings(cls, settings: Settings) -> TimexTuning:
        tuning = settings.read(SECTION, cls)
        if tuning.quarter_window < 0:
            raise UsageError(f"settings [{SECTION}]: quarter_window cannot be negative")
        if tuning.wrong_side < 1.0:
            raise UsageError(f"settings [{SECTION}]: wrong_side below 1 would prefer the "
                             "side the tense rules out")
        return tuning


@cache
def packaged() -> TimexTuning:
    """The values in the packaged ``settings.toml``."""
    return TimexTuning.from_settings(Settings())
