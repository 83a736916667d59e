"""A thirty-ninth invented story, a scoop and its echoes with the scoop itself in the pile:
the Financial Times' report that Ostland asked Varnia for armed drones, a paper relaying it
("the Financial Times reported on Sunday, citing people familiar with the matter") beside
the ministry's dismissal, and a second one beside the embassy's denial. Read before the change
it led to (a test in ``tests/claims/test_claims.py``): the request's circumstances ("The
request was made during a visit to Varnia's capital by Ostland's defence minister last
month") were cut to "The request was made", a date inside the visit's phrase taken for the
when of the whole statement; whole, the statement is related to the scoop, not a claim of
its own. Left: "Ostland has asked Varnia to supply it with armed drones" also reads as
Ostland asking a question of Varnia (a speaker that says nothing)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Ostland seeks armed drones from Varnia", "Financial Times", "2037-05-10",
        "Ostland has asked Varnia to supply it with armed drones, according to three people familiar with the request.\n"
        "The request was made during a visit to Varnia's capital by Ostland's defence minister last month, two of the people said.\n"
        "Varnia's foreign ministry did not respond to a request for comment."),
    "02.txt": ("Varnia dismisses drone report", "Halden Daily", "2037-05-11",
        "Ostland has requested armed drones from Varnia, the Financial Times reported on Sunday, citing people familiar with the matter.\n"
        "Varnia's foreign ministry on Monday dismissed the report as \"fabricated\".\n"
        "\"Varnia has never supplied weapons to any party in the conflict,\" ministry spokesman Li Dan told reporters."),
    "03.txt": ("Ostland denies seeking drones", "Lumbria Times", "2037-05-11",
        "Ostland's embassy in Lumbria denied on Monday that it had sought military equipment from Varnia.\n"
        "The Financial Times had reported that Ostland asked Varnia for armed drones.\n"
        "\"These claims are false,\" the embassy said in a statement."),
}


def _names(doc: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}


def test_the_scoop_is_one_claim_first_reported_by_its_outlet_and_denied(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = _names(doc)
    drones = [c for c in doc["claims"] if "drones" in c["text"]]
    assert len(drones) == 1, [c["text"] for c in drones]
    claim = drones[0]
    assert claim["first_reported_by"] == ["Financial Times"]
    assert len(claim["articles"]) == 3
    deniers = {name[s] for s in claim["denied_by"]}
    assert any("Varnia" in d for d in deniers) and any("embassy" in d for d in deniers), deniers
    assert claim["grade"][0] == "D", claim["reasons"]

