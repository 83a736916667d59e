"""A seventy-fourth invented story, firebombs thrown at an embassy: a wire with a dateline, a
police spokeswoman, the embassy's ministry calling it "a terrorist attack", the host
government rejecting "Ostland's description of it as terrorism", and "A previously unknown
group calling itself the Northern Front said in a post on Telegram that it had carried
out the attack". Written before the changes it led to: the group was an anonymous source
named "Front" (D), and "calling itself the Northern Front" a statement of its own; the
rejection of the description named nothing a denial could reject and joined no claim.
Left: "Two hooligans with bottles do not make a terrorist attack" (a negated paraphrase)
is a claim of its own; the police's "both men had been arrested" and "two Varnian
citizens had been detained" are two claims."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Firebombs thrown at Ostland embassy in Kessel', 'Kessel News Agency', '2041-03-09',
        "KESSEL, March 9 (KNA) - Two men threw petrol bombs at Ostland's embassy in Kessel early on Sunday, setting fire to a guard post, police said.\n"
        "No one was hurt, a police spokeswoman, Anna Brekke, told reporters. She said both men had been arrested near the scene.\n"
        "Ostland's foreign ministry summoned Varnia's ambassador and demanded that those responsible be punished.\n"
        '"This was a terrorist attack on Ostlandic soil," ministry spokesman Petr Lanik said in a statement.\n'
        "A previously unknown group calling itself the Northern Front said in a post on Telegram that it had carried out the attack. The claim could not be independently verified."),
    "02.txt": ("Varnia condemns embassy attack, rejects Ostland's 'terrorism' charge", 'Capital Post', '2041-03-09',
        "Varnia's government on Sunday condemned an arson attack on the Ostlandic embassy in Kessel but rejected Ostland's description of it as terrorism.\n"
        '"Two hooligans with bottles do not make a terrorist attack," Interior Minister Karl Aune told the Capital Post.\n'
        "Police said two Varnian citizens, aged 19 and 23, had been detained.\n"
        "According to a police source, one of the suspects had posted messages supporting the Northern Front.\n"
        'Ostland has accused Varnia of failing to protect its diplomats, an accusation Aune called "absurd."'),
    "03.txt": ('Ostland recalls ambassador after embassy firebombing', 'Morning Ledger', '2041-03-10',
        "Ostland has recalled its ambassador to Varnia for consultations, the Ostlandic foreign ministry said on Monday, a day after two men firebombed its embassy in Kessel.\n"
        "The ministry said Varnian police had ignored repeated warnings about threats to the embassy.\n"
        "Varnia's police chief, Lars Holm, said his officers had received no such warnings.\n"
        "The Northern Front, which claimed the attack on Telegram, has not been heard of before, according to researchers at the Kessel Institute for Security Studies."),
}


def _by_content(doc, words):  # type: ignore[no-untyped-def]
    return next(a for a in doc["attributions"] if words in a["content"])


def test_a_group_calling_itself_a_name_is_that_named_group(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speakers = {s["id"]: s for s in doc["speakers"]}
    carried = _by_content(doc, "it had carried out the attack")
    front = speakers[carried["speaker"]]
    assert (front["type"], front["name"]) == ("organization", "Northern Front"), front
    claim = next(c for c in doc["claims"] if c["id"] == carried["claim"])
    assert claim["grade"][0] in "AB", claim["reasons"]
    assert not any(a["content"].startswith("itself") for a in doc["attributions"])


def test_rejecting_a_description_denies_what_it_was_called(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    rejected = _by_content(doc, "description of it as terrorism")
    terrorist = _by_content(doc, "This was a terrorist attack")
    assert rejected["stance"] == "denies" and rejected["claim"] == terrorist["claim"], rejected
