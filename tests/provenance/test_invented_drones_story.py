"""A ninety-ninth invented story, drones said shot down and said to have hit a fuel depot: a
governor's closing cue after a place ("near Tarnow after a drone attack, the regional
governor, Pavel Kord, said on Telegram"), satellite images the paper itself reviewed, and
the paper's own analysis. Written before the changes it led to: the governor's sentence had
no source (the parser read "after a drone attack, the regional governor ... said" as a
clause of time), so the fire was a claim with none (F6); images "reviewed by the Capital
Daily" in the Capital Daily were no source (F6); "debris from a downed drone had caused the
fire" made no claim (the parse hung "from" on "said"). Left: "Ostland's claim that its drones
struck the Tarnow depot is supported by satellite images" runs on past the claim (the parse
makes "depot" the subject of "is supported"); the governor of a Varnian region and Varnia
count as two independent sources of the debris; the images' three destroyed tanks are not
joined to the drones striking the depot."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Varnia says it downed 12 Ostlandic drones', 'Meridian Wire', '2046-05-02',
        "Varnia's air defences shot down 12 of 15 drones launched by Ostland overnight, the Varnian defence ministry said on Friday.\n"
        "The claim could not be independently verified.\n"
        "Ostland's military said all its drones had reached their targets, including a fuel depot near the city of Tarnow."),
    "02.txt": ('Fire at Tarnow fuel depot after drone attack', 'Capital Daily', '2046-05-02',
        "A large fire broke out at a fuel depot near Tarnow after a drone attack, the regional governor, Pavel Kord, said on Telegram.\n"
        "Kord said debris from a downed drone had caused the fire and that no one had been hurt.\n"
        "Satellite images reviewed by the Capital Daily showed three storage tanks destroyed."),
    "03.txt": ('Conflicting claims over Tarnow strike', 'Northern Post', '2046-05-03',
        "Ostland's claim that its drones struck the Tarnow depot is supported by satellite images, which show three destroyed tanks, according to an analysis by the Northern Post.\n"
        "Varnia insists the fire was caused by falling debris.\n"
        "The Varnian defence ministry has not commented on the images."),
}


def test_a_closing_cue_after_a_place_keeps_its_source(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    fire = next(c for c in doc["claims"] if c["text"].startswith("A large fire broke out"))
    assert fire["grade"][0] == "B", fire["reasons"]
    assert "said on Telegram" not in fire["text"]


def test_images_the_paper_reviewed_are_its_own_word(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    tanks = next(c for c in doc["claims"] if "storage tanks" in c["text"])
    assert tanks["grade"][0] != "F", tanks["reasons"]
    assert "own authority" in tanks["reasons"][0]


def test_a_cause_told_by_two_is_one_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    debris = next(c for c in doc["claims"] if "debris" in c["text"].lower())
    assert {names[s] for s in debris["asserted_by"]} >= {"Pavel Kord", "Varnia"}, debris["reasons"]
