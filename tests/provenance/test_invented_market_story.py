"""An eighty-seventh invented story, a drone strike on a market: a lead whose verb the parser
read as a modifier ("A drone strike on a crowded market in Khorvat killed at least 12
people on Sunday, regional governor Taras Melnyk said on Telegram": "market killed", so the
governor said nothing), and a party that denies one thing and says another in one breath
("Ostland denies targeting civilians and says it hit a military depot": the two were one
claim that Ostland both asserted and denied, graded E as if Ostland contradicted itself;
and once apart, "Ostland targeting civilians", three words, was hidden). Written before
the changes it led to. Left: the denial of targeting civilians joins no claim of an attack
on civilians (the governor's "a deliberate attack on civilians" is worded apart)."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Drone strike kills 12 at market, officials say', 'Eastern Wire', '2043-08-04',
        "KHORVAT, Aug 4 (Eastern Wire) - A drone strike on a crowded market in Khorvat killed at least 12 people on Sunday, regional governor Taras Melnyk said on Telegram.\n"
        '"This was a deliberate attack on civilians," Melnyk wrote, posting photos of burned stalls.\n'
        'Ostland\'s defence ministry said its forces had struck "a concentration of enemy equipment" near Khorvat and that no civilians were harmed.\n'
        "The claims could not be independently verified."),
    "02.txt": ('Khorvat market strike toll rises', 'Morning Ledger', '2043-08-05',
        "The death toll from Sunday's strike on a market in Khorvat has risen to 15, according to the regional governor.\n"
        "Ostland denies targeting civilians and says it hit a military depot.\n"
        "Human Rights Monitor, a Geneva-based group, said its researchers found no military equipment at the site."),
    "03.txt": ('UN condemns Khorvat strike', 'Evening Star', '2043-08-05',
        'The UN human rights office said it was "appalled" by Sunday\'s strike on a market in Khorvat, which it said killed at least 15 civilians.\n'
        "Ostland's defence ministry has insisted the target was a weapons depot.\n"
        "Satellite images reviewed by the Evening Star show the market was destroyed, with no sign of military vehicles nearby."),
}


def test_the_lead_is_the_governors(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    lead = [a for a in doc["attributions"] if a["content"].startswith("A drone strike")]
    assert lead and lead[0]["source_text"] == "regional governor Taras Melnyk", lead
    assert lead[0]["claim"] is not None


def test_what_a_party_denies_is_not_what_it_says_instead(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    depot = next(c for c in doc["claims"] if "military depot" in c["text"])
    assert not depot["denied_by"] and depot["grade"][0] != "E", depot["reasons"]
    targeting = [c for c in doc["claims"] if "targeting civilians" in c["text"]]
    assert targeting and targeting[0]["denied_by"], [c["text"] for c in doc["claims"]]
