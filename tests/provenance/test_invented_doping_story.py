"""A sixth invented story, outside politics and war: a paper sees a letter from an
anti-doping agency saying a sprinter tested positive; a wire relays the paper ("the Swedish
newspaper Sportblad ..., citing a letter from the Pannonian anti-doping agency"); the
agency later confirms and rejects her lawyer's claim about the laboratory, and its director
says the opposite of that claim. Written before the changes it led to."""

from __future__ import annotations

from typing import Any

WIRE = ("STOCKHOLM, May 11 (Nordwire) - Olympic 100 metres champion Lina Varga has tested "
        "positive for a banned anabolic steroid, the Swedish newspaper Sportblad reported on "
        "Sunday, citing a letter from the Pannonian anti-doping agency.\n"
        "Nordwire could not immediately verify the report.")
ARTICLES = {
    "01.txt": ("Sprinter failed doping test, letter shows", "Sportblad", "2032-05-11",
               "Olympic sprint champion Lina Varga tested positive for the banned steroid "
               "trenbolone in April, according to a letter from the Anti-Doping Agency of "
               "Pannonia seen by Sportblad.\nVarga's agent did not reply to messages on "
               "Sunday. The agency said it does not comment on individual cases."),
    "02.txt": ("Varga failed drugs test, paper reports", "Nordwire", "2032-05-11", WIRE),
    "05.txt": ("Agency rejects lab claims", "Nordwire", "2032-05-13",
               "BUDAPEST, May 13 (Nordwire) - The Anti-Doping Agency of Pannonia rejected her "
               "lawyer's claim that the laboratory had lost its accreditation.\n"
               "\"The laboratory is fully accredited and the result is not in doubt,\" agency "
               "director Eva Horvath told reporters."),
}


def _claim(doc: dict[str, Any], words: str) -> dict[str, Any]:
    found = [c for c in doc["claims"] if words in c["text"]]
    assert len(found) == 1, [c["text"] for c in doc["claims"]]
    return found[0]


def test_a_paper_named_after_its_noun_relays_the_letter_it_cites(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    positive = _claim(doc, "tested positive")
    # One source, the agency (its letter, however the texts name it), through Sportblad;
    # not an anonymous letter beside an on-record newspaper.
    reason = positive["reasons"][0]
    assert reason.startswith("B") and "one on-record primary source" in reason, reason
    assert "Anti-Doping Agency of Pannonia" in reason and "via Sportblad" in reason, reason
    assert positive["first_reported_by"] == ["Sportblad"]
    # "could not immediately verify the report" casts no doubt; the agency's rule of not
    # commenting is no claim.
    assert "questions" not in {s for _, s in positive["stances"]}, positive["stances"]
    assert not [c for c in doc["claims"] if "comment" in c["text"]]


def test_the_director_of_a_body_that_denies_is_no_support(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    lab = _claim(doc, "lost its accreditation")
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    assert "Eva Horvath" not in {name[s] for s in lab["asserted_by"]}, lab["reasons"]
    assert "her lawyer" in {name[s] for s in lab["asserted_by"]}, lab["reasons"]
    assert "Anti-Doping Agency of Pannonia" in {name[s] for s in lab["denied_by"]}
