"""A seventeenth invented story, a drug study: "according to a study published in the
journal Medica Review", "The study ... found a 30 percent higher risk" (what a document
found, an object), the maker's "its own clinical trials had shown no such risk", and
experts saying "the study could not prove that the drug caused the heart attacks" (doubt,
not assent). Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Study links Zerolin to heart attacks',
               'Health Desk', '2034-03-02',
               'Patients taking the diabetes drug Zerolin were 30 percent more likely to '
               'suffer a heart attack than those on older treatments, according to a study '
               'published on Wednesday in the journal Medica Review.\nThe researchers, led by '
               'Hana Osei of the University of Marlow, followed 40,000 patients for five '
               'years.\n"The signal is strong and consistent," Osei said in an interview.'),
    "02.txt": ('Drugmaker rejects study on Zerolin',
               'Business Wire Today', '2034-03-03',
               'Pellar Pharma, which makes Zerolin, said on Thursday the study was flawed and '
               'that its own clinical trials had shown no such risk.\nThe study, published in '
               'Medica Review, found a 30 percent higher risk of heart attacks among patients '
               'taking the drug.\nPellar shares fell 6 percent.'),
    "03.txt": ('Regulator reviewing Zerolin data',
               'Health Desk', '2034-03-04',
               'The national medicines regulator said on Friday it was reviewing the findings '
               'and would not advise patients to stop taking Zerolin for now.\nIndependent '
               'experts said the study could not prove that the drug caused the heart attacks, '
               'because patients were not randomly assigned to treatments.'),
}

def _stance_of(doc, speaker: str) -> set[str]:  # type: ignore[no-untyped-def]
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    return {a["stance"] for a in doc["attributions"] if name.get(a["speaker"] or "") == speaker}


def test_what_a_study_found_is_the_studys(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    found = [a for a in doc["attributions"] if a["cue"] == "found"]
    assert found and found[0]["content"].startswith("a 30 percent higher risk"), found


def test_could_not_prove_is_doubt(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    assert _stance_of(doc, "Independent experts") == {"questions"}


def test_no_such_risk_denies_the_risk(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    risk = [c for c in doc["claims"] if "higher risk" in c["text"]]
    assert risk and "denies" in {s for _, s in risk[0]["stances"]}, risk
