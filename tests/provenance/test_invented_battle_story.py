"""A thirtieth invented story, a battle both sides claim: "P, the town's mayor, Olga
Brenner, said on Wednesday" (the parser hung "said" on P's verb and the mayor on the town:
a claim with no source, F6), a think tank's "Varnian forces had likely made marginal gains"
beside a ministry's "repelled a Varnian assault" (one claim, two independent sources, B1)
and "Varnia's general staff" (a body, not unnamed staff). Written before the changes it
led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Ostland says it repelled Varnian assault near Kessa", "Meridian Wire", "2036-09-02",
        "Ostland's defence ministry said on Tuesday its forces had repelled a Varnian assault near the town of Kessa and killed more than 300 Varnian soldiers.\n"
        "Reuters could not independently verify the claim.\n"
        "Varnia's general staff said its troops had captured two villages east of Kessa and suffered only light losses.\n"
        "Neither side's battlefield accounts could be confirmed."),
    "02.txt": ("Civilians killed in shelling of Kessa, officials say", "Halden Daily", "2036-09-03",
        "Twelve civilians were killed when Ostlandish artillery shelled a market in Kessa, the town's mayor, Olga Brenner, said on Wednesday.\n"
        "Ostland denied targeting civilians and said its forces had struck only military positions.\n"
        "The Institute for the Study of War said in its daily assessment that Varnian forces had likely made marginal gains east of Kessa."),
    "03.txt": ("Kessa mourns market dead", "Lumbria Today", "2036-09-04",
        "Residents of Kessa buried victims of Wednesday's shelling, which local authorities said killed 12 people.\n"
        "Ostland's military said on Thursday that the market had been used to store ammunition, without providing evidence.\n"
        "Varnian officials said no soldiers or weapons had been at the market."),
}


def _doc(analyse_invented):  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    spk = {s["id"]: s for s in doc["speakers"]}
    return doc, spk


def test_a_speaker_after_the_clause_and_two_commas_is_its_source(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, spk = _doc(analyse_invented)
    # The mayor's words and their speaker. Their claim is not asserted here: the ministry's
    # "had repelled a Varnian assault ... and killed more than 300 Varnian soldiers" joins
    # them (its second act's frame, killing, agrees), and which of the two represents the
    # claim had followed the articles' temporary paths (BENCHMARKS.md, forty-fifth session).
    said = next(a for a in doc["attributions"] if a["content"].startswith("Twelve civilians"))
    assert spk[said["speaker"]]["name"] == "Olga Brenner" and said["stance"] == "asserts", said
    assert said["claim"] is not None


def test_gains_and_a_repelled_assault_are_no_corroboration(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, _ = _doc(analyse_invented)
    # The claim that carries the think tank's words, whichever wording represents it.
    said = next(a for a in doc["attributions"] if "marginal gains" in a["content"])
    gains = next(c for c in doc["claims"] if c["id"] == said["claim"])
    assert gains["independent_sources"] == 1, gains["reasons"]


def test_a_general_staff_is_a_body(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, spk = _doc(analyse_invented)
    staff = {spk[a["speaker"]]["type"] for a in doc["attributions"]
             if "general staff" in (a["source_text"] or "")}
    assert staff == {"organization"}, staff


def test_the_reporters_aside_is_no_part_of_the_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc, _ = _doc(analyse_invented)
    ammunition = next(c for c in doc["claims"] if "store ammunition" in c["text"])
    # ", without providing evidence" is the reporter's remark on the claim.
    assert ammunition["text"] == "The market had been used to store ammunition", ammunition
