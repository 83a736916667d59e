"""What a source phrase tells about its speaker: the record ``parse`` gives."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sourcetrace.models import SpeakerType


@dataclass(frozen=True)
class SpeakerInfo:
    """What a source phrase tells about its speaker."""

    text: str
    type: SpeakerType
    name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    descriptors: dict[str, Any] = field(default_factory=dict)


# A pollster's findings are its own record ("a poll by Norstat"), as an owned document is
# (read-only, as every parse's descriptors).
POLL_RECORD: dict[str, object] = {"document": "poll"}
