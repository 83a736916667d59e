"""The shared place lexicon: one key per state, whichever word names it."""

from __future__ import annotations

import json
from importlib import resources

from sourcetrace.geo.places import countries, country_code, is_city, normalise_place


def test_country_demonym_capital_and_seat_share_one_key() -> None:
    forms = ["Russia", "Russian", "Russians", "Moscow", "Kremlin", "the Kremlin", "Kremlin’s"]
    assert {normalise_place(f) for f in forms} == {"russia"}
    assert {normalise_place(f) for f in ["China", "Chinese", "Beijing", "beijing's"]} == {"china"}
    assert normalise_place("White\nHouse") == "us"  # a line break inside a name
    assert normalise_place("The Hague") == "netherlands"


def test_unknown_words_are_none() -> None:
    assert normalise_place("Atlantis") is None
    assert normalise_place("spokesman") is None
    assert normalise_place("") is None


def test_codes_blocs_and_cities() -> None:
    assert country_code(normalise_place("Kyiv") or "") == "UA"
    assert normalise_place("Brussels") == "european union"
    assert country_code("european union") is None  # a bloc is never a country party
    assert "RU" in countries() and "Moscow" in countries()["RU"]
    assert is_city("Moscow") and is_city("new delhi")
    assert not is_city("Kremlin") and not is_city("Russia")


def test_every_alias_names_one_entry_only() -> None:
    # Two entries claiming one word would make the lookup depend on file order.
    text = resources.files("sourcetrace").joinpath("data/places.json").read_text("utf-8")
    data = json.loads(text)
    seen: dict[str, str] = {}
    fields = ("names", "demonyms", "cities", "seats")
    for record in [*data["states"], *data["blocs"]]:
        for alias in (a for f in fields for a in record.get(f, ())):
            assert seen.setdefault(alias.casefold(), record["key"]) == record["key"], alias
    keys = [r["key"] for r in [*data["states"], *data["blocs"]]]
    assert len(keys) == len(set(keys))


def test_dotted_abbreviation_without_its_last_full_stop() -> None:
    # Claim linking strips trailing punctuation, so "U.K." arrives as "u.k".
    assert normalise_place("U.K") == normalise_place("U.K.") == normalise_place("UK")
    assert normalise_place("the E.U") == normalise_place("EU")
    assert normalise_place("U.S.A") == normalise_place("United States")
    assert normalise_place("A.B") is None
