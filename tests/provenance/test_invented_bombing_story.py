"""A fifty-second invented story, a bombing claimed by a separatist group: police's toll,
the minister's suspicion, the group's claim of responsibility ("The Red Dawn movement
claimed responsibility ... for the bombing"), "Red Dawn, which wants independence ...,
said it carried out the attack", and its political wing's denial. Written before the
changes it led to: "the Red Dawn movement" was a person named Red Dawn ("movement" headed
no body), and "Red Dawn" (tagged a person by the parser) a second speaker beside it; the
claim of responsibility stated nothing. Left: the claim of responsibility joins the
claim that a bomb exploded (one act, the data fits no penalty for an agent on one side
only); "it carried out the attack" keeps its "it", so the political wing's "denied any
role" finds no claim about the group and lands on the bombing itself."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Bomb kills 12 at Halden bus station", "Lumbria Times", "2038-04-02",
        "A bomb exploded at the main bus station in Halden on Wednesday, killing at least 12 people and wounding dozens, police said.\n"
        "No group has claimed responsibility for the attack.\n"
        "Interior Minister Sara Holm told the national broadcaster that investigators suspected the Red Dawn movement, a separatist group that has carried out bombings in the past.\n"
        "A spokesman for Red Dawn could not be reached for comment."),
    "02.txt": ("Separatists claim Halden bombing", "Capital Post", "2038-04-03",
        "The Red Dawn movement claimed responsibility on Thursday for the bombing of a bus station in Halden that killed 14 people, in a statement posted on its website.\n"
        "The group said the attack was revenge for the arrest of its leaders last month.\n"
        "The death toll rose to 14 overnight, the health ministry said.\n"
        "The authenticity of the statement could not be verified."),
    "03.txt": ("Halden bombing: what we know", "Morning Ledger", "2038-04-03",
        "At least 14 people were killed when a bomb went off at Halden's central bus station on Wednesday, according to the health ministry.\n"
        "Red Dawn, which wants independence for the northern provinces, said it carried out the attack.\n"
        "The group's political wing, however, denied any role and condemned the bombing.\n"
        "Police have arrested three suspects, a police spokesman said, without giving their names."),
}


def test_a_group_and_its_bare_name_are_one_organisation(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    dawn = [s for s in doc["speakers"] if "Red Dawn" in (s["name"] or s["label"])]
    assert [(s["name"], s["type"]) for s in dawn] == [("Red Dawn movement", "organization")], dawn
