"""A verdict appended to a statement ("P, which Moscow denies", "P, a charge the Kremlin
rejects"), estimates ("put the death toll at 34") and the outlet's own knowledge ("It is
understood that P"): the real pipeline on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

import sourcetrace


def _said(tmp_path: Path, text: str, outlet: str = "Harbour Times") -> set[tuple[str, str, str]]:
    story = tmp_path / "story.txt"
    story.write_text(f"Title: A story\nOutlet: {outlet}\nPublished: 2042-03-02\n\n{text}\n",
                     "utf-8")
    result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'r.db'}")
    names = {s["id"]: s["name"] or s["label"] for s in result.to_dict()["speakers"]}
    return {(a["source_text"] or names.get(a["speaker"] or "", ""), a["stance"] or "",
             a["content"]) for a in result.attributions}


@pytest.mark.parametrize(("text", "first", "verdict"), [
    ("Kyiv says Russian troops shelled the plant, which Moscow denies.",
     ("Kyiv", "asserts"), ("Moscow", "denies")),
    ("Russian forces blew up the dam, Kyiv says, an accusation Moscow denies.",
     ("Kyiv", "asserts"), ("Moscow", "denies")),
    ("Western officials say Russia shelled the plant, something the Kremlin has called absurd.",
     ("Western officials", "asserts"), ("the Kremlin", "denies")),
    ("The report said Aune met Rask in Geneva, a claim his office said was accurate.",
     ("The report", "asserts"), ("his office", "asserts")),
])
def test_a_verdict_is_its_speakers_on_the_statement_before(
        tmp_path: Path, text: str, first: tuple[str, str], verdict: tuple[str, str]) -> None:
    said = _said(tmp_path, text)
    statement = {content for source, _, content in said if source == first[0]}
    assert len(statement) == 1, said
    content = statement.pop()
    # The statement ends at the comma: the verdict's words are not its speaker's.
    assert "," not in content and (first[0], first[1], content) in said, said
    assert (verdict[0], verdict[1], content) in said, said


def test_an_unclear_verdict_keeps_its_own_words(tmp_path: Path) -> None:
    # "news to us" neither denies nor confirms: the agent is no source of the approach.
    said = _said(tmp_path, "Sports Daily reported that the board had approached Leon Frey, "
                           "a claim Frey's agent said was news to us.")
    assert ("Sports Daily", "reports", "the board had approached Leon Frey") in {
        (s, st, c.removeprefix("that ")) for s, st, c in said}, said
    assert not any(s == "Frey's agent" and "approached" in c for s, _, c in said), said


def test_a_relative_on_a_report_is_the_report(tmp_path: Path) -> None:
    said = _said(tmp_path, "Officials cited the report, which the ministry denied.")
    assert not any(s == "the ministry" and "Officials" in c for s, _, c in said), said


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Local hospitals put the number of injured at more than 200.", "Local hospitals",
     "the number of injured at more than 200"),
    ("Customs officials estimated the value of the shipments at $12 million.",
     "Customs officials", "the value of the shipments at $12 million"),
])
def test_an_estimate_is_what_its_subject_says(tmp_path: Path, text: str, source: str,
                                              content: str) -> None:
    assert (source, "asserts", content) in _said(tmp_path, text)


def test_put_without_a_figure_is_no_estimate(tmp_path: Path) -> None:
    assert _said(tmp_path, "The senator put the question to the minister on Tuesday.") == set()


def test_what_is_understood_is_the_outlets_own(tmp_path: Path) -> None:
    said = _said(tmp_path, "It is understood that investigators opened an inquiry in August. "
                           "The board is understood to have approached Leon Frey. "
                           "It is thought that the blaze started in a storage room.")
    sources = {content: source for source, _, content in said}
    inquiry = next(c for c in sources if "inquiry" in c)
    board = next(c for c in sources if "approached" in c)
    assert sources[inquiry] == sources[board] == "Harbour Times", said
    # "It is thought" tells of belief and names no one.
    blaze = next((c for c in sources if "blaze" in c), None)
    assert blaze is None or sources[blaze] == "", said


def test_the_occasion_of_a_statement_is_not_its_content(tmp_path: Path) -> None:
    said = _said(tmp_path, "Tomas Brek insisted on Sunday that he would not be leaving Rovers, "
                           "after a newspaper reported that he was about to be dismissed.")
    assert ("Tomas Brek", "asserts", "that he would not be leaving Rovers") in said, said
    assert ("a newspaper", "reports", "that he was about to be dismissed") in said, said


def test_a_dismissals_label_is_no_part_of_what_was_reported(tmp_path: Path) -> None:
    said = _said(tmp_path, 'Rovers have dismissed reports that manager Tomas Brek is about to '
                           'be sacked as "wide of the mark".')
    assert not any("wide of the mark" in content for _, _, content in said), said
    # The verb's own label stays: "described the accusations as absurd" denies them.
    said = _said(tmp_path, "Ivo Brant described the accusations as absurd.")
    assert ("Ivo Brant", "denies", "the accusations as absurd") in said, said


@pytest.mark.parametrize(("text", "source"), [
    ("Inspection records obtained by the Herald show the site failed two safety checks "
     "last year.", "Inspection records"),
    ("Emails reviewed by the Herald suggest the minister knew of the deal.", "Emails"),
])
def test_records_that_show_a_clause_are_its_source(tmp_path: Path, text: str,
                                                   source: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text(f"Title: A story\nOutlet: Harbour Times\nPublished: 2042-03-02\n\n{text}\n",
                     "utf-8")
    result = sourcetrace.analyze([str(story)], db=f"sqlite:///{tmp_path / 'r.db'}").to_dict()
    att = next(a for a in result["attributions"] if a["source_text"] == source)
    assert att["via"] == ["The Herald"] or att["via"] == ["Herald"], att
    speaker = next(s for s in result["speakers"] if s["id"] == att["speaker"])
    assert source != "Emails" or speaker["type"] == "other", speaker


def test_a_verdict_on_an_act_named_before_is_on_that_act(tmp_path: Path) -> None:
    said = _said(tmp_path, 'Kosachev said it would be "pointless" to discuss Russian meddling '
                           "in the U.S. election, which Moscow firmly denies.")
    assert ("Moscow", "denies", "Russian meddling in the U.S. election") in said, said
