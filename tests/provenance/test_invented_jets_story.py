"""A twenty-first invented story, a minister's remark walked back: he "told lawmakers in a
closed-door briefing that Ostland would buy 40 fighter jets, according to two people who
attended", then said on television that no decision had been made; a foreign official says
the sale was agreed in principle, and "Berg has said no decision has been made" (doubt, no
claim of its own). Written before the change it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Ostland to buy 40 jets from Varnia, minister tells lawmakers',
               'Nordic Herald', '2035-02-03',
               'Defence Minister Tomas Berg told lawmakers in a closed-door briefing on '
               'Tuesday that Ostland would buy 40 fighter jets from Varnia, according to two '
               'people who attended the meeting.\nThe ministry did not respond to questions '
               'about the briefing.'),
    "02.txt": ('Minister says jet remarks taken out of context',
               'Ostland Radio', '2035-02-04',
               'Speaking on state television on Wednesday, Berg said his remarks had been '
               'taken out of context and that no decision on buying jets from Varnia had been '
               'made.\n"Talks are continuing," he said.\nThe Nordic Herald had reported that '
               'Berg told lawmakers Ostland would buy 40 fighter jets.'),
    "03.txt": ('Varnia official: jet sale agreed in principle',
               'Continental Wire', '2035-02-05',
               'A Varnian defence official, who was not authorized to speak publicly, said on '
               'Thursday that the two countries had agreed on the sale of 40 fighter jets in '
               'principle.\nBerg has said no decision has been made.'),
}


def test_no_decision_leaves_the_claim_open(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    speaker = {a["id"]: name.get(a["speaker"] or "") for a in doc["attributions"]}
    jets = [c for c in doc["claims"] if "fighter jets" in c["text"]]
    assert jets, [c["text"] for c in doc["claims"]]
    assert ("Tomas Berg", "questions") in {(speaker[a], s) for a, s in jets[0]["stances"]}
    # It had been a claim of its own, "No decision has been made" (B3).
    assert not [c for c in doc["claims"] if c["text"] == "No decision has been made"]
