"""An eighty-second invented story, a candidate's claim that ballots were destroyed: the
claim told at length once and shortly twice ("that ballots were destroyed"), officials
rejecting "claims by Senate candidate Ray Dunmore that ballots were destroyed", a fact
check ("Claims that ballots were destroyed in Marlow County are false, according to county
records"), the campaign that "stood by his statement", an estimate ("put the number of
uncounted ballots at fewer than 300"). Written before the changes it led to: the claim
was not shown at all (its representative, "Ballots were destroyed", was shorter than a
claim is shown at, and every mention went with it); the campaign's "stood by his
statement" was a claim of its own, and once read as taking the statement up, the campaign
was a second, independent source beside the candidate himself."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Candidate claims ballots were destroyed in Marlow County', 'State Courier', '2042-11-09',
        "Senate candidate Ray Dunmore claimed without evidence on Sunday that thousands of ballots had been destroyed in Marlow County.\n"
        "County election officials said there was no evidence that any ballots had been destroyed, and that all ballots were accounted for.\n"
        "Dunmore, who trails by 4,000 votes, has called for a hand recount, a request the county has refused."),
    "02.txt": ('Officials reject ballot claim', 'Valley Tribune', '2042-11-10',
        'Election officials in Marlow County have rejected claims by Senate candidate Ray Dunmore that ballots were destroyed, calling them "baseless and irresponsible".\n'
        "The secretary of state's office put the number of uncounted ballots at fewer than 300.\n"
        "Dunmore's campaign said it stood by his statement."),
    "03.txt": ('Fact check: No sign Marlow ballots were destroyed', 'CheckPoint', '2042-11-10',
        "Claims that ballots were destroyed in Marlow County are false, according to county records reviewed by CheckPoint.\n"
        "Dunmore's campaign did not respond to a request for comment.\n"
        "A spokeswoman for the county clerk, Lena Ortiz, said every ballot had been scanned and stored."),
}


def test_a_claim_worded_short_somewhere_is_still_shown(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    destroyed = [c for c in doc["claims"] if "destroyed" in c["text"]]
    assert len(destroyed) == 1, [c["text"] for c in doc["claims"]]
    claim = destroyed[0]
    assert len(claim["articles"]) == 3, claim["articles"]
    assert {names[s] for s in claim["asserted_by"]} == {"Ray Dunmore"}, claim["asserted_by"]
    deniers = {names[s] for s in claim["denied_by"]}
    assert "Election officials in Marlow County" in deniers and "county records" in deniers
    assert claim["independent_sources"] == 1, claim["reasons"]


def test_standing_by_a_statement_takes_it_up(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    stood = next(a for a in doc["attributions"] if "stood by" in a["content"])
    claim = next(c for c in doc["claims"] if c["id"] == stood["claim"])
    assert "destroyed" in claim["text"] and dict(claim["stances"])[stood["id"]] == "asserts"
    assert not any("stood by" in c["text"] for c in doc["claims"])
