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
