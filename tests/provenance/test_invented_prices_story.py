"""A forty-fifth invented story, inflation figures: official figures in two wordings, a
rate rise three people expect and Bloomberg reports, the minister's office's statement, and
"A poll by Norstat published on Wednesday found that P". Written before the change it led
to: the poll's pollster was "A" (the determiner read as a name before the poll's noun), and
a named pollster's poll was graded as an anonymous source ("a Norstat poll" too: its label
is indefinite). Left: "declined to comment on reports that policymakers would raise rates"
stays a claim of its own beside the rate rise it reports ("policymakers" for the bank)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Lumbrian inflation hits 20-year high", "Capital Post", "2037-12-01",
        "Inflation in Lumbria rose to 9.4 percent in November, the highest in 20 years, according to figures released by the national statistics office on Tuesday.\n"
        "The central bank is expected to raise interest rates next week, three people familiar with its deliberations said.\n"
        "Finance Minister Karin Vold's office said in a statement that the rise was driven by energy prices and would be temporary."),
    "02.txt": ("Prices climb 9.4 pct", "Halden Daily", "2037-12-01",
        "Consumer prices in Lumbria climbed 9.4 percent from a year earlier, official data showed on Tuesday.\n"
        "A central bank spokesman declined to comment on reports that policymakers would raise rates next week.\n"
        "\"Inflation will fall sharply in the spring,\" Vold told parliament."),
    "03.txt": ("Central bank to raise rates - Bloomberg", "Lumbria Times", "2037-12-02",
        "The central bank will raise its main interest rate by half a point on Thursday, Bloomberg reported, citing people familiar with the matter.\n"
        "A poll by Norstat published on Wednesday found that 61 percent of Lumbrians blame the government for rising prices."),
}


def test_a_poll_by_a_named_pollster_is_the_pollster_on_record(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] for s in doc["speakers"]}
    poll = next(a for a in doc["attributions"] if "61 percent" in a["content"])
    assert name[poll["speaker"]] == "Norstat"
    claim = next(c for c in doc["claims"] if c["id"] == poll["claim"])
    assert claim["grade"][0] == "B", claim["reasons"]


def test_the_figures_are_one_source_in_two_wordings(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    figures = next(c for c in doc["claims"] if "9.4 percent" in c["text"])
    assert len(figures["articles"]) == 2 and figures["independent_sources"] == 1, figures["reasons"]
