"""How far back a pronoun looks (``attribution.reach``, the ``[resolve]`` settings): the
settings reach the resolution, are checked when read, and are part of the cache key."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from sourcetrace.attribution.extract import extract_attributions
from sourcetrace.attribution.reach import Reach, packaged
from sourcetrace.engines.cache import cache_key
from sourcetrace.errors import UsageError
from sourcetrace.models import Article
from sourcetrace.pipeline import all_stages
from sourcetrace.settings import Settings

TEXT = ("Maria Lopez runs the shelter in Tucson. The shelter opened in 2019. It has forty "
        "beds and a kitchen. \u201cWe are full every night,\u201d she said.")


def _she(nlp: Any, reach: Reach) -> str | None:
    atts = extract_attributions(nlp(TEXT), article_id="t", reach=reach)
    [she] = [a for a in atts if (a.source_text or "").lower() == "she"]
    return she.resolved_source


def test_the_packaged_reach_finds_the_person_three_sentences_back(nlp: Any) -> None:
    assert _she(nlp, packaged()) == "Maria Lopez"


def test_a_shorter_reach_leaves_the_pronoun_unresolved(nlp: Any) -> None:
    # Nothing in view, no paragraph to look past, no main person: nobody is chosen.
    short = replace(packaged(), sentences_back=0, chars_back=0, quiet_paragraphs=0,
                    main_person_mentions=5)
    assert _she(nlp, short) is None


def test_settings_are_checked_when_read() -> None:
    with pytest.raises(UsageError, match="shares must lie"):
        Reach.from_settings(Settings().with_overrides({"resolve.main_person_share": 1.5}))
    with pytest.raises(UsageError, match="cannot be negative"):
        Reach.from_settings(Settings().with_overrides({"resolve.chars_back": -1}))


def test_the_resolve_settings_are_part_of_the_cache_key() -> None:
    article = Article(id="a1", text="x", path="a.txt", published="2023-02-02")
    stages = [s for s in all_stages() if s.name == "attribute"]
    base = cache_key(article, stages, Settings())
    assert cache_key(article, stages, Settings()) == base
    other = Settings().with_overrides({"resolve.sentences_back": 1})
    assert cache_key(article, stages, other) != base
    # A section no article stage reads does not invalidate cached results.
    assert cache_key(article, stages, Settings().with_overrides({"claims.threshold": 0.7})) == base
