"""TIMEX3 rules for holidays, clock times and sets ('Christmas', '3 p.m. GMT', 'every
Monday'). Their precedence among all rules is RULE_ORDER in rules.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sourcetrace.lexicons import lexicon
from sourcetrace.temporal import normalise as tn
from sourcetrace.temporal import patterns as tp
from sourcetrace.temporal.rules import Ctx, Result, _dir, _rel, rule

_FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "valentine's day": (2, 14), "halloween": (10, 31), "independence day": (7, 4),
    "bastille day": (7, 14), "armistice day": (11, 11), "veterans day": (11, 11),
}  # fmt: skip


@rule(
    "holiday",
    r"\b(?P<h>New\s+Year['’]?s(?:\s+(?:Day|Eve))?|Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|"
    r"Valentine['’]?s\s+Day|Halloween|Independence\s+Day|Bastille\s+Day|Armistice\s+Day|"
    r"Veterans\s+Day|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Labou?r\s+Day|"
    r"Memorial\s+Day|Good\s+Friday)\b(?!\s+(?:Island|tree|card|party|sales?|shopping|season))",
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
_TZ = r"(?-i:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|[A-Z]{1,2}T)"


@rule(
    "clock",
    r"\b(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b)"
    rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?:\s*(?:hours|hrs|h)\b)?"
    rf"|(?P<mil>[01]\d[0-5]\d|2[0-3][0-5]\d)(?=\s+(?:{_TZ})\b)"
    r"|(?P<word>noon|midnight|midday)|(?P<oc>1[0-2]|[1-9]|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\s+o['’]clock)"
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


_SET_WORDS = lexicon("time").mapping("set_words")


@rule(
    "set",
    r"\b(?:(?P<w>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|"
    r"semi-?annually|bimonthly)"
    rf"|(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{tp.NUMBER})\s+)?(?P<unit>{tp.UNIT})"
    r"|(?:once|twice|(?:\d+|three|four|five|six|seven|eight|nine|ten)\s+times)\s+(?:a|an|per|each)"
    r"\s+(?P<unit2>second|minute|hour|day|week|month|quarter|year|decade)"
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
