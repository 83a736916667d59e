"""Hard-wrapped text, and text with invisible separators, read as the prose it is.

Plain text saved from e-mail, PDFs and some wire feeds breaks every line at a fixed width
("... said Benedict Evans, an independent analyst who previously worked as a venture\\n
capitalist ..."). The parser reads each break as a boundary and loses the clause across it
(the speaker of "..., said Benedict Evans" came out as nobody). The parse is therefore run
on a copy of the text in which a line break inside such a paragraph is a space: one
character for one, so every offset still points into the text as it was read. Zero-width
spaces and joiners left by web editors ("Traeger\u200b said") are spaces in that copy too:
glued to a name they hide it from the tagger; so are no-break and other typographic spaces
("Theresa\u00a0May"). The stored article text is never changed.
"""

from __future__ import annotations

# A text is hard-wrapped when at least WRAPPED_SHARE of its non-empty lines, and at least
# WRAPPED_MIN_LINES of them, are between these lengths: one wrap width, with slack for
# words that did not fit. News written one paragraph per line has far longer lines; header
# blocks and lists far shorter ones. These describe a file format (mail and feed wraps at
# 60-80 columns), not a quality trade-off, and are deliberately not settings: the parse
# copy must follow from the text alone, because ``same_offsets`` recomputes it to tell
# whether a parse describes a text.
LINE_MIN = 40
LINE_MAX = 100
WRAPPED_SHARE = 0.8
WRAPPED_MIN_LINES = 10


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks inside hard-wrapped paragraphs made spaces (the same
    length); any other text unchanged. A blank line, and a break after a short line (the
    end of a paragraph, a heading), stay."""
    lines = text.split("\n")
    body = [line for line in lines if line.strip()]
    wrapped = [line for line in body if LINE_MIN <= len(line) <= LINE_MAX]
    if len(wrapped) < WRAPPED_MIN_LINES or len(wrapped) < WRAPPED_SHARE * len(body):
        return text
    out: list[str] = []
    for k, line in enumerate(lines):
        out.append(line)
        if k + 1 < len(lines):
            soft = (LINE_MIN <= len(line) <= LINE_MAX and line.strip() != ""
                    and lines[k + 1].strip() != "")
            out.append(" " if soft else "\n")
    return "".join(out)


# Invisible separators (zero-width space, non-joiner, joiner, word joiner, byte-order
# mark) and the typographic spaces web pages put between words (no-break, thin, narrow
# no-break, figure, en and em spaces): the tokenizer splits only at a plain space, so
# "Theresa\u00a0May" parsed as two names around a space token, and "The\u00a0president
# this week\u00a0blamed" lost its subject.
_INVISIBLE = str.maketrans({c: " " for c in
                            "\u200b\u200c\u200d\u2060\ufeff"
                            "\u00a0\u2009\u202f\u2007\u2002\u2003\u2005\u2006"})


def parse_copy(text: str) -> str:
    """What the parser reads for ``text``: the same length, hard wraps and invisible
    separators made spaces."""
    return unwrap_lines(text).translate(_INVISIBLE)


def same_offsets(parsed: str, text: str) -> bool:
    """Whether a parse of ``parsed`` describes ``text`` offset for offset: the text itself,
    or its parse copy (``parse_copy``)."""
    return parsed == text or (len(parsed) == len(text) and parsed == parse_copy(text))
