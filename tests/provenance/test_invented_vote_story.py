"""A forty-ninth invented story, an election called rigged: the opposition's charge, the
commission's rejection, observers' "marred by irregularities ..., but did not say whether
they had changed the outcome", and the opposition leader's "the result was 'stolen'" in a
second paper. Written before the changes it led to: a second verb of the speaker's after
the reported clause was read as part of what was said ("said the result was 'stolen' and
called for protests on Tuesday": the claim's words ran on, and "the result" called for
protests; "but did not say whether ...": "the election" asked whether), because the
phrasal verb has no object and the negated one its tense on "did"; and "Observers from
the OSCE" were unnamed people, not the OSCE's mission. Left: "rigged" and "stolen" are two
claims; the commission chairman's "no evidence of any fraud" is a claim of its own."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Opposition alleges fraud in Lumbria vote", "Halden Daily", "2037-09-15",
        "Lumbria's main opposition party said on Monday that Sunday's parliamentary election had been rigged, citing videos that appeared to show ballot stuffing at polling stations.\n"
        "The Central Election Commission rejected the allegations as \"groundless\" and said the vote had been free and fair.\n"
        "Observers from the OSCE said the election was marred by irregularities, including pressure on public sector workers, but did not say whether they had changed the outcome."),
    "02.txt": ("Lumbria's ruling party wins majority amid fraud claims", "Capital Post", "2037-09-15",
        "The ruling Unity Party won 54 percent of the vote, according to preliminary results published by the election commission.\n"
        "Opposition leader Mira Kell said the result was \"stolen\" and called for protests on Tuesday.\n"
        "The commission's chairman, Anders Lind, said there was \"no evidence of any fraud\"."),
}


def _names(doc: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}


def test_a_second_verb_of_the_speaker_is_the_speakers(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = _names(doc)
    by_content = {a["content"]: name.get(a["speaker"] or "") for a in doc["attributions"]}
    assert by_content.get("protests") == "Mira Kell", by_content
    stolen = next(c for c in doc["claims"] if "stolen" in c["text"])
    assert "protests" not in stolen["text"], stolen["text"]
    asked = next(a for a in doc["attributions"] if "changed the outcome" in a["content"])
    assert name[asked["speaker"]] == "OSCE", asked["source_text"]
