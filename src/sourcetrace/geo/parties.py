"""Which countries a piece of text names: used to tell whether a speaker is a party to
a claim ("the Kremlin" speaks for Russia, "China's foreign ministry" for China).

The country names, demonyms, capitals and seats of government ("Beijing", "Moscow",
"the White House") are the shared lexicon of ``places``; this module finds them in
prose (case rules, locations) and maps them to ISO codes. Group words ("Western",
"European") stand for several countries and are kept apart, because a "Western
official" may or may not be the same person as a "US official".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from sourcetrace.geo.places import countries, country_code, normalise_place
from sourcetrace.lexicons import alternation, lexicon

# ISO code -> words that name the country or stand for its government (``places``).
COUNTRIES: Final = countries()


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Group words: a description that fits several countries.
GROUPS: dict[str, frozenset[str]] = {
    bloc: _codes(members) for bloc, members in lexicon("blocs").mapping("members").items()
}
_GROUP_WORDS = lexicon("blocs").mapping("words")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    body = alternation(w.casefold() for words in COUNTRIES.values() for w in words)
    return re.compile(r"(?<![\w.])(?:" + body + r")(?:['’]s)?(?![\w])", re.IGNORECASE)


def _case_ok(found: str) -> bool:
    # "US" must be upper case ("us" is a pronoun); names are capitalised in prose.
    core = re.sub(r"['’]s$", "", found)
    if core.casefold() in ("us", "uk", "uae", "prc", "dprk", "cia", "fbi"):
        return core.isupper() or core in ("U.S.", "U.K.")
    return core[:1].isupper()


def countries_in(text: str, *, skip_locations: bool = False) -> set[str]:
    """ISO codes of the countries ``text`` names or stands for (see ``_countries_in``)."""
    return set(_countries_in(text or "", skip_locations))


@lru_cache(maxsize=65536)  # the same speaker labels and claim texts come back often
def _countries_in(text: str, skip_locations: bool) -> frozenset[str]:
    """ISO codes of the countries ``text`` names or stands for.

    With ``skip_locations``, a name right after "in"/"at"/"from" is a place, not an
    affiliation ("a spokesman for the embassy of China in Washington" is China).
    """
    pattern = _pattern()
    found: set[str] = set()
    for m in pattern.finditer(text or ""):
        if not _case_ok(m.group(0)):
            continue
        if skip_locations and re.search(
            r"\b(?:in|at|from|near|visiting)\s+(?:the\s+)?$",
            text[max(0, m.start() - 12) : m.start()],
        ):
            continue
        key = normalise_place(m.group(0))
        code = country_code(key) if key is not None else None
        if code:
            found.add(code)
    return frozenset(found)


def groups_in(text: str) -> set[str]:
    """Group words ("Western", "European", "NATO") in ``text``, as GROUPS keys."""
    found: set[str] = set()
    for word in re.findall(r"[A-Za-z0-9]+", text or ""):
        group = _GROUP_WORDS.get(word.casefold())
        if group and word[:1].isupper():
            found.add(group)
    return found


def group_members(group: str) -> frozenset[str]:
    return GROUPS.get(group, frozenset())
