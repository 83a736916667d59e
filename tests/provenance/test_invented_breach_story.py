"""A fifth invented story, a bank hack: an outlet the registry lacks and whose name looks
like no outlet's ("Techwire") scoops it; other outlets name it bare ("a day after Techwire
reported that ..."), credit it as first, and a wire writes its own initials in its
datelines. Written before the changes it led to."""

from __future__ import annotations

from typing import Any

ARTICLES = {
    "01.txt": ("Hackers stole data of 4 million Norvik Bank customers", "Techwire",
               "2032-03-02",
               "Hackers broke into the computer systems of Norvik Bank last month and stole "
               "the personal data of about 4 million customers, according to three people "
               "familiar with the investigation."),
    "02.txt": ("Norvik Bank confirms cyberattack", "Baltic Financial News", "2032-03-03",
               "HALDEN, March 3 (BFN) - Norvik Bank on Tuesday confirmed that it had been "
               "the target of a cyberattack in February, a day after Techwire reported that "
               "the personal data of millions of customers had been stolen.\n"
               "The bank declined to say how many customers were affected."),
    "03.txt": ("Norvik Bank hack linked to state group", "The Morning Ledger", "2032-03-05",
               "Investigators believe the attack on Norvik Bank was carried out by Silver "
               "Moth, a hacking group that Western governments have linked to the "
               "intelligence service of Korya, two officials briefed on the inquiry told The "
               "Morning Ledger.\nThe breach was first reported by Techwire."),
}


def _claim(doc: dict[str, Any], words: str) -> dict[str, Any]:
    found = [c for c in doc["claims"] if words in c["text"]]
    assert len(found) == 1, [c["text"] for c in doc["claims"]]
    return found[0]


def test_an_outlet_of_the_corpus_is_an_outlet_wherever_it_is_named(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    kind = {s["name"]: s["type"] for s in doc["speakers"] if s["name"]}
    assert kind.get("Techwire") == "outlet", kind
    cited = {(c["outlet"], c["cue"]) for c in doc["citations"] if c["kind"] == "citation"}
    assert ("Techwire", "reported") in cited and ("Techwire", "was first reported") in cited
    stolen = _claim(doc, "stole the personal data")
    assert stolen["first_reported_by"] == ["Techwire"]
    # Techwire reports; it is no second, independent source beside its own sources.
    assert "on record (Techwire)" not in stolen["reasons"][0], stolen["reasons"]


def test_an_outlet_speaking_of_its_own_is_no_channel_and_a_group_no_outlet(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    # "Norvik Bank confirmed P, a day after Techwire reported that Q": the bank did not
    # speak to Techwire, and Techwire's report stays Techwire's.
    by_cue = {a["cue"]: a for a in doc["attributions"]}
    assert by_cue["confirmed"]["via"] == []
    assert name[by_cue["reported"]["speaker"]] == "Techwire"
    # "carried out by Silver Moth, a hacking group that ... the intelligence service of
    # Korya": no outlet credited.
    assert "Silver Moth" not in {c["outlet"] for c in doc["citations"]}
    blamed = _claim(doc, "Silver Moth")
    assert blamed["first_reported_by"] == ["The Morning Ledger"], blamed["first_reported_by"]


def test_declining_to_say_how_many_and_own_initials_credit_no_one(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    assert not [c for c in doc["claims"] if "how many" in c["text"].lower()]
    # "(BFN)" in a Baltic Financial News article is the publisher's own dateline.
    assert "BFN" not in {c["outlet"] for c in doc["citations"]}
