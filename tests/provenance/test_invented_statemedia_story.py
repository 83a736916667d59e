"""A sixty-ninth invented story, a reporter charged abroad, told through state media: "the
state news agency MorPress reported on Monday, quoting a source in the security services",
"according to MorPress, which cited an unnamed security source", "Deputy Foreign Minister
Oleg Varga was quoted by MorPress as saying that ...", "the Vesti news agency quoted the
court's press service as saying", and the reporter's employer answering ("Hart's employer,
the Weekly Globe, said the charges were 'absurd'"). Written before the changes it led to:
an outlet the registry lacks, named after the kind of outlet it is ("the state news agency
MorPress", "the Vesti news agency"), was no relay (via empty); the passive "was quoted by
MorPress as saying" made MorPress a person speaking and the minister what it said; the
employer was a person named Weekly Globe, and the first reporter of the charge, because an
outlet denying a claim counted among the outlets carrying it. Left: "Hart denied the
charges, her lawyer told reporters" goes to the detention order, not to the charge."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Moravia charges U.S. reporter with espionage', 'Nordic Wire', '2040-07-03',
        "Moravian authorities have charged American journalist Lena Hart with espionage, the state news agency MorPress reported on Monday, quoting a source in the security services.\n"
        'Hart\'s employer, the Weekly Globe, said the charges were "absurd" and that she had been working as an accredited reporter.\n'
        "Deputy Foreign Minister Oleg Varga was quoted by MorPress as saying that the case was a matter for the courts."),
    "02.txt": ('U.S. seeks access to reporter held in Moravia', 'Continental Post', '2040-07-03',
        "Lena Hart, a reporter for the Weekly Globe, has been charged with espionage in Moravia, according to MorPress, which cited an unnamed security source.\n"
        "The State Department said it was aware of the reports and was seeking consular access.\n"
        '"Journalism is not a crime," department spokesman Mark Ellison told reporters.'),
    "03.txt": ('Moravian court orders reporter held for two months', 'Kessel News Agency', '2040-07-04',
        "A Moravian court on Tuesday ordered that U.S. reporter Lena Hart be held in pre-trial detention for two months, the Vesti news agency quoted the court's press service as saying.\n"
        "Hart denied the charges, her lawyer, Pavel Dorn, told reporters outside the court."),
}


def _by_content(doc, words):  # type: ignore[no-untyped-def]
    return next(a for a in doc["attributions"] if words in a["content"])


def test_an_agency_named_by_its_kind_relays_whom_it_quotes(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speakers = {s["id"]: s for s in doc["speakers"]}
    charged = _by_content(doc, "Moravian authorities have charged")
    assert charged["via"] == ["MorPress"], charged
    assert speakers[charged["speaker"]]["type"] == "anonymous", speakers[charged["speaker"]]
    held = _by_content(doc, "pre-trial detention for two months")
    assert held["via"] == ["Vesti"], held


def test_who_was_quoted_by_an_outlet_is_the_speaker(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speakers = {s["id"]: s for s in doc["speakers"]}
    courts = _by_content(doc, "the case was a matter for the courts")
    varga = speakers[courts["speaker"]]
    assert (varga["type"], varga["name"]) == ("person", "Oleg Varga"), varga
    assert courts["via"] == ["MorPress"], courts
    assert not any(a["content"].strip() == "Deputy Foreign Minister Oleg Varga"
                   for a in doc["attributions"])


def test_an_outlet_that_denies_a_claim_does_not_carry_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    speakers = {s["id"]: s for s in doc["speakers"]}
    absurd = _by_content(doc, "the charges were")
    globe = speakers[absurd["speaker"]]
    assert (globe["type"], globe["name"]) == ("outlet", "Weekly Globe"), globe
    charged = _by_content(doc, "Moravian authorities have charged")
    claim = next(c for c in doc["claims"] if c["id"] == charged["claim"])
    assert claim["first_reported_by"] == ["MorPress"], claim["first_reported_by"]
    assert absurd["stance"] == "denies" and absurd["claim"] == claim["id"], absurd
    assert "Weekly Globe" not in claim["reasons"][0].split(";")[0], claim["reasons"]
