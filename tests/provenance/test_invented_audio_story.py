"""A fifty-ninth invented story, a leaked recording said to be fake: a recording that
"appears to capture" a minister ordering force against protesters, the government's "a
recording purporting to show ... was a fake produced with artificial intelligence", its
spokeswoman's "This is a crude forgery", the opposition's call to resign and "The
government has called the recording fake". Written before the changes it led to: "called
the recording fake" said nothing (the parser glued "recording" onto "fake" as one noun),
and once read, "The government" was the minister (his surname, "Orlov", tagged a body,
was the organisation in view). Left: the government's own sentence with the recording's
contents ("a recording purporting to show ... was a fake") and "This is a crude forgery"
are claims of their own; the call to resign is shown supporting the recording's claim;
"Free Ostgrad" is a person."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Leaked recording appears to show minister ordering crackdown", "Capital Post", "2038-11-05",
        "An audio recording posted online on Sunday appears to capture Ostland's interior minister, Pavel Orlov, ordering police to \"use whatever force is necessary\" against protesters.\n"
        "The Capital Post could not verify the authenticity of the recording, which was published by the opposition news site Free Ostgrad.\n"
        "Two audio experts consulted by the Post said they found no signs that the recording had been edited."),
    "02.txt": ("Ostland says minister recording is fake", "Halden Daily", "2038-11-06",
        "Ostland's government said on Monday that a recording purporting to show the interior minister ordering a violent crackdown was a fake produced with artificial intelligence.\n"
        "\"This is a crude forgery,\" government spokeswoman Lara Vik said.\n"
        "Free Ostgrad, which first published the recording, said it had obtained it from a police officer and stood by its authenticity."),
    "03.txt": ("Opposition demands minister resign over recording", "Lumbria Times", "2038-11-06",
        "Ostland's opposition called on Interior Minister Pavel Orlov to resign after a recording emerged in which he appears to order police to use force against protesters.\n"
        "Orlov has not commented on the recording.\n"
        "The government has called the recording fake."),
}


def test_a_record_called_fake_denies_what_it_is_said_to_show(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    fake = next(a for a in doc["attributions"] if a["content"] == "the recording fake")
    assert fake["stance"] == "denies" and name[fake["speaker"]] == "The government", fake
    shown = next(c for c in doc["claims"] if c["id"] == fake["claim"])
    assert "recording" in shown["text"] and "Orlov" in shown["text"], shown["text"]
