"""A forty-fourth invented story, leaked documents: a paper's "Internal documents obtained
by the Harbor Ledger show that Nordtel knew ...", a second paper relaying it, the company's
answer, and a former engineer speaking anonymously to a third. Written before the changes
it led to: "show" was tagged a noun, so the documents said nothing and Nordtel itself
("Nordtel knew that P") was the source; "A former Nordtel engineer" was a person named
Nordtel; "told the Capital Post he had warned managers" made "he" say "A former Nordtel
engineer told the Capital Post" (a complement read as an aside); and Nordtel's "it had fixed
every known flaw" confirmed the claim it knew of the flaw before fixing it (the words agree,
the acts do not), graded A1 on "Nordtel and internal company documents". Left: "denied
hiding any flaw" is a claim of its own, its wrapper for words."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Nordtel knew of router flaw for two years, documents show", "Harbor Ledger", "2037-11-05",
        "Internal documents obtained by the Harbor Ledger show that Nordtel knew for two years that its routers had a security flaw that let hackers read users' messages.\n"
        "The documents, which include emails between senior engineers, were provided by a former employee.\n"
        "Nordtel called the documents \"stolen and taken out of context\" and said it had fixed every known flaw."),
    "02.txt": ("Report: Nordtel hid router flaw", "Halden Daily", "2037-11-06",
        "Nordtel knew about a flaw in its routers for two years before fixing it, the Harbor Ledger reported on Thursday, citing internal company documents.\n"
        "A Nordtel spokeswoman said the company \"takes security extremely seriously\" and denied hiding any flaw.\n"
        "Lumbria's data protection regulator said it would examine the report."),
    "03.txt": ("Engineer says he warned Nordtel", "Capital Post", "2037-11-06",
        "A former Nordtel engineer told the Capital Post he had warned managers about the flaw in 2035.\n"
        "\"They told me to keep quiet,\" he said, speaking on condition of anonymity for fear of legal action."),
}


def _names(doc: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}


def test_the_documents_show_what_the_claim_says(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    shown = [a for a in doc["attributions"] if a["cue"] == "show"]
    assert len(shown) == 1 and shown[0]["source_text"].startswith("Internal documents"), shown


def test_the_claim_rests_on_the_documents_not_on_the_company(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = _names(doc)
    knew = next(c for c in doc["claims"] if "knew" in c["text"])
    assert knew["grade"][0] == "B" and "Nordtel and" not in knew["reasons"][0], knew["reasons"]
    att = {a["id"]: a for a in doc["attributions"]}
    fixed = next(a for a in doc["attributions"] if "fixed every known flaw" in a["content"])
    counted = {m for m, _ in knew["stances"]} - set(knew["related"])
    assert fixed["id"] not in counted, [(name.get(att[m]["speaker"] or ""), att[m]["content"]) for m in counted]


def test_a_former_company_engineer_is_unnamed_and_says_only_his_words(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    kinds = {s["label"]: s["type"] for s in doc["speakers"]}
    assert kinds["A former Nordtel engineer"] == "anonymous", kinds
    assert not [a for a in doc["attributions"] if a["content"].startswith("A former Nordtel engineer")]
