"""A second invented story read end to end: a seizure reported by the ship's owner, a
wire story and its copy carrying the accused state's denial ("denied that its coast guard
had seized ..., calling the reports 'a provocation'") and crediting the paper that "first
reported the seizure", a paper's own look at satellite images and an anonymous official,
a minister's protest. Written before the changes it led to."""

from __future__ import annotations

from typing import Any

WIRE = ("Velland denied on Monday that its coast guard had seized a Marovian grain ship, "
        "calling the reports \"a provocation\".\n\"No Marovian vessel has been detained by our "
        "forces,\" foreign ministry spokesman Arvo Lind told a news briefing.")
ARTICLES = {
    "01.txt": ("Grain ship seized in Strait of Tesk, owner says", "Coastal Times", "2031-06-10",
               "Velland's coast guard seized a Marovian grain ship in the Strait of Tesk on "
               "Saturday, the ship's owner said on Sunday.\n\"Our vessel was boarded by armed "
               "men in Velland coast guard uniforms,\" said Petra Holm, chief executive of "
               "Marova Shipping.\nThe company said the crew of 14 had been taken to the port "
               "of Velgrad."),
    "02.txt": ("Velland denies seizing Marovian ship", "Reuters", "2031-06-10",
               "VELGRAD, June 10 (Reuters) - " + WIRE + "\nThe Coastal Times first reported the "
               "seizure on Sunday, citing the ship's owner."),
    "03.txt": ("Velland denies seizing Marovian ship", "World News Today", "2031-06-11",
               WIRE + " (Reuters)"),
    "04.txt": ("Images show seized ship off Velgrad", "Harbour Post", "2031-06-11",
               "A Marovian official, who spoke on condition of anonymity, told the Harbour "
               "Post that Marova had asked Velland to release the crew.\nVelland's foreign "
               "ministry did not respond to questions."),
}


def test_the_seizure_its_owner_its_denier_and_who_first_reported_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    kind = {s["id"]: s["type"] for s in doc["speakers"]}
    found = [c for c in doc["claims"] if "seized a marovian grain ship" in c["text"].lower()]
    assert len(found) == 1, [c["text"] for c in doc["claims"]]
    claim: dict[str, Any] = found[0]
    # "The Coastal Times first reported the seizure" credits the seizure, not the quote
    # of denial just before it.
    assert claim["first_reported_by"] == ["Coastal Times"], claim["first_reported_by"]
    # The owner is a stated source (a business, on record), not "no source stated".
    assert {kind[s] for s in claim["asserted_by"]} == {"organization"}, claim["asserted_by"]
    assert claim["grade"][0] != "F", claim["reasons"]
    # "denied that its coast guard had seized ..., calling the reports 'a provocation'"
    # denies the seizure itself.
    assert "Velland" in {name[s] for s in claim["denied_by"]}, claim["denied_by"]
    assert claim["grade"][1] == "4", claim["reasons"]
