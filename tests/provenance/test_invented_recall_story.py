"""A third invented story, outside politics: a company's recall, a regulator's finding
through a spokeswoman, former staff telling a paper the company knew for months, the
company declining to comment and then rejecting the paper's report (a wire-style copy of
that). Written before the changes it led to."""

from __future__ import annotations

from typing import Any

DENIAL = ("Pharmaco said on Tuesday it \"was not aware of any safety issue before June\", "
          "rejecting an Evening Tribune report that it had known about the problem for months.")
ARTICLES = {
    "01.txt": ("Pharmaco recalls blood-pressure drug", "Health Wire", "2031-07-01",
               "Pharmaco recalled 2 million bottles of its blood-pressure drug Cardiva after "
               "tests found a cancer-causing impurity, the company said in a statement on "
               "Monday.\nThe recall covers batches sold in 12 countries since January."),
    "03.txt": ("Pharmaco knew of impurity for months, former staff say", "Evening Tribune",
               "2031-07-02",
               "Pharmaco had known about the impurity since March, two former employees told "
               "the Evening Tribune.\nThe company declined to comment on the claims."),
    "04.txt": ("Pharmaco denies it knew of impurity", "Finance Post", "2031-07-03",
               DENIAL + "\nShares in Pharmaco fell 8 percent on Tuesday."),
    "05.txt": ("Pharmaco denies knowing of impurity", "Market Daily", "2031-07-03",
               DENIAL + "\nShares in Pharmaco fell 8 percent."),
}


def test_declining_to_comment_is_no_claim_and_a_rejected_report_no_channel(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    texts = [c["text"].lower() for c in doc["claims"]]
    assert not any("declined to comment" in t for t in texts), texts
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    found = [c for c in doc["claims"] if "known about the impurity" in c["text"]]
    assert len(found) == 1, texts
    claim: dict[str, Any] = found[0]
    assert claim["first_reported_by"] == ["Evening Tribune"]
    assert "Pharmaco" in {name[s] for s in claim["denied_by"]}, claim["denied_by"]
    # The denial names the Tribune's report: what it rejects, not whom it spoke to.
    denials = [a for a in doc["attributions"] if a["cue"].startswith("rejecting")]
    assert denials and all(a["via"] == [] for a in denials), denials


def test_two_bodies_named_by_kind_are_two_speakers(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented({"a.txt": ("Notes", "Harbor Ledger", "2031-03-02",
                                      "The company said sales rose. The ministry said "
                                      "taxes fell.")})
    speakers = {a["content"]: a["speaker"] for a in doc["attributions"]}
    assert speakers["sales rose"] != speakers["taxes fell"], speakers


def test_an_outlet_described_not_named_is_a_stated_source(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    # "Lumbrian state television said P": the texts describe who says it, so no F ("no
    # source stated"); vague, as "media reports" are.
    doc = analyse_invented({"a.txt": ("Market used to store arms, TV says", "Daily Globe",
                                      "2031-08-04",
                                      "Lumbrian state television said the Korsa market had "
                                      "been used to store weapons.")})
    found = [c for c in doc["claims"] if "store weapons" in c["text"]]
    assert found and found[0]["grade"][0] not in "F", [(c["text"], c["grade"]) for c in found]
