"""A sixteenth invented story, a leaked memo: "according to an internal memo seen by the
Financial Chronicle", the company confirming the memo but saying no final decision had been
made, and a union that "would fight any job cuts at Nordtel, which according to media
reports plans to eliminate 4,000 positions" (the union passes the reports on; the relative
clause's subject is Nordtel). Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Nordtel to cut 4,000 jobs, memo shows',
               'Financial Chronicle', '2034-05-11',
               'Nordtel plans to cut 4,000 jobs, about a tenth of its workforce, by the end of '
               'next year, according to an internal memo seen by the Financial Chronicle.\nThe '
               'memo, signed by chief executive Lars Vinter, says the cuts will fall mostly on '
               'its network division.'),
    "02.txt": ('Nordtel confirms memo, says no decision on cuts',
               'Nordic Wire', '2034-05-11',
               'Nordtel on Monday confirmed the authenticity of an internal memo reported by '
               'the Financial Chronicle but said no final decision on job cuts had been '
               'made.\n"We are reviewing our cost base, as any company would," a company '
               'spokeswoman said.\nThe Chronicle reported that the telecoms group planned to '
               'cut 4,000 jobs.'),
    "03.txt": ('Union vows to fight Nordtel job cuts',
               'Daily Worker', '2034-05-12',
               "The telecom workers' union said it would fight any job cuts at Nordtel, which "
               'according to media reports plans to eliminate 4,000 positions.\nUnion leader '
               'Eva Lind said members had not been consulted.'),
}

def test_a_speaker_passing_on_media_reports_is_no_source(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    plan = [c for c in doc["claims"] if "4,000 jobs" in c["text"]]
    assert plan, [c["text"] for c in doc["claims"]]
    # The union had been an on-record source beside the memo: "confirmed" (B1).
    assert "The telecom workers' union" not in {name[s] for s in plan[0]["asserted_by"]}
    assert plan[0]["grade"][1] != "1", plan[0]["reasons"][0]


def test_a_relative_clause_says_its_noun_did_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    texts = [c["text"] for c in doc["claims"]]
    assert not [t for t in texts if t.startswith("Media reports")], texts


def test_a_company_spokeswoman_speaks_for_the_company(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    # "a company spokeswoman" was an anonymous source (D3) named "company".
    review = [c for c in doc["claims"] if "cost base" in c["text"]]
    assert review and review[0]["grade"][0] == "B", review[0]["reasons"][0] if review else None
