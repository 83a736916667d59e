"""A thirty-seventh invented story, a ship seized at sea, on the wire and in a paper that
reprints it: a dateline crediting the wire ("KORD, March 3 (Meridian Wire) -") above a
staff sign-off in another agency's house style (the wire's story had been Reuters'), "the
coast guard said in a statement" (typed a document: graded F6), "a ministry spokeswoman"
after a company had spoken (the company's voice), and "a grain ship seized by Ostland's
coast guard, which said P" (the speaker had been "the release of a grain ship ...").
Written before the changes it led to."""

from __future__ import annotations

BODY = ("KORD, March 3 (Meridian Wire) - Ostland's coast guard seized a Varnian grain ship in the Black Sea on Tuesday, accusing its crew of smuggling weapons, the coast guard said in a statement.\n"
        "The ship's owner, Varna Shipping, said the vessel carried only wheat and called the seizure \"piracy\".\n"
        "Varnia's foreign ministry summoned Ostland's ambassador, a ministry spokeswoman said.\n"
        "(Reporting by Ana Lind; Editing by Tom Reyes)")
ARTICLES = {
    "01.txt": ("Ostland seizes Varnian grain ship, alleges arms smuggling", "Meridian Wire", "2037-03-03", BODY),
    "02.txt": ("Ostland seizes Varnian grain ship", "Daily Gazette", "2037-03-03",
        BODY.replace("KORD, March 3 (Meridian Wire) - ", "").replace("\n(Reporting by Ana Lind; Editing by Tom Reyes)", "")),
    "03.txt": ("Varnia protests ship seizure", "Halden Daily", "2037-03-04",
        "Varnia on Wednesday demanded the release of a grain ship seized by Ostland's coast guard, which said the crew had been smuggling weapons.\n"
        "Varna Shipping denied the allegation, saying inspectors had found only wheat on board.\n"
        "The seizure was first reported by Meridian Wire."),
}


def _doc(analyse_invented):  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: (s["name"] or s["label"], s["type"]) for s in doc["speakers"]}
    return doc, name


def test_the_wire_named_in_its_own_dateline_reported_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, _ = _doc(analyse_invented)
    seized = next(c for c in doc["claims"] if "seized a Varnian grain ship" in c["text"])
    assert seized["first_reported_by"] == ["Meridian Wire"], seized
    assert seized["grade"][0] in "AB", seized["reasons"]


def test_a_ministry_spokeswoman_is_no_company(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, name = _doc(analyse_invented)
    summoned = [a for a in doc["attributions"] if "summoned" in a["content"]]
    assert summoned and all(name[a["speaker"]][0] != "Varna Shipping" for a in summoned)


def test_which_said_is_the_body_before_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, name = _doc(analyse_invented)
    said = [a for a in doc["attributions"] if a["source_text"] == "which"]
    assert said and name[said[0]["speaker"]][0] == "Ostland's coast guard", said
