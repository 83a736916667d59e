"""Countries named in text, used to tell interested denials from the rest."""

from __future__ import annotations

from sourcetrace.geo.parties import countries_in, group_members, groups_in


def test_names_demonyms_capitals_and_seats_of_government() -> None:
    assert countries_in("Russia asked China for military equipment") == {"RU", "CN"}
    assert countries_in("Kremlin spokesman Dmitry Peskov") == {"RU"}
    assert countries_in("Beijing's foreign ministry") == {"CN"}
    assert countries_in("the White House and the Pentagon") == {"US"}
    assert countries_in("a senior U.S. official") == {"US"}


def test_case_and_location_rules() -> None:
    assert countries_in("let us go") == set()  # a pronoun, not the US
    text = "Liu Pengyu, a spokesman for the embassy of China in Washington"
    assert countries_in(text, skip_locations=True) == {"CN"}
    assert countries_in(text) == {"CN", "US"}


def test_groups() -> None:
    assert groups_in("Western officials") == {"western"}
    assert groups_in("western-style democracy is") == set()
    assert "US" in group_members("western") and "RU" not in group_members("western")
