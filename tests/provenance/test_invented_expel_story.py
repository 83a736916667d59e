"""A nineteenth invented story, diplomats expelled: "Lumbria has ordered four Ostland
diplomats to leave ..., accusing them of spying on a military base, people familiar with
the decision said" (the accused is the main verb's object), and, in another article that
states no accusation, Ostland's embassy calling "the accusations" absurd (the claim
Ostland is accused in, not the article's expulsion). Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Lumbria expels four Ostland diplomats over spying',
               'The Capital Times', '2034-10-02',
               'Lumbria has ordered four Ostland diplomats to leave the country within 72 '
               'hours, accusing them of spying on a military base, people familiar with the '
               'decision said.\nThe expulsions were first reported by the Capital Times on '
               "Wednesday.\nLumbria's foreign ministry did not respond to a request for "
               'comment.'),
    "02.txt": ('Ostland vows response to expulsions',
               'Eastern Wire', '2034-10-02',
               "Ostland's embassy in Lumbria said in a statement posted on Telegram that the "
               'accusations were "absurd" and that Ostland would respond in kind.\nLumbria '
               'expelled four Ostland diplomats on Wednesday, the Capital Times reported, '
               'citing people familiar with the decision.'),
    "03.txt": ('Lumbria confirms expulsions',
               'Eastern Wire', '2034-10-03',
               "Lumbria's foreign ministry on Thursday confirmed that it had expelled four "
               'Ostland diplomats for activities incompatible with their status.\nA senior '
               'Lumbrian official, speaking on condition of anonymity, told reporters the '
               'diplomats had photographed the base at Redmoor on several occasions.'),
}


def test_accusing_them_of_is_a_charge_against_the_object(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    spying = [c for c in doc["claims"] if "spying" in c["text"]]
    assert spying and spying[0]["text"].startswith("Four Ostland diplomats"), [
        c["text"] for c in doc["claims"]]


def test_a_denial_of_the_accusations_answers_the_charge(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    denied = {c["text"]: {name[s] for s in c["denied_by"]} for c in doc["claims"]}
    spying = next(t for t in denied if "spying" in t)
    expelled = next(t for t in denied if "expelled" in t)
    assert "Ostland's embassy in Lumbria" in denied[spying], denied
    assert not denied[expelled], denied
