"""A thirty-eighth invented story, a tax rise denied at a news conference: a scoop that
the government "is preparing to raise fuel taxes", and the minister's "We are not raising
fuel taxes this year" (shown as asserting the scoop: "preparing to raise" and "raising"
read as two acts, so the negation was of another act). Written before the change it led
to. Then her quote, though shown as denying the scoop, was only a related statement (its
score with the scoop's wording under the level a source needs), so the scoop was graded as
undisputed; a flat negation of the claim's own act on what the claim names is now its
denial. Left: her denial of "a report by the Capital Post that an increase was being
prepared" stays on a claim of its own ("an increase" names no tax)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Minister: no plans to raise fuel tax", "Halden Daily", "2037-04-02",
        "Finance Minister Karin Vold said on Tuesday the government had no plans to raise fuel taxes, rejecting a report by the Capital Post that an increase was being prepared.\n"
        "\"We are not raising fuel taxes this year,\" Vold told a news conference in Halden. \"I want to be very clear about that.\"\n"
        "She added that the budget deficit was smaller than expected.\n"
        "Asked whether taxes could rise next year, Vold said: \"I won't speculate.\""),
    "02.txt": ("Government prepares fuel tax rise - sources", "Capital Post", "2037-04-01",
        "The Lumbrian government is preparing to raise fuel taxes by 10 percent in the autumn budget, two officials involved in the budget talks told the Capital Post.\n"
        "The increase would raise about 400 million euros a year, one of the officials said.\n"
        "The finance ministry declined to comment."),
}


def test_not_raising_denies_preparing_to_raise(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    att = {a["id"]: a for a in doc["attributions"]}
    scoop = next(c for c in doc["claims"] if "preparing to raise fuel taxes" in c["text"])
    vold = {st for m, st in scoop["stances"] if name.get(att[m]["speaker"] or "") == "Karin Vold"}
    assert vold == {"denies"}, scoop["stances"]


def test_the_scoop_is_graded_as_denied_by_the_minister(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    scoop = next(c for c in doc["claims"] if "preparing to raise fuel taxes" in c["text"])
    assert {name[s] for s in scoop["denied_by"]} == {"Karin Vold"}, scoop["reasons"]
    assert "denied on record by" in scoop["reasons"][0]
