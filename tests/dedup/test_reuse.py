"""Passage-level reuse: edited, cut and partial copies, quotations, offsets; the dev stories."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from sourcetrace.dedup.align import align, words
from sourcetrace.dedup.groups import find_copies
from sourcetrace.dedup.reuse import ReuseOptions
from sourcetrace.ingest.inputs import ingest
from sourcetrace.models import Article

LEAD = (
    "The port authority of Veloria said on Tuesday that the northern terminal would stay "
    "closed for at least two weeks after a fire damaged its cranes and a warehouse. "
    "Officials said nobody was hurt, but about forty ships have been diverted to the "
    "southern harbour, where queues of trucks stretched for several kilometres. "
)
MIDDLE = (
    "Investigators from the national fire service were examining the site and had not "
    "determined a cause, a spokeswoman for the authority told reporters at a briefing. "
    "The terminal handles roughly a third of the country's container traffic and its "
    "closure is expected to delay deliveries of grain, fuel and medical supplies. "
)
END = (
    "Shipping companies warned customers of delays of up to ten days. The authority "
    "said it would publish a reopening plan once the cranes had been inspected by "
    "engineers from the manufacturer, who were due to arrive later this week. "
)
OTHER = (
    "Farmers in the eastern provinces said the closure came at the worst possible time, "
    "weeks before the harvest, and asked the government to open a temporary rail link "
    "to the river docks so that grain exports could continue through the summer months. "
    "The agriculture ministry said it was studying the request and would answer soon. "
)


def _art(aid: str, text: str) -> Article:
    return Article(id=aid, text=text, path=aid)


def _reuse(*arts: Article) -> dict[tuple[str, str], str]:
    _, _, found = find_copies(list(arts))
    return {(r.a, r.b): r.kind for r in found}


def test_edited_copy_with_house_style_and_another_ending_is_a_copy() -> None:
    wire = _art("a1", LEAD + MIDDLE + END)
    edited = LEAD.replace("Tuesday", "Tuesday evening").replace("kilometres", "kilometers")
    edited = edited.replace("The port authority", "Veloria's port authority")
    copy = _art("a2", edited + MIDDLE.replace("U.S.", "US") + OTHER)
    groups, _, found = find_copies([wire, copy])
    assert [(set(g.members), g.kind) for g in groups] == [({"a1", "a2"}, "edited")]
    assert [r.kind for r in found] == ["edited"]


def test_copy_of_the_lead_only_is_partial_and_a_cut_copy_is_contained() -> None:
    full = _art("a1", LEAD + MIDDLE + END + OTHER)
    lead = _art("a2", LEAD + MIDDLE + "Read the full story on the authority's site, with more photographs.")
    cut = _art("a3", LEAD + MIDDLE + END)
    _, _, found = find_copies([full, lead])
    assert [r.kind for r in found] == ["partial"]
    _, _, found = find_copies([full, cut])
    assert [r.kind for r in found] == ["contained"]


def test_moved_paragraphs_still_align() -> None:
    a = _art("a1", LEAD + MIDDLE + END)
    b = _art("a2", END + LEAD + MIDDLE)
    (reuse,) = find_copies([a, b])[2]
    assert reuse.copy and reuse.share_a > 0.95 and reuse.share_b > 0.95 and len(reuse.passages) == 2


def test_the_same_quotation_is_reuse_but_not_a_copy() -> None:
    quote = ("\u201cWe will not allow the closure of one terminal to become a national "
             "crisis, and every ship that was due in the north will be unloaded within the "
             "month,\u201d the minister said.")
    a = _art("a1", LEAD + quote + " " + OTHER)
    b = _art("a2", "Opposition leaders criticised the government on Wednesday. " + quote
             + " Critics said the plan came too late for exporters.")
    groups, _, found = find_copies([a, b])
    assert groups == []
    assert [r.kind for r in found] == ["quoted"]


def test_independent_texts_on_one_story_stay_apart() -> None:
    a = _art("a1", LEAD + MIDDLE)
    b = _art("a2", "A fire at Veloria's northern terminal on Tuesday destroyed cranes and a "
             "warehouse, and the port authority said the terminal would stay closed for at "
             "least two weeks. Dozens of ships were sent to the southern harbour. " + OTHER)
    groups, _, found = find_copies([a, b])
    assert groups == [] and all(not r.copy for r in found)


def test_passage_offsets_point_at_the_same_text_in_both() -> None:
    a = _art("a1", "BREAKING: " + LEAD + MIDDLE)
    b = _art("a2", "From our correspondent. " + LEAD.replace("U.S.", "US") + END)
    (reuse,) = find_copies([a, b])[2]
    first, second = (a, b) if reuse.a == "a1" else (b, a)
    for p in reuse.passages:
        assert first.text[p.a_start:p.a_end] == second.text[p.b_start:p.b_end]
        assert first.text[p.a_start:p.a_end].startswith("The port authority")


def test_abbreviations_and_case_do_not_break_a_run() -> None:
    a, b = words("The U.S. Navy said"), words("the US navy said")
    assert a.norm == b.norm
    assert align(words(LEAD), words(LEAD.upper()))[0].matched == len(words(LEAD))


def test_disabled_reuse_finds_nothing() -> None:
    arts = [_art("a1", LEAD + MIDDLE + END), _art("a2", LEAD + MIDDLE + OTHER)]
    _, _, found = find_copies(arts, reuse=ReuseOptions(enabled=False))
    assert found == []


@pytest.mark.parametrize("bad", [{"copy_share": 0}, {"seed": 1}, {"min_words": 2}])
def test_options_are_validated(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        ReuseOptions(**bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("story", ["spy-balloon", "kakhovka-dam"])
def test_dev_story_copies_found_and_independent_texts_apart(shared_dir: Path, story: str) -> None:
    root = shared_dir / "data" / "stories" / story
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    arts = [a for a in ingest([str(root / "articles")]) if isinstance(a, Article)]
    name = {a.id: Path(a.path or "").name for a in arts}
    groups, _, _ = find_copies(arts)
    found = {frozenset((name[x], name[y])) for g in groups for x, y in combinations(g.members, 2)}
    copies = {frozenset(p) for d in gold["duplicates"] for p in combinations(d["files"], 2)}
    apart = {frozenset(p) for d in gold["not_duplicates"] for p in combinations(d["files"], 2)}
    assert found == copies
    assert not found & apart
