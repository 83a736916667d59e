"""Span helpers and the candidate record shared by the attribution rules.

Character spans come from dependency subtrees; these helpers trim punctuation, cut
clauses off source phrases and wire datelines off contents (who speaks for a cue verb
is in ``attribution.subjects``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from sourcetrace.attribution.cues import SAID_IN, verb_class
from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.doctext import doc_text

CharSpan = tuple[int, int]


SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")
_PUNCT_TRIM = ",;:.\u2014\u2013-\u2012 \t\n\r("
_LEAD_TRIM = ",;:\u2014\u2013-\u2012 \t\n\r)"
_WHEN_PREPS = lexicon("cues").words("time_prepositions")
_KNOWLEDGE = lexicon("source_kinds").pattern("knowledge")
_AUTHORING = lexicon("source_heads").words("authoring_participles")


@dataclass
class Candidate:
    cue: CharSpan
    content: CharSpan
    source: CharSpan | None
    kind: str
    confidence: float
    sentence: CharSpan
    cue_text: str = ""
    resolved: CharSpan | None = None  # antecedent of a relative-pronoun source
    source_outer: CharSpan | None = None  # the whole subject phrase, clauses included
    via: str = ""  # which rule found the content (ccomp, dobj, prep, ...), for diagnostics


def tok_span(tokens: Iterable[Token]) -> CharSpan | None:
    toks = list(tokens)
    if not toks:
        return None
    first = min(toks, key=lambda t: t.i)
    last = max(toks, key=lambda t: t.i)
    return (first.idx, last.idx + len(last.text))


def phrase_span(tokens: Iterable[Token]) -> CharSpan | None:
    """A phrase's characters, first token to last. A closing mark the parser hangs in it
    across words that are not ("accusations that its service had ordered the killing,
    calling them ["]slanderous fantasies["]": the last mark hung on "ordered") does not
    stretch it over those words."""
    toks = sorted(tokens, key=lambda t: t.i)
    while len(toks) > 1 and toks[-1].is_punct and any(
            not (t.is_punct or t.is_space) for t in toks[0].doc[toks[-2].i + 1 : toks[-1].i]):
        toks.pop()
    return tok_span(toks)


def subtree_span(tok: Token) -> CharSpan:
    return (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))


def trim_span(text: str, span: CharSpan) -> CharSpan:
    """Drop surrounding punctuation and spaces, but keep closing quote marks."""
    s, e = span
    while s < e and text[s] in _LEAD_TRIM:
        s += 1
    while e > s and text[e - 1] in _PUNCT_TRIM:
        e -= 1
    return (s, e)


QUOTE_CHARS = "\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a`"


def trim_source(text: str, span: CharSpan) -> CharSpan:
    """A source never starts or ends with a quote mark or punctuation."""
    s, e = span
    strip = _LEAD_TRIM + _PUNCT_TRIM + QUOTE_CHARS
    while s < e and text[s] in strip:
        s += 1
    while e > s and text[e - 1] in strip and text[e - 1] != ".":
        e -= 1
    return balanced(text, (s, e))


def source_span(subj: Token, text: str) -> CharSpan:
    """The source phrase: the subject's whole subtree.

    Appositions and clauses stay ("Barkley, who said he votes Democratic", "an official,
    speaking on condition of anonymity"): they describe the source, and news attribution
    annotation (PolNeAR) marks them as part of it; the speaker parser reads them.
    """
    toks = [t for t in subj.subtree if not t.is_punct or t.text in "'’-."]
    span = tok_span(toks) or subtree_span(subj)
    return trim_span(text, span)


def balanced(text: str, span: CharSpan) -> CharSpan:
    """A parenthesis opened in a source closes in it: "Sen. Ben Sasse (R-Neb.)", not "Sen.
    Ben Sasse (R-Neb". Closed right after the span (the parser hangs the closing mark
    elsewhere), the source runs to it; else the source ends before it."""
    s, e = span
    opened, closed = text.count("(", s, e), text.count(")", s, e)
    first_open, first_close = text.find("(", s, e), text.find(")", s, e)
    if closed > opened and (first_open == -1 or first_close < first_open):
        # "Sputnik) - US President Donald Trump": the tail of a dateline's credit.
        return trim_span(text, (first_close + 1, e))
    if opened <= closed:
        return span
    m = _CLOSES.match(text, e)
    if m is not None:
        return (s, m.end())
    return trim_span(text, (s, text.rfind("(", s, e)))


_CLOSES = re.compile(r"[.\w]{0,3}\)")


_DATELINE = lexicon("outlet_words").pattern("dateline_lead")


def in_dateline(tok: Token) -> bool:
    """The token lies in a wire dateline opening its line ("WASHINGTON (AP) — ")."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    m = _DATELINE.match(text[start : start + 120])
    return m is not None and tok.idx < start + m.end()


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a content that opens with a wire dateline really starts ("MOSCOW, March 14
    (Reuters) - [Russia plans ...]")."""
    if start != text.rfind("\n", 0, start) + 1:
        return start
    m = _DATELINE.match(text[start : min(end, start + 120)])
    return start + m.end() if m is not None and start + m.end() < end else start


def _authored(participle: Token) -> bool:
    """ "released by X", "issued by X": the participle of a document's making, with its
    maker (``source_heads.toml`` ``authoring_participles``)."""
    return participle.lower_ in _AUTHORING and any(c.dep_ == "agent" for c in participle.children)


def label_as_modifier(obj: Token) -> set[int]:
    """ "dismissed as fake [a widely shared picture]": the label read as the object's
    adjective ("as fake"), token indices; no part of the object."""
    return {t.i for c in obj.children if c.dep_ == "amod" and c.i < obj.i
            and any(a.lower_ == "as" and a.i < c.i for a in c.children) for t in c.subtree}


def noun_phrase_span(noun: Token, text: str) -> CharSpan:
    """A noun's phrase without its relative/participial clauses ("officials who said") and
    time phrases hung on it ("after the indictment")."""
    skip: set[int] = set()
    for c in noun.children:
        # Not what places the source to know ("a person [briefed on the investigation]"),
        # nor who wrote it ("a readout [released by Adler's office]").
        if c.dep_ in ("relcl", "acl") and c.i > noun.i and not (c.dep_ == "acl" and (
                _KNOWLEDGE.match(" ".join(t.text for t in c.subtree)) or _authored(c))):
            skip.update(t.i for t in c.subtree)
        if c.dep_ == "prep" and c.i > noun.i and (c.lower_ in _WHEN_PREPS or any(
                o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in c.children)):
            # "members of Congress from both parties after the U.S. indictment", "the
            # foreign ministry on Sunday": when, not who (the parser hangs the time on
            # the noun).
            skip.update(t.i for t in c.subtree)
    # "dismissed as fake [a widely shared picture]": the label, not the picture.
    skip |= label_as_modifier(noun)
    toks = [t for t in noun.subtree if t.i not in skip]
    while len(toks) > 1 and (toks[-1].is_punct or toks[-1].dep_ == "case") and (
            toks[-1].i > noun.i):
        toks.pop()  # a root noun's sentence-final stop; a possessor's "'s" ("her lawyer's")
    span = tok_span(toks) or (noun.idx, noun.idx + len(noun.text))
    return trim_span(text, span)


def outer_without(head: Token, inner: Iterable[Token], text: str) -> CharSpan | None:
    """Span of ``head``'s subtree minus ``inner`` tokens, as one outer range.

    An attribution clause in the middle stays inside the range (the convention for
    "X, officials said, Y"); at either edge it is cut off. An auxiliary ``head`` ("he
    said" hung on the "is" of "the US is not yet seeing ...") stands for its verb's clause.
    """
    while head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
        head = head.head
    drop = {t.i for t in inner}
    toks = [t for t in head.subtree if t.i not in drop and not (t.is_punct or t.is_space)]
    if not toks:
        return None
    span = tok_span(toks)
    if span is None:
        return None
    # Keep quote marks that close the content.
    s, e = span
    last = max(toks, key=lambda t: t.i)
    nxt = last.nbor(1) if last.i + 1 < len(head.doc) else None
    while nxt is not None and nxt.is_punct and nxt.i not in drop and nxt.is_quote:
        e = nxt.idx + len(nxt.text)
        nxt = nxt.nbor(1) if nxt.i + 1 < len(head.doc) else None
    return trim_span(text, (s, e))


def colon_after(tok: Token) -> Token | None:
    """The colon right after a cue ("said:", "told reporters:"), if any."""
    doc = tok.doc
    for j in range(tok.i + 1, min(tok.i + 5, len(doc))):
        t = doc[j]
        if t.text == ":":
            return t
        if t.is_punct or t.pos_ == "VERB":
            return None
    return None


def clip_at_semicolon(c: Candidate, text: str, quoted: Sequence[CharSpan]) -> Candidate | None:
    """A semicolon outside quotation marks ends a statement: the parser runs clauses on
    either side of it into one. "It's an unlikely scenario; Clinton's team says she'll
    continue" is the team's "she'll continue" (the content had run over its own cue);
    "Trump did not respond; Putin appeared to smirk" is no response of Trump's."""
    def bare(lo: int, hi: int) -> list[int]:
        return [k for k in range(lo, hi) if text[k] == ";"
                and not any(a <= k < b for a, b in quoted)]

    (cs, ce), (qs, qe) = c.content, c.cue
    if cs >= qe and bare(qe, cs):
        return None
    # "P; X says Q" (its source after the semicolon); not "P1; P2, according to X".
    stops = bare(cs, qs)
    if cs < qs and ce > qe and stops and c.source is not None and stops[-1] < c.source[0] < qs:
        after = trim_span(text, (qe, ce))
        if after[1] - after[0] < 2:
            return None
        c.content = after
    return c


def closes_sentence(tok: Token, pp: set[Token], sent: Span) -> bool:
    """The phrase follows a comma and runs to the end of the sentence (or its stop)."""
    last = max(t.i for t in pp)
    rest = [t for t in sent if t.i > last]
    return (tok.i > sent.start and sent.doc[tok.i - 1].text == ","
            and all(t.is_punct or t.is_space for t in rest))


def said_in(n: Token) -> Token | None:
    """The verb of saying a noun says it in ("said [in a statement] that P", "denied [in a
    post] that P"), or None."""
    prep = n.head
    verb = prep.head
    if (n.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("in", "on", "through")
            and verb.pos_ in ("VERB", "AUX") and verb_class(verb.lemma_.lower()) == "speech"
            and n.lemma_.lower() in SAID_IN):
        return verb
    return None


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per (content, source); the more confident wins. A verdict on a
    statement ("P, which Moscow denies") shares the statement's content by design."""
    best: dict[tuple[CharSpan, CharSpan | None], Candidate] = {}
    verdicts = [c for c in cands if c.via == "verdict"]
    for c in cands:
        if c.via == "verdict":
            continue
        key = (c.content, c.source)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    by_content: dict[CharSpan, Candidate] = {}
    for c in best.values():
        prev = by_content.get(c.content)
        if prev is None or c.confidence > prev.confidence:
            by_content[c.content] = c
    return sorted([*by_content.values(), *verdicts], key=lambda c: (c.content[0], c.cue[0]))
