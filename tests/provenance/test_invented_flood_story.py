"""A forty-second invented story, a flood told by the people at the scene: rescuers,
firefighters, residents and medics speak as unnamed groups, the regional governor gives the
death toll, and the weather service denies its warning came too late. Written before the
change it led to: "Rescuers said" and "Firefighters said", capitalised only as a sentence's
first word, were read as people's names, so what they said was graded as on the record."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Floods kill 12 in northern Lumbria", "Halden Daily", "2037-08-14",
        "At least 12 people have died in floods in northern Lumbria, according to the regional governor, Nils Berg.\n"
        "Rescuers said dozens of people were still missing after the river Alm burst its banks on Sunday night.\n"
        "Firefighters said they had evacuated more than 2,000 residents from the town of Kessel.\n"
        "Residents said the warning came too late. \"The water was in our kitchen before the sirens went off,\" said Anna Lind, 54."),
    "02.txt": ("Lumbria flood death toll rises", "Capital Post", "2037-08-15",
        "The death toll from flooding in northern Lumbria rose to 15 on Monday, the regional governor said.\n"
        "Medics said several of the injured were in a critical condition.\n"
        "The national weather service denied that its warning had come too late, saying the alert was issued six hours before the river burst its banks."),
}


def test_groups_named_by_what_they_do_are_unnamed_sources(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    kind = {s["label"]: s["type"] for s in doc["speakers"]}
    assert kind["Rescuers"] == "anonymous" and kind["Firefighters"] == "anonymous", kind
    evacuated = next(c for c in doc["claims"] if "evacuated" in c["text"])
    assert evacuated["grade"][0] == "D", evacuated["reasons"]


def test_the_death_toll_is_the_governors_and_the_warning_is_denied(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    toll = next(c for c in doc["claims"] if "have died" in c["text"] or "death toll" in c["text"])
    assert toll["grade"][0] == "B", toll["reasons"]
    late = next(c for c in doc["claims"] if "too late" in c["text"])
    assert any("weather service" in name[s] for s in late["denied_by"]), late["reasons"]
