"""A claim that is itself a negative statement is asserted by those who make it: its
speakers are never listed as its deniers."""

from __future__ import annotations

ARTICLES = {
    "a1.txt": ("No evidence yet", "Harbor Ledger", "2031-03-02",
               "Investigators are still examining the wreck of the ferry.\n"
               "\"So far there is no evidence that Ostland sabotaged the ferry,\" the coast "
               "guard commander Lena Varga said on Monday."),
    "a2.txt": ("Ferry inquiry", "Valley Courier", "2031-03-02",
               "The inquiry into the sinking of the Ruritanian ferry continues.\n"
               "Coast guard commander Lena Varga said there was no evidence so far that "
               "Ostland sabotaged the ferry."),
    "a3.txt": ("Sabotage ruled out for now", "Morning Star", "2031-03-03",
               "There is no evidence so far that Ostland sabotaged the ferry, the head of "
               "the Ruritanian coast guard, Lena Varga, told reporters.\n"
               "Divers will return to the wreck on Thursday."),
}


def test_speakers_of_a_negative_claim_assert_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    claims = [c for c in doc["claims"] if "evidence" in c["text"].lower()]
    assert len(claims) == 1, [c["text"] for c in doc["claims"]]
    claim = claims[0]
    assert len(claim["articles"]) == 3, claim
    assert {s for _, s in claim["stances"]} == {"asserts"}, claim["stances"]
    assert not claim["denied_by"]
