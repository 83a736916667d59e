"""A sixty-fifth invented story, a company's job cuts scooped then confirmed: "plans to cut
about 5,000 jobs ..., Bloomberg News reported on Monday, citing people familiar with the
matter" and "..., the report said"; the company's confirmation "confirming a report by
Bloomberg News last week"; "Nordtel will shed 4,800 jobs, the company announced". Written
before the changes it led to: "the company" after a statement whose subject is Nordtel
was a body of its own, so Nordtel counted twice among the claim's sources ("2 on record
(the company and Nordtel)"); "the report said" after "Bloomberg News reported, citing
people familiar" was a document of no one's. Left: "The cuts could be announced as early
as next week" is no claim (no one named in it); the union's "called the plan a betrayal"
denies nothing and joins nothing."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Nordtel plans to cut 5,000 jobs - sources", "Morning Ledger", "2039-06-01",
        "Nordtel, the Varnian telecoms group, plans to cut about 5,000 jobs, or roughly a tenth of its workforce, as part of a cost-cutting drive, Bloomberg News reported on Monday, citing people familiar with the matter.\n"
        "The cuts could be announced as early as next week, the report said.\n"
        "A Nordtel spokeswoman declined to comment."),
    "02.txt": ("Nordtel confirms job cuts", "Halden Daily", "2039-06-08",
        "Nordtel said on Monday it would cut 4,800 jobs over the next two years, confirming a report by Bloomberg News last week.\n"
        "Chief executive Lars Holm said the company had no choice but to reduce costs as revenue fell.\n"
        "The Varnian telecoms union said it would fight the cuts and called the plan a betrayal of workers."),
    "03.txt": ("Union vows to fight Nordtel cuts", "Lumbria Times", "2039-06-08",
        "Nordtel will shed 4,800 jobs, the company announced on Monday.\n"
        "Union leader Petra Lind told the Lumbria Times that workers had learned of the cuts from the media.\n"
        "\"Nobody from management spoke to us,\" she said."),
}


def _speaker(doc, words):  # type: ignore[no-untyped-def]
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    att = next(a for a in doc["attributions"] if a["content"].startswith(words))
    return name.get(att["speaker"]), att


def test_a_company_announcing_its_own_act_is_that_company(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    who, shed = _speaker(doc, "Nordtel will shed")
    assert who == "Nordtel", who
    cuts = next(c for c in doc["claims"] if c["id"] == shed["claim"])
    reason = cuts["reasons"][0]
    assert "1 on record (Nordtel)" in reason and "the company" not in reason, reason


def test_the_report_after_an_outlets_scoop_is_the_scoops_sources(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    who, later = _speaker(doc, "The cuts could be announced")
    assert who == "people familiar with the matter" and later["via"] == ["Bloomberg"], later
