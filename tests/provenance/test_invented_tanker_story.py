"""A seventy-seventh invented story, a tanker struck at sea: a maritime agency known by its
initials ("the Maritime Trade Office (MTO) said", then "MTO, which is run by the Royal Navy,
said"), a militia claiming the attack, the ship's owner, and the militia's reputed patron
"Zarevia, which arms the Tarik Brigades according to Western officials, denied any role in
Sunday's attack on the Marlin Star." Written before the changes it led to: the agency's name
ran on into its relative clause; the patron's denial, cut to "any role", went to the claim
told in the clause on the patron (that it arms the group), the only other claim of its
article. Left: no article claims the patron had a role in the attack, so the denial joins
no claim; "a tanker they described as British-owned" and the owner's "no links to Britain"
are no claim and denial of one another."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Tanker hit by missile off Ostmar', 'Gulf Dispatch', '2040-05-20',
        "A tanker was struck by a missile off the coast of Ostmar on Sunday, the Maritime Trade Office (MTO) said, adding that the crew were safe.\n"
        "The private security firm Calder Risk said the vessel, the Marlin Star, was sailing under a Liberian flag.\n"
        "The Tarik Brigades claimed responsibility for the attack in a televised statement by their spokesman, Nabil Farouk."),
    "02.txt": ('Militia says it fired on British tanker', 'Coastal Herald', '2040-05-20',
        "The Tarik Brigades said they had fired two missiles at the Marlin Star, a tanker they described as British-owned.\n"
        "MTO, which is run by the Royal Navy, said the ship had been hit on its starboard side and that a fire on board had been put out.\n"
        "Its owner, Halcyon Shipping, said the tanker had no links to Britain."),
    "03.txt": ('Zarevia denies role in tanker attack', 'Evening Star', '2040-05-21',
        "Zarevia, which arms the Tarik Brigades according to Western officials, denied any role in Sunday's attack on the Marlin Star.\n"
        '"We have nothing to do with the decisions of the Brigades," foreign ministry spokesman Amir Kazemi told reporters in Tarvan.'),
}


def _by_content(doc, words):  # type: ignore[no-untyped-def]
    return next(a for a in doc["attributions"] if words in a["content"])


def test_a_clause_on_a_body_is_no_part_of_its_name(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speakers = {s["id"]: s for s in doc["speakers"]}
    hit = _by_content(doc, "hit on its starboard side")
    assert speakers[hit["speaker"]]["name"] == "MTO", speakers[hit["speaker"]]


def test_a_denied_part_in_an_attack_is_not_the_clause_on_the_denier(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    role = _by_content(doc, "any role")
    assert role["content"] == "any role in Sunday's attack on the Marlin Star", role
    arms = _by_content(doc, "which arms the Tarik Brigades")
    assert role["claim"] != arms["claim"], role
