"""A hundredth invented story, aid workers kidnapped: a video said to show them, a group's
claim of responsibility calling them spies, the aid agency's rejection ("The aid agency
Relief Without Borders rejected the group's claim that its staff were spies"), and a ransom
demand the group denies. Written before the changes it led to: the "Without" in the agency's
name, within a word of the cue, read as a negation of it ("did not reject"), so the agency
only reported the claim, and, typed a person, it was counted as a second independent source
of it (B1). Left: the interior ministry's "security forces were searching for the workers"
joins the spying claim (one subject); "Black Ridge has denied asking for money" is not
joined to the ransom demand ("the kidnappers" are not known to be the group)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Group claims kidnapping of aid workers in video', 'Meridian Wire', '2046-06-10',
        "A video posted online on Monday purportedly shows three aid workers kidnapped in northern Kessania last week.\n"
        "The Black Ridge group claimed responsibility for the abduction in a statement on its Telegram channel, saying the workers were spies.\n"
        "The authenticity of the video could not be independently verified."),
    "02.txt": ('Aid agency says kidnapped workers are not spies', 'Capital Daily', '2046-06-11',
        "The aid agency Relief Without Borders rejected the group's claim that its staff were spies, saying they had been distributing food.\n"
        "\"Our colleagues are humanitarians, nothing else,\" the agency's director, Maren Holt, said in a statement.\n"
        "Kessania's interior ministry said security forces were searching for the workers."),
    "03.txt": ('Kessania says kidnappers demanded ransom', 'Northern Post', '2046-06-12',
        "The kidnappers have demanded a ransom of $2 million, according to a Kessanian security official who spoke on condition of anonymity.\n"
        "Black Ridge has denied asking for money.\n"
        "Relief Without Borders declined to comment on the reported demand."),
}


def test_a_name_with_without_before_the_cue_is_no_negation(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: (s["name"] or s["label"], s["type"]) for s in doc["speakers"]}
    spies = next(c for c in doc["claims"] if c["text"] == "The workers were spies")
    assert [names[s] for s in spies["denied_by"]] == [("Relief Without Borders", "organization")]
    assert spies["grade"][1] == "4" and spies["independent_sources"] == 1, spies["reasons"]
