"""A sixty-fourth invented story, a virus outbreak whose toll is disputed: the health
ministry's three deaths, local media's twelve, a hospital doctor's "The real death toll
... is far higher than the government admits" told anonymously to a paper, the ministry
rejecting "the claims as false", and the WHO asking for data. Written before the change it
led to: the doctor's words joined the ministry's claim, so the ministry's rejection of
them landed on its own claim, which was graded E, "its source took it back", though no one
took anything back. Left: the doctor's contradiction and the ministry's figure are one
claim (so the ministry is shown both saying and denying it); "than the government admits"
credits the government with "far higher"; "asked not to be named" is a denial by "who";
"the country had nothing to hide" denies nothing."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Three dead in Ostland virus outbreak, ministry says", "Kessel News Agency", "2039-07-01",
        "Three people have died in an outbreak of a respiratory virus in Ostland's southern province, the health ministry said on Thursday.\n"
        "The ministry said the situation was under control and there was no need for travel restrictions.\n"
        "Local media reported at least 12 deaths."),
    "02.txt": ("Doctors say Ostland is hiding virus deaths", "Capital Post", "2039-07-02",
        "The real death toll from the outbreak in Ostland is far higher than the government admits, a doctor at the main hospital in the provincial capital told the Capital Post.\n"
        "The doctor, who asked not to be named for fear of reprisals, said at least 20 patients had died in his ward alone.\n"
        "The health ministry rejected the claims as false and said it was publishing all deaths."),
    "03.txt": ("WHO asks Ostland for virus data", "Lumbria Times", "2039-07-02",
        "The World Health Organization said on Friday it had asked Ostland to share more information about the outbreak.\n"
        "A WHO spokesman said the agency had received reports of \"a significant number of deaths\" but could not confirm them.\n"
        "Ostland's health minister, Olga Reis, said the country had nothing to hide."),
}


def test_a_source_denying_what_joined_its_claim_has_not_taken_it_back(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    toll = next(c for c in doc["claims"] if c["text"].startswith("Three people have died"))
    reason = toll["reasons"][0]
    # Only a source whose words take its own back ("retracted its statement") has done
    # so; a denial of what another said, clustered with its claim, is no retraction.
    assert "took it back" not in reason and toll["grade"][0] not in "EF", reason
    assert "The health ministry" in reason, reason
