"""Which countries a piece of text names: used to tell whether a speaker is a party to
a claim ("the Kremlin" speaks for Russia, "China's foreign ministry" for China).

Facts only: country names, demonyms, capitals and seats of government used as
metonyms in news copy ("Beijing", "Moscow", "the White House"). Group words
("Western", "European") stand for several countries and are kept apart, because a
"Western official" may or may not be the same person as a "US official".
"""

from __future__ import annotations

import re
from functools import lru_cache

# ISO code -> words that name the country or stand for its government.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "US": (
        "United States",
        "U.S.",
        "US",
        "USA",
        "America",
        "American",
        "Americans",
        "Washington",
        "White House",
        "Pentagon",
        "State Department",
        "CIA",
        "FBI",
        "National Security Council",
        "Biden administration",
        "Trump administration",
    ),
    "RU": ("Russia", "Russian", "Russians", "Russian Federation", "Moscow", "Kremlin"),
    "CN": ("China", "Chinese", "People's Republic of China", "PRC", "Beijing", "Zhongnanhai"),
    "UA": ("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev"),
    "GB": (
        "United Kingdom",
        "UK",
        "U.K.",
        "Britain",
        "British",
        "Great Britain",
        "London",
        "Downing Street",
        "Whitehall",
        "England",
        "English",
        "Scotland",
        "Wales",
    ),
    "FR": ("France", "French", "Paris", "Elysee", "Élysée"),
    "DE": ("Germany", "German", "Germans", "Berlin"),
    "IT": ("Italy", "Italian", "Rome"),
    "ES": ("Spain", "Spanish", "Madrid"),
    "PL": ("Poland", "Polish", "Warsaw"),
    "NL": ("Netherlands", "Dutch", "The Hague", "Amsterdam"),
    "BE": ("Belgium", "Belgian", "Brussels"),
    "SE": ("Sweden", "Swedish", "Stockholm"),
    "FI": ("Finland", "Finnish", "Helsinki"),
    "NO": ("Norway", "Norwegian", "Oslo"),
    "DK": ("Denmark", "Danish", "Copenhagen"),
    "HU": ("Hungary", "Hungarian", "Budapest"),
    "CZ": ("Czech Republic", "Czechia", "Czech", "Prague"),
    "RO": ("Romania", "Romanian", "Bucharest"),
    "GR": ("Greece", "Greek", "Athens"),
    "TR": ("Turkey", "Türkiye", "Turkish", "Ankara"),
    "BY": ("Belarus", "Belarusian", "Minsk"),
    "MD": ("Moldova", "Moldovan", "Chisinau"),
    "GE": ("Georgia", "Georgian", "Tbilisi"),
    "AM": ("Armenia", "Armenian", "Yerevan"),
    "AZ": ("Azerbaijan", "Azerbaijani", "Baku"),
    "KZ": ("Kazakhstan", "Kazakh", "Astana"),
    "IR": ("Iran", "Iranian", "Tehran"),
    "IQ": ("Iraq", "Iraqi", "Baghdad"),
    "SY": ("Syria", "Syrian", "Damascus"),
    "IL": ("Israel", "Israeli", "Israelis", "Jerusalem", "Tel Aviv"),
    "PS": ("Palestine", "Palestinian", "Palestinians", "Gaza", "Ramallah", "West Bank"),
    "LB": ("Lebanon", "Lebanese", "Beirut"),
    "JO": ("Jordan", "Jordanian", "Amman"),
    "EG": ("Egypt", "Egyptian", "Cairo"),
    "SA": ("Saudi Arabia", "Saudi", "Saudis", "Riyadh"),
    "AE": ("United Arab Emirates", "UAE", "Emirati", "Abu Dhabi", "Dubai"),
    "QA": ("Qatar", "Qatari", "Doha"),
    "YE": ("Yemen", "Yemeni", "Sanaa"),
    "AF": ("Afghanistan", "Afghan", "Kabul"),
    "PK": ("Pakistan", "Pakistani", "Islamabad"),
    "IN": ("India", "Indian", "New Delhi", "Delhi"),
    "JP": ("Japan", "Japanese", "Tokyo"),
    "KR": ("South Korea", "South Korean", "Seoul"),
    "KP": ("North Korea", "North Korean", "Pyongyang", "DPRK"),
    "TW": ("Taiwan", "Taiwanese", "Taipei"),
    "VN": ("Vietnam", "Vietnamese", "Hanoi"),
    "PH": ("Philippines", "Philippine", "Filipino", "Manila"),
    "ID": ("Indonesia", "Indonesian", "Jakarta"),
    "AU": ("Australia", "Australian", "Canberra"),
    "NZ": ("New Zealand", "Wellington"),
    "CA": ("Canada", "Canadian", "Ottawa"),
    "MX": ("Mexico", "Mexican", "Mexico City"),
    "BR": ("Brazil", "Brazilian", "Brasilia", "Brasília"),
    "AR": ("Argentina", "Argentine", "Buenos Aires"),
    "VE": ("Venezuela", "Venezuelan", "Caracas"),
    "CU": ("Cuba", "Cuban", "Havana"),
    "ZA": ("South Africa", "South African", "Pretoria"),
    "NG": ("Nigeria", "Nigerian", "Abuja"),
    "ET": ("Ethiopia", "Ethiopian", "Addis Ababa"),
    "KE": ("Kenya", "Kenyan", "Nairobi"),
    "SD": ("Sudan", "Sudanese", "Khartoum"),
    "LY": ("Libya", "Libyan", "Tripoli"),
    "RS": ("Serbia", "Serbian", "Belgrade"),
    "LT": ("Lithuania", "Lithuanian", "Vilnius"),
    "LV": ("Latvia", "Latvian", "Riga"),
    "EE": ("Estonia", "Estonian", "Tallinn"),
}


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Group words: a description that fits several countries.
GROUPS: dict[str, frozenset[str]] = {
    "western": _codes("US GB FR DE IT ES PL NL BE SE FI NO DK CA AU NZ CZ RO GR LT LV EE"),
    "european": _codes("GB FR DE IT ES PL NL BE SE FI NO DK HU CZ RO GR LT LV EE"),
    "nato": _codes("US GB FR DE IT ES PL NL BE NO DK CA CZ RO GR TR HU LT LV EE FI SE"),
    "allied": _codes("US GB FR DE IT ES PL NL BE NO DK CA CZ RO GR LT LV EE FI SE AU"),
    "g7": _codes("US GB FR DE IT JP CA"),
    "arab": _codes("SA AE QA EG JO LB IQ SY YE LY SD"),
    "gulf": _codes("SA AE QA"),
}
_GROUP_WORDS = {
    "western": "western",
    "west": "western",
    "european": "european",
    "europe": "european",
    "eu": "european",
    "nato": "nato",
    "allied": "allied",
    "allies": "allied",
    "g7": "g7",
    "arab": "arab",
    "gulf": "gulf",
}


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    owner: dict[str, str] = {}
    for code, words in COUNTRIES.items():
        for w in words:
            owner[w.casefold()] = code
    alternatives = sorted(owner, key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alternatives)
    return re.compile(r"(?<![\w.])(?:" + body + r")(?:['’]s)?(?![\w])", re.IGNORECASE), owner


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
    pattern, owner = _pattern()
    found: set[str] = set()
    for m in pattern.finditer(text or ""):
        if not _case_ok(m.group(0)):
            continue
        if skip_locations and re.search(
            r"\b(?:in|at|from|near|visiting)\s+(?:the\s+)?$",
            text[max(0, m.start() - 12) : m.start()],
        ):
            continue
        key = re.sub(r"['’]s$", "", m.group(0)).casefold()
        key = re.sub(r"\s+", " ", key)
        code = owner.get(key)
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
