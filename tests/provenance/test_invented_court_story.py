"""A fortieth invented story, a former minister charged with taking bribes: the charge
("Prosecutors on Tuesday charged former transport minister Erik Lunde with accepting 2
million euros in bribes"), the indictment, his lawyer's "her client denies all the charges"
and his plea of not guilty. Written before the change it led to: "charged X with P" was
read as no one's statement (only "accused X of P" was), so the prosecutors' charge in the
first article was the paper's own voice; then, with the charge theirs, "the indictment" and
"Prosecutors" counted as two independent sources of it (B1): a document and who writes it
are one source (`source_kinds.toml` `document_authors`)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Former minister charged with taking bribes", "Halden Daily", "2037-06-02",
        "Prosecutors on Tuesday charged former transport minister Erik Lunde with accepting 2 million euros in bribes from a construction company.\n"
        "According to the indictment, Lunde steered three road contracts to Norvik Build between 2031 and 2034 in exchange for the payments.\n"
        "Lunde's lawyer, Maja Holm, said her client denies all the charges and will fight them in court.\n"
        "Norvik Build said in a statement that it was cooperating fully with investigators."),
    "02.txt": ("Ex-minister pleads not guilty", "Capital Post", "2037-06-09",
        "Erik Lunde pleaded not guilty on Monday to charges that he took bribes while serving as transport minister.\n"
        "Prosecutors allege that Lunde received 2 million euros from Norvik Build in return for road contracts.\n"
        "\"I have never taken a single euro from anyone,\" Lunde told reporters outside the court."),
}


def test_charged_with_is_the_prosecutors_charge(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    charge = [a for a in doc["attributions"]
              if a["source_text"] == "Prosecutors" and "accepting 2 million euros" in a["content"]]
    assert len(charge) == 1, [(a["source_text"], a["content"]) for a in doc["attributions"]]
    assert charge[0]["stance"] == "asserts" and charge[0]["claim"] is not None


def test_the_bribery_claim_is_denied_by_the_accused(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    bribes = next(c for c in doc["claims"] if "2 million euros" in c["text"])
    assert {name[s] for s in bribes["denied_by"]} == {"Erik Lunde"}, bribes["reasons"]
    assert bribes["independent_sources"] == 1, bribes["reasons"]
