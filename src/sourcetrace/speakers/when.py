"""Time adjuncts a source phrase runs into ("President Dorin Maas of Veloria on Thursday",
"officials late on Friday", "... intercepted by Ukrainian intelligence on June 9"): the
when is not the who, and a month is nobody's name."""

from __future__ import annotations

import re

from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.temporal.patterns import DAYNUM, MONTH_NAME

__all__ = ["without_trailing_when"]

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
