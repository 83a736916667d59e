"""A thirty-sixth invented story, a mayor accused of kickbacks: "Sand, who has denied any
wrongdoing", "The allegations, which Sand's lawyer called 'politically motivated'" (a claim
"Which Sand's lawyer called politically motivated"), "Sand has repeatedly denied
wrongdoing" in an article that states no charge (lost: "Halden's mayor, Viktor Sand" was
keyed as Halden, and "Halden Mayor Viktor Sand", tagged a body, as a body) and his "never
taken a single euro" (a claim of its own). Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Mayor accused of taking kickbacks from builders", "Halden Daily", "2037-03-04",
        "Halden Mayor Viktor Sand took kickbacks from three construction firms in exchange for city contracts, prosecutors said on Wednesday.\n"
        "Sand, who has denied any wrongdoing, was not charged.\n"
        "According to the prosecutors' statement, the payments totalled about 1.2 million euros.\n"
        "The allegations, which Sand's lawyer called \"politically motivated\", emerged after a tax audit of one of the firms."),
    "02.txt": ("Halden mayor rejects kickback claims", "Capital Post", "2037-03-05",
        "Halden's mayor, Viktor Sand, said in a Facebook post on Thursday that he had \"never taken a single euro\" from any company.\n"
        "Sand has repeatedly denied wrongdoing since the investigation was opened last year.\n"
        "The city council said it would not comment while the investigation was ongoing."),
}


def test_every_denial_reaches_the_charge(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    att = {a["id"]: a for a in doc["attributions"]}
    claim = next(c for c in doc["claims"] if "took kickbacks" in c["text"])
    denied = {att[m]["content"] for m, st in claim["stances"] if st == "denies"}
    assert {"any wrongdoing", "wrongdoing"} <= denied, denied
    assert any("politically motivated" in d for d in denied), denied
    assert not [c for c in doc["claims"] if c["text"].startswith("Which")], doc["claims"]
