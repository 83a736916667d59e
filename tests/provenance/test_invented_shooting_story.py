"""A hundred-and-sixth invented story, protesters shot in a city: a rights group's toll, the
ministry's denial that live ammunition was used, a surgeon speaking anonymously, a
government inquiry, and the minister's own toll "said in a televised address, rejecting
higher figures ... as 'exaggerated'". Written before the changes it led to: with a
participle after the closing cue (and "televised" read as a verb), the minister was lost as
the source of her toll (F6); "a surgeon at the hospital" was a body, so "The government has
announced an inquiry" was read as the surgeon speaking. Left: the ministry's denial that
live ammunition was used is not joined to the doctors' "killed by live rounds"; "rejecting
higher figures" is not tied to the rights group's toll."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Security forces fire on protesters in Ravna', 'Global Wire', '2047-10-05',
        "Security forces opened fire on protesters in the city of Ravna on Saturday, killing at least 12 people, a rights group said.\n"
        "The interior ministry said officers had fired in self-defence after being attacked with petrol bombs.\n"
        "The ministry denied that live ammunition had been used, saying officers fired rubber bullets."),
    "02.txt": ('Hospital staff say protesters died of gunshot wounds', 'Evening Star', '2047-10-06',
        "Doctors at Ravna's main hospital said most of the dead had been killed by live rounds, according to the rights group Civic Watch.\n"
        "\"These were not rubber bullets,\" a surgeon at the hospital told the Evening Star, speaking on condition of anonymity for fear of reprisals.\n"
        "The government has announced an inquiry into the deaths."),
    "03.txt": ('Government says 3 died in Ravna unrest', 'State Tribune', '2047-10-06',
        "Three people died in the unrest in Ravna, the interior minister, Petra Voss, said in a televised address, rejecting higher figures given by rights groups as \"exaggerated\".\n"
        "Voss said \"foreign agents\" had organised the protests."),
}


def test_a_closing_cue_before_a_participle_keeps_its_speaker(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    toll = next(c for c in doc["claims"] if c["text"] == "Three people died in the unrest in Ravna")
    assert [names[s] for s in toll["asserted_by"]] == ["Petra Voss"] and toll["grade"] == "B3"
    rejecting = next(a for a in doc["attributions"] if a["cue"] == "rejecting")
    assert names[rejecting["speaker"]] == "Petra Voss"


def test_a_surgeon_at_a_hospital_is_someone_unnamed_not_the_government(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    kinds = {s["id"]: s["type"] for s in doc["speakers"]}
    surgeon = next(a for a in doc["attributions"] if (a["source_text"] or "").startswith("a surgeon"))
    assert kinds[surgeon["speaker"]] == "anonymous"
    announced = next(a for a in doc["attributions"] if a["cue"] == "announced")
    assert announced["speaker"] != surgeon["speaker"]
