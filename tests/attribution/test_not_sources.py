"""Subjects that are no source: who says no one holds the content, what is permitted or
predicted, and a headline's clause after its verb (real parses)."""

from __future__ import annotations

from typing import Any

import pytest

from sourcetrace.attribution.extract import extract_attributions
from sourcetrace.attribution.layout import headline_candidates
from sourcetrace.claims.candidates import claim_candidates


def _sources(nlp: Any, text: str) -> list[str | None]:
    """Sources of the attributions whose content is a clause (not the request for a thing
    in "asked China for drones")."""
    return [a.source_text for a in extract_attributions(nlp(text), article_id="t1")
            if len(a.content.split()) > 2]


@pytest.mark.parametrize("text", [
    "No U.S. official has confirmed that Russia asked China for drones.",
    "Nobody thought that Russia was actually trying to help Donald Trump.",
    "None of the indictments suggest that Russia changed the outcome of the election.",
])
def test_a_subject_saying_no_one_is_no_source_and_asserts_nothing(nlp: Any, text: str) -> None:
    assert _sources(nlp, text) == []
    doc = nlp(text)
    # Nor does the article assert the content in its own voice.
    assert not [c for c in claim_candidates(doc, article_id="t1") if "Russia" in c.text]


def test_a_named_subject_still_speaks(nlp: Any) -> None:
    # The control: the same shape with a speaker.
    assert _sources(nlp, "A U.S. official has confirmed that Russia asked China for drones.") == [
        "A U.S. official"]


def test_permission_is_not_speech(nlp: Any) -> None:
    text = "The summit risks allowing Putin to expand his sphere of influence."
    assert _sources(nlp, text) == []
    # "allow" with a finite clause is a concession, and reports it.
    conceded = extract_attributions(nlp("The minister allowed that the talks had stalled."),
                                    article_id="t1")
    assert [a.source_text for a in conceded] == ["The minister"]


def test_the_subject_of_a_bare_participle_is_what_is_predicted(nlp: Any) -> None:
    assert _sources(nlp, "Russia's economy is stagnant, with low growth predicted through 2020.") == []


def test_a_headline_clause_after_the_verb_is_no_speaker() -> None:
    line = "Trump meets Putin, predicts they will have an 'extraordinary relationship'"
    assert headline_candidates(line, (0, len(line))) == []
    named = "Chinese balloon is a civilian airship, says Beijing"
    (cand,) = headline_candidates(named, (0, len(named)))
    assert named[cand.source[0] : cand.source[1]] == "Beijing"


def test_no_wonder_a_named_speaker_speaks(nlp: Any) -> None:
    text = "No wonder Trump said the meeting with Putin would be the easiest of them all."
    assert [s for s in _sources(nlp, text) if s and "Trump" in s]


@pytest.mark.parametrize("text", [
    "What Trump and Putin hope to achieve at Helsinki summit",
    "What the president wants is a deal.",
])
def test_a_belief_inside_a_free_relative_states_nothing(nlp: Any, text: str) -> None:
    assert _sources(nlp, text) == []


def test_a_belief_with_its_own_complement_still_speaks(nlp: Any) -> None:
    # The controls: a plain hope, and a fronted "whether" clause of another verb.
    assert _sources(nlp, "Officials hope to achieve a deal at the summit.") == ["Officials"]
    assert _sources(nlp, "Whether it works, officials think that the talks will go on.") == [
        "officials"]


def test_a_verb_of_saying_in_a_comparison_is_no_aside(nlp: Any) -> None:
    # "far higher than the government admits" is no one's "far higher"; the doctor who
    # told the paper still speaks.
    text = ("The real death toll is far higher than the government admits, a doctor told the "
            "Capital Post.")
    sources = [a.source_text for a in extract_attributions(nlp(text), article_id="t1")]
    assert sources == ["a doctor"], sources


def test_a_request_for_anonymity_with_its_fear_states_nothing(nlp: Any) -> None:
    text = ("The doctor, who asked not to be named for fear of reprisals, said at least 20 "
            "patients had died.")
    atts = extract_attributions(nlp(text), article_id="t1")
    assert [a.content for a in atts] == ["at least 20 patients had died"], atts


def test_a_closing_cues_content_is_no_aside_that_says_the_cue(nlp: Any) -> None:
    # "recalling" and "warned", each with an object of its own, are what the closing cue
    # reports, not asides that say "the company said" or "internal emails show".
    for text, source in [
        ("Vantor Motors is recalling about 80,000 cars because of a fault, the company said "
         "on Tuesday.", "the company"),
        ("Engineers at Vantor Motors warned managers about the brake fault in 2042, internal "
         "emails reviewed by the Evening Post show.", "internal emails"),
    ]:
        atts = extract_attributions(nlp(text), article_id="t1")
        assert [a.source_text for a in atts] == [source]
    # A bare verb before a quotation still introduces it.
    text = ('Douglas Brinkley, a historian who attended the session, recalled, "Out of '
            'nowhere, he said, \'If we do nothing on the climate, all bets are off.\'"')
    atts = extract_attributions(nlp(text), article_id="t1")
    assert [a.source_text for a in atts if a.cue == "recalled"] == [
        "Douglas Brinkley, a historian who attended the session"]
    # Nor is a cue inside the quotation the verb introduces its closing cue.
    text = ("Kremlin spokesman Dmitry Peskov told state broadcaster Russia Today that, "
            "\u201cCompetition is a positive phenomenon, I would say. It helps the world.\u201d")
    atts = extract_attributions(nlp(text), article_id="t1")
    assert [a.source_text for a in atts if a.cue == "told"] == ["Kremlin spokesman Dmitry Peskov"]


def test_a_live_blogs_time_stamp_is_no_part_of_a_source_or_a_content(nlp: Any) -> None:
    text = ("09:12 The Velm power station has been hit by a missile, regional governor Ana "
            "Rusk says.\n10:05 Ostland's defence ministry has denied striking the plant.")
    atts = extract_attributions(nlp(text), article_id="t1")
    assert {a.source_text for a in atts} == {"regional governor Ana Rusk",
                                             "Ostland's defence ministry"}
    assert [a.content for a in atts if a.source_text == "regional governor Ana Rusk"] == [
        "The Velm power station has been hit by a missile"]


def test_interview_answers_need_an_interviewee_named(nlp: Any) -> None:
    qa = ("Q: Was the bridge safe to use before it closed?\n"
          "A: Absolutely. Our inspectors checked it in September.")
    named = extract_attributions(nlp("We spoke to Mayor Ida Brenner.\n" + qa), article_id="t1")
    assert [(a.source_text, a.resolved_source, a.kind) for a in named] == [
        ("A", "Ida Brenner", "direct")]
    # No one named before the turns: the answers are no one's.
    assert [a for a in extract_attributions(nlp(qa), article_id="t1") if a.source_text == "A"] == []


@pytest.mark.parametrize("text", [
    # The parser made the description an apposition of the place the content ends on, or
    # read "after a drone attack, the regional governor, Pavel Kord, said" as a clause of
    # time: the closing cue had no source, or no attribution at all.
    "A large fire broke out at a fuel depot near Tarnow, the regional governor, Pavel Kord, said.",
    "A large fire broke out at a fuel depot near Tarnow after a drone attack, the regional "
    "governor, Pavel Kord, said on Telegram.",
])
def test_a_closing_cues_lost_source_is_the_phrase_before_it(nlp: Any, text: str) -> None:
    [att] = extract_attributions(nlp(text), article_id="t1")
    assert att.source_text == "the regional governor, Pavel Kord"
    assert att.content.startswith("A large fire broke out") and "governor" not in att.content


def test_an_event_confirms_nothing_of_its_own(nlp: Any) -> None:
    # The resignation had been a speaker asserting Kestrel's findings.
    sources = [a.source_text for a in extract_attributions(
        nlp("Kestrel Research said the resignation confirmed its findings."), article_id="t1")]
    assert sources == ["Kestrel Research"]
