"""How far back, within an article, a pronoun or a description looks for whom it stands
for: the ``[resolve]`` section of the settings (meanings there).

The values were swept on the speaker names of the Gender Gap Tracker dev half, the one
labelled set whose speakers are resolved through pronouns and descriptions:

    .venv/bin/python benchmarks/fit_reach.py ../shared/data/ggt/dev.jsonl

(BENCHMARKS.md, "How far back a pronoun looks"). Callers that pass no ``Reach`` get the
packaged settings, so an evaluation and an ``analyze`` run read one set of values.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
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

    @classmethod
    def from_settings(cls, settings: Settings) -> Reach:
        values = settings.section(SECTION)
        names = {f.name for f in fields(cls)}
        if set(values) != names:
            missing, extra = sorted(names - set(values)), sorted(set(values) - names)
            raise UsageError(f"settings [{SECTION}]: missing {missing}, unknown {extra}")
        reach = cls(**values)
        if min(reach.sentences_back, reach.chars_back, reach.quiet_chars_back,
               reach.quiet_paragraphs, reach.unnamed_chars_back) < 0:
            raise UsageError(f"settings [{SECTION}]: look-back distances cannot be negative")
        if not (0.0 <= reach.main_person_share <= 1.0 and 0.0 <= reach.main_body_share <= 1.0):
            raise UsageError(f"settings [{SECTION}]: shares must lie in [0, 1]")
        return reach


@cache
def packaged() -> Reach:
    """The values in the packaged ``settings.toml``."""
    return Reach.from_settings(Settings())
