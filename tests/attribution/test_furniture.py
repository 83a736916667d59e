"""Page furniture carries no one's statement: links to other stories, credits, captions."""

from __future__ import annotations

from typing import Any

from sourcetrace.attribution.extract import extract_attributions


def test_links_to_other_stories_are_not_attributions(nlp: Any) -> None:
    text = (
        "The finance minister said on Tuesday that the deficit would shrink next year.\n\n"
        "READ MORE: Federal budget won’t be balanced until 2040, Finance Department says\n\n"
        "Related: ‘Domestic realities,’ not a tweet, to blame for the migrants, expert says\n\n"
        "Getty Images\nAt the time, the company said it had about 50,000 old chips.\n"
    )
    atts = extract_attributions(nlp(text), article_id="t1")
    contents = [a.content for a in atts]
    assert any("the deficit would shrink" in c for c in contents), contents
    assert not any("balanced until 2040" in c or "to blame" in c for c in contents), contents
    # A sentence the parser ran on from a credit line into the text keeps its statement.
    assert any("50,000 old chips" in c for c in contents), contents


def test_a_quoted_paragraph_continues_the_speaker_before(nlp: Any) -> None:
    text = (
        "Trustee Anna Howell said the board will consider the school's repairs next year.\n\n"
        '"When my kids come home and say they don\'t want to use the toilets, that is a '
        'problem."\n\n'
        '"We have asked for this for three years."\n\n'
        "The weather was mild on Tuesday.\n\n"
        '"Nobody said this before."\n'
    )
    atts = extract_attributions(nlp(text), article_id="t1")
    floating = [a for a in atts if a.cue is None]
    assert [a.content[:12] for a in floating] == ['"When my kid', '"We have ask'], [
        (a.cue, a.content) for a in atts]
    for a in floating:  # no source in its paragraph: the speaker is the antecedent
        assert a.source_span is None and a.resolved_source == "Trustee Anna Howell"
        assert text[a.span[0] : a.span[1]] == a.content
    # After a paragraph where no one speaks, a quotation has no speaker to continue.
    assert not any("Nobody" in a.content for a in atts)


def test_a_paragraph_opening_with_a_quoted_sentence_continues_the_speaker_before(
        nlp: Any) -> None:
    text = (
        '"I make comics myself," notes Ana Velt, who opened the shop last year.\n\n'
        '"I was on the other side 20 years ago. I know what they need." She is being '
        "modest about it.\n\n"
        '"We open at noon", the sign on the door reads.\n'
    )
    atts = extract_attributions(nlp(text), article_id="t1")
    floating = [a for a in atts if a.rule == "floating"]
    assert [a.content[:14] for a in floating] == ['"I was on the '], [
        (a.rule, a.content) for a in atts]
    assert (floating[0].resolved_source or "").startswith("Ana Velt")


def test_a_sentence_quoting_words_continues_the_speaker_of_the_sentence_before(nlp: Any) -> None:
    text = (
        "According to the official, photos taken by the patrol confirmed the presence of "
        "the equipment. The equipment was “inconsistent” with that aboard weather probes. "
        "Its crew was never found.\n\n"
        "The “weather probe” label stuck.\n\n"
        "The minister spoke briefly. The budget was called “a disaster” in the chamber."
    )
    atts = extract_attributions(nlp(text), article_id="t1")
    cont = [a for a in atts if a.cue is None]
    assert [a.content for a in cont] == [
        "The equipment was “inconsistent” with that aboard weather probes"], [
        (a.cue, a.content) for a in atts]
    [a] = cont
    assert a.kind == "mixed" and a.resolved_source == "the official"
    assert text[a.span[0] : a.span[1]] == a.content
    # Its own paragraph, or no speaker in the sentence before: no one's words to continue;
    # a sentence without quotation marks is the article's own.
    assert not any("label stuck" in a.content or "Its crew" in a.content for a in atts)
    assert not any("a disaster" in a.content for a in atts)
