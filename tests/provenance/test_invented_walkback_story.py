"""An eighty-fifth invented story, a minister's offer of talks in a foreign paper and its
walking back: "told the German newspaper Die Welt that ...", "Her office later said the
remarks had been mistranslated", "A ministry statement said Koch had been 'quoted out of
context'", "Die Welt said it stood by its reporting". Written before the changes it led
to: the paper standing by its own reporting was credited to the ministry's statement (the
nearest claim), so Die Welt was that claim's first reporter and relay; the ministry's
statement was an anonymous source (D3, "a" statement). Left: "Die" of "Die Welt" is parsed
as a verb, so Koch's words to Die Welt carry the paper's name and join no claim; "quoted
out of context" and "the remarks had been mistranslated"
deny nothing of what Koch said (a claim about a person's words, not a report)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Minister hints at talks with Ostland', 'Capital Daily', '2043-06-02',
        'Varnia\'s foreign minister, Ilse Koch, told the German newspaper Die Welt that her government was ready to hold talks with Ostland "without preconditions".\n'
        "Koch's comments, translated by Capital Daily, were the first sign that Varnia might soften its stance.\n"
        "Ostland's foreign ministry welcomed the remarks but said talks could only begin once Varnia withdrew its troops from the border."),
    "02.txt": ('Varnia ready for talks, minister says', 'Morning Ledger', '2043-06-02',
        "Varnia is prepared to negotiate with Ostland without preconditions, Foreign Minister Ilse Koch said in an interview published on Sunday by Die Welt.\n"
        "Her office later said the remarks had been mistranslated and that Varnia's position had not changed.\n"
        "Ostland has demanded that Varnia pull back its forces before any talks."),
    "03.txt": ('Koch backtracks on talks offer', 'Evening Star', '2043-06-03',
        "Varnia's foreign ministry on Monday walked back comments by Foreign Minister Ilse Koch suggesting talks with Ostland without preconditions.\n"
        'A ministry statement said Koch had been "quoted out of context" and that any talks would require an end to Ostlandish incursions.\n'
        "Die Welt said it stood by its reporting."),
}


def test_a_paper_standing_by_its_reporting_credits_no_one_elses_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    context = next(c for c in doc["claims"] if "out of context" in c["text"])
    assert context["first_reported_by"] == ["Evening Star"], context["first_reported_by"]
    assert "Die Welt" not in context["reasons"][0], context["reasons"]
    stood = next(c for c in doc["citations"] if c["cue"] == "said")
    assert stood["claim"] is None, stood


def test_a_bodys_statement_is_on_the_record(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    context = next(c for c in doc["claims"] if "out of context" in c["text"])
    assert context["grade"].startswith("B"), context["reasons"]


def test_her_office_is_hers_and_speaks_apart(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    office = next(a for a in doc["attributions"] if a["source_text"] == "Her office")
    assert names[office["speaker"]] == "Ilse Koch", office
    # Not through the paper she gave the interview to: her office spoke apart.
    assert office["via"] == [], office["via"]
