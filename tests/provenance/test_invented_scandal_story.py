"""A forty-seventh invented story, a president refusing to resign: his televised denial, the
opposition leader's "lost all credibility", his spokesman's "the president would cooperate
with prosecutors", and the prosecutors' charge in a second paper. Written before the change
it led to: the spokesman's statement confirmed the opposition leader's, graded A1 on "two
independent primary sources" (short statements about one person: the embedding's cosine
is mostly the name, and the name's words counted again as rare words shared). In the check
that a mention says what its claim's wording says, names no longer count among the shared
words; the actors' agreement is weighed on its own. Left: the two statements still sit in
one claim (clustering still counts names), the second as related."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Adler refuses to quit over bribery scandal", "Halden Daily", "2037-02-06",
        "President Tomas Adler on Friday rejected calls for his resignation over the bribery scandal.\n"
        "\"I have done nothing wrong and I will not step down,\" Adler said in a televised address. \"The accusations are a political attack.\"\n"
        "Opposition leader Mira Kell said the president had \"lost all credibility\".\n"
        "\"He must go, and he must go now,\" she told reporters outside parliament.\n"
        "Adler's spokesman, Jon Berg, later said the president would cooperate with prosecutors."),
    "02.txt": ("Lumbrian president refuses to resign", "Capital Post", "2037-02-06",
        "Lumbria's president has refused to resign, calling the bribery allegations against him \"a political attack\".\n"
        "Prosecutors said last week that Adler had received 500,000 euros from a construction firm in 2035. Adler denies the allegations.\n"
        "Kell, whose party leads in the polls, has called for early elections."),
}


def test_statements_about_one_person_do_not_confirm_each_other(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    berg = next(a for a in doc["attributions"] if "cooperate with prosecutors" in a["content"])
    kell = next(a for a in doc["attributions"] if "lost all credibility" in a["content"])
    for claim in doc["claims"]:
        counted = {m for m, _ in claim["stances"]} - set(claim["related"])
        assert not {berg["id"], kell["id"]} <= counted, (claim["text"], claim["reasons"])
    assert all(c["grade"][0] != "A" or c["independent_sources"] < 2 for c in doc["claims"]), [
        (c["text"], c["grade"], [name.get(s) for s in c["asserted_by"]]) for c in doc["claims"]]


def test_the_bribe_is_the_prosecutors_claim_denied_by_the_president(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    bribe = next(c for c in doc["claims"] if "500,000 euros" in c["text"])
    assert {name[s] for s in bribe["denied_by"]} == {"Tomas Adler"}, bribe["reasons"]
