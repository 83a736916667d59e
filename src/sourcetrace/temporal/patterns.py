"""Regular-expression pieces for temporal expressions in English news, built from the
time words of ``lexicons/en/time.toml`` (month and weekday names, number words, calendar
units, seasons, parts of the day and the modifiers TimeML distinguishes). The rules that
combine them live in ``rules``, ``rules_relative``, ``rules_periods`` and ``rules_clock``.
"""

from __future__ import annotations

import re

from sourcetrace.lexicons import alternation, lexicon

_TIME = lexicon("time")

MONTHS: dict[str, int] = _TIME.mapping("months")

WEEKDAYS: dict[str, int] = _TIME.mapping("weekdays")

_UNITS_WORDS: dict[str, int] = _TIME.mapping("number_units")
_TENS_WORDS: dict[str, int] = _TIME.mapping("number_tens")
ORDINALS: dict[str, int] = _TIME.mapping("ordinals")

# Counts that a reader cannot turn into a number: TimeML writes them as X.
VAGUE_COUNTS = _TIME.ordered("vague_counts")

UNITS: dict[str, str] = _TIME.mapping("units")

SEASONS: dict[str, str] = _TIME.mapping("seasons")

PARTS_OF_DAY: dict[str, str] = _TIME.mapping("parts_of_day")

# Leading modifiers: TimeML ``mod`` values. Point modifiers apply to dates, quantity
# modifiers to durations and "ago" dates.
POINT_MODS: dict[str, str] = _TIME.mapping("point_mods")
QUANT_MODS: dict[str, str] = _TIME.mapping("quant_mods")



def _names(mapping: dict[str, int]) -> tuple[list[str], list[str]]:
    """A name mapping's full names (each value's longest key) and its abbreviations."""
    full: dict[int, str] = {}
    for key, value in mapping.items():
        if len(key) > len(full.get(value, "")):
            full[value] = key
    names = list(full.values())
    return names, [k for k in mapping if k not in names]


_MONTH_NAMES, _MONTH_ABBREVIATIONS = _names(MONTHS)
_WEEKDAY_NAMES, _WEEKDAY_ABBREVIATIONS = _names(WEEKDAYS)
_NOT_IN_CAPITALS = _TIME.words("months_not_in_capitals")

# Month names are capitalised in news; requiring the capital keeps the verbs "may" and
# "march" out. Abbreviations may carry a full stop.
MONTH_NAME = rf"(?-i:{alternation(m.capitalize() for m in _MONTH_NAMES)})"
_MONTH_CAPITALS = [m.upper() for m in _MONTH_NAMES if m not in _NOT_IN_CAPITALS]
MONTH = (
    rf"(?-i:(?:{alternation([m.capitalize() for m in _MONTH_NAMES] + _MONTH_CAPITALS)})\b"
    rf"|(?:{alternation(m.capitalize() for m in _MONTH_ABBREVIATIONS)})(?:\.|\b))"
)
WEEKDAY = (
    rf"(?-i:(?:{alternation([d.capitalize() for d in _WEEKDAY_NAMES] + [d.upper() for d in _WEEKDAY_NAMES])})\b"
    rf"|(?:{alternation(d.capitalize() for d in _WEEKDAY_ABBREVIATIONS)})\.)"
)
WEEKDAYS_PLURAL = rf"(?-i:(?:{alternation(d.capitalize() + 's' for d in _WEEKDAY_NAMES)})\b)"

_SMALL = alternation(_UNITS_WORDS)
_TENS = alternation(_TENS_WORDS)
NUMBER_WORD = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_SMALL}))?|{_SMALL}|a\s+hundred|one\s+hundred)"
NUMBER = (
    rf"(?:\d+\s+1/2|\d+½|\d+(?:[.,]\d+)?|(?:{NUMBER_WORD}|an?)\s+and\s+a\s+half|{NUMBER_WORD}|an?"
    rf"|{alternation(VAGUE_COUNTS)})"
)
UNIT = alternation(UNITS)
# The units in the singular, in file order ("week" before "weekend", as written).
UNIT_SINGULARS = [word for word, unit in UNITS.items() if word == unit]
UNIT_SING = f"(?:{'|'.join(UNIT_SINGULARS)})"
ORDINAL = f"(?:{alternation(ORDINALS)}|1st|2nd|3rd|4th)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[6-9]\d\d|20\d\d)"
SEASON = alternation(SEASONS)
PART = r"(?:morning|afternoon|evening|night|overnight)"
POINT_MOD = alternation(POINT_MODS)
QUANT_MOD = alternation(QUANT_MODS)


def parse_number(text: str) -> int | float | None:
    """A count written in digits or words; ``None`` for a vague count ("several")."""
    t = re.sub(r"\s+", " ", text.strip().lower()).replace("-", " ")
    if t in ("a", "an", "one", "a single", "single"):
        return 1
    if t in ("a couple of", "couple of", "a couple"):
        return 2
    if t in VAGUE_COUNTS:
        return None
    if t in ("a hundred", "one hundred"):
        return 100
    half = re.fullmatch(r"(.+?)\s*(?:1/2|½|and a half)", t)
    if half:
        whole = parse_number(half.group(1))
        return None if whole is None else whole + 0.5
    digits = t.replace(",", "")
    try:
        return int(digits)
    except ValueError:
        pass
    try:
        return float(digits)
    except ValueError:
        pass
    total = 0
    for part in t.split():
        if part in _TENS_WORDS:
            total += _TENS_WORDS[part]
        elif part in _UNITS_WORDS:
            total += _UNITS_WORDS[part]
        else:
            return None
    return total


def month_number(text: str) -> int | None:
    return MONTHS.get(text.lower().rstrip("."))


def weekday_number(text: str) -> int | None:
    return WEEKDAYS.get(text.lower().rstrip(".").rstrip("s") if text.lower().endswith("days")
                        else text.lower().rstrip("."))  # fmt: skip


def ordinal_number(text: str) -> int | None:
    t = text.lower()
    if t in ORDINALS:
        return ORDINALS[t]
    m = re.match(r"(\d+)(?:st|nd|rd|th)$", t)
    return int(m.group(1)) if m else None
