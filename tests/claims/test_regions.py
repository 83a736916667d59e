"""Which parts of an article may state a claim in its own voice."""

from __future__ import annotations

from typing import Any

from sourcetrace.attribution.extract import extract_attributions
from sourcetrace.claims.candidates import ClaimCandidate, claim_candidates
from sourcetrace.claims.regions import own_voice_regions


def _regions(nlp: Any, text: str) -> list[str]:
    return [text[s:e] for s, e in own_voice_regions(nlp(text))]


def _read(nlp: Any, text: str) -> list[ClaimCandidate]:
    doc = nlp(text)
    return claim_candidates(doc, article_id="art",
                            attributions=extract_attributions(doc, article_id="art"))


def test_photo_captions_and_labels_are_not_statements(nlp: Any) -> None:
    text = ("Former President Donald Trump denied the reports on Sunday.\n\n"
            "Donald Trump clapping his hands during a rally in Ohio.\n"
            "Gaelen Morse/Reuters\n\n"
            "Fighter jets from Langley Air Force Base over the Atlantic Ocean\n\n"
            "The balloon was first spotted over Montana on Wednesday, officials said.")
    got = _regions(nlp, text)
    assert got[0].startswith("Former President Donald Trump denied")
    assert got[-1].startswith("The balloon was first spotted")
    assert not any("clapping" in g or "Langley" in g for g in got), got


def test_a_verbless_sentence_inside_a_paragraph_is_still_read(nlp: Any) -> None:
    text = ("The dam burst early on Tuesday. A catastrophe for the whole region, with "
            "thousands of homes under water. Officials ordered evacuations.")
    assert any(g.startswith("A catastrophe") for g in _regions(nlp, text))


def test_a_photographers_credit_makes_its_line_a_caption(nlp: Any) -> None:
    text = ("The minister resigned on Monday after the vote in parliament.\n\n"
            "The minister arrives at parliament in Caracas on Monday. (AP Photo/Ana Ruiz)\n\n"
            "The president greets the envoy at the palace. (Luis Perez/Agencia Sur via AP)\n\n"
            "The network runs over TCP/IP and the budget (Reuters/Ipsos) grew by a third.")
    got = _regions(nlp, text)
    assert got[0].startswith("The minister resigned")
    assert not any("arrives at parliament" in g or "greets the envoy" in g for g in got), got
    # A slash between short words in parentheses is no credit.
    assert any(g.startswith("The network runs") for g in got), got


def test_a_statement_after_a_heading_starts_after_its_colon(nlp: Any) -> None:
    # The heading names no speaker, so no attribution reads what follows it: the region
    # does, from the colon on, even in title case; a clause before a colon is no heading.
    got = _regions(nlp, "Summit Fever: Thousands of visitors crowded the old town on Sunday.")
    assert got == ["Thousands of visitors crowded the old town on Sunday."]
    got = _regions(nlp, "Wednesday Chile Rumors: Chile May Be Ready to Buy Two Frigates")
    assert got == ["Chile May Be Ready to Buy Two Frigates"]
    got = _regions(nlp, "The reason is simple: the dam was old and nobody repaired it.")
    assert got == ["The reason is simple: the dam was old and nobody repaired it."]


def test_two_that_clauses_about_a_thing_and_the_speaker_are_two_statements(nlp: Any) -> None:
    # "he" after a clause about the bank is the speaker, not the bank; "but that" opens a
    # statement as "and that" does; "there" tells something new.
    cands = _read(nlp, "Finance Minister Paul Renn said that the bank was independent and that "
                       "he had no knowledge of its plans. Minister Dora Kell said the government "
                       "would open an inquiry but that there was no evidence of wrongdoing.")
    assert [c.text for c in cands] == [
        "The bank was independent", "Finance Minister Paul Renn had no knowledge of its plans",
        "The government would open an inquiry", "There was no evidence of wrongdoing"]
    # About one person, the clauses stay one statement.
    [one] = _read(nlp, "He said that the minister had resigned and that he would leave the country.")
    assert one.text.startswith("The minister had resigned and")
