"""A sixty-sixth invented story, a drone shot down and denied: a state's army's account, the
other state's "rejected Varnia's claim that it had shot down an Ostlandic drone, calling it
a fabrication", "Varnia released photographs of what it said was the wreckage", and
analysts reading the photographs. Written before the changes it led to: the "it" of "what
it said was the wreckage" was the foreign ministry that spoke last, not Varnia, whose act
the sentence tells; "denied that any of its drones had entered Varnian airspace" was a
claim of its own, denied by Ostland and said by no one (F4): "its" stayed "its", and the
average link kept the loosely worded denial out of the claim of several wordings it
denies. Left: "We have no drones operating in that area" denies nothing; "Photographs ... released by Varnia's army show markings ..., two
independent analysts told the Capital Post" is misparsed ("army show" read as a noun), so
the analysts speak for nothing; an invented nationality ("Varnian army") names no state, so
the army and Varnia count as two sources."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Varnia says it shot down Ostland drone", "Halden Daily", "2039-08-04",
        "Varnia's air defences shot down a military drone that had crossed into its airspace from Ostland early on Sunday, the Varnian army said.\n"
        "Army spokesman Col. Tomas Rehak said the drone had been carrying explosives and was brought down near the town of Brisk.\n"
        "Ostland's foreign ministry denied that any of its drones had entered Varnian airspace."),
    "02.txt": ("Ostland denies sending drone into Varnia", "Kessel News Agency", "2039-08-04",
        "OSTGRAD, Aug 4 (KNA) - Ostland on Sunday rejected Varnia's claim that it had shot down an Ostlandic drone, calling it a fabrication meant to justify new sanctions.\n"
        "\"We have no drones operating in that area,\" the foreign ministry said in a statement.\n"
        "Varnia released photographs of what it said was the wreckage of the drone."),
    "03.txt": ("Drone wreckage shows Ostland markings, analysts say", "Capital Post", "2039-08-05",
        "Photographs of the wreckage released by Varnia's army show markings consistent with a drone model used by Ostland's military, two independent analysts told the Capital Post.\n"
        "\"The tail section is clearly from an Ostlandic Kestrel-3,\" said Lena Ivers, a drone expert at the Lumbria Institute.\n"
        "Ostland has not commented on the photographs."),
}


def test_it_in_what_a_state_does_is_that_state(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    wreckage = next(a for a in doc["attributions"] if "the wreckage of the drone" in a["content"])
    assert name[wreckage["speaker"]] == "Varnia", name[wreckage["speaker"]]


def test_a_loosely_worded_denial_joins_the_claim_it_denies(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    entered = next(a for a in doc["attributions"] if "drones had entered" in a["content"])
    shot = next(a for a in doc["attributions"] if "shot down a military drone" in a["content"])
    assert entered["stance"] == "denies" and entered["claim"] == shot["claim"], entered
    assert not [c for c in doc["claims"] if "drones had entered" in c["text"]]
