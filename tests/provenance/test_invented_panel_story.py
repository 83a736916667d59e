"""A twentieth invented story, a door panel blown off a jet: a person familiar with the
investigation telling an outlet that bolts were missing, the maker speaking "in an
emailed statement", and its chief executive named as "Aerion chief executive Mara Lind"
(the company's name is someone's employer: a body, not a person named Aerion). Written
before the change it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Door panel blows off Aerion jet in mid-air',
               'Skyline News', '2035-01-06',
               'A door panel blew off an Aerion A9 jet shortly after take-off from Port Halden '
               'on Friday, forcing an emergency landing, the national transport safety board '
               'said.\nNo one was seriously hurt, the board said in a post on X.\nThe aviation '
               'regulator ordered the temporary grounding of 171 A9 jets.'),
    "02.txt": ('Bolts were missing from blown-out panel, source says',
               'The Morning Chronicle', '2035-01-08',
               'Four bolts meant to hold the door panel in place were missing when the jet '
               'left the factory, a person familiar with the investigation told the Morning '
               'Chronicle.\nInvestigators have not determined why the bolts were '
               'missing.\nAerion said in an emailed statement that it was cooperating fully '
               'with the inquiry.'),
    "03.txt": ("Aerion chief: 'We made a mistake'",
               'Skyline News', '2035-01-09',
               'Aerion chief executive Mara Lind told employees in a memo on Tuesday that the '
               'company would approach the accident "by acknowledging our mistake".\nLind did '
               'not say whether the bolts had been left out at the factory.\nThe Morning '
               'Chronicle reported on Monday that four bolts were missing from the panel.'),
}


def test_a_name_someone_works_for_is_a_body(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    kinds = {s["name"]: s["type"] for s in doc["speakers"] if s["name"]}
    assert kinds.get("Aerion") == "organization", kinds
    lind = next(s for s in doc["speakers"] if s["name"] == "Mara Lind")
    assert (lind["role"], lind["affiliation"]) == ("chief executive", "Aerion"), lind
