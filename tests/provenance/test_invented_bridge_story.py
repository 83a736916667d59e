"""A ninety-first invented story, a mayor on a closed bridge, told first as a printed
interview ("Q: Was the bridge safe to use before it closed? / A: Absolutely. ..."), then by
a paper holding documents that contradict her and relaying her answer ("Mayor Ida Brenner
told the City Journal on Monday that ..."), with "a city spokesman" after it. Written before
the changes it led to: the answers were no one's (the interview made no attribution at
all), and the city's spokesman was the City Journal. Left: the engineers' warning in the
documents denies nothing the mayor says (two claims in other words)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Q&A: The mayor on the bridge closure', 'City Journal', '2044-12-01',
        "The Kessel bridge has been closed since Tuesday after engineers found cracks in two of its supports. We spoke to Mayor Ida Brenner.\n"
        "Q: Was the bridge safe to use before it closed?\n"
        "A: Absolutely. Our inspectors checked it in September and found nothing wrong.\n"
        "Q: Some engineers say the cracks were reported to the city in 2042. Is that true?\n"
        "A: No. We received no report of cracks before last week."),
    "02.txt": ('Engineers warned city about bridge cracks in 2042, documents show', 'Evening Post', '2044-12-02',
        "Engineers warned the city about cracks in the Kessel bridge in 2042, according to documents obtained by the Evening Post.\n"
        'A report by the firm Arvid Structures, dated May 2042, described "significant cracking" in two supports.\n'
        "Mayor Ida Brenner told the City Journal on Monday that the city had received no report of cracks before last week.\n"
        "A city spokesman said on Tuesday the mayor had not been aware of the 2042 report."),
}


def test_an_interviews_answers_are_the_interviewees(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    answers = [a for a in doc["attributions"] if a["source_text"] == "A"]
    assert [names[a["speaker"]] for a in answers] == ["Ida Brenner", "Ida Brenner"]
    assert {a["kind"] for a in answers} == {"direct"}
    none = next(c for c in doc["claims"] if "no report of cracks" in c["text"])
    carried = {a["article"] for a in doc["attributions"] if a["id"] in dict(none["stances"])}
    assert len(carried) == 2, none["stances"]


def test_a_city_spokesman_is_no_paper_named_city(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    types = {s["id"]: s["type"] for s in doc["speakers"]}
    spokesman = next(a for a in doc["attributions"] if a["source_text"] == "A city spokesman")
    assert types[spokesman["speaker"]] == "organization"
