"""A fifteenth invented story, a football transfer rumour: a broadcaster on its own
authority ("Radio Kestrel understands"), an agent's denial to another outlet, a manager
who "refused to discuss the reports, saying only that the club was 'looking at several
options'", and a club that "rejected an opening offer" (refusing, not denying). Written
before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Kordale agree fee for Ilves striker Marek Sova',
               'Radio Kestrel', '2034-07-02',
               'Kordale have agreed a fee of 60 million euros with Ilves for striker Marek '
               'Sova, Radio Kestrel understands.\nThe 24-year-old is expected to undergo a '
               'medical in the coming days, sources close to the club said.\nIlves have not '
               'commented publicly.'),
    "02.txt": ('Sova to Kordale: what we know',
               'The Northern Post', '2034-07-02',
               'Kordale are close to signing Ilves striker Marek Sova for a fee of 60 million '
               'euros, Radio Kestrel reported on Tuesday.\nIt is understood that the player has '
               'already agreed personal terms.\nSova scored 31 goals for Ilves last season.'),
    "03.txt": ("Sova's agent: no agreement with Kordale",
               'El Faro Deportivo', '2034-07-03',
               "Marek Sova's agent, Dario Fenn, told El Faro Deportivo that no agreement had "
               'been reached between Kordale and Ilves.\n"There is no deal. Marek is happy at '
               'Ilves," Fenn said.\nKordale manager Jonas Alm refused to discuss the reports at '
               'a news conference on Wednesday, saying only that the club was "looking at '
               'several options".'),
    "04.txt": ('Ilves reject Kordale bid for Sova',
               'The Northern Post', '2034-07-04',
               'Ilves have rejected an opening offer from Kordale for Marek Sova, the club '
               'said in a statement on Thursday.\n"The player is not for sale," Ilves chairman '
               'Paul Ekdahl said.\nRadio Kestrel had reported on Tuesday that the clubs had '
               'agreed a fee of 60 million euros.'),
}

def test_saying_only_that_p_says_p(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    texts = [c["text"] for c in doc["claims"]]
    # "saying only that the club was ...": "only" qualifies the saying.
    assert "The club was looking at several options" in texts, texts
    assert not [t for t in texts if t.startswith("Only")], texts
    # "refused to discuss the reports": about the reporting, no claim (it had been one).
    assert not [t for t in texts if "refused to discuss" in t], texts


def test_rejecting_an_offer_is_an_act_not_a_denial(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    offer = [c for c in doc["claims"] if "opening offer" in c["text"]]
    # It had been a claim "An opening offer from Kordale for Marek Sova", denied by the club.
    assert offer and offer[0]["text"].startswith("Ilves have rejected"), offer
    assert not offer[0]["denied_by"], offer[0]["reasons"][0]
