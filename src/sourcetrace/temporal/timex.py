"""TIMEX3 temporal expressions: find them and normalise their values the TimeML way.

``extract_timexes`` runs every rule in ``timex_rules`` over the text, keeps the longest
non-overlapping matches, joins a clock time with the day it names ("5 p.m. EST Nov. 9"),
and widens a match over a leading modifier ("late last month" -> value of "last month",
mod END). Relative expressions are resolved against the document date (DCT); the verb
tense around an expression decides whether a bare weekday or month looks back or forward.
With a spaCy ``Doc`` the tense comes from its tags; without one a cheap word heuristic is
used (the text is never parsed here).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.models import TimeRef
from sourcetrace.nlp.doctext import doc_text
from sourcetrace.nlp.wraps import same_offsets
from sourcetrace.temporal import patterns as tp
from sourcetrace.temporal import rules_clock, rules_periods, rules_relative  # noqa: F401 (they register rules)
from sourcetrace.temporal.normalise import Direction, parse_dct
from sourcetrace.temporal.rules import Ctx, ordered_rules
from sourcetrace.temporal.rules_periods import ANAPHOR
from sourcetrace.temporal.tuning import TimexTuning, packaged

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_timexes", "tense_direction"]

_RULES = ordered_rules()

_Cand = tuple[int, int, int, str, str, str | None]  # start, end, rule index, type, value, mod

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "’ll"}
_FUTURE_HEADS = set(lexicon("time").words("future_heads"))


def tense_direction(doc: Doc, start: int, end: int) -> Direction | None:
    """Past, future or present for the clause governing the characters ``start:end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return "future"
    if tok.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        head = tok.head
        # "had been due to expire Friday": a plan in the past perfect has already run out.
        governors = (head, head.head) if head.pos_ == "ADJ" else (head,)  # "been due to"
        head_auxes = [c for g in governors for c in g.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lemma_ == "have" and a.tag_ == "VBD" for a in head_auxes):
            return "past"
        # "is to resume trading Tuesday": be + infinitive is an arrangement still ahead.
        if (
            head.lemma_.lower() in _FUTURE_HEADS
            or head.lower_ == "going"
            or (head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"))
        ):
            return "future"
    tags = {a.tag_ for a in auxes} | {tok.tag_}
    if "VBD" in tags:
        return "past"
    if tok.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"
    # "would be traveling Thursday": a modal looks ahead even with a progressive verb.
    if tok.tag_ == "MD" or any(a.tag_ == "MD" for a in auxes):
        return "future"
    if tok.tag_ in ("VBZ", "VBP", "VBG") or tags & {"VBZ", "VBP"}:
        return "present"
    # A bare participle modifying a noun ("the injunction issued Thursday") reports a
    # completed act.
    if tok.tag_ == "VBN" and not auxes and tok.dep_ in ("acl", "amod", "relcl"):
        return "past"
    return None


_PAST_WORDS = lexicon("time").pattern("past_words")
_FUTURE_WORDS = lexicon("time").pattern("future_words")


def _heuristic_direction(text: str, start: int, end: int) -> Direction | None:
    """Tense from the words of the sentence around a span, for callers without a parse."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), start - 120)
    right_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
    right = min([*right_candidates, end + 120])
    sentence = text[left + 1 : start] + " " + text[end:right]
    if _FUTURE_WORDS.search(sentence):
        return "future"
    if _PAST_WORDS.search(sentence):
        return "past"
    return None


@lru_cache(maxsize=4)
def _matches(text: str) -> tuple[tuple[int, re.Match[str]], ...]:
    """Every rule's non-empty matches in ``text``, rule by rule. Kept for the last few
    texts: the date of a document is guessed from its timexes read without one, then
    they are read again against it, and scanning is most of the cost (handlers are cheap)."""
    return tuple((idx, m) for idx, r in enumerate(_RULES) for m in r.pattern.finditer(text)
                 if m.end() > m.start())


def _candidates(ctx: Ctx) -> list[_Cand]:
    out: list[_Cand] = []
    for idx, m in _matches(ctx.text):
        r = _RULES[idx]
        try:
            res = r.handler(m, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):
            continue  # one odd match never fails the document
        if res is None:
            continue
        s, e = m.span()
        if "core" in r.pattern.groupindex and m.group("core"):
            s, e = m.span("core")
        out.append((s, e, idx, *res))
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest first, then rule order; no two kept spans overlap."""
    kept: list[_Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if any(c[0] < e and s < c[1] for s, e in taken):
            continue
        kept.append(c)
        taken.append((c[0], c[1]))
    return sorted(kept, key=lambda c: c[0])


_TIME_VALUE = re.compile(r"^(?P<day>[\dX]{4}-[\dX]{2}-[\dX]{2})T(?P<clock>\d\d:\d\d|[A-Z]{2})$")
_DAY_VALUE = re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}$")
_JOIN_GAP = re.compile(r"^\s*(?:,|on|at|of)?\s*(?:,\s*)?$", re.IGNORECASE)


def _merge_clock_with_day(text: str, cands: list[_Cand]) -> list[_Cand]:
    """'10 p.m. Wednesday', 'Monday at 9 a.m.' -> one TIME with the day's date."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        cur = cands[i]
        if i + 1 < len(cands):
            nxt = cands[i + 1]
            gap = text[cur[1] : nxt[0]]
            if len(gap) <= 6 and _JOIN_GAP.match(gap):
                t_cur, t_nxt = _TIME_VALUE.match(cur[4]), _TIME_VALUE.match(nxt[4])
                if t_cur and _DAY_VALUE.match(nxt[4]):
                    out.append((cur[0], nxt[1], cur[2], "TIME",
                                f"{nxt[4]}T{t_cur['clock']}", cur[5]))  # fmt: skip
                    i += 2
                    continue
                if t_nxt and _DAY_VALUE.match(cur[4]):
                    out.append((cur[0], nxt[1], nxt[2], "TIME",
                                f"{cur[4]}T{t_nxt['clock']}", nxt[5]))  # fmt: skip
                    i += 2
                    continue
        out.append(cur)
        i += 1
    return out


_POINT_MOD_BEFORE = re.compile(rf"\b(?P<mod>{tp.POINT_MOD})[\s-]+$", re.IGNORECASE)
_QUANT_MOD_BEFORE = re.compile(rf"\b(?P<mod>{tp.QUANT_MOD})\s+$", re.IGNORECASE)
_DEICTIC_START = lexicon("time").pattern("deictic_start")
_REF_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
_DETERMINER = rf"(?:{alternation(lexicon('timex_context').words('determiners'))})\b"


def _widen_modifiers(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Take a leading 'late', 'early', 'the end of', 'nearly', 'more than' into the span."""
    out: list[_Cand] = []
    for s, e, idx, typ, val, mod in cands:
        before = text[max(0, s - 30) : s]
        pm = _POINT_MOD_BEFORE.search(before)
        qm = _QUANT_MOD_BEFORE.search(before)
        phrase = text[s:e]
        if typ in ("DATE", "TIME") and pm and val not in _REF_VALUES and mod is None:
            word = re.sub(r"\s+", " ", pm["mod"].lower())
            # "earlier"/"later" modify only a deictic anchor ("earlier this month").
            deictic_ok = word not in ("earlier", "later") or _DEICTIC_START.match(phrase)
            # "the end of" a single day adds nothing a reader can use; "early Tuesday" does.
            day_ok = not re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}", val) or word in (
                "early", "late", "earlier", "later")  # fmt: skip
            if deictic_ok and day_ok:
                out.append((s - (len(before) - pm.start()), e, idx, typ, val,
                            tp.POINT_MODS[word]))  # fmt: skip
                continue
        counted = not re.match(_DETERMINER, phrase, re.I)
        # "over the past two weeks": "over" is the preposition, not "more than".
        if qm and counted and (
            typ == "DURATION" or (typ == "DATE" and re.search(r"\bago\b", phrase))
        ):
            word = re.sub(r"\s+", " ", qm["mod"].lower())
            out.append((s - (len(before) - qm.start()), e, idx, typ, val, tp.QUANT_MODS[word]))
            continue
        out.append((s, e, idx, typ, val, mod))
    return out


_ANCHOR_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_ANCHOR_MONTH = re.compile(r"^(\d{4})-(\d{2})(?!\d)")


def _resolve_anaphors(cands: list[_Cand]) -> list[_Cand]:
    """'that year', 'the following day': against the latest date written before them."""
    out: list[_Cand] = []
    last: str | None = None
    for c in cands:
        s, e, idx, typ, val, mod = c
        if not val.startswith(ANAPHOR):
            out.append(c)
            if re.match(r"^\d{4}", val) and typ in ("DATE", "TIME"):
                last = val
            continue
        _tag, unit, n_s = val.split(":")
        resolved = _shift_anchor(last, unit, int(n_s)) if last else None
        if resolved is not None:
            out.append((s, e, idx, typ, resolved, mod))
    return out


def _shift_anchor(anchor: str, unit: str, n: int) -> str | None:
    from sourcetrace.temporal import normalise as tn

    if unit == "year":
        return f"{int(anchor[:4]) + n:04d}"
    m = _ANCHOR_DAY.match(anchor)
    if unit in ("day", "week") and m:
        d = tn.shift(date(int(m[1]), int(m[2]), int(m[3])), unit, n)
        return tn.fmt(d, unit)
    mm = _ANCHOR_MONTH.match(anchor)
    if unit == "month" and mm:
        return tn.fmt(tn.shift(date(int(mm[1]), int(mm[2]), 1), "month", n), "month")
    return None


_YEAR_BACK = re.compile(
    r"^(?:(?:a|one)\s+year\s+(?:ago|earlier)|(?:the\s+)?year-(?:ago|earlier))$", re.IGNORECASE
)
_QUARTER_VALUE = re.compile(r"^(\d{4})-(Q\d)$")
_BACK_WORDS = re.compile(r"year[-\s](?:ago|earlier)|last\s+year", re.IGNORECASE)
def _year_back_quarters(text: str, cands: list[_Cand], window: int) -> list[_Cand]:
    """'net rose to $5 million from $4 million a year ago' after 'third-quarter': 1988-Q3.

    In results reporting "a year ago"/"a year earlier" and the adjective "year-ago" compare
    with the same period one year back, so TimeML gives the period's granularity. The period
    is the quarter named last before the phrase within ``window`` characters (a results
    paragraph, not the whole story: ``[timex] quarter_window``); with none nearby the
    phrase keeps its year.
    """
    out: list[_Cand] = []
    last_q: tuple[int, str] | None = None  # end offset, value of the latest quarter
    for c in cands:
        s, e, idx, typ, val, mod = c
        if _YEAR_BACK.match(text[s:e].strip()) and typ == "DATE":
            if last_q is not None and s - last_q[0] <= window:
                year, q = last_q[1].split("-")
                val = f"{int(year) - 1:04d}-{q}"
            out.append((s, e, idx, typ, val, mod))
            continue
        # "the year-ago quarter" is itself the comparison, not the period reported on.
        if _QUARTER_VALUE.match(val) and not _BACK_WORDS.search(text[s:e]):
            last_q = (e, val)
        out.append(c)
    return out


def extract_timexes(text: str, *, dct: str | None, doc: Doc | None = None,
                    tuning: TimexTuning | None = None) -> list[TimeRef]:  # fmt: skip
    """TIMEX3 expressions in ``text`` with spans and values relative to ``dct`` (YYYY-MM-DD).

    ``doc`` is the spaCy parse of the same text; when given it supplies the tense that
    decides the direction of "Monday" or "in March". Values never invent a day the text
    does not fix: vague expressions get PRESENT_REF/PAST_REF/FUTURE_REF or a coarser
    granularity with a ``mod``. ``tuning``: the ``[timex]`` settings (packaged when None).
    """
    tuning = tuning or packaged()
    if not text:
        return []
    if doc is not None and not same_offsets(doc_text(doc), text):
        doc = None  # a parse of another text cannot tell us anything about these offsets

    def direction(start: int, end: int) -> Direction | None:
        if doc is not None:
            return tense_direction(doc, start, end)
        return _heuristic_direction(text, start, end)

    ctx = Ctx(text=text, dct=parse_dct(dct), direction=direction, wrong_side=tuning.wrong_side)
    cands = _resolve_anaphors(_select(_candidates(ctx)))
    cands = _merge_clock_with_day(text, cands)
    cands = _widen_modifiers(text, cands)
    cands = _year_back_quarters(text, cands, tuning.quarter_window)
    out: list[TimeRef] = []
    for s, e, _idx, typ, val, mod in cands:
        # Trim trailing punctuation a pattern may have swallowed ("Sept." keeps its dot).
        while e > s and text[e - 1] in ",;:" :
            e -= 1
        out.append(TimeRef(span=(s, e), text=text[s:e], type=typ, value=val, mod=mod))  # type: ignore[arg-type]
    return out
