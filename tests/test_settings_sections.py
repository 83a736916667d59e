"""Settings sections read as typed knobs (``Settings.read``): every key known, every value
of its type, each article stage's sections in its cache key, and the values reaching the
code that uses them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import pytest

from sourcetrace.claims.tuning import CandidateTuning
from sourcetrace.engines.cache import cache_key
from sourcetrace.errors import UsageError
from sourcetrace.models import Article
from sourcetrace.pipeline import all_stages
from sourcetrace.settings import Settings
from sourcetrace.temporal.timex import extract_timexes
from sourcetrace.temporal.tuning import TimexTuning, packaged


@dataclass(frozen=True)
class _Knobs:
    window: int
    share: float


def _with(section: dict[str, Any]) -> Settings:
    return Settings({"knobs": section})


def test_a_section_is_read_into_its_dataclass() -> None:
    assert Settings({"knobs": {"window": 3, "share": 1}}).read("knobs", _Knobs) == _Knobs(3, 1.0)


@pytest.mark.parametrize(("section", "message"), [
    ({"window": 3}, r"missing \['share'\]"),
    ({"window": 3, "share": 0.5, "shares": 1}, r"unknown \['shares'\]"),
    ({"window": 2.5, "share": 0.5}, "window: expected int"),
    ({"window": True, "share": 0.5}, "window: expected int"),
    ({"window": 3, "share": "high"}, "share: expected float"),
])
def test_a_wrong_section_is_a_clear_error(section: dict[str, Any], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        _with(section).read("knobs", _Knobs)


def test_every_section_an_article_stage_reads_is_packaged_and_valid() -> None:
    read = {name for stage in all_stages() if stage.scope == "article" for name in stage.settings}
    assert {"resolve", "timex", "candidates"} <= read
    settings = Settings()
    for name in read:
        assert settings.section(name), name
    TimexTuning.from_settings(settings)
    CandidateTuning.from_settings(settings)
    with pytest.raises(UsageError, match="wrong_side"):
        TimexTuning.from_settings(settings.with_overrides({"timex.wrong_side": 0.5}))


@pytest.mark.parametrize(("stage", "key"), [("timex", "timex.quarter_window"),
                                            ("dct", "timex.wrong_side"),
                                            ("candidates", "candidates.topic_min")])
def test_the_sections_a_stage_reads_are_part_of_its_cache_key(stage: str, key: str) -> None:
    article = Article(id="a1", text="x", path="a.txt", published="2023-02-02")
    stages = [s for s in all_stages() if s.name == stage]
    base = cache_key(article, stages, Settings())
    assert cache_key(article, stages, Settings().with_overrides({key: 7})) != base


def test_the_tense_weighs_the_year_by_wrong_side(nlp: Any) -> None:
    # October 2023, past tense: January 2024 is nearer, but the tense says 2023 ...
    text = "The deal was signed in January."
    [packaged_year] = extract_timexes(text, dct="2023-10-20", doc=nlp(text))
    assert packaged_year.value == "2023-01"
    # ... unless the tense counts for nothing.
    nearest = replace(packaged(), wrong_side=1.0)
    [plain] = extract_timexes(text, dct="2023-10-20", doc=nlp(text), tuning=nearest)
    assert plain.value == "2024-01"


def test_a_year_ago_is_the_quarter_only_within_the_window() -> None:
    text = "Third-quarter net rose to $5 million from $4 million a year ago."

    def year_ago(window: int) -> str:
        refs = extract_timexes(text, dct="1989-10-25",
                               tuning=replace(packaged(), quarter_window=window))
        return next(t.value for t in refs if t.text == "a year ago")

    assert year_ago(packaged().quarter_window) == "1988-Q3"
    assert year_ago(0) != "1988-Q3"
