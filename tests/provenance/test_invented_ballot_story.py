"""A fourteenth invented story, an election-fraud allegation: the opposition party named
beside its description ("Dorvia's main opposition party, the Civic Union, alleged on
Monday that P", where the parser makes "alleged" a participle of "party"), the election
commission dismissing "opposition allegations of ballot stuffing as baseless", and a
closing "The opposition says P, a claim the commission denies" (the parser hangs "a
claim" on "says"). Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Opposition alleges ballot stuffing in Dorvia vote',
               'Dorvia Today', '2034-04-15',
               "Dorvia's main opposition party, the Civic Union, alleged on Monday that ballot "
               "boxes had been stuffed in at least 40 districts during Sunday's presidential "
               'election.\nParty leader Ana Brecht told supporters that the vote had been '
               '"stolen in broad daylight".\nA video shared widely on social media appeared to '
               'show a man dropping a stack of ballots into a box in the town of Vell. The '
               'video could not be independently verified.'),
    "02.txt": ('Election commission rejects fraud claims',
               'Balkan Wire', '2034-04-16',
               "SORA, April 16 (Balkan Wire) - Dorvia's central election commission on Tuesday "
               'dismissed opposition allegations of ballot stuffing as baseless.\nCommission '
               'chairman Milo Rask said the vote had been free and fair and that no complaints '
               'had been filed in Vell.\nThe Civic Union has said ballot boxes were stuffed in '
               'at least 40 districts.'),
    "03.txt": ('Observers report irregularities in Dorvia',
               'Europa Press Review', '2034-04-16',
               'International election observers said on Tuesday they had found no evidence of '
               "systematic fraud in Dorvia's presidential election, but noted procedural "
               'irregularities in a number of polling stations.\n"We observed cases of group '
               'voting and overcrowding," the head of the observer mission, Karin Holt, told a '
               'news conference in Sora.\nThe opposition says ballots were stuffed in 40 '
               'districts, a claim the commission denies.'),
}

def _stuffing(doc):  # type: ignore[no-untyped-def]
    found = [c for c in doc["claims"] if "stuffed" in c["text"]]
    assert found, [c["text"] for c in doc["claims"]]
    return found[0]


def test_the_party_named_beside_its_description_alleges(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] for s in doc["speakers"]}
    alleged = [a for a in doc["attributions"] if a["cue"] == "alleged"]
    assert alleged and name.get(alleged[0]["speaker"]) == "Civic Union", alleged


def test_a_claim_the_commission_denies_is_the_commissions_denial(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    speaker = {a["id"]: name.get(a["speaker"] or "") for a in doc["attributions"]}
    stances = {(speaker[a], s) for a, s in _stuffing(doc)["stances"]}
    assert ("The opposition", "denies") not in stances, stances
    assert ("The opposition", "asserts") in stances, stances
    assert ("the commission", "denies") in stances, stances
    assert not any(n == "Karin Holt" and s == "denies" for n, s in stances), stances


def test_dismissing_allegations_of_stuffing_denies_the_stuffing(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    deniers = {name[s] for s in _stuffing(doc)["denied_by"]}
    assert "Dorvia's central election commission" in deniers, deniers
