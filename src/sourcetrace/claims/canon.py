"""Canonical propositions: the short claim a sentence (or attribution content) makes.

The proposition is found on the parse, descending through attribution wrappers ("X said
that P", "it is known that P", "The Times published a story quoting officials who believe
P") and through report nouns ("assertions that P", "reports of P"); the parse is read off
the surface where it often slips (a long "that" clause attached as a relative clause).
Non-restrictive asides (", which ...", appositions, dates, parentheticals) are dropped; the
kept tokens are rendered by ``render``, and ``candidates`` assembles them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from sourcetrace.attribution.cues import CHECKING, INDIRECT_QUESTION, UNABLE_TO_VERIFY
from sourcetrace.attribution.subjects import no_one
from sourcetrace.claims import link as lex
from sourcetrace.claims.actors import raised_infinitive
from sourcetrace.claims.shapes import cleft, indirect_question, no_comment
from sourcetrace.claims.undergone import undergoes_denial, undergoes_saying
from sourcetrace.claims.wrappers import (
    accused_of,
    confidence_clause,
    evidence_clause,
    impersonal,
    published_claim,
    requesting,
)
from sourcetrace.lexicons import lexicon
from sourcetrace.stance.dismissals import dismissed_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


class Prop(NamedTuple):
    """A proposition: its head token and, when read off the surface because the parse
    slipped, the token range ``lo:hi`` it covers (else the head's subtree). ``agent`` is
    its logical subject when that is not the head's grammatical subject (the focus of a
    cleft, the accused of "accused Y of V-ing"); ``skip`` are tokens of ``lo:hi`` left out
    (a cleft's "that")."""

    root: Token
    lo: int | None = None
    hi: int | None = None
    agent: Token | None = None
    skip: tuple[int, ...] = ()


def denied_object(prop: Prop | None) -> Prop | None:
    """ "never heard of a request for X", "denied any request for X": the nominal denied."""
    if prop is None:
        return None
    root = prop.root
    lemma = root.lemma_.lower()
    if lemma not in lex.DENIAL_VERBS and not (
        lemma in {"hear", "know", "aware", "see"} and lex.negated(root)
    ):
        return None
    for c in root.children:
        nominal: Token | None = None
        if c.dep_ == "dobj":
            nominal = c
        elif c.dep_ == "prep" and c.lower_ in {"of", "about"}:
            nominal = next((p for p in c.children if p.dep_ == "pobj"), None)
        if (
            nominal is not None
            and nominal.pos_ == "NOUN"
            and nominal.lemma_.lower() not in lex.REPORT_NOUNS
            and nominal.lower_ not in lex.REPORT_NOUNS
        ):
            return Prop(nominal)
    return None


def first_propositional_sentence(region: SpacySpan) -> SpacySpan | None:
    """The first sentence inside ``region`` with a verbal predicate (quotes can hold many)."""
    doc = region.doc
    starts: list[SpacySpan] = []
    for tok in region:
        if tok.i == region.start or tok.is_sent_start:
            starts.append(tok.sent)
    for s in starts:
        piece = doc[max(s.start, region.start) : min(s.end, region.end)]
        if any(t.pos_ in {"VERB", "AUX"} for t in piece) and len(piece) >= 3:
            return piece
    return None


def _claims_nothing(root: Token, lemma: str) -> bool:
    """ "I think ...": an opinion, not a checkable claim; "Nobody thought that P", "No
    official has confirmed that P": no one claims P; "could not independently verify the
    report": a reporter's note, nothing claimed."""
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if lemma in lex.OPINION_VERBS and any(c.lower_ in {"i", "we"} for c in subjects) or (
            no_comment(root)):
        return True
    if lemma in CHECKING and UNABLE_TO_VERIFY.search(
            root.doc.text[max(0, root.idx - 50) : root.idx]):
        return True  # "Reuters could not independently verify either account": a note
    if lemma in _POINTING and lex.negated(root):
        return True  # "the study could not prove that P": P left in doubt (``unclaimed``)
    return (lemma in lex.WRAPPER_VERBS or lemma in lex.OPINION_VERBS) and any(
        no_one(c) for c in subjects)


_POINTING = lexicon("claim_words").words("pointing_verbs")
_HEARER = lexicon("cues").words("hearer")  # "told", "informed": the object is who hears


def unclaimed(sent: SpacySpan) -> Prop | None:
    """What "Nothing suggested that P" leaves unclaimed: P, which a source saying so puts
    in doubt (``proposition_root`` gives no proposition for it: in its own voice no one
    claims P). Only a verb of evidence ("No official has confirmed that P" is no doubt
    the stance stage reads)."""
    root = sent.root
    if root.lemma_.lower() not in _POINTING or not _claims_nothing(root, root.lemma_.lower()):
        return None
    comp = _complement(root, sent)
    return Prop(comp) if comp is not None and not indirect_question(comp) else None


def _refused(verb: Token, question: Token) -> bool:
    """A negated verb that is no inability ("would not say", "did not say"; not "cannot
    say", "could not say"), of a question how many or how much ("would not say how many
    troops were sent"): a figure withheld. Not saying who did it is a claim (the stories'
    keys count "the US cannot say who was responsible")."""
    return (INDIRECT_QUESTION.match(question.doc[question.left_edge.i : question.i + 1].text)
            is not None and any(c.dep_ == "neg" for c in verb.children) and not any(
                c.dep_ == "aux" and c.lower_ in ("can", "ca", "could") for c in verb.children))


def proposition_root(sent: SpacySpan) -> tuple[Prop | None, SpacySpan | None, bool]:
    """The root of the proposition, descending through wrappers ("X said that P").

    Returns the root (None when a wrapper has no proposition: "reports suggest so"), the
    outermost wrapper's subject (a pronoun subject of P may stand for it) and whether a
    denial verb wrapped P ("The Kremlin denied it has sought ...").
    """
    root = _clause_root(sent)
    subject: SpacySpan | None = None
    denial = False
    if not sent.start <= root.head.i < sent.end:  # "called [it unmistakable that P]"
        root = confidence_clause(root.head, sent) or root
    for _ in range(4):
        lemma = root.lemma_.lower()
        if _claims_nothing(root, lemma):
            return None, subject, denial
        if impersonal(root):
            # "It is known / believed / reported that P": the wrapper has no source.
            clause = next(c for c in root.children if c.dep_ == "ccomp")
            if sent.start <= clause.i < sent.end:
                root = clause
                continue
        if _wraps(root, lemma):
            comp = _complement(root, sent)
            if comp is not None and indirect_question(comp):
                # "cannot say who did it" claims the not knowing, the question no
                # proposition; "would not say how many", a refusal, claims nothing.
                return (None if _refused(root, comp) else Prop(root)), subject, denial
            if subject is None:
                subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.pos_ != "PRON":
                    subject = sent.doc[subj.left_edge.i : subj.i + 1]
            # "did not deny that P" leaves P open; it is no denial of it.
            denial = denial or (lemma in lex.DENIAL_VERBS and not _denial_negated(root))
            if comp is None:
                surface = _that_clause_root(root, sent)
                if surface is not None:
                    return surface, subject, denial
                return (Prop(root) if _says_itself(root) else None), subject, denial
            root = comp
            continue
        dismissed = dismissed_clause(root, sent)
        if dismissed is not None:
            # "[Claims that P] are pure fantasy": P, denied.
            root, denial = dismissed, True
            continue
        inner = (evidence_clause(root, sent) if lemma in lex.EVIDENCE_HOLDER_VERBS else None
                 ) or confidence_clause(root, sent) or accused_of(root, sent)
        if inner is not None:
            root = inner
            continue
        published = published_claim(root, sent) if lemma in lex.PUBLISH_VERBS else None
        if published is not None:
            return Prop(published), subject, denial
        break
    if root.lemma_.lower() in lex.OPINION_SUBJECT and any(
        c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in root.children
    ):
        return None, subject, denial
    return cleft(root, sent) or Prop(root), subject, denial


def _wraps(verb: Token, lemma: str) -> bool:
    """A verb of saying or denial that wraps a proposition, not one its subject undergoes
    ("has been admitted to hospital", "I was dismissed")."""
    return (lemma in lex.WRAPPER_VERBS and not undergoes_saying(verb)) or (
        lemma in lex.DENIAL_VERBS and not undergoes_denial(verb))


def _clause_root(sent: SpacySpan) -> Token:
    """The span's root, a verb where a crossing parse leaves several heads outside it
    ("said [debris from a downed drone had caused the fire]", "from" hung on "said"): the
    word nearest the top is then a preposition, the clause's verb another head."""
    root = sent.root
    if root.pos_ in {"VERB", "AUX"}:
        return root
    heads = [t for t in sent if t.pos_ in {"VERB", "AUX"} and not sent.start <= t.head.i < sent.end]
    return heads[0] if heads and root.pos_ == "ADP" else root


def _denial_negated(verb: Token) -> bool:
    """ "did not deny", "never denied", "no longer can we deny", "nobody denies": the
    denial verb is negated, and what it takes is left open or granted."""
    return any(
        c.dep_ == "neg" or c.lower_ == "never"
        or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children))
        or (c.dep_ == "nsubj" and c.lower_ in {"nobody", "none"})
        for c in verb.children
    )


def _that_clause_root(verb: Token, sent: SpacySpan) -> Prop | None:
    """Parser slips: "told media outlets that P" parsed with P as a relative clause of the
    object. A "that" within a few words after a speech verb still opens its complement."""
    doc = sent.doc
    for i in range(verb.i + 1, min(verb.i + 7, sent.end - 1)):
        if doc[i].lower_ == "that":
            return None if relative_that(doc[i]) else clause_head(doc, i + 1, sent.end)
        if doc[i].text in {".", ";", "“", '"'} or doc[i].pos_ == "VERB":
            break
    return None


def relative_that(that: Token) -> bool:
    """The "that" is its clause's subject: a relative one ("reports [that] appeared")."""
    return that.dep_ in {"nsubj", "nsubjpass"}


def clause_head(doc: Doc, lo: int, hi: int) -> Prop | None:
    """The highest verb of tokens ``lo:hi`` (the one whose head lies outside them)."""
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    verbs = [t for t in doc[lo:hi] if t.pos_ in {"VERB", "AUX"}]
    for t in verbs:
        if not lo <= t.head.i < hi or t.head.i == t.i:
            return Prop(t, lo, hi)
    return Prop(verbs[0], lo, hi) if verbs else None


def _says_itself(root: Token) -> bool:
    """A wrapper with no clause that still states something: an object of its own, a
    request, or the act a passive report raises its subject to ("is believed to have
    delayed the recall")."""
    return _has_obj(root) or requesting(root) or raised_infinitive(root) is not None


def _has_obj(tok: Token) -> bool:
    """An object of its own, or the hearer as its passive subject ("his committee had
    never been told about the contracts": a claim of not being told, no wrapper)."""
    return any(
        c.dep_ in {"dobj", "attr"} and c.lemma_.lower() not in lex.REPORT_NOUNS
        or c.dep_ == "nsubjpass" and tok.lemma_.lower() in _HEARER for c in tok.children)


def _complement(tok: Token, sent: SpacySpan) -> Token | None:
    for c in tok.children:
        if c.dep_ in {"ccomp", "xcomp"} and sent.start <= c.i < sent.end:
            if c.dep_ == "xcomp" and tok.lemma_.lower() not in lex.DENIAL_VERBS:
                continue
            return c
    return None
