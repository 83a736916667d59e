"""A sixty-second invented story, a disputed election: observers' "widespread
irregularities ..., including ballot stuffing", the election commission "rejected the
observers' findings as biased and unfounded", the opposition's "rigged" and the
chairman's "clean and transparent", and video footage an outlet "was unable to verify".
Written before the changes it led to: "findings" were no report a denial could target, so
the commission's rejection denied nothing; "Video footage shared widely on social media"
was a person named Video (an adverb after the participle hid the head noun); "The Halden
Daily was unable to verify the footage independently" was a claim graded F; "The
commission said it was investigating" kept its "it". Left: "the vote had been rigged"
and "the election had been clean and transparent" are two claims, not a claim and its
denial; a call to protest is a claim."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Observers report ballot stuffing in Ostland vote", "Lumbria Times", "2039-03-05",
        "Observers from the Regional Security Organisation said on Sunday that they had recorded widespread irregularities in Ostland's parliamentary election, including ballot stuffing at dozens of polling stations.\n"
        "\"What we saw in some stations was not a free vote,\" the head of the mission, Clara Voss, told a news conference in Ostgrad.\n"
        "Ostland's central election commission rejected the observers' findings as biased and unfounded."),
    "02.txt": ("Ruling party wins Ostland election amid fraud claims", "Morning Ledger", "2039-03-06",
        "Ostland's ruling party won 61 percent of the vote, the central election commission said on Monday, with almost all ballots counted.\n"
        "Opposition leader Dan Roth said the vote had been rigged and called on his supporters to protest.\n"
        "The commission's chairman, Igor Lenz, said the election had been clean and transparent."),
    "03.txt": ("Video appears to show ballot stuffing in Ostland", "Halden Daily", "2039-03-06",
        "Video footage shared widely on social media appeared to show a man stuffing ballots into a box at a polling station in Ostgrad.\n"
        "The Halden Daily was unable to verify the footage independently.\n"
        "The commission said it was investigating the video but that any violations were isolated and would not affect the result."),
}


def test_rejecting_findings_denies_what_was_found(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    found = next(a for a in doc["attributions"] if "widespread irregularities" in a["content"])
    rejected = next(a for a in doc["attributions"] if a["content"] == "the observers' findings")
    assert rejected["stance"] == "denies" and rejected["claim"] == found["claim"], rejected


def test_footage_is_no_person_and_an_unverified_check_no_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    kinds = {s["label"]: s["type"] for s in doc["speakers"]}
    assert kinds["Video footage shared widely on social media"] == "other", kinds
    texts = [c["text"] for c in doc["claims"]]
    assert not [t for t in texts if "unable to verify" in t], texts
    assert "The commission was investigating the video" in " ".join(texts), texts
