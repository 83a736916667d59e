"""Done-when for claims on the real seed articles, through the real attribution extractor.

000 and 001 are the same article, 002 and 003 other reports of the same story, 004 a
machine re-translation of a later, related story.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.attribution.extract import extract_attributions
from sourcetrace.claims.candidates import ClaimCandidate, claim_candidates
from sourcetrace.claims.cluster import cluster_claims
from sourcetrace.models import Attribution, Claim


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path, nlp):  # type: ignore[no-untyped-def]
    atts: list[Attribution] = []
    cands: list[ClaimCandidate] = []
    for path in sorted(seeds_dir.glob("*.txt")):
        art = path.name[:3]
        doc = nlp(path.read_text(encoding="utf-8"))
        found = extract_attributions(doc, article_id=art)
        atts += found
        cands += claim_candidates(doc, article_id=art, attributions=found)
    return atts, cands, cluster_claims(cands)


def _att(atts: list[Attribution], article: str, needle: str) -> Attribution:
    hits = [a for a in atts if a.article == article and needle in f"{a.source_text} {a.content}"]
    assert hits, f"no attribution in {article} with {needle!r}"
    return hits[0]


def _claim_with(claims: list[Claim], cands: list[ClaimCandidate], article: str,
                needle: str) -> Claim:
    ids = {c.id for c in cands if c.article == article and needle in c.text}
    assert ids, f"no candidate in {article} with {needle!r}"
    hits = [cl for cl in claims if ids & set(cl.candidates)]
    assert hits
    return hits[0]


def test_russia_asked_china_is_one_claim_across_the_story(seeds) -> None:  # type: ignore[no-untyped-def]
    atts, cands, claims = seeds
    asked = _claim_with(claims, cands, "002", "Russia has asked China for military equipment")
    assert {"000", "001", "002", "003"} <= set(asked.articles)
    assert "004" not in asked.articles
    for art, needle in (("000", "Russia had sought military assistance"),
                        ("003", "Moscow had approached Beijing")):
        assert _claim_with(claims, cands, art, needle) == asked
    # The US official's assertion is a mention of the claim.
    assert _att(atts, "002", "A United States official").id in asked.mentions


def test_denials_land_in_the_claim_they_deny(seeds) -> None:  # type: ignore[no-untyped-def]
    atts, cands, claims = seeds
    asked = _claim_with(claims, cands, "002", "Russia has asked China for military equipment")
    for article, needle in (("002", "Peskov"), ("002", "Zhao Lijian"), ("003", "Liu Pengyu")):
        denial = _att(atts, article, needle)
        assert denial.id in asked.mentions, (article, needle)
    # "Both China and Russia have denied those reports" (000) joins it too.
    assert _att(atts, "000", "those reports").id in asked.mentions


def test_qin_gang_denial_attaches_to_china_knew_of_the_plans(seeds) -> None:  # type: ignore[no-untyped-def]
    atts, cands, claims = seeds
    asked = _claim_with(claims, cands, "002", "Russia has asked China for military equipment")
    knew = _claim_with(claims, cands, "000", "Beijing knew about")
    assert knew != asked
    qin = _att(atts, "000", "Qin Gang")
    assert qin.id in knew.mentions
    assert qin.id not in asked.mentions


def test_lethal_aid_claim_of_004_is_separate(seeds) -> None:  # type: ignore[no-untyped-def]
    _atts, cands, claims = seeds
    asked = _claim_with(claims, cands, "002", "Russia has asked China for military equipment")
    lethal = _claim_with(claims, cands, "004", "China is seriously considering")
    assert lethal != asked
    assert "004" in lethal.articles


def test_claims_are_ranked_by_reach(seeds) -> None:  # type: ignore[no-untyped-def]
    _atts, _cands, claims = seeds
    reach = [len(c.articles) for c in claims]
    assert reach == sorted(reach, reverse=True)
    assert all(c.text and c.id.startswith("c") for c in claims)
