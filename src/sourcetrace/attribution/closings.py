"""A closing cue whose source the parser lost: "A large fire broke out at a fuel depot near
Tarnow, the regional governor, Pavel Kord, said." The parser can make the description an
apposition of the place the content ends on (the cue then has no subject), or read "after
a drone attack, the regional governor, Pavel Kord, said" as a clause of time with the
attack for its subject (an occasion, dropped). Where a verb of saying closes its sentence
with nothing of its own after it, and the words set off by commas before it name someone
(a description and a name, in either order, or one of them), they are its source and what
comes before them its content.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from sourcetrace.attribution import cues
from sourcetrace.attribution.confidence import confidence
from sourcetrace.attribution.spans import Candidate, CharSpan, trim_span
from sourcetrace.speakers.lexicon import POSSESSIVES
from sourcetrace.speakers.parse import parse_source

__all__ = ["closing_sources"]

# Words opening a description of someone ("the regional governor", "its spokeswoman").
_DESCRIBING = POSSESSIVES | {"the", "a", "an"}
_SPEAKERS = frozenset({"person", "anonymous", "organization", "outlet"})
# What a closing cue may not have after it: a clause of its own (only where and when it was
# said may follow: "on Telegram", "on Monday").
_CLAUSAL = frozenset({"VERB", "AUX", "SCONJ", "PRON"})


def closing_sources(sent: Span, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
    """``cands`` with a closing cue's lost source restored (see the module's doc): the
    candidate for that cue replaced, or added where the parser read the cue as an
    occasion."""
    verb = _closing_verb(sent)
    if verb is None:
        return list(cands)
    cue = (verb.idx, verb.idx + len(verb.text))
    here = [c for c in cands if c.cue[0] < cue[1] and cue[0] < c.cue[1]]
    # Only where the parse lost it: a candidate with no source, or the cue read as a clause
    # of time ("after a drone attack, the regional governor ... said"); not "Ivo Brant, the
    # Lumbrian defence minister, spoke on Tuesday", whose subject the parse has.
    lost = any(c.source is None for c in here) or _occasion_of_no_one(verb)
    found = _source_before(text, sent.start_char, cue[0]) if lost else None
    if found is None:
        return list(cands)
    content, source = found
    words = sent.doc.char_span(*content, alignment_mode="expand")
    if words is None or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return list(cands)  # what was said is a clause
    new = Candidate(cue=cue, content=content, source=source, kind="indirect",
                    confidence=confidence("closing"), sentence=(sent.start_char, sent.end_char),
                    cue_text=verb.text, via="closing")
    # The participle after the cue is the same speaker's ("..., rejecting higher figures").
    tails = {(t.idx, t.idx + len(t.text)) for t in verb.children
             if t.dep_ == "advcl" and _in_trailing_participle(t)}
    return [replace(c, source=source) if c.source is None and c.cue in tails else c
            for c in cands if c not in here] + [new]


def _closing_verb(sent: Span) -> Token | None:
    """The sentence's last verb but a participle set off after it, one of saying with
    nothing else of its own after it but where and when ("said on Telegram.", "said in a
    televised address, rejecting higher figures as exaggerated."), set after a comma."""
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return None
    verb = next((v for v in reversed(verbs) if v.dep_ != "amod" and not _in_trailing_participle(v)),
                verbs[0])
    if cues.verb_class(verb.lemma_.lower()) != "speech" or verb.i < sent.start + 3:
        return None
    if any(t.pos_ in _CLAUSAL and t.dep_ != "amod" and not _in_trailing_participle(t)
           for t in sent.doc[verb.i + 1 : sent.end]):  # "in a [televised] address" is no clause
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    return verb if sent.doc[verb.i - 1].text == "," else None


def _in_trailing_participle(tok: Token) -> bool:
    """Inside a participle clause set off by a comma at the end of its verb's clause
    ("..., [rejecting higher figures given by rights groups]")."""
    for t in [tok, *tok.ancestors]:
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > t.head.i and (
                t.doc[t.left_edge.i - 1].text == ","):
            return True
    return False


def _occasion_of_no_one(verb: Token) -> bool:
    """The cue read as a clause of time whose subject can say nothing ("after [a drone
    attack], the regional governor, Pavel Kord, said"); not "as Lucas Cameron-Vaughn, an
    attorney for the ACLU, explained", whose subject is the speaker."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "advcl" or subj is None or not any(c.dep_ == "mark" for c in verb.children):
        return False
    phrase = verb.doc[subj.left_edge.i : subj.i + 1].text
    return parse_source(phrase).type not in _SPEAKERS


def _source_before(text: str, start: int, cue: int) -> tuple[CharSpan, CharSpan] | None:
    """The content and the source before a closing cue: the last one or two comma-set
    parts that name someone ("the regional governor, Pavel Kord"; "Mara Voss, the
    opposition leader"; "the statistics office"), and all before them."""
    before = text[start:cue].rstrip()
    if not before.endswith(","):
        return None
    parts = before[:-1].split(", ")
    for k in (2, 1):
        if len(parts) <= k:
            continue
        phrase = ", ".join(parts[-k:])
        if k == 2 and not _named_and_described(parts[-2], parts[-1]):
            continue
        if parse_source(phrase).type not in _SPEAKERS:
            continue
        src_start = start + len(", ".join(parts[:-k])) + 2
        content = trim_span(text, (start, src_start - 2))
        return content, (src_start, src_start + len(phrase))
    return None


def _named_and_described(first: str, second: str) -> bool:
    """A description and a name, in either order ("the regional governor" and "Pavel
    Kord")."""
    def named(s: str) -> bool:
        words = s.split()
        return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)

    def described(s: str) -> bool:
        words = s.split()
        return 0 < len(words) <= 8 and words[0].lower() in _DESCRIBING
    return (described(first) and named(second)) or (named(first) and described(second))
