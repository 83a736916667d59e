"""A sixty-seventh invented story, inflation figures doubted: the statistics office's 12
percent, the finance minister's reading of it, independent economists' "more than 30
percent a year, far faster than official figures suggest" and an economist's "The official
numbers are simply not credible". Written before the change it led to: the economists'
estimate joined the official figure as a second, independent source (B1), though it is
set against that figure. Left: "The official numbers are simply not credible" is a claim
of its own, no denial; "rejected the criticism" is pointed at nothing."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Ostland inflation slows to 12 percent", "Kessel News Agency", "2039-09-02",
        "Ostland's annual inflation rate slowed to 12 percent in August from 14 percent in July, the state statistics office said on Monday.\n"
        "Finance Minister Karl Weber said the figures showed that the government's policies were working.\n"
        "The central bank is expected to cut interest rates next week, according to economists polled by the agency."),
    "02.txt": ("Economists say Ostland understates inflation", "Morning Ledger", "2039-09-03",
        "Independent economists estimate that prices in Ostland are rising by more than 30 percent a year, far faster than official figures suggest.\n"
        "\"The official numbers are simply not credible,\" said Mara Olsen, an economist at the Lumbria Institute, who has tracked prices in Ostgrad's markets for two years.\n"
        "The statistics office rejected the criticism and said its methods met international standards."),
}


def test_a_figure_set_against_the_official_one_contradicts_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    rate = next(c for c in doc["claims"] if "inflation rate slowed to 12 percent" in c["text"])
    stances = {a["content"]: s for a_id, s in rate["stances"]
               for a in doc["attributions"] if a["id"] == a_id}
    faster = next(s for text, s in stances.items() if "rising by more than 30" in text)
    assert faster == "denies", stances
    assert rate["grade"][1] != "1" and "denied" in rate["reasons"][0], rate["reasons"][0]
