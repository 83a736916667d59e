"""A five-article invented story read end to end, the way a user's pile comes in: a scoop
sourced to anonymous officials through a newspaper, a wire story and its copy carrying the
accused state's rejection, a government's own finding that names no culprit, and an
analyst's doubt. Written before the changes it led to (the rejection of "a newspaper report
that ..." after its label, "has denied any involvement", "had nothing to do with the
damage"). Still wrong, not pinned: the government's finding ("investigators had found
traces of explosives on the pipeline", naming no culprit) is a related statement of the
divers' claim rather than a claim of its own."""

from __future__ import annotations

from typing import Any

SCOOP = ("Ostland's navy divers planted explosives on the Baltic Link gas pipeline before it "
         "was damaged on Monday night, two Varnian intelligence officials told the Varnia "
         "Herald.\nThe officials, who spoke on condition of anonymity because the "
         "investigation is classified, said the divers had been taken to the site by a "
         "civilian fishing vessel last week.\nOstland's foreign ministry did not respond to a "
         "request for comment.")
WIRE = ("Ostland's foreign ministry on Tuesday rejected as \"absurd fabrication\" a newspaper "
        "report that its navy divers had sabotaged the Baltic Link pipeline.\n\"Ostland had "
        "nothing to do with the damage to the pipeline,\" ministry spokeswoman Lena Varga told "
        "reporters in Ostgrad.\nThe Varnia Herald reported earlier on Tuesday, citing two "
        "Varnian intelligence officials, that Ostland's navy divers had planted explosives on "
        "the pipeline.")
ARTICLES = {
    "01.txt": ("Divers planted explosives on pipeline, officials say", "Varnia Herald",
               "2031-05-02", SCOOP),
    "02.txt": ("Ostland rejects report it sabotaged pipeline", "Nordic Wire", "2031-05-02",
               WIRE + "\nThe pipeline has been shut since Monday night."),
    "03.txt": ("Ostland rejects report it sabotaged pipeline", "Daily Digest", "2031-05-02",
               WIRE),
    "04.txt": ("Varnia says pipeline blast was deliberate", "Daily Courier", "2031-05-03",
               "Varnian Prime Minister Dora Velt said on Wednesday that investigators had "
               "found traces of military-grade explosives on the Baltic Link pipeline.\n"
               "\"This was a deliberate attack on our infrastructure,\" Velt told parliament. "
               "She did not say who was responsible.\nEarlier this week the Varnia Herald "
               "reported, citing intelligence officials, that Ostland's navy divers had "
               "planted the explosives. Ostland has denied any involvement."),
    "05.txt": ("Experts urge caution over pipeline blame", "Morning Post", "2031-05-04",
               "\"We have seen no evidence so far that Ostland's divers planted the "
               "explosives,\" said Mira Kell, an analyst at the Institute for Maritime "
               "Security."),
}


def _claim(doc: dict[str, Any], words: str) -> dict[str, Any]:
    found = [c for c in doc["claims"] if words in c["text"].lower()]
    assert len(found) == 1, [c["text"] for c in doc["claims"]]
    return found[0]


def test_the_scoop_its_relays_and_its_deniers(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    claim = _claim(doc, "planted explosives")
    assert claim["first_reported_by"] == ["Varnia Herald"]
    # The officials, anonymous, through the Herald, in the scoop, the wire, its copy and
    # the Courier; denied on record by the accused state, an interested party.
    chains = [ch for ch in claim["chains"] if ch["stance"] == "supports"]
    assert any(ch["via"] == ["Varnia Herald"] for ch in chains), chains
    assert {name[s] for s in claim["asserted_by"]} <= {"two Varnian intelligence officials",
                                                        "intelligence officials"}
    deniers = {name[s] for s in claim["denied_by"]}
    # "rejected as ... a newspaper report that P", "had nothing to do with the damage",
    # "has denied any involvement".
    assert {"Ostland's foreign ministry", "Lena Varga", "Ostland"} <= deniers, deniers
    assert claim["grade"][1] == "4", claim["reasons"]
    assert claim["grade"][0] in "CD", claim["reasons"]  # anonymous: never on record


def test_the_wire_and_its_copy_are_one_text(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    path = {a["id"]: a["path"].rsplit("/", 1)[-1] for a in doc["articles"]}
    groups = [sorted(path[m] for m in g["members"]) for g in doc["duplicate_groups"]]
    assert groups == [["02.txt", "03.txt"]], groups
