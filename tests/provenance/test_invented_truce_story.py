"""A forty-third invented story, a truce agreed in principle: a paper's scoop resting on "a
senior European diplomat briefed on the talks and a memo seen by the Capital Post", a second
paper relaying it ("citing a European diplomat and an internal memo") beside the ministry's
"no agreement had been reached", and officials telling a third that a deal was close. Written
before the changes it led to: "agreed in principle to a 30-day ceasefire" lost "to a
30-day ceasefire" (the length taken for a date saying when); "a European diplomat and an
internal memo" was one speaker typed as a document, so the two papers' wordings stayed two
claims; merged, the ministry's "no agreement had been reached" fell out of the claim (the
average link of a loosely worded negation with two mentions), and the scoop was undisputed."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Ostland and Varnia agree ceasefire in principle", "Capital Post", "2037-10-03",
        "Ostland and Varnia have agreed in principle to a 30-day ceasefire, according to a senior European diplomat briefed on the talks and a memo seen by the Capital Post.\n"
        "The truce would begin on Monday, the diplomat said, speaking on condition of anonymity because the talks were private.\n"
        "A person close to Varnia's president said the deal could still collapse."),
    "02.txt": ("Report: Varnia, Ostland near truce", "Halden Daily", "2037-10-03",
        "Varnia and Ostland have reached a preliminary agreement on a month-long ceasefire, the Capital Post reported, citing a European diplomat and an internal memo.\n"
        "Varnia's foreign ministry said no agreement had been reached. \"Talks are continuing,\" spokesman Li Dan said.\n"
        "Ostland's government did not comment."),
    "03.txt": ("Ceasefire deal close, Ostland officials say", "Lumbria Times", "2037-10-04",
        "Ostlandish officials told the Lumbria Times on Friday that a ceasefire deal was close but not yet signed.\n"
        "\"We are very near,\" said one official, who asked not to be named because he was not authorised to speak to the media."),
}


def _names(doc: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}


def test_the_scoop_is_one_claim_with_its_length_and_its_denial(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = _names(doc)
    truce = [c for c in doc["claims"] if "ceasefire" in c["text"] and "close" not in c["text"]]
    assert len(truce) == 1, [c["text"] for c in truce]
    claim = truce[0]
    assert len(claim["articles"]) == 2 and claim["first_reported_by"] == ["Capital Post"]
    assert {name[s] for s in claim["denied_by"]} == {"Varnia's foreign ministry"}, claim["reasons"]
    assert claim["grade"][0] == "C", claim["reasons"]


def test_a_length_is_part_of_what_was_agreed(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    att = next(a for a in doc["attributions"] if "30-day" in a["content"])
    claim = next(c for c in doc["claims"] if c["id"] == att["claim"])
    assert "ceasefire" in claim["text"], claim["text"]


def test_a_diplomat_and_a_memo_is_the_diplomat(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    kinds = {s["label"]: s["type"] for s in doc["speakers"]}
    assert kinds["a European diplomat and an internal memo"] == "anonymous", kinds
