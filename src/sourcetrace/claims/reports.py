"""The proposition a report noun carries: "assertions that P", "reports of P" (a denial
of the report denies P), read off the surface where the parser mis-attaches a long
"that" clause, but not a relative clause ("reports [that first appeared on Telegram]");
and what a noun of saying says ("its statement that P", ``said_clause``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.attribution.cues import CONFIRMING, SAID_IN
from sourcetrace.attribution.verb_cues import dated
from sourcetrace.claims import link as lex
from sourcetrace.claims.canon import Prop, clause_head, relative_that
from sourcetrace.stance.lemmas import lemma_guess
from sourcetrace.stance.vocabulary import has_denial_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sourcetrace.models import Attribution

__all__ = ["confirmed_report", "report_proposition", "said_clause"]


def report_proposition(sent: SpacySpan) -> Prop | None:
    """The proposition a report noun carries: "assertions that X", "reports of X"."""
    doc = sent.doc
    for tok in sent:
        if tok.lemma_.lower() not in lex.REPORT_NOUNS and tok.lower_ not in lex.REPORT_NOUNS:
            continue
        if tok.pos_ in {"VERB", "AUX"}:
            continue  # "has in turn charged that P": the speaker's own statement, no report
        if tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "that" and not relative_that(
                doc[tok.i + 1]):  # read off the surface: long clauses are mis-attached
            return clause_head(doc, tok.i + 2, _report_clause_end(doc, tok.i + 2, sent.end))
        for c in tok.children:
            if c.dep_ in {"acl", "ccomp", "relcl"} and any(
                g.lower_ == "that" and g.dep_ == "mark" for g in c.children
            ):
                return Prop(c)
            if c.dep_ == "prep" and c.lower_ in {"of", "about", "on"} and not dated(c):
                # Not "the allegations [on Tuesday]": when, not what.
                for p in c.children:
                    if p.dep_ == "pobj" and (p.pos_ == "NOUN" or p.ent_type_):
                        return Prop(p)
    return None


def _report_clause_end(doc: Doc, lo: int, hi: int) -> int:
    """Where "assertions that P" ends: before the copula of "... are disinformation", or
    before the main clause it is fronted to ("Asked about allegations that P, Peskov
    said: ..."): at the sentence's root or the root's subject."""
    for i in range(lo, hi):
        if doc[i].lemma_ == "be" and has_denial_words(doc[i : min(hi, i + 5)].text):
            return i
        root = doc[i].sent.root
        if i > lo and (i == root.i or (doc[i].head.i == root.i and doc[i].dep_ == "nsubj")):
            return doc[i].left_edge.i if doc[i].left_edge.i > lo else i
    return hi


def said_clause(noun: Token) -> Token | None:
    """The that-clause of a noun of saying ("its statement [that P]"): what was said."""
    if noun.lemma_.lower() not in SAID_IN:
        return None
    return next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def confirmed_report(content: SpacySpan, att: Attribution) -> Prop | None:
    """What a verb of confirming takes up from a report that carries it ("confirmed
    [reports that it would cut rates]", "verified [a report by Bloomberg that P]"): P,
    with the cue's own stance (a verb of evidence's object would make the whole clause the
    claim, "The bank confirmed reports that ..."). A bare report ("confirmed the report")
    is an echo of what was told before (``denials.confirms_before``)."""
    root = content.root
    cue = (att.cue or "").lower().split()
    if not cue or root.dep_ != "dobj" or not lex.is_report(root) or not (
            lemma_guess(cue[-1]) & CONFIRMING or root.head.lemma_.lower() in CONFIRMING):
        return None
    # Its own clause first: the tagger can take a plural object for a verb ("confirmed
    # [reports/VBZ] that P"), which ``report_proposition`` passes over.
    clause = next((c for c in root.children if c.dep_ in {"acl", "ccomp", "relcl"} and any(
        g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    return Prop(clause) if clause is not None else report_proposition(content)
