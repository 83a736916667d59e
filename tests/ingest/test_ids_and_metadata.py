"""Stable ids, metadata split from the body, and the real seed files."""

from __future__ import annotations

from pathlib import Path

from sourcetrace.ingest.inputs import ingest
from sourcetrace.ingest.textmeta import split_metadata
from sourcetrace.models import Article


def _articles(paths: list[str]) -> list[Article]:
    return [a for a in ingest(paths) if isinstance(a, Article)]


def test_same_file_same_id_changed_file_new_id(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("The minister resigned on Friday.")
    first = _articles([str(f)])[0].id
    assert _articles([str(f)])[0].id == first
    f.write_text("The minister resigned on Friday, aides said.")
    assert _articles([str(f)])[0].id != first


def test_same_text_at_two_paths_is_two_articles(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("The same wire copy, word for word.")
    arts = _articles([str(tmp_path)])
    assert len({a.id for a in arts}) == 2


def test_front_matter_stamp_byline_and_source_line() -> None:
    raw = (
        "title: Talks stall\noutlet: Example Wire\ndate: 2024-05-01\nauthor: A. Writer\n\n"
        "By Jane Doe: The talks stalled on Tuesday, officials said.\n\nMore text here.\n\n"
        "Source: Example Wire and news agencies\n"
    )
    split = split_metadata(raw)
    assert split.meta["title"] == "Talks stall" and split.meta["date"] == "2024-05-01"
    assert split.body == "The talks stalled on Tuesday, officials said.\n\nMore text here."
    assert split.credits == ["Source: Example Wire and news agencies"]


def test_prose_starting_with_a_colon_is_not_front_matter() -> None:
    raw = "Warning: the minister said prices would rise.\n\nSecond paragraph."
    assert split_metadata(raw).body == raw


def test_seed_metadata_lines_never_reach_text(seeds_dir: Path) -> None:
    arts = {Path(a.path).name[:3]: a for a in _articles([str(seeds_dir)])}
    assert arts["001"].published == "2022-03-17"
    assert not arts["001"].text.lstrip().startswith("date")
    assert "Source: TRT World" not in arts["000"].text and arts["000"].outlet == "TRT World"
    assert arts["002"].outlet == "Al Jazeera" and "Source:" not in arts["002"].text
    assert arts["003"].author == "Joseph Fitsanakis" and "By Joseph" not in arts["003"].text
    assert arts["003"].text.split("\n")[1].startswith("The Russian government asked China")
