"""A ninetieth invented story, a cholera outbreak: a denial by pronoun of what the sentence
before told ("Reports that three patients died could not be confirmed. The hospital has
denied them."), an institution speaking ("The hospital"), a complementiser the parser read
as a subject ("telling the Courier that all 12 were in a stable condition"), and a body's
statement about the reports themselves ("was aware of the reports and was seeking more
information"). Written before the changes it led to: "them" went to the ministry's count of
cases (the nearest statement naming anything), "The hospital" was a thing (other), the
administrator's statement read "That all 12 were ...", and the WHO's awareness of the
reports was a claim of its own (A3). Left: the statement "All the patients were being
treated at the Harlow General Hospital" joins the deaths claim; "a broken water main caused
the outbreak" and "water from a broken main is suspected to be the source" are two claims."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Ministry confirms cholera cases in Harlow', 'Harlow Gazette', '2044-08-03',
        "The health ministry has confirmed 12 cases of cholera in the port city of Harlow, it said in a statement posted on its website on Tuesday.\n"
        "All the patients were being treated at the Harlow General Hospital, the statement said.\n"
        "Doctors at the hospital, who spoke on condition of anonymity because they were not authorised to speak to the media, said the real number of cases was much higher.\n"
        "The World Health Organization said it was aware of the reports and was seeking more information."),
    "02.txt": ('Three cholera patients have died, local media report', 'National Courier', '2044-08-04',
        "Three patients have died of cholera at Harlow General Hospital, local media reported on Wednesday, citing hospital staff.\n"
        "A hospital administrator denied that any patients had died, telling the Courier that all 12 were in a stable condition.\n"
        "The health ministry, which confirmed 12 cases on Tuesday, did not address the reports of deaths.\n"
        "Water from a broken main is suspected to be the source of the outbreak, according to two city officials."),
    "03.txt": ('Harlow outbreak: what we know', 'Evening Star', '2044-08-05',
        "At least 12 people have been infected with cholera in Harlow, according to the health ministry.\n"
        "Reports that three patients died could not be confirmed. The hospital has denied them.\n"
        "City officials believe a broken water main caused the outbreak, but the water utility said its tests had found no contamination.\n"
        "The mayor urged residents to boil their water."),
}


def test_a_denial_by_pronoun_is_of_what_was_just_told(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    types = {s["id"]: s["type"] for s in doc["speakers"]}
    died = next(c for c in doc["claims"] if "died" in c["text"])
    deniers = {names[s]: types[s] for s in died["denied_by"]}
    assert deniers.get("The hospital") == "organization", deniers
    cases = next(c for c in doc["claims"] if "12 cases" in c["text"] or "12 people" in c["text"])
    assert not cases["denied_by"], cases["reasons"]


def test_statements_about_the_reports_and_a_stray_that_make_no_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    texts = [c["text"] for c in doc["claims"]]
    assert not [t for t in texts if "aware of the reports" in t], texts
    assert "All 12 were in a stable condition" in texts
