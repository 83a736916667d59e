"""States and blocs as news prose names them: one lexicon for every stage.

The facts live in the packaged ``data/places.json`` (names, demonyms, capitals and other
cities, seats of government such as "the Kremlin"). Two stages read them: provenance, to
tell whether a speaker is a party to a claim (``parties``), and claim linking, to give
"Moscow", "the Kremlin" and "Russian" one actor key (``claim_link``). Both go through
``normalise_place`` so the two can never disagree about what a word stands for.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sourcetrace.lexicons import alternation


@dataclass(frozen=True)
class Place:
    """One state or bloc: its actor key, ISO code (None for blocs) and surface forms."""

    key: str
    code: str | None
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    cities: tuple[str, ...]
    seats: tuple[str, ...]

    @property
    def aliases(self) -> tuple[str, ...]:
        return self.names + self.demonyms + self.cities + self.seats


@dataclass(frozen=True)
class _Lexicon:
    places: tuple[Place, ...]
    owner: dict[str, Place]  # folded alias -> its place
    by_key: dict[str, Place]
    cities: frozenset[str]  # folded aliases that are places when they do not act


def _fold(text: str) -> str:
    """The lookup form of a mention: case-folded, curly apostrophe straightened, possessive
    dropped ("Beijing's" is Beijing), runs of whitespace (line breaks) made one space."""
    low = re.sub(r"\s+", " ", text.strip().casefold().replace("’", "'"))
    return re.sub(r"'s$", "", low)


def _place(record: dict[str, Any]) -> Place:
    def forms(field: str) -> tuple[str, ...]:
        return tuple(record.get(field, ()))

    return Place(
        key=record["key"],
        code=record.get("code"),
        names=forms("names"),
        demonyms=forms("demonyms"),
        cities=forms("cities"),
        seats=forms("seats"),
    )


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    text = resources.files("sourcetrace").joinpath("data/places.json").read_text("utf-8")
    data = json.loads(text)
    places = tuple(_place(r) for r in [*data["states"], *data["blocs"]])
    owner: dict[str, Place] = {}
    cities: set[str] = set()
    for place in places:
        for alias in place.aliases:
            owner[_fold(alias)] = place
        cities.update(_fold(c) for c in place.cities)
    return _Lexicon(places, owner, {p.key: p for p in places}, frozenset(cities))


# A dotted abbreviation that lost its last full stop ("u.k", "e.u", "u.s.a").
_DOTTED_CLIPPED = re.compile(r"^(?:the )?(?:[a-z]\.)+[a-z]$")


def _lookup(text: str) -> Place | None:
    owner = _lexicon().owner
    low = _fold(text)
    if _DOTTED_CLIPPED.match(low):
        low += "."  # "U.K" from a caller that stripped the sentence's full stop
    # "The Hague" is a name with its article; "the Kremlin" is a name after one.
    return owner.get(low) or owner.get(re.sub(r"^the ", "", low))


def normalise_place(text: str) -> str | None:
    """The actor key of a state or bloc that ``text`` names, None for any other text.

    A country, its demonym, capital and seat of government share one key ("Russia",
    "Russian", "Moscow", "the Kremlin" -> ``russia``). Case is ignored: whether a
    lower-case "us" is the country is the caller's call.
    """
    place = _lookup(text)
    return place.key if place is not None else None


def country_code(key: str) -> str | None:
    """The ISO 3166-1 code of a state key ("russia" -> "RU"); None for blocs and others."""
    place = _lexicon().by_key.get(key)
    return place.code if place is not None else None


def is_city(text: str) -> bool:
    """A capital or other city that stands for a government only when it acts ("Beijing
    said"); in "talks in Beijing" it is a place."""
    return _fold(text) in _lexicon().cities


def countries() -> dict[str, tuple[str, ...]]:
    """ISO code -> every surface form of that state (blocs have no code and are left out)."""
    return {p.code: p.aliases for p in _lexicon().places if p.code is not None}


def seat_country(text: str) -> str | None:
    """The name of the state whose seat of government or agency ``text`` mentions ("Kremlin
    spokesman" -> "Russia", "White House NSA" -> "United States"); blocs are left out.
    With several, the state listed first in ``places.json`` wins."""
    pattern, state_of = _seats()
    found = [state_of[m.group(0)] for m in pattern.finditer(_fold(text))]
    return min(found)[1] if found else None


@lru_cache(maxsize=1)
def _seats() -> tuple[re.Pattern[str], dict[str, tuple[int, str]]]:
    """One alternation over every state's seats (longest first), and seat -> (the state's
    position in the lexicon, its name)."""
    state_of = {
        _fold(seat): (k, p.names[0])
        for k, p in enumerate(_lexicon().places) if p.code for seat in p.seats
    }
    alts = alternation(state_of, space=r"\ ")
    return re.compile(rf"(?<![\w.])(?:{alts})(?![\w])"), state_of


def state_name(text: str) -> str | None:
    """The name of the state that ``text`` names as a whole ("Moscow" -> "Russia",
    "the UK" -> "United Kingdom"); None for blocs and anything else."""
    place = _lookup(text)
    return place.names[0] if place is not None and place.code is not None else None
