"""Statements about the reporting, not about what is reported: a predicate acting on a
report that carries a proposition of its own ("declined to comment on reports that P", "was
speaking after a newspaper report that P"), on a bare piece of journalism ("has seen that
press report"), or a check not made ("could not verify the videos", "was unable to verify
the footage"). Their words hold all of P, so without this they would join P's claim as
support. Used by ``candidates``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.attribution.cues import CHECKING
from sourcetrace.claims import link as lex
from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["about_a_report"]

# Pieces of journalism that are nothing else (a report, a story, an article; not "an
# investigation" or "a poll", which may be acts): acting on one with nothing of its
# content is about the reporting.
_PIECES = (lexicon("report_nouns").words("outlet_pieces") & lexicon("report_nouns").words("claims")
           ) | lexicon("report_nouns").words("publications")


def about_a_report(root: Token) -> bool:
    """The predicate acts on a report that carries a proposition of its own ("declined to
    comment on [reports that P]", "was speaking after [a newspaper report that P]"): it
    says something about the reporting, not P, yet its words hold all of P, so it would
    join P's claim. Verbs that relay, publish, deny or confirm what the report says make
    it theirs and are read by the wrappers."""
    if _check_not_made(root):
        return True
    if root.lemma_.lower() in lex.WRAPPER_VERBS | lex.DENIAL_VERBS | lex.PUBLISH_VERBS:
        return False
    verbs = {root.i} | {c.i for c in root.children if c.dep_ == "xcomp"}
    # ... or the adjective a copula predicates ("was aware of the reports"; of "reports that
    # P" it is left as it was, a doubt of P read by the stance rules).
    holders = verbs | {c.i for c in root.children if c.dep_ == "acomp"}
    if any(_bare_report(o) for v in holders for o in _objects(root.doc[v])):
        return True  # "has seen that press report", "was aware of the reports"
    if root.pos_ == "VERB" and any(
            s.dep_ in {"nsubj", "nsubjpass"} and lex.is_report(s) and any(
                c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in {"acl", "ccomp"}
                for c in s.children) for s in root.children):
        return True  # "[Reports of 20 deaths] were spread by enemies": of the reporting
    for tok in root.subtree:
        noun = tok.head
        if not (tok.dep_ in {"acl", "ccomp"} and noun.pos_ == "NOUN" and lex.is_report(noun)
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)):
            continue
        if any(c.lower_ == "no" for c in noun.children):
            continue  # "the indictments contain no allegations that P": a claim of its own
        # The report is what the predicate (or its infinitive) acts on: its object, or the
        # object of its own preposition ("comment [on] reports"), not of an adjunct's
        # ("calling for X in the wake of new charges that P").
        if noun.dep_ == "dobj" and noun.head.i in verbs:
            return True
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i in verbs:
            return True
    return False


def _check_not_made(root: Token) -> bool:
    """ "Meridian Wire could not verify the videos", "The Daily was unable to verify the
    footage": a check not made, of what is reported; with a clause ("could not confirm
    that P") the speaker withholds support from P (``doubted``)."""
    check, negated = root, lex.negated(root)
    able = next((c for c in root.children if c.dep_ == "acomp"
                 and c.lemma_.lower() in {"able", "unable"}), None)
    if able is not None:  # "was unable to [verify]": the check is the adjective's infinitive
        check = next((c for c in able.children if c.dep_ == "xcomp"), root)
        negated = negated != (able.lemma_.lower() == "unable")
    return check.lemma_.lower() in CHECKING and negated and not any(
        c.dep_ in {"ccomp", "xcomp"} for c in check.children)


def _objects(verb: Token) -> list[Token]:
    """What a verb acts on: its object, or the object of its own preposition."""
    return [o for c in verb.children for o in ([c] if c.dep_ == "dobj" else [
        p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else [])]


def _bare_report(noun: Token) -> bool:
    """A piece of journalism with nothing of its content in it ("that press report", "the
    article"): the predicate acting on it speaks of the reporting. Not "no reports" (a
    claim that there are none), a pronoun ("did it") nor a charge or an indictment (acts
    of their own: "dropped the charges")."""
    return (noun.pos_ == "NOUN" and noun.lower_ in _PIECES
            and not any(c.lower_ == "no" or c.dep_ in {"acl", "relcl", "ccomp", "prep"}
                        for c in noun.children))
