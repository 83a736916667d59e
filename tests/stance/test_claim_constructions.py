"""How a speaker stands toward a claim, read through the whole pipeline on an invented story:
a report the verb taking it calls untrue, a dismissive verb, a "there is no" statement, a
claim the writer distances ("claimed"), a passive accusation, a relay named inside the
source phrase and a pronoun whose antecedent the tagger took for a body."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import sourcetrace

CLAIM = "Ostland sent troops to Varnia last week, Ruritanian officials said on Monday. "


def _read(tmp_path: Path, text: str) -> dict[str, Any]:
    story = tmp_path / "story.txt"
    story.write_text(CLAIM + text + "\n", "utf-8")
    result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'r.db'}")
    name = {s["id"]: s["name"] or s["label"] for s in result.speakers}
    by_id = {a["id"]: a for a in result.attributions}
    claim = next(c for c in result.claims if "troops to Varnia" in c["text"])
    return {"stances": {(name.get(by_id[m]["speaker"]), s) for m, s in claim["stances"]},
            "via": {name.get(by_id[m]["speaker"]): tuple(by_id[m]["via"])
                    for m, _ in claim["stances"]}}


@pytest.mark.parametrize("text", [
    "Ana Sorel called the reports a provocation.",
    "Ana Sorel branded the allegations a fabrication.",
    "Ana Sorel denounced the claims as a smear.",
    "Ana Sorel ridiculed the claims.",
    "Ana Sorel mocked the reports on Tuesday.",
])
def test_a_report_called_untrue_or_dismissed_is_denied(tmp_path: Path, text: str) -> None:
    read = _read(tmp_path, text)
    assert ("Ana Sorel", "denies") in read["stances"], read


def test_a_thing_called_so_that_is_no_report_is_not_denied(tmp_path: Path) -> None:
    read = _read(tmp_path, "Ana Sorel called the border a provocation.")
    assert not any(s == "denies" for _, s in read["stances"]), read


def test_there_being_none_of_what_the_claim_is_about_denies_it(tmp_path: Path) -> None:
    # The noun the "there is" introduces is what is compared (not a conjunct after it).
    read = _read(tmp_path, "There were no Ostlandish troops in Varnia last week, Ana Sorel said.")
    assert ("Ana Sorel", "denies") in read["stances"], read


def test_a_speaker_who_claims_or_alleges_asserts(tmp_path: Path) -> None:
    read = _read(tmp_path, "Ana Sorel alleged that Ostland had sent troops to Varnia.")
    assert ("Ana Sorel", "asserts") in read["stances"], read


def test_the_agent_of_a_passive_accusation_asserts_the_charge(tmp_path: Path) -> None:
    read = _read(tmp_path, "Ostland was accused by Lumbria of sending troops to Varnia.")
    assert ("Lumbria", "asserts") in read["stances"], read


def test_a_relay_named_after_cited_by_is_the_chain(tmp_path: Path) -> None:
    read = _read(tmp_path, "Ostland sent troops to Varnia, according to officials familiar "
                           "with the plans cited by the Varnia Herald.")
    assert read["via"].get("officials familiar with the plans") == ("Varnia Herald",), read


def test_he_is_the_person_an_apposition_gives_an_office(tmp_path: Path) -> None:
    # The small model tags "Ivo Brant" an organisation; the office says he is a person.
    read = _read(tmp_path, "Ivo Brant, the Lumbrian interior minister, arrived on Tuesday. "
                           "He said Ostland had sent troops to Varnia.")
    assert ("Ivo Brant", "asserts") in read["stances"], read


def test_not_ruling_it_out_leaves_it_open(tmp_path: Path) -> None:
    read = _read(tmp_path, "Ana Sorel said she could not rule out that Ostland had sent "
                           "troops to Varnia.")
    assert {s for n, s in read["stances"] if n == "Ana Sorel"} == {"questions"}, read


@pytest.mark.parametrize("text", [
    "Ostland, which has repeatedly denied sending troops to Varnia, did not respond.",
    "Ostland's envoy spoke on Tuesday. Ostland has rejected the charge and it has denied "
    "sending troops to Varnia.",
])
def test_a_denial_of_ones_own_act_by_a_pronoun_subject_denies(tmp_path: Path, text: str) -> None:
    read = _read(tmp_path, text)
    assert ("Ostland", "denies") in read["stances"], read


@pytest.mark.parametrize(("text", "stance"), [
    ("Ana Sorel cast doubt on the reports.", "questions"),
    ("Ana Sorel raised questions about the reports on Tuesday.", "questions"),
    ("Ana Sorel poured scorn on the reports.", "denies"),
])
def test_an_idiom_of_doubt_or_scorn_takes_up_the_report(tmp_path: Path, text: str,
                                                        stance: str) -> None:
    read = _read(tmp_path, text)
    assert ("Ana Sorel", stance) in read["stances"], read
