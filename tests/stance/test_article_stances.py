"""An article's stance toward a claim, read from its own mentions of it: stated in its own
voice (supports), otherwise reported (credited to others, or disputed: an article's own
negations are not read as denials)."""

from __future__ import annotations

from pathlib import Path

import pytest

import sourcetrace
from sourcetrace.errors import UsageError

_STORY = {
    # The outlet states it as fact.
    "a_states.txt": "Moscow, March 3. Russia sold military drones to Iran last month. "
                    "The deal was signed in Tehran during talks on trade.\n",
    # The outlet credits it to someone and takes no side.
    "b_credits.txt": "Russia sold military drones to Iran last month, two U.S. "
                     "officials told reporters on Friday. The officials did not say how "
                     "many drones were delivered.\n",
    # The outlet disputes it in its own voice: not read as a denial (see stance.articles).
    "c_disputes.txt": "Despite the rumours, Russia did not sell military drones to Iran "
                      "last month. Trade talks in Tehran ended on Friday.\n",
}


def _story(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in _STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def _stances_of_the_drone_claim(result: sourcetrace.Analysis) -> dict[str, str]:
    name = {a["id"]: Path(a["path"]).name for a in result.articles}
    claim = next(c for c in result.claims if "drones" in c["text"] and len(c["articles"]) == 3)
    return {name[a]: s for a, s in claim["article_stances"].items()}


def test_each_article_stands_as_its_own_sentences_do(tmp_path: Path) -> None:
    result = sourcetrace.analyze(_story(tmp_path), db=f"sqlite:///{tmp_path / 's.db'}")
    assert _stances_of_the_drone_claim(result) == {
        "a_states.txt": "supports", "b_credits.txt": "reports", "c_disputes.txt": "reports"}


def test_a_quotation_set_apart_is_not_the_outlets_voice(tmp_path: Path) -> None:
    paths = _story(tmp_path)
    (tmp_path / "a_states.txt").write_text(
        "Moscow, March 3. “Russia sold military drones to Iran last month.” The deal "
        "was signed in Tehran during talks on trade.\n", encoding="utf-8")
    result = sourcetrace.analyze(paths, db=f"sqlite:///{tmp_path / 'q.db'}")
    assert _stances_of_the_drone_claim(result)["a_states.txt"] == "reports"


def test_the_body_classifier_is_still_there_when_asked_for(tmp_path: Path) -> None:
    result = sourcetrace.analyze(_story(tmp_path), db=f"sqlite:///{tmp_path / 'm.db'}",
                                 **{"stance.article": "model"})
    got = _stances_of_the_drone_claim(result)
    assert set(got) == set(_STORY)
    assert set(got.values()) <= {"supports", "reports", "denies"}


def test_an_unknown_way_of_reading_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"\[stance\] article"):
        sourcetrace.analyze(_story(tmp_path), db=f"sqlite:///{tmp_path / 'x.db'}",
                            **{"stance.article": "vibes"})


def test_a_hedge_naming_no_one_is_the_outlets_own_statement(tmp_path: Path) -> None:
    """ "appeared to" with no source hedges what the outlet itself says; a source that is
    named makes it someone's statement, reported."""
    paths = _story(tmp_path)
    hedged = tmp_path / "d_hedges.txt"
    hedged.write_text("Russia appeared to sell military drones to Iran last month, while "
                      "trade talks in Tehran went on.\n", encoding="utf-8")
    result = sourcetrace.analyze([*paths, str(hedged)], db=f"sqlite:///{tmp_path / 'h.db'}")
    name = {a["id"]: Path(a["path"]).name for a in result.articles}
    claim = next(c for c in result.claims if "drones" in c["text"] and len(c["articles"]) == 4)
    got = {name[a]: s for a, s in claim["article_stances"].items()}
    assert got["d_hedges.txt"] == "supports"
    assert got["b_credits.txt"] == "reports"
