"""The issues' acceptance checks, through the whole pipeline on real and demo articles.

Unit tests of each stage live beside the stage; these check that the stages
together give the answers a user reads in the JSON.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sourcetrace.output.json_v1 import validate


def _by_seed(result: Any) -> dict[str, str]:
    return {Path(a["path"]).name[:3]: a["id"] for a in result.articles}


def _speaker(result: Any, sid: str | None) -> dict[str, Any]:
    return next(s for s in result.speakers if s["id"] == sid)


def test_seeds_output_is_valid(seeds_analysis: Any) -> None:
    validate(seeds_analysis.to_dict())
    texts = {a["id"]: a["text"] for a in seeds_analysis.articles}
    for att in seeds_analysis.attributions:
        s, e = att["span"]
        assert texts[att["article"]][s:e] == att["content"]
        if att["source_span"]:
            s, e = att["source_span"]
            assert texts[att["article"]][s:e] == att["source_text"]
    for cit in seeds_analysis.citations:
        s, e = cit["span"]
        assert (s, e) == (0, 0) or e <= len(texts[cit["article"]])


def test_seed_named_speakers_have_affiliations(seeds_analysis: Any) -> None:
    people = {s["name"]: s for s in seeds_analysis.speakers if s["type"] == "person"}
    for name in ("Qin Gang", "Zeno Leoni", "Jake Sullivan", "Zhao Lijian", "Einar Tangen",
                 "Dmitry Peskov", "Liu Pengyu", "Wang Wenbin", "Ned Price", "Vasily Kashin",
                 "Linda Thomas-Greenfield"):
        assert name in people, f"{name} not found as a person"
        assert people[name]["affiliation"] or people[name]["role"], name
    assert any("Blinken" in n for n in people)


def test_seed_anonymous_sources_are_typed_anonymous(seeds_analysis: Any) -> None:
    anon = [s["label"].lower() for s in seeds_analysis.speakers if s["type"] == "anonymous"]
    for phrase in ("us official", "western official", "sources familiar with the meeting"):
        assert any(phrase in a for a in anon), phrase
    named = {s["name"] for s in seeds_analysis.speakers if s["type"] == "person"}
    assert not any("official" in (n or "").lower() for n in named)


def test_seed_citations_per_article(seeds_analysis: Any) -> None:
    ids = _by_seed(seeds_analysis)
    cited: dict[str, set[str]] = {}
    for c in seeds_analysis.citations:
        if c["kind"] != "source_line":
            cited.setdefault(c["article"], set()).add(c["outlet"])
    expect = {
        "000": {"The New York Times", "Financial Times", "The Washington Post"},
        "002": {"Financial Times", "The Washington Post", "CNN"},
        "003": {"The New York Times", "Politico", "CNN", "Financial Times", "BBC"},
        "004": {"The Wall Street Journal", "CBS News"},
    }
    for seed, outlets in expect.items():
        assert outlets <= cited.get(ids[seed], set()), (seed, cited.get(ids[seed]))


def _central_claim(result: Any) -> dict[str, Any]:
    ids = _by_seed(result)
    want = {ids["000"], ids["002"], ids["003"]}
    spanning = [c for c in result.claims if want <= set(c["articles"])]
    assert spanning, "no claim spans 000, 002 and 003"
    return max(spanning, key=lambda c: len(c["articles"]))


def test_seed_central_claim_provenance(seeds_analysis: Any) -> None:
    claim = _central_claim(seeds_analysis)
    ids = _by_seed(seeds_analysis)
    assert ids["004"] not in claim["articles"] or "consider" not in claim["text"].lower()
    deniers = " ".join(_speaker(seeds_analysis, s)["label"] for s in claim["denied_by"])
    for name in ("Peskov", "Zhao Lijian", "Liu Pengyu"):
        assert name in deniers, (name, deniers)
    assert any(_speaker(seeds_analysis, s)["type"] == "anonymous" for s in claim["asserted_by"])
    assert {"Financial Times", "The Washington Post"} <= set(claim["first_reported_by"])
    assert claim["grade"] and claim["reasons"]


def test_seed_qin_gang_denies_a_different_claim(seeds_analysis: Any) -> None:
    central = _central_claim(seeds_analysis)
    qin = next(s["id"] for s in seeds_analysis.speakers if s["name"] == "Qin Gang")
    denied = [c for c in seeds_analysis.claims if qin in c["denied_by"]]
    assert denied and all(c["id"] != central["id"] for c in denied)
    assert any("knew" in c["text"].lower() or "know" in c["text"].lower() for c in denied)


def test_seed_dates(seeds_analysis: Any) -> None:
    ids = _by_seed(seeds_analysis)
    dated = {(e["article"], e["date"]) for e in seeds_analysis.events}
    assert (ids["000"], "2022-03-02") in dated and (ids["000"], "2022-03-15") in dated
    assert (ids["004"], "2023-02-24") in dated and (ids["004"], "2023-02-22") in dated
    published = {a["id"]: a["published"] for a in seeds_analysis.articles}
    assert published[ids["000"]] == "2022-03-17"
    assert (published[ids["004"]] or "").startswith("2023-02")


def test_demo_corpus(demo_analysis: Any) -> None:
    validate(demo_analysis.to_dict())
    assert len(demo_analysis.duplicate_groups) == 1
    assert len(demo_analysis.rejected) == 2
    types = {s["type"] for s in demo_analysis.speakers}
    assert {"person", "anonymous"} <= types
    assert any(c["outlet"] == "The Harbor Ledger" for c in demo_analysis.citations) or any(
        "Harbor Ledger" in c["outlet"] for c in demo_analysis.citations
    )
    assert any(a["stance"] == "denies" for a in demo_analysis.attributions)
