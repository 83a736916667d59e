"""The sourcing grade from plain data: reliability letter, credibility digit, reasons."""

from __future__ import annotations

from dataclasses import replace

from sourcetrace.provenance.grade import (
    NOT_TRUTH,
    ClaimSourcing,
    SourceSummary,
    grade_claim,
    source_reliability,
)

ANON_VAGUE = SourceSummary(label="unnamed Kazakh officials", type="anonymous")
ANON_BRIEFED = SourceSummary(
    label="a Kazakh official briefed on the talks",
    type="anonymous",
    knowledge=True,
    institution=True,
)
MINISTER = SourceSummary(
    label="trade minister Aliya Nur", type="person", named=True, has_role=True, party=True,
    acted=True,
)
ANALYST = SourceSummary(label="Jan Kowal", type="person", named=True)
PARTY_DENIAL = SourceSummary(
    label="the Belarusian foreign ministry",
    type="organization",
    named=True,
    has_role=True,
    party=True,
)
OTHER_DENIAL = SourceSummary(
    label="Kazakhstan's foreign ministry", type="organization", named=True, party=True
)


def test_source_reliability_letters() -> None:
    assert source_reliability(MINISTER) == "A"
    # A party that did not do the thing (it accuses another, or defends itself) speaks
    # for an institution: B, not A.
    accuser = SourceSummary("the foreign ministry", "organization", named=True,
                            has_role=True, party=True)
    assert source_reliability(accuser) == "B"
    assert source_reliability(SourceSummary("a ministry", "organization", named=True)) == "B"
    assert source_reliability(ANALYST) == "C"
    assert source_reliability(ANON_BRIEFED) == "C"
    assert source_reliability(ANON_VAGUE) == "D"
    liar = SourceSummary("X", "person", named=True, party=True, contradicts_itself=True)
    assert source_reliability(liar) == "E"


def test_denied_anonymous_claim_reads_like_the_design_example() -> None:
    grade, reasons = grade_claim(
        ClaimSourcing(
            sources=(ANON_VAGUE,),
            deniers=(PARTY_DENIAL, OTHER_DENIAL),
            relay_outlets=("The Guardian", "Al Jazeera", "CNN", "BBC", "Reuters"),
            first_reported_by=("The Guardian",),
        )
    )
    assert grade == "D4"
    assert reasons[0] == (
        "D4: one anonymous primary source (unnamed Kazakh officials), relayed by five outlets "
        "via The Guardian; denied on record by the Belarusian foreign ministry and Kazakhstan's "
        "foreign ministry, both parties to the claim (interested denials)."
    )
    assert reasons[-1] == NOT_TRUTH
    assert any(r.startswith("Reach is not corroboration") for r in reasons)


def test_credibility_levels() -> None:
    assert grade_claim(ClaimSourcing(sources=(MINISTER, ANON_VAGUE)))[0] == "A1"
    assert grade_claim(ClaimSourcing(sources=(ANON_VAGUE, ANON_BRIEFED)))[0] == "C2"
    one = grade_claim(ClaimSourcing(sources=(ANON_BRIEFED,), relay_outlets=("CNN",)))
    assert one[0] == "C3" and "not independently confirmed" in one[1][0]
    assert grade_claim(ClaimSourcing())[0] == "F6"
    assert grade_claim(ClaimSourcing(sources=(ANON_VAGUE,), contradicted=True))[0] == "D5"
    # An analyst's on-record doubt is not a denial by someone placed to know.
    assert grade_claim(ClaimSourcing(sources=(ANON_VAGUE,), deniers=(ANALYST,)))[0] == "D3"
    # Two independent sources, one on record, are still disputed by a party's on-record
    # denial: the rubric's 4 is "denied by an on-record source with knowledge", and a party
    # has it (the dev stories' keys grade "Russia blew up the dam" B4 so).
    disputed = grade_claim(ClaimSourcing(sources=(MINISTER, ANALYST), deniers=(PARTY_DENIAL,)))
    assert disputed[0] == "A4"
    assert any("interested" in r for r in disputed[1]), disputed[1]
    neutral = SourceSummary("the UN monitoring mission", "organization", named=True)
    assert grade_claim(ClaimSourcing(sources=(MINISTER, ANALYST), deniers=(neutral,)))[0] == "A4"


def test_a_claim_its_only_source_took_back_is_e_and_says_so() -> None:
    ministry = SourceSummary(label="the transport ministry", type="organization", named=True,
                             has_role=True, contradicts_itself=True, retracted=True)
    # Not a party to the claim, yet shown contradicting itself on it: E, not B.
    assert source_reliability(ministry) == "E"
    assert source_reliability(SourceSummary(label="the transport ministry", type="organization",
                                            named=True, contradicts_itself=True)) == "B"
    grade, reasons = grade_claim(ClaimSourcing(sources=(ministry,), deniers=(ministry,)))
    assert grade == "E4" and "took it back" in reasons[0], reasons
    # Shown denying what joined its claim, not taking its words back: said as it is.
    both = replace(ministry, retracted=False)
    grade, reasons = grade_claim(ClaimSourcing(sources=(both,), deniers=(both,)))
    assert "took it back" not in reasons[0], reasons
    assert "both saying and denying it" in reasons[0], reasons


def test_only_a_verb_of_taking_back_retracts() -> None:
    from sourcetrace.models import Attribution
    from sourcetrace.provenance.corrections import taking_back

    def said(cue: str, speaker: str) -> Attribution:
        return Attribution(id=cue, article="a", kind="indirect", content="its statement",
                           span=(0, 1), speaker=speaker, cue=cue, stance="denies")

    assert taking_back([said("retracted", "s1"), said("rejected", "s2")]) == {"s1"}
