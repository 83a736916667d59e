"""A hundred-and-third invented story, a suspected chemical attack on a rebel town: a
monitoring group's account ("The Kessan Observatory for Human Rights, a Britain-based
monitoring group, said ..."), the government's rejection ("called reports of a chemical
attack in Dorvan 'a fabrication'"), the rebels' local council's toll, and Western agencies'
assessment told to a paper. Written before the changes it led to: the parser made "reports"
the predicate of "called" and hung "a fabrication" on "Dorvan", so the ministry called
nothing anything and denied nothing; the observatory was a person named "Human Rights"; "The
rebels' local council in Dorvan" was no one (F6); once the rejection was read, the paper that
carried only it was the claim's first reporter and one of its relays. Left: "denied using
chemical weapons" is not joined to the attack it denies, and the ministry's "This theatre was
staged by the terrorists" is not joined to the ambassador's "the attack had been staged"."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Dozens killed in suspected chemical attack on rebel town', 'Meridian Wire', '2047-03-04',
        "At least 40 people were killed in a suspected chemical attack on the rebel-held town of Dorvan on Saturday, according to rescue workers and a monitoring group.\n"
        "The Kessan Observatory for Human Rights, a Britain-based monitoring group, said government helicopters had dropped barrels containing chlorine on the town.\n"
        "The government of Kessania denied using chemical weapons and accused the rebels of staging the attack to provoke foreign intervention.\n"
        "The claims could not be independently verified."),
    "02.txt": ('Kessania calls Dorvan chemical attack reports a fabrication', 'Capital Daily', '2047-03-05',
        "Kessania's foreign ministry on Sunday called reports of a chemical attack in Dorvan \"a fabrication\", saying the army had never possessed chlorine weapons.\n"
        "\"This theatre was staged by the terrorists and their foreign sponsors,\" the ministry said in a statement carried by the state news agency KNA.\n"
        "The rebels' local council in Dorvan said 43 people had died, many of them children."),
    "03.txt": ('Western agencies blame Kessan army for chlorine attack', 'Northern Post', '2047-03-06',
        "Western intelligence agencies believe government forces were responsible for the chlorine attack on Dorvan, two officials familiar with the assessment told the Northern Post.\n"
        "An analysis by the Northern Post of videos from the town found that at least two yellow gas cylinders had fallen on residential buildings.\n"
        "The chemical weapons watchdog said it would send a fact-finding mission.\n"
        "Valdoria's ambassador to the United Nations said the attack had been staged."),
}


def test_reports_called_a_fabrication_are_denied_and_their_denier_reports_nothing(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    blamed = next(c for c in doc["claims"] if c["text"].startswith("Government forces were responsible"))
    assert [names[s] for s in blamed["denied_by"]] == ["Kessania's foreign ministry"]
    assert blamed["first_reported_by"] == ["Northern Post"], blamed["reasons"]
    assert "carried by one outlet (Northern Post)" in blamed["reasons"][0]


def test_an_observatory_and_a_local_council_are_bodies(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    bodies = {s["name"] for s in doc["speakers"] if s["type"] == "organization"}
    assert "Kessan Observatory for Human Rights" in bodies
    toll = next(c for c in doc["claims"] if c["text"].startswith("43 people had died"))
    assert toll["grade"][0] == "B", toll["reasons"]
