"""A hundred-and-eighth invented story, a celebrity couple said to have split: a magazine's
"source close to the couple", the singer's publicist dismissing "reports that the singer had
separated" as "completely untrue", and a photo posted together. Written before the changes
it led to: the publicist's denial repeats the reports' words, which made those words (a
report with no source) what most of the claim "says", so they represented it and the
magazine's source, worded otherwise, was no source of it: "no primary source stated" (F4).
Left: the magazine's later credit ("Star Weekly had reported the split on Tuesday") goes to
the publicist's statement beside it, which is shown relayed via Star Weekly."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Pop star Kira Vane and actor Tom Reyes split', 'Star Weekly', '2048-03-03',
        "Pop star Kira Vane and actor Tom Reyes have separated after five years of marriage, a source close to the couple told Star Weekly.\n"
        "The pair have been living apart since January, the source said."),
    "02.txt": ('Vane\'s publicist denies split reports', 'Daily Courier', '2048-03-04',
        "Kira Vane's publicist dismissed reports that the singer had separated from her husband, Tom Reyes, as \"completely untrue\".\n"
        "\"They are happily married and spending the week together in Lisbon,\" the publicist, Dana Wirth, said in a statement.\n"
        "Star Weekly had reported the split on Tuesday, citing an unnamed source."),
    "03.txt": ('Reyes posts photo with Vane', 'Metro Herald', '2048-03-05',
        "Tom Reyes posted a photo of himself with Kira Vane on Instagram on Wednesday, two days after a magazine reported that the couple had split.\n"
        "Reyes did not comment on the report."),
}


def test_a_denial_repeating_a_reports_words_does_not_make_them_the_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    split = next(c for c in doc["claims"] if "separated" in c["text"])
    assert split["text"].startswith("Pop star Kira Vane and actor Tom Reyes have separated")
    assert split["grade"] == "D4" and split["first_reported_by"] == ["Star Weekly"], split["reasons"]
    assert [names[s] for s in split["denied_by"]] == ["Kira Vane's publicist"]
