"""A twenty-third invented story, an indictment: its lead, "A Lumbrian businessman, Karel
Dvorak, smuggled drone parts worth $4 million to Ostland ..., according to an indictment"
(the parser read "smuggled" as a modifier of "parts": no verb, no claim), prosecutors'
allegations, a plea of not guilty (a denial of the charge; it had been a claim of its own)
and a lawyer's "her client denied all the charges". Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Businessman charged with smuggling drone parts to Ostland',
               'Capital Courier', '2035-05-06',
               'A Lumbrian businessman, Karel Dvorak, smuggled drone parts worth $4 million to '
               'Ostland through shell companies, according to an indictment unsealed on '
               'Tuesday.\nProsecutors allege that Dvorak hid the shipments by labelling them as '
               'farm equipment.\nDvorak pleaded not guilty at a hearing in Halden on Tuesday.'),
    "02.txt": ('Lawyer: drone parts suspect denies charges',
               'Halden Daily', '2035-05-07',
               "Karel Dvorak's lawyer, Ines Maro, said her client denied all the charges and "
               'would fight them in court.\nCourt documents show that the parts were shipped '
               'through three companies in Varnia.\nThe indictment says Dvorak received '
               '$600,000 in commissions.'),
}


def test_the_leads_charge_is_a_claim_of_the_indictment(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    speaker = {a["id"]: name.get(a["speaker"] or "") for a in doc["attributions"]}
    smuggled = [c for c in doc["claims"] if "smuggled drone parts" in c["text"]]
    assert smuggled, [c["text"] for c in doc["claims"]]
    assert "an indictment" in {speaker[a] for a, _ in smuggled[0]["stances"]}


def test_a_plea_of_not_guilty_denies_the_charge(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    smuggled = [c for c in doc["claims"] if "smuggled drone parts" in c["text"]]
    # "Dvorak pleaded not guilty" had been a claim of its own (F6).
    assert smuggled and "Karel Dvorak" in {name[s] for s in smuggled[0]["denied_by"]}, smuggled


def test_her_client_is_the_lawyers_client(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    denied = [a for a in doc["attributions"] if a["source_text"] == "her client"]
    # "Karel Dvorak's lawyer, Ines Maro, said her client denied all the charges": the
    # denial had no speaker.
    assert denied and name.get(denied[0]["speaker"] or "") == "Karel Dvorak", denied
