"""Word lists and regular-expression pieces for temporal expressions in English news.

Everything here is general English: month and weekday names, number words, calendar
units, holiday names and the modifiers TimeML distinguishes. The rules that combine them
live in ``timex_rules.py``.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

_UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "last": -1,
    "final": -1,
}  # fmt: skip

# Counts that a reader cannot turn into a number: TimeML writes them as X.
VAGUE_COUNTS = ("several", "a few", "few", "many", "some", "a number of", "numerous",
                "a couple of", "couple of", "a couple", "dozens of", "hundreds of")  # fmt: skip

UNITS: dict[str, str] = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "fortnight": "week2", "month": "month", "months": "month",
    "quarter": "quarter", "quarters": "quarter", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "weekend": "weekend", "weekends": "weekend", "semester": "half",
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "mid-day": "MI",
}  # fmt: skip

# Leading modifiers: TimeML ``mod`` values. Point modifiers apply to dates, quantity
# modifiers to durations and "ago" dates.
POINT_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
    "the beginning of": "START", "the start of": "START", "the end of": "END",
    "the middle of": "MID", "the very beginning of": "START", "the very end of": "END",
    "the early part of": "START", "the latter part of": "END", "the close of": "END",
}  # fmt: skip
QUANT_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "nearly": "APPROX", "almost": "APPROX", "some": "APPROX", "more than": "MORE_THAN",
    "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "just over": "MORE_THAN", "just under": "LESS_THAN",
}  # fmt: skip


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


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

_SMALL = _alt(list(_UNITS_WORDS))
_TENS = _alt(list(_TENS_WORDS))
NUMBER_WORD = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_SMALL}))?|{_SMALL}|a\s+hundred|one\s+hundred)"
NUMBER = (
    rf"(?:\d+\s+1/2|\d+½|\d+(?:[.,]\d+)?|(?:{NUMBER_WORD}|an?)\s+and\s+a\s+half|{NUMBER_WORD}|an?"
    rf"|{_alt(VAGUE_COUNTS)})"
)
UNIT = _alt(list(UNITS))
UNIT_SING = r"(?:second|minute|hour|day|week|month|quarter|year|decade|century|weekend)"
ORDINAL = (
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth)"
)
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[6-9]\d\d|20\d\d)"
SEASON = _alt(list(SEASONS))
PART = r"(?:morning|afternoon|evening|night|overnight)"
POINT_MOD = _alt(list(POINT_MODS))
QUANT_MOD = _alt(list(QUANT_MODS))


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
