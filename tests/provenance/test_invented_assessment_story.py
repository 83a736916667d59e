"""A fifty-fourth invented story, an intelligence assessment of cable sabotage: a paper's
scoop from officials familiar with the assessment, a second paper relaying it
("Intelligence agencies believe Ostland's navy was responsible ..., the Capital Post
reported on Monday"), a declassified summary, doubting analysts and the accused navy's
denial. Written before the changes it led to: the second paper's relay was parsed as a
second complement of "believe", so the relay was lost and its words ran into what the
agencies believe; and "Intelligence agencies", capitalised only as the sentence's first
word, were a person named Intelligence. Left: the agencies the relay names and the
officials of the scoop count as two independent sources; "questioned the assessment"
finds no statement that tells of an assessment and joins no claim."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Intelligence links Ostland to cable sabotage", "Capital Post", "2038-06-01",
        "Western intelligence agencies have concluded that an Ostland naval unit cut two undersea data cables in the Brisk Sea last month, according to four officials familiar with the assessment.\n"
        "The officials, who spoke on condition of anonymity to discuss classified information, said the agencies had intercepted communications between the unit and its commanders.\n"
        "Ostland's defence ministry called the allegation \"absurd\"."),
    "02.txt": ("Ostland behind cable cuts, officials say", "Halden Daily", "2038-06-01",
        "Intelligence agencies believe Ostland's navy was responsible for damaging two undersea cables last month, the Capital Post reported on Monday.\n"
        "A declassified summary released by Varnia's government on Tuesday said with \"moderate confidence\" that the damage was deliberate.\n"
        "Some independent analysts have questioned the assessment, noting that ships' anchors have damaged cables in the region before."),
    "03.txt": ("Ostland denies sabotage claims", "Lumbria Times", "2038-06-02",
        "Ostland denied on Tuesday that its navy had sabotaged undersea cables, and demanded that Varnia share its evidence.\n"
        "\"Our ships were nowhere near the cables,\" navy spokesman Ivan Roos told reporters.\n"
        "Varnia's government said in a declassified summary that the damage to the cables was deliberate, but stopped short of naming Ostland."),
}


def _names(doc: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}


def test_a_relay_closing_a_belief_is_the_papers_and_the_belief_comes_through_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = _names(doc)
    second = [a for a in doc["attributions"] if a["article"] == next(
        x["id"] for x in doc["articles"] if x["outlet"] == "Halden Daily")]
    relay = next(a for a in second if name.get(a["speaker"] or "") == "Capital Post")
    assert relay["content"].startswith("Intelligence agencies believe"), relay["content"]
    belief = next(a for a in second if a["source_text"] == "Intelligence agencies")
    assert "reported" not in belief["content"] and belief["via"] == ["Capital Post"], belief
    kind = {s["id"]: s["type"] for s in doc["speakers"]}
    assert kind[belief["speaker"]] == "organization", name[belief["speaker"]]
