"""A twenty-fifth invented story, a leader said to be quitting: a scoop on three senior
party members, "Brandt has told close allies that P, one of them said" (P rests on an
ally, not on Brandt on the record), a spokesman "for the prime minister" (the prime
minister's own denial) and "dismissed a newspaper report that P, telling reporters: Q"
(the quote had taken the dismissal's place). Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Prime minister to step down within weeks, allies say", "The Sentinel", "2036-03-10",
        "Prime Minister Oskar Brandt plans to resign before the party conference in April, three senior members of his party told The Sentinel.\n"
        "Brandt has told close allies that he is exhausted after the budget defeat, one of them said.\n"
        "A spokesman for the prime minister said the report was \"pure speculation\" and that Brandt had no plans to step down."),
    "02.txt": ("Brandt denies he will quit", "Northern Times", "2036-03-10",
        "Oskar Brandt on Tuesday dismissed a newspaper report that he intends to resign, telling reporters: \"I am not going anywhere.\"\n"
        "The Sentinel reported earlier on Tuesday, citing three senior party members, that Brandt would step down before April.\n"
        "Finance Minister Lea Kovac, seen as a likely successor, said she had not discussed the leadership with Brandt."),
    "03.txt": ("Party figures say Brandt's days are numbered", "Capital Post", "2036-03-11",
        "The prime minister is expected to announce his resignation next month, two cabinet ministers said on Wednesday, speaking on condition of anonymity.\n"
        "The Sentinel first reported Brandt's plans on Tuesday.\n"
        "Brandt has denied the reports."),
}


def _doc(analyse_invented):  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    return doc, name


def _resigns(doc):  # type: ignore[no-untyped-def]
    return next(c for c in doc["claims"] if "plans to resign" in c["text"])


def test_the_dismissal_and_the_spokesman_deny_the_scoop(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, name = _doc(analyse_invented)
    claim = _resigns(doc)
    att = {a["id"]: a for a in doc["attributions"]}
    denials = [att[m] for m, st in claim["stances"] if st == "denies"]
    said = {a["content"][:30] for a in denials}
    assert any(s.startswith("a newspaper report") for s in said), said
    assert any("pure speculation" in s or s.startswith("the report") for s in said), said
    assert {name[a["speaker"]] for a in denials} == {"Oskar Brandt"}, denials
    # The denier never supports what he denies.
    assert not [m for m, st in claim["stances"]
                if st != "denies" and name.get(att[m]["speaker"] or "") == "Oskar Brandt"]


def test_what_brandt_told_allies_rests_on_the_ally(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, name = _doc(analyse_invented)
    tired = next(c for c in doc["claims"] if "exhausted" in c["text"])
    # It had been Brandt's own statement on the record (A3).
    assert tired["grade"].startswith("D"), tired["reasons"]
    att = {a["id"]: a for a in doc["attributions"]}
    # "one of them": one of the allies told, no source of its own and never Brandt.
    assert {name[att[m]["speaker"]] for m, _ in tired["stances"]} == {"close allies"}, tired
