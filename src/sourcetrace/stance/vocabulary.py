"""The stance vocabulary as phrases over a text: words of denial, hedges of relay, and
phrasings of doubt (``denial.toml``, ``hedges.toml``, ``questions.toml``), searched over
lower-cased text with its double quotation marks taken out.

A speaker's words of denial put in quotation marks inside a content still deny ('said the
report was "inaccurate"', 'the allegations were "completely false"'): the denial phrases
are searched with the marks taken out. Not the phrases of doubt: a quote opening with
"If ..." is a conditional, not the "if" of an indirect question.
"""

from __future__ import annotations

import re
from typing import Final

from sourcetrace.lexicons import any_of, lexicon

__all__ = [
    "CONTRADICTION_WORDS",
    "DENIAL_PATTERNS",
    "EVIDENCE_GAP_PATTERNS",
    "QUESTION_PATTERNS",
    "REPORT_PATTERNS",
    "SENTENCE_DENIAL_PATTERNS",
    "UNCERTAIN_PATTERNS",
    "asks",
    "contradicts",
    "denial_phrase_spans",
    "has_denial_vocabulary",
    "has_denial_words",
    "has_doubt_words",
    "matches",
]

_DENIAL = lexicon("denial")
_QUESTIONS = lexicon("questions")

# Phrases that, anywhere in the content (or in the sentence around a denial cue), mark a
# denial (regular expressions over lower-cased text).
DENIAL_PATTERNS: Final = _DENIAL.patterns("phrases")
# Outside the content (in the rest of the sentence) a denial verb also counts: "Beijing
# denied the reports"; inside the content it would be reported speech ("police said the
# suspect denied the charges") and the speaker would assert, not deny.
SENTENCE_DENIAL_PATTERNS: Final = DENIAL_PATTERNS + _DENIAL.patterns("verb_forms")

# Hedges that make a statement a relay rather than an endorsement.
REPORT_PATTERNS: Final = lexicon("hedges").patterns("phrases")
QUESTION_PATTERNS: Final = _QUESTIONS.patterns("phrases")
# "was not known", "could not independently verify": negated words that leave it open.
UNCERTAIN_PATTERNS: Final = _QUESTIONS.patterns("uncertain")
# "found no indications yet that P": no evidence, between a cue of finding and P.
EVIDENCE_GAP_PATTERNS: Final = _QUESTIONS.patterns("evidence_gap")

CONTRADICTION_WORDS: Final = _DENIAL.words("contradiction")

# Double quotation marks, straight, curly, low and angle; not the apostrophe ("isn't").
_QUOTES: Final = re.compile('["\u201c\u201d\u201e\u201f\u00ab\u00bb]')
_SPACES: Final = re.compile(r"\s+")


def _plain(text: str) -> tuple[str, list[int]]:
    """``text`` lower-cased, without its double quotation marks and with each run of
    spaces as one (a parse's tokens joined by spaces put spaces around the marks), and for
    each character kept its offset in ``text``."""
    low = text.lower()
    kept: list[int] = []
    for i, ch in enumerate(low):
        if _QUOTES.match(ch) or (ch.isspace() and kept and low[kept[-1]].isspace()):
            continue
        kept.append(i)
    return "".join(low[i] for i in kept), kept


def matches(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    """One of ``patterns`` is found in ``text`` (lower-cased by the caller)."""
    joined = any_of(patterns)
    if joined is not None:
        return joined.search(text) is not None
    return any(p.search(text) for p in patterns)


def _unquoted(text: str) -> str:
    return _SPACES.sub(" ", _QUOTES.sub("", text.lower()))


def has_denial_vocabulary(text: str) -> bool:
    """Denial vocabulary ("no such", "baseless", "not true") anywhere in ``text``,
    quotation marks aside."""
    return matches(DENIAL_PATTERNS, _unquoted(text))


_CLOSERS: Final = "\"'\u201d\u2019\u00bb) "


def asks(text: str) -> bool:
    """``text`` asks: it ends with a question mark, before any closing quote, and no
    statement ends before it (a quote that states something and then asks does not only
    ask)."""
    body = text.rstrip().rstrip(_CLOSERS)
    return body.endswith("?") and not re.search(r"[.!][\"'\u201d\u2019]*\s", body[:-1])


def contradicts(text: str) -> bool:
    """A contradiction word in ``text`` ("inconsistent with", "incompatible with")."""
    return any(w in CONTRADICTION_WORDS for w in re.findall(r"[a-z]+", text.lower()))


def denial_phrase_spans(text: str) -> list[tuple[int, int]]:
    """Where in ``text`` its denial vocabulary is (character offsets into ``text``)."""
    plain, at = _plain(text)
    spans = [m.span() for p in SENTENCE_DENIAL_PATTERNS for m in p.finditer(plain)]
    return [(at[s], at[e - 1] + 1) for s, e in spans if e > s]


def has_doubt_words(text: str) -> bool:
    """Words that leave a thing open anywhere in ``text`` ("there was no evidence of it",
    "could not confirm"): the doubt ``relayed`` finds said by another party."""
    low = text.lower()
    return matches(UNCERTAIN_PATTERNS, low) or matches(
        EVIDENCE_GAP_PATTERNS, re.sub(r"^.*?\b(?=no\b)", "", low))


def has_denial_words(text: str) -> bool:
    """Denial vocabulary or a denial verb ("denied", "dismissed") anywhere in ``text``:
    the one lexicon the claims stage and attribution stance share. Quotation marks aside."""
    return matches(SENTENCE_DENIAL_PATTERNS, _unquoted(text))
