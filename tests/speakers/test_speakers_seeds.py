"""End to end on the real seed articles: named speakers with affiliation, anonymous typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sourcetrace.attribution.extract import extract_attributions
from sourcetrace.models import Attribution, Speaker
from sourcetrace.speakers.build import build_speakers

NAMED = [
    "Qin Gang",
    "Zeno Leoni",
    "Jake Sullivan",
    "Zhao Lijian",
    "Einar Tangen",
    "Dmitry Peskov",
    "Liu Pengyu",
    "Blinken",
    "Wang Wenbin",
    "Ned Price",
    "Vasily Kashin",
    "Linda Thomas-Greenfield",
]
ANONYMOUS = [
    "unnamed US officials",
    "A US official, speaking on condition of anonymity",
    "Western officials",
    "a senior Western official",
    "sources familiar with the meeting",
]


@pytest.fixture(scope="module")
def seed_result(nlp: Any, seeds_dir: Path) -> tuple[list[Speaker], list[Attribution]]:
    files = sorted(seeds_dir.glob("*.txt"))
    assert len(files) == 5
    atts: list[Attribution] = []
    for f in files:
        atts += extract_attributions(nlp(f.read_text(encoding="utf-8")), article_id=f.stem)
    return build_speakers(atts, related={f.stem: "story" for f in files})


@pytest.mark.parametrize("name", NAMED)
def test_named_speaker_found_with_affiliation(
    seed_result: tuple[list[Speaker], list[Attribution]], name: str
) -> None:
    speakers, _ = seed_result
    hits = [s for s in speakers if s.type == "person" and s.name and name in s.name]
    assert len(hits) == 1, [s.name for s in speakers if s.type == "person"]
    assert hits[0].affiliation, f"{hits[0].name}: no affiliation ({hits[0].label})"


@pytest.mark.parametrize("phrase", ANONYMOUS)
def test_anonymous_sources_typed(
    seed_result: tuple[list[Speaker], list[Attribution]], phrase: str
) -> None:
    speakers, atts = seed_result
    by_id = {s.id: s for s in speakers}
    # Sources that are this phrase (possibly with more after it); "reports quoting unnamed
    # officials" is a report, not the officials themselves.
    hits = [a for a in atts if a.source_text and a.source_text.lower().startswith(phrase.lower())]
    assert hits, f"no attribution sourced to {phrase!r}"
    for a in hits:
        assert a.speaker is not None
        assert by_id[a.speaker].type == "anonymous", (a.source_text, by_id[a.speaker])


def test_anonymous_not_merged_into_named(
    seed_result: tuple[list[Speaker], list[Attribution]],
) -> None:
    speakers, _ = seed_result
    for s in speakers:
        if s.type == "anonymous":
            assert s.name is None


def test_same_person_merged_across_copies(
    seed_result: tuple[list[Speaker], list[Attribution]],
) -> None:
    speakers, _ = seed_result
    (leoni,) = [s for s in speakers if s.name == "Zeno Leoni"]
    assert len(leoni.articles) >= 2  # 000 and 001 are the same article
