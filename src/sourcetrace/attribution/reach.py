"""How far back, within an article, a pronoun or a description looks for whom it stands
for: the ``[resolve]`` section of the settings (meanings there).

The values were swept on the speaker names of the Gender Gap Tracker dev half, the one
labelled set whose speakers are resolved through pronouns and descriptions:

    .venv/bin/python benchmarks/fit_reach.py ../shared/data/ggt/dev.jsonl

(BENCHMARKS.md, "How far back a pronoun looks"). Callers that pass no ``Reach`` get the
packaged settings, so an evaluation and an ``analyze`` run read one set of values.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sourcetrace.errors import UsageError
from sourcetrace.settings import Settings

SECTION = "resolve"


@dataclass(frozen=True)
class Reach:
    sentences_back: int
    chars_back: int
    quiet_chars_back: int
    quiet_paragraphs: int
    main_person_mentions: int
    main_person_share: float
    unnamed_chars_back: int
    main_body_mentions: int
    main_body_share: float
    continuing_min_chars: int

    @classmethod
    def from_settings(cls, settings: Settings) -> Reach:
        reach = settings.read(SECTION, cls)
        if min(reach.sentences_back, reach.chars_back, reach.quiet_chars_back,
               reach.quiet_paragraphs, reach.unnamed_chars_back,
               reach.continuing_min_chars) < 0:
            raise UsageError(f"settings [{SECTION}]: look-back distances cannot be negative")
        if not (0.0 <= reach.main_person_share <= 1.0 and 0.0 <= reach.main_body_share <= 1.0):
            raise UsageError(f"settings [{SECTION}]: shares must lie in [0, 1]")
        return reach


@cache
def packaged() -> Reach:
    """The values in the packaged ``settings.toml``."""
    return Reach.from_settings(Settings())
