"""A sixty-ninth invented story, a fact check of a viral video: "Claim: A video shared
thousands of times on social media shows Ostlandic fighter jets flying over ... Brisk",
"Verdict: False", the air force's "no foreign aircraft had entered Varnian airspace", the
residents' account a pro-Ostland paper reported, and "dismissing videos circulating online
as fake". Written before the change it led to: "A video [shared] thousands of times ...
shows P" was parsed with "shared" as the verb, so "thousands of times on social media" was
an anonymous source. Left: the fact check's "Verdict: False" is read as no denial of the
claim it rates (the Claim/Verdict form is not read); "no foreign aircraft had entered
Varnian airspace" and "no foreign military aircraft had flown over Brisk" are claims of
their own, no denials of the jets' flight; "dismissing videos circulating online as fake"
points at no claim."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Viral video does not show Ostlandic jets over Brisk", "Lumbria FactCheck", "2039-12-02",
        "Claim: A video shared thousands of times on social media shows Ostlandic fighter jets flying over the Varnian town of Brisk on Monday.\n"
        "Verdict: False. The video was filmed in 2031 during an air show in Lumbria.\n"
        "A reverse image search shows the same footage was posted on a Lumbrian aviation forum eight years ago.\n"
        "Varnia's air force told Lumbria FactCheck that no foreign aircraft had entered Varnian airspace on Monday."),
    "02.txt": ("Ostlandic jets flew over Brisk, residents say", "Ostgrad Herald", "2039-12-01",
        "Ostlandic fighter jets flew low over the Varnian town of Brisk on Monday, according to residents who posted videos online.\n"
        "\"We saw three jets, they were so loud the windows shook,\" one resident wrote on social media.\n"
        "Varnia's defence ministry did not comment."),
    "03.txt": ("Varnia denies jets violated its airspace", "Halden Daily", "2039-12-02",
        "Varnia's air force said on Tuesday that no foreign military aircraft had flown over Brisk, dismissing videos circulating online as fake.\n"
        "The Ostgrad Herald, a pro-Ostland newspaper, had reported that Ostlandic jets flew over the town, citing residents."),
}


def test_a_reduced_relatives_participle_is_no_verb_of_the_sentence(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    shows = next(a for a in doc["attributions"] if a["cue"] == "shows")
    assert shows["source_text"] == "A video shared thousands of times on social media", shows
