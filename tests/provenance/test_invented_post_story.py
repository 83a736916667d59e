"""A thirteenth invented story, a listening post scoop: an outlet's scoop citing officials
("Varesh has reached a secret agreement ..., according to U.S. officials"), relayed by a
wire ("The Harbor Ledger reported ..., citing U.S. officials, that Varesh had agreed to
pay ...") and by a paper that calls the scoop's outlet short ("According to the Ledger");
a spokesman's "I've seen that press report. It's not accurate"; a ministry spokesman's
"I am not aware of the situation you mentioned". Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Varesh to build listening post on Santo Mar island',
               'The Harbor Ledger', '2034-06-08',
               'Varesh has reached a secret agreement with Santo Mar to build an electronic '
               'eavesdropping station on the island, according to U.S. officials familiar with '
               'highly classified intelligence.\nVaresh will pay the cash-strapped government '
               'of Santo Mar several billion dollars to allow the station to be built, the '
               'officials said.\nThe Varesh embassy in Washington did not respond to a request '
               'for comment.'),
    "02.txt": ('White House disputes report of spy station',
               'Coastline Wire', '2034-06-08',
               'WASHINGTON, June 8 (Coastline Wire) - The White House on Thursday said a '
               'report that Varesh would build a spy station on Santo Mar was not '
               'accurate.\nThe Harbor Ledger reported earlier on Thursday, citing U.S. '
               'officials, that Varesh had agreed to pay Santo Mar several billion dollars to '
               'build the eavesdropping facility.\n"I\'ve seen that press report. It\'s not '
               'accurate," White House spokesman Tom Carrow told reporters.\nSanto Mar\'s deputy '
               'foreign minister, Elena Ruvas, called the report "totally false and unfounded" '
               'in a statement.\nCoastline Wire could not immediately verify the report.'),
    "03.txt": ('Varesh: not aware of any spy base',
               'Daily Meridian', '2034-06-09',
               "Varesh's foreign ministry said on Friday it was not aware of any plan to build "
               'a listening post on Santo Mar, and accused Washington of spreading rumours.\n"I '
               'am not aware of the situation you mentioned," ministry spokesman Lin Harwen '
               'told a regular news briefing.\nThe Pentagon said it had seen no sign that '
               'Varesh and Santo Mar were developing a new spy station.\nAccording to the '
               'Ledger, Varesh agreed to pay several billion dollars for the facility.'),
    "04.txt": ('Official: Varesh has run spy post on Santo Mar since 2029',
               'Coastline Wire', '2034-06-10',
               'Varesh has operated a spy facility on Santo Mar since at least 2029 and '
               'upgraded it that year, an administration official said on Saturday.\nThe '
               'official, who spoke on condition of anonymity to discuss intelligence matters, '
               "said the Ledger's report did not reflect what the U.S. knew.\nThe official did "
               'not say whether Varesh had agreed to pay Santo Mar for a new facility.'),
}

def _station(doc):  # type: ignore[no-untyped-def]
    # The claim holding the White House's denial of the report, whichever wording represents it.
    denial = next(a for a in doc["attributions"] if "was not accurate" in a["content"])
    found = [c for c in doc["claims"] if denial["id"] in c["mentions"]]
    assert found, [c["text"] for c in doc["claims"]]
    return found[0]


def test_a_commitment_inside_a_report_is_no_source_of_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    # "that Varesh had agreed to pay ...": what the officials (through the Ledger) say,
    # not a statement of Varesh's; it had made Varesh an on-record source, graded A.
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    claim = _station(doc)
    assert "Varesh" not in {name[s] for s in claim["asserted_by"]}
    assert claim["grade"][0] != "A", claim["reasons"][0]


def test_the_scoops_outlet_called_short_is_the_same_outlet(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    echoes = next(r for r in _station(doc)["reasons"] if r.startswith("Echoes"))
    assert "Daily Meridian repeats The Harbor Ledger" in echoes, echoes


def test_seeing_a_report_and_not_knowing_of_it_are_no_claims(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    texts = [c["text"] for c in doc["claims"]]
    assert not [t for t in texts if "seen that press report" in t], texts
    assert not [t for t in texts if "situation you mentioned" in t], texts
