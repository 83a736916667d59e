"""A denial that no such event happened, its kind named before its noun ("There has been no
coup attempt"), goes to the claim of that kind of event told in other words ("Officers
attempted to seize power", a coup by the verb and its object). Written before the change:
"coup attempt" had no event frame (only its head, "attempt", was looked up) and "seize
power" was seizing, so the denial was a claim of its own; opening a quote of two sentences,
its "no" hung on "coup", the statement was no denial of an event at all."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Officers tried to seize power in Tavria, diplomats say", "Northern Post", "2045-05-03",
        "Officers attempted to seize power in Tavria on Thursday, two Western diplomats said.\n"),
    "02.txt": ("Tavria army denies coup attempt", "Meridian Wire", "2045-05-04",
        "\"There has been no coup attempt,\" army spokesman Colonel Ruben Aster said on Friday.\n"),
    "03.txt": ("Tavria army says it is loyal", "Capital Daily", "2045-05-04",
        "\"There has been no coup attempt. The armed forces remain loyal to the constitution,\" "
        "army chief General Oleg Varn said.\n"),
}


def test_no_event_of_a_kind_named_before_its_noun_denies_that_kind(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    coup = next(c for c in doc["claims"] if "seize power" in c["text"])
    assert sorted(names[s] for s in coup["denied_by"]) == ["Oleg Varn", "Ruben Aster"], coup["reasons"]
