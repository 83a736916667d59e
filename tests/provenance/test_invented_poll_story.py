"""A seventy-first invented story, an opinion poll: "according to a poll by Meridian Research
for the Sunday Courier", "The survey of 2,000 adults found ...", "a Meridian Research poll
published by the Sunday Courier showed", and the trailing party's spokeswoman who "dismissed
the poll as an outlier". Written before the changes it led to: the pollster was "Meridian
Research for the Sunday Courier", or the Sunday Courier that published the poll; "The survey"
was a source of its own, so one poll counted as two independent sources (B1); the
dismissal of "the poll" named nothing a denial could reject and joined no claim."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Poll puts opposition ten points ahead', 'Sunday Courier', '2040-10-04',
        "The opposition Green Alliance has opened a ten-point lead over the governing Centre Party, according to a poll by Meridian Research for the Sunday Courier.\n"
        "The survey of 2,000 adults found 38 percent would vote for the Green Alliance and 28 percent for the Centre Party.\n"
        "A Centre Party spokeswoman dismissed the poll as an outlier, saying the party's own polling showed a much closer race."),
    "02.txt": ('Greens surge in new poll', 'Daily Courier', '2040-10-05',
        "The Green Alliance leads the Centre Party by ten points, a Meridian Research poll published by the Sunday Courier showed.\n"
        "Other recent polls have put the gap at between four and six points.\n"
        '"Polls go up and down, and we are not complacent," Green Alliance leader Mira Solberg said.'),
}


def _by_content(doc, words):  # type: ignore[no-untyped-def]
    return next(a for a in doc["attributions"] if words in a["content"])


def test_one_poll_is_one_source_whoever_published_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speakers = {s["id"]: s for s in doc["speakers"]}
    lead = _by_content(doc, "has opened a ten-point lead")
    shares = _by_content(doc, "38 percent would vote")
    published = _by_content(doc, "leads the Centre Party by ten points")
    names = {speakers[a["speaker"]]["name"] for a in (lead, shares, published)}
    assert names == {"Meridian Research"}, names
    claim = next(c for c in doc["claims"] if c["id"] == lead["claim"])
    assert claim["independent_sources"] == 1 and claim["grade"][0] == "B", claim["reasons"]


def test_dismissing_the_poll_denies_what_it_found(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    dismissed = _by_content(doc, "the poll as an outlier")
    lead = _by_content(doc, "has opened a ten-point lead")
    assert dismissed["stance"] == "denies" and dismissed["claim"] == lead["claim"], dismissed
