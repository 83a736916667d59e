"""Article origins through the real stages: own credit, a copy's credit, a quoting article,
the canonical copy, the site itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import sourcetrace
from sourcetrace.citations.credits import signoff_credits

STAGES = ["ingest", "dedupe", "nlp", "citations", "origins"]

WIRE = (
    "The port authority of Veloria said on Tuesday that the northern terminal would stay "
    "closed for at least two weeks after a fire damaged its cranes and a warehouse. "
    "Officials said nobody was hurt, but about forty ships have been diverted to the "
    "southern harbour, where queues of trucks stretched for several kilometres.\n\n"
    "Investigators from the national fire service were examining the site and had not "
    "determined a cause, a spokeswoman for the authority told reporters at a briefing. "
    "The terminal handles roughly a third of the country's container traffic and its "
    "closure is expected to delay deliveries of grain, fuel and medical supplies."
)
OWN = (
    "Farmers in the eastern provinces said the closure came at the worst possible time, "
    "weeks before the harvest, and asked the government to open a temporary rail link to "
    "the river docks so that grain exports could continue through the summer months."
)


def _write(folder: Path, name: str, outlet: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"outlet: {outlet}\ndate: 2025-03-0{len(name) % 9 + 1}\n\n{body}\n",
                               encoding="utf-8")


def _origins(folder: Path, tmp: Path) -> dict[str, Any]:
    result = sourcetrace.analyze(folder, db=tmp / "o.db", stages=STAGES)
    return {Path(a["path"]).name: a["origin"] for a in result.articles}


def test_credit_then_copy_then_own(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    _write(folder, "a.txt", "Harbour Times", "VELORIA (Reuters) - " + WIRE)
    _write(folder, "b.txt", "Coast Daily", WIRE.replace("Tuesday", "Tuesday evening"))
    _write(folder, "c.txt", "Farm Weekly", OWN)
    got = _origins(folder, tmp_path)
    assert (got["a.txt"]["outlet"], got["a.txt"]["basis"]) == ("Reuters", "credit")
    # the uncredited copy takes the credit its copy carries, pointing at that article
    assert (got["b.txt"]["outlet"], got["b.txt"]["basis"]) == ("Reuters", "copy")
    assert got["b.txt"]["article"] == got["a.txt"]["article"]  # a's own credit
    assert got["b.txt"]["span"] == got["a.txt"]["span"]
    assert (got["c.txt"]["outlet"], got["c.txt"]["basis"]) == ("Farm Weekly", "own")
    # The credit's words are quoted once ("Reuters ((Reuters))" read as a typo).
    assert got["a.txt"]["evidence"] == "credits Reuters in “(Reuters)”"
    assert got["b.txt"]["evidence"].endswith("which credits Reuters in “(Reuters)”")


def test_uncredited_copies_take_the_outlet_another_article_credits_for_their_text(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "news"
    _write(folder, "a.txt", "Site One", WIRE)
    _write(folder, "b.txt", "Site Two", WIRE.replace("kilometres", "kilometers"))
    # a third article quotes a sentence of that text and credits it to The New York Times
    _write(folder, "c.txt", "Farm Weekly", OWN + "\n\nThe New York Times reported that the "
           "terminal handles roughly a third of the country's container traffic and its "
           "closure is expected to delay deliveries of grain, fuel and medical supplies.")
    got = _origins(folder, tmp_path)
    for name in ("a.txt", "b.txt"):
        assert (got[name]["outlet"], got[name]["basis"]) == ("The New York Times", "quoted")
    assert got["c.txt"]["basis"] == "own"


def test_uncredited_group_falls_back_to_its_canonical_copy(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    _write(folder, "a.txt", "Site One", WIRE)
    _write(folder, "b.txt", "Site Two", WIRE.replace("kilometres", "kilometers"))
    got = _origins(folder, tmp_path)
    bases = sorted(o["basis"] for o in got.values())
    assert bases == ["earliest_copy", "own"]
    assert len({o["outlet"] for o in got.values()}) == 1


def test_a_house_sign_off_names_the_agency_but_is_no_citation(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    _write(folder, "a.txt", "Harbour Times", WIRE + "\n\n(Reporting by Mara Velt in Port Selva; "
           "additional reporting by Ivo Dran; Editing by Lena Hask)")
    _write(folder, "b.txt", "Farm Weekly", OWN + "\n\n(Reporting by the harbour desk)")
    result = sourcetrace.analyze(folder, db=tmp_path / "o.db", stages=STAGES)
    got = {Path(a["path"]).name: a["origin"] for a in result.articles}
    assert (got["a.txt"]["outlet"], got["a.txt"]["basis"]) == ("Reuters", "credit")
    assert "house sign-off" in got["a.txt"]["evidence"]
    # staff named without the editing line is no house sign-off
    assert got["b.txt"]["basis"] == "own"
    # the text names no outlet: no citation is made of it
    assert not [c for c in result.citations if c["outlet"] == "Reuters"]


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        # the duties in any order, one of them long, a misspelt "additional"
        ("He left. (Writing by Paul Karr; Editing by Toby Chen)", True),
        ("He left. (Additonal reporting by Ann Ode in Turnberry, Scotland, Pol Ivan in "
         "Moscow, and Lee Wro and Dan Psal in Washington, and by Chris Low and Pat Devi in "
         "Kyiv and Odesa; Writing by Guy Faul, Will James and Jim Oli; Editing by Lisa Shu)", True),
        # a site that strips the parentheses keeps it as the text's last words
        ("He left. Reporting by Vlad Sold; Editing by Gary Jones", True),
        ("He left. Reporting by Vlad Sold; Editing by Gary Jones.\n", True),
        # staff named mid-text, or without an editing line, is no sign-off
        ("He left. Reporting by Vlad Sold; Editing by Gary Jones. She stayed.", False),
        ("He left. (Reporting by the harbour desk)", False),
    ],
)
def test_the_house_sign_off_is_read_in_its_variants(text: str, signed: bool) -> None:
    found = signoff_credits(text)
    assert bool(found) == signed
    if signed:
        name, start, end = found[0]
        assert name == "Reuters"
        assert text[start:end].rstrip(").\n").endswith(("Chen", "Shu", "Jones"))


def test_an_address_that_ends_in_an_outlet_credits_it(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir(parents=True)
    for name, url in (("a.txt", "https://harbour-news.example/world/terminal-fire-closes-port-cnn"),
                      ("b.txt", "https://harbour-news.example/world/terminal-fire-closes-port"),
                      ("c.txt", "https://harbour-news.example/world/why-we-trust-the-hill")):
        (folder / name).write_text(f"url: {url}\noutlet: Harbour News\ndate: 2025-03-0"
                                   f"{ord(name[0]) - 96}\n\n{OWN if name != 'a.txt' else WIRE}\n",
                                   encoding="utf-8")
    got = _origins(folder, tmp_path)
    assert (got["a.txt"]["outlet"], got["a.txt"]["basis"]) == ("CNN", "credit")
    assert "-cnn" in got["a.txt"]["evidence"]
    # No outlet at the end of the address, or an ordinary word ("hill"): the site's own.
    assert (got["b.txt"]["outlet"], got["b.txt"]["basis"]) == ("Harbour News", "own")
    assert got["c.txt"]["outlet"] == "Harbour News"


def test_a_copy_of_a_copy_takes_the_credit_of_its_strongest_chain() -> None:
    """A page that is nearly all one uncredited copy takes that copy's origin, reached
    through it, not the credit of a page that shares a paragraph with it (Helsinki: an AP
    story whose credit was cut, grouped with a yahoo page crediting ABC News)."""
    from sourcetrace.citations.origin import infer_origins
    from sourcetrace.models import Article, Citation, DuplicateGroup, Reuse

    def art(aid: str, outlet: str) -> Article:
        return Article(id=aid, text=WIRE, path=f"{aid}.txt", outlet=outlet)

    arts = [art("a1", "Daily One"), art("a2", "Daily Two"), art("m", "Site M"),
            art("n", "Site N"), art("x", "Portal X")]
    cites = [Citation(id=f"c{i}", article=aid, outlet=outlet, cue=f"({outlet})",
                      span=(0, 5), kind="wire_credit")
             for i, (aid, outlet) in enumerate([("a1", "Associated Press"),
                                                ("a2", "Associated Press"), ("x", "ABC News")])]
    reuse = [Reuse("a1", "n", "edited", 0.9, 0.9, ()),  # n: an edited copy of a1
             Reuse("m", "n", "verbatim", 0.97, 0.97, ()),  # m: all of n
             Reuse("m", "x", "contained", 0.06, 0.8, ())]  # x's item is a paragraph of m
    group = DuplicateGroup("a1", ("a1", "a2", "m", "n", "x"), "edited", 0.9)
    got = infer_origins(arts, [group], reuse, cites)
    assert (got["m"].outlet, got["m"].basis, got["m"].article) == ("Associated Press", "copy", "a1")
    assert "through Site N" in got["m"].evidence
    assert (got["n"].outlet, got["n"].article) == ("Associated Press", "a1")
    assert "through" not in got["n"].evidence
    # a weak link is still a link when nothing better reaches the article
    reuse = [Reuse("m", "x", "contained", 0.06, 0.8, ())]
    got = infer_origins(arts, [group], reuse, cites)
    assert got["m"].outlet == "ABC News"
    # no chain at all: the credit most members carry
    got = infer_origins(arts, [group], [], cites)
    assert got["m"].outlet == "Associated Press"
