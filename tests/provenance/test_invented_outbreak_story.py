"""A twenty-seventh invented story, deaths a government denies: "At least 20 people have
died ..., local media reported, citing hospital sources", then the ministry "denied that
anyone had died", a deputy minister's "There have been no deaths" and "Reports of 20
deaths were spread by enemies of Varnia". The first two said nothing checkable alone and
were lost (the claim graded B1, its deniers counted as support); the last was a claim
about the deaths. Written before the changes it led to."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ("Mystery illness kills 20 in Varnian province", "Meridian Wire", "2036-07-08",
        "At least 20 people have died of an unidentified illness in Varnia's Kessa province, local media reported on Tuesday, citing hospital sources.\n"
        "The figures could not be independently verified.\n"
        "Varnia's health ministry said on Monday that it had confirmed 12 cases of the illness and no deaths.\n"
        "The World Health Organization said it had not been notified of the outbreak."),
    "02.txt": ("Varnia says illness outbreak under control", "Halden Daily", "2036-07-09",
        "Varnia's health ministry said on Wednesday that the outbreak in Kessa province was under control and denied that anyone had died.\n"
        "\"There have been no deaths,\" Deputy Health Minister Oleg Marin told state television.\n"
        "Reports of 20 deaths were spread by \"enemies of Varnia\", he said."),
    "03.txt": ("WHO sends team to Varnia", "Lumbria Today", "2036-07-10",
        "The World Health Organization is sending a team of experts to Varnia's Kessa province, where local media have reported at least 20 deaths from an unknown illness.\n"
        "WHO spokeswoman Clara Diaz said the agency had asked Varnian authorities for more information.\n"
        "Doctors at the Kessa regional hospital said they had treated more than 60 patients with high fever and breathing problems, according to a video posted on social media."),
}


def _deaths(analyse_invented):  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    name = {s["id"]: s["name"] or s["label"] for s in doc["speakers"]}
    att = {a["id"]: a for a in doc["attributions"]}
    claim = next(c for c in doc["claims"] if "20 people have died" in c["text"])
    return claim, name, att


def test_denying_that_anyone_died_denies_the_deaths(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    claim, name, att = _deaths(analyse_invented)
    denied = {att[m]["content"] for m, st in claim["stances"] if st == "denies"}
    assert "that anyone had died" in denied, claim["stances"]
    assert any("no deaths" in d for d in denied), denied
    assert {name[s] for s in claim["denied_by"]} >= {"Oleg Marin", "Varnia's health ministry"}
    assert claim["grade"].endswith("4") and claim["independent_sources"] == 1, claim["reasons"]


def test_what_is_said_of_the_reports_is_no_support(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    claim, _, att = _deaths(analyse_invented)
    # "Reports of 20 deaths were spread by enemies of Varnia" had asserted the deaths.
    assert not [m for m, st in claim["stances"] if "spread by" in att[m]["content"]]
