"""Recognition rules, part two: relative units, durations, quarters, seasons, holidays,
clock times and sets. Importing this module registers its rules after the calendar-date
rules of ``timex_rules`` (rule order breaks ties between equally long matches).
"""

from __future__ import annotations

import re
from datetime import timedelta

from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.temporal import normalise as tn
from sourcetrace.temporal import patterns as tp
from sourcetrace.temporal.rules import _PLACEHOLDER, Ctx, Result, _dir, _rel, rule

# ---------------------------------------------------------------- relative units


_OFFSETS = lexicon("time").mapping("offsets")
_REL_DET = alternation(k for k in _OFFSETS if k != "the")
_CONTEXT = lexicon("timex_context")


@rule(
    "rel_unit",
    rf"\b(?P<det>{_REL_DET})\s+(?P<unit>{alternation(lexicon('time').words('relative_units'))})"
    r"\b(?!-)",
)
def _rel_unit(m: re.Match[str], ctx: Ctx) -> Result | None:
    det = re.sub(r"\s+", " ", m["det"].lower())
    unit = re.sub(r"\s+", " ", m["unit"].lower())
    if unit in ("fiscal year", "financial year"):
        unit = "year"
    if unit == "semester":
        unit = "half"
    n = _OFFSETS[det]
    if det in ("the past", "the last", "past") and unit in ("decade", "century"):
        return ("DURATION", tn.duration(1, unit), None)
    if unit == "weekend":
        if ctx.dct is None:
            return ("DATE", "XXXX-WXX-WE", None)
        sat = ctx.dct + timedelta(days=(5 - ctx.dct.weekday()) % 7)
        if n < 0 or (n == 0 and ctx.dct.weekday() in (0, 1)):
            sat -= timedelta(days=7)
        elif n > 0 and ctx.dct.weekday() >= 5:
            sat += timedelta(days=7)
        return ("DATE", tn.fmt(sat, "weekend"), None)
    if det in ("that", "the following", "following"):
        return None  # anaphoric: needs the reference time, which we do not track
    return ("DATE", _rel(ctx, unit, n), None)


@rule("the_weekend", r"\b(?:the|this)\s+weekend\b")
def _the_weekend(m: re.Match[str], ctx: Ctx) -> Result | None:
    if ctx.dct is None:
        return ("DATE", "XXXX-WXX-WE", None)
    direction = _dir(ctx, m)
    if direction == "past" or (direction is None and ctx.dct.weekday() <= 1):
        d = ctx.dct - timedelta(days=(ctx.dct.weekday() - 5) % 7)
    else:
        d = ctx.dct + timedelta(days=(5 - ctx.dct.weekday()) % 7)
    return ("DATE", tn.fmt(d, "weekend"), None)


_AGO_DIR = r"ago|earlier|later|before|hence|from\s+now|previously|back"


@rule(
    "ago",
    rf"\b(?P<num>{tp.NUMBER})\s+(?:more\s+)?(?P<unit>{tp.UNIT})\s+(?:or\s+so\s+)?"
    rf"(?P<dir>{_AGO_DIR})\b",
)
def _ago(m: re.Match[str], ctx: Ctx) -> Result | None:
    unit = tp.UNITS[m["unit"].lower()]
    d = m["dir"].lower()
    if d in ("before", "previously", "back") and not re.match(r"\s*[,.;]", ctx.text[m.end() :]):
        return None  # "two days before the vote" is anchored elsewhere: leave it to DURATION
    n = tp.parse_number(m["num"])
    sign = 1 if d in ("later", "hence") or d.startswith("from") else -1
    if unit == "week2":
        unit, n = "week", 2 * (n or 1)
    if n is None and d in ("later", "earlier"):
        return None  # "a few days later": a duration anchored in the story, not the DCT
    if n is None or unit == "weekend":
        return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None)
    # "two weeks ago" names a day (the week granularity would be "the week before last").
    gran = {"hour": "day", "minute": "day", "second": "day", "week": "day"}.get(unit, unit)
    if ctx.dct is None:
        return ("DATE", _PLACEHOLDER.get(gran, "XXXX-XX-XX"), None)
    if not float(n).is_integer():
        n, unit, gran = int(n * 12), "month", "month" if unit == "year" else gran
    if gran == "half":
        gran = "month"
    return ("DATE", tn.fmt(tn.shift(ctx.dct, unit, sign * int(n)), gran), None)


_DUR_ADJ = alternation(_CONTEXT.words("duration_adjectives"))
_DUR_DET = alternation(_CONTEXT.words("determiners"))
_DUR_UNIT_ADJ = alternation(_CONTEXT.words("duration_unit_adjectives"))


@rule(
    "duration",
    rf"\b(?:(?:{_DUR_DET})\s+)?(?:(?:{_DUR_ADJ})\s+)?"
    rf"(?P<num>{tp.NUMBER})(?:\s*(?:to|-|or|and)\s*(?P<num2>{tp.NUMBER}))?\s+"
    rf"(?:(?:{_DUR_UNIT_ADJ})\s+)?"
    # "37 years old" is an age, which TimeBank leaves unannotated (as "6-year-old").
    rf"(?P<unit>{tp.UNIT})\b(?!-|\s+old\b)",
)
def _duration(m: re.Match[str], ctx: Ctx) -> Result | None:
    unit = tp.UNITS[m["unit"].lower()]
    raw = m["num"].lower()
    n = tp.parse_number(raw)
    plural = m["unit"].lower().endswith("s") or m["unit"].lower() == "centuries"
    if raw in ("a", "an") and (plural or unit == "second"):
        return None  # "a second look" is an ordinal, not one second
    if n is not None and m["num2"] and tp.parse_number(m["num2"]) is None:
        n = None
    if m["num2"] and n is not None and tp.parse_number(m["num2"]) not in (None, n + 1):
        n = None
    if unit == "week2":
        unit, n = "week", None if n is None else 2 * n
    if unit == "quarter" and n is not None:
        unit, n = "month", 3 * n
    return ("DURATION", tn.duration(n, unit), None)


@rule(
    "vague_duration",
    r"\b(?:(?P<prep>for|over|within|in|during|after)\s+)?"
    r"(?P<core>(?P<det>(?:the\s+)?(?:past|last|next|coming|ensuing|following|early|recent)\s+"
    r"|the\s+)?"
    r"(?P<unit>years|months|weeks|days|decades|hours|minutes|quarters))\b"
    r"(?!\s+(?:ago|of\s+age|old|later|earlier))",
)
def _vague_duration(m: re.Match[str], ctx: Ctx) -> Result | None:
    det = re.sub(r"\s+", " ", (m["det"] or "").strip().lower())
    if not m["prep"] and (not det or det == "the"):
        return None
    # "in recent years" and "in (the) coming months" place an event vaguely before or after
    # now rather than measuring a stretch; TimeBank writes them PAST_REF / FUTURE_REF.
    if det == "recent" and m["unit"].lower() == "years":
        return ("DATE", "PAST_REF", None)
    if det in ("coming", "the coming"):
        return ("DATE", "FUTURE_REF", None)
    unit = tp.UNITS[m["unit"].lower()]
    return ("DURATION", tn.duration(None, unit), None)


@rule(
    "hyphen_duration",
    rf"\b(?P<num>\d+|{tp.NUMBER_WORD}|single|half)-(?P<unit>{tp.UNIT_SING})"
    r"(?:-long)?\b(?!-old)",
)
def _hyphen_duration(m: re.Match[str], ctx: Ctx) -> Result | None:
    unit = tp.UNITS[m["unit"].lower()]
    raw = m["num"].lower()
    if raw == "half":
        return ("DURATION", {"year": "P6M", "day": "PT12H", "hour": "PT30M"}.get(unit, "PX"),
                None)  # fmt: skip
    n = 1 if raw == "single" else tp.parse_number(raw)
    return ("DURATION", tn.duration(n, unit), None)


# ---------------------------------------------------------------- quarters and halves


@rule(
    "quarter",
    r"\b(?:(?P<det>the|its|their|a|an|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s)\s+)?"
    rf"(?:(?P<adj>{alternation(_CONTEXT.words('quarter_adjectives'))})\s+)?"
    rf"(?:(?P<y1>{tp.YEAR4})\s+)?(?:(?P<fiscal>fiscal)[\s-]+)?"
    r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?P<unit>quarter|half)"
    rf"(?:\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?(?P<y2>{tp.YEAR4})|"
    r"(?P<rely>this|last|next)\s+year|the\s+(?:fiscal\s+)?year))?(?!s)\b",
)
def _quarter(m: re.Match[str], ctx: Ctx) -> Result | None:
    unit = m["unit"].lower()
    ordv = tp.ordinal_number(m["ord"])
    if ordv is None:
        return None
    count = 4 if unit == "quarter" else 2
    ordv = count if ordv == -1 else ordv
    if ordv > count:
        return None
    code = "Q" if unit == "quarter" else "H"
    det = (m["det"] or "").lower()
    adj = (m["adj"] or "").lower()
    year: int | None = None
    if m["y1"] or m["y2"]:
        year = int(m["y1"] or m["y2"])
    elif ctx.dct is not None:
        year = ctx.dct.year
        rely = (m["rely"] or "").lower()
        if rely == "last" or det.startswith("last") or adj in ("year-ago", "year-earlier"):
            year -= 1
        elif rely == "next" or det.startswith("next"):
            year += 1
        elif not rely and not det.startswith("this"):
            start_month = (ordv - 1) * (12 // count) + 1
            if start_month > ctx.dct.month and _dir(ctx, m) == "past":
                year -= 1
    ys = f"{year:04d}" if year is not None else "XXXX"
    return ("DATE", f"{ys}-{code}{ordv}", None)


@rule(
    "rel_quarter",
    r"\b(?:(?P<det>the|its|their|this|that|last|next)\s+)?"
    rf"(?P<adj>(?:{alternation(_CONTEXT.words('relative_quarter_adjectives'))})"
    r"(?:\s+(?:year-ago|year-earlier|fiscal))?\s+)?(?P<unit>quarter|period)\b(?!s|ly)",
)
def _rel_quarter(m: re.Match[str], ctx: Ctx) -> Result | None:
    det = (m["det"] or "").lower()
    adj = re.sub(r"\s+", " ", (m["adj"] or "").strip().lower())
    unit = m["unit"].lower()
    if not det and not adj:
        return None
    if unit == "period" and not any(a in adj for a in ("year-ago", "year-earlier", "latest")):
        return None
    if ctx.dct is None:
        return ("DATE", "XXXX-QX", None)
    # Earnings news: "the quarter" / "the latest quarter" is the last completed one; "the
    # current quarter" the one in progress; "year-ago" moves it back a year.
    base = ctx.dct
    if "current" in adj or det == "this" or adj in ("coming", "next") or det == "next":
        shift_q = 1 if (adj in ("coming", "next") or det == "next") else 0
    elif adj in ("previous", "prior", "preceding", "past", "last") or det == "last":
        shift_q = -2 if adj in ("previous", "prior", "preceding") else -1
    else:
        shift_q = -1
    q = tn.shift(base, "quarter", shift_q)
    if "year-ago" in adj or "year-earlier" in adj:
        q = tn.shift(q, "year", -1)
    return ("DATE", tn.fmt(q, "quarter"), None)


@rule(
    "year_ago_adj",
    r"\b(?:the\s+)?(?P<w>year-ago|year-earlier)\b(?!\s+(?:quarter|period|\w+\s+quarter))",
)  # noqa: E501
def _year_ago_adj(m: re.Match[str], ctx: Ctx) -> Result | None:
    # The year before; ``timex.py`` narrows it to a quarter when one was just named.
    return ("DATE", _rel(ctx, "year", -1), None)


# ---------------------------------------------------------------- seasons and holidays


@rule(
    "season",
    rf"\b(?:(?P<rel>{alternation(_CONTEXT.words('season_modifiers'))})[\s-]+)?"
    rf"(?P<season>{tp.SEASON})(?:\s+(?:of\s+)?(?P<y>{tp.YEAR4}))?\b(?!-)"
    # "the Winter Olympics", "Summer Palace": names, not seasons.
    r"(?!\s+(?-i:Olympics|Games|Olympic|Palace|Park|Classic|Festival|Session))",
)
def _season(m: re.Match[str], ctx: Ctx) -> Result | None:
    code = tp.SEASONS[m["season"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    before = ctx.text[max(0, m.start() - 8) : m.start()].lower()
    if not rel and not m["y"] and not re.search(r"\b(?:in|during|this|by|until|since)\s+$", before):
        return None
    if m["season"].lower() == "fall" and not (rel or m["y"]):
        return None  # "fall" without a determiner is nearly always the verb
    if m["y"]:
        return ("DATE", f"{m['y']}-{code}", None)
    if ctx.dct is None:
        return ("DATE", f"XXXX-{code}", None)
    y = ctx.dct.year
    if rel in ("last", "the past"):
        y -= 1
    elif rel in ("next", "the coming"):
        y += 1
    return ("DATE", f"{y:04d}-{code}", None)


# ---------------------------------------------------------------- clock times and sets


