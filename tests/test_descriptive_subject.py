"""A claim whose source is named only by office ("the finance minister") across three
invented articles: one claim, carried by all three, from one on-record source."""

from __future__ import annotations

ARTICLES = {
    "a1.txt": ("Deficit to top forecast, minister says", "Harbor Ledger", "2031-03-02",
               "The finance minister said on Monday that the budget deficit will exceed five "
               "percent of output this year, well above the government's own forecast.\n"
               "The minister blamed lower tax receipts and higher energy subsidies."),
    "a2.txt": ("Budget gap to widen", "Valley Courier", "2031-03-02",
               "This year's budget deficit will be larger than five percent of economic "
               "output, the finance minister told lawmakers on Monday.\n"
               "Opposition parties called for an emergency debate."),
    "a3.txt": ("Opposition demands debate on deficit", "Morning Star", "2031-03-03",
               "According to the finance minister, the deficit will exceed five percent of "
               "output in 2031.\nOpposition leaders said the government had hidden the scale "
               "of the problem for months."),
}


def test_a_claim_sourced_to_an_office_is_found_and_graded(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    deficit = [c for c in doc["claims"] if "deficit" in c["text"].lower()]
    assert len(deficit) == 1, [c["text"] for c in doc["claims"]]
    claim = deficit[0]
    assert len(claim["articles"]) == 3
    speakers = {s["id"]: s for s in doc["speakers"]}
    roles = {speakers[s]["role"] for s in claim["asserted_by"]}
    assert roles == {"finance minister"}
    # One on-record source (not "no source stated", not anonymous).
    assert claim["grade"][0] in "AB" and claim["independent_sources"] == 1
    assert "on-record" in claim["reasons"][0]
