"""A ninety-fifth invented story, a rate cut told first by anonymous people to Bloomberg and
borne out by the cut itself ("Norvia's central bank cut its main interest rate ...,
confirming an earlier report by Bloomberg"), with a minister's two statements in one
sentence. Written before the changes it led to: the act that bears the report out was an
attribution of the bank's whose content was the report, so the cut was no claim, and the
credit to Bloomberg went to the governor's statement after it (shown "relayed via
Bloomberg"); Bloomberg's "a half-point rate cut" read "half-point a rate cut"; "the bank
was independent and that he had no knowledge of its plans" was one statement. Left: with a
wire's dateline before it, the cut makes no claim (the tagger misses the invented country
after a dateline in capitals); the bank's "it does not comment on market speculation" is
no answer to the report (rightly), and none is shown."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Central bank set to cut rates, sources say', 'Bloomberg', '2045-06-09',
        "Norvia's central bank is preparing to cut its main interest rate by half a percentage point next week, according to people with knowledge of the deliberations.\n"
        "The people, who asked not to be identified because the talks are private, said a majority of the rate-setting board favoured the cut.\n"
        "A spokesman for the bank said it does not comment on market speculation."),
    "02.txt": ('Norvian bond yields fall on rate-cut report', 'Capital Daily', '2045-06-09',
        "Norvian government bond yields fell sharply on Monday after Bloomberg reported that the central bank was preparing a half-point rate cut.\n"
        "Finance Minister Paul Renn told reporters that the bank was independent and that he had no knowledge of its plans.\n"
        "Economists at Halden Bank said a cut of that size would be the largest since 2039."),
    "03.txt": ('Norvia cuts rates by half a point', 'Meridian Wire', '2045-06-16',
        "Norvia's central bank cut its main interest rate by half a percentage point on Tuesday, confirming an earlier report by Bloomberg.\n"
        "Governor Alma Strand said inflation had fallen faster than the bank had expected.\n"
        "Two board members voted to keep rates unchanged, the bank said."),
}


def test_an_act_that_bears_a_report_out_carries_its_credit(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    text = {a["id"]: a["text"] for a in doc["articles"]}
    cut = next(c for c in doc["claims"] if "preparing" in c["text"])
    said = [text[art][s:e] for art, s, e in cut["sentences"]]
    assert any(t.startswith("Norvia's central bank cut") for t in said), said
    assert cut["first_reported_by"] == ["Bloomberg"]
    # The bank said nothing by its act: no attribution of it confirms the report.
    assert not [a for a in doc["attributions"] if a["cue"] == "confirming"]
    governor = next(c for c in doc["claims"] if c["text"].startswith("Inflation had fallen"))
    assert governor["first_reported_by"] == ["Meridian Wire"], governor["reasons"]
    assert "Bloomberg" not in governor["reasons"][0]


def test_the_words_of_a_crossing_parse_keep_their_order(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    relayed = next(a for a in doc["attributions"] if a["source_text"] == "Bloomberg")
    [claim] = [c for c in doc["claims"] if relayed["id"] in c["mentions"]]
    assert "half-point a rate" not in claim["text"]


def test_a_statement_on_a_body_and_one_on_the_speaker_are_two(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    texts = {c["text"] for c in doc["claims"]}
    assert "The bank was independent" in texts, texts
    assert "Finance Minister Paul Renn had no knowledge of its plans" in texts, texts
