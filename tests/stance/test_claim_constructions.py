"""How a speaker stands toward a claim, read through the whole pipeline on an invented story:
a report the verb taking it calls untrue, a dismissive verb, a "there is no" statement, a
claim the writer distances ("claimed"), a passive accusation, a relay named inside the
source phrase and a pronoun whose antecedent the tagger took for a body."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Read = Callable[[str], tuple[Any, dict[str, Any]]]


@pytest.fixture
def read(after_claim: Read) -> Callable[[str], dict[str, Any]]:
    def stances(text: str) -> dict[str, Any]:
        result, claim = after_claim(text)
        name = {s["id"]: s["name"] or s["label"] for s in result.speakers}
        by_id = {a["id"]: a for a in result.attributions}
        return {"stances": {(name.get(by_id[m]["speaker"]), s) for m, s in claim["stances"]},
                "via": {name.get(by_id[m]["speaker"]): tuple(by_id[m]["via"])
                        for m, _ in claim["stances"]}}

    return stances


@pytest.mark.parametrize("text", [
    "Ana Sorel called the reports a provocation.",
    "Ana Sorel branded the allegations a fabrication.",
    "Ana Sorel denounced the claims as a smear.",
    "Ana Sorel ridiculed the claims.",
    "Ana Sorel mocked the reports on Tuesday.",
    # A free relative labelling a report, under a verb of denial: the report is rejected.
    "Ana Sorel rejected what she called \"baseless accusations\".",
    "Ana Sorel said reports that Ostland had sent troops to Varnia were \"not credible\".",
    # A bare "No." answers the question put.
    "Asked whether Ostland had sent troops to Varnia, Ana Sorel said: \"No.\"",
])
def test_a_report_called_untrue_or_dismissed_is_denied(read: Any, text: str) -> None:
    got = read(text)
    assert ("Ana Sorel", "denies") in got["stances"], got


def test_a_thing_called_so_that_is_no_report_is_not_denied(read: Any) -> None:
    got = read("Ana Sorel called the border a provocation.")
    assert not any(s == "denies" for _, s in got["stances"]), got


def test_there_being_none_of_what_the_claim_is_about_denies_it(read: Any) -> None:
    # The noun the "there is" introduces is what is compared (not a conjunct after it).
    got = read("There were no Ostlandish troops in Varnia last week, Ana Sorel said.")
    assert ("Ana Sorel", "denies") in got["stances"], got


def test_a_speaker_who_claims_or_alleges_asserts(read: Any) -> None:
    got = read("Ana Sorel alleged that Ostland had sent troops to Varnia.")
    assert ("Ana Sorel", "asserts") in got["stances"], got


def test_the_agent_of_a_passive_accusation_asserts_the_charge(read: Any) -> None:
    got = read("Ostland was accused by Lumbria of sending troops to Varnia.")
    assert ("Lumbria", "asserts") in got["stances"], got


def test_a_relay_named_after_cited_by_is_the_chain(read: Any) -> None:
    got = read("Ostland sent troops to Varnia, according to officials familiar "
                           "with the plans cited by the Varnia Herald.")
    assert got["via"].get("officials familiar with the plans") == ("Varnia Herald",), got


def test_he_is_the_person_an_apposition_gives_an_office(read: Any) -> None:
    # The small model tags "Ivo Brant" an organisation; the office says he is a person.
    got = read("Ivo Brant, the Lumbrian interior minister, arrived on Tuesday. "
                           "He said Ostland had sent troops to Varnia.")
    assert ("Ivo Brant", "asserts") in got["stances"], got


def test_not_ruling_it_out_leaves_it_open(read: Any) -> None:
    got = read("Ana Sorel said she could not rule out that Ostland had sent "
                           "troops to Varnia.")
    assert {s for n, s in got["stances"] if n == "Ana Sorel"} == {"questions"}, got


@pytest.mark.parametrize("text", [
    "Ostland, which has repeatedly denied sending troops to Varnia, did not respond.",
    "Ostland's envoy spoke on Tuesday. Ostland has rejected the charge and it has denied "
    "sending troops to Varnia.",
])
def test_a_denial_of_ones_own_act_by_a_pronoun_subject_denies(read: Any, text: str) -> None:
    got = read(text)
    assert ("Ostland", "denies") in got["stances"], got


@pytest.mark.parametrize(("text", "stance"), [
    ("Ana Sorel cast doubt on the reports.", "questions"),
    ("Ana Sorel raised questions about the reports on Tuesday.", "questions"),
    ("Ana Sorel poured scorn on the reports.", "denies"),
])
def test_an_idiom_of_doubt_or_scorn_takes_up_the_report(read: Any, text: str,
                                                        stance: str) -> None:
    got = read(text)
    assert ("Ana Sorel", stance) in got["stances"], got


def test_a_report_rejected_on_a_day_is_denied(read: Any) -> None:
    # "on Tuesday" says when the allegations were rejected, not what they say.
    got = read("Ostland rejected the allegations on Tuesday, saying its troops were on "
               "exercises at home.")
    assert ("Ostland", "denies") in got["stances"], got


def test_what_someone_calls_a_name_under_another_verb_is_no_report(read: Any) -> None:
    # "blaming what he calls fake news": the words name what is blamed, nothing is denied.
    got = read("Ana Sorel blamed what she called \"fake news\" for the panic.")
    assert not any(s == "denies" for _, s in got["stances"]), got


@pytest.mark.parametrize("text", [
    "Ana Sorel said there was no evidence that Ostland had sent troops to Varnia.",
    "Ana Sorel said she had seen no sign that Ostland sent troops to Varnia.",
    "There is no indication that Ostland sent troops to Varnia, Ana Sorel said.",
    "Ana Sorel said she had no reason to believe that Ostland sent troops to Varnia.",
])
def test_no_evidence_of_it_questions_it(read: Any, text: str) -> None:
    # Doubt without a flat denial (the stories' roles): neither a denial nor support.
    got = read(text)
    assert ("Ana Sorel", "questions") in got["stances"], got
    assert not any(s in ("denies", "asserts") for n, s in got["stances"] if n == "Ana Sorel")


def test_no_doubt_of_it_still_asserts_it(read: Any) -> None:
    got = read("Ana Sorel said there was no doubt that Ostland had sent troops to Varnia.")
    assert ("Ana Sorel", "asserts") in got["stances"], got


@pytest.mark.parametrize("text", [
    "Ana Sorel said Ostland had not deployed any troops to Varnia.",
    "Ana Sorel said Ostland had never dispatched soldiers to Varnia.",
])
def test_the_act_negated_with_another_verb_of_its_kind_denies_it(read: Any, text: str) -> None:
    # "deploy" and "dispatch" share the frame of "send" (frames.toml): the same act,
    # negated; a verb of another frame ("withdraw") would be another act.
    got = read(text)
    assert ("Ana Sorel", "denies") in got["stances"], got


@pytest.mark.parametrize("text", [
    "The Herald's Mira Kell reported that Ostland had sent troops to Varnia.",
    "Herald reporter Mira Kell wrote that Ostland had sent troops to Varnia.",
])
def test_an_outlets_reporter_reporting_is_the_outlet(read: Any, text: str) -> None:
    got = read(text)
    speakers = {n for n, _ in got["stances"]}
    assert "The Herald" in speakers and "Mira Kell" not in speakers, got


def test_an_act_named_as_a_subject_is_given_whatever_is_denied_of_it(read: Any) -> None:
    # "was not illegal" denies the illegality; the deployment itself is taken as given.
    got = read("Ostland's deployment of troops to Varnia was not illegal, Ana Sorel said.")
    assert not any(s == "denies" for n, s in got["stances"] if n == "Ana Sorel"), got


@pytest.mark.parametrize("text", [
    "Ana Sorel said she doubted that Ostland had sent troops to Varnia.",
    "Ana Sorel refused to confirm that Ostland had sent troops to Varnia.",
    "Ana Sorel stopped short of confirming that Ostland had sent troops to Varnia.",
    "Ana Sorel said it was far from certain that Ostland had sent troops to Varnia.",
])
def test_doubt_said_through_a_second_verb_questions_it(read: Any, text: str) -> None:
    # The outer statement ("said [she doubted that P]") is read through the inner one:
    # its words alone carry no doubt of P and read as asserting it.
    got = read(text)
    assert ("Ana Sorel", "questions") in got["stances"], got
    assert ("Ana Sorel", "asserts") not in got["stances"], got


def test_not_a_single_one_denies(read: Any) -> None:
    got = read("Not a single Ostlandish soldier was sent to Varnia, Ana Sorel said.")
    assert ("Ana Sorel", "denies") in got["stances"], got


def test_condemning_someone_for_an_act_asserts_the_act(read: Any) -> None:
    got = read("Ana Sorel condemned Ostland for sending troops to Varnia.")
    assert ("Ana Sorel", "asserts") in got["stances"], got


def test_the_one_condemned_for_an_act_says_nothing(read: Any) -> None:
    got = read("Ostland was condemned for sending troops to Varnia.")
    assert "Ostland" not in {n for n, _ in got["stances"]}, got


def test_a_dismissal_with_its_object_after_the_label_denies(read: Any) -> None:
    # "dismissed as speculation [reports that P]": the parser hangs the reports on "as".
    got = read("Ana Sorel dismissed as speculation reports that Ostland had sent troops "
               "to Varnia.")
    assert ("Ana Sorel", "denies") in got["stances"], got


@pytest.mark.parametrize("text", [
    "Ana Sorel said Ostland \"has never had\" troops in Varnia.",
    "Ostland has no troops in Varnia, Ana Sorel said.",
])
def test_the_agent_having_none_of_it_there_denies(read: Any, text: str) -> None:
    # As "there are no Ostlandish troops in Varnia" does (claims.pairs._there_is).
    got = read(text)
    assert ("Ana Sorel", "denies") in got["stances"], got


@pytest.mark.parametrize("text", [
    "Ana Sorel has denied any involvement.",
    "Ana Sorel denied any involvement in the deployment.",
    "Ana Sorel rejected as \"absurd fabrication\" a newspaper report that Ostland had sent "
    "troops to Varnia.",
])
def test_a_denied_part_or_a_report_rejected_after_its_label_denies(read: Any, text: str) -> None:
    # A part denied with nothing named, or named by a definite noun, is a part in what was
    # told before; "rejected as X a report that P": the report hangs on the label.
    got = read(text)
    assert ("Ana Sorel", "denies") in got["stances"], got


@pytest.mark.parametrize(("text", "denies"), [
    ("Ana Sorel said Ostland had nothing to do with the deployment.", True),
    ("Ostland played no role in the deployment, Ana Sorel said.", True),
    ("Ana Sorel said Ostland had nothing to do with a trade deal signed in March.", False),
])
def test_no_part_in_the_act_told_before_denies_it(read: Any, text: str, denies: bool) -> None:
    # The definite noun points back at the act told before; an indefinite one names
    # something else (claims.shapes.involvement_denial).
    got = read(text)
    assert (("Ana Sorel", "denies") in got["stances"]) == denies, got


@pytest.mark.parametrize("text", [
    "Ana Sorel urged caution on Thursday over claims that Ostland had sent troops to Varnia.",
    "Ana Sorel expressed skepticism about reports that Ostland had sent troops to Varnia.",
])
def test_an_idiom_of_caution_or_skepticism_questions_the_report(read: Any, text: str) -> None:
    got = read(text)
    assert ("Ana Sorel", "questions") in got["stances"], got


def test_a_denial_sharing_its_subject_with_a_first_conjunct_denies(read: Any) -> None:
    # "said P and denied [sending troops]": the subject is the conjuncts' (it had made no
    # candidate at all).
    got = read("Ostland's defence ministry said the border was calm and denied sending "
               "troops to Varnia.")
    assert ("Ostland's defence ministry", "denies") in got["stances"], got
