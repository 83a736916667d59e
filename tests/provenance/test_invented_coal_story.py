"""A sixty-third invented story, a UN panel's confidential report on sanctions-busting coal
exports: "according to a confidential report by a UN panel of experts seen by the Kessel
News Agency", "The report, which was submitted to the Security Council last week, said
...", the agency's report relayed ("the Kessel News Agency reported on Tuesday, citing a
confidential report"), and a neighbour's denial "denied that its ports had been used to
ship Norlandic coal, calling the allegation baseless". Written before the changes it led
to: "A UN panel of experts" was anonymous experts (graded D), the report by it a document
of no one's, "The report" anonymous; the parser hung "calling" inside what was denied, so
the ports "called" the allegation baseless and the denial read as asserting the ports
were used. Left: "Varnia said it had never allowed sanctioned cargo through its ports" (a
negated paraphrase) is a claim of its own; "Ship-tracking data analysed by the Morning
Ledger show ..." names no source (F); "a UN report accused it of turning a blind eye"
gives no claim."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Norland earned $300 million from banned coal exports - UN report", "Kessel News Agency", "2039-04-02",
        "Norland earned about $300 million last year from coal exports that violate UN sanctions, according to a confidential report by a UN panel of experts seen by the Kessel News Agency.\n"
        "The report, which was submitted to the Security Council last week, said the coal was shipped through Varnian ports on ships that switched off their tracking transponders.\n"
        "Norland's mission to the UN did not respond to a request for comment."),
    "02.txt": ("UN experts say Norland kept exporting coal", "Capital Post", "2039-04-03",
        "A UN panel of experts has found that Norland continued to export coal in breach of sanctions, earning hundreds of millions of dollars, the Kessel News Agency reported on Tuesday, citing a confidential report.\n"
        "Varnia's foreign ministry denied that its ports had been used to ship Norlandic coal, calling the allegation baseless."),
    "03.txt": ("Varnia denies helping Norland dodge sanctions", "Morning Ledger", "2039-04-03",
        "Varnia said on Wednesday it had never allowed sanctioned cargo through its ports, after a UN report accused it of turning a blind eye to coal shipments from Norland.\n"
        "Ship-tracking data analysed by the Morning Ledger show at least four vessels that called at Norlandic ports in March later docked in Varnia."),
}


def _by_content(doc, words):  # type: ignore[no-untyped-def]
    return next(a for a in doc["attributions"] if words in a["content"])


def test_a_panel_of_experts_is_a_body_and_its_report_speaks_for_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speakers = {s["id"]: s for s in doc["speakers"]}
    earned = _by_content(doc, "earned about $300 million")
    shipped = _by_content(doc, "the coal was shipped through Varnian ports")
    panel = speakers[earned["speaker"]]
    assert (panel["type"], panel["name"]) == ("organization", "UN panel of experts"), panel
    assert shipped["speaker"] == earned["speaker"], speakers[shipped["speaker"]]
    exports = next(c for c in doc["claims"] if c["id"] == earned["claim"])
    assert exports["grade"][0] == "B", exports["reasons"]


def test_a_participle_after_what_is_denied_is_the_deniers(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    denied = _by_content(doc, "its ports had been used to ship Norlandic coal")
    calling = next(a for a in doc["attributions"] if a["cue"] == "calling")
    assert denied["stance"] == "denies", denied
    assert calling["speaker"] == denied["speaker"] and calling["stance"] == "denies", calling
    shipped = _by_content(doc, "the coal was shipped through Varnian ports")
    earned = _by_content(doc, "earned about $300 million")
    assert denied["claim"] == shipped["claim"] != earned["claim"], denied
