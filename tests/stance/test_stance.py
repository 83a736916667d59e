"""Attribution stance: denial vocabulary, negation scope, questions, relays."""

from __future__ import annotations

import pytest

from sourcetrace.stance.rules import (
    ASSERTS,
    DENIES,
    QUESTIONS,
    REPORTS,
    attribution_stance,
    denied_report_target,
    is_denial_of_report,
)


def test_plain_statement_asserts() -> None:
    assert attribution_stance("Russia asked China for military equipment", cue="said") == ASSERTS


def test_denial_cue_denies() -> None:
    assert attribution_stance("that it had sought help", cue="denied") == DENIES
    assert attribution_stance("the accusations", cue="rejected") == DENIES


def test_denial_vocabulary_in_content() -> None:
    for content in (
        "the story is complete fiction",
        "the allegations are baseless",
        "I have never heard of such a request",
        "this is disinformation spread by the United States",
    ):
        assert attribution_stance(content, cue="said") == DENIES, content


def test_negated_main_predicate_denies() -> None:
    assert attribution_stance("China has not asked Russia for weapons", cue="said") == DENIES


def test_a_typographic_apostrophe_negates_too() -> None:
    # Scraped news writes "hadn’t" as often as "hadn't".
    for content in ("Venezuela hadn’t asked Iran for drones", "Venezuela hadn't asked Iran for drones"):
        assert attribution_stance(content, cue="said") == DENIES, content


def test_qualified_negation_is_not_a_denial() -> None:
    for content in (
        "the ministry will not necessarily approve the sale",
        "the port will not only handle grain but also fuel",
    ):
        assert attribution_stance(content, cue="believe") != DENIES, content
    assert attribution_stance("the ministry will not approve the sale", cue="said") == DENIES


def test_a_negated_comparison_asserts_a_superlative() -> None:
    for content in (
        "Our relationship with Freedonia has NEVER been worse thanks to years of folly",
        "relations between the two countries have never been better",
        "the port has never done more business",
        "ties never were as bad as they are now",
    ):
        assert attribution_stance(content, cue="said") == ASSERTS, content


def test_no_one_more_than_someone_makes_them_the_most(nlp) -> None:  # type: ignore[no-untyped-def]
    # "nobody's been tougher on Russia than Donald Trump" says Trump has been the toughest:
    # no negation of his having been tough (it had made him deny his own claim, E4).
    from sourcetrace.claims.link import negated

    for text in ("probably nobody's been tougher on Russia than Donald Trump",
                 "nobody has done more for the port than Ana Lind"):
        assert not negated(nlp(text)[:].root), text
    assert negated(nlp("nobody was killed in the attack")[:].root)
    # Compared with something named, or "no longer": a negation, which denies.
    for content in (
        "the drone was not more dangerous than a weather balloon",
        "Freedonia no longer supplies gas to Ruritania",
        "the minister is not doing more to halt the smuggling",
    ):
        assert attribution_stance(content, cue="said") == DENIES, content


def test_negation_in_relative_clause_is_out_of_scope() -> None:
    content = "an official who did not want to be named approved the sale"
    assert attribution_stance(content, cue="said") == ASSERTS


def test_denial_outside_content_in_sentence() -> None:
    sentence = "Beijing dismissed as disinformation the claim that it knew of the plan."
    assert attribution_stance("it knew of the plan", sentence=sentence) == DENIES


def test_stock_denial_of_a_request_is_denial_vocabulary() -> None:
    from sourcetrace.stance.vocabulary import has_denial_vocabulary

    assert has_denial_vocabulary("The ministry has received no formal request from Quito")
    assert has_denial_vocabulary("it had received no such request")
    assert not has_denial_vocabulary("the ministry had no time to reply")
    assert has_denial_vocabulary("they had no role in the attack on the dam")


def test_questions() -> None:
    assert attribution_stance("whether the talks would resume", cue="asked") == QUESTIONS
    assert attribution_stance("Why would anyone believe this?", cue="said") == QUESTIONS
    # Doubt is not assent; an adjective "unlikely" on a noun is no doubt.
    doubt = "It\u2019s unlikely that Lima and Quito discussed any arms deal"
    assert attribution_stance(doubt, cue="said") == QUESTIONS
    assert attribution_stance("that the pact was highly improbable", cue="said") == QUESTIONS
    assert attribution_stance("that an unlikely alliance had formed", cue="said") == ASSERTS
    # Watching to find out whether P leaves P open; determining a thing does not.
    watching = 'that Lima is "watching very closely to determine" whether Quito is arming'
    assert attribution_stance(watching, cue="said") == QUESTIONS
    assert attribution_stance("that the vote will determine the winner", cue="said") == ASSERTS
    attempt = "This is an attempt to see if we can take some of the drama out of it"
    assert attribution_stance(attempt, cue="said") == ASSERTS  # a purpose, not a question


def test_reports() -> None:
    assert attribution_stance("the minister reportedly resigned", cue="said") == REPORTS
    assert attribution_stance("the deal was signed", cue="according to reports") == REPORTS
    assert attribution_stance("the deal was signed", cue="said", speaker_type="outlet") == REPORTS


def test_denial_of_report_is_detected() -> None:
    sentence = "Beijing called the reports disinformation."
    assert is_denial_of_report("the reports disinformation", cue="called", sentence=sentence)
    assert denied_report_target(sentence) == "the reports"
    # A denial of a proposition is not a denial of a report.
    assert not is_denial_of_report("China has not asked for weapons", cue="said")
    # A report that is not denied is not a denial of a report.
    assert not is_denial_of_report("the reports were accurate", cue="said")


@pytest.mark.parametrize(("content", "expected"), [
    ("", ASSERTS), ("\u201c unbalanced", ASSERTS), ("\x00\ufffd", ASSERTS),
    ("?" * 50, QUESTIONS), ("not " * 500, DENIES),
])
def test_odd_input_is_read_not_swallowed(content: str, expected: str) -> None:
    # Odd input neither raises nor falls back silently: the rules still read the question
    # marks and the negation (a swallowed error would answer ASSERTS for every one).
    assert attribution_stance(content, cue="\u200b") == expected
    assert attribution_stance(content, cue="denied") == DENIES


@pytest.mark.parametrize("before", [
    "Gupta would not comment -- while not ",
    "The ministry did not directly ",
    "The ministry declined to ",
    "The embassy wouldn't ",
])
def test_a_negated_denial_cue_is_no_denial(before: str) -> None:
    assert attribution_stance("the story", cue="deny", before_cue=before) == "reports"
    # The same cue, not negated (a negation earlier in the sentence does not count).
    assert attribution_stance("the story", cue="deny",
                              before_cue="Not all of it was new, and the ministry ") == "denies"


def test_denial_words_of_another_clause_make_no_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    def stance(text: str, content: str, cue: str) -> str:
        start = text.index(content)
        span = nlp(text).char_span(start, start + len(content))
        return attribution_stance(content, cue=cue, sentence=text, tokens=span)

    text = ("The premier apologised for the row, blaming \"fake news\" and promising instead a "
            "trade deal with Ostland.")
    assert stance(text, "a trade deal with Ostland", "promising") == ASSERTS
    text = "The ministry rejected the report and said that the convoy had carried grain."
    assert stance(text, "that the convoy had carried grain", "said") == ASSERTS
    # In the clause of the verb that governs the content, they still deny.
    text = "Ostland dismissed as disinformation the claim that its army had shelled the port."
    assert stance(text, "the claim that its army had shelled the port", "dismissed") == DENIES


def test_not_known_or_not_verified_leaves_it_open() -> None:
    for content in (
        "Ostland's response to the request was not known as of last night",
        "it remains unclear whether the port will reopen",
        "the agency could not independently verify the report",
    ):
        assert attribution_stance(content, cue="said") == QUESTIONS, content
    assert attribution_stance("Ostland has not answered the request", cue="said") == DENIES


def test_a_noun_of_denial_as_cue_denies() -> None:
    # "Putin's denials that Russia interfered": the speaker denies the content.
    assert attribution_stance("that Ostland interfered in the election", cue="denials") == DENIES
    assert attribution_stance("of the report", cue="rejection") == DENIES
    assert attribution_stance("that Ostland interfered in the election", cue="claims") != DENIES


@pytest.mark.parametrize(("before", "cue", "expected"), [
    # A belief negated: the speaker does not assert it (not read as a denial: such
    # mentions rarely negate the claim they are clustered with).
    ("I do not ", "believe", QUESTIONS),
    ("Senator Jane Roe does not ", "think", QUESTIONS),
    ("The generals don't ", "expect", QUESTIONS),
    # Not saying, confirming or mentioning leaves the content open.
    ("The minister did not ", "say", QUESTIONS),
    ("The spokesman would not ", "confirm", QUESTIONS),
    ("Zhao did not ", "mention", QUESTIONS),
    # Another attitude negated is the speaker's stated position, read as before.
    ("China does not ", "want", ASSERTS),
    # Not negated: as before.
    ("Not all of it was new, and the minister ", "said", ASSERTS),
])
def test_a_negated_cue(before: str, cue: str, expected: str) -> None:
    content = "that Russia changed the outcome of the election"
    assert attribution_stance(content, cue=cue, before_cue=before) == expected


def test_a_speaker_who_does_not_believe_it_is_no_source_of_the_claim(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sourcetrace.analysis import analyze

    path = tmp_path / "a.txt"
    path.write_text("Officials said Russia changed the outcome of the election.\n\n"
                    "Senator Jane Roe does not think that Russia changed the outcome of the "
                    "election.\n", encoding="utf-8")
    result = analyze([str(path)], db=f"sqlite:///{tmp_path}/a.db")
    names = {s["id"]: s.get("name") or s.get("label") for s in result.speakers}
    [claim] = [c for c in result.claims if "outcome" in c["text"]]
    assert "Jane Roe" not in [names[s] for s in claim["asserted_by"]]
    assert claim["denied_by"] == []


@pytest.mark.parametrize(("content", "expected"), [
    # A belief negated at the head of the content, as under a negated cue of belief: the
    # speaker does not assert it, and denies nothing.
    ("he didn't expect Ostland to budge on its denials", QUESTIONS),
    ("she did not believe that Ostland sent troops to Varnia", QUESTIONS),
    # The act itself negated is a denial, as before.
    ("Ostland did not send troops to Varnia", DENIES),
])
def test_a_negated_belief_in_the_content_questions(nlp, content: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    tokens = nlp("Ivo Brant said " + content + ".")[3:-1]
    assert attribution_stance(content, cue="said", tokens=tokens) == expected


@pytest.mark.parametrize("content", [
    'the report was "inaccurate"',
    "the allegations were \u201ccompletely false\u201d",
    'there was "no truth" to the reports',
])
def test_words_of_denial_in_quotation_marks_still_deny(content: str) -> None:
    from sourcetrace.stance.vocabulary import denial_phrase_spans

    assert attribution_stance(content, cue="said") == DENIES
    # The spans point into the text as written, quotation marks and all.
    assert all(content[a:b].replace('"', "").replace("\u201c", "").strip()
               for a, b in denial_phrase_spans(content))
    assert denial_phrase_spans('were " completely false "') == [(0, 23)]


def test_a_refusal_to_confirm_or_deny_leaves_it_open() -> None:
    assert attribution_stance("the report", cue="denied",
                              before_cue="The minister neither confirmed nor ") == QUESTIONS
    assert attribution_stance("that drones crossed", cue="deny",
                              before_cue="The minister would not confirm or ") == QUESTIONS
    assert attribution_stance("the report", cue="denied", before_cue="The minister ") == DENIES
    assert attribution_stance("it was too early to say whether drones crossed",
                              cue="said") == QUESTIONS


def test_a_negated_question_asks() -> None:
    # The negation is the question's: "Why didn't X?" denies nothing.
    assert attribution_stance("“Why didn’t the FBI take possession of it?”", cue="said") == QUESTIONS
    assert attribution_stance("Did Ostland not send troops?", cue="asked") == QUESTIONS
    assert attribution_stance("Ostland did not send troops", cue="said") == DENIES


@pytest.mark.parametrize("content", [
    "the report bore no relation to reality",
    "the allegations were wide of the mark",
    "the figures did not reflect reality",
    "the story was riddled with errors",
    "his remarks had been taken out of context",
    "the numbers were wildly exaggerated",
    "the claim is categorically untrue",
])
def test_idioms_of_denial_deny(content: str) -> None:
    assert attribution_stance(content, cue="said") == DENIES


@pytest.mark.parametrize(("cue", "stance"), [
    ("called absurd", DENIES), ("said was untrue", DENIES), ("said was accurate", ASSERTS),
    ("told reporters", ASSERTS),
])
def test_a_cue_that_runs_into_its_label(cue: str, stance: str) -> None:
    # A verdict appended to a statement ("P, something the Kremlin has called absurd").
    assert attribution_stance("Russia shelled the plant", cue=cue) == stance
