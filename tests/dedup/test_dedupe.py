"""Duplicate groups on the real seeds, the demo corpus and edge cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.dedup.groups import DedupOptions, duplicate_of, group_duplicates
from sourcetrace.dedup.reuse import ReuseOptions
from sourcetrace.ingest.inputs import ingest
from sourcetrace.models import Article


def _articles(path: Path) -> list[Article]:
    return [a for a in ingest([str(path)]) if isinstance(a, Article)]


def _name(arts: list[Article], aid: str) -> str:
    return next(Path(a.path).name for a in arts if a.id == aid)


def test_seeds_group_only_000_with_its_truncated_copy(seeds_dir: Path) -> None:
    arts = _articles(seeds_dir)
    groups, merged = group_duplicates(arts)
    assert len(groups) == 1
    g = groups[0]
    assert g.kind == "contained" and g.similarity > 0.9
    assert _name(arts, g.canonical).startswith("000")
    assert sorted(_name(arts, m)[:3] for m in g.members) == ["000", "001"]
    dates = {Path(a.path).name[:3]: (a.published, a.published_basis) for a in merged}
    assert dates["000"] == ("2022-03-17", "duplicate")  # 001's stamp reaches 000
    assert dates["002"] == (None, None)


def test_demo_corpus_groups(demo_dir: Path) -> None:
    arts = _articles(demo_dir)
    groups, merged = group_duplicates(arts)
    assert len(groups) == 1
    g = groups[0]
    names = sorted(_name(arts, m)[:2] for m in g.members)
    assert names == ["01", "02", "03"]
    # every copy credits Meridian Wire in its dateline: the wire story is the origin
    assert _name(arts, g.canonical).startswith("01")
    courier = next(a for a in merged if Path(a.path).name.startswith("02"))
    assert courier.published == "2025-05-14" and courier.published_basis == "duplicate"


def test_exact_and_near_copies() -> None:
    base = (
        "The harbour authority said on Monday that ferry services across the strait would be "
        "suspended for three days while engineers inspect the main pier, which was damaged in "
        "last week's storm. Passengers with tickets will be offered refunds or later sailings."
    )
    edited = base.replace("three days", "four days").replace("Monday", "Tuesday")
    other = (
        "The harbour authority said ferry services would resume after the storm, but "
        "passengers complained that refunds were slow and sailings were cancelled without notice."
    )
    arts = [
        Article(id="a1", text=base, path="a", published="2024-01-02"),
        Article(id="a2", text=base.upper(), path="b"),
        Article(id="a3", text=edited, path="c", published="2024-01-01"),
        Article(id="a4", text=other, path="d"),
    ]
    # MinHash alone (no passage alignment): the edited copy is near at Jaccard 0.5
    off = ReuseOptions(enabled=False)
    groups, _ = group_duplicates(arts, options=DedupOptions(near_threshold=0.5), reuse=off)
    assert len(groups) == 1 and set(groups[0].members) == {"a1", "a2", "a3"}
    assert groups[0].kind == "near" and groups[0].canonical == "a3"  # earliest dated copy
    assert duplicate_of(groups) == {"a1": "a3", "a2": "a3"}
    # passage alignment names what MinHash calls near: a copy with edits
    aligned, _ = group_duplicates(arts, options=DedupOptions(near_threshold=0.99))
    assert [(set(g.members), g.kind) for g in aligned] == [({"a1", "a2", "a3"}, "edited")]
    strict, _ = group_duplicates(arts, options=DedupOptions(near_threshold=0.99), reuse=off)
    assert {frozenset(g.members) for g in strict} == {frozenset({"a1", "a2"})}
    assert strict[0].kind == "exact"


def test_conflicting_dates_are_kept() -> None:
    text = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen."
    arts = [
        Article(id="x", text=text, path="x", published="2024-01-01"),
        Article(id="y", text=text, path="y", published="2024-02-01"),
        Article(id="z", text=text, path="z"),
    ]
    _, merged = group_duplicates(arts)
    assert [a.published for a in merged] == ["2024-01-01", "2024-02-01", None]


@pytest.mark.parametrize("bad", [{"near_threshold": 0}, {"containment_threshold": 1.5}, {"num_perm": 4}])
def test_options_are_validated(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        DedupOptions(**bad)  # type: ignore[arg-type]
