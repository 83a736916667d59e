"""Quotation spans in raw text, for every common quoting style.

Handles straight and curly double quotes, single quotes (British style, kept
apart from apostrophes), «guillemets» (either direction), German „low-high“
quotes and CJK corner brackets. A quote that is still open at the end of a
paragraph continues into the next paragraph when that one opens with a quote
mark (the newswire convention for multi-paragraph quotes); otherwise it is
closed at the paragraph end and flagged ``closed=False``. A stray mark never
stops the scan, so one bad quote cannot drop the rest of a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcetrace.lexicons import lexicon

# Paragraphs are separated by a blank line or a single newline: news bodies use both.
_PARA = re.compile(r"\n+")

DOUBLE_MARKS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d\u300e\u300f'
SINGLE_MARKS = "'\u2018\u2019\u201a\u201b\u2039\u203a"

# Openers and the closers that may end them (a straight opener may close curly).
_CLOSERS: dict[str, str] = lexicon("quote_marks").mapping("closers")
_ALWAYS_OPEN = set("\u201c\u201e\u201f\u00ab\u300c\u300e\u2018\u201a\u201b\u2039")
_ALWAYS_CLOSE = set("\u201d\u300d\u300f\u2019\u203a")
_ALL_MARKS = frozenset(DOUBLE_MARKS + SINGLE_MARKS)


@dataclass(frozen=True)
class Quote:
    """One quotation: ``start`` at the opening mark, ``end`` just after the closing mark."""

    start: int
    end: int
    closed: bool = True
    mark: str = '"'

    @property
    def inner(self) -> tuple[int, int]:
        """The quoted words without the marks (for an unclosed quote, to its end)."""
        return (self.start + 1, self.end - 1 if self.closed else self.end)


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int, start: int) -> bool:
    """A mark opens when it starts a word: after space/bracket/dash, before a non-space."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (not _is_word(before) and before not in ".,;:!?") and not after.isspace()


def _can_close(text: str, i: int, end: int) -> bool:
    """A mark closes when it ends a word: after a non-space, before space/punctuation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    return not before.isspace() and not _is_word(after)


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    return [(i, text[i]) for i in range(start, end) if text[i] in _ALL_MARKS]


def _scan_paragraph(
    text: str, start: int, end: int, carry: tuple[int, str] | None
) -> tuple[list[Quote], tuple[int, str] | None]:
    """Quotes in one paragraph; ``carry`` is a quote left open by the previous paragraph.

    Returns the quotes and the quote still open at the paragraph end (if any), which
    the caller continues into the next paragraph or closes here.
    """
    quotes: list[Quote] = []
    open_q: tuple[int, str] | None = carry
    # Single quotes are only considered outside double quotes (nested quotes are part
    # of the outer quote) and only when they pair up within the paragraph.
    for i, ch in _marks(text, start, end):
        if open_q is not None:
            o_pos, o_mark = open_q
            closes = ch in _CLOSERS.get(o_mark, "")
            if closes and (ch in _ALWAYS_CLOSE or _can_close(text, i, end) or i == end - 1):
                if ch in SINGLE_MARKS and i + 1 < end and _is_word(text[i + 1]):
                    continue  # an apostrophe inside a word ("don't")
                quotes.append(Quote(o_pos, i + 1, True, o_mark))
                open_q = None
                continue
            if ch in DOUBLE_MARKS and o_mark in SINGLE_MARKS and _can_open(text, i, start):
                # A double quote inside an open single quote: the single one was an
                # apostrophe after all; restart from the double quote.
                open_q = (i, ch)
            continue
        if ch in SINGLE_MARKS:
            if ch in _ALWAYS_CLOSE or not _can_open(text, i, start):
                continue
            if ch == "'" and i + 1 < end and text[i + 1].isdigit():
                continue  # '90s
            open_q = (i, ch)
            continue
        if ch in _ALWAYS_OPEN or (ch not in _ALWAYS_CLOSE and _can_open(text, i, start)):
            open_q = (i, ch)
        elif ch in "\u00bb\u201d" and _can_open(text, i, start):
            open_q = (i, ch)  # »German« or Swedish ”...” style
        # any other stray closer is ignored
    return quotes, open_q


def _shadow(text: str) -> str:
    """``text`` with typewriter double quotes (two apostrophes, two backticks) turned into
    one double mark plus a filler, so offsets stay the same."""
    return text.replace("''", '"\x01').replace("``", '"\x01')


def find_quotes(text: str) -> list[Quote]:
    """All quotations in ``text`` in order of their start."""
    raw = text
    text = _shadow(text)
    quotes = _find(text)
    if text == raw:
        return quotes
    # A closing two-apostrophe mark ends one character later than its shadow.
    return [
        Quote(q.start, q.end + 1, q.closed, q.mark)
        if q.end < len(text) and text[q.end] == "\x01"
        else q
        for q in quotes
    ]


def _find(text: str) -> list[Quote]:
    paragraphs = _iter_paragraphs(text)
    quotes: list[Quote] = []
    carry: tuple[int, str] | None = None
    for idx, (p_start, p_end) in enumerate(paragraphs):
        found, open_q = _scan_paragraph(text, p_start, p_end, carry)
        quotes.extend(found)
        carry = None
        if open_q is None:
            continue
        o_pos, o_mark = open_q
        if o_mark in SINGLE_MARKS:
            continue  # an unpaired single mark is an apostrophe, not a quote
        nxt = paragraphs[idx + 1] if idx + 1 < len(paragraphs) else None
        if nxt is not None and text[nxt[0]] in DOUBLE_MARKS:
            # Multi-paragraph quote: the next paragraph re-opens with a mark.
            # Its opening mark is part of this quote, so skip it when scanning.
            carry = (o_pos, o_mark)
            paragraphs[idx + 1] = (nxt[0] + 1, nxt[1])
            continue
        quotes.append(Quote(o_pos, _rstrip(text, o_pos, p_end), False, o_mark))
    quotes.sort(key=lambda q: q.start)
    return [q for q in quotes if q.end - q.start > 2]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _iter_paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs (lines separated by newlines)."""
    return _iter_paragraphs(text)
