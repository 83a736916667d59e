"""An eighteenth invented story, a missile strike on a market: a wire's "There was no
immediate comment from Ostland" (no claim), the attacker's ministry that "denied ... that
its forces had targeted civilians in Kelm, saying it had struck a military depot" (the
parser hangs "saying" on "targeted"), and "Ostland has said it struck a military depot, a
claim Varnian officials reject" (the parser makes "a claim" an adverbial noun of "said").
Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Missiles hit market in Kelm, killing 12',
               'Varnia Press Agency', '2034-08-05',
               'KELM, Aug 5 (VPA) - Two missiles struck a crowded market in the Varnian city '
               'of Kelm on Tuesday, killing at least 12 people and wounding dozens, regional '
               "governor Oksana Mirel said.\nVarnia's air force said its air defences had shot "
               'down a third missile over the city.\nThere was no immediate comment from '
               'Ostland.'),
    "02.txt": ('Ostland denies targeting civilians in Kelm',
               'Globe Wire', '2034-08-05',
               "Ostland's defence ministry denied on Tuesday that its forces had targeted "
               'civilians in Kelm, saying it had struck a military depot near the '
               'market.\nVarnian officials said two missiles had hit the market, killing at '
               'least 12 people.\nVideo verified by Globe Wire showed smoke rising over market '
               'stalls.'),
    "03.txt": ('Kelm market strike toll rises to 15',
               'Varnia Press Agency', '2034-08-06',
               "The death toll from Tuesday's missile strike on a market in Kelm has risen to "
               '15, Governor Oksana Mirel said on Wednesday.\nOstland has said it struck a '
               'military depot, a claim Varnian officials reject.\n"There was no military '
               'target anywhere near the market," Mirel said.'),
}

def _names(doc):  # type: ignore[no-untyped-def]
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    return {a["id"]: name.get(a["speaker"] or "") for a in doc["attributions"]}


def test_saying_after_a_denied_clause_is_the_deniers(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speaker = _names(doc)
    saying = [a for a in doc["attributions"] if a["cue"] == "saying"]
    assert saying and speaker[saying[0]["id"]] == "Ostland's defence ministry", saying


def test_a_claim_officials_reject_is_their_denial(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speaker = _names(doc)
    depot = [c for c in doc["claims"] if "military depot" in c["text"]]
    assert depot, [c["text"] for c in doc["claims"]]
    assert ("Varnian officials", "denies") in {(speaker[a], s) for a, s in depot[0]["stances"]}


def test_no_immediate_comment_is_no_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    text = {a["id"]: a["text"] for a in doc["articles"]}
    said = [text[art][s:e] for c in doc["claims"] for art, s, e in c["sentences"]]
    # It had been a claim of its own (F6), or a mention of another.
    assert not [t for t in said if "immediate comment" in t], said
