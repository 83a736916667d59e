"""A fiftieth invented story, a diplomat's defection told by lawmakers after a spy agency's
briefing: a wire's scoop, a paper relaying it ("the Kessel News Agency reported ...,
citing lawmakers briefed by the spy agency"), and the state's denial ("denied that one of
its diplomats had defected, calling the reports a smear campaign ..."). Written before the
changes it led to: the bare denial of "the reports" beside a worded denial by the same
party landed on the article's other claim (the ministry's own "Pak Jin is on leave", so
Norland denied its own ministry), and "The National Intelligence Service said it could
not confirm the details" was a claim graded A3. Left: "left his post" and "fled the
embassy" are two claims; analysts' "the most senior defection in two decades" joins the
defection as an assertion."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Senior Norland diplomat defects, lawmakers say", "Kessel News Agency", "2038-02-03",
        "KESSEL, Feb 3 (KNA) - A senior diplomat at Norland's embassy in Varnia has defected with his family, lawmakers said on Tuesday after a closed-door briefing by the country's spy agency.\n"
        "The diplomat, identified as counsellor Pak Jin, fled the embassy in November and is now under government protection, lawmaker Ho Sun told reporters after the briefing.\n"
        "The National Intelligence Service said it could not confirm the details.\n"
        "Norland has not commented on the defection."),
    "02.txt": ("Norland envoy said to have defected", "Morning Ledger", "2038-02-03",
        "A high-ranking Norland diplomat posted in Varnia has defected, the Kessel News Agency reported on Tuesday, citing lawmakers briefed by the spy agency.\n"
        "Pak Jin, a counsellor at the embassy, left his post in November, the agency said.\n"
        "It is the most senior defection from Norland's diplomatic corps in two decades, according to analysts."),
    "03.txt": ("Norland calls defection report a 'smear'", "Capital Post", "2038-02-05",
        "Norland on Thursday denied that one of its diplomats had defected, calling the reports a smear campaign by Kessel's intelligence services.\n"
        "\"Counsellor Pak Jin is on leave and remains a loyal servant of the state,\" the foreign ministry said in a statement carried by the state news agency.\n"
        "Kessel lawmakers said on Tuesday that Pak had fled the embassy in Varnia with his wife and two children."),
}


def test_the_reports_denied_beside_a_worded_denial_are_of_its_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    smear = next(a for a in doc["attributions"] if "smear" in a["content"])
    defected = next(c for c in doc["claims"] if "has defected" in c["text"])
    assert smear["claim"] == defected["id"], (smear["claim"], defected["text"])
    leave = next(c for c in doc["claims"] if "on leave" in c["text"])
    assert not leave["denied_by"], leave["reasons"]


def test_a_check_not_made_is_no_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    assert not [c["text"] for c in doc["claims"] if "confirm" in c["text"]]
