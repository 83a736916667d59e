"""An eighty-fourth invented story, a video said to show a convoy crossing a border: an
open-source group's findings ("Lens said the vehicles bore markings used only by ..."),
analysts' grounds ("said it had been filmed recently, citing snow on the ground"), a
ministry that judges the video and then gives its own account ("the video was 'an old
recording ...' and that no Ostlandish troops had crossed the border"). Written before the
changes it led to: "bore" was read as a noun, so Lens said nothing; "citing snow on the
ground" was part of the analysts' statement and an attribution of "it" (the video) citing
snow; the ministry's two clauses were one statement, so its "no troops had crossed the
border" joined no claim about troops. Left: the video, the 40 vehicles Pia Lund tells of
and the troops Ostland denies sending stay three claims (other words for one event); the
ministry's "no troops had crossed" is only related to the troops claim (its only other
mention is a denial)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Video appears to show convoy crossing into Varnia', 'Northern Post', '2043-01-12',
        "A video posted on social media on Sunday appears to show a column of Ostlandish armoured vehicles crossing into Varnia near the town of Dreve.\n"
        "The Northern Post was unable to independently verify the footage, but the location matches satellite images of the border crossing.\n"
        'Ostland\'s defence ministry said the video was "an old recording from an exercise in 2041" and that no Ostlandish troops had crossed the border.'),
    "02.txt": ('Ostland denies troops crossed into Varnia', 'Capital Daily', '2043-01-13',
        "Ostland on Monday denied that its troops had entered Varnia, dismissing a widely shared video as fake.\n"
        "Varnia's interior minister, Pia Lund, told parliament that at least 40 vehicles had crossed at Dreve overnight, a figure she said came from border guards.\n"
        "Independent analysts who examined the video said it had been filmed recently, citing snow on the ground and new road markings."),
    "03.txt": ('Analysts: Dreve video is recent', 'Evening Star', '2043-01-13',
        "The video showing armoured vehicles at Dreve was filmed within the past week, according to the open-source research group Lens, which geolocated the footage.\n"
        "Lens said the vehicles bore markings used only by Ostland's 5th Guards Brigade.\n"
        "Ostland's defence ministry insists the footage is two years old."),
}


def test_findings_and_grounds_are_read_as_said(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    said = {(a["source_text"], a["content"]) for a in doc["attributions"]}
    assert ("Lens", "the vehicles bore markings used only by Ostland's 5th Guards Brigade") in said
    assert ("Independent analysts who examined the video", "it had been filmed recently") in said
    # What they cite is their grounds, cited by them (not by "it", the video).
    citing = [a["source_text"] for a in doc["attributions"] if a["cue"] == "citing"]
    assert citing == ["Independent analysts who examined the video"], citing


def test_a_judged_record_and_the_account_after_it_are_two_statements(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    texts = [c["text"] for c in doc["claims"]]
    assert not any("old recording" in t and "crossed" in t for t in texts), texts
    ministry = next(a for a in doc["attributions"] if "old recording" in a["content"])
    troops = [c for c in doc["claims"] if ministry["id"] in c["mentions"] and "troops" in c["text"]]
    assert troops, [(c["text"], c["mentions"]) for c in doc["claims"]]
