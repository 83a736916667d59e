"""Verdicts appended to a statement: "Kyiv says Russian troops shelled the plant, which
Moscow denies", "P, a charge the Kremlin rejects", "P, something the Kremlin has called
absurd", "P, an allegation the owner called untrue".

Wire prose sets another speaker's verdict on a statement after a comma, as a relative
clause on "which" or on an indefinite report noun standing for the whole statement
(report_nouns.toml ``verdict_heads``). The parser hangs it anywhere: on the statement's
verb, as a clause of its own with the statement for its complement, or on the last noun
("Rask, which his office denies"). Read as it is, the verdict is a second source of the
statement, its words run on into the first speaker's content ("Western officials say P,
something the Kremlin has called absurd" made the officials deny P), and "which" is what
was denied. Here the verdict is its speaker's statement about P itself (cue: the verb and
what it calls the statement, so "called absurd" reads as a denial), and the statement
it is appended to ends at the comma. "which" after a noun naming an act ("Russian meddling
in the U.S. election, which Moscow firmly denies") stands for that act.

A dismissal's own verdict, its label, is likewise kept out of what it dismisses where the
parser hangs it inside the dismissed clause ("dismissed reports that Brek is about to be
sacked as 'wide of the mark'").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from sourcetrace.attribution import cues
from sourcetrace.attribution.confidence import confidence
from sourcetrace.attribution.spans import (
    Candidate,
    CharSpan,
    dateline_end,
    noun_phrase_span,
    tok_span,
    trim_span,
)
from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution
from sourcetrace.stance.vocabulary import has_denial_words

__all__ = ["appended_verdicts", "statement_end"]

_HEADS = lexicon("report_nouns").words("verdict_heads")
_VERBS = (lexicon("denial").words("contradict") | lexicon("denial").words("dismissive")
          | lexicon("cues").words("verdict_verbs") | cues.CONFIRMING)
_LABELS = lexicon("denial").words("dismissive_labels") | lexicon("denial").words(
    "truth_predicates")
# Verbs that dismiss what they take "as" something ("dismissed reports that P as false").
_DISMISSING = lexicon("denial").words("contradict") | lexicon("denial").words("dismissive") | (
    lexicon("claim_words").words("label_verbs"))
_ACTS = lexicon("denial").words("denied_parts")
_RELATIVES = frozenset({"which", "that"})
_SUBJECTS = frozenset({"nsubj"})
# What may close a sentence after the verdict.
_CLOSING = frozenset({".", "!", "?", '"', "\u201d", "'", "\u2019", ")"})


def appended_verdicts(sent: Span, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
    """``cands`` (one sentence's candidates) with each appended verdict read as its
    speaker's statement about the statement before it, and that statement ended there."""
    out = list(cands)
    for anchor in _anchors(sent):
        verb = _verdict_verb(anchor, sent)
        if verb is None:
            continue
        comma = sent.doc[anchor.left_edge.i - 1 if anchor.left_edge.i < anchor.i else anchor.i - 1]
        start = comma.idx
        region = (start, sent.end_char)
        kept = [c for c in out if not region[0] <= c.cue[0] < region[1]]
        before = _clipped(kept, start, text)
        cue_toks = _cue(verb)
        act = _act_before(anchor) if anchor.lower_ == "which" else None
        statement = _statement(before, start, sent, text) if act is None else trim_span(
            text, (act.left_edge.idx, start))
        if statement is None or not _clear(cue_toks):
            # What the verdict calls the statement is no word of denial or truth ("a claim
            # his agent said was news to us"): its words stay its content; the statement
            # before it still ends at the comma.
            out = [*_clipped(out, start, text)]
            continue
        subj = next(c for c in verb.children if c.dep_ in _SUBJECTS)
        cue = tok_span(cue_toks)
        assert cue is not None
        out = [*before, Candidate(
            cue, statement, noun_phrase_span(subj, text), "indirect", confidence("verdict"),
            (sent.start_char, sent.end_char), cue_text=text[cue[0]:cue[1]], via="verdict")]
    return sorted((_without_label(c, sent, text) for c in out), key=lambda c: c.cue)


def _without_label(c: Candidate, sent: Span, text: str) -> Candidate:
    """A dismissal's content without the label it gives, which the parser hangs inside
    the dismissed clause ("dismissed reports that Brek is about to be sacked [as 'wide of
    the mark']"): the label is the verdict, not part of what was reported. Only a label
    of untruth ("as a spy" may be what was reported)."""
    cue = sent.doc.char_span(*c.cue, alignment_mode="expand")
    if cue is None or not len(cue):
        return c
    # The dismissal's verb, or the one taking the report noun that is the cue ("dismissed
    # [reports] that P as ...": the reports' own content ends before the label too).
    verb = cue[0].head if cue[0].pos_ == "NOUN" and cue[0].dep_ == "dobj" else cue[0]
    if verb.lemma_.lower() not in _DISMISSING:
        return c
    for tok in sent:
        if tok.lower_ != "as" or tok.dep_ != "prep" or not c.content[0] < tok.idx < c.content[1]:
            continue
        if tok.head.pos_ not in ("VERB", "AUX") or not c.content[0] <= tok.head.idx < c.content[1]:
            continue  # "described the accusations as absurd": the verb's own label, kept
        last = tok.right_edge
        words = sent.doc[tok.i + 1 : last.i + 1]
        if last.idx + len(last.text) >= c.content[1] - 1 and (
                has_denial_words(words.text) or any(t.lemma_.lower() in _LABELS for t in words)):
            return replace(c, content=trim_span(text, (c.content[0], tok.idx)))
    return c


# What a verdict calls the statement: "called [absurd]", "described as [false]", "said
# [was untrue]" (a clause with no subject of its own: the statement is its subject).
_LABEL_DEPS = frozenset({"oprd", "acomp", "attr"})


def _cue(verb: Token) -> list[Token]:
    """The verdict's cue: its verb and what it calls the statement, not where or when it
    said so ("detailed [in its filings]")."""
    label = [t for c in verb.children if c.i > verb.i and (
        c.dep_ in _LABEL_DEPS or (c.dep_ == "prep" and c.lower_ == "as")
        or (c.dep_ == "ccomp" and not any(g.dep_ in _SUBJECTS for g in c.children)))
        for t in c.subtree if not t.is_punct]
    return sorted([verb, *label], key=lambda t: t.i)


def _clear(cue: Sequence[Token]) -> bool:
    """The verdict's stance is plain: a verb alone ("denies", "rejects", "confirmed"), or
    one that calls the statement untrue or true ("called absurd", "said was untrue",
    denial.toml ``dismissive_labels`` and ``truth_predicates``)."""
    rest = {t.lemma_.lower() for t in cue[1:]} | {t.lower_ for t in cue[1:]}
    return not rest or bool(rest & _LABELS)


def _anchors(sent: Span) -> list[Token]:
    """Tokens right after a comma that open an appended verdict: "which", or a report
    noun's indefinite article ("a charge", "an allegation") or "something"."""
    out = []
    for tok in sent:
        if tok.i == sent.start or sent.doc[tok.i - 1].text != ",":
            continue
        low = tok.lower_
        if low == "which" and tok.tag_ == "WDT" and not _report_before(tok) or low == "something":
            out.append(tok)
        elif low in ("a", "an") and tok.dep_ == "det" and tok.head.lower_ in _HEADS and (
                tok.head.i == tok.i + 1):
            out.append(tok.head)
    return out


def _report_before(rel: Token) -> bool:
    """ "He cited the report, which the ministry denied": the relative stands for the
    report noun before it, whose content is what was denied, not the clause."""
    prev = rel.doc[rel.i - 2] if rel.i >= 2 else None
    return prev is not None and prev.lower_ in cues.REPORTED_THINGS


def _act_before(rel: Token) -> Token | None:
    """ "to discuss Russian meddling in the U.S. election, which Moscow firmly denies": the
    relative stands for the act named by the noun phrase before it (denial.toml
    ``denied_parts``), not for the clause that mentions it; its head noun, else None."""
    noun = rel.doc[rel.i - 2] if rel.i >= 2 else None
    while noun is not None and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "meddling [in the U.S. election]"
    return noun if noun is not None and noun.pos_ == "NOUN" and (
        noun.lemma_.lower() in _ACTS) else None


def _verdict_verb(anchor: Token, sent: Span) -> Token | None:
    """The verb whose verdict the anchor opens: a verdict verb with a subject of its own after
    the anchor, taking the anchor as its object ("which Moscow denies", "a charge the
    Kremlin rejects"), or heading a relative clause on it ("a claim his agent said was
    news to us"); the verdict runs to the sentence's end."""
    for verb in sent:
        if verb.i <= anchor.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma = verb.lemma_.lower()
        if lemma not in _VERBS:
            continue
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subj is None or subj.lower_ in _RELATIVES or not anchor.i < subj.i < verb.i:
            return None
        takes = anchor.head.i == verb.i and anchor.dep_ in ("dobj", "nsubj", "nsubjpass")
        relative = verb.dep_ == "relcl" and verb.head.i == anchor.i
        pronoun = anchor.lower_ == "which" and anchor.head.i == verb.i
        if not (takes or relative or pronoun) or any(
                c.dep_ == "dobj" and c.i != anchor.i for c in verb.children):
            return None
        last = max(verb.right_edge.i, anchor.right_edge.i)
        rest = sent.doc[last + 1 : sent.end]
        return verb if all(t.text in _CLOSING or t.is_space for t in rest) else None
    return None


def _clipped(cands: list[Candidate], start: int, text: str) -> list[Candidate]:
    """The candidates before the verdict with contents that ran into it ended before it."""
    out = []
    for c in cands:
        if c.content[0] < start < c.content[1]:
            c = replace(c, content=trim_span(text, (c.content[0], start)))
        out.append(c)
    return out


def _statement(cands: Sequence[Candidate], start: int, sent: Span, text: str) -> CharSpan | None:
    """What the verdict is about: what someone is said to have said right before it, else
    the writer's own clause from the sentence's start (after a dateline): in "Ostland has
    been accused of sending troops, a charge it denies" the accusation is the writer's."""
    said = [c for c in cands if c.source is not None and c.content[1] <= start]
    ends = [c.content for c in said
            if not text[c.content[1]:start].strip(" ,\"'\u201d\u2019")]
    if not ends:
        ends = [c.content for c in said]
    if ends:
        return max(ends, key=lambda s: s[1])
    begin = dateline_end(text, sent.start_char, start)
    span = trim_span(text, (begin, start))
    return span if span[1] - span[0] > 1 else None


def statement_end(att: Attribution, verdicts: Sequence[Attribution], text: str) -> int | None:
    """Where ``att``'s sentence stops being its statement: the comma that opens a verdict
    (one of ``verdicts``, the article's attributions read by this module) appended to it
    by another speaker ("Kyiv says P, which Moscow denies"), else None. The verdict's
    words are no denial by the speaker of P."""
    ends = [
        text.rfind(",", att.span[1] - 1, v.source_span[0])
        for v in verdicts
        if v.id != att.id and v.source_span is not None
        and v.sentence_span == att.sentence_span and v.source_span[0] >= att.span[1]
    ]
    return min((e for e in ends if e >= 0), default=None)
