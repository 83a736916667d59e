"""Publication dates: metadata, stated lines, datelines, and inference from the text."""

from __future__ import annotations

from pathlib import Path

from sourcetrace.temporal.dct import dct_and_timexes, infer_published
from sourcetrace.temporal.timex import extract_timexes


def test_metadata_wins() -> None:
    assert infer_published("On January 3, 2021 ...", metadata_date="2023-03-07") == (
        "2023-03-07",
        "metadata",
    )
    assert infer_published("x", url="https://example.com/2023/03/07/story.html") == (
        "2023-03-07",
        "metadata",
    )


def test_stated_and_dateline() -> None:
    assert infer_published("Published: March 7, 2023\nText.") == ("2023-03-07", "stated")
    assert infer_published("08th March, 2023\nThe minister said on Monday.") == (
        "2023-03-08",
        "dateline",
    )
    # A dateline without a year takes it from the full dates in the text.
    text = "WASHINGTON, Feb 8 (Reuters) - Officials met. The pact was signed on January 3, 2021."
    assert infer_published(text) == ("2021-02-08", "dateline")


def test_dateline_without_any_year_gives_no_date() -> None:
    assert infer_published("WASHINGTON, Feb 8 (Reuters) - Officials met on Tuesday.") == (
        None,
        None,
    )


def test_weekday_pairs_fix_the_year() -> None:
    text = (
        "The war began on February 24, 2022. On Wednesday, February 22, the envoy said talks "
        "failed. The council will meet on Friday, February 24."
    )
    # The latest past event is the Wednesday; the future meeting only bounds the date.
    assert infer_published(text) == ("2023-02-22", "inferred")


def test_nothing_to_go_on() -> None:
    assert infer_published("Officials said on Monday that talks failed.") == (None, None)


def test_two_pass_helper_resolves_relative_expressions() -> None:
    text = "On Wednesday, February 22, the envoy said talks failed. He left yesterday."
    published, basis, refs = dct_and_timexes(text)
    assert (published, basis) == ("2023-02-22", "inferred")
    assert {t.text: t.value for t in refs}["yesterday"] == "2023-02-21"


def test_seed_004_states_no_date_but_fixes_2023(seeds_dir: Path) -> None:
    text = (seeds_dir / "004_1f4a1b0cb1b83711.txt").read_text(encoding="utf-8")
    published, basis = infer_published(text)
    assert basis == "inferred"
    assert published is not None and published.startswith("2023-02")
    values = {t.text: t.value for t in extract_timexes(text, dct=published)}
    assert values["Friday, February 24"] == "2023-02-24"
    assert values["Wednesday, February 22"] == "2023-02-22"
    assert values["February 24, 2022"] == "2022-02-24"


def test_seed_001_with_its_stamp(seeds_dir: Path) -> None:
    raw = (seeds_dir / "001_c83a065f6c04f472.txt").read_text(encoding="utf-8")
    stamp = " date 2022-03-17"
    assert raw.startswith(stamp)
    body = raw[len(stamp) :].strip()
    values = {t.text: t.value for t in extract_timexes(body, dct="2022-03-17")}
    assert values["March 2"] == "2022-03-02"
    assert values["March 15"] == "2022-03-15"
    # 000 is a copy of 001: with the date passed on from its duplicate, the same values.
    copy = (seeds_dir / "000_dec0d92061c2572d.txt").read_text(encoding="utf-8")
    published, basis = infer_published(copy, metadata_date="2022-03-17")
    assert (published, basis) == ("2022-03-17", "metadata")
    values = {t.text: t.value for t in extract_timexes(copy, dct=published)}
    assert values["March 2"] == "2022-03-02"
    assert values["March 15"] == "2022-03-15"


def test_archive_photo_caption_dates_are_not_evidence() -> None:
    text = (
        "Officials met on Monday.\n"
        "A soldier stands guard in Kyiv, Ukraine June 8, 2018 [File: Staff/Reuters]\n"
        "Talks resumed on Tuesday."
    )
    assert infer_published(text) == (None, None)
    assert infer_published(text + "\nThe accord was signed on January 3, 2021.") == (
        "2021-01-03",
        "inferred",
    )


def test_metadata_formats() -> None:
    assert infer_published("x", metadata_date="Tue, 07 Mar 2023 10:00:00 GMT")[0] == "2023-03-07"
    assert infer_published("x", metadata_date="2023-03-07T10:00:00Z")[0] == "2023-03-07"
    # A string without a year is not a date (dateutil would borrow today's year).
    assert infer_published("x", metadata_date="5") == (None, None)
    assert infer_published("x", url="https://example.com/news/2022/3/14/story") == (
        "2022-03-14",
        "metadata",
    )
