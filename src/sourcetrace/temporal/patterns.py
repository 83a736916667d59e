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


# Month names are capitalised in news; requiring the capital keeps the verbs "may" and
# "march" out. Abbreviations may carry a full stop.
MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))"
)
WEEKDAY = (
    r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b"
    r"|(?:Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.)"
)
WEEKDAYS_PLURAL = r"(?-i:(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b)"

_SMALL = alternation(_UNITS_WORDS)
_TENS = alternation(_TENS_WORDS)
NUMBER_WORD = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_SMALL}))?|{_SMALL}|a\s+hundred|one\s+hundred)"
NUMBER = (
    rf"(?:\d+\s+1/2|\d+½|\d+(?:[.,]\d+)?|(?:{NUMBER_WORD}|an?)\s+and\s+a\s+half|{NUMBER_WORD}|an?"
    rf"|{alternation(VAGUE_COUNTS)})"
)
UNIT = alternation(UNITS)
UNIT_SING = r"(?:second|minute|hour|day|week|month|quarter|year|decade|century|weekend)"
ORDINAL = (
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth)"
)
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
