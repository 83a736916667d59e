"""A thirty-fourth invented story, a strike claimed first on Telegram channels: "videos
and posts on Telegram channels", "The claim was first made by the channel Rybar", a navy
"confirming reports that first appeared on Ostlandish Telegram channels" (the relative
clause had been read as what the reports said, a claim "First appeared on ... channels"),
"Meridian Wire could not verify the videos" (the outlet's own check, a claim graded F) and
"Satellite images taken on Sunday by Planet Vision" (a person named Satellite). Written
before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Blast hits Ostland naval base, Telegram channels say", "Meridian Wire", "2037-01-10",
        "An explosion struck a naval base in the Ostlandish port of Kord on Saturday, according to videos and posts on Telegram channels close to the Ostlandish military.\n"
        "The claim was first made by the channel Rybar, which said a Varnian sea drone had hit a landing ship.\n"
        "Meridian Wire could not verify the videos.\n"
        "Ostland's defence ministry said in a statement carried by the state news agency Ostpress that all drones had been destroyed before reaching the base."),
    "02.txt": ("Varnia says it hit Ostlandish landing ship", "Halden Daily", "2037-01-11",
        "Varnia's navy said on Sunday that its sea drones had struck an Ostlandish landing ship in Kord harbour, confirming reports that first appeared on Ostlandish Telegram channels.\n"
        "\"The ship is out of action,\" navy spokesman Dmytro Pletenko said on national television.\n"
        "Ostland has denied that any ship was damaged."),
    "03.txt": ("Satellite images show damage at Kord base", "Lumbria Today", "2037-01-12",
        "Satellite images taken on Sunday by Planet Vision show a damaged vessel at the Kord naval base, according to an analysis by the open-source group Harbor Watch.\n"
        "The images appear to show a hole in the ship's hull, Harbor Watch said."),
}


def test_no_claim_of_where_reports_appeared_or_what_could_not_be_checked(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    texts = [c["text"] for c in doc["claims"]]
    assert not [t for t in texts if "appeared on" in t or "could not verify" in t], texts


def test_images_are_no_person(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    types = {s["label"]: s["type"] for s in doc["speakers"]}
    images = {k: v for k, v in types.items() if k.startswith("Satellite images")}
    assert images and set(images.values()) == {"other"}, types
