"""A ninety-third invented story, a minister said to have resigned, the paper's own
correction note under its report ("Correction: An earlier version of this article said Lind
had resigned. She has not resigned; ..."), a fact check laid out as "CLAIM:" and "THE
FACTS:", and the minister's denial. Written before the changes it led to: the note's label
was a person named "Correction", an on-record source of the resignation it takes back, so
the claim had two independent sources (C4). Left: "I am going nowhere" (an idiom of denial
read as one made the minister's other denial land on the article's only other claim) joins
the resignation as asserting it; the fact check's "THE FACTS: Lind has not resigned" makes
no claim; "A government spokesman" is "Kessel", an organisation the article names."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Minister Lind resigns over port deal, sources say', 'Capital Daily', '2045-01-10',
        "Trade Minister Rosa Lind has resigned over a contract for the new Kessel port terminal, two government sources told the Capital Daily.\n"
        "Lind did not respond to requests for comment.\n"
        "Correction: An earlier version of this article said Lind had resigned. She has not resigned; the government said she remains in her post."),
    "02.txt": ('Fact check: No, Rosa Lind did not resign', 'CheckPoint', '2045-01-11',
        "CLAIM: Trade Minister Rosa Lind resigned on Tuesday over the Kessel port contract.\n"
        "THE FACTS: Lind has not resigned. A government spokesman told CheckPoint that she was at work on Wednesday, and she chaired a trade council meeting that afternoon.\n"
        "The claim spread after the Capital Daily reported her resignation, citing two government sources. The paper later corrected its story."),
    "03.txt": ('Lind: I am going nowhere', 'Evening Post', '2045-01-11',
        'Trade Minister Rosa Lind said on Wednesday that reports of her resignation were "completely false".\n'
        '"I am going nowhere," Lind told reporters outside parliament.\n'
        "The opposition has called for an inquiry into the port contract, which it says was awarded without a tender."),
}


def test_a_correction_note_takes_the_papers_report_back(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    assert "Correction" not in names.values()
    att = {a["id"]: a for a in doc["attributions"]}
    resigned = next(c for c in doc["claims"] if "resigned" in c["text"])
    note = [a for a in doc["attributions"]
            if a["source_text"] == "An earlier version of this article"]
    assert [names[a["speaker"]] for a in note] == ["Capital Daily"]
    assert dict(resigned["stances"])[note[0]["id"]] == "denies"
    assert resigned["independent_sources"] == 1, resigned["reasons"]
    assert not [s for s in resigned["asserted_by"] if names[s] == "Capital Daily"]
    assert {att[m]["source_text"] for m, st in resigned["stances"] if st == "asserts"} >= {
        "two government sources"}
