"""Attributions read from layout rather than syntax: headlines ('X says Y', 'Y: X') and
colon leads ('Peskov: the report is false').
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from sourcetrace.attribution.colon_heads import speaker_tokens
from sourcetrace.attribution.confidence import confidence
from sourcetrace.attribution.spans import (
    Candidate,
    trim_span,
)
from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.speakers.parse import parse_source

# Labels before a colon that introduce a section, not a speaker.
_SECTION_WORDS = lexicon("page_furniture").words("section_words")
# Lines of captions, credits and links to other stories ("READ MORE: Federal budget won't
# be balanced, Finance Department says"): what they carry is another page's headline.
_FURNITURE_LINE = lexicon("page_furniture").pattern("caption")


def furniture_cue(text: str, cue: tuple[int, int]) -> bool:
    """Whether a cue stands on a line of page furniture (a caption, a credit, a link to
    another story): the furniture words open its line, or stand on it before the cue,
    with no sentence ending between them and the cue (in the parse copy a hard-wrapped
    paragraph is one line: "Sign up for ... Update. In a video, Apple demonstrated" keeps
    its statement)."""
    before = text[text.rfind("\n", 0, cue[0]) + 1 : cue[1]]
    found = _FURNITURE_LINE.search(before)
    return found is not None and not _SENTENCE_END.search(before, found.end())


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


# A month and a day or year: no speaker's name has one ("JULY 11", "Dec. 2015").
_DATED = re.compile(rf"(?i)\b(?:{alternation(lexicon('time').mapping('months'))})\b\.?\s*\d")


def _colon_candidate(sent: Span, text: str) -> Candidate | None:
    """ "Peskov: Russia has not asked ..." — a short name-like phrase, a colon, a statement."""
    toks = [t for t in sent if not t.is_space]
    colon_at = next((k for k, t in enumerate(toks[:8]) if t.text == ":"), None)
    if colon_at is None or colon_at == 0:
        return None
    head = toks[:colon_at]
    rest = toks[colon_at + 1 :] or _turn_after_label(sent, head, text)
    if len(rest) < 3 or len(head) > 6:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in head) or any(
        t.lower_ in _SECTION_WORDS for t in head
    ):
        return None
    if head[0].text in ("[", "("):
        return None  # a bracketed label: a photo credit or an editor's note
    if _DATED.search(" ".join(t.text for t in head)):
        return None  # "BRUSSELS, BELGIUM - JULY 11:", "FLASHBACK, DEC. 2015:": a dateline or a label
    # Capitals are name-like too ("TAPPER:"): ``speaker_tokens`` below asks that the
    # article name whoever they stand for.
    namey = [t.pos_ == "PROPN" or ((t.is_title or t.is_upper) and t.pos_ == "NOUN")
             for t in head]
    if not any(namey):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in rest) and (
        len(head) > 3 or not all(n or t.is_punct for n, t in zip(namey, head, strict=True))
    ):
        return None
    found = speaker_tokens(head, sent.doc)
    if found is None:
        return None  # a heading: "Finland protests:", "VIEW FROM HELSINKI:"
    speaker, antecedent = found
    end = max(sent.end_char, rest[-1].idx + len(rest[-1].text))
    return Candidate(
        (toks[colon_at].idx, toks[colon_at].idx + 1),
        trim_span(text, (rest[0].idx, end)),
        trim_span(text, (speaker[0].idx, speaker[-1].idx + len(speaker[-1].text))),
        "colon",
        confidence("colon_line"),
        (sent.start_char, end),
        resolved=antecedent,
        via="colon_line",
    )


def _turn_after_label(sent: Span, head: list[Token], text: str) -> list[Token]:
    """The turn after a speaker label in capitals that the parser made a sentence of its
    own ("CHUCK TODD:" | "Why do you think so?"): the next sentence, when it goes on on the
    label's line (``nlp.model`` asks the parser not to split there; it may still)."""
    if not all(t.is_upper or t.is_punct for t in head) or sent.end >= len(sent.doc):
        return []
    nxt = sent.doc[sent.end].sent
    if "\n" in text[sent.end_char : nxt.start_char]:
        return []
    return [t for t in nxt if not t.is_space]


# Headline verbs: titles are often mis-parsed ("Clinton Says Russians Hacked DNC").
_HEADLINE_CUES = alternation(lexicon("cues").words("headline_verbs"))


_HEADLINE_FRONT = re.compile(
    rf"^(?P<src>[A-Z][^\s:]*(?:\s+[A-Z0-9][^\s:]*){{0,5}}?)\s+(?P<cue>(?i:{_HEADLINE_CUES}))"
    rf"(?=\s)(?P<rest>.+)$"
)


# "Trump meets Putin, predicts [they will ...]": what follows the verb is its content.
_CLAUSE_OPENERS = lexicon("cues").words("clause_openers")


_HEADLINE_BACK = re.compile(
    rf"^(?P<rest>.{{8,}}?),\s+(?P<cue>{_HEADLINE_CUES})\s+(?P<src>[^,]{{2,60}})$"
)


# "Ostland sent troops to Varnia: Lumbrian officials": the source after a closing colon.
_HEADLINE_COLON = re.compile(r"^(?P<rest>[^:]{12,}?):\s+(?P<src>[^:,]{2,60}?)\s*$")


def _colon_source(src: str) -> bool:
    """Words after a headline's closing colon that name a source: unnamed people or an
    outlet ("US officials", "Reuters"), or a name in capitals ("Pentagon", "Ivo Brant");
    not "what to expect", "Five things to know", nor a title-case phrase of function words
    ("Your Monday Briefing", "Live Updates From Helsinki") or a picture credit
    ("Bettmann/Bettmann Archive")."""
    words = src.split()
    if len(words) > 5 or "/" in src or any(
            w.lower() in STOP_WORDS and not w.isupper() for w in words):
        return False
    info = parse_source(src)
    return info.type in ("anonymous", "outlet") or (
        info.type in ("person", "organization") and info.name is not None
        and all(w[:1].isupper() for w in words))


def headline_candidates(text: str, para: tuple[int, int]) -> list[Candidate]:
    """Attributions in a short headline-like paragraph ("X Says Y", "Y, says X")."""
    s, e = para
    line = text[s:e]
    words = line.split()
    # A sentence's stop may stand inside its closing quotation mark ('... "deeply
    # troubling."'): no headline ends so.
    if not 3 <= len(words) <= 25 or line.rstrip().rstrip("\"\u201d\u2019'").endswith(
            (".", "?", "!", ":")):
        return []

    def candidate(m: re.Match[str]) -> Candidate:
        return Candidate(
            (s + m.start("cue"), s + m.end("cue")),
            trim_span(text, (s + m.start("rest"), s + m.end("rest"))),
            trim_span(text, (s + m.start("src"), s + m.end("src"))),
            "indirect",
            confidence("headline"),
            (s, e),
            via="headline",
        )

    m = _HEADLINE_BACK.match(line)
    if m and m.group("src").split()[0].lower() not in _CLAUSE_OPENERS:
        return [candidate(m)]
    m = _HEADLINE_FRONT.match(line)
    if m and m.group("cue")[0].isupper() and len(m.group("rest").split()) >= 2:
        return [candidate(m)]
    m = _HEADLINE_COLON.match(line)
    if m and len(m.group("rest").split()) >= 4 and _colon_source(m.group("src")):
        colon = s + m.end("rest")
        return [Candidate((colon, colon + 1), trim_span(text, (s + m.start("rest"), colon)),
                          trim_span(text, (s + m.start("src"), s + m.end("src"))), "indirect",
                          confidence("headline"), (s, e), via="headline")]
    return []
