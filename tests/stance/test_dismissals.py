"""A report or a belief called untrue ("claims that P are absurd", "dismissed as nonsense
reports that P", "it is absurd to believe P") denies P; the same labels elsewhere ("stoking
speculation that P", "propaganda outlets") deny nothing. Invented Ostland story, the real
pipeline."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def claim_of(after_claim: Any) -> Any:
    return lambda text: _summary(*after_claim(text))


def _summary(result: Any, claim: dict[str, Any]) -> dict[str, object]:
    name = {s["id"]: s["name"] or s["label"] for s in result.speakers}
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
    # Called exaggerated, as an adjective or a passive: doubted as untrue (an invented
    # missile story: the experts had confirmed the claim they doubted, graded A1).
    ("Ivo Brant said claims that Ostland sent troops to Varnia were exaggerated.", "Ivo Brant"),
    ("Ivo Brant said claims that Ostland sent troops to Varnia were greatly exaggerated.",
     "Ivo Brant"),
    # A document of what is claimed called untrue: what it says is denied.
    ("Ivo Brant said a leaked memo about the deployment of troops to Varnia was a forgery.",
     "Ivo Brant"),
    ("Ivo Brant said the theory that Ostland sent troops to Varnia was a smear.", "Ivo Brant"),
])
def test_a_report_called_untrue_is_denied(claim_of: Any, text: str, denier: str) -> None:
    claim = claim_of(text)
    assert any(denier in d for d in claim["denied_by"]), claim  # type: ignore[attr-defined]
    assert not any(denier in a for a in claim["asserted_by"]), claim  # type: ignore[attr-defined]


def test_a_label_that_is_a_topic_denies_nothing(claim_of: Any) -> None:
    # "speculation" and "propaganda" here are what the sentence is about, not a verdict on
    # the claim: the speaker asserts.
    claim = claim_of("The visit stoked speculation that Ostland sent troops to "
                             "Varnia, Ivo Brant said, citing Ostlandish propaganda outlets.")
    assert claim["denied_by"] == [], claim



def test_a_belief_called_absurd_is_denied_and_its_dummy_it_is_no_one(claim_of: Any) -> None:
    claim = claim_of("Ivo Brant said it is absurd to believe Ostland sent troops to "
                             "Varnia. It is fair to say that the talks failed, Ana Sorel said.")
    assert any("Ivo Brant" in d for d in claim["denied_by"]), claim  # type: ignore[attr-defined]
    # Neither frame's "it" believes or says anything.
    assert not {"it", "It"} & set(claim["stances"]), claim  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "Ivo Brant brushed aside reports that Ostland had sent troops to Varnia.",
    "Ivo Brant waved away claims that Ostland sent troops to Varnia.",
    "Ivo Brant pushed back on reports that Ostland sent troops to Varnia.",
])
def test_a_phrasal_dismissal_denies(claim_of: Any, text: str) -> None:
    claim = claim_of(text)
    assert "Ivo Brant" in claim["denied_by"], claim  # type: ignore[operator]


@pytest.mark.parametrize("text", [
    "Ivo Brant played down reports that Ostland sent troops to Varnia.",
    "Ivo Brant stopped short of saying that Ostland sent troops to Varnia.",
])
def test_making_less_of_a_claim_or_not_saying_it_is_no_assertion(claim_of: Any,
                                                                 text: str) -> None:
    claim = claim_of(text)
    assert claim["stances"]["Ivo Brant"] == "questions", claim  # type: ignore[index]
    assert "Ivo Brant" not in claim["asserted_by"], claim  # type: ignore[operator]


def test_a_report_called_made_up_by_a_passive_is_denied(claim_of: Any) -> None:
    # "the accusations were invented": the passive verb is what they are called.
    claim = claim_of("Ostland sent troops to Varnia, officials said. Ivo Brant said the "
                     "accusations were invented.")
    assert any("Ivo Brant" in d for d in claim["denied_by"]), claim  # type: ignore[attr-defined]
