"""A seventieth invented story, a whistleblower's testimony to a Senate committee: "A former
quality inspector at Harlan Dynamics told a Senate committee ... that the company falsified
test results", the company calling "the allegations" false, "Senator Ruth Calder, who chairs
the committee, said the testimony was \"deeply troubling.\"" (the stop inside the quotation
mark), and "the inspector general has opened an inquiry ..., two people familiar with the
matter said, a day after a former employee accused the company of faking safety tests"
with "The company denies wrongdoing." Written before the changes it led to: the inspector
was Harlan Dynamics itself, so the company accused itself and its denial of "the
allegations" went to another claim; the senator's line, with no stop after its closing
mark, was read as a headline with the senator as what was said; the former employee's
accusation, in a clause of time after the anonymous sources' verb, was theirs; "the
company" named no actor, so "denies wrongdoing" went to the inquiry. Left: "a
whistleblower" is typed other; "The company faking safety tests" stays apart from
"Harlan Dynamics falsified brake test results"."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Whistleblower says Harlan faked brake tests', 'Capitol Wire', '2040-02-11',
        "A former quality inspector at Harlan Dynamics told a Senate committee on Tuesday that the company falsified test results for the brakes it supplies to the Army.\n"
        '"I was instructed to sign off on parts that had failed," Dana Whitlock testified under oath.\n'
        'Harlan Dynamics said in a statement that the allegations were "categorically false" and that its products met every standard.\n'
        'Senator Ruth Calder, who chairs the committee, said the testimony was "deeply troubling."'),
    "02.txt": ('Harlan accused of faking tests for years', 'The Ledger', '2040-02-11',
        "Harlan Dynamics falsified brake test results for years, a whistleblower told lawmakers on Tuesday, in testimony that prompted calls for an investigation.\n"
        "In written testimony obtained by the Ledger before the hearing, Whitlock said managers had altered at least 200 test records since 2036.\n"
        "The Army said it was reviewing the claims."),
    "03.txt": ('Inspector general opens Harlan inquiry', 'Daily Courier', '2040-02-12',
        "The Pentagon's inspector general has opened an inquiry into Harlan Dynamics, two people familiar with the matter said, a day after a former employee accused the company of faking safety tests.\n"
        "The company denies wrongdoing."),
}


def _by_content(doc, words):  # type: ignore[no-untyped-def]
    return next(a for a in doc["attributions"] if words in a["content"])


def test_an_employee_at_a_company_is_no_voice_of_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speakers = {s["id"]: s for s in doc["speakers"]}
    falsified = _by_content(doc, "that the company falsified test results")
    inspector = speakers[falsified["speaker"]]
    assert inspector["type"] == "anonymous", inspector
    denial = _by_content(doc, "the allegations were")
    assert denial["stance"] == "denies" and denial["claim"] == falsified["claim"], denial
    assert denial["speaker"] != falsified["speaker"]


def test_a_stop_inside_a_closing_quotation_mark_is_no_headline(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speakers = {s["id"]: s for s in doc["speakers"]}
    troubling = _by_content(doc, "the testimony was")
    assert speakers[troubling["speaker"]]["name"] == "Ruth Calder", troubling


def test_a_clause_of_time_after_the_verb_is_the_writers(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speakers = {s["id"]: s for s in doc["speakers"]}
    faking = next(a for a in doc["attributions"] if a["content"].strip() == "faking safety tests")
    claim = next(c for c in doc["claims"] if c["id"] == faking["claim"])
    sources = {speakers[s]["label"] for s in claim["asserted_by"]}
    assert sources == {"a former employee"}, sources
    wrongdoing = _by_content(doc, "wrongdoing")
    assert wrongdoing["stance"] == "denies" and wrongdoing["claim"] == claim["id"], wrongdoing
