"""An outlet that quotes someone "as saying" relays that person, and a that-clause the
parser hangs on the occasion of speaking ("in an interview") is the content."""

from __future__ import annotations

from typing import Any

import pytest

from sourcetrace.attribution.extract import extract_attributions


@pytest.mark.parametrize("text", [
    "Freedonia sent drones across the border, the Daily Planet quoted a senior general as saying.",
    "The Daily Planet quoted a senior general as saying that Freedonia sent drones across the border.",
])
def test_the_one_quoted_as_saying_is_the_source(nlp: Any, text: str) -> None:
    atts = extract_attributions(nlp(text), article_id="t")
    assert atts and {a.source_text for a in atts} == {"a senior general"}, [
        (a.source_text, a.cue, a.content) for a in atts]
    assert all("Freedonia sent drones" in a.content for a in atts)


def test_a_that_clause_on_the_occasion_of_speaking_is_the_content(nlp: Any) -> None:
    text = "The general told the Daily Planet in an interview that Freedonia sent drones."
    [att] = extract_attributions(nlp(text), article_id="t")
    assert (att.source_text, att.content) == ("The general", "that Freedonia sent drones"), att
    # A noun with a content of its own keeps it: the hope is no occasion of speaking.
    text = "The allies agreed on this step in the hope that it would stop Freedonia."
    assert not any(a.cue == "agreed" for a in extract_attributions(nlp(text), article_id="t"))


def test_the_outlet_told_is_the_relay_not_a_second_source(nlp: Any) -> None:
    text = ("Freedonian officials told the Daily Planet on Monday that drones had crossed the "
            "border, the newspaper reported.")
    atts = extract_attributions(nlp(text), article_id="t")
    assert [(a.source_text, a.cue) for a in atts] == [("Freedonian officials", "told")], atts


def test_the_newspaper_is_the_one_outlet_named_before_it(nlp: Any) -> None:
    text = ("The Daily Planet published the letter on Monday. Drones had crossed the border, "
            "the newspaper said.")
    [att] = [a for a in extract_attributions(nlp(text), article_id="t") if a.cue == "said"]
    assert att.resolved_source == "The Daily Planet", att
    text = ("The Daily Planet and the Evening Herald published the letter on Monday. Drones "
            "had crossed the border, the newspaper said.")
    [att] = [a for a in extract_attributions(nlp(text), article_id="t") if a.cue == "said"]
    assert att.resolved_source is None, att  # two outlets in view: not known which


@pytest.mark.parametrize("text", [
    "Ivo Brant, citing satellite images, said Freedonia had sent drones across the border.",
    "The station refused to name the drones' owner, citing privacy concerns.",
])
def test_who_cites_a_thing_stays_the_source(nlp: Any, text: str) -> None:
    atts = extract_attributions(nlp(text), article_id="t")
    said = [a for a in atts if not a.cue.lower().startswith("cit")]
    assert said and all(a.source_text in ("Ivo Brant", "The station") for a in said), atts


def test_who_quotes_a_person_relays_him(nlp: Any) -> None:
    text = "Nancy Pelosi quotes Abraham Lincoln saying public sentiment is everything."
    atts = extract_attributions(nlp(text), article_id="t")
    assert any(a.source_text == "Abraham Lincoln" and "public sentiment" in a.content
               for a in atts), atts


@pytest.mark.parametrize(("line", "source"), [
    ("Freedonia sent drones across the border: Veldanian officials", "Veldanian officials"),
    ("Drones crossed the border overnight: Pentagon", "Pentagon"),
])
def test_a_source_after_a_headlines_closing_colon(nlp: Any, line: str, source: str) -> None:
    atts = extract_attributions(nlp(f"{line}\n\nThe talks went on."), article_id="t")
    assert [(a.source_text, a.content) for a in atts] == [(source, line.split(":")[0])], atts


@pytest.mark.parametrize("line", [
    "Drones over the border: what to expect",
    "Border drones: Five things to know",
    "Freedonia war: Pentagon",
])
def test_a_headlines_closing_colon_before_no_source(nlp: Any, line: str) -> None:
    atts = extract_attributions(nlp(f"{line}\n\nThe talks went on."), article_id="t")
    assert not any(a.cue == ":" for a in atts), atts


def test_a_report_a_headline_denies_is_its_object(nlp: Any) -> None:
    # Parsed "denies [to] report": repaired. (Where the model makes "denies" an auxiliary of
    # "report", "Freedonia denies report it sent drones ...", it is not.)
    [att] = extract_attributions(nlp("Kremlin denies report Putin is ill\n\nThe talks went on."),
                                 article_id="t")
    assert (att.source_text, att.cue) == ("Kremlin", "denies"), att
    assert att.content == "report Putin is ill", att


def test_doubt_cast_on_no_statement_is_no_attribution(nlp: Any) -> None:
    atts = extract_attributions(nlp("The storm cast doubt on the match."), article_id="t")
    assert atts == [], atts


def test_a_check_is_a_statement_only_of_a_report(nlp: Any) -> None:
    [att] = extract_attributions(nlp("A defence official verified the account."), article_id="t")
    assert (att.source_text, att.content) == ("A defence official", "the account"), att
    text = "The county bought software to verify voter registration information."
    assert extract_attributions(nlp(text), article_id="t") == []


def test_an_outlet_relaying_a_belief_is_no_second_source(nlp: Any) -> None:
    # The parser gives "according to the Daily Planet" the clause after "believe" alone.
    text = "Western agencies believe Freedonia sent drones, according to the Daily Planet."
    atts = extract_attributions(nlp(text), article_id="t")
    assert [a.source_text for a in atts] == ["Western agencies"], [
        (a.source_text, a.cue, a.content) for a in atts]
    # An outlet's own report that someone else's statement mentions stays the outlet's.
    text = ("Republicans said they told the AP, which first reported the story, that the deal "
            "was legal.")
    assert "which" in {a.source_text for a in extract_attributions(nlp(text), article_id="t")}
