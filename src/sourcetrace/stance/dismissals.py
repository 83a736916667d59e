"""A report or a belief called untrue by what is predicated of it.

"Claims that Russia hacked the party were absurd", "Putin: Claims of election interference
are 'anti-Russia hysteria'", "dismissed as nonsense reports that ...", "called the
allegations that ... a lie", "it is absurd to believe that ...": the proposition is denied,
though no verb of denial governs it and its own words deny nothing. The proposition hangs
from a *carrier* (a report noun, or a verb of belief in an "it is ... to" frame), and the
carrier is labelled untrue (denial.toml ``dismissive_labels``). The labels count only
there: "stoking speculation that Putin would discuss Iran" or "Russian propaganda outlets"
deny nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["dismissed", "dismissed_clause", "dismissed_within", "labelled_report"]

_LABELS: Final = lexicon("denial").words("dismissive_labels")
_BELIEFS: Final = lexicon("cues").words("extraposable")
_REPORTS: Final = lexicon("report_nouns").words("claims")
# Records said to show something ("called the recording fake"): their showing is denied.
_RECORDS: Final = lexicon("report_nouns").words("records")
_DOCUMENTS: Final = lexicon("report_nouns").words("documents")
# How a proposition hangs from a report noun: "claims [that P]", "reports [of P]".
_CLAUSE_DEPS: Final = frozenset({"acl", "ccomp", "relcl"})
# What is predicated of a carrier in the clause it belongs to.
_PREDICATE_DEPS: Final = frozenset({"attr", "acomp", "oprd"})


def dismissed(root: Token, within: Span) -> bool:
    """``root``, the head of a proposition, hangs from a report noun or a belief verb in
    ``within`` that is called untrue there."""
    carrier = _carrier(root, within)
    return carrier is not None and _labelled_untrue(carrier, root, within)


def dismissed_clause(head: Token, within: Span) -> Token | None:
    """The proposition a clause headed by ``head`` dismisses, if it is a dismissal: the
    clause of its subject report noun ("[Claims that P] are pure fantasy"), or of its
    belief infinitive ("it is absurd [to believe that P]"); else None."""
    for child in _dependents(head):
        if not within.start <= child.i < within.end:
            continue
        if child.dep_ in {"nsubj", "nsubjpass", "appos"} and _is_report(child):
            props = [c for c in child.children if c.dep_ in _CLAUSE_DEPS] + [
                o for p in child.children if p.dep_ == "prep" and p.lower_ in {"of", "about"}
                for o in p.children if o.dep_ == "pobj"]
        elif child.dep_ == "xcomp" and child.lemma_.lower() in _BELIEFS:
            props = [c for c in child.children if c.dep_ == "ccomp"]
        else:
            continue
        for prop in props:
            if within.start <= prop.i < within.end and dismissed(prop, within):
                return prop
    return None


def _dependents(head: Token) -> Iterable[Token]:
    """The clause's dependents, and the apposition of its subject: in the headline "Putin:
    Claims of P are hysteria" the parser makes "Claims" an apposition of "Putin"."""
    for child in head.children:
        yield child
        if child.dep_ in {"nsubj", "nsubjpass"}:
            yield from (c for c in child.children if c.dep_ == "appos")


def dismissed_within(tokens: Span) -> bool:
    """Some proposition in ``tokens`` is dismissed so (an attribution's whole content:
    "Claims that P are pure fantasy", said Peskov)."""
    return any(
        (tok.dep_ in _CLAUSE_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ == "of"))
        and tok.pos_ in {"VERB", "AUX", "NOUN"} and dismissed(tok, tokens)
        for tok in tokens)


def _is_report(tok: Token) -> bool:
    """A report, or a document that says something ("a leaked draft of its plan [was
    outdated]", "the memo was a forgery")."""
    return tok.pos_ in {"NOUN", "PROPN"} and (
        tok.lower_ in _REPORTS or tok.lemma_.lower() in _REPORTS or tok.lower_ in _DOCUMENTS)


def _carrier(root: Token, within: Span) -> Token | None:
    """The report noun or belief verb ``root`` is the proposition of, inside ``within``."""
    head = root.head
    if head.i == root.i or not within.start <= head.i < within.end:
        return None
    if root.dep_ in _CLAUSE_DEPS and _is_report(head):
        return head  # "claims [that P]"
    if root.dep_ == "pobj" and head.lower_ in {"of", "about"} and _is_report(head.head) and (
            within.start <= head.head.i < within.end):
        return head.head  # "claims [of interference]"
    if (root.dep_ == "ccomp" and head.lemma_.lower() in _BELIEFS and head.dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)):
        return head  # "it is absurd [to believe] that P"
    return None


def _labelled_untrue(carrier: Token, root: Token, within: Span) -> bool:
    words = list(_label_words(carrier))
    inner = {t.i for t in root.subtree}
    kept = [t for t in words if t.i not in inner and within.start <= t.i < within.end]
    return any(_untrue(t) for t in kept)


def _label_words(carrier: Token) -> Iterable[Token]:
    """What the carrier is called: its own modifiers ("baseless claims", "nonsense
    reports"), the predicate of the clause it is the subject of ("claims ... are absurd",
    "it is absurd to think"), or the label a verb gives it ("called the allegations a
    lie")."""
    for c in carrier.children:
        if c.dep_ in {"amod", "compound"} and c.i < carrier.i:
            yield from c.subtree
    node = carrier
    if node.dep_ == "appos":
        node = node.head  # "Putin: Claims of P are hysteria", the colon read as apposition
    if node.dep_ in {"nsubj", "nsubjpass", "xcomp", "dobj"}:
        for c in node.head.children:
            if c.dep_ in _PREDICATE_DEPS:
                yield from c.subtree
    if node.dep_ == "nsubjpass":
        yield node.head  # "claims ... were exaggerated": the passive is what they are called
    if node.dep_ == "dobj":
        yield from _verb_label(node)


def _verb_label(obj: Token) -> Iterable[Token]:
    """What the verb calls its object: "described [the accusations] as a provocation",
    "denounced as a smear the claims that P", "called [the reports] a provocation",
    "branded [the claims] a fabrication" (the parser makes the second noun an adverbial or
    a second object)."""
    for c in obj.head.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            yield from (t for p in c.children if p.dep_ == "pobj" for t in p.subtree)
        elif (c.dep_ in _PREDICATE_DEPS or (c.dep_ in ("npadvmod", "dobj") and c.pos_ == "NOUN")
              ) and c.i > obj.i:
            yield from c.subtree


def labelled_report(tokens: Span) -> Token | None:
    """The report noun in ``tokens`` that the verb taking it calls untrue ("called the
    reports a provocation", "described the accusations as a smear", "branded the claims a
    fabrication"), or that is called so as the subject of its clause with nothing of what
    it says in it ("These reports are premature"): what the reports said is denied. Not a
    report only its own adjective calls untrue ("spreading fake news" spreads it; it
    denies nothing). A record said to show something is one ("called the recording fake")."""
    return next((tok for tok in tokens if (_is_report(tok) or _of_report(tok) or (
        tok.pos_ == "NOUN" and tok.lower_ in _RECORDS)) and (
        tok.dep_ == "dobj" and any(_untrue(t) for t in _verb_label(tok))
        or tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.i == tokens.root.i  # not in
        and not any(c.dep_ in _CLAUSE_DEPS | {"prep"} for c in tok.children)  # another's
        and any(_untrue(t) for t in _predicated(tok)))), None)


def _predicated(subject: Token) -> Iterable[Token]:
    """What a subject is called by its clause: the predicate ("These reports are
    premature"), or the passive verb itself ("the accusations were invented")."""
    yield from (t for c in subject.head.children if c.dep_ in _PREDICATE_DEPS for t in c.subtree)
    if subject.dep_ == "nsubjpass":
        yield subject.head


def _of_report(tok: Token) -> bool:
    """A relative pronoun standing for a report ("The allegations, [which] his lawyer
    called politically motivated")."""
    return tok.tag_ in {"WDT", "WP"} and tok.head.dep_ == "relcl" and _is_report(tok.head.head)


def _untrue(tok: Token) -> bool:
    """A word that calls what it is said of untrue (``dismissive_labels``)."""
    return tok.lemma_.lower() in _LABELS or tok.lower_ in _LABELS
