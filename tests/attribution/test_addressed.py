"""Who was told or asked is no source ("X was told that P", "Asked whether P, X said"), nor
is a speaker whose verb the parser gave a report's clause ("was speaking after a
newspaper report that P"). Invented Ostland story, the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

import sourcetrace


def _sources(tmp_path: Path, text: str) -> dict[str, str]:
    story = tmp_path / "story.txt"
    story.write_text(text + "\n", "utf-8")
    result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'r.db'}")
    return {a["source_text"] or "": a["content"] for a in result.attributions}


@pytest.mark.parametrize("text", [
    "Ivo Brant was told that Ostland sent troops to Varnia.",
    "Ivo Brant was briefed that Ostland sent troops to Varnia.",
    "Asked whether Ostland sent troops to Varnia, Ivo Brant smiled.",
    "Ivo Brant was speaking after a newspaper report that Ostland sent troops to Varnia.",
])
def test_the_one_addressed_is_no_source(tmp_path: Path, text: str) -> None:
    assert "Ivo Brant" not in _sources(tmp_path, text)


def test_the_one_telling_still_is(tmp_path: Path) -> None:
    sources = _sources(tmp_path, "Ivo Brant told reporters that Ostland sent troops to Varnia.")
    assert sources["Ivo Brant"] == "that Ostland sent troops to Varnia", sources


def test_no_allegations_are_no_one_reporting(tmp_path: Path) -> None:
    # "no allegations that P": no one alleges P; "reports that P" with no source still
    # carries P as reported.
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    sources = _sources(tmp_path / "a", "The indictment contains no allegations that Ostland "
                                       "sent troops to Varnia.")
    assert "that Ostland sent troops to Varnia" not in sources.values(), sources
    sources = _sources(tmp_path / "b", "There have been reports that Ostland sent troops to "
                                       "Varnia.")
    assert "that Ostland sent troops to Varnia" in sources.values(), sources
