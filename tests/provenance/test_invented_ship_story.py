"""A hundred-and-fifth invented story, a cargo ship struck by a drone: a maritime security
agency's advisory ("the maritime security agency MSA said"), a group's claim of
responsibility "in a post on social media" and its reason told in "a statement carried by
its television channel", the owner's answer, and a navy that "neither confirmed nor denied"
an escort. Written before the changes it led to: "agency" before the name made the MSA a
news agency, so the attack had "no primary source stated" and was relayed "via MSA" (F6); the
group, untagged by the tagger, got no claim of responsibility; "it" in its statement stayed
"It" (and in "The Red Hand said it had targeted the ship" became "The ship"); the navy's
non-answer became the wording of the group's claim, graded F6; the statement telling what
the group said was an anonymous source beside it (D3). Left: the owner's "the vessel had no
connection to Ostland" joins the group's claim as support, not as the denial of its reason."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Cargo ship hit by drone off Kessan coast', 'Meridian Wire', '2047-11-12',
        "A cargo ship was struck by a drone off the coast of Kessania on Tuesday, the maritime security agency MSA said in an advisory.\n"
        "The crew were unharmed and the vessel was continuing to its next port, the agency said.\n"
        "The Red Hand movement claimed responsibility for the attack in a post on social media."),
    "02.txt": ('Red Hand says it attacked ship', 'Capital Daily', '2047-11-12',
        "The Red Hand said it had targeted the ship because it was owned by a company with links to Ostland, according to a statement carried by its television channel.\n"
        "The ship's owner, Baltic Lines, said the vessel had no connection to Ostland.\n"
        "Ostland's navy neither confirmed nor denied that it had escorted the ship earlier in the week."),
    "03.txt": ('Insurers raise rates after ship attack', 'Business Ledger', '2047-11-13',
        "Insurance rates for ships sailing near Kessania rose by a third after Tuesday's attack, two brokers said.\n"
        "The attack on the cargo ship, which the Red Hand has claimed, was the fourth this month, according to the MSA."),
}


def test_a_security_agency_is_no_news_agency(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    struck = next(c for c in doc["claims"] if c["text"].startswith("A cargo ship was struck"))
    assert struck["grade"] == "B3" and struck["first_reported_by"] == ["Meridian Wire"], struck["reasons"]
    assert not [s for s in doc["speakers"] if s["type"] == "outlet" and s["name"] == "MSA"]


def test_a_group_untagged_by_the_tagger_claims_responsibility(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    texts = {c["text"] for c in doc["claims"]}
    assert "The Red Hand movement was behind the attack" in texts


def test_the_groups_statement_is_its_own_and_a_non_answer_words_nothing(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    target = next(c for c in doc["claims"] if "targeted the ship" in c["text"])
    assert target["text"].startswith("The Red Hand had targeted the ship because"), target["text"]
    assert target["grade"] == "B3", target["reasons"]
    assert not [c for c in doc["claims"] if "escorted" in c["text"] and len(c["stances"]) > 1]
