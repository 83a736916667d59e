"""A seventy-sixth invented story, a leaked sanctions draft: "according to a draft seen by
Brussels Wire", "..., the draft shows", "A Commission spokeswoman declined to comment on what
she called \"speculation about a draft\"", a minister's veto "after Brussels Wire reported
that the European Commission had drafted such measures", his role set off before his name
("Pannonia will veto ..., its foreign minister, Gabor Szell, said"). Written before the
changes it led to: the declined comment, with the words she used quoted, was a claim on
the Commission's record (A3); the veto was first reported by Brussels Wire and relayed
through it (the citation in the clause of time went to the sentence's main claim); the role
was part of what he said; "the draft shows" ("draft shows" read as one plural noun) said
nothing. Left: "the draft" is graded as no source (F); the veto joins the claim of what
the draft bans as a related statement (both name "Varnian banks")."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("EU drafts sanctions on Ostland's shipping", 'Brussels Wire', '2041-08-20',
        "The European Commission has proposed sanctions on 40 vessels that it says carry Ostlandic oil in breach of a price cap, according to a draft seen by Brussels Wire.\n"
        "The proposal, which needs the approval of all 27 member states, also bans two Varnian banks from the bloc's payment system, the draft shows.\n"
        'A Commission spokeswoman declined to comment on what she called "speculation about a draft".\n'
        "Two EU diplomats said the package could be approved as early as next month."),
    "02.txt": ('Pannonia threatens to veto new Ostland sanctions', 'Morning Ledger', '2041-08-21',
        "Pannonia will veto any sanctions that target Varnian banks, its foreign minister, Gabor Szell, said on Wednesday, after Brussels Wire reported that the European Commission had drafted such measures.\n"
        '"We will not support measures that hurt our own energy supply," Szell told reporters in Buda.\n'
        "Varnia's central bank said the two banks had no dealings with Ostland's oil trade."),
    "03.txt": ('EU sanctions plan targets 40 tankers', 'Capital Post', '2041-08-21',
        "The EU plans to blacklist 40 tankers accused of carrying Ostlandic crude above the price cap, diplomats said, confirming a report by Brussels Wire.\n"
        'Ostland\'s embassy in Brussels called the plan "economic piracy".'),
}


def _by_content(doc, words):  # type: ignore[no-untyped-def]
    return next(a for a in doc["attributions"] if words in a["content"])


def test_a_comment_declined_on_what_she_called_speculation_claims_nothing(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    assert not any("declined to comment" in c["text"] for c in doc["claims"]), [
        c["text"] for c in doc["claims"]]


def test_a_report_told_in_a_clause_of_time_credits_its_own_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speakers = {s["id"]: s for s in doc["speakers"]}
    veto = _by_content(doc, "Pannonia will veto any sanctions")
    assert "foreign minister" not in veto["content"], veto["content"]
    assert "foreign minister" in veto["source_text"] and speakers[veto["speaker"]]["name"] == "Gabor Szell"
    drafted = _by_content(doc, "had drafted such measures")
    assert drafted["claim"] != veto["claim"]
    drafted_claim = next(c for c in doc["claims"] if c["id"] == drafted["claim"])
    assert drafted_claim["first_reported_by"] == ["Brussels Wire"], drafted_claim["first_reported_by"]
    cited = [c for c in doc["citations"] if c["outlet"] == "Brussels Wire" and c["cue"] == "reported"]
    assert cited and all(c["claim"] == drafted["claim"] for c in cited), cited


def test_a_document_closing_a_statement_is_its_source(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    bans = _by_content(doc, "also bans two Varnian banks")
    assert bans["source_text"] == "the draft" and bans["cue"] == "shows", bans
