"""Span helpers and the candidate record shared by the attribution rules.

Character spans come from dependency subtrees; these helpers trim punctuation, cut
clauses off source phrases and find the subject a cue verb inherits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from sourcetrace.attribution.cues import SAID_IN, verb_class
from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.doctext import doc_text
from sourcetrace.speakers.lexicon import SPEAKER_NOUNS

CharSpan = tuple[int, int]


SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")
_PUNCT_TRIM = ",;:.\u2014\u2013-\u2012 \t\n\r("
_LEAD_TRIM = ",;:\u2014\u2013-\u2012 \t\n\r)"
# Dependencies through which a subject-less verb ("..., adding that", "and warned")
# inherits the subject of the verb it hangs from ("stopped short of confirming": advmod).
_INHERIT = ("xcomp", "advcl", "conj", "pcomp", "prep", "acomp", "advmod")
_OBJECT_CONTROL = lexicon("cues").words("object_control")
_DASHES = ("\u2014", "\u2013", "--")
_WHEN_PREPS = lexicon("cues").words("time_prepositions")
_KNOWLEDGE = lexicon("source_kinds").pattern("knowledge")
_SPEECH = lexicon("cues").words("speech")
NEGATIVE_SUBJECTS = lexicon("cues").words("negative_subjects")
_EXTRAPOSABLE = lexicon("cues").words("extraposable")
_ACCUSING = lexicon("cues").words("accusing")


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


def no_one(subj: Token) -> bool:
    """A subject saying no one holds the content ("Nobody thought", "No official has
    confirmed", "None of the indictments suggest"): no source, and no one asserts it."""
    # A name is never negated so: "No wonder Trump said ..." (the parser hangs "No" on it).
    return subj.lower_ in NEGATIVE_SUBJECTS or (subj.pos_ != "PROPN" and any(
        c.dep_ == "det" and c.lower_ in NEGATIVE_SUBJECTS for c in subj.children))


def inverted_subject(v: Token, parenthetical: frozenset[str]) -> Token | None:
    """The subject of inverted speech that the parser took for an object: "P, reports the
    newspaper Capital Herald" (no subject, the object after the verb, the content before
    it and a comma between)."""
    if v.lemma_.lower() not in parenthetical or any(c.dep_ in SUBJ_DEPS for c in v.children):
        return None
    before = v.doc[v.i - 1] if v.i > 0 else None
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None or before is None or before.text != "," or any(
            t.dep_ in ("ccomp", "prep") and t.i > obj.i for t in v.children):
        return None
    return obj


def _verb_before_comma(v: Token) -> Token | None:
    """The subject of the verb just before a participle and its comma ("reported, citing"),
    when the parser hung the participle on another verb, not one of saying ("denied that
    any depot had been destroyed, saying": the denier's)."""
    if v.tag_ != "VBG" or v.dep_ != "advcl" or v.i < 2 or v.head.lemma_.lower() in _SPEECH:
        return None
    comma, verb = v.doc[v.i - 1], v.doc[v.i - 2]
    if comma.text != "," or verb.pos_ != "VERB" or verb.i == v.head.i:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def find_subject(v: Token) -> Token | None:
    """The subject of ``v``, inherited through participles, conjuncts and prepositions."""
    if v.lemma_.lower() in _ACCUSING and any(c.dep_ == "auxpass" for c in v.children):
        return None  # "Ostland has been accused of P": the one accused; the accuser unnamed
    if (before := _verb_before_comma(v)) is not None:
        # "Shares jumped after Bloomwire reported, citing people ..., that P": the
        # participle goes with the verb right before it, whatever the parser hung it on.
        return before
    cur: Token | None = v
    for _ in range(5):
        if cur is None:
            return None
        subjects = [c for c in cur.children if c.dep_ in SUBJ_DEPS and not c.is_punct]
        if cur is not v and (aside := _parenthetical_speaker(cur)) is not None:
            return aside  # "Russia, he said, has been trying ..., adding: ...": he adds
        if subjects:
            # "BEIJING, March 14 (Reuters) - China's foreign ministry rejected ...": the
            # parser can take the dateline's place for a second subject; and a heading the
            # sentence ran on from ("The issues facing landlords\nOn the other hand, the
            # report finds ...") its head noun.
            return next((c for c in subjects if not in_dateline(c) and _same_line(c, cur)),
                        next((c for c in subjects if not in_dateline(c)), subjects[0]))
        if cur.dep_ == "xcomp" and (obj := _controller(cur)) is not None:
            return obj
        if _dashed_off(cur):
            return cur.head
        if cur.dep_ == "acl" and cur.tag_ == "VBN":
            return None  # "the man accused of ...": the noun is the patient, not the source
        if cur.dep_ in ("acl", "relcl") and cur.tag_ == "VB" and cur.head.pos_ == "NOUN" and (
            cur.head.lemma_.lower() not in SPEAKER_NOUNS and not cur.head.ent_type_
        ):
            # Only a noun that can speak does what the infinitive under it says ("the first
            # official to say"): "it was time to talk about", "the need to discuss": no one.
            return None
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return cur.head
        if cur.dep_ not in _INHERIT or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def extraposed(v: Token) -> bool:
    """``v`` is the infinitive of an evaluative frame with a dummy subject ("it is absurd
    [to believe] that P", "it is fair [to say] that P"): no one believes or says it."""
    head = v.head
    return (v.dep_ == "xcomp" and v.lemma_.lower() in _EXTRAPOSABLE
            and [c.lower_ for c in head.children if c.dep_ in SUBJ_DEPS] == ["it"]
            and any(c.dep_ in ("acomp", "attr") for c in head.children))


def _parenthetical_speaker(verb: Token) -> Token | None:
    """The subject of a verb of saying set in ``verb``'s clause as an aside ("Russia, he
    said, has been attempting ..."): who speaks there, and so who goes on "adding" or
    "noting" in a participle hung on the clause."""
    said = next((c for c in verb.children if c.dep_ == "parataxis"
                 and c.lemma_.lower() in _SPEECH), None)
    if said is None:
        return None
    return next((c for c in said.children if c.dep_ == "nsubj"), None)


def _dashed_off(v: Token) -> bool:
    """The sentence's subject set off from its verb by a dashed aside ("District leadership
    — including the superintendent and two officers — committed to ... and said"): the
    parser, finding no verb before the aside closes, makes the subject the sentence's root
    and hangs the verb on it as a clause of the noun."""
    head = v.head
    return (v.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")
            and any(t.text in _DASHES for t in v.doc[head.i + 1 : v.i]))


def _controller(v: Token) -> Token | None:
    """The object that does what an infinitive under it says ("prompting Gov. Gavin Newsom
    to order officials to ...", "persuaded the minister to confirm"): the verb above makes
    its object act, so the object, not the verb's subject, is who speaks. A request
    ("urged the minister to say") is not in ``cues.toml`` ``object_control``."""
    if (v.tag_ != "VB" or v.head.lemma_.lower() not in _OBJECT_CONTROL
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
            or instruction_to_reader(v.head)):
        return None  # "Call the power company to report ...": the reader is asked
    return next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i
                 and c.pos_ in ("PROPN", "NOUN", "PRON")), None)


def with_split_apposition(v: Token, subj: Token | None, source: CharSpan | None,
                          text: str) -> CharSpan | None:
    """ "The chair of the budget subcommittee, David Alvarez, a Democrat, asked ...",
    "London-based newspaper The Financial Times said ...": the parser can make the name a
    second subject of the verb; the source is the description and the name together, not
    the description alone."""
    if subj is None or source is None:
        return source
    nxt = next((c for c in v.children if c.dep_ in SUBJ_DEPS and c.i > subj.i), None)
    if nxt is None or subj.ent_type_ == "PERSON" or nxt.ent_type_ not in ("PERSON", "ORG"):
        return source
    name = source_span(nxt, text)
    between = text[source[1] : name[0]].strip()
    if not ((between == "," and nxt.ent_type_ == "PERSON")
            or (not between and subj.pos_ == "NOUN")):  # "newspaper [The Financial Times]"
        return source
    return (source[0], name[1])


def instruction_to_reader(v: Token) -> bool:
    """A speech verb in an instruction to the reader ("Call 911", "To find out if your
    home was built before 1978, check ...", "To learn more, contact your pediatrician or
    call the health department at 901-..."): it names an act, not a statement anyone made.
    The clause's head is an imperative (a bare verb with no subject or auxiliary) and the
    cue sits in it, its purpose clause or a verb coordinated with it."""
    head = v
    for _ in range(4):
        if head.dep_ not in ("conj", "advcl", "xcomp") or head.head.i == head.i:
            break
        head = head.head
    return head.dep_ == "ROOT" and head.tag_ == "VB" and not any(
        c.dep_ in SUBJ_DEPS or c.dep_ in ("aux", "auxpass", "expl") for c in head.children)


def _same_line(a: Token, b: Token) -> bool:
    text = doc_text(a.doc)
    lo, hi = sorted((a.idx, b.idx))
    return "\n" not in text[lo:hi]


def noun_phrase_span(noun: Token, text: str) -> CharSpan:
    """A noun's phrase without its relative/participial clauses ("officials who said") and
    time phrases hung on it ("after the indictment")."""
    skip: set[int] = set()
    for c in noun.children:
        # Not what places the source to know ("a person [briefed on the investigation]").
        if c.dep_ in ("relcl", "acl") and c.i > noun.i and not (
                c.dep_ == "acl" and _KNOWLEDGE.match(" ".join(t.text for t in c.subtree))):
            skip.update(t.i for t in c.subtree)
        if c.dep_ == "prep" and c.lower_ in _WHEN_PREPS and c.i > noun.i:
            # "members of Congress from both parties after the U.S. indictment": when,
            # not who (the parser hangs the time on the noun).
            skip.update(t.i for t in c.subtree)
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
