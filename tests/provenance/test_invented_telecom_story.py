"""An eighty-third invented story, a telecom operator's data breach: a scoop from "two
people familiar with the investigation", the company's confirmation "after TechPulse
reported that ...", its figures in a filing, and a later report "The hack, first reported
by TechPulse, exposed ...". Written before the changes it led to: "the company said the
attack had affected 'a limited number' of customers" and "It disputed the figure of 9
million" were TechPulse's (the outlet that spoke last, in the clause that tells why Orbis
spoke), and the later report's claim read "The hack, first reported by TechPulse, exposed
...". Left: "It disputed the figure of 9 million" and "the number is much lower" deny no
claim (a figure disputed is not read as a denial); "it had been the victim of a
cyberattack" keeps its "it" (a copula with a noun predicate reads as a state of things)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Hackers stole data of 9 million Orbis customers', 'TechPulse', '2042-04-03',
        "Hackers stole the personal data of about 9 million customers of the telecom operator Orbis last month, according to two people familiar with the investigation.\n"
        "The breach was first spotted by security researcher Mina Adebayo, who said on her blog that the stolen files were being sold on a criminal forum.\n"
        'Orbis declined to comment on the number of customers affected but said in a statement that it "takes the security of its customers\' data extremely seriously".'),
    "02.txt": ('Orbis confirms cyberattack', 'Daily Ledger', '2042-04-04',
        "Orbis confirmed on Thursday that it had been the victim of a cyberattack, after TechPulse reported that the data of millions of customers had been stolen.\n"
        'In a filing with the stock exchange, the company said the attack had affected "a limited number" of customers.\n'
        'It disputed the figure of 9 million, which it said was "significantly overstated".'),
    "03.txt": ('Regulator opens probe into Orbis breach', 'Metro Herald', '2042-04-05',
        "The data protection regulator has opened an investigation into the Orbis breach, a spokesman for the regulator said.\n"
        "The hack, first reported by TechPulse, exposed the names, addresses and bank details of about 9 million customers, the website reported, citing two people familiar with the investigation.\n"
        "Orbis has said the number is much lower."),
}


def test_the_company_is_not_the_outlet_told_of_as_the_occasion(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    second = {a["content"]: names.get(a["speaker"] or "") for a in doc["attributions"]
              if a["source_text"] in ("the company", "It", "it")}
    assert second and set(second.values()) == {"Orbis"}, second


def test_who_first_reported_it_is_no_part_of_the_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    assert not any("first reported by" in c["text"] for c in doc["claims"]), [
        c["text"] for c in doc["claims"]]
    exposed = next(c for c in doc["claims"] if "exposed" in c["text"])
    assert exposed["first_reported_by"] == ["TechPulse"], exposed["first_reported_by"]
