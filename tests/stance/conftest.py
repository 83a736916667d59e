"""An invented story whose first sentence asserts the claim "Ostland sent troops to Varnia";
the tests add one sentence and read how the whole pipeline takes it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import sourcetrace

CLAIM = "Ostland sent troops to Varnia last week, Ruritanian officials said on Monday. "


@pytest.fixture
def after_claim(tmp_path: Path) -> Callable[[str], tuple[Any, dict[str, Any]]]:
    """``read(text)`` -> (the analysis of the claim followed by ``text``, the claim)."""

    def read(text: str) -> tuple[Any, dict[str, Any]]:
        story = tmp_path / "story.txt"
        story.write_text(CLAIM + text + "\n", "utf-8")
        result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'r.db'}")
        return result, next(c for c in result.claims if "troops to Varnia" in c["text"])

    return read
