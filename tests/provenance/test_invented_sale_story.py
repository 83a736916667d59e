"""A twenty-fourth invented story, a company weighing a sale, in the shape of business
wire copy: a scoop on "people familiar with the matter", a rival wire's "the report said,
citing people familiar with the matter" (the report is the scoop's: via it, not a first
report of its own) and a third outlet's "the news agency said" (the scoop's outlet, not an
anonymous source). Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Kestrel Foods explores sale of frozen unit", "Bloomberg", "2036-02-05",
        "Kestrel Foods Inc. is exploring a sale of its frozen-meals division, which could fetch about $3 billion, according to people familiar with the matter.\n"
        "The company is working with advisers at Halsey & Co. and has held early talks with private equity firms, said the people, who asked not to be identified because the deliberations are private.\n"
        "No final decision has been made and Kestrel could decide to keep the unit, the people said.\n"
        "A representative for Kestrel declined to comment."),
    "02.txt": ("Kestrel shares jump on report of unit sale", "Reuters", "2036-02-05",
        "Shares of Kestrel Foods rose 7% on Thursday after Bloomberg News reported that the company was exploring a sale of its frozen-meals business.\n"
        "The unit could be valued at about $3 billion, the report said, citing people familiar with the matter.\n"
        "Kestrel said in a statement that it does not comment on market rumours or speculation.\n"
        "Reuters could not immediately verify the report."),
    "03.txt": ("Kestrel weighs sale of frozen business - report", "Market Pulse", "2036-02-06",
        "Kestrel Foods is weighing the sale of its frozen-meals unit, Bloomberg reported on Thursday.\n"
        "Private equity firms Arden Capital and Norrow Partners are among the potential bidders, the news agency said.\n"
        "Kestrel chief executive Dana Whitlow told analysts last month that the frozen business remained core to the company's strategy."),
}


def _doc(analyse_invented):  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: (s["name"] or s["label"], s["type"]) for s in doc["speakers"]}
    return doc, name


def test_the_news_agency_is_the_outlet_named_before(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, name = _doc(analyse_invented)
    bidders = [a for a in doc["attributions"] if "potential bidders" in a["content"]]
    # "the news agency" had been an unnamed source of its own (D3).
    assert bidders and name[bidders[0]["speaker"]] == ("Bloomberg", "outlet"), bidders


def test_the_report_said_is_the_scoop_relayed(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, _ = _doc(analyse_invented)
    valued = [a for a in doc["attributions"] if "valued at about $3 billion" in a["content"]]
    assert valued and valued[0]["via"] == ["Bloomberg"], valued
    claim = next(c for c in doc["claims"] if c["id"] == valued[0]["claim"])
    # It had been first reported by Reuters, which relays the scoop.
    assert claim["first_reported_by"] == ["Bloomberg"], claim
