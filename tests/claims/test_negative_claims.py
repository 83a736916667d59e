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


DONE_NOTHING = {
    "a1.txt": ("Port hack", "Harbor Ledger", "2031-03-02",
               "The minister said the former government had done nothing to prevent the hacks "
               "of the port authority's email accounts.\n"),
    "a2.txt": ("Port hack", "Valley Courier", "2031-03-02",
               "Instead, the minister criticized the former government for not doing enough "
               "to prevent hackers from accessing the port authority's emails.\n"),
    "a3.txt": ("Port hack", "Morning Star", "2031-03-03",
               "The former government had done nothing to prevent the hacks of the port "
               "authority's email accounts, the minister told reporters.\n"),
}


def test_what_was_done_being_nothing_is_a_negative_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    # "had done nothing" states that no act was done, as "did not do enough" does: the
    # minister who says both is no denier of it.
    doc = analyse_invented(DONE_NOTHING)
    claims = [c for c in doc["claims"] if "hack" in c["text"] and len(c["articles"]) == 3]
    assert claims, [c["text"] for c in doc["claims"]]
    assert all(not c["denied_by"] for c in claims), [(c["text"], c["stances"]) for c in claims]
