"""Attribution extraction: who said what, with source, cue and content offsets.

Works on the spaCy parse the pipeline already made (no second pass). Candidates
come from four rule families, each a function over one sentence:

- cue verbs with their subject as source and a complement as content
  ("X said (that) ...", "..., X said", "X denied the report", "X called for ...");
- "according to X" (content: the clause the phrase attaches to);
- cue nouns with a content clause ("X's claim that ...");
- colon attributions ("Peskov: Russia has not asked ...").

Quotes found by :mod:`sourcetrace.stages.quotes` then widen contents to whole
quotations (also across the parenthetical "..., he said. ..." break), and
pronouns and role descriptions are resolved by :mod:`sourcetrace.stages.resolve`.
One odd sentence never fails the document: each sentence is tried on its own.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from sourcetrace.models import Attribution, content_id
from sourcetrace.stages import cues
from sourcetrace.stages.quotes import Quote, find_quotes, paragraph_spans
from sourcetrace.stages.resolve import resolve_sources

log = logging.getLogger(__name__)

CharSpan = tuple[int, int]


def _words(text: str) -> frozenset[str]:
    """A word set from a whitespace-separated list (keeps long lexicons readable)."""
    return frozenset(text.split())


# Clauses that describe the source itself and so stay in the source phrase.
_SOURCE_DESCRIPTORS = (
    "anonymity",
    "anonymous",
    "familiar with",
    "briefed on",
    "not authori",
    "be named",
    "be identified",
    "knowledge of",
    "close to",
)
_HEARER_VERBS = frozenset(["tell", "inform", "assure", "warn", "remind", "notify", "convince"])
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_PUNCT_TRIM = ",;:.\u2014\u2013-\u2012 \t\n\r("
_LEAD_TRIM = ",;:\u2014\u2013-\u2012 \t\n\r)"
# Dependencies through which a subject-less verb ("..., adding that", "and warned")
# inherits the subject of the verb it hangs from.
_INHERIT = ("xcomp", "advcl", "conj", "pcomp", "prep", "acomp")
_PRONOUN_SOURCES = _words("i you he she we they it who which that this these")


@dataclass
class _Cand:
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


def _tok_span(tokens: Iterable[Token]) -> CharSpan | None:
    toks = list(tokens)
    if not toks:
        return None
    first = min(toks, key=lambda t: t.i)
    last = max(toks, key=lambda t: t.i)
    return (first.idx, last.idx + len(last.text))


def _subtree_span(tok: Token) -> CharSpan:
    return (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))


def _trim(text: str, span: CharSpan) -> CharSpan:
    """Drop surrounding punctuation and spaces, but keep closing quote marks."""
    s, e = span
    while s < e and text[s] in _LEAD_TRIM:
        s += 1
    while e > s and text[e - 1] in _PUNCT_TRIM:
        e -= 1
    return (s, e)


_QUOTE_CHARS = "\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a`"


def _trim_source(text: str, span: CharSpan) -> CharSpan:
    """A source never starts or ends with a quote mark or punctuation."""
    s, e = span
    strip = _LEAD_TRIM + _PUNCT_TRIM + _QUOTE_CHARS
    while s < e and text[s] in strip:
        s += 1
    while e > s and text[e - 1] in strip and text[e - 1] != ".":
        e -= 1
    return (s, e)


def _source_span(subj: Token) -> CharSpan:
    """The source phrase: the subject's subtree without clauses hanging off it.

    "Barkley, who said he votes Democratic," -> "Barkley"; "Bernie Sanders, celebrating a
    victory," -> "Bernie Sanders"; appositive noun phrases stay ("X, the city's director").
    """
    skip: set[int] = set()
    for c in subj.children:
        if (
            c.dep_ in ("relcl", "acl", "advcl")
            or (c.dep_ == "appos" and any(t.pos_ == "VERB" for t in c.subtree))
        ) and c.i > subj.i:
            clause = subj.doc[c.left_edge.i : c.right_edge.i + 1].text.lower()
            if any(m in clause for m in _SOURCE_DESCRIPTORS):
                continue  # "an official, speaking on condition of anonymity": keep
            skip.update(t.i for t in c.subtree)
    toks = [t for t in subj.subtree if t.i not in skip and (not t.is_punct or t.text in "'’-.")]
    span = _tok_span(toks) or _subtree_span(subj)
    return _trim(subj.doc.text, span)


def _find_subject(v: Token) -> Token | None:
    """The subject of ``v``, inherited through participles, conjuncts and prepositions."""
    cur: Token | None = v
    for _ in range(5):
        if cur is None:
            return None
        for c in cur.children:
            if c.dep_ in _SUBJ and not c.is_punct:
                return c
        if cur.dep_ == "acl" and cur.tag_ == "VBN":
            return None  # "the man accused of ...": the noun is the patient, not the source
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return cur.head
        if cur.dep_ not in _INHERIT or cur.head is cur:
            return None
        cur = cur.head
    return None


def _noun_phrase_span(noun: Token) -> CharSpan:
    """A noun's phrase without its relative/participial clauses ("officials who said")."""
    skip: set[int] = set()
    for c in noun.children:
        if c.dep_ in ("relcl", "acl") and c.i > noun.i:
            skip.update(t.i for t in c.subtree)
    toks = [t for t in noun.subtree if t.i not in skip]
    span = _tok_span(toks) or (noun.idx, noun.idx + len(noun.text))
    return _trim(noun.doc.text, span)


def _outer_without(head: Token, inner: Iterable[Token], text: str) -> CharSpan | None:
    """Span of ``head``'s subtree minus ``inner`` tokens, as one outer range.

    An attribution clause in the middle stays inside the range (the convention for
    "X, officials said, Y"); at either edge it is cut off.
    """
    drop = {t.i for t in inner}
    toks = [t for t in head.subtree if t.i not in drop and not t.is_punct]
    if not toks:
        return None
    span = _tok_span(toks)
    if span is None:
        return None
    # Keep quote marks that close the content.
    s, e = span
    last = max(toks, key=lambda t: t.i)
    nxt = last.nbor(1) if last.i + 1 < len(head.doc) else None
    while nxt is not None and nxt.is_punct and nxt.i not in drop and nxt.is_quote:
        e = nxt.idx + len(nxt.text)
        nxt = nxt.nbor(1) if nxt.i + 1 < len(head.doc) else None
    return _trim(text, (s, e))


def _has_colon_after(tok: Token) -> Token | None:
    """The colon right after a cue ("said:", "told reporters:"), if any."""
    doc = tok.doc
    for j in range(tok.i + 1, min(tok.i + 5, len(doc))):
        t = doc[j]
        if t.text == ":":
            return t
        if t.is_punct or t.pos_ == "VERB":
            return None
    return None


def _verb_candidate(v: Token, sent: Span, text: str) -> _Cand | None:
    lemma = v.lemma_.lower()
    cls = cues.verb_class(lemma)
    prep_cue: Token | None = None
    particle = next((c for c in v.children if c.dep_ == "prt"), None)
    if particle is not None and (lemma, particle.lower_) in cues.PARTICLE_CUES:
        cls = cls or "speech"
    for c in v.children:
        if c.dep_ == "prep" and (lemma, c.lower_) in cues.PREP_CUES:
            prep_cue = c
            break
    if cls is None and prep_cue is None:
        return None
    if v.pos_ not in ("VERB", "AUX") or v.tag_ == "MD":
        return None
    children = list(v.children)
    ccomps = [c for c in children if c.dep_ == "ccomp"]
    xcomps = [c for c in children if c.dep_ == "xcomp"]
    dobjs = [c for c in children if c.dep_ in ("dobj", "attr")]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    subj = _find_subject(v)
    kind = "indirect"
    conf = 0.8 if cls == "speech" else 0.6
    cue_toks = [v] + ([particle] if particle is not None else [])
    content: CharSpan | None = None
    source: CharSpan | None = None
    resolved: CharSpan | None = None

    # Passive reportive: "it was reported that", "X is said to have", "X was quoted as saying".
    agent = next((c for c in children if c.dep_ == "agent"), None)
    as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
    if (passive or (as_clause and agent is not None)) and (
        lemma in cues.REPORTIVE_PASSIVE or (cls == "speech" and agent is not None)
    ):
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        subjpass = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if ccomps:
            content = _tok_span(t for c in ccomps for t in c.subtree)
        elif xcomps and subjpass is not None and subjpass.lower_ != "it":
            content = _tok_span([*subjpass.subtree, *(t for c in xcomps for t in c.subtree)])
        elif as_clause and v.head.i != v.i:
            # "..., as told by sources familiar with the meeting"
            content = _outer_without(v.head, v.subtree, text)
        if content is None:
            return None
        source = _noun_phrase_span(pobj) if pobj is not None else None
        cue_toks += [c for c in children if c.dep_ == "auxpass"]
        return _Cand(
            _tok_span(cue_toks) or (v.idx, v.idx + len(v.text)),
            _trim(text, content),
            source,
            "reportive" if source is None else "indirect",
            0.6,
            (sent.start_char, sent.end_char),
        )

    if cls == "raising" and any(c.dep_ in ("xcomp", "acomp", "ccomp", "prep") for c in children):
        # "X seemed/appeared to ...": an evidential; the whole clause is the content and
        # the source is left open (the writer's inference).
        lead = [t for t in v.subtree if t.dep_ not in ("cc", "punct") or t.i > v.i]
        span = _tok_span(t for t in lead if t.dep_ != "mark" or t.i > v.i)
        if span is None:
            return None
        return _Cand(
            (v.idx, v.idx + len(v.text)),
            _trim(text, span),
            None,
            "reportive",
            0.5,
            (sent.start_char, sent.end_char),
            via="raising",
        )

    if subj is not None and subj.dep_ == "expl":
        subj = None
    if subj is not None:
        source = _noun_phrase_span(subj) if subj.dep_ not in _SUBJ else _source_span(subj)
        if subj.lower_ in ("which", "that", "who") and subj.head.dep_ == "relcl":
            # Keep the literal relative pronoun as the source; its antecedent is the
            # resolved source ("Barkley, who said ...").
            resolved = _noun_phrase_span(subj.head.head)

    if not ccomps and lemma in _HEARER_VERBS:
        # "told media outlets that Beijing knew": the that-clause is often misparsed
        # as a relative clause on the hearer.
        for d in dobjs:
            rel = next(
                (c for c in d.children if c.dep_ == "relcl" and c.left_edge.lower_ == "that"),
                None,
            )
            if rel is not None:
                ccomps = [rel]
    colon = _has_colon_after(v)
    if colon is not None and ccomps and min(c.left_edge.i for c in ccomps) < colon.i:
        colon = None  # the clause comes before the colon: not a colon introduction
    via = "ccomp"
    if ccomps and colon is None:
        content = _tok_span(t for c in ccomps for t in c.subtree)
        conf += 0.1
    elif colon is not None:
        content = (colon.idx + 1, sent.end_char)
        kind = "direct"
        cue_toks.append(colon)
        via = "colon"
    elif xcomps and lemma in cues.XCOMP:
        toks = [t for c in xcomps for t in c.subtree]
        if cls == "speech":
            toks += [t for d in dobjs for t in d.subtree if d.i < xcomps[0].i]
        content = _tok_span(toks)
        via = "xcomp"
    elif prep_cue is not None:
        objs = [c for c in prep_cue.children if c.dep_ in ("pobj", "pcomp")]
        if objs:
            content = _tok_span(t for o in objs for t in o.subtree)
            cue_toks.append(prep_cue)
            conf = 0.5
            via = "prep"
    elif dobjs and (lemma in cues.OBJECT or particle is not None) and lemma != "tell":
        toks = [t for d in dobjs for t in d.subtree]
        for c in children:  # "described X as Y", "called him a liar"
            if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as"):
                toks += list(c.subtree)
        content = _tok_span(toks)
        conf = 0.5
        via = "dobj"
    elif (
        v.dep_ in ("parataxis", "ccomp", "advcl")
        and v.head.i != v.i
        and subj is not None
        and lemma in cues.PAREN
    ):
        # "..., X said, ..." hanging off the reported clause.
        head = v.head
        content = _outer_without(head, v.subtree, text)
        conf = 0.75
        via = "paren"
    if content is None and subj is not None and lemma in cues.PAREN:
        # '"...," the ambassador told reporters.' parsed as a conjunct: the quotation
        # right before the source (or before an inverted cue) is the content.
        first = min(subj.left_edge.i, v.i)
        prev = v.doc[first - 1] if first > sent.start else None
        if prev is not None and prev.is_quote and first - 1 > sent.start:
            content = (sent.start_char, prev.idx + len(prev.text))
            kind, conf, via = "direct", 0.7, "postquote"
    if content is None:
        return None
    if cls == "cognition" and source is None:
        return None  # belief verbs without a holder are too often not attributions
    return _Cand(
        _tok_span(cue_toks) or (v.idx, v.idx + len(v.text)),
        _trim(text, content),
        source,
        kind,
        conf,
        (sent.start_char, sent.end_char),
        via=via,
        resolved=resolved,
        source_outer=_subtree_span(subj) if subj is not None else None,
    )


def _according_candidate(tok: Token, sent: Span, text: str) -> _Cand | None:
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc):
        return None
    to = tok.nbor(1)
    if to.lower_ != "to":
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    source = _noun_phrase_span(pobj)
    # The clause the phrase attaches to: climb to the nearest verb (or the root).
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    pp = set(tok.subtree) | set(to.subtree)
    content = _outer_without(head, pp, text)
    if content is None or content[1] - content[0] < 3:
        return None
    return _Cand(
        (tok.idx, to.idx + len(to.text)),
        content,
        source,
        "according_to",
        0.85,
        (sent.start_char, sent.end_char),
    )


def _noun_candidate(n: Token, sent: Span, text: str) -> _Cand | None:
    if n.pos_ != "NOUN" or n.lemma_.lower() not in cues.NOUNS:
        return None
    clause = next(
        (
            c
            for c in n.children
            if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    src_tok = next((c for c in n.children if c.dep_ == "poss"), None)
    if src_tok is None:
        by = next((c for c in n.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        src_tok = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    source = _noun_phrase_span(src_tok) if src_tok is not None else None
    return _Cand(
        (n.idx, n.idx + len(n.text)),
        _trim(text, _subtree_span(clause)),
        source,
        "indirect",
        0.5,
        (sent.start_char, sent.end_char),
    )


def _setting_candidate(prep: Token, sent: Span, text: str) -> _Cand | None:
    """ "In a new poll, X leads ..." / "Polls show" style: a document as the source."""
    if (
        prep.dep_ != "prep"
        or prep.lower_ not in ("in", "from")
        or prep.head.pos_
        not in (
            "VERB",
            "AUX",
        )
    ):
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in cues.DOCUMENT_NOUNS:
        return None
    head = prep.head
    if cues.verb_class(head.lemma_.lower()) == "speech":
        return None  # "said in a statement": the verb is the cue
    content = _outer_without(head, prep.subtree, text)
    if content is None or content[1] - content[0] < 8:
        return None
    return _Cand(
        (prep.idx, prep.idx + len(prep.text)),
        content,
        _noun_phrase_span(pobj),
        "according_to",
        0.5,
        (sent.start_char, sent.end_char),
        via="setting",
    )


# Labels before a colon that introduce a section, not a speaker.
_SECTION_WORDS = frozenset(
    [
        "update",
        "note",
        "editor",
        "watch",
        "read",
        "related",
        "photo",
        "video",
        "breaking",
        "exclusive",
        "analysis",
        "opinion",
        "source",
        "sources",
        "credit",
        "caption",
        "live",
        "correction",
        "warning",
        "listen",
        "see",
        "also",
        "more",
        "q",
        "a",
    ]
)


def _colon_candidate(sent: Span, text: str) -> _Cand | None:
    """ "Peskov: Russia has not asked ..." — a short name-like phrase, a colon, a statement."""
    toks = [t for t in sent if not t.is_space]
    colon_at = next((k for k, t in enumerate(toks[:8]) if t.text == ":"), None)
    if colon_at is None or colon_at == 0:
        return None
    head = toks[:colon_at]
    rest = toks[colon_at + 1 :]
    if len(rest) < 3 or len(head) > 6:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in head) or any(
        t.lower_ in _SECTION_WORDS for t in head
    ):
        return None
    namey = [t.pos_ == "PROPN" or (t.is_title and t.pos_ == "NOUN") for t in head]
    if not any(namey):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in rest) and (
        len(head) > 3 or not all(n or t.is_punct for n, t in zip(namey, head, strict=True))
    ):
        return None
    return _Cand(
        (toks[colon_at].idx, toks[colon_at].idx + 1),
        _trim(text, (rest[0].idx, sent.end_char)),
        _trim(text, (head[0].idx, head[-1].idx + len(head[-1].text))),
        "colon",
        0.6,
        (sent.start_char, sent.end_char),
    )


def _sentence_candidates(sent: Span, text: str) -> list[_Cand]:
    out: list[_Cand] = []
    for tok in sent:
        cand: _Cand | None = None
        if tok.lower_ == "according":
            cand = _according_candidate(tok, sent, text)
        elif tok.pos_ in ("VERB", "AUX"):
            cand = _verb_candidate(tok, sent, text)
        elif tok.pos_ == "NOUN":
            cand = _noun_candidate(tok, sent, text)
        elif tok.pos_ == "ADP":
            cand = _setting_candidate(tok, sent, text)
        if cand is not None and cand.content[1] > cand.content[0]:
            out.append(cand)
    if not any(c.cue_text == ":" or text[c.cue[0] : c.cue[1]] == ":" for c in out):
        colon = _colon_candidate(sent, text)
        if colon is not None:
            out.append(colon)
    return out


def _para_index(paras: Sequence[CharSpan], pos: int) -> int:
    for k, (s, e) in enumerate(paras):
        if s <= pos < e:
            return k
    return -1


def _widen_to_quotes(
    cands: list[_Cand], quotes: Sequence[Quote], paras: Sequence[CharSpan], text: str
) -> None:
    """Grow contents to whole quotations, and over "..., X said. ..." breaks."""
    for c in cands:
        s, e = c.content
        # A cue inside a quotation ("I think ...") is the quoted speaker's own
        # attribution: it must not swallow the quotation around it.
        touched = [
            q for q in quotes if q.start < e and q.end > s and not q.start < c.cue[0] < q.end
        ]
        # A colon cue with the quote in the next paragraph ("he continued:\n\n"...").
        if not touched and text[c.cue[1] - 1 : c.cue[1]] == ":" and e - s < 3:
            nxt = next((q for q in quotes if q.start >= c.cue[1]), None)
            if nxt is not None and text[c.cue[1] : nxt.start].strip() == "":
                touched = [nxt]
                s, e = nxt.start, nxt.end
        for q in touched:
            s, e = min(s, q.start), max(e, q.end)
        if not touched:
            continue
        quoted = sum(min(e, q.end) - max(s, q.start) for q in touched)
        if c.kind in ("indirect", "direct"):
            c.kind = "direct" if quoted >= 0.9 * (e - s) else "mixed"
        # Chain: '"A," X said. "B."' — the next quote directly after the cue belongs too.
        if c.cue[0] >= e - 1:
            pi = _para_index(paras, c.cue[0])
            after = [q for q in quotes if q.start >= c.cue[1]]
            first = True
            for q in after:
                if _para_index(paras, q.start) != pi:
                    break
                if first:
                    # Only the attribution itself may sit between the two quotes
                    # ('"A," X said. "B."'), and the second must start a sentence.
                    rest = _without(text, (e, q.start), [c.cue, c.source, c.source_outer])
                    if len(rest.strip(" \t.,;:\u2014\u2013-")) > 25 or not re.search(
                        r"[.:]\s*$", text[e : q.start]
                    ):
                        break
                elif text[e : q.start].strip():
                    break
                first = False
                e = q.end
        c.content = (s, e)


def _clip_to_paragraph(c: _Cand, paras: Sequence[CharSpan], text: str) -> _Cand | None:
    """Keep a parse-derived content inside the cue's paragraph.

    spaCy sometimes runs a sentence over a paragraph break; quotations that really span
    paragraphs are added back later by the quote widening.
    """
    pi = _para_index(paras, c.cue[0])
    if pi < 0:
        return c
    ps, pe = paras[pi]
    s, e = max(c.content[0], ps), min(c.content[1], pe)
    if e - s < 2:
        if text[c.cue[1] - 1 : c.cue[1]] == ":":
            c.content = (c.cue[1], c.cue[1])  # "he continued:" — the quote follows
            return c
        return None
    c.content = _trim(text, (s, e))
    if c.source is not None:
        ss, se = max(c.source[0], ps), min(c.source[1], pe)
        c.source = _trim(text, (ss, se)) if se > ss else None
    return c


def _without(text: str, span: CharSpan, holes: Sequence[CharSpan | None]) -> str:
    """The text of ``span`` with the ``holes`` cut out."""
    chars = list(text[span[0] : span[1]])
    for h in holes:
        if h is None:
            continue
        for k in range(max(h[0], span[0]), min(h[1], span[1])):
            chars[k - span[0]] = ""
    return "".join(chars)


def _dedupe(cands: list[_Cand]) -> list[_Cand]:
    """One candidate per (content, source); the more confident wins."""
    best: dict[tuple[CharSpan, CharSpan | None], _Cand] = {}
    for c in cands:
        key = (c.content, c.source)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    by_content: dict[CharSpan, _Cand] = {}
    for c in best.values():
        prev = by_content.get(c.content)
        if prev is None or c.confidence > prev.confidence:
            by_content[c.content] = c
    return sorted(by_content.values(), key=lambda c: (c.content[0], c.cue[0]))


def extract_attributions(doc: Doc, *, article_id: str = "") -> list[Attribution]:
    """Every attributed statement in a parsed article, in text order."""
    text = doc.text
    try:
        quotes = find_quotes(text)
    except Exception:  # pragma: no cover - defensive: quotes are an enhancement only
        log.warning("quote scan failed for %s", article_id, exc_info=True)
        quotes = []
    paras = paragraph_spans(text)
    cands: list[_Cand] = []
    for sent in doc.sents:
        try:
            cands.extend(_sentence_candidates(sent, text))
        except Exception:  # one odd sentence never fails the document
            log.debug("sentence skipped in %s", article_id, exc_info=True)
    cands = [c for c in (_clip_to_paragraph(c, paras, text) for c in cands) if c is not None]
    # Attributions inside a quotation ("I think ...", "as we said") belong to the
    # quoted speaker's words, not to the article's sourcing: news attribution
    # annotation (PolNeAR/PARC) leaves them out, and they double-count the quote.
    cands = [c for c in cands if not any(q.start < c.cue[0] < q.end for q in quotes)]
    _widen_to_quotes(cands, quotes, paras, text)
    for c in cands:
        if c.source is not None:
            c.source = _trim_source(text, c.source)
            if c.source[1] - c.source[0] < 1:
                c.source = None
    cands = [c for c in _dedupe(cands) if c.content[1] - c.content[0] >= 2]
    out: list[Attribution] = []
    for c in cands:
        s, e = c.content
        out.append(
            Attribution(
                id=content_id(f"{article_id}:{s}:{e}", "t"),
                article=article_id,
                kind=c.kind,
                content=text[s:e],
                span=(s, e),
                source_text=text[c.source[0] : c.source[1]] if c.source else None,
                source_span=c.source,
                cue=text[c.cue[0] : c.cue[1]],
                cue_span=c.cue,
                sentence_span=c.sentence,
                confidence=round(min(c.confidence, 1.0), 3),
                resolved_source=text[c.resolved[0] : c.resolved[1]] if c.resolved else None,
                resolved_span=c.resolved,
            )
        )
    return resolve_sources(doc, out)


def with_speaker(attribution: Attribution, speaker_id: str | None) -> Attribution:
    """A copy of ``attribution`` credited to ``speaker_id``."""
    return replace(attribution, speaker=speaker_id)
