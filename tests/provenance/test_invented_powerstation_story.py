"""An eighty-ninth invented story, a missile strike on a power station told first in a live
blog: entries opening with a bare clock time ("09:12 The Velm power station has been hit by
a missile, regional governor Ana Rusk says", "10:05 Ostland's defence ministry has denied
striking the plant"), and a denial that names what it rejects by a party's name and a report
noun ("Varnian claims of a missile strike were 'pure fiction'"). Written before the changes
it led to: the time stamps were part of the content and of the ministry's name ("10:05
Ostland's defence ministry"); the named denial joined the claim nearest in its own article's
words ("Varnia's air force had tracked the missile"), so the strike stood undenied. Left:
"the strike had caused a fire" joins the ministry's account of an accident."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Live: Strike at Velm power station', 'Morning Herald', '2044-07-01',
        "09:12 The Velm power station has been hit by a missile, regional governor Ana Rusk says.\n"
        "Rusk said on Telegram that the strike had caused a fire but no casualties.\n"
        "09:40 The energy ministry says power has been cut to 200,000 homes.\n"
        '10:05 Ostland\'s defence ministry has denied striking the plant. "Our forces do not target civilian energy infrastructure," it said.\n'
        "10:30 Unverified footage shared online shows thick smoke rising from the site."),
    "02.txt": ('Missile hits Velm power station, 200,000 homes without power', 'Daily Ledger', '2044-07-01',
        "A missile struck the Velm power station on Monday morning, starting a fire and cutting power to some 200,000 homes, officials said.\n"
        "Governor Ana Rusk blamed Ostland for the attack.\n"
        "Ostland denied the accusation, saying its forces only hit military targets.\n"
        "The energy ministry said repairs would take at least two weeks."),
    "03.txt": ('Ostland says Velm fire caused by accident', 'State Herald', '2044-07-02',
        "The fire at the Velm power station was caused by an accident during maintenance work, Ostland's foreign ministry said on Tuesday.\n"
        'The ministry said Varnian claims of a missile strike were "pure fiction".\n'
        "Varnia's air force said it had tracked the missile from launch."),
}


def test_a_live_blogs_time_stamps_are_no_part_of_who_said_what(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = [s["name"] or s["label"] for s in doc["speakers"]]
    assert "Ostland's defence ministry" in names
    assert not [n for n in names if n[:1].isdigit()], names
    assert not [c for c in doc["claims"] if c["text"][:1].isdigit()]


def test_a_denial_naming_the_act_finds_the_act_not_its_partys_other_claims(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    names = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    hit = next(c for c in doc["claims"] if "missile" in c["text"] and "Velm" in c["text"])
    assert "Ostland's foreign ministry" in {names[s] for s in hit["denied_by"]}, hit["reasons"]
    tracked = [c for c in doc["claims"] if "tracked the missile" in c["text"]]
    assert all(not c["denied_by"] for c in tracked)
