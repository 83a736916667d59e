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
    from sourcetrace.nlp.model import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seeds_analysis(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path):  # type: ignore[no-untyped-def]
    """The full pipeline over the five real seed articles, once per test session."""
    import sourcetrace

    db = tmp_path_factory.mktemp("seeds-db") / "seeds.db"
    return sourcetrace.analyze([seeds_dir], db=db)


@pytest.fixture(scope="session")
def demo_analysis(tmp_path_factory: pytest.TempPathFactory, demo_dir: Path):  # type: ignore[no-untyped-def]
    """The full pipeline over the bundled demo corpus, once per test session."""
    import sourcetrace

    db = tmp_path_factory.mktemp("demo-db") / "demo.db"
    return sourcetrace.analyze([demo_dir], db=db)


@pytest.fixture
def analyse_invented(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Analyse a small invented story: {file name: (title, outlet, date, body)} -> JSON v1."""
    import sourcetrace

    def run(articles: dict[str, tuple[str, str, str, str]]) -> dict:  # type: ignore[type-arg]
        for name, (title, outlet, date, body) in articles.items():
            (tmp_path / name).write_text(
                f"Title: {title}\nOutlet: {outlet}\nPublished: {date}\n\n{body}\n", "utf-8")
        return sourcetrace.analyze([str(tmp_path)], db=f"sqlite:///{tmp_path}/st.db").to_dict()

    return run

