"""A ninety-seventh invented story, a chief executive said to have been forced out, the
company's filing that he stepped down, and his own post ('"I did not step down. I was
dismissed for opposing a bad deal," Oder wrote'). Written before the changes it led to: "I
was dismissed" (fired, a passive of a verb of denial) was read as a denial, and pointed at
his own statement that he had been fired, so that Oder was shown both saying and denying
it; in the quote's second sentence "I" was not its speaker; the spokeswoman's "the company
stood by its filing" was a claim of its own (A3); leaving of one's own accord and being
removed were one frame ("quit"), so the Capital Daily's "Oder had been pushed out by the
board" joined the company's "Oder had stepped down". Left: "I did not step down" makes no
claim of its own, so it denies nothing; "its former chief executive" is not resolved to
Oder; his "he had been fired" is shown with the forced-out claim but not counted (a looser
member)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Halvard CEO ousted by board, sources say', 'Capital Daily', '2045-11-12',
        "Halvard Systems chief executive Nils Oder was forced out by the company's board after a dispute over an acquisition, according to three people familiar with the board's deliberations.\n"
        "Halvard said in a stock exchange filing on Tuesday that Oder had stepped down to pursue other interests.\n"
        "The company named its finance chief, Ada Rusk, as interim chief executive."),
    "02.txt": ('Ousted Halvard chief says he was fired', 'Northern Post', '2045-11-13',
        "Nils Oder said on Wednesday that he had been fired by Halvard's board and had not resigned, contradicting the company's statement.\n"
        "\"I did not step down. I was dismissed for opposing a bad deal,\" Oder wrote in a post on LinkedIn.\n"
        "A Halvard spokeswoman said the company stood by its filing."),
    "03.txt": ('Halvard shares slide after CEO exit', 'Meridian Wire', '2045-11-13',
        "Shares in Halvard Systems fell 7 percent on Wednesday after its former chief executive said he had been fired.\n"
        "The Capital Daily first reported on Tuesday that Oder had been pushed out by the board.\n"
        "Halvard's chairman, Tor Vik, did not respond to a request for comment."),
}


def test_a_passive_of_dismissal_is_no_denial(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    texts = {c["text"] for c in doc["claims"]}
    assert "Oder was dismissed for opposing a bad deal" in texts, texts
    for claim in doc["claims"]:
        assert not claim["denied_by"], (claim["text"], claim["reasons"])


def test_standing_by_a_filing_is_no_claim_of_its_own(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    assert not [c for c in doc["claims"] if "stood by" in c["text"]]


def test_being_removed_and_leaving_of_ones_accord_are_rival_accounts(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    att = {a["id"]: a for a in doc["attributions"]}
    forced = next(c for c in doc["claims"] if "forced out" in c["text"])
    stepped = next(c for c in doc["claims"] if "stepped down" in c["text"])
    said = [att[a]["content"] for a, _ in forced["stances"]]
    assert any("pushed out by the board" in t for t in said), said
    assert not any("pushed out" in att[a]["content"] for a, _ in stepped["stances"])
