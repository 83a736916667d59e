"""A twenty-ninth invented story, truce talks: a scoop on "two officials briefed on the
talks", a foreign ministry's denial and its spokesman's quote "These reports are
premature" (a claim of its own, with two sources that were one government), and a
mediator on the record. Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Ceasefire deal close, officials say", "Al Jazeera", "2036-06-02",
        "Negotiators are close to a ceasefire agreement between Ostland and Varnia that would include a prisoner exchange, two officials briefed on the talks told Al Jazeera.\n"
        "A deal could be announced within days, one of the officials said, speaking on condition of anonymity because he was not authorised to talk to the media.\n"
        "Varnian negotiator Pavel Sirko told Al Jazeera that \"serious progress\" had been made but that \"nothing is agreed until everything is agreed\"."),
    "02.txt": ("Ostland denies ceasefire deal is near", "Capital Post", "2036-06-03",
        "Ostland's foreign ministry on Tuesday denied reports that a ceasefire agreement with Varnia was imminent.\n"
        "\"These reports are premature,\" ministry spokesman Leon Varga said.\n"
        "Al Jazeera reported on Monday, citing two officials briefed on the talks, that a deal including a prisoner exchange was close."),
    "03.txt": ("Varnia and Ostland near truce, says mediator", "Meridian Wire", "2036-06-03",
        "Ostland and Varnia are close to agreeing a ceasefire that would include an exchange of prisoners, according to the talks' mediator, Lumbrian diplomat Irena Holm.\n"
        "Holm told reporters in Halden that the sides had agreed on \"most of the text\".\n"
        "Ostland has said reports of an imminent deal are premature."),
}


def test_calling_the_reports_premature_denies_them(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    deal = next(c for c in doc["claims"] if "ceasefire" in c["text"] and "close" in c["text"])
    assert {"Leon Varga", "Ostland"} <= {name[s] for s in deal["denied_by"]}, deal["reasons"]
    assert not [c for c in doc["claims"] if "premature" in c["text"]], [c["text"] for c in doc["claims"]]
