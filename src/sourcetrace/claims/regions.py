"""Where in an article claims may be read: the line of an attribution's content that
holds its cue, and the own-voice sentence parts that may carry a factual claim (not
captions, questions or lines too short to say anything)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sourcetrace.attribution.spans import dateline_end
from sourcetrace.claims.canon import first_propositional_sentence
from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.nlp.doctext import doc_text
from sourcetrace.speakers.lexicon import ANON_HEADS, RELATIVES, ROLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sourcetrace.models import Attribution, Span

_CAPTION = lexicon("page_furniture").pattern("caption")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PHOTO_CREDIT = lexicon("page_furniture").pattern("photo_credit_line")


def _line_of(text: str, pos: int) -> str:
    """The whole line around ``pos``: a caption credit at its end marks every sentence."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


def _repeated_lines(text: str) -> set[str]:
    """Opening words shared by two consecutive lines: a photo caption and its alt text
    ("A officer adjusts a flag ..." twice) are furniture, not claims."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    out: set[str] = set()
    for a, b in zip(lines, lines[1:], strict=False):
        ka, kb = " ".join(a.split()[:5]).lower(), " ".join(b.split()[:5]).lower()
        if ka == kb and len(a.split()) >= 5:
            out.add(ka)
    return out


def content_piece(text: str, att: Attribution) -> Span:
    """The line of an attribution's content nearest its cue: a content that runs across a
    line break (headline, byline) belongs to the cue's line only."""
    start, end = att.span
    pieces: list[Span] = []
    pos = start
    for part in re.split(r"(\n+)", text[start:end]):
        if part.strip() and not part.startswith("\n"):
            pieces.append((pos, pos + len(part)))
        pos += len(part)
    if len(pieces) <= 1:
        return pieces[0] if pieces else (start, end)
    cue = att.cue_span[0] if att.cue_span else None
    if cue is None:
        return max(pieces, key=lambda p: p[1] - p[0])
    return min(
        pieces, key=lambda p: 0 if p[0] <= cue <= p[1] else min(abs(cue - p[0]), abs(cue - p[1]))
    )


_SECOND_CLAUSE = lexicon("claim_words").pattern("second_that_clause")
_REPORTS = lexicon("report_nouns")
_REPORT_DETERMINERS = _REPORTS.words("determiners") | {"its"}
# Reports of what was said and records said to show something ("the video was an old
# recording from an exercise and that no troops had crossed"), not documents: "the study
# was flawed and that its own trials had shown no such risk" denies the study's finding as
# one statement.
_REPORT_HEADS = (_REPORTS.words("claims") | _REPORTS.words("publications")
                 | _REPORTS.words("records"))
# A first clause that judges a report ("the report was riddled with errors"); matched at a
# position, so no "^".
_ON_A_REPORT = re.compile(
    rf"(?i)\W*(?:that\s+)?(?:{alternation(_REPORT_DETERMINERS)})\s+(?:[\w'’\-]+\s+){{0,2}}?"
    rf"(?:{alternation(_REPORT_HEADS)})\b")


def that_clauses(text: str, piece: Span) -> list[Span]:
    """An indirect content that judges a report and then tells the speaker's own account
    ("the report was riddled with errors and that the minister had never met Rask"), cut
    before the second "that": two statements, each read on its own (the second's negation
    is no part of the first's proposition); so is one whose clauses are about two things
    (``_another_subject``). Two clauses about one thing ("that the balloon is well above air
    traffic and that it does not pose a threat") stay one statement."""
    start, end = piece
    cuts = [m for m in _SECOND_CLAUSE.finditer(text, start, end)]
    if not cuts or not (_ON_A_REPORT.match(text, start, cuts[0].start())
                        or _another_subject(text, start, cuts)):
        return [piece]
    out, pos = [], start
    for m in cuts:
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [p for p in out if p[1] - p[0] > 1]


# A clause that goes on about the first one's subject ("that it does not pose a threat").
_PERSON_OPENERS = lexicon("claim_words").words("person_topic_openers")
# Nouns for people: "that the minister had resigned and that he would leave" is one topic.
_PERSON_NOUNS = ROLE_WORDS | ANON_HEADS | RELATIVES
_SAME_TOPIC = re.compile(
    rf"(?i)that\s+(?:{alternation(lexicon('claim_words').words('same_topic_openers'))})\b")


def _another_subject(text: str, start: int, cuts: list[re.Match[str]]) -> bool:
    """Each clause after the first is about something else, named ("that it had found no
    evidence of fraud and that [the videos] had been filmed in an exercise"): statements
    about two things. One that goes on about the first clause's subject (a pronoun: "that
    the balloon is well above air traffic and that [it] does not pose a threat") or opens
    with its words is one statement."""
    first = re.sub(r"(?i)^\W*that\s+", "", text[start : cuts[0].start()]).split()[:2]
    return all((not _SAME_TOPIC.match(text, m.end()) or _person_after_thing(text, m, first))
               and text[m.end() :].split()[1:3] != first for m in cuts)


def _person_after_thing(text: str, cut: re.Match[str], first: list[str]) -> bool:
    """A clause opening with a person's pronoun after one about a thing described ("that
    [the bank] was independent and that [he] had no knowledge of its plans"): the
    pronoun is the speaker, not the first clause's subject."""
    opener = text[cut.end() :].split()[1:2]
    return (bool(opener) and opener[0].lower() in _PERSON_OPENERS and len(first) == 2
            and first[0].lower() in {"the", "a", "an", "its"} and first[1].islower()
            and first[1] not in _PERSON_NOUNS)


def overlap(a: Span, b: Span) -> int:
    """How many characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def own_voice_regions(doc: Doc) -> list[Span]:
    """Sentence parts (sentences split at line breaks) that may carry a factual claim."""
    text = doc_text(doc)
    captions = _repeated_lines(text)
    out: list[Span] = []
    for sent in doc.sents:
        pos = sent.start_char
        for piece in re.split(r"(\n+)", text[sent.start_char : sent.end_char]):
            start, end = pos, pos + len(piece)
            pos = end
            stripped = piece.strip()
            if not stripped or stripped.startswith("\n"):
                continue
            if stripped.endswith("?") or _CAPTION.search(_line_of(text, start)):
                continue
            if " ".join(stripped.split()[:5]).lower() in captions:
                continue
            lead = len(piece) - len(piece.lstrip())
            # A wire dateline locates the report ("WASHINGTON (AP) — "): no actor of the
            # claim, nor its words.
            begin = dateline_end(text, start + lead, start + lead + len(stripped))
            after = _after_heading(doc, begin, start + lead + len(stripped))
            # A headline's statement after its heading is one even in title case, whose
            # verbs the tagger misses ("Wednesday Apple Rumors: Apple May Be Ready ...").
            if len(stripped.split()) < 5 or (
                after == begin and _verbless_line(doc, text, start, end)
            ):
                continue
            out.append((after, start + lead + len(stripped)))
    return out


def _after_heading(doc: Doc, begin: int, end: int) -> int:
    """Where the statement starts after a heading that opens the line ("Wednesday Apple
    Rumors: Apple may be ready to buy Path", "SET FOR SUMMIT: Trump will meet ..."): a
    few words with no finite verb, then a colon. The colon lead names no speaker there
    (``attribution.colon_heads``), but what follows is still said in the article's voice."""
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return begin
    toks = [t for t in span if not t.is_space]
    colon = next((k for k, t in enumerate(toks[:8]) if t.text == ":"), None)
    if not colon or len(toks) - colon - 1 < 3 or any(t.tag_ in _FINITE for t in toks[:colon]):
        return begin
    return toks[colon + 1].idx


def _verbless_line(doc: Doc, text: str, start: int, end: int) -> bool:
    """A whole line with no finite verb that is either unpunctuated or above a photo
    credit ("Donald Trump clapping his hands during a rally." over "Gaelen
    Morse/Reuters"): a caption or a label, not a statement."""
    line = _line_of(text, start).strip()
    if line != text[start:end].strip():
        return False
    nxt = text.find("\n", end)
    credited = nxt >= 0 and bool(_PHOTO_CREDIT.match(_line_of(text, nxt + 1).strip()))
    if line[-1] in ".!?\"”’'" and not credited:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(t.tag_ in _FINITE for t in span)


def later_sentences(doc: Doc, piece: Span, max_sentences: int) -> list[Span]:
    """The sentences of an attribution's content after its first propositional one (which
    the content as a whole is read for): each can state a claim of its own ("We are
    confident it is Chinese. Currently we assess it has limited value."). A quote longer
    than ``max_sentences`` is read for its first ones only (``[candidates]``): past that
    it is a statement or a transcript, whose every sentence is no headline claim."""
    region = doc.char_span(piece[0], piece[1], alignment_mode="contract")
    first = first_propositional_sentence(region) if region is not None else None
    if region is None or first is None:
        return []
    out: list[Span] = []
    for tok in region:
        if tok.is_sent_start and tok.i >= first.end:
            sent = tok.sent
            out.append((sent.start_char, min(sent.end_char, region.end_char)))
    return out[: max_sentences - 1]

