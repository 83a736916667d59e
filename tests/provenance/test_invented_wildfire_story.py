"""A hundred-and-second invented story, a wildfire's cause: a power line suspected by
investigators "according to two people briefed on the investigation", the utility's filing
that its equipment "may have been associated with" the ignition, a fire agency that "has not
ruled out arson", a residents' lawsuit, and the utility's denial of "reports that it had
ignored warnings". Written before the changes it led to: a relay that names the cited
paper's source in the paper's words ("The Valley News reported, citing people briefed on the
investigation, that ...") stood alone, its paraphrase under the cited join's bar; "a
spokeswoman" after the agency's own statement was an anonymous source (D3), and so was "A
lawsuit filed by residents"; and once "it" in the denied reports read as the utility, the
reports joined the utility's own statements, so the utility was shown both saying and
denying it had ignored warnings (E4). Left: the utility's "it was cooperating fully with
investigators" joins its filing (one subject)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Power line suspected in Carrow fire', 'Valley News', '2047-08-20',
        "Investigators suspect that a power line owned by Westgrid Energy sparked the wildfire that destroyed more than 300 homes near Carrow last week, according to two people briefed on the investigation.\n"
        "Westgrid said in a filing with state regulators on Friday that its equipment \"may have been associated with\" the fire's ignition.\n"
        "The company said it was cooperating fully with investigators."),
    "02.txt": ('Arson not ruled out in Carrow fire, agency says', 'State Wire', '2047-08-21',
        "The state fire agency has not ruled out arson as a cause of the Carrow fire, a spokeswoman said on Saturday, adding that the investigation could take months.\n"
        "A lawsuit filed by residents on Friday alleges that Westgrid failed to cut power despite high winds.\n"
        "Westgrid declined to comment on the lawsuit."),
    "03.txt": ('Westgrid denies ignoring warnings about line', 'Coast Chronicle', '2047-08-22',
        "Westgrid Energy denied reports that it had ignored warnings about the line, saying inspections in May had found no defects.\n"
        "The Valley News reported last week, citing people briefed on the investigation, that a power line owned by Westgrid was the likely cause of the fire."),
}


def _analysed(analyse_invented):  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    outlet = {a["id"]: a["outlet"] for a in doc["articles"]}
    atts = {a["id"]: a for a in doc["attributions"]}
    return doc, outlet, atts


def test_a_relay_naming_the_papers_source_joins_the_papers_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, outlet, atts = _analysed(analyse_invented)
    line = next(c for c in doc["claims"] if "sparked the wildfire" in c["text"])
    assert {outlet[atts[m]["article"]] for m, _ in line["stances"]} == {"Valley News", "Coast Chronicle"}
    assert line["first_reported_by"] == ["Valley News"] and line["grade"] == "D3", line["reasons"]


def test_an_unnamed_spokeswoman_and_a_lawsuit_are_on_the_record(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, _, _ = _analysed(analyse_invented)
    grade = {c["text"]: c["grade"] for c in doc["claims"]}
    assert grade["The state fire agency has not ruled out arson as a cause of the Carrow fire"][0] == "B"
    assert grade["Westgrid failed to cut power despite high winds"][0] == "B"


def test_no_source_is_shown_both_saying_and_denying_a_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, _, atts = _analysed(analyse_invented)
    warnings = next(c for c in doc["claims"] if "ignored warnings" in c["text"])
    assert warnings["text"] == "Westgrid Energy had ignored warnings about the line"
    assert warnings["grade"] == "F4", warnings["reasons"]
    for claim in doc["claims"]:
        saying = {atts[m]["speaker"] for m, s in claim["stances"] if s in ("asserts", "reports")}
        assert not saying & set(claim["denied_by"]), claim["text"]
