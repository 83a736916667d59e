"""A denial that names what it rejects, in an article where nothing else states it, is
linked to that claim across articles (and counted as its denial), not to a neighbour."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "a1.txt": ("Spy balloon over Montana", "Harbor Ledger", "2031-02-02",
               "A Chinese spy balloon has been flying over the United States for days, "
               "defense officials said on Thursday.\n"
               "The officials said the balloon was spotted over Montana."),
    "a2.txt": ("Balloon tracked", "Valley Courier", "2031-02-02",
               "Officials said a Chinese surveillance balloon has been flying over the "
               "United States this week.\nFighter jets were put on alert."),
    "a3.txt": ("Beijing answers", "Morning Star", "2031-02-03",
               "Rejecting the US spy balloon accusation, the foreign ministry said on Friday "
               "that the airship is a civilian weather balloon that strayed off course.\n"
               "The ministry said it regretted that the airship had entered US airspace."),
}


def test_a_named_accusation_rejected_elsewhere_is_a_denial_of_that_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    atts = {a["id"]: a for a in doc["attributions"]}
    by_file = {a["id"]: Path(a["path"]).name for a in doc["articles"]}
    spying = [c for c in doc["claims"]
              if {"a1.txt", "a2.txt"} <= {by_file[x] for x in c["articles"]}]  # fmt: skip
    assert len(spying) == 1, [c["text"] for c in doc["claims"]]
    denials = [atts[m] for m in spying[0]["mentions"] if atts[m]["stance"] == "denies"]
    assert [by_file[a["article"]] for a in denials] == ["a3.txt"]
    assert spying[0]["denied_by"]
