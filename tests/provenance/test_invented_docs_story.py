"""A thirty-first invented story, leaked contracts: "according to documents seen by
Reuters", a minister's denial and a committee chairman's "his committee had never been
told about the contracts" (a passive verb of telling read as a wrapper with nothing in
it: no claim at all). Written before the change it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Lumbria paid consultants to lobby for pipeline, documents show", "Reuters", "2036-08-04",
        "Lumbria's energy ministry paid a consulting firm 2 million euros to lobby European officials in favour of the Northway pipeline, according to documents seen by Reuters.\n"
        "The contracts, signed in 2034, were kept from parliament, the documents show.\n"
        "The ministry did not dispute the authenticity of the documents but said all its contracts were legal.\n"
        "The consulting firm, Arden Partners, declined to comment."),
    "02.txt": ("Lumbria denies secret lobbying deal", "Halden Daily", "2036-08-05",
        "Lumbria's energy minister, Tomas Berg, on Tuesday denied that the ministry had hidden lobbying contracts from parliament.\n"
        "\"Every contract was reported to the budget committee,\" Berg told lawmakers.\n"
        "Reuters reported on Monday, citing documents it had seen, that the ministry paid Arden Partners 2 million euros to lobby for the Northway pipeline."),
    "03.txt": ("Opposition demands inquiry into pipeline lobbying", "Capital Post", "2036-08-05",
        "Opposition lawmakers demanded a parliamentary inquiry on Tuesday after a Reuters report that the energy ministry had secretly paid lobbyists to promote the Northway pipeline.\n"
        "\"The government has lied to parliament,\" said Mira Kell, leader of the Green Alliance.\n"
        "Budget committee chairman Ivan Horak said his committee had never been told about the contracts."),
}


def test_never_being_told_is_a_claim(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    told = [c for c in doc["claims"] if "never been told" in c["text"]]
    assert told and {name[s] for s in told[0]["asserted_by"]} == {"Ivan Horak"}, [
        c["text"] for c in doc["claims"]]
