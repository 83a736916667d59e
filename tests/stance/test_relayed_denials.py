"""A speaker who tells of another party's denial relays it; the denier denies. A speaker
telling of their own side's denial ("Ostland rejects ...", said by Ostland's spokesman)
denies too."""

from __future__ import annotations

from pathlib import Path

import pytest

import sourcetrace


def _stances(tmp_path: Path, text: str) -> dict[str, str]:
    story = tmp_path / "story.txt"
    story.write_text("Ostland interfered in the Ruritanian election, officials say. " + text
                     + "\n", "utf-8")
    result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'r.db'}")
    return {a["content"]: a["stance"] for a in result.attributions}


@pytest.mark.parametrize(("text", "relayed"), [
    ("The adviser, Mara Velt, has encouraged the president to keep pressing Ostland, noting "
     "that in a preparatory meeting with him, the Ostlandish leader denied Ostlandish state "
     "involvement, but not any Ostlandish involvement at all.",
     "that in a preparatory meeting with him, the Ostlandish leader denied Ostlandish state "
     "involvement, but not any Ostlandish involvement at all"),
])
def test_a_denial_told_by_someone_else_is_the_deniers(tmp_path: Path, text: str,
                                                     relayed: str) -> None:
    stance = _stances(tmp_path, text)
    assert stance[relayed] == "reports", stance
    assert stance["Ostlandish state involvement"] == "denies", stance


@pytest.mark.parametrize(("text", "relayed", "own"), [
    ("Senator Mara Holm said Ivo Brant told her the allegations were baseless.",
     "Ivo Brant told her the allegations were baseless", "the allegations were baseless"),
    ("Senator Mara Holm said Ivo Brant insisted there was no evidence of interference.",
     "Ivo Brant insisted there was no evidence of interference",
     "there was no evidence of interference"),
])
def test_a_denial_said_by_someone_else_inside_the_content_is_theirs(
        tmp_path: Path, text: str, relayed: str, own: str) -> None:
    # The words of denial are what Brant said: Holm tells of it. (Brant's own statement
    # may read as asserting "there was no evidence ...", the claim it makes.)
    stance = _stances(tmp_path, text)
    assert stance[relayed] == "reports" and stance[own] != "reports", stance


def test_a_denial_owned_by_someone_else_is_theirs(tmp_path: Path) -> None:
    # "Accept Velt's denial": the senator speaks of the Ostlandish president's denial.
    stance = _stances(tmp_path, "\"He can't simply raise it, accept Velt's denial and then "
                                "let him off the hook,\" Senator Mara Holm said.")
    said = next(k for k in stance if "accept Velt's denial" in k)
    assert stance[said] == "reports", stance


def test_a_spokesman_telling_of_his_own_sides_denial_denies(tmp_path: Path) -> None:
    stance = _stances(tmp_path, "Ostland's foreign ministry spokesman Ivo Brant said "
                                "Ostland categorically rejects the accusations.")
    assert stance["Ostland categorically rejects the accusations"] == "denies", stance


def test_a_speaker_with_no_name_or_country_may_speak_for_the_denier(tmp_path: Path) -> None:
    # "a spokesman" is likely Ostland's own: his telling of its denial stays a denial.
    stance = _stances(tmp_path, "Ostland dismissed the report as disinformation, a "
                                "spokesman said.")
    assert stance["Ostland dismissed the report as disinformation"] == "denies", stance
