"""A seventy-eighth invented story, a celebrity couple's separation in the entertainment
press: "a representative for Dahl confirmed to Starwatch magazine", "the representative said
in a statement to the magazine", "A source close to the couple told the Daily Courier", "An
insider claimed ..., according to the celebrity website ClickBuzz", and the actor's own
confirmation "denying reports that he had moved out in June". Written before the change it
led to: "Starwatch magazine" after "to" was no outlet (only a name after "the" or a comma
was read with the outlet noun after it), so the confirmation was relayed by no one. Left:
the actor's denial of having moved out joins the separation claim, not the insider's claim
that "the actor had moved out" (told in another article, "the actor" names no one there);
"a representative for Dahl" is an unnamed source, not Dahl's own voice; in the second
article "Starwatch reported" names no outlet (it is described as a magazine only in the
first, and citations are read article by article), so the claim's first reporter is the
Evening Star."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Singer Mira Dahl and actor Jonas Brandt split after six years', 'Daily Courier', '2041-09-03',
        "Singer Mira Dahl and actor Jonas Brandt have separated after six years of marriage, a representative for Dahl confirmed to Starwatch magazine on Tuesday.\n"
        '"They remain friends and ask for privacy at this time," the representative said in a statement to the magazine.\n'
        'A source close to the couple told the Daily Courier that the split had been "a long time coming".\n'
        "Brandt's publicist did not respond to a request for comment."),
    "02.txt": ('Dahl and Brandt call it quits', 'Evening Star', '2041-09-03',
        "Mira Dahl and Jonas Brandt are divorcing, Starwatch reported, citing a representative for the singer.\n"
        'Brandt, 41, posted a photo of the couple on Instagram last month with the caption "my forever".\n'
        "An insider claimed the actor had moved out of their Malibu home in June, according to the celebrity website ClickBuzz."),
    "03.txt": ('Brandt breaks silence on Dahl split', 'Capital Post', '2041-09-04',
        'Jonas Brandt said on Wednesday that he and Mira Dahl had "decided together" to end their marriage, denying reports that he had moved out in June.\n'
        '"There is no drama here, just two people who love each other going different ways," Brandt wrote on Instagram.'),
}


def test_what_is_confirmed_to_a_magazine_is_relayed_by_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    separated = next(a for a in doc["attributions"] if "have separated after six years" in a["content"])
    assert separated["via"] == ["Starwatch"], separated
