"""A hundred-and-first invented story, a royal said to be in hospital: a tabloid's source
close to the family ("..., a source close to the royal family told the Daily Courier"), the
paper relayed by another ("The Daily Courier, citing a source close to the family, had
reported ..."), the palace's "neither confirm nor deny" and then its dismissal as
"speculation". Written before the changes it led to: "has been admitted to hospital" read
as a verb of saying with no clause ("admitted that ..."), so the story's one claim was no
claim in either paper, and the palace's dismissal went to a detail of the first article.
Left: the palace's "in good health and carrying out his duties" is a claim of its own, not
read as the contrary of being in hospital."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Prince Aldric in hospital with heart condition', 'Daily Courier', '2047-05-10',
        "Prince Aldric has been admitted to hospital with a heart condition, a source close to the royal family told the Daily Courier.\n"
        "The prince, 74, was taken to a private clinic in the capital on Sunday evening, the source said.\n"
        "The palace would neither confirm nor deny the report."),
    "02.txt": ('Palace dismisses report that prince is in hospital', 'Morning Ledger', '2047-05-11',
        "Kensing Palace on Tuesday dismissed as \"speculation\" a tabloid report that Prince Aldric had been taken to hospital, saying the prince was \"in good health and carrying out his duties\".\n"
        "The Daily Courier, citing a source close to the family, had reported on Monday that the prince had been admitted with a heart condition."),
    "03.txt": ('Prince Aldric appears in public after health rumours', 'City Herald', '2047-05-12',
        "Prince Aldric appeared in public on Wednesday for the first time since reports that he was in hospital, opening a school in the north of the country.\n"
        "He did not comment on his health."),
}


def test_being_admitted_to_hospital_is_a_claim_not_a_saying(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    outlet = {a["id"]: a["outlet"] for a in doc["articles"]}
    atts = {a["id"]: a for a in doc["attributions"]}
    claim = next(c for c in doc["claims"] if c["text"].startswith("Prince Aldric has been admitted"))
    carried = {outlet[atts[m]["article"]] for m, stance in claim["stances"] if stance != "denies"}
    assert carried == {"Daily Courier", "Morning Ledger"}, claim["stances"]
    assert [names[s] for s in claim["denied_by"]] == ["Kensing Palace"]
    assert claim["grade"] == "D4" and claim["first_reported_by"] == ["Daily Courier"], claim["reasons"]
