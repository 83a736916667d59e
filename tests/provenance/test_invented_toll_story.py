"""A forty-eighth invented story, a market shelled: the UN's toll in two papers ("according
to the United Nations human rights office", "Twelve civilians died ..., the UN said, in one
of the deadliest attacks"), the victim's accusation, the accused's rebuttal and denial, and
a rights group's finding. Written before the changes it led to: the second paper's wording
kept "the UN said" inside the claim ("P, the UN said, in ...": an aside of saying is who
said it, not what), so the first paper's wording was only related and the second paper,
a day later, was the toll's first reporter; then the UN and its human rights office counted
as two independent sources (B1; a body and an office named after it are one). Left: the
accused's "struck only military targets" and the victim's "deliberately targeted the
market" sit in one claim (one state, one kind of act), so "Ostland denied targeting
civilians" is shown denying its own military's statement."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Shelling kills civilians in Dorn", "Halden Daily", "2037-05-20",
        "At least 12 civilians were killed when shells hit a market in the Varnian town of Dorn on Saturday, according to the United Nations human rights office.\n"
        "Varnian officials blamed Ostlandish artillery for the attack.\n"
        "Ostland's military said it had struck only military targets and accused Varnia of staging the deaths.\n"
        "Human Rights Watch said its researchers had found fragments of Ostlandish-made shells at the market."),
    "02.txt": ("UN: 12 civilians killed in Dorn market shelling", "Capital Post", "2037-05-21",
        "Twelve civilians died in Saturday's shelling of a market in Dorn, the UN said, in one of the deadliest attacks on civilians this year.\n"
        "Varnia's president, Tomas Adler, said Ostland had \"deliberately targeted\" the market.\n"
        "Ostland denied targeting civilians."),
}


def test_the_toll_is_the_uns_first_reported_by_the_first_paper(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    toll = [c for c in doc["claims"] if "civilians" in c["text"] and ("killed" in c["text"]
                                                                    or "died" in c["text"])]
    assert len(toll) == 1, [c["text"] for c in toll]
    claim = toll[0]
    assert "the UN said" not in claim["text"]
    assert claim["first_reported_by"] == ["Halden Daily"], claim["reasons"]
    assert claim["independent_sources"] == 1 and claim["grade"][0] == "B", claim["reasons"]
