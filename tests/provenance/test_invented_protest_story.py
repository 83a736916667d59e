"""A ninety-second invented story, a protest's size disputed and tear gas denied: a verdict
appended to a figure whose verb the model reads as a noun ("Organisers say 60,000 people
joined the march, a figure police dispute"), a minister's claim with the reporter's note that
he gave no evidence joined to it ("has repeated his claim that foreign-funded agitators
hijacked the march but has not provided evidence"), and a chain of relays ("Reuters, citing
a report by the independent news site Ostra Today, which quoted two police officers").
Written before the changes it led to: no one disputed the organisers' figure (its claim read
"60,000 people joined the march, figure a police dispute"), and the minister's claim held
"but has not provided evidence". Left: the police's own estimate ("Police put the crowd at
8,000") makes no claim; the ministry's denial that tear gas was used joins "commanders had
ordered the use of tear gas", not "police fired tear gas at protesters"."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Tens of thousands protest in Ostra', 'Meridian Wire', '2044-11-02',
        "OSTRA, Nov 2 (Meridian Wire) - Tens of thousands of people marched through Ostra on Saturday to protest against a new media law, witnesses said.\n"
        "Police put the crowd at 8,000. Organisers said more than 60,000 people took part.\n"
        'Interior Minister Lev Orn said the march had been "hijacked by foreign-funded agitators", without giving evidence.'),
    "02.txt": ('Ostra protest: police used tear gas, rights group says', 'Capital Daily', '2044-11-03',
        "Police fired tear gas at protesters in Ostra on Saturday, according to Human Rights Watch, which cited videos and interviews with 11 witnesses.\n"
        "The interior ministry denied that tear gas had been used, saying officers had acted with restraint.\n"
        "Organisers say 60,000 people joined the march, a figure police dispute."),
    "03.txt": ('Minister under fire over protest claims', 'Northern Post', '2044-11-04',
        "Reuters, citing a report by the independent news site Ostra Today, which quoted two police officers, said on Monday that commanders had ordered the use of tear gas.\n"
        "Interior Minister Lev Orn has repeated his claim that foreign-funded agitators hijacked the march but has not provided evidence.\n"
        "Human Rights Watch called on the government to investigate the use of force."),
}


def test_a_figure_disputed_in_a_verdict_is_denied(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    # Either organisers' wording represents it (a denial repeating one no longer decides).
    crowd = next(c for c in doc["claims"] if "60,000 people" in c["text"])
    assert crowd["text"] in ("60,000 people joined the march", "More than 60,000 people took part")
    assert [names[s] for s in crowd["denied_by"]] == ["Police"], crowd["reasons"]


def test_the_lack_of_evidence_is_the_reporters_not_the_claims(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    texts = [c["text"] for c in doc["claims"]]
    assert "Foreign-funded agitators hijacked the march" in texts
    assert not [t for t in texts if "evidence" in t], texts
