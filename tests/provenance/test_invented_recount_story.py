"""An eighty-eighth invented story, an opposition leader's claim of ballot stuffing: a denial
that names whose claims it rejects in another article than theirs ("State television aired
footage that it said disproved Voss's claims"), a body's two statements in one content ("it
had found no evidence of fraud and that the videos had been filmed during a training
exercise"), a leader and her party both credited ("Opposition leader Mara Voss", "the
opposition"). Written before the changes it led to: the denial joined "the election was
generally well run" (its article's one claim) and its "it" was no one; the commission's
second statement was part of the first, doubted with it, so no one stated it (F6); Voss
and the opposition counted as two independent sources (B1). Left: "videos that she said
showed officials adding ballots" (the parser hung "said" on "alleged") reads "That showed
...", and the outlet's denial is not counted among the deniers."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Opposition alleges ballot stuffing', 'Capital Daily', '2044-09-12',
        "Opposition leader Mara Voss alleged on Sunday that ballot boxes had been stuffed in three districts, posting videos on social media that she said showed officials adding ballots after polls closed.\n"
        "The central election commission said it had found no evidence of fraud and that the videos had been filmed during a training exercise.\n"
        "Voss's claims were echoed by several opposition lawmakers, who called for a recount."),
    "02.txt": ('Observers: vote generally well run', 'Northern Post', '2044-09-13',
        'International observers said the election was "generally well run" but noted irregularities in a small number of polling stations.\n'
        "The observers did not comment on the opposition's allegations of ballot stuffing.\n"
        "State television aired footage that it said disproved Voss's claims, showing the same officials at a training session in August."),
    "03.txt": ('Recount ordered in one district', 'Evening Courier', '2044-09-15',
        "The central election commission on Tuesday ordered a recount in the district of Orsk, one of three where the opposition alleges ballot boxes were stuffed.\n"
        "A commission spokesman said the recount did not mean fraud had taken place.\n"
        "Mara Voss said the decision proved that her allegations were true."),
}


def test_a_denial_of_a_named_partys_claims_finds_them_in_other_articles(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    att = {a["id"]: a for a in doc["attributions"]}
    stuffed = next(c for c in doc["claims"] if c["text"].startswith("Ballot boxes"))
    denials = [att[m]["content"] for m, st in stuffed["stances"] if st == "denies"]
    assert any("disproved Voss's claims" in d for d in denials), stuffed["stances"]
    # Voss and her party are one voice.
    assert stuffed["independent_sources"] == 1, stuffed["reasons"]


def test_a_bodys_second_statement_about_another_thing_is_its_own_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    videos = next(c for c in doc["claims"] if c["text"].startswith("The videos had been filmed"))
    assert [names[s] for s in videos["asserted_by"]] == ["The central election commission"]
    assert videos["grade"][0] != "F", videos["reasons"]
    assert not any("fraud" in c["text"] and "videos" in c["text"] for c in doc["claims"])
