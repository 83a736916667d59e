"""A report or a belief called untrue ("claims that P are absurd", "dismissed as nonsense
reports that P", "it is absurd to believe P") denies P; the same labels elsewhere ("stoking
speculation that P", "propaganda outlets") deny nothing. Invented Ostland story, the real
pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

import sourcetrace

CLAIM = "Ostland sent troops to Varnia last week, Ruritanian officials said on Monday. "


def _claim(tmp_path: Path, text: str) -> dict[str, object]:
    story = tmp_path / "story.txt"
    story.write_text(CLAIM + text + "\n", "utf-8")
    result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'r.db'}")
    name = {s["id"]: s["name"] or s["label"] for s in result.speakers}
    claim = next(c for c in result.claims if "troops to Varnia" in c["text"])
    return {"denied_by": sorted(name[d] for d in claim["denied_by"]),
            "asserted_by": sorted(name[a] for a in claim["asserted_by"]),
            "stances": {a["source_text"]: a["stance"] for a in result.attributions}}


@pytest.mark.parametrize(("text", "denier"), [
    ("Claims that Ostland sent troops to Varnia are pure fantasy, Ivo Brant told reporters.",
     "Ivo Brant"),
    ("Ivo Brant said claims that Ostland sent troops to Varnia were absurd.", "Ivo Brant"),
    # A headline line: the colon reads as the speaker's.
    ("\n\nSergei Petrov: Claims that Ostland sent troops to Varnia are 'anti-Ostland "
     "hysteria'", "Sergei Petrov"),
    ("Ivo Brant dismissed as nonsense reports that Ostland sent troops to Varnia.",
     "Ivo Brant"),
    ("The Ostlandish ministry rejected as absurd claims that Ostland sent troops to Varnia.",
     "Ostlandish ministry"),
])
def test_a_report_called_untrue_is_denied(tmp_path: Path, text: str, denier: str) -> None:
    claim = _claim(tmp_path, text)
    assert any(denier in d for d in claim["denied_by"]), claim  # type: ignore[attr-defined]
    assert not any(denier in a for a in claim["asserted_by"]), claim  # type: ignore[attr-defined]


def test_a_label_that_is_a_topic_denies_nothing(tmp_path: Path) -> None:
    # "speculation" and "propaganda" here are what the sentence is about, not a verdict on
    # the claim: the speaker asserts.
    claim = _claim(tmp_path, "The visit stoked speculation that Ostland sent troops to "
                             "Varnia, Ivo Brant said, citing Ostlandish propaganda outlets.")
    assert claim["denied_by"] == [], claim



def test_a_belief_called_absurd_is_denied_and_its_dummy_it_is_no_one(tmp_path: Path) -> None:
    claim = _claim(tmp_path, "Ivo Brant said it is absurd to believe Ostland sent troops to "
                             "Varnia. It is fair to say that the talks failed, Ana Sorel said.")
    assert any("Ivo Brant" in d for d in claim["denied_by"]), claim  # type: ignore[attr-defined]
    # Neither frame's "it" believes or says anything.
    assert not {"it", "It"} & set(claim["stances"]), claim  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "Ivo Brant brushed aside reports that Ostland had sent troops to Varnia.",
    "Ivo Brant waved away claims that Ostland sent troops to Varnia.",
    "Ivo Brant pushed back on reports that Ostland sent troops to Varnia.",
])
def test_a_phrasal_dismissal_denies(tmp_path: Path, text: str) -> None:
    claim = _claim(tmp_path, text)
    assert "Ivo Brant" in claim["denied_by"], claim  # type: ignore[operator]


@pytest.mark.parametrize("text", [
    "Ivo Brant played down reports that Ostland sent troops to Varnia.",
    "Ivo Brant stopped short of saying that Ostland sent troops to Varnia.",
])
def test_making_less_of_a_claim_or_not_saying_it_is_no_assertion(tmp_path: Path,
                                                                 text: str) -> None:
    claim = _claim(tmp_path, text)
    assert claim["stances"]["Ivo Brant"] == "questions", claim  # type: ignore[index]
    assert "Ivo Brant" not in claim["asserted_by"], claim  # type: ignore[operator]
