"""A sixty-eighth invented story, a war's live blog: entries opening with a time stamp
("11:05 GMT - Varnia's air force says ..."), a claimed capture of a village the other side
denies ("said fighting was continuing near the village and denied that it had fallen"),
and a spokesman's "Dorn is under our control". Written before the changes it led to: each
entry's time stamp was part of its speaker ("11:05 GMT - Varnia's air force", typed other,
its claim graded F); "denied" was hung on "continuing", so the fighting denied. Left:
"Varnian troops pushed Ostlandic forces back from ... Dorn, a day after Ostland claimed to
have captured it" joins the capture claim as support (pushing back and capturing are no
frames that set the two apart), and "Dorn is under our control" denies nothing."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Ostland-Varnia war: live updates", "Lumbria Times", "2039-10-12",
        "11:05 GMT - Varnia's air force says it shot down 30 of the 35 drones Ostland launched overnight.\n"
        "10:40 GMT - Ostland's defence ministry says its forces have captured the village of Dorn in eastern Varnia. Varnia has not confirmed the claim.\n"
        "10:10 GMT - Loud explosions were heard in the Varnian capital, witnesses told the Lumbria Times.\n"
        "09:45 GMT - The mayor of Brisk, Anna Kessler, says two people were killed when a drone hit an apartment block."),
    "02.txt": ("Ostland claims capture of Dorn", "Kessel News Agency", "2039-10-12",
        "OSTGRAD, Oct 12 (KNA) - Ostland's forces have taken full control of the village of Dorn, the defence ministry said on Saturday.\n"
        "Varnia's general staff said fighting was continuing near the village and denied that it had fallen.\n"
        "Kessel News Agency could not independently verify either side's account."),
    "03.txt": ("Varnia says it repelled Ostlandic assault on Dorn", "Halden Daily", "2039-10-13",
        "Varnian troops pushed Ostlandic forces back from the village of Dorn on Sunday, a day after Ostland claimed to have captured it, a Varnian military spokesman said.\n"
        "\"Dorn is under our control,\" spokesman Maj. Pavel Dusek told the Halden Daily.\n"
        "Ostland did not respond to a request for comment."),
}


def test_a_live_blogs_time_stamp_is_no_part_of_the_speaker(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: (s["name"] or s["label"], s["type"]) for s in doc["speakers"]}
    drones = next(a for a in doc["attributions"] if "shot down 30" in a["content"])
    assert name[drones["speaker"]] == ("Varnia's air force", "organization"), name[drones["speaker"]]


def test_a_denial_joined_to_what_was_said_is_the_speakers(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    fallen = next(a for a in doc["attributions"] if a["content"] == "that it had fallen")
    assert fallen["stance"] == "denies" and name[fallen["speaker"]] == "Varnia's general staff"
