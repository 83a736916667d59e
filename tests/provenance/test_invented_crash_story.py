"""A twenty-eighth invented story, an air crash: "state broadcaster LTV reported, citing
maintenance records" (an outlet the registry does not know, named after its kind: it had
been a source of its own type "other", the records not its source), a report that the
crashed jet "was grounded" (it had joined the crash, so the airline's denial of the report
denied the crash) and "Investigators said it was too early to determine the cause" (a
claim of doubt graded F, no source). Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Passenger jet crashes near Halden, 41 dead", "Meridian Wire", "2036-05-14",
        "A passenger jet operated by Norrow Air crashed shortly after take-off from Halden on Wednesday, killing all 41 people on board, the emergency ministry said.\n"
        "The pilot reported a bird strike moments before losing contact with air traffic control, a source close to the investigation told Meridian Wire.\n"
        "Norrow Air said in a statement that the aircraft had passed a full safety inspection in April.\n"
        "Investigators said it was too early to determine the cause of the crash."),
    "02.txt": ("Crashed Norrow jet had engine trouble last month - report", "Halden Daily", "2036-05-15",
        "The Norrow Air jet that crashed on Wednesday was grounded for two days last month because of problems with its left engine, state broadcaster LTV reported, citing maintenance records.\n"
        "Norrow Air denied the report, saying the grounding had been a routine check.\n"
        "According to a source close to the investigation cited by Meridian Wire, the pilot reported a bird strike before the crash.\n"
        "The transport minister, Ana Petrov, said on Thursday that the flight recorders had been recovered."),
    "03.txt": ("Flight recorders found at jet crash site", "Lumbria Today", "2036-05-15",
        "Transport Minister Ana Petrov said the flight recorders had been found and sent for analysis abroad.\n"
        "She declined to comment on reports that the crew had reported a bird strike.\n"
        "A preliminary report is expected within 30 days, the ministry said."),
}


def _doc(analyse_invented):  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: (s["name"] or s["label"], s["type"]) for s in doc["speakers"]}
    return doc, name


def test_an_outlet_named_after_its_kind_relays_its_documents(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, name = _doc(analyse_invented)
    grounded = [a for a in doc["attributions"] if "was grounded" in a["content"]]
    assert grounded and grounded[0]["via"] == ["LTV"], grounded
    assert name[grounded[0]["speaker"]] == ("maintenance records", "other"), grounded


def test_the_airlines_denial_is_of_the_grounding_not_the_crash(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, name = _doc(analyse_invented)
    crash = next(c for c in doc["claims"] if "crashed shortly after take-off" in c["text"])
    assert not crash["denied_by"] and crash["independent_sources"] == 1, crash["reasons"]
    grounded = next(c for c in doc["claims"] if "was grounded" in c["text"])
    assert {name[s][0] for s in grounded["denied_by"]} == {"Norrow Air"}, grounded


def test_a_claim_of_doubt_rests_on_who_doubts(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, _ = _doc(analyse_invented)
    early = next(c for c in doc["claims"] if "too early" in c["text"])
    assert early["grade"].startswith("D"), early["reasons"]
