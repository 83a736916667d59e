"""An eightieth invented story, shelling at a nuclear plant told in wire idiom: verdicts
appended to a statement ("Kyiv says Russian troops shelled the plant's switchyard, which
Moscow denies"; "..., Ukrainian officials said, an accusation the Kremlin rejected";
"Moscow says Ukrainian drones struck the line, something Kyiv has called absurd"), an
estimate ("The operator put the number of damaged transformers at three") and the outlet's
own knowledge ("It is understood that inspectors ... have asked to visit the site").
Written before the changes it led to: the verdict's words ran into the first speaker's
content (Kyiv's statement ended "..., which Moscow denies", so Kyiv was read as denying
what it says), "which" was what Moscow denied, the Kremlin and Kyiv's verdicts were no
attributions at all; the estimate was none, and what "is understood" had no source (F)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Shelling cuts power at Zelena plant', 'Eastern Wire', '2042-07-14',
        "ZELENA, July 14 (Eastern Wire) - Shelling cut the last power line to the Zelena nuclear plant on Monday, the plant's operator said.\n"
        "Kyiv says Russian troops shelled the plant's switchyard, which Moscow denies.\n"
        "The operator put the number of damaged transformers at three.\n"
        "It is understood that inspectors from the nuclear watchdog have asked to visit the site."),
    "02.txt": ('Power line to nuclear plant cut', 'Morning Ledger', '2042-07-14',
        "The last power line to the Zelena nuclear plant was cut on Monday, its operator said.\n"
        "Russian forces shelled the switchyard, Ukrainian officials said, an accusation the Kremlin rejected.\n"
        "Moscow says Ukrainian drones struck the line, something Kyiv has called absurd."),
    "03.txt": ('Watchdog seeks access to Zelena', 'Evening Star', '2042-07-15',
        "The nuclear watchdog asked on Tuesday to send inspectors to the Zelena plant after shelling cut its last power line.\n"
        "Ukrainian officials said Russian troops had shelled the switchyard.\n"
        "Russia's defence ministry said Ukrainian drones had struck the power line."),
}


def _claim_of(doc, words):  # type: ignore[no-untyped-def]
    return next(c for c in doc["claims"] if all(w in c["text"].lower() for w in words))


def test_a_verdict_denies_the_statement_it_is_appended_to(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    shelled = _claim_of(doc, ["shelled", "switchyard"])
    deniers = {names[s] for s in shelled["denied_by"]}
    assert {"Moscow", "Kremlin"} <= deniers, deniers
    assert "Kyiv" in {names[s] for s in shelled["asserted_by"]}, shelled["asserted_by"]
    # No speaker of the shelling is read as denying it, and Kyiv says all of it.
    kyiv = [a for a in doc["attributions"] if a["source_text"] == "Kyiv" and "shelled" in a["content"]]
    assert kyiv and all(a["stance"] == "asserts" and "Moscow" not in a["content"] for a in kyiv)
    drones = _claim_of(doc, ["drones", "struck"])
    assert "Kyiv" in {names[s] for s in drones["denied_by"]}, drones["denied_by"]


def test_an_estimate_and_the_outlets_knowledge_have_sources(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    estimate = next(a for a in doc["attributions"] if "transformers" in a["content"])
    assert estimate["content"] == "the number of damaged transformers at three"
    assert names[estimate["speaker"]] == "The operator"
    visit = _claim_of(doc, ["inspectors", "visit"])
    assert visit["grade"][0] != "F", visit["reasons"]
    assert "Eastern Wire, on its own authority" in visit["reasons"][0]
