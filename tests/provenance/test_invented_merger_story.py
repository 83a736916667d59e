"""A fifty-third invented story, takeover talks: a wire's scoop from "people familiar with
the matter", a paper on the share price ("after Bloomwire reported that Nordtel was in
talks to buy the company", "Kessel Mobile said ... that it does not comment on market
speculation"), and the buyer's confirmation ("confirmed ... that it was in discussions
about a possible acquisition of Kessel Mobile"). Written before the changes it led to: the
confirmation was a claim of its own ("talks" framed a meeting, "discussions" no event), so
the scoop stayed anonymous and unconfirmed (D3); the rule of not commenting was a denial;
and "A deal could be announced ..., said the people" made "A deal" say "said the people".
Left: "A deal could be announced as soon as next week" names no actor and is no claim."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Nordtel in talks to buy Kessel Mobile", "Bloomwire", "2038-05-04",
        "Nordtel is in advanced talks to acquire rival Kessel Mobile for about $9 billion, according to people familiar with the matter.\n"
        "A deal could be announced as soon as next week, said the people, who asked not to be identified because the talks are private.\n"
        "Representatives for Nordtel and Kessel Mobile declined to comment."),
    "02.txt": ("Kessel Mobile shares jump on takeover report", "Halden Daily", "2038-05-04",
        "Shares of Kessel Mobile jumped 18 percent on Tuesday after Bloomwire reported that Nordtel was in talks to buy the company.\n"
        "Kessel Mobile said in a statement that it does not comment on market speculation.\n"
        "Analysts at Varn Securities said a deal would face scrutiny from competition regulators."),
    "03.txt": ("Nordtel confirms talks with Kessel Mobile", "Capital Post", "2038-05-06",
        "Nordtel confirmed on Thursday that it was in discussions about a possible acquisition of Kessel Mobile, but said no agreement had been reached.\n"
        "The talks were first reported by Bloomwire on Tuesday.\n"
        "Nordtel chief executive Lena Varga told analysts on a call that the company was \"always looking at opportunities\" but would not say more."),
}


def _names(doc: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}


def test_the_buyers_confirmation_joins_the_scoop(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = _names(doc)
    scoop = next(c for c in doc["claims"] if "advanced talks" in c["text"])
    by = {name.get(a["speaker"] or "") for a in doc["attributions"]
          if a["claim"] == scoop["id"] and a["stance"] == "asserts"}
    assert "Nordtel" in by, (by, scoop["reasons"])
    assert scoop["grade"][0] == "A", scoop["reasons"]


def test_a_rule_of_not_commenting_denies_nothing(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    assert not [a["content"] for a in doc["attributions"] if a["stance"] == "denies"]
