"""A ninety-eighth invented story, a train derailment: a state news agency's account of the
speed, an unnamed railway official on a signal failure, the railway's rejection of "reports
that a signal failure had caused the derailment", and leaked event-recorder data "published
by the news site Orvik Post" that the railway "confirmed ... was authentic". Written before
the changes it led to: the site that published the data was part of the data's description,
no relay of it; the railway's confirmation that the data was authentic was a claim of its
own ("The data was authentic", B3). Left: the rejected report ("a signal failure had
caused the derailment") is not joined to the official's "a signal had failed minutes before
the crash" (F4, no source); the speed claim's first reporter is the site named two days
later, not the agency the wire relayed on the first day; "km/h where the limit was 40"
renders whole only by chance of the parse."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('At least 30 dead in Kessania train derailment', 'Meridian Wire', '2046-02-04',
        "At least 30 people were killed when a passenger train derailed near the Kessanian town of Orvik on Tuesday, local media reported, citing police.\n"
        "State news agency KNA said the train had been travelling at more than twice the speed limit on a curve.\n"
        "An official at the railway operator, who declined to be named because he was not authorised to speak to the media, told Meridian Wire that a signal had failed minutes before the crash."),
    "02.txt": ('Railway denies signal failure caused Orvik crash', 'Capital Daily', '2046-02-05',
        "Kessania's state railway company said on Wednesday that all signals on the line had been working normally, rejecting reports that a signal failure had caused the derailment.\n"
        "Transport Minister Elin Haag told the broadcaster KTV that the driver, who died in the crash, had ignored a speed warning.\n"
        "The train drivers' union accused the minister of blaming a dead man to protect the company."),
    "03.txt": ('Orvik crash toll rises to 41', 'Northern Post', '2046-02-06',
        "The death toll from Tuesday's train crash near Orvik has risen to 41, the regional governor's office said in a statement.\n"
        "Leaked data from the train's event recorder, published by the news site Orvik Post, showed the train was travelling at 95 km/h where the limit was 40.\n"
        "The railway company confirmed that the data was authentic but said it did not explain why the train had not slowed down."),
}


def test_a_site_that_published_the_data_relays_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    data = next(a for a in doc["attributions"] if (a["source_text"] or "").startswith("data from"))
    assert data["source_text"] == "data from the train's event recorder"
    assert data["via"] == ["Orvik Post"]


def test_data_confirmed_authentic_is_what_the_data_shows_confirmed(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    att = {a["id"]: a for a in doc["attributions"]}
    # The claim holding the data's words, whichever wording (the data's or a relay's)
    # represents it.
    data = next(a for a in doc["attributions"] if a["content"].startswith("the train was travelling at 95"))
    speed = next(c for c in doc["claims"] if c["id"] == data["claim"])
    said = {(att[a]["source_text"], s) for a, s in speed["stances"]}
    assert ("The railway company", "asserts") in said, said
    assert not [c for c in doc["claims"] if c["text"] == "The data was authentic"]
