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


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The Ostland ministry said the charges were baseless and added that the timing was "
     "meant to spoil the summit.", "the charges were baseless",
     "that the timing was meant to spoil the summit"),
    ("Lumbrian officials said the convoy was large and warned it could reach Varnia within "
     "days.", "the convoy was large", "it could reach Varnia within days"),
])
def test_a_second_verb_of_saying_goes_on_with_the_speaker(
        tmp_path: Path, text: str, first: str, second: str) -> None:
    # The parser hangs "added" on the reported clause's verb: "the charges" had been its
    # speaker and the added statement part of the first.
    said = _said(tmp_path, text)
    speaker = text.split(" said ")[0]
    assert said == {(speaker, first), (speaker, second)}, said


@pytest.mark.parametrize(("text", "speaker", "second"), [
    ("The Ostland ministry dismissed claims that the army had shelled Kessel and insisted "
     "its troops were far away.", "The Ostland ministry", "its troops were far away"),
    ("Ivo Brant said he had seen reports that Ostland sent troops to Varnia but could not "
     "confirm them.", "he", "them"),
])
def test_a_second_verb_of_saying_after_a_reports_clause_is_the_speakers(
        tmp_path: Path, text: str, speaker: str, second: str) -> None:
    # The parser hangs it on the verb of the report's clause, whose subject ("the army",
    # "Ostland") then said it.
    assert (speaker, second) in _said(tmp_path, text)


def test_the_reported_speakers_second_act_stays_theirs(tmp_path: Path) -> None:
    # P's verb is itself one of saying: the second verb is the company's.
    said = _said(tmp_path, "Lumbrian officials said the Ostland company denied the report and "
                           "said it would sue.")
    assert ("the Ostland company", "it would sue") in said, said


def _said(tmp_path: Path, text: str) -> set[tuple[str | None, str]]:
    """(source, content) of every attribution the whole pipeline reads in ``text``."""
    story = tmp_path / "story.txt"
    story.write_text(text + "\n", "utf-8")
    result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'r.db'}")
    return {(a["source_text"], a["content"]) for a in result.attributions}
