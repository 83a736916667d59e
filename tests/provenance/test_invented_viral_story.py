"""An eighty-sixth invented story, a viral photo of a flooded airport debunked: a spokesperson
named after the quote with the body's name in apposition ('"Our runways are dry and every
flight left on time," a spokesperson for the operator, Selda Airports, said'), a dismissal
with its label read as the object's adjective ("has dismissed as fake a widely shared
picture that appears to show its runways flooded"), social media posts "which its
operator denied". Written before the changes it led to: the quote had no speaker (the
parser took "flight", inside the quote, for the subject of "said", and the apposed
spokesperson for its apposition); what was dismissed read "as fake a widely shared
picture ...". Left: the operator's dismissal of the picture joins no claim (the picture's
own claim reads "As fake a widely shared picture appears to show ..." from the raising
verb's region), "its operator" names no one, and "a reverse image search" is an unnamed
source."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Fact check: Photo of flooded airport is from 2038', 'CheckPoint', '2043-07-08',
        "A photo shared thousands of times on social media claims to show Port Selda airport under water after Monday's storm.\n"
        "The image was first published in 2038 by the Selda Herald, a reverse image search shows.\n"
        "The airport's operator said the runways had not flooded and that flights were running normally."),
    "02.txt": ('Storm floods Port Selda', 'Coastal Wire', '2043-07-08',
        "PORT SELDA, July 8 (Coastal Wire) - A storm flooded parts of Port Selda on Monday, forcing the closure of two hospitals, city officials said.\n"
        "Posts on social media claimed the city's airport was under water, which its operator denied.\n"
        "Forecasters expect more rain on Tuesday."),
    "03.txt": ('Airport flood picture is fake, operator says', 'Evening Star', '2043-07-09',
        "Port Selda airport's operator has dismissed as fake a widely shared picture that appears to show its runways flooded.\n"
        '"Our runways are dry and every flight left on time," a spokesperson for the operator, Selda Airports, said.\n'
        "The picture first appeared in a 2038 report by the Selda Herald, according to CheckPoint."),
}


def test_a_speaker_named_after_a_quote_says_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    quote = next(a for a in doc["attributions"] if "runways are dry" in a["content"])
    assert quote["source_text"] == "a spokesperson for the operator, Selda Airports", quote
    assert quote["kind"] == "direct"


def test_a_label_read_as_an_adjective_is_not_what_was_dismissed(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    dismissed = next(a for a in doc["attributions"] if a["cue"] == "dismissed")
    assert dismissed["content"].startswith("a widely shared picture"), dismissed["content"]
    assert dismissed["stance"] == "denies"
