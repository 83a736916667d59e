"""A ninety-sixth invented story, a leaked draft seen by a wire ("according to a draft proposal
seen by Meridian Wire", "The draft, dated Sept. 28, says ..."), dismissed by the body that
wrote it as outdated ("a leaked draft of its plan to ban Varnian gas imports was 'an outdated
working document' and that no date had been set"). Written before the changes it led to: the
dismissal held the plan's words, so the Commission was an on-record source of the plan it
called outdated (A1, two independent sources); "The draft" was no source at all (F6). Left:
"no date had been set" is a claim of its own, not a denial of the date; the EU diplomats'
"the 2047 date ... was still the Commission's preferred option" is not joined to the plan."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('EU plans to ban Varnian gas imports from 2047, draft shows', 'Meridian Wire', '2045-10-02',
        "BRUSSELS, Oct 2 (Meridian Wire) - The European Commission plans to ban imports of Varnian gas from January 2047, according to a draft proposal seen by Meridian Wire.\n"
        "The draft, dated Sept. 28, says member states would be allowed to apply for exemptions until the end of 2048.\n"
        "A Commission spokesman declined to comment on leaked documents."),
    "02.txt": ('Commission says leaked gas plan is outdated', 'Capital Daily', '2045-10-03',
        "The European Commission said on Thursday that a leaked draft of its plan to ban Varnian gas imports was \"an outdated working document\" and that no date had been set.\n"
        "Energy Commissioner Lotte Brun told reporters the final proposal would be published next month.\n"
        "Varnia's energy minister, Oleg Tamm, said a ban would hurt European consumers more than Varnia."),
    "03.txt": ('Gas ban date still under discussion', 'Northern Post', '2045-10-05',
        "Two EU diplomats said the 2047 date in the draft first reported by Meridian Wire was still the Commission's preferred option.\n"
        "Lotte Brun has insisted that no decision has been taken.\n"
        "Gas prices rose 4 percent on Thursday."),
}


def test_a_document_called_outdated_is_a_denial_by_its_author(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    speaker = {a["id"]: names.get(a["speaker"] or "", "") for a in doc["attributions"]}
    plan = next(c for c in doc["claims"] if c["text"].startswith("The European Commission plans"))
    stances = {(speaker[a], s) for a, s in plan["stances"]}
    assert ("European Commission", "denies") in stances, stances
    assert ("European Commission", "asserts") not in stances, stances
    assert plan["grade"][0] == "D", plan["reasons"]


def test_a_draft_seen_by_an_outlet_is_a_document_in_the_record(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    exemptions = next(c for c in doc["claims"] if "exemptions" in c["text"])
    assert exemptions["grade"][0] == "B", exemptions["reasons"]
