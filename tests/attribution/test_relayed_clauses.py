"""An outlet's relay of its source around a that-clause the parser misreads ("reported,
citing two officials, that P"; "reported that P, citing two officials"): the officials say
P through the outlet, and the clause's subject is no one's source; and a source named after
the statement ("P, two people familiar with the matter told Reuters"). Invented story, the
real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

import sourcetrace


@pytest.mark.parametrize("text", [
    "The Daily Star reported, citing Lumbrian officials, that Ostland sent troops to Varnia.",
    "The Daily Star reported that Ostland sent troops to Varnia, citing Lumbrian officials.",
])
def test_the_cited_officials_say_it_through_the_outlet(tmp_path: Path, text: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text(text + "\n", "utf-8")
    result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'r.db'}")
    said = {a["source_text"]: (a["via"], a["content"]) for a in result.attributions}
    assert said.get("Lumbrian officials") == (
        ["Daily Star"], "that Ostland sent troops to Varnia"), said
    assert "Ostland" not in said, said


def test_a_reason_cited_stays_the_actors(tmp_path: Path) -> None:
    # "citing security concerns" gives Ostland's reason: no source for the outlet to relay.
    story = tmp_path / "story.txt"
    story.write_text("The Daily Star reported that Ostland sent troops to Varnia, citing "
                     "security concerns.\n", "utf-8")
    result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'r.db'}")
    assert "The Daily Star" in {a["source_text"] for a in result.attributions}


@pytest.mark.parametrize(("text", "source"), [
    ("Ostland sent troops to Varnia, two people familiar with the matter told the Daily "
     "Star.", "two people familiar with the matter"),
    ("Ostland sent troops to Varnia, a source close to the government said.",
     "a source close to the government"),
])
def test_a_source_after_the_statement_says_it(tmp_path: Path, text: str, source: str) -> None:
    # The parser makes the verb of saying a conjunct of the statement's verb, or the
    # source an apposition of its last noun.
    story = tmp_path / "story.txt"
    story.write_text(text + "\n", "utf-8")
    result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'r.db'}")
    said = {a["source_text"]: a["content"] for a in result.attributions}
    assert said.get(source) == "Ostland sent troops to Varnia", said
