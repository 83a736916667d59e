"""TIMEX3 rules for holidays, clock times and sets ('Christmas', '3 p.m. GMT', 'every
Monday'). Their precedence among all rules is RULE_ORDER in rules.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.temporal import normalise as tn
from sourcetrace.temporal import patterns as tp
from sourcetrace.temporal.rules import Ctx, Result, _dir, _rel, rule

_TIME = lexicon("time")
# Holiday -> (month, day), from "12-25".
_FIXED_HOLIDAYS = {
    name: (int(day[:2]), int(day[3:])) for name, day in _TIME.mapping("fixed_holidays").items()
}


@rule(
    "holiday",
    rf"\b(?P<h>{_TIME.pattern('holiday_names').pattern})\b(?!\s+(?:Island|tree|card|party|sales?|shopping|season))",
)
def _holiday(m: re.Match[str], ctx: Ctx) -> Result | None:
    name = re.sub(r"\s+", " ", m["h"].lower().replace("’", "'"))
    if name == "new years":
        name = "new year's day"
    if name == "new year's":
        name = "new year's day"
    year = ctx.dct.year if ctx.dct else None
    if year is None:
        return ("DATE", "XXXX-XX-XX", None)

    def day_of(y: int) -> date:
        if name in _FIXED_HOLIDAYS:
            mo, dd = _FIXED_HOLIDAYS[name]
            return date(y, mo, dd)
        if name.startswith("thanksgiving"):
            return tn.nth_weekday(y, 11, 3, 4)
        if name.startswith("easter"):
            return tn.easter(y)
        if name == "good friday":
            return tn.easter(y) - timedelta(days=2)
        if name.startswith("labor") or name.startswith("labour"):
            return tn.nth_weekday(y, 9, 0, 1)
        return tn.nth_weekday(y, 5, 0, -1)  # Memorial Day

    assert ctx.dct is not None
    ref = ctx.dct
    direction = _dir(ctx, m)
    options = [day_of(y) for y in (year - 1, year, year + 1)]
    if direction == "past":
        options = [d for d in options if d <= ref + timedelta(days=1)] or options
    elif direction == "future":
        options = [d for d in options if d >= ref - timedelta(days=1)] or options
    # The nearest occurrence: "Thanksgiving" in a January story is the one just past.
    d = min(options, key=lambda o: abs((o - ref).days))
    return ("DATE", d.isoformat(), None)


# Zone abbreviations are upper case; matching them case-blind would read "2016 it" as a time.
_TZ = rf"(?-i:{alternation(_TIME.ordered('time_zones'))}|[A-Z]{{1,2}}T)"
# Counts one to twelve and three to ten as words ("six o'clock", "three times a week").
_HOURS = "|".join(w for w, n in tp._UNITS_WORDS.items() if 1 <= n <= 12)
_TIMES = "|".join(w for w, n in tp._UNITS_WORDS.items() if 3 <= n <= 10)


@rule(
    "clock",
    r"\b(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b)"
    rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?:\s*(?:hours|hrs|h)\b)?"
    rf"|(?P<mil>[01]\d[0-5]\d|2[0-3][0-5]\d)(?=\s+(?:{_TZ})\b)"
    rf"|(?P<word>noon|midnight|midday)|(?P<oc>1[0-2]|[1-9]|{_HOURS})\s+o['’]clock)"
    rf"(?:\s+(?P<tz>{_TZ})\b)?",
)
def _clock(m: re.Match[str], ctx: Ctx) -> Result | None:
    if m["h"]:
        h, mi = int(m["h"]) % 12, int(m["mi"] or 0)
        if m["ap"].lower().startswith("p"):
            h += 12
    elif m["h24"]:
        h, mi = int(m["h24"]), int(m["mi24"])
    elif m["mil"]:
        h, mi = int(m["mil"][:2]), int(m["mil"][2:])
    elif m["word"]:
        h, mi = (24, 0) if m["word"].lower() == "midnight" else (12, 0)
    else:
        n = tp.parse_number(m["oc"])
        if n is None:
            return None
        h, mi = int(n), 0
    day = _rel(ctx, "day", 0)
    zone = "Z" if (m["tz"] or "").upper() in ("UTC", "GMT") else ""
    return ("TIME", f"{day}T{h:02d}:{mi:02d}{zone}", None)


_SET_WORDS = _TIME.mapping("set_words")
# "once a week", not "once a century" or "once a weekend".
_SET_UNITS = "|".join(u for u in tp.UNIT_SINGULARS if u not in ("century", "weekend"))


@rule(
    "set",
    rf"\b(?:(?P<w>{alternation(_SET_WORDS)})"
    rf"|(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{tp.NUMBER})\s+)?(?P<unit>{tp.UNIT})"
    rf"|(?:once|twice|(?:\d+|{_TIMES})\s+times)\s+(?:a|an|per|each)"
    rf"\s+(?P<unit2>{_SET_UNITS})"
    r"|(?<=percent\s)(?:a|per)\s+(?P<unit3>year|month|week|day)"
    r"|(?<=%\s)(?:a|per)\s+(?P<unit4>year|month|week|day))\b",
)
def _set(m: re.Match[str], ctx: Ctx) -> Result | None:
    if m["w"]:
        return ("SET", _SET_WORDS[m["w"].lower()], None)
    unit_raw = m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]
    unit = tp.UNITS[unit_raw.lower()]
    if unit == "week2":
        unit = "week"
    n: int | float | None = 1
    if m["num"]:
        n = tp.parse_number(m["num"])
    if m["other"]:
        n = 2
    return ("SET", tn.duration(n, unit), None)
