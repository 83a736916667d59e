"""A twenty-second invented story, floods: "Aid groups working in Veldra said ..." (an
unnamed group, not a person named Veldra), a ministry saying prosecutors "have opened an
investigation into whether" the dam's release caused the floods (doubt: it had been a
second, on-record source of the release, B1), and the dam's operator that "denied releasing
water without warning". Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Floods kill at least 30 in Veldra province',
               'Southern Times', '2035-04-10',
               'Flash floods in Veldra province have killed at least 30 people and displaced '
               'thousands, the national civil protection agency said on Monday.\nThe death toll '
               'could rise as rescuers reach cut-off villages, officials warned.\nResidents '
               'said water was released from the Tarn dam without warning, flooding the valley '
               'within an hour.'),
    "02.txt": ('Aid groups: Veldra flood toll likely much higher',
               'Relief Monitor', '2035-04-11',
               'Aid groups working in Veldra said on Tuesday the real number of dead was '
               'likely much higher than the official figure of 30.\nSatellite images analysed '
               'by Relief Monitor show that at least 12 villages were submerged.\nThe company '
               'that operates the Tarn dam, Hydrovel, denied releasing water without warning, '
               'saying it had followed safety procedures.'),
    "03.txt": ('Dam operator under scrutiny after Veldra floods',
               'Southern Times', '2035-04-12',
               'Prosecutors have opened an investigation into whether the release of water '
               'from the Tarn dam contributed to the floods, the justice ministry '
               "said.\nHydrovel has said it gave local authorities two hours' notice before "
               'opening the spillway.'),
}


def _claim(doc, words: str):  # type: ignore[no-untyped-def]
    found = [c for c in doc["claims"] if words in c["text"]]
    assert found, [c["text"] for c in doc["claims"]]
    return found[0]


def test_aid_groups_in_a_place_are_an_unnamed_group(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    assert not [s for s in doc["speakers"] if s["name"] == "Veldra"], doc["speakers"]
    assert _claim(doc, "much higher")["grade"][0] == "D"


def test_an_investigation_into_whether_p_is_no_source_of_p(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    release = _claim(doc, "without warning")
    assert release["grade"][1] != "1", release["reasons"][0]


def test_denied_releasing_water_is_a_denial(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    # The parser had read "releasing" as a kind of water: nothing was denied.
    release = _claim(doc, "without warning")
    assert release["denied_by"], release["reasons"][0]
