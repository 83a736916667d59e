"""The outlet registry: lookups, scanning, domains and user extension files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcetrace.citations.outlets import Outlet, find_outlet, load_registry
from sourcetrace.errors import InputError


def test_registry_is_large_and_well_formed() -> None:
    reg = load_registry()
    assert len(reg) >= 300
    ids = [o.id for o in reg]
    assert len(ids) == len(set(ids))
    assert sum(o.wire for o in reg) >= 30
    assert sum(o.state_affiliated for o in reg) >= 50
    countries = {o.country for o in reg}
    assert {"US", "GB", "RU", "CN", "QA", "IN", "DE", "FR", "JP", "IL", "IR"} <= countries


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("FT", "Financial Times"),
        ("the Financial Times", "Financial Times"),
        ("The Financial Times's", "Financial Times"),
        ("WSJ", "The Wall Street Journal"),
        ("wall street journal", "The Wall Street Journal"),
        ("the New York Times", "The New York Times"),
        ("AP", "Associated Press"),
        ("Xinhua", "Xinhua News Agency"),
        ("RT", "RT"),
        ("London-based newspaper The Financial Times", "Financial Times"),
        ("Russian state news agency TASS", "TASS"),
        ("RTE", "RTÉ"),
    ],
)
def test_find_names_and_aliases(text: str, name: str) -> None:
    found = find_outlet(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text", ["a former reporter for the New York Times", "told reporters", "", "officials"]
)
def test_find_rejects_non_outlets(text: str) -> None:
    assert find_outlet(text) is None


def test_flags_are_facts() -> None:
    reg = load_registry()
    reuters, xinhua, nyt = reg.find("Reuters"), reg.find("Xinhua"), reg.find("NYT")
    assert reuters and reuters.wire and not reuters.state_affiliated
    assert xinhua and xinhua.wire and xinhua.state_affiliated and xinhua.country == "CN"
    assert nyt and not nyt.wire and not nyt.state_affiliated and nyt.country == "US"


def test_by_domain_walks_up_subdomains() -> None:
    reg = load_registry()
    assert reg.by_domain("https://edition.cnn.com/2022/03/14/x.html").name == "CNN"  # type: ignore[union-attr]
    assert reg.by_domain("www.bbc.co.uk").name == "BBC"  # type: ignore[union-attr]
    assert reg.by_domain("ft.com").name == "Financial Times"  # type: ignore[union-attr]
    assert reg.by_domain("example.co.uk") is None
    assert reg.by_domain("") is None


def test_scan_offsets_longest_match_and_boundaries() -> None:
    text = (
        "On CNN, an aide spoke. The New York Times and the FT reported it; "
        "Capitol Hill staff read The Hill. Michael Bloomberg spoke at the Reuters Institute. "
        "LONDON (REUTERS) - markets fell. [File: Jane Doe/Reuters] the sun rose."
    )
    found = [(o.name, text[s:e]) for o, s, e in load_registry().scan(text)]
    assert found == [
        ("CNN", "CNN"),
        ("The New York Times", "The New York Times"),
        ("Financial Times", "the FT"),
        ("The Hill", "The Hill"),
        ("Reuters", "REUTERS"),
    ]


def test_user_file_extends_and_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "mine.json"
    user.write_text(
        json.dumps(
            {
                "outlets": [
                    {
                        "name": "Daily Blah",
                        "aliases": ["the Blah"],
                        "domains": ["blah.example"],
                        "country": "ZZ",
                    },
                    {
                        "id": "cnn",
                        "name": "CNN",
                        "aliases": ["Cable News"],
                        "country": "US",
                        "state_affiliated": True,
                    },
                ]
            }
        ),
        encoding="utf-8",
    )
    reg = load_registry(user)
    blah = reg.find("The Daily Blah")
    assert isinstance(blah, Outlet) and blah.country == "ZZ"
    assert reg.by_domain("news.blah.example") == blah
    cnn = reg.find("Cable News")
    assert cnn is not None and cnn.state_affiliated
    assert load_registry().find("Daily Blah") is None  # the default stays untouched

    toml = tmp_path / "more.toml"
    toml.write_text('[[outlets]]\nname = "Kyiv Gazette"\nwire = true\n', encoding="utf-8")
    monkeypatch.setenv("SOURCETRACE_OUTLETS", str(toml))
    gazette = load_registry().find("the Kyiv Gazette")
    assert gazette is not None and gazette.wire


def test_bad_user_file_raises_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_registry(bad)
    assert err.value.code == "E212"


def test_scan_accepts_a_glued_reporting_verb() -> None:
    # Scraped text loses spaces: "The Financial Timesreported that ..."
    text = "On March 15, The Financial Timesreported that talks stalled. Timeshare offices."
    found = [(o.name, text[s:e]) for o, s, e in load_registry().scan(text)]
    assert found == [("Financial Times", "The Financial Times")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_scan_offsets_are_valid_on_any_text(text: str) -> None:
    reg = load_registry()
    last = -1
    for outlet, start, end in reg.scan(text):
        assert 0 <= start < end <= len(text) and start >= last
        assert reg.find(text[start:end]) == outlet
        last = end
    assert reg.find(text) is None or isinstance(reg.find(text), Outlet)


def test_every_scannable_name_scans_back_to_its_outlet() -> None:
    reg = load_registry()
    for outlet in reg:
        for name in outlet.aliases if outlet.alias_only else outlet.names:
            if "(" in name:
                continue
            found = reg.scan(f"Yesterday {name} reported it.")
            assert found, name
            assert reg.find(name) == found[0][0], name


def test_lowercase_common_noun_is_not_an_outlet() -> None:
    from sourcetrace.citations.outlets import find_outlet

    assert find_outlet("the diplomat") is None  # a person, not The Diplomat
    assert find_outlet("The Diplomat") is not None


def test_a_name_written_with_the_names_the_outlet_before_a_piece_of_its_journalism() -> None:
    # "the Herald" needs its article elsewhere ("Herald" alone is a word); "a Herald
    # report" is the outlet's report all the same. "Hill staff" is still no outlet.
    text = "According to a Herald report, talks failed. The Hill staff read a Hill memo."
    found = [(o.name, text[s:e]) for o, s, e in load_registry().scan(text)]
    assert ("The Herald", "Herald") in found
    assert all(name != "The Hill" or span == "The Hill" for name, span in found), found
