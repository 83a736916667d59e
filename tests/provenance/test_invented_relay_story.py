"""A thirty-second invented story, an arms request passed along: a scoop, a wire's
relay, a broadcaster the registry does not know named once by its kind ("Lumbria's public
broadcaster LRT reported ..., citing a report by the Financial Courier") and once by its
name alone ("Sources told LRT that P": no outlet between the article and its sources), and
a denial told to a state news agency. Written before the change it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Ostland asked Varnia for artillery shells, officials say", "Financial Courier", "2036-11-02",
        "Ostland has asked Varnia for artillery shells and drones, according to three officials familiar with the request, who spoke on condition of anonymity.\n"
        "The request was made in a letter from Ostland's defence minister last month, one of the officials said.\n"
        "Varnia's embassy in Halden declined to comment."),
    "02.txt": ("Varnia denies Ostland arms request", "Meridian Wire", "2036-11-03",
        "Varnia's foreign ministry spokesman Teo Marsh said on Tuesday that Ostland had not asked Varnia for any weapons.\n"
        "\"We have received no such request,\" Marsh told a news conference in Varna.\n"
        "The Financial Courier reported on Monday, citing three officials, that Ostland had asked Varnia for shells and drones.\n"
        "Ostland's deputy foreign minister, Pavel Rusk, told the state news agency Ostpress that the report was \"fiction\"."),
    "03.txt": ("Ostland sought Varnian weapons - report", "Capital Post", "2036-11-03",
        "Ostland has asked Varnia for military equipment, Lumbria's public broadcaster LRT reported on Monday, citing a report by the Financial Courier.\n"
        "Sources told LRT that the request included long-range drones.\n"
        "In remarks carried by state media, Ostland's president said his country \"needs no one's help\"."),
}


def test_an_outlet_named_before_by_its_kind_is_one_later(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    drones = [a for a in doc["attributions"] if "long-range drones" in a["content"]]
    assert drones and drones[0]["via"] == ["LRT"], drones


def test_a_denial_told_to_a_news_agency_comes_through_it(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    fiction = [a for a in doc["attributions"] if "fiction" in a["content"]]
    assert fiction and fiction[0]["via"] == ["Ostpress"] and fiction[0]["stance"] == "denies"
