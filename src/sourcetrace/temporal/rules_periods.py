"""Recognition rules, part three: spoken years, period edges and reporting periods, and
anaphoric references. Their precedence among all rules is ``RULE_ORDER`` in ``rules``.
"""

from __future__ import annotations

import re

from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.temporal import patterns as tp
from sourcetrace.temporal.rules import Ctx, Result, _rel, rule

# ---------------------------------------------------------------- spoken and period forms

# "two thousand one" to "two thousand ten"
_TWO_THOUSAND_UNITS = "|".join(w for w, n in tp._UNITS_WORDS.items() if 1 <= n <= 10)


@rule("mid_year", rf"\b(?P<mod>mid|early|late)-(?P<y>{tp.YEAR4})\b")
def _mid_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    mod = {"mid": "MID", "early": "START", "late": "END"}[m["mod"].lower()]
    return ("DATE", m["y"], mod)


@rule(
    "spoken_year",
    rf"\b(?:the\s+year\s+)?(?:nineteen\s+(?P<tens>{'|'.join(tp._TENS_WORDS)})"
    rf"(?:[\s-]+(?P<unit>{'|'.join(k for k in tp._UNITS_WORDS if k != 'zero')}))?"
    rf"|(?P<k2>two\s+thousand)(?:\s+(?:and\s+)?(?P<unit2>{_TWO_THOUSAND_UNITS}))?)\b(?!\s+(?:people|dollars|years|times|of))",
)
def _spoken_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    if m["k2"]:
        if not m.group(0).lower().startswith("the year") and not m["unit2"]:
            return None  # a bare "two thousand" is a number
        n = tp.parse_number(m["unit2"]) if m["unit2"] else 0
        return ("DATE", f"{2000 + int(n or 0):04d}", None)
    y = 1900 + tp._TENS_WORDS[m["tens"].lower()]
    if m["unit"]:
        y += tp._UNITS_WORDS[m["unit"].lower()]
    return ("DATE", f"{y:04d}", None)


@rule(
    "period_end",
    r"\b(?P<p>(?:the\s+)?(?:very\s+)?(?P<edge>end|close|beginning|start|middle)\s+of\s+"
    r"(?:the|this)\s+(?P<u1>year|month|week)|"
    r"year[-\s]end|(?:the\s+)?year['’]s\s+end)\b",
)
def _period_end(m: re.Match[str], ctx: Ctx) -> Result | None:
    unit = (m["u1"] or "year").lower()
    edge = (m["edge"] or "end").lower()
    mod = {"beginning": "START", "start": "START", "middle": "MID"}.get(edge, "END")
    return ("DATE", _rel(ctx, unit, 0), mod)


@rule(
    "for_the_day",
    r"\b(?:for|end|(?:later|earlier)\s+in)\s+(?P<core>the\s+day)\b"
    r"(?!\s+(?:of|before|after|when|that)\b)",
)
def _for_the_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    # Market reports: "closed down 2% for the day", "to end the day at 9,505", "later in
    # the day" name the day of the report.
    return ("DATE", _rel(ctx, "day", 0), None)


@rule("year_ended", r"\b(?P<core>the\s+(?:fiscal\s+)?year)\s+(?:ended|ending)\b")
def _year_ended(m: re.Match[str], ctx: Ctx) -> Result | None:
    # "net income for the year ended Aug. 31": a reporting period, measured, not placed.
    return ("DURATION", "P1Y", None)


@rule(
    "in_the_unit",
    r"\b(?:earlier|later)\s+in\s+(?P<core>the\s+(?P<unit>year|month|week))\b"
    r"(?!\s+(?:of|before|after|when|that)\b)",
)
def _in_the_unit(m: re.Match[str], ctx: Ctx) -> Result | None:
    # "delayed earlier in the year" is the current year, like "later in the day".
    return ("DATE", _rel(ctx, m["unit"].lower(), 0), None)


@rule("short_year", r"(?<![\w'’$])['’](?P<yy>\d\d)\b(?!['’]?s)")
def _short_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    yy = int(m["yy"])
    now = ctx.dct.year if ctx.dct else 2000
    y = 2000 + yy if 2000 + yy <= now + 1 else 1900 + yy
    return ("DATE", f"{y:04d}", None)


@rule("this_period", r"\bthe\s+(?:current\s+)?(?:full|fiscal|financial|calendar)\s+year\b")
def _this_period(m: re.Match[str], ctx: Ctx) -> Result | None:
    return ("DATE", _rel(ctx, "year", 0), None)


# ---------------------------------------------------------------- anaphoric references

ANAPHOR = "ANAPHOR"  # placeholder value: ``timex.py`` resolves it against the previous date


@rule(
    "anaphor",
    rf"\b(?P<det>{alternation(lexicon('time').ordered('anaphor_determiners'))})\s+"
    r"(?P<unit>day|week|month|year)\b(?!\s+(?:of|in|when|that|after|before)\b)",
)
def _anaphor(m: re.Match[str], ctx: Ctx) -> Result | None:
    det = re.sub(r"\s+", " ", m["det"].lower())
    unit = m["unit"].lower()
    if det in ("the next", "the previous") and unit != "day":
        return None  # "the next year" reads from the DCT in news: left to the relative rules
    n = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(det, 0)
    return ("DATE", f"{ANAPHOR}:{unit}:{n}", None)
