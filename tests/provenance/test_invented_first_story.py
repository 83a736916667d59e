"""A thirty-third invented story, an arms deal: a wire's long lead, a paper's "according
to a Meridian Wire report ..." and "the agency said" (a news agency named before: it had
been a body of its own), and "Varnia is in talks to buy ..., Varnian Defence Minister Ana
Petrova confirmed" (the parser joined the minister to "Lumbria" with no "and": the
sentence had become Varnia's, and her "No contract has been signed yet" Varnia's too).
Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Varnia to buy 40 fighter jets from Lumbria in $9 billion deal, sources say", "Meridian Wire", "2036-12-01",
        "HALDEN, Dec 1 (Meridian Wire) - Varnia has agreed to buy 40 fighter jets from Lumbria's state-owned Aerion in a deal worth about $9 billion that would be the largest arms sale in the country's history, three people familiar with the negotiations said on Tuesday, adding that the contract could be signed as early as next month.\n"
        "Aerion declined to comment. Varnia's defence ministry did not respond to a request for comment."),
    "02.txt": ("Varnia agrees to buy 40 Lumbrian jets - report", "Capital Post", "2036-12-02",
        "Varnia has agreed to buy 40 fighter jets from Lumbria, according to a Meridian Wire report citing people familiar with the talks.\n"
        "The deal is worth about $9 billion, the agency said."),
    "03.txt": ("Varnia confirms jet talks", "Halden Daily", "2036-12-02",
        "Varnia is in talks to buy 40 fighter jets from Lumbria, Varnian Defence Minister Ana Petrova confirmed on Wednesday.\n"
        "\"No contract has been signed yet,\" she told reporters.\n"
        "Varnia agreed to buy the jets for about $9 billion, people familiar with the talks told Meridian Wire earlier this week."),
    "04.txt": ("Jet deal", "Lumbria Today", "2036-12-03",
        "Varnia has agreed to buy 40 fighter jets from Lumbria, officials in both countries said on Thursday.\n"
        "The sale still needs approval from Lumbria's parliament."),
}


def _doc(analyse_invented):  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: (s["name"] or s["label"], s["type"]) for s in doc["speakers"]}
    return doc, name


def test_the_minister_after_the_clause_confirmed_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, name = _doc(analyse_invented)
    talks = [a for a in doc["attributions"] if a["content"].startswith("Varnia is in talks")]
    assert talks and name[talks[0]["speaker"]] == ("Ana Petrova", "person"), talks
    assert talks[0]["content"].endswith("from Lumbria"), talks[0]["content"]


def test_the_agency_is_the_wire_named_before(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, name = _doc(analyse_invented)
    worth = [a for a in doc["attributions"] if a["content"].startswith("The deal is worth")]
    assert worth and name[worth[0]["speaker"]] == ("Meridian Wire", "outlet"), worth


def test_the_wire_reported_first(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, _ = _doc(analyse_invented)
    deal = next(c for c in doc["claims"] if c["text"].startswith("Varnia has agreed to buy"))
    assert deal["first_reported_by"] == ["Meridian Wire"], deal
