"""A fifty-first invented story, an activist poisoned: a government's laboratory finding,
its spokesman's certainty ("the findings left 'no doubt' that she had been poisoned"), the
accused state's rejection ("said there was no evidence that ... and accused Varnia of
staging a 'theatrical' campaign"). Written before the changes it led to: "..., activist
Vera Lomova, the Varnian government said on Monday" was parsed as a relative clause of the
name, so the first paper's lead had no source; "and accused Varnia ..." hung inside the
reported clause, so Lomova accused Varnia; "she" in the male spokesman's words was the
spokesman ("Erik Dahl had been poisoned"); "no doubt that P" was a negation; and "Tests by
a military laboratory" were a person named "Tests". Left: "she" resolved to no one (Dahl's
words join no claim); the laboratory's finding and the poisoning are two claims; the
embassy's "metabolic disorder" joins the unsourced background of Lomova falling ill."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Lab finds nerve agent in blood of Ostland activist", "Halden Daily", "2038-03-10",
        "A military laboratory has found traces of a nerve agent in blood samples taken from Ostland opposition activist Vera Lomova, the Varnian government said on Monday.\n"
        "Lomova fell ill on a flight from Ostgrad last week and is being treated in a Varnian hospital.\n"
        "Government spokesman Erik Dahl said the findings left \"no doubt\" that she had been poisoned.\n"
        "Ostland's embassy called the accusations a \"provocation\" and said Lomova had suffered from a metabolic disorder."),
    "02.txt": ("Varnia says activist was poisoned", "Lumbria Times", "2038-03-10",
        "Tests by a military laboratory showed that Vera Lomova was poisoned with a nerve agent, Varnia said on Monday.\n"
        "Doctors at the hospital in Ostgrad where she was first treated had said they found no trace of poison in her system.\n"
        "Her spokeswoman, Nina Ravel, said on social media that the Kremlin was behind the attack.\n"
        "The Kremlin has denied any involvement."),
    "03.txt": ("Ostland rejects poisoning claims", "Morning Ledger", "2038-03-11",
        "Ostland's foreign ministry said on Tuesday that there was no evidence that Vera Lomova had been poisoned and accused Varnia of staging a \"theatrical\" campaign.\n"
        "A Varnian military laboratory found a nerve agent in her blood, the Varnian government said on Monday.\n"
        "The Organisation for the Prohibition of Chemical Weapons said it had been asked to assist Varnia and would send experts."),
}


def _names(doc: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}


def test_the_lead_is_the_governments_and_both_papers_carry_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = _names(doc)
    lead = next(a for a in doc["attributions"] if a["content"].startswith("A military laboratory"))
    assert name[lead["speaker"]] == "Varnian government", lead["source_text"]
    found = next(c for c in doc["claims"] if c["id"] == lead["claim"])
    carried = {a["article"] for a in doc["attributions"] if a["claim"] == found["id"]
               and a["stance"] == "asserts"}
    assert len(carried) == 2, found["stances"]


def test_a_second_verb_deep_after_the_clause_is_the_speakers(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = _names(doc)
    staging = next(a for a in doc["attributions"] if "theatrical" in a["content"])
    assert name[staging["speaker"]] == "Ostland's foreign ministry", staging["source_text"]
    assert "theatrical" not in next(
        a for a in doc["attributions"] if "no evidence" in a["content"])["content"]


def test_she_is_not_the_male_speaker_and_tests_are_no_person(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    assert not [c["text"] for c in doc["claims"] if "Dahl had been poisoned" in c["text"]]
    types = {s["label"]: s["type"] for s in doc["speakers"]}
    tests = next(t for label, t in types.items() if label.startswith("Tests by"))
    assert tests not in ("person", "anonymous"), types
