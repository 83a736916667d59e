"""A hundred-and-seventh invented story, a mayor arrested for bribery: a police statement,
cash found "two people familiar with the case told the Capital Daily" and the paper relayed
by another, the mayor's denial given by his lawyer ("Daniel Hesk denies all the charges
against him, his lawyer, Mira Tolland, told a news conference"). Written before the changes
it led to: the parser hung the lawyer's closing cue on "denies", so the mayor denied "his
lawyer, Mira Tolland, told a news conference", a claim of its own denied by him (F6). Left:
the denial of "all the charges" goes to the claim naming him in its article ("Hesk would
remain in custody"), not to his arrest on suspicion of bribery; his lawyer's "My client has
never taken a cent" is not read as denying it."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Mayor of Orvik arrested on bribery charges', 'Capital Daily', '2047-09-02',
        "Police arrested the mayor of Orvik, Daniel Hesk, on Tuesday on suspicion of taking bribes from construction firms, according to a police statement.\n"
        "Investigators found 2 million euros in cash at his home, two people familiar with the case told the Capital Daily.\n"
        "Hesk's party said the arrest was politically motivated."),
    "02.txt": ('Orvik mayor denies bribery, lawyer says', 'Meridian Wire', '2047-09-03',
        "Daniel Hesk denies all the charges against him, his lawyer, Mira Tolland, told a news conference on Wednesday.\n"
        "\"My client has never taken a cent from anyone,\" Tolland said, adding that the money found at his home was an inheritance.\n"
        "Prosecutors said Hesk would remain in custody for 30 days."),
    "03.txt": ('Cash found at mayor\'s home, paper reports', 'Northern Post', '2047-09-03',
        "Police found 2 million euros in cash at the home of Orvik's mayor, the Capital Daily reported, citing people familiar with the case.\n"
        "The police declined to comment on the report.\n"
        "Opposition leader Karin Aas said the case showed the need for stricter rules on party funding."),
}


def test_a_closing_cue_hung_on_the_verb_it_reports_is_not_its_content(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    denies = next(a for a in doc["attributions"] if a["cue"] == "denies")
    assert denies["content"] == "all the charges against him"
    assert not [c for c in doc["claims"] if "news conference" in c["text"]]
    cash = next(c for c in doc["claims"] if "2 million euros" in c["text"])
    assert cash["grade"] == "D3" and cash["first_reported_by"] == ["Capital Daily"], cash["reasons"]
