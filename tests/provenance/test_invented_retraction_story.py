"""A fifty-fifth invented story, a ministry's claim taken back: "the captain ... had been
drinking, the transport ministry said", then "The transport ministry on Tuesday retracted
its statement that the captain ... had been drinking, saying it had been issued in
error", the captain's lawyer's rebuttal and survivors telling of an engine failure.
Written before the changes it led to: "retracted its statement that P" read nothing
("retract" took no object, "its statement" no proposition), so "its" asserted P a second
time and the claim stood graded B3, undisputed; once the retraction was read, the
ministry, its only source, denying it left the claim graded F ("no primary source
stated"). Left: the lawyer's "his client had not consumed any alcohol" (a negated
paraphrase) is a claim of its own; "called the ministry's claim 'a disgraceful attempt to
shift blame'" is no denial."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Ministry says ferry captain was drunk", "Halden Daily", "2038-07-10",
        "The captain of the ferry that sank off Brisk Island on Sunday had been drinking before the voyage, the transport ministry said on Monday.\n"
        "\"The captain was clearly unfit to command the vessel,\" ministry spokeswoman Ada Lind told a news conference.\n"
        "At least 31 people died in the sinking, according to the coast guard."),
    "02.txt": ("Ministry retracts claim about ferry captain", "Capital Post", "2038-07-11",
        "The transport ministry on Tuesday retracted its statement that the captain of the sunken ferry had been drinking, saying it had been issued in error.\n"
        "\"We apologise to the captain's family,\" the ministry said.\n"
        "The captain's lawyer, Tomas Berg, said his client had not consumed any alcohol and called the ministry's claim \"a disgraceful attempt to shift blame\".\n"
        "Investigators have not yet determined the cause of the sinking."),
    "03.txt": ("Ferry sank after engine failure, survivors say", "Lumbria Times", "2038-07-11",
        "Survivors of the Brisk Island ferry disaster said the vessel lost power shortly before it capsized in heavy seas.\n"
        "\"The engines just stopped and then the ship started to lean,\" said Marta Koss, a 41-year-old teacher who swam to shore.\n"
        "The ferry's operator, Brisk Lines, said the ship had passed a safety inspection in March."),
}


def test_a_retracted_claim_is_denied_by_its_source_and_graded_e(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    drinking = next(c for c in doc["claims"] if "had been drinking" in c["text"])
    retraction = next(a for a in doc["attributions"] if a["cue"] == "retracted")
    assert retraction["stance"] == "denies" and retraction["claim"] == drinking["id"], retraction
    assert drinking["grade"][0] == "E", drinking["reasons"]
    assert "took it back" in drinking["reasons"][0], drinking["reasons"][0]
