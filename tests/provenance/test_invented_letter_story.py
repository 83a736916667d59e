"""A seventy-second invented story, a letter from lawmakers calling on their prime minister
to resign: "More than 40 lawmakers ... have written to Prime Minister Simon Hale urging him
to resign, according to a copy of the letter seen by the Evening Star", "the letter says",
and the outlets that report the Star's scoop. Written before the changes it led to: a verb
of writing with a request in a participle after it ("written to X urging him to resign")
claimed nothing, so the scoop's own lead joined no claim; "the letter" was the Evening
Star's, the paper that had seen it. Left: "a copy of the letter" is an unnamed source (D);
Hale's "would not resign" is related to the letter's claim, not a denial of it."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Forty MPs urge Prime Minister Hale to quit', 'Evening Star', '2040-09-14',
        "More than 40 lawmakers from the ruling Unity Party have written to Prime Minister Simon Hale urging him to resign, according to a copy of the letter seen by the Evening Star.\n"
        '"The party can no longer win with you as its leader," the letter says.\n'
        "A spokesman for Hale said the prime minister had no intention of stepping down."),
    "02.txt": ('Hale faces revolt as MPs call for him to go', 'Morning Ledger', '2040-09-14',
        "Dozens of Unity Party lawmakers have called on Simon Hale to resign in a letter, the Evening Star reported on Monday.\n"
        "Party chairman Nora Fenwick said the letter had not been formally submitted and that Hale retained the support of the cabinet.\n"
        "Hale told reporters in Leeds that he would fight on."),
    "03.txt": ('Hale: I am going nowhere', 'Capital Post', '2040-09-15',
        "Prime Minister Simon Hale said on Tuesday he would not resign, a day after a letter from more than 40 of his own lawmakers called on him to go.\n"
        '"I was elected to do a job and I am going to do it," Hale said at a news conference.'),
}


def _by_content(doc, words):  # type: ignore[no-untyped-def]
    return next(a for a in doc["attributions"] if words in a["content"])


def test_a_letter_urging_a_resignation_is_the_claim_it_makes(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    lead = _by_content(doc, "have written to Prime Minister Simon Hale urging him to resign")
    relayed = _by_content(doc, "have called on Simon Hale to resign in a letter")
    assert lead["claim"] is not None and lead["claim"] == relayed["claim"], (lead, relayed)
    claim = next(c for c in doc["claims"] if c["id"] == lead["claim"])
    assert claim["first_reported_by"] == ["Evening Star"], claim["first_reported_by"]


def test_a_letter_an_outlet_has_seen_is_not_the_outlets(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speakers = {s["id"]: s for s in doc["speakers"]}
    says = _by_content(doc, "The party can no longer win")
    letter = speakers[says["speaker"]]
    assert "Evening Star" not in (letter["name"] or letter["label"]), letter
