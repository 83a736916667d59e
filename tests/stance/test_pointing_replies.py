"""Replies that point back at the claim told before them instead of stating one: a
pro-form ("anything like this", "nothing of the sort", "no such thing") under a negated
act or a profession of not knowing, read through the whole pipeline on an invented story.
Not knowing of a thing questions it; doing or happening of nothing of the sort denies
it; wonder ("never seen anything like this") and precedent ("nothing like this has
happened in decades") answer nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import sourcetrace

Read = Callable[[str], tuple[Any, dict[str, Any]]]


@pytest.fixture
def stances(after_claim: Read) -> Callable[[str], set[tuple[str, str]]]:
    def read(text: str) -> set[tuple[str, str]]:
        result, claim = after_claim(text)
        name = {s["id"]: s["name"] or s["label"] for s in result.speakers}
        speaker = {a["id"]: a["speaker"] for a in result.attributions}
        return {(name.get(speaker[m]), s) for m, s in claim["stances"]}

    return read


@pytest.mark.parametrize(("text", "stance"), [
    ("Mara Velt told reporters she had no knowledge of anything like this.", "questions"),
    ("Mara Velt said she was not aware of any such deployment.", "questions"),
    ("\"Nothing of the sort happened,\" Mara Velt said.", "denies"),
    ("\"No such thing happened,\" Mara Velt said.", "denies"),
    ("Mara Velt said Ostland would never do anything like that.", "denies"),
])
def test_a_reply_pointing_back_takes_a_stance_on_the_claim(
        stances: Any, text: str, stance: str) -> None:
    got = stances(text)
    assert ("Mara Velt", stance) in got, got


@pytest.mark.parametrize("text", [
    "\"Nothing like this has happened in decades,\" Mara Velt said.",
    "\"I have never seen anything like this,\" Mara Velt said.",
])
def test_wonder_and_precedent_answer_nothing(stances: Any, text: str) -> None:
    got = stances(text)
    assert not any(name == "Mara Velt" for name, _ in got), got


def test_an_answer_points_past_what_other_answerers_said(tmp_path: Path) -> None:
    # Ana Sorel answered the report already; what she adds beside it is not the report
    # Mara Velt answers: with nothing else in reach, the article's main claim is.
    story = tmp_path / "story.txt"
    story.write_text(
        "Ostland sent troops to Varnia last week, Ruritanian officials told the Daily Star. "
        "Ana Sorel told the Daily Star that she never heard of anything like this. "
        "Ana Sorel said Ruritania wanted to distract its voters from the election. "
        "Mara Velt told the Daily Star that she had no knowledge of anything like this "
        "occurring.\n", "utf-8")
    result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'r.db'}")
    name = {s["id"]: s["name"] for s in result.speakers}
    speaker = {a["id"]: a["speaker"] for a in result.attributions}
    claim = next(c for c in result.claims if "troops to Varnia" in c["text"])
    got = {(name.get(speaker[m]), s) for m, s in claim["stances"]}
    assert ("Mara Velt", "questions") in got, got
    assert ("Ana Sorel", "denies") in got, got
    # Who doubts it to the Daily Star does not make the Star its reporter any more than
    # the officials who told it do; here they do.
    assert claim["first_reported_by"] == ["Daily Star"], claim["first_reported_by"]


@pytest.mark.parametrize("text", [
    "Mara Velt added, \"I can say with 100% certainty, not during my tenure.\"",
    "\"I can tell you, absolutely not,\" Mara Velt said.",
])
def test_a_reply_after_a_frame_of_saying_is_the_reply(stances: Any, text: str) -> None:
    # The frame ("I can say with certainty") asserts nothing; the words after it answer.
    got = stances(text)
    assert ("Mara Velt", "denies") in got, got


def test_a_frame_with_a_clause_of_its_own_says_it(stances: Any) -> None:
    got = stances("\"I can say that Ostland sent troops to Varnia, not tanks,\" Mara Velt said.")
    assert ("Mara Velt", "asserts") in got, got
