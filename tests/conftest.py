"""Shared fixtures: paths to the repo's demo corpus and the ../shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    assert SHARED.is_dir(), f"../shared is missing beside the checkout ({SHARED})"
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpora" / "seeds"


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return REPO / "demo" / "corpus"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from sourcetrace.stages.nlp import load_nlp

    return load_nlp()
