"""A ninety-fourth invented story, a singer's death reported from social media posts, denied
by his family and by himself, and the paper's withdrawal of its report. Written before the
changes it led to: "The family of Tomas Vey" was Vey himself, asserting what his family said;
"I am very much alive" asserted his death, so that Vey was an on-record source of it beside
"an article" (the withdrawn one) as an anonymous one (C1, two independent sources); the
paper's withdrawal took nothing back. Left: the family's "the singer was alive and well" is
a claim of its own, not a denial of the death (nothing but the singer is shared); the
withdrawn article's content runs on into "and apologised to the singer" (the parser's
conjunct)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Singer Tomas Vey dies at 71, reports say', 'Evening Courier', '2045-08-20',
        "Singer Tomas Vey has died at the age of 71, according to several posts on social media that were shared thousands of times on Wednesday.\n"
        "A fan page with more than a million followers wrote that he had died in hospital in Lisbon.\n"
        "The Evening Courier has contacted his representatives for comment."),
    "02.txt": ('Tomas Vey is alive, his family says', 'Capital Daily', '2045-08-20',
        "The family of Tomas Vey said on Wednesday that the singer was alive and well, after false reports of his death spread online.\n"
        "\"Tomas is at home with us and is laughing about all this,\" his daughter Clara Vey wrote on Instagram.\n"
        "His agent, Bruno Lisk, said the singer had been treated in hospital for a minor infection last month but had fully recovered."),
    "03.txt": ('Evening Courier apologises for Vey report', 'Northern Post', '2045-08-21',
        "The Evening Courier has withdrawn an article that said Tomas Vey had died and apologised to the singer and his family.\n"
        "The paper said it had relied on social media posts that turned out to be false.\n"
        "Vey himself posted a video on Thursday in which he said: \"I am very much alive.\""),
}


def _names(doc: dict) -> dict[str, str]:  # type: ignore[type-arg]
    speakers = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    return {a["id"]: speakers.get(a["speaker"] or "", "") for a in doc["attributions"]}


def test_a_family_speaks_as_itself_not_as_the_one_it_is_family_of(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    family = next(a for a in doc["attributions"] if a["source_text"] == "The family of Tomas Vey")
    speaker = next(s for s in doc["speakers"] if s["id"] == family["speaker"])
    assert (speaker["type"], speaker["name"]) == ("anonymous", None), speaker


def test_the_opposite_said_and_a_report_withdrawn_deny_the_death(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = _names(doc)
    death = next(c for c in doc["claims"] if c["text"].startswith("Singer Tomas Vey has died"))
    stances = {(names[a], s) for a, s in death["stances"]}
    assert ("Tomas Vey", "denies") in stances and ("Tomas Vey", "asserts") not in stances, stances
    withdrawn = [a for a in doc["attributions"] if a["rule"] == "withdrawn"]
    assert [(a["source_text"], a["cue"], a["stance"]) for a in withdrawn] == [
        ("The Evening Courier", "withdrawn", "denies")]
    assert ("Evening Courier", "denies") in stances
    # No one on the record says he died: the best source is the posts, unnamed.
    assert death["grade"][0] == "D", death["reasons"]
