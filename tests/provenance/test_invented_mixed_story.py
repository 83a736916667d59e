"""A thirty-fifth invented story, a bribery report: "according to a person briefed on a
police investigation and documents reviewed by the Capital Post" (the source had been cut
to "a person", so the claim was graded as resting on a vague description, D), and "A
spokesperson for Varnia's defence ministry said in an email" (the ministry's voice, on the
record: it had been graded as an anonymous source). Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Report: Aerion bribed Varnian officials to win jet contract", "Capital Post", "2037-02-01",
        "Lumbrian planemaker Aerion paid bribes to Varnian defence officials to win a $9 billion fighter jet contract, according to a person briefed on a police investigation and documents reviewed by the Capital Post.\n"
        "Aerion allegedly routed the payments through a consultancy in Cyprus.\n"
        "The company, in a statement, said it had \"zero tolerance for corruption\" and was cooperating with the authorities.\n"
        "A spokesperson for Varnia's defence ministry said in an email that the ministry was not aware of any investigation."),
    "02.txt": ("Aerion denies bribery report", "Meridian Wire", "2037-02-02",
        "Aerion on Tuesday denied paying bribes to win a Varnian fighter jet contract, a day after the Capital Post reported the allegations.\n"
        "Aerion is said to have paid more than $20 million to a Cyprus-based consultancy, according to the newspaper.\n"
        "Lumbrian prosecutors are believed to have opened an investigation last year, the Capital Post said."),
}


def test_a_source_briefed_on_the_investigation_keeps_its_access(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    bribes = next(c for c in doc["claims"] if "paid bribes" in c["text"])
    assert bribes["grade"].startswith("C"), bribes["reasons"]


def test_a_ministrys_spokesperson_is_the_ministry_on_record(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    aware = next(c for c in doc["claims"] if "not aware" in c["text"])
    assert aware["grade"].startswith("B"), aware["reasons"]
