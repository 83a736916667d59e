"""A seventy-ninth invented story, a minister said to have met a sanctioned arms dealer:
"according to hotel records and emails seen by the Capital Post", the minister's office
saying "the report was \"riddled with errors\" and that the minister had never met Rask",
his own "This is simply not the case", and the ministry pouring cold water on "the Capital
Post's account". Written before the changes it led to: the office's two reported clauses
were read as one statement whose first clause ("the report was riddled with errors")
carried no negation, so the office was a second, independent source of the meeting it
denies (B4 on two sources). Left: "riddled with errors", "did not reflect reality",
"wildly exaggerated" and "poured cold water on" are no words of denial here; the ministry's
statements are shown relayed via the Capital Post (its "account" and "the report" name the
paper in the sentence)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Minister secretly met arms dealer, documents show', 'Capital Post', '2041-11-02',
        "Defence Minister Karl Aune met a sanctioned arms dealer, Viktor Rask, in Geneva in March, according to hotel records and emails seen by the Capital Post.\n"
        "Two officials familiar with the meeting said Aune and Rask discussed the sale of 40 armoured vehicles to Ostland.\n"
        'Aune\'s office said the report was "riddled with errors" and that the minister had never met Rask.'),
    "02.txt": ('Aune denies meeting arms dealer', 'Morning Ledger', '2041-11-02',
        "Defence Minister Karl Aune flatly denied on Tuesday that he had met Viktor Rask, an arms dealer under UN sanctions, after the Capital Post reported that the two had held talks in Geneva.\n"
        '"This is simply not the case," Aune told reporters. "I have never met the man."\n'
        "Rask's lawyer said the claims did not reflect reality."),
    "03.txt": ('Opposition demands inquiry into Aune', 'Evening Star', '2041-11-03',
        "The opposition called for an inquiry into Defence Minister Karl Aune on Wednesday over reports that he met a sanctioned arms dealer.\n"
        'The ministry poured cold water on the Capital Post\'s account, calling it "a fabrication from start to finish".\n'
        "The figures for the vehicle deal cited in the report were wildly exaggerated, a ministry spokesman added."),
}


def test_a_second_reported_clause_is_read_on_its_own(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    met = next(a for a in doc["attributions"] if a["content"].startswith("Defence Minister Karl Aune met"))
    claim = next(c for c in doc["claims"] if c["id"] == met["claim"])
    office = next(a for a in doc["attributions"] if "riddled with errors" in a["content"])
    stance = dict(claim["stances"]).get(office["id"])
    assert stance == "denies", claim["stances"]
    assert claim["independent_sources"] == 1, claim["reasons"]
    # The office speaks for Aune (attribution.voices): it is among the deniers as him.
    assert office["speaker"] in claim["denied_by"], (office["speaker"], claim["denied_by"])
