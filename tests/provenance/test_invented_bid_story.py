"""A seventy-fifth invented story, a takeover bid scooped in a British paper's idiom: "Halvorsen
Group is preparing a £4 billion takeover bid for Marlow Foods, The Ledger understands", "is
understood to have hired bankers", "It is thought that ...", "Insiders say", then the
target's statement to the stock exchange and the bidder's confirmation "a day after The
Ledger first reported the plan". Written before the change it led to: "..., The Ledger
understands" (the verb parsed as an apposition of "Marlow Foods") was no attribution, so
the scoop's own lead was in no claim and the Ledger only its first reporter by the others'
credits. Left: "is understood to" and "It is thought that" name no one (F, no primary
source stated); the target's "had not received an approach" in two papers is two claims;
"Halvorsen has until July 1 to announce a firm offer" gives an attribution to a person
named Halvorsen."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Halvorsen eyes £4bn bid for Marlow Foods', 'The Ledger', '2041-06-02',
        "Halvorsen Group is preparing a £4 billion takeover bid for Marlow Foods, The Ledger understands.\n"
        "The Danish conglomerate is understood to have hired bankers at Castle & Finch to advise on the offer, which could be tabled as early as next week.\n"
        "Sources close to Halvorsen said the group had been studying a deal since the spring.\n"
        "It is thought that Marlow's largest shareholder, the pension fund Nordic Trust, would back an offer at the right price.\n"
        "Halvorsen declined to comment. Marlow said it had not received an approach."),
    "02.txt": ('Marlow shares jump on bid report', 'Evening Star', '2041-06-02',
        "Shares in Marlow Foods rose 18 percent on Monday after The Ledger reported that Halvorsen Group was preparing a £4 billion bid.\n"
        "Marlow said in a statement to the stock exchange that it had not received any approach from Halvorsen and that there could be no certainty an offer would be made.\n"
        "Insiders say Halvorsen's board is split over the price."),
    "03.txt": ('Halvorsen confirms it is considering Marlow offer', 'Capital Post', '2041-06-03',
        "Halvorsen Group confirmed on Tuesday that it was in the early stages of considering an offer for Marlow Foods, a day after The Ledger first reported the plan.\n"
        '"No decision has been taken," the company said in a statement, adding that any offer would be in cash.\n'
        "Under takeover rules, Halvorsen has until July 1 to announce a firm offer or walk away."),
}


def test_what_an_outlet_understands_is_its_report(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speakers = {s["id"]: s for s in doc["speakers"]}
    lead = next(a for a in doc["attributions"]
                if a["content"].startswith("Halvorsen Group is preparing a £4 billion"))
    ledger = speakers[lead["speaker"]]
    assert (ledger["type"], ledger["name"]) == ("outlet", "Ledger"), ledger
    relayed = next(a for a in doc["attributions"] if "was preparing a £4 billion bid" in a["content"])
    assert lead["claim"] is not None and lead["claim"] == relayed["claim"], (lead, relayed)
    claim = next(c for c in doc["claims"] if c["id"] == lead["claim"])
    assert claim["first_reported_by"] == ["The Ledger"], claim["first_reported_by"]
