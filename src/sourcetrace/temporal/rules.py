"""Recognition rules for TIMEX3 expressions: one regular expression and one normaliser each.

A rule's handler gets the match and a ``Ctx`` (the document date and a way to ask the
tense around a span) and returns ``(type, value, mod)`` or ``None`` to drop the match.
Without a document date, relative expressions keep TimeML placeholders (``XXXX-XX-XX``)
instead of inventing a day.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.temporal import normalise as tn
from sourcetrace.temporal import patterns as tp
from sourcetrace.temporal.normalise import Direction

Result = tuple[str, str, str | None]


@dataclass
class Ctx:
    text: str
    dct: date | None
    direction: Callable[[int, int], Direction | None]
    wrong_side: float  # [timex] wrong_side: how far the tense pushes a year's choice


Handler = Callable[[re.Match[str], Ctx], Result | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler


RULES: list[Rule] = []

# The order rules are tried in; on the same span an earlier rule wins (see
# ``timex._candidates``). Written out so precedence no longer depends on which rule
# module happens to be imported first: every rule registered must be listed here.
RULE_ORDER: tuple[str, ...] = (
    "iso", "slash", "mdy", "dmy", "month_year", "month_rel_year", "month", "weekday",
    "weekday_set", "year", "decade", "spoken_decade", "pre_post_year", "century", "deictic_day",
    "part_of_day", "ref", "rel_unit", "the_weekend", "ago", "duration", "vague_duration",
    "hyphen_duration", "quarter", "rel_quarter", "year_ago_adj", "season", "holiday", "clock",
    "set", "mid_year", "spoken_year", "period_end", "for_the_day", "year_ended", "in_the_unit",
    "short_year", "this_period", "anaphor",
)


def ordered_rules() -> list[Rule]:
    """Every registered rule, in ``RULE_ORDER``."""
    by_name = {r.name: r for r in RULES}
    unlisted = sorted(set(by_name) - set(RULE_ORDER))
    missing = [n for n in RULE_ORDER if n not in by_name]
    if unlisted or missing or len(by_name) != len(RULES):
        raise RuntimeError(f"timex rules and RULE_ORDER disagree: unlisted {unlisted}, "
                           f"not registered {missing}, or a name registered twice")
    return [by_name[n] for n in RULE_ORDER]


def rule(name: str, pattern: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        RULES.append(Rule(name, re.compile(pattern, re.IGNORECASE), fn))
        return fn

    return deco


_PLACEHOLDER = lexicon("time").mapping("placeholders")
_CONTEXT = lexicon("timex_context")


def _rel(ctx: Ctx, unit: str, n: int, gran: str | None = None) -> str:
    gran = gran or unit
    if ctx.dct is None:
        return _PLACEHOLDER.get(gran, "XXXX-XX-XX")
    return tn.fmt(tn.shift(ctx.dct, unit, n), gran)


def _dir(ctx: Ctx, m: re.Match[str]) -> Direction | None:
    return ctx.direction(m.start(), m.end())


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _day_value(ctx: Ctx, mon: int, day: int | None, year: int | None, m: re.Match[str],
               weekday: int | None = None) -> str:  # fmt: skip
    if year is None:
        if weekday is not None and day is not None:
            near = ctx.dct.year if ctx.dct else None
            if near is not None:
                year = tn.year_for_weekday(mon, day, weekday, near, span=1)
        if year is None and ctx.dct is not None:
            year = tn.resolve_year(ctx.dct, mon, day, _dir(ctx, m), ctx.wrong_side)
    ys = f"{year:04d}" if year is not None else "XXXX"
    if day is None:
        return f"{ys}-{mon:02d}"
    return f"{ys}-{mon:02d}-{day:02d}"


def _valid(mon: int, day: int) -> bool:
    try:
        date(2000, mon, day)  # a leap year accepts every real month-day
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- calendar dates


@rule("iso", r"\b(?P<y>(?:1[6-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
def _iso(m: re.Match[str], ctx: Ctx) -> Result | None:
    mon, day = int(m["m"]), int(m["d"])
    return ("DATE", f"{m['y']}-{mon:02d}-{day:02d}", None) if _valid(mon, day) else None


@rule("slash", r"(?<![\d/])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])")
def _slash(m: re.Match[str], ctx: Ctx) -> Result | None:
    mon, day, y = int(m["m"]), int(m["d"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    return ("DATE", f"{y:04d}-{mon:02d}-{day:02d}", None) if _valid(mon, day) else None


_WD_PREFIX = rf"(?:(?P<wd>{tp.WEEKDAY}),?\s+(?:the\s+)?)?"


@rule(
    "mdy", rf"\b{_WD_PREFIX}(?P<mon>{tp.MONTH})\s*(?P<d>{tp.DAYNUM})\b(?:,?\s*(?P<y>{tp.YEAR4})\b)?"
)
def _mdy(m: re.Match[str], ctx: Ctx) -> Result | None:
    return _month_day(m, ctx)


@rule(
    "dmy",
    rf"\b{_WD_PREFIX}(?:the\s+)?(?P<d>{tp.DAYNUM})\s+(?:of\s+)?(?P<mon>{tp.MONTH}),?"
    rf"(?:\s*(?P<y>{tp.YEAR4})\b)?",
)
def _dmy(m: re.Match[str], ctx: Ctx) -> Result | None:
    return _month_day(m, ctx)


def _month_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    mon = tp.month_number(m["mon"])
    day = int(re.sub(r"\D", "", m["d"]))
    if mon is None or not _valid(mon, day):
        return None
    year = int(m["y"]) if m["y"] else None
    wd = tp.weekday_number(m["wd"]) if m["wd"] else None
    return ("DATE", _day_value(ctx, mon, day, year, m, wd), None)


@rule("month_year", rf"\b(?P<mon>{tp.MONTH}),?\s+(?:of\s+)?(?P<y>{tp.YEAR4})\b")
def _month_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    mon = tp.month_number(m["mon"])
    return ("DATE", f"{m['y']}-{mon:02d}", None) if mon else None


@rule(
    "month_rel_year",
    rf"\b(?P<mon>{tp.MONTH})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b(?!['’]s)",
)
def _month_rel_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    # "June last year" is one expression: the month of the year the phrase names.
    mon = tp.month_number(m["mon"])
    if mon is None:
        return None
    if ctx.dct is None:
        return ("DATE", f"XXXX-{mon:02d}", None)
    y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return ("DATE", f"{y:04d}-{mon:02d}", None)


_BARE_MONTH_OPENER = rf"\b(?:{alternation(_CONTEXT.words('bare_month_openers'))})[\s-]+$"


@rule(
    "month",
    r"\b(?:(?P<rel>this\s+past|last|next|this|past|coming|that)\s+)?"
    rf"(?P<mon>{tp.MONTH_NAME})\b(?!\s+\d)",
)
def _month(m: re.Match[str], ctx: Ctx) -> Result | None:
    mon = tp.month_number(m["mon"])
    if mon is None:
        return None
    rel = (m["rel"] or "").lower()
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    # A bare "May" or "March" is a month only after a preposition or a determiner.
    if (
        not rel
        and mon in (3, 5)
        and not re.search(_BARE_MONTH_OPENER, before)
    ):
        return None
    if ctx.dct is None:
        return ("DATE", f"XXXX-{mon:02d}", None)
    y = ctx.dct.year
    if rel in ("last", "past", "this past"):
        y = y if mon < ctx.dct.month else y - 1
    elif rel in ("next", "coming"):
        y = y if mon > ctx.dct.month else y + 1
    elif rel == "this":
        y = ctx.dct.year
    else:
        y = tn.resolve_year(ctx.dct, mon, None, _dir(ctx, m), ctx.wrong_side)
    return ("DATE", f"{y:04d}-{mon:02d}", None)


@rule(
    "weekday",
    r"\b(?:(?P<rel>last|this\s+past|this|next|past|coming|the\s+following|the\s+previous)\s+)?"
    rf"(?P<wd>{tp.WEEKDAY})(?:\s+(?P<part>{tp.PART})\b)?(?!,?\s*(?:{tp.MONTH}|\d))",
)
def _weekday(m: re.Match[str], ctx: Ctx) -> Result | None:
    wd = tp.weekday_number(m["wd"])
    if wd is None:
        return None
    part = tp.PARTS_OF_DAY.get((m["part"] or "").lower())
    if ctx.dct is None:
        return ("TIME" if part else "DATE", "XXXX-XX-XX" + (f"T{part}" if part else ""), None)
    rel = (m["rel"] or "").lower()
    direction: Direction | None
    if rel in ("last", "past", "this past", "the previous"):
        d = ctx.dct - timedelta(days=(ctx.dct.weekday() - wd) % 7 or 7)
    elif rel in ("next", "coming", "the following"):
        d = ctx.dct + timedelta(days=(wd - ctx.dct.weekday()) % 7 or 7)
    else:
        direction = _dir(ctx, m)
        d = tn.resolve_weekday(ctx.dct, wd, direction)
    if part:
        return ("TIME", f"{d.isoformat()}T{part}", None)
    return ("DATE", d.isoformat(), None)


@rule(
    "weekday_set",
    rf"\b(?:(?:every|each)\s+(?P<wd1>{tp.WEEKDAY})|(?P<wd2>{tp.WEEKDAYS_PLURAL})"
    rf"|(?P<wd3>{tp.WEEKDAY})\s+(?P<part>mornings|afternoons|evenings|nights))",
)
def _weekday_set(m: re.Match[str], ctx: Ctx) -> Result | None:
    raw = m["wd1"] or m["wd3"] or (m["wd2"] or "")[:-1]
    wd = tp.weekday_number(raw)
    if wd is None:
        return None
    part = tp.PARTS_OF_DAY.get((m["part"] or "").lower()[:-1])
    return ("SET", f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else ""), None)


@rule(
    "year",
    rf"(?<![$£€#\d.,/-])\b(?:(?P<fiscal>fiscal\s+year|fiscal|the\s+year|FY)\s*)?(?P<y>{tp.YEAR4})\b"
    r"(?!\s*(?:%|percent|per\s*cent)|[.,:]\d|-\d|\s*(?:"
    + alternation(_CONTEXT.words("year_count_nouns"))
    + r")\b)",
)
def _year(m: re.Match[str], ctx: Ctx) -> Result | None:
    y = int(m["y"])
    before = ctx.text[max(0, m.start() - 3) : m.start()]
    # "No. 1999" or "$1999" style amounts are not years.
    if re.search(r"(?:No\.|\$)\s*$", before):
        return None
    return ("DATE", f"{y:04d}", None)


@rule("decade", r"\b(?:the\s+)?(?:(?P<y>(?:1[0-9]|20)\d0)'?s|'(?P<yy>\d0)s)\b")
def _decade(m: re.Match[str], ctx: Ctx) -> Result | None:
    if m["y"]:
        return ("DATE", m["y"][:3], None)
    yy = int(m["yy"])
    century = 19 if ctx.dct is None or yy * 1 + 1900 <= ctx.dct.year else 18
    if ctx.dct is not None and ctx.dct.year >= 2000 and yy < 30:
        century = 20
    return ("DATE", f"{century}{yy // 10}", None)


_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip


@rule(
    "spoken_decade",
    r"\bthe\s+(?:(?P<mod>early|mid|late)[\s-]+)?(?P<w>" + "|".join(_DECADE_WORDS) + r")\b",
)
def _spoken_decade(m: re.Match[str], ctx: Ctx) -> Result | None:
    # "the nineties" is the 1990s; a news text naming "the twenties" after 2020 means its own.
    d = _DECADE_WORDS[m["w"].lower()]
    century = 20 if ctx.dct is not None and d == 2 and ctx.dct.year >= 2025 else 19
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower())
    return ("DATE", f"{century}{d}", mod)


@rule("pre_post_year", rf"\b(?:pre|post)-(?P<y>{tp.YEAR4})\b")
def _pre_post_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    # "post-1959 politics": TimeML marks the year the prefix hangs on.
    return ("DATE", m["y"], None)


@rule("century", r"\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century\b")
def _century(m: re.Match[str], ctx: Ctx) -> Result | None:
    return ("DATE", f"{int(m['n']) - 1:02d}", None)


# ---------------------------------------------------------------- deictic words


_DEICTIC_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1}


@rule(
    "deictic_day",
    r"\b(?P<w>today|tomorrow|yesterday)(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
    r"(?!['’]s\s+(?:world|society|market|economy|youth|generation))",
)
def _deictic_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    part = tp.PARTS_OF_DAY.get((m["part"] or "").lower())
    n = _DEICTIC_DAYS[m["w"].lower()]
    val = _rel(ctx, "day", n)
    if part:
        return ("TIME", f"{val}T{part}", None)
    return ("DATE", val, None)


@rule(
    "part_of_day",
    r"\b(?:(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part>morning|afternoon|evening|night)"
    r"|(?P<tonight>tonight|overnight))\b",
)
def _part_of_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    if m["tonight"]:
        if m["tonight"].lower() == "overnight":
            return ("TIME", _rel(ctx, "day", -1) + "TNI", None)
        return ("TIME", _rel(ctx, "day", 0) + "TNI", None)
    rel = m["rel"].lower()
    part = tp.PARTS_OF_DAY[m["part"].lower()]
    n = -1 if rel in ("last", "yesterday") else (1 if rel == "tomorrow" else 0)
    return ("TIME", _rel(ctx, "day", n) + f"T{part}", None)


_REFS = lexicon("time").mapping("references")
# Bare "future", "previously", "formerly", "soon" and "shortly" are adjectives or
# discourse adverbs more often than annotated times in news, so they are left out;
# "current" and "recent" count only before a noun (see the pattern).
_REF_WORDS = [
    w for w in _REFS
    if w not in ("once", "current", "future", "recent", "previously", "formerly", "soon",
                 "shortly")
]  # fmt: skip


@rule(
    "ref",
    r"\b(?:(?P<w>"
    + alternation(_REF_WORDS)
    + r")|(?<!electric\s)(?<!ocean\s)(?P<cur>current)(?!\s+(?:account|affairs|events|flows?|"
    r"assets|liabilities|of|in)\b)(?=\s+[a-z])"
    # The adjective "recent" before a noun ("the recent sale") is a vague past reference;
    # "most recent" ranks items and is left alone.
    r"|(?<!most\s)(?<!more\s)(?P<rec>recent)(?=\s+[a-z]))\b",
)
def _ref(m: re.Match[str], ctx: Ctx) -> Result | None:
    w = re.sub(r"\s+", " ", (m["w"] or m["cur"] or m["rec"]).lower())
    after = ctx.text[m.end() : m.end() + 12].lower()
    # "now" as a discourse particle ("Now, ...", "now that") is still PRESENT_REF in TimeML;
    # "soon after" is a connective, not a time.
    if w == "soon" and re.match(r"\s+(?:after|afterwards|thereafter)", after):
        return None
    return ("DATE", _REFS[w], None)


