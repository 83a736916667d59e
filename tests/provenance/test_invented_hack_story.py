"""A twenty-sixth invented story, a cyberattack laid at a state's door: "researchers at
the cybersecurity firm Brightline" (the firm speaking, as "Brightline said" is, not an
unnamed group), "rejected accusations that P, calling them baseless" (the participle had
been hung on P, a denial with no speaker) and a one-word company typed a person in one
article and a body in another. Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Hackers linked to Varnia breached power grid operator, researchers say", "TechWire", "2036-04-02",
        "A hacking group linked to Varnia's military intelligence broke into the networks of Lumbria's largest power grid operator last month, researchers at the cybersecurity firm Brightline said on Tuesday.\n"
        "The group, known as Ash Heron, stole engineering documents and maps of substations, Brightline said in a blog post.\n"
        "\"This is the most serious intrusion into Lumbrian infrastructure we have seen,\" said Brightline analyst Tom Reyes.\n"
        "Varnia's embassy in Halden did not respond to a request for comment."),
    "02.txt": ("Varnia rejects hacking accusations", "Halden Daily", "2036-04-03",
        "Varnia on Wednesday rejected accusations that its hackers had broken into Lumbria's power grid, calling them \"baseless\".\n"
        "\"Varnia does not conduct cyberattacks against other countries,\" foreign ministry spokeswoman Ilsa Moor told a news briefing.\n"
        "The cybersecurity firm Brightline said on Tuesday that a group tied to Varnian military intelligence had stolen substation maps from grid operator Lumenet.\n"
        "Lumenet confirmed that it had detected an intrusion in March but said power supplies were never at risk."),
    "03.txt": ("Grid operator confirms breach", "Lumbria Today", "2036-04-03",
        "Lumenet, the national grid operator, said it had detected unauthorised access to its office network in March.\n"
        "The company said it had found no evidence that its control systems were affected.\n"
        "The energy ministry said it could not confirm who was behind the attack."),
}


def _doc(analyse_invented):  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    spk = {s["id"]: s for s in doc["speakers"]}
    return doc, spk


def test_a_firms_researchers_are_the_firm(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, spk = _doc(analyse_invented)
    firm = {a["speaker"] for a in doc["attributions"] if "Brightline" in (a["source_text"] or "")
            and "Reyes" not in (a["source_text"] or "")}
    # "researchers at the cybersecurity firm Brightline" had been an unnamed group (D4).
    assert len(firm) == 1 and spk[firm.pop()]["type"] == "organization"
    hacked = next(c for c in doc["claims"] if "broke into the networks" in c["text"])
    assert hacked["grade"][0] in "AB", hacked["reasons"]


def test_every_denial_has_its_denier(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, spk = _doc(analyse_invented)
    denials = [a for a in doc["attributions"] if a["stance"] == "denies"]
    assert denials and all(a["speaker"] for a in denials), denials
    assert {spk[a["speaker"]]["name"] for a in denials} == {"Varnia"}, denials


def test_a_company_is_one_body_across_articles(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, spk = _doc(analyse_invented)
    lumenet = {spk[a["speaker"]]["type"] for a in doc["attributions"]
               if (a["source_text"] or "").startswith("Lumenet")}
    assert lumenet == {"organization"}, lumenet
