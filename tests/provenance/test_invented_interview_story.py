"""A forty-first invented story, a leader's warning in a broadcaster's interview: the BBC's
own report, two papers relaying it ("Varnia's president told the BBC"), the accused side's
post on Telegram, a minister's post "on X, formerly Twitter", and satellite images a paper
reviewed, relayed by another. Written before the changes it led to: the minister's post was
credited to "formerly Twitter" (the parser took the former name for the subject and the
minister for its apposition), and what the satellite images showed was graded F, no source
stated (now the paper that reviewed them vouches for it, on its own authority). Left: in
the paper's own article alone the images would still be F (it credits itself with nothing
a citation records); counted as documents, images also made U-2 photos a second source
beside the official describing them (spy-balloon C9)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Adler warns of Ostland build-up", "Halden Daily", "2037-07-01",
        "Varnian President Tomas Adler said Ostland had massed 40,000 troops near the border, in an interview with the BBC broadcast on Sunday.\n"
        "\"They are preparing for an attack, and the world must wake up,\" Adler told the BBC.\n"
        "Ostland's defence ministry wrote on Telegram that the troops were taking part in scheduled exercises and would return to their bases next week.\n"
        "Satellite images reviewed by the Capital Post showed dozens of tanks at a base 20 kilometres from the border.\n"
        "In a post on X, formerly Twitter, Lumbria's foreign minister Jan Roos said the build-up was \"deeply alarming\"."),
    "02.txt": ("Satellite images show tanks near Varnian border", "Capital Post", "2037-07-01",
        "Ostland has moved about 40,000 soldiers to its border with Varnia, Varnia's president told the BBC.\n"
        "The Ostlandish defence ministry said the soldiers were on exercises. \"These are routine drills,\" ministry spokesman Pavel Orlov said in a video statement.\n"
        "Satellite images reviewed by the Capital Post showed dozens of tanks and hundreds of trucks at a base 20 kilometres from the border."),
    "03.txt": ("Ostland preparing attack, Varnian leader tells BBC", "BBC", "2037-06-30",
        "Ostland has gathered 40,000 troops on Varnia's border and is preparing an attack, Varnia's President Tomas Adler has told the BBC.\n"
        "Speaking in the capital, Adler said the troops had arrived over the past two weeks.\n"
        "Ostland denies planning any attack."),
}


def _names(doc: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}


def test_a_post_on_x_formerly_twitter_is_the_ministers(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = _names(doc)
    post = next(a for a in doc["attributions"] if "deeply alarming" in a["content"])
    assert name[post["speaker"]] == "Jan Roos", post["source_text"]


def test_satellite_images_are_a_source(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    images = next(c for c in doc["claims"] if "dozens of tanks" in c["text"])
    assert images["grade"][0] == "C", images["reasons"]
    assert "Capital Post, on its own authority" in images["reasons"][0]


def test_the_interview_is_relayed_via_the_broadcaster(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = _names(doc)
    troops = next(c for c in doc["claims"] if "40,000" in c["text"])
    assert troops["first_reported_by"] == ["BBC"]
    att = {a["id"]: a for a in doc["attributions"]}
    outlet = {a["id"]: a["outlet"] for a in doc["articles"]}
    relayed = [att[m] for m, _ in troops["stances"]
               if outlet[att[m]["article"]] != "BBC" and att[m]["stance"] == "asserts"]
    # The two papers' relays, and (since the forty-first session) Adler's quote told to the
    # BBC, which restates the BBC's "is preparing an attack" (``claims.relayed``).
    assert len(relayed) >= 2 and {tuple(a["via"]) for a in relayed} == {("BBC",)}, relayed
    assert {name[s] for s in troops["denied_by"]} == {"Ostland"}, troops["reasons"]
