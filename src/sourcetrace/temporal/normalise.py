"""Calendar arithmetic behind TimeML values.

TimeML writes a value at the granularity the text states: a day ``2022-03-02``, an ISO week
``2022-W12``, a month ``2022-03``, a quarter ``2022-Q1``, a half ``2022-H1``, a season
``2022-SU``, a year ``2022``, a decade ``202`` and a century ``20``. Durations are ``P2W``,
``PT3H`` with ``X`` for an unstated count. These helpers turn a reference date plus an offset
into such strings; the recogniser in ``timex.py`` decides which helper a phrase needs.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Literal

Direction = Literal["past", "future", "present"]
Granularity = Literal["day", "week", "month", "quarter", "half", "year", "decade", "century"]

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_OTHER = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")


def parse_dct(dct: str | None) -> date | None:
    """The document date as a ``date``; ``None`` when absent or unreadable.

    ISO dates are the contract; a ``DD-MM-YYYY`` form (seen in corpus exports) is read
    day-first unless the second number cannot be a month.
    """
    if not dct:
        return None
    m = _ISO.match(dct.strip())
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _OTHER.match(dct.strip())
        if m:
            a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            # Dashed numeric dates with the year last are day-first (European/ISO-like
            # exports); month-first only when the second number cannot be a month.
            return date(y, b, a) if b <= 12 else date(y, a, b)
    except ValueError:
        return None
    return None


def add_months(d: date, n: int) -> date:
    total = d.year * 12 + (d.month - 1) + n
    y, m = divmod(total, 12)
    y = max(1, min(9999, y))
    day = min(d.day, calendar.monthrange(y, m + 1)[1])
    return date(y, m + 1, day)


def shift(d: date, unit: str, n: int) -> date:
    """Move ``d`` by ``n`` units (day, week, month, quarter, half, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
    if unit in months:
        return add_months(d, n * months[unit])
    if unit in ("hour", "minute", "second"):
        return d  # sub-day shifts stay on the same calendar day at day granularity
    raise ValueError(f"unknown unit {unit!r}")


def fmt(d: date, gran: str) -> str:
    """``d`` written at a TimeML granularity."""
    if gran == "day":
        return d.isoformat()
    if gran == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if gran == "weekend":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}-WE"
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if gran == "year":
        return f"{d.year:04d}"
    if gran == "decade":
        return f"{d.year:04d}"[:3]
    if gran == "century":
        return f"{d.year:04d}"[:2]
    if gran == "season":
        return f"{season_year(d):04d}-{season_code(d.month)}"
    raise ValueError(f"unknown granularity {gran!r}")


def season_code(month: int) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        month, "FA"
    )


def season_year(d: date) -> int:
    # December belongs to the winter that is named by the year it starts in.
    return d.year


def resolve_weekday(ref: date, weekday: int, direction: Direction | None) -> date:
    """The ``weekday`` (Monday=0) a sentence in ``direction`` most likely means.

    Past: the latest such day on or before the reference (news says "said Friday" on the
    Friday itself). Present tense in news reports mostly what just happened ("says on
    Tuesday"), so it is read as past. Future: the next such day on or after. Unknown: the
    nearest one.
    """
    back = (ref.weekday() - weekday) % 7
    fwd = (weekday - ref.weekday()) % 7
    if direction in ("past", "present"):
        return ref - timedelta(days=back)
    if direction == "future":
        return ref + timedelta(days=fwd)
    return ref - timedelta(days=back) if back <= fwd else ref + timedelta(days=fwd)


def resolve_year(ref: date, month: int, day: int | None, direction: Direction | None,
                 wrong_side: float) -> int:  # fmt: skip
    """The year of a month (and day) written without one."""
    day_ = day or 15
    candidates = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(y, month, min(day_, calendar.monthrange(y, month)[1])))
        except ValueError:
            continue
    if day is None and month == ref.month:
        return ref.year

    # The nearest occurrence, with the tense as a tie-breaker: in a past-tense clause a
    # future date is counted ``wrong_side`` times as far away ([timex]), and the other way round. The
    # parse's tense is not reliable enough to rule the other side out ("said the offer
    # expires Nov. 16" may hang the date on "said").
    def cost(c: date) -> float:
        diff = (c - ref).days
        if direction == "past" and diff > 0:
            return diff * wrong_side
        if direction == "future" and diff < 0:
            return -diff * wrong_side
        return abs(diff)

    return min(candidates, key=cost).year


def year_for_weekday(
    month: int, day: int, weekday: int, near: int, *, span: int = 12
) -> int | None:
    """The year nearest ``near`` in which ``month``/``day`` falls on ``weekday``."""
    best: int | None = None
    for off in range(0, span + 1):
        for y in (near - off, near + off) if off else (near,):
            try:
                if date(y, month, day).weekday() == weekday:
                    return y
            except ValueError:
                continue
    return best


def duration(n: int | float | None, unit: str) -> str:
    """A TimeML duration: ``P3D``, ``PT2H``, ``PXY`` (unstated count)."""
    if n is not None and not float(n).is_integer():
        # TimeML spells a fraction in the next unit down: 2 1/2 years = P2Y6M.
        whole, frac = int(n), float(n) - int(n)
        split = {"year": ("Y", "M", 12), "month": ("M", "D", 30), "day": ("D", "TH", 24),
                 "hour": ("TH", "M", 60), "week": ("W", "D", 7)}  # fmt: skip
        if unit in split:
            big, small, k = split[unit]
            t = "T" if big.startswith("T") else ""
            small_code = small.lstrip("T")
            sub = ("T" if small.startswith("T") and not t else "") + f"{round(frac * k)}{small_code}"
            return f"P{t}{whole}{big.lstrip('T')}{sub}"
    count = "X" if n is None else _num(n)
    if unit in ("hour", "minute", "second"):
        return f"PT{count}{unit[0].upper()}"
    if unit == "decade":
        return "PXY" if n is None else f"P{_num(n * 10)}Y"
    if unit == "century":
        return "PXY" if n is None else f"P{_num(n * 100)}Y"
    if unit == "weekend":
        return f"P{count}WE"
    if unit == "half":
        return "PXM" if n is None else f"P{_num(n * 6)}M"
    code = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}[unit]
    return f"P{count}{code}"


def _num(n: int | float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` of a month (nth=-1: the last one)."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return date(year, month, day + 1)
