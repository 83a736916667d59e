"""A seventh invented story, a minister and an arms maker's gift: a paper's scoop whose
sentence-final "according to documents obtained by the Capital Herald" the parser hangs on
its last clause; the minister's office denying "in a statement"; a re-translation that
writes "reports the newspaper Capital Herald"; and the minister answering a question with
"Absolutely not." Written before the changes it led to."""

from __future__ import annotations

from typing import Any

ARTICLES = {
    "01.txt": ("Minister took holiday paid for by arms maker", "Capital Herald", "2033-02-03",
               "Defence Minister Ivo Brant accepted a luxury holiday in the Maldives paid for "
               "by arms maker Kestrel Dynamics weeks before his ministry awarded the company a "
               "$2 billion contract, according to documents obtained by the Capital Herald.\n"
               "The ministry said in a statement that the minister had paid for all his travel "
               "himself."),
    "03.txt": ("Minister of defence accepted holiday of weapons maker", "Ostland Today",
               "2033-02-04",
               "The minister of defence Ivo Brant has accepted a luxury holiday which was paid "
               "by the weapons maker Kestrel Dynamics, reports the newspaper Capital Herald."),
    "04.txt": ("Ethics inquiry opens", "The Ostgrad Post", "2033-02-05",
               "Parliament's ethics commissioner has opened an inquiry into Defence Minister "
               "Ivo Brant's travel, a spokeswoman for the commission confirmed on Saturday.\n"
               "Asked whether Kestrel Dynamics had paid for his holiday, Brant said: "
               "\"Absolutely not.\""),
}


def test_the_scoop_its_translation_and_its_denials_are_one_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    found = [c for c in doc["claims"] if "holiday" in c["text"] and "paid" in c["text"]]
    assert found, [c["text"] for c in doc["claims"]]
    scoop = found[0]
    # The whole lead, not its last clause.
    lead = [a for a in doc["attributions"] if a["cue"] == "according to"]
    assert lead and lead[0]["content"].startswith("Defence Minister Ivo Brant accepted"), lead
    articles = {a["path"].rsplit("/", 1)[-1]: a["id"] for a in doc["articles"]}
    assert {articles["01.txt"], articles["03.txt"]} <= set(scoop["articles"])
    assert scoop["first_reported_by"] == ["Capital Herald"]
    # "said in a statement that P": the ministry speaks, and "said" is the cue.
    said = [a for a in doc["attributions"] if a["cue"] == "said" and "travel" in a["content"]]
    assert said and name[said[0]["speaker"]].lower().endswith("ministry"), [
        (a["cue"], a["speaker"]) for a in said]
    # "..., reports the newspaper Capital Herald": the paper is the source.
    inverted = [a for a in doc["attributions"] if a["cue"] == "reports"]
    assert inverted and name[inverted[0]["speaker"]] == "Capital Herald"


def test_a_reply_to_a_question_denies_what_was_asked(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    inquiry = [c for c in doc["claims"] if "inquiry" in c["text"]]
    assert inquiry and not inquiry[0]["denied_by"], inquiry
    # "Asked whether Kestrel Dynamics had paid for his holiday, Brant said: 'Absolutely
    # not.'": a denial of the holiday's claim (shown with it, though its few words are too
    # far from the claim's wording to be counted: a related statement).
    [reply] = [a for a in doc["attributions"] if "Absolutely not" in a["content"]]
    assert reply["stance"] == "denies"
    holiday: list[dict[str, Any]] = [c for c in doc["claims"] if "holiday" in c["text"]]
    assert holiday and [reply["id"], "denies"] in holiday[0]["stances"], holiday[0]["stances"]


def test_an_outlets_correction_of_its_report_is_shown_with_the_claim_it_carries(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    correction = ("Parliament's ethics commissioner has opened an inquiry into Brant's travel, "
                  "a spokeswoman said.\nThe Capital Herald later corrected its report to say "
                  "the holiday was paid for by a subsidiary of Kestrel Dynamics, not by the "
                  "company itself.")
    doc = analyse_invented({**{k: ARTICLES[k] for k in ("01.txt", "03.txt")},
                            "05.txt": ("Herald corrects report", "The Ostgrad Post",
                                       "2033-02-06", correction)})
    said = {c["text"]: [r for r in c["reasons"] if r.startswith("Corrected:")]
            for c in doc["claims"]}
    holiday = [lines for text, lines in said.items() if "holiday" in text and "paid" in text]
    assert holiday and holiday[0] and "Capital Herald corrected its report" in holiday[0][0], said
    assert not [lines for text, lines in said.items() if "inquiry" in text and lines], said
