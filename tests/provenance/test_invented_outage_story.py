"""A seventy-third invented story, a bank's outage: the bank blaming "a technical issue at a
third-party supplier", the Financial Chronicle's two people familiar with the investigation
tracing it to the bank's own software update, the supplier denying any failure ("Calder
Systems, which provides Nordbank's payment software, said that none of its products had
failed"), and a trade paper crediting the Chronicle ("According to the Financial
Chronicle, which cited people familiar with the matter, the outage began after a software
update by the bank's own staff"). Written before the changes it led to: the relayed
paraphrase stood alone as a second claim (its pair with the Chronicle's wording scores
0.44); the supplier's "its" was written out with the relative clause ("None of Calder
Systems, which provides Nordbank's payment software's products"). A first version of the
join put the relay into the bank's own, rival account (B1, two independent sources): the
relay's unnamed sources restate only what unnamed sources told the outlet. Left: "The bank
said" names no bank (the tagger leaves "Nordbank" untagged); the supplier's denial and the
bank's blame are no denial and claim of one another."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Nordbank outage leaves millions unable to pay', 'Financial Chronicle', '2041-05-12',
        "Millions of Nordbank customers were unable to make card payments or log in to their accounts for most of Tuesday after a failure in the bank's systems.\n"
        'The bank said in a statement that the outage had been caused by "a technical issue at a third-party supplier" and that no customer data had been compromised.\n'
        "Two people familiar with the bank's investigation said the problem was traced to a faulty software update installed overnight by Nordbank's own engineers.\n"
        "Nordbank declined to comment on the update.\n"
        "The Financial Conduct Office, the banking regulator, said it was in contact with the bank and would examine whether customers had been treated fairly."),
    "02.txt": ('Supplier denies blame for Nordbank crash', 'Tech Ledger', '2041-05-13',
        "Calder Systems, which provides Nordbank's payment software, said on Wednesday that none of its products had failed and that it had not been told of any problem before the outage.\n"
        '"Our systems performed as expected throughout," chief executive Ines Varga said.\n'
        "Nordbank has blamed the disruption on an unnamed supplier.\n"
        "According to the Financial Chronicle, which cited people familiar with the matter, the outage began after a software update by the bank's own staff."),
    "03.txt": ('Regulator to probe Nordbank outage', 'Capital Post', '2041-05-14',
        "The Financial Conduct Office said on Thursday it had opened a formal investigation into Tuesday's outage at Nordbank, which left about 4 million customers unable to pay.\n"
        'Nordbank chief executive Tomas Berg apologised to customers in a video posted on the bank\'s website, saying the bank "fell short" but that no data had been lost.\n'
        "He did not say what caused the failure."),
}


def _by_content(doc, words):  # type: ignore[no-untyped-def]
    return next(a for a in doc["attributions"] if words in a["content"])


def test_a_relay_of_an_outlet_in_the_corpus_joins_what_its_article_reported(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    scoop = _by_content(doc, "traced to a faulty software update")
    relayed = _by_content(doc, "the outage began after a software update")
    assert relayed["via"] == ["Financial Chronicle"], relayed
    assert relayed["claim"] == scoop["claim"], relayed
    claim = next(c for c in doc["claims"] if c["id"] == scoop["claim"])
    assert claim["independent_sources"] == 1 and claim["grade"][0] == "D", claim["reasons"]
    blamed = _by_content(doc, "a technical issue at a third-party supplier")
    assert blamed["claim"] != scoop["claim"], blamed


def test_its_is_the_speaker_without_the_clause_about_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    failed = _by_content(doc, "none of its products had failed")
    claim = next(c for c in doc["claims"] if c["id"] == failed["claim"])
    assert "which provides" not in claim["text"], claim["text"]
    assert claim["text"].startswith("None of Calder Systems"), claim["text"]
