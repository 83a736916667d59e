"""A forty-sixth invented story, a strike both sides describe: the attacker's army and
general staff, the attacked side's Telegram channel and ministry, and a think tank reading
satellite images. Written before the changes it led to: in "denied that any depot had been
destroyed, saying its air defences had shot down 12 drones" the participle's speaker was
"any depot" (the subject of the verb before its comma, a rule for "reported, citing" that
the verb of saying it hangs on should win over); "The Institute for Conflict Studies" was a
document (its name ends in "Studies"), so what it said was graded F. Left: "destroyed a
depot" and "struck a depot" stay two claims (two frames), and the ministry's denial is only
of the one the images back."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Varnia says it destroyed Ostland ammunition depot", "Halden Daily", "2037-03-10",
        "Varnia's army said on Monday it had destroyed an Ostlandish ammunition depot near the border town of Kessel with drones.\n"
        "The claim could not be independently verified.\n"
        "A Telegram channel linked to Ostland's defence ministry said the depot had been hit by debris from a downed drone and that the damage was minimal.\n"
        "The Institute for Conflict Studies, a think tank in Halden, said satellite images showed at least three buildings at the depot destroyed."),
    "02.txt": ("Drones hit Ostland arms depot, Varnia says", "Capital Post", "2037-03-10",
        "Varnian forces struck an Ostlandish arms depot in Kessel overnight, the Varnian general staff said, publishing video of a large fire.\n"
        "Ostland's defence ministry denied that any depot had been destroyed, saying its air defences had shot down 12 drones."),
}


def _names(doc: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}


def test_a_participle_after_a_denial_is_the_deniers(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = _names(doc)
    drones = next(a for a in doc["attributions"] if "shot down 12 drones" in a["content"])
    assert name[drones["speaker"]] == "Ostland's defence ministry", drones["source_text"]


def test_a_named_institute_is_a_body_on_record(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    kinds = {s["label"]: s["type"] for s in doc["speakers"]}
    institute = next(k for k in kinds if k.startswith("The Institute for Conflict Studies"))
    assert kinds[institute] == "organization", kinds
    images = next(c for c in doc["claims"] if "three buildings" in c["text"])
    assert images["grade"][0] == "B", images["reasons"]
