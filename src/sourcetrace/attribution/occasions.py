"""The occasion of a statement, set after its content: "Brek insisted that he would not be
leaving Rovers, after a newspaper reported that he was about to be dismissed".

The parser hangs a clause of time that closes the sentence on the content's last verb, so
the content runs on into the report it answers: the speaker is read as relaying "a
newspaper reported" (a report, not a statement of his own) and the claim holds both. A
clause of time set off by a comma at the content's end, whose verb is one of saying with
a subject of its own, is the writer's account of when and why the speaker spoke; the
content ends at the comma (the clause is an attribution of its own).

So do a speaker's grounds: "analysts said it had been filmed recently, citing snow on the
ground and new road markings" cites evidence, no source (a person, a body, an outlet or a
document would be one, and is read as the statement's source by the relay rules): the
content ends before it, and what is cited is the analysts' citing, not the video's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from sourcetrace.attribution import cues
from sourcetrace.attribution.spans import Candidate, trim_span
from sourcetrace.lexicons import lexicon
from sourcetrace.speakers.parse import parse_source

__all__ = ["occasion_cue", "without_occasions"]

_MARKS = lexicon("cues").words("occasion_marks")
_CITING = lexicon("cues").words("relay")
_DOCUMENTS = lexicon("source_heads").words("document_heads")


def without_occasions(sent: Span, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
    """``cands`` with each content that ends in the occasion of its saying, or in its
    grounds, cut before it; the grounds are cited by whoever said that content."""
    grounds = [tok for tok in sent if _grounds(tok)]
    # Where each clause starts, and the clause: an occasion from its first word (its
    # subordinator), the grounds from the participle.
    cuts = {g.idx: g for g in grounds} | {tok.left_edge.idx: tok for tok in sent
                                          if _occasion(tok)}
    out = []
    for c in cands:
        g = next((g for g in grounds if g.idx <= c.cue[0] < g.idx + len(g.text)), None)
        # Grounds inside what someone said are that speaker's ("analysts said it had been
        # filmed recently, citing snow": the analysts cite it, not "it").
        said = next((o for o in cands if g is not None and o is not c
                     and o.content[0] <= g.head.idx < o.content[1]), None)
        if said is not None:
            c = replace(c, source=said.source, resolved=said.resolved,
                        source_outer=said.source_outer)
        cut = next((k for k in cuts if c.content[0] < k < c.content[1] and c.cue[1] <= k), None)
        if cut is not None and text[:cut].rstrip().endswith(",") and _closes(cuts[cut], c):
            c = replace(c, content=trim_span(text, (c.content[0], cut)))
        out.append(c)
    return out


def occasion_cue(doc: Doc, cue: tuple[int, int] | None) -> bool:
    """The cue at ``cue`` (character offsets) heads the occasion of another statement."""
    words = doc.char_span(*cue, alignment_mode="expand") if cue is not None else None
    return words is not None and any(_occasion(t) for t in words)


def _occasion(verb: Token) -> bool:
    """A clause of time on a verb of saying with its own subject ("after a newspaper
    reported that P", "before the ministry said P")."""
    return (verb.dep_ == "advcl" and cues.verb_class(verb.lemma_.lower()) == "speech"
            and any(c.dep_ == "mark" and c.lower_ in _MARKS for c in verb.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def _grounds(verb: Token) -> bool:
    """ "said it had been filmed recently, citing snow on the ground": a participle of
    citing set off by a comma, inside what was said (not on the verb of saying, where it
    names a relay's source), on a passive that can cite nothing itself (an actor's own
    reason, "Ostland sent troops, citing security concerns", is part of what was said),
    whose object is no source (no one, no body, no document: ``parse_source`` and the
    document heads say)."""
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lower_ in _CITING
            and verb.i > 0 and verb.doc[verb.i - 1].text == ","):
        return False
    if cues.verb_class(verb.head.lemma_.lower()) is not None:
        return False  # "The Times reported, citing two border guards, that P": a relay
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children):
        return False  # "that Ostland sent troops, citing security concerns": its reason
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    phrase = verb.doc[obj.left_edge.i : obj.right_edge.i + 1].text
    return parse_source(phrase).type == "other" and obj.lemma_.lower() not in _DOCUMENTS and (
        obj.lower_ not in _DOCUMENTS)


def _closes(clause: Token, c: Candidate) -> bool:
    """The occasion or the grounds headed by ``clause`` run to the content's end (nothing
    of the content after them)."""
    last = clause.right_edge
    return last.idx + len(last.text) >= c.content[1] - 1
