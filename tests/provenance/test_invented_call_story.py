"""A fifty-eighth invented story, two leaders' accounts of one phone call: a readout
"released by Adler's office" saying Brant agreed to ship inspections, Ostland's foreign
ministry saying he "had not agreed to any inspections of ships, contradicting Varnia's
account of a call", its spokesman's "No such commitment was made", and a Varnian official
who listened to the call. Written before the changes it led to: "according to a readout
released by Adler's office" was an owner-less document ("a readout"), as was "The
readout said"; the bare denial of "Varnia's account" beside the ministry's negated
statement, and the spokesman's "No such commitment was made", went to the article's other
statement ("Varnia's presidential office stood by its readout", graded F) or stood as a
claim of their own. Left: the readout and Varnia count as two independent sources (whose
office Adler's is, the parse does not say)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Leaders discuss grain corridor in phone call", "Halden Daily", "2038-10-02",
        "Varnian President Tomas Adler and Ostland's leader Ivo Brant discussed reopening the Brisk Sea grain corridor in a phone call on Tuesday, according to a readout released by Adler's office.\n"
        "The readout said Brant had agreed to allow inspections of grain ships by a joint team.\n"
        "The statement issued by Brant's office made no mention of inspections and said only that the two leaders had exchanged views on food security."),
    "02.txt": ("Ostland denies agreeing to ship inspections", "Capital Post", "2038-10-03",
        "Ostland's foreign ministry said on Wednesday that President Ivo Brant had not agreed to any inspections of ships, contradicting Varnia's account of a call between the two leaders.\n"
        "\"No such commitment was made,\" ministry spokesman Karl Dorn told reporters.\n"
        "Varnia's presidential office stood by its readout."),
    "03.txt": ("Grain deal hopes fade after conflicting accounts", "Lumbria Times", "2038-10-03",
        "Hopes for a quick reopening of the grain corridor faded after Ostland denied Varnia's claim that Brant had agreed to joint inspections.\n"
        "A Varnian official who listened to the call said Brant had accepted the proposal \"without hesitation\"."),
}


def test_a_readout_is_the_office_that_released_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    said = next(a for a in doc["attributions"] if a["content"].startswith("Brant had agreed"))
    assert said["resolved_source"] == "Adler's office readout", said
    according = next(a for a in doc["attributions"] if a["rule"] == "according_to")
    assert "Adler's office" in according["source_text"], according["source_text"]


def test_every_answer_of_the_denying_paper_is_of_the_inspections(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    inspections = next(c for c in doc["claims"] if "inspections" in c["text"]
                       and "agreed" in c["text"])
    denied = {a["content"] for a in doc["attributions"]
              if a["claim"] == inspections["id"] and a["stance"] == "denies"}
    assert "Varnia's account of a call between the two leaders" in denied, denied
    assert "\"No such commitment was made,\"" in denied, denied
