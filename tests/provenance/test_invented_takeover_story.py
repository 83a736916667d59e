"""A tenth invented story, a takeover scoop: an outlet whose name looks like no outlet's
reports talks citing people familiar with the matter; another outlet's "Shares jumped
after Bloomwire reported, citing people familiar with the matter, that P" (the parser
hangs "citing" on "jumped"); the buyer's filing says "there can be no certainty that any
transaction will take place" (a doubt, in the constructions); both companies decline to
comment. Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Orvane in talks to buy Lumisil", "Bloomwire", "2033-09-01",
               "Orvane Technologies is in advanced talks to acquire chipmaker Lumisil for about "
               "$8 billion, according to people familiar with the matter.\nOrvane and Lumisil "
               "declined to comment."),
    "02.txt": ("Lumisil shares jump", "Market Daily", "2033-09-01",
               "Shares in Lumisil jumped 14 percent on Monday after Bloomwire reported, citing "
               "people familiar with the matter, that Orvane Technologies was in advanced talks "
               "to buy the chipmaker for about $8 billion."),
    "03.txt": ("Orvane confirms talks", "Tech Herald", "2033-09-02",
               "\"There can be no certainty that Orvane will acquire Lumisil,\" Orvane "
               "Technologies said in a filing with the stock exchange."),
}


def test_shares_are_no_source_and_the_people_cited_are(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    talks = [c for c in doc["claims"] if "advanced talks" in c["text"]]
    assert talks, [c["text"] for c in doc["claims"]]
    speakers = {name[a["speaker"]] for a in doc["attributions"] if a["speaker"]}
    assert not any("Shares" in s or s == "Lumisil" for s in speakers), speakers
    assert "one anonymous primary source" in talks[0]["reasons"][0], talks[0]["reasons"][0]


def test_declining_to_comment_is_no_claim_of_the_bodies_named(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    # "Orvane and Lumisil declined to comment": two named bodies gave no answer; the
    # sentence had been a claim of its own (F6), its names making it look like a fact.
    assert not [c for c in doc["claims"] if "declined to comment" in c["text"]]


def test_an_outlet_of_the_corpus_named_alone_is_the_relay(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    # "after Bloomwire reported, citing people ..., that P": the people speak, through
    # Bloomwire, which the corpus publishes (the extractor could not know its name).
    relayed = [a for a in doc["attributions"] if "chipmaker for about" in a["content"]]
    assert relayed and relayed[0]["via"] == ["Bloomwire"], relayed
    cited = {(c["outlet"], c["cue"]) for c in doc["citations"]}
    assert ("Bloomwire", "reported") in cited, cited
