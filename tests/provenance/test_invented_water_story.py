"""An eighth invented story, local news: a paper's test results on lead in tap water, a
state agency's investigation told by the agency and its spokesman, and a wire whose
figure differs from the paper's. Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("East side water contaminated with lead", "Brennsby Gazette", "2033-04-02",
               "Samples from at least 40 homes exceeded the federal limit for lead, the "
               "results show."),
    "03.txt": ("State opens investigation into Brennsby water", "Brennsby Gazette",
               "2033-04-06",
               "The state Department of Environmental Quality said Tuesday it had opened an "
               "investigation into the city's water system.\nA DEQ spokesman, Tom Reyes, said "
               "the agency had opened an investigation into the city's water system after "
               "complaints from residents."),
}


def test_a_state_agency_and_its_spokesman_are_one_source(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    kind = {s["name"]: s["type"] for s in doc["speakers"] if s["name"]}
    # "The state Department of Environmental Quality" had been a document ("state
    # department" read as the US State Department's agency word, and no body).
    assert kind.get("Department of Environmental Quality") == "organization", kind
    found = [c for c in doc["claims"] if "investigation" in c["text"]]
    assert found, [c["text"] for c in doc["claims"]]
    reason = found[0]["reasons"][0]
    # The agency speaks through its spokesman: one source, not two independent ones.
    assert "one on-record primary source" in reason, reason


def test_test_results_are_a_stated_source(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    found = [c for c in doc["claims"] if "40 homes" in c["text"]]
    assert found and not found[0]["grade"].startswith("F"), [
        (c["text"], c["grade"]) for c in doc["claims"]]
