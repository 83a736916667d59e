"""Where and when a source phrase runs into, which is not who spoke: a time adjunct
("President Dorin Maas of Veloria on Thursday", "officials late on Friday", "... intercepted
by Ukrainian intelligence on June 9"; a month is nobody's name), a wire dateline ("SAN
DIEGO (AP) — A federal judge") and a list of the members a body speaks for ("District
leadership — including the superintendent and two officers")."""

from __future__ import annotations

import re

from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.temporal.patterns import DAYNUM, MONTH_NAME

__all__ = ["without_dateline", "without_trailing_when"]

_TIME = lexicon("time")
_DAY_WORDS = [w for w in _TIME.mapping("weekdays") if len(w) > 3]


_WHEN_WORDS = alternation({*_DAY_WORDS, *_TIME.mapping("parts_of_day"),
                             *_TIME.words("period_words")})
# A date as news writes it: "June 9", "June 9, 2023", "9 June", "June".
_DATE = (rf"(?:{MONTH_NAME}(?:\s+{DAYNUM})?(?:,?\s+\d{{4}})?"
         rf"|{DAYNUM}\s+{MONTH_NAME}(?:\s+\d{{4}})?)")
# A time adjunct closing the phrase: "on Thursday", "late on Friday", "last week", "on June 9".
_TRAILING_WHEN = re.compile(
    rf",?\s+(?:(?:{alternation(_TIME.words('adjunct_degree'))})\s+)?"
    rf"(?:(?:{alternation(_TIME.words('adjunct_openers'))})\s+"
    rf"(?:(?:{_WHEN_WORDS})\b)(?:\s+(?:{_WHEN_WORDS}))?|(?:on|in)\s+{_DATE})\s*$", re.I)


def without_trailing_when(raw: str) -> str:
    """``raw`` without a time adjunct at its end (itself when nothing else is left)."""
    return _TRAILING_WHEN.sub("", raw) or raw


# A wire dateline the source phrase starts with ("SAN DIEGO (AP) — A federal judge"): the
# where of the report, not part of who spoke (it also holds the wire's name, no person).
_DATELINE = lexicon("outlet_words").pattern("dateline_lead")


def without_dateline(raw: str) -> str:
    """``raw`` without a wire dateline at its start (itself when nothing else is left)."""
    return _DATELINE.sub("", raw, count=1) or raw


# "District leadership — including Superintendent X, Y and Z", "Many unhoused people,
# including Robinson": the members listed are not who speaks; the body or group is.
_MEMBERS = lexicon("speaker_shapes").pattern("member_list")


def split_members(raw: str) -> tuple[str, str | None]:
    """``raw`` without a trailing list of members, and the members listed (None if none;
    ``raw`` itself when nothing else is left)."""
    m = _MEMBERS.search(raw)
    if m is None or m.start() == 0:
        return raw, None
    return raw[: m.start()], m["members"]
