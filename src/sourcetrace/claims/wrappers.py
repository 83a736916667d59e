"""What wraps a proposition in a sentence, and where the proposition then is: a holder
of evidence ("had seen intelligence [suggesting that P]"), a source's certainty ("we are
confident that P", "called it unmistakable that P"), an accusation ("accused Kyiv of
[sabotaging the dam]"), a publication ("published a story quoting officials who believe
P") and an impersonal passive ("it is known that P"). Used by ``canon.proposition_root``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.claims import link as lex
from sourcetrace.claims.actors import gerund_act
from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


_REQUESTS = lexicon("frames").words("request")


def requesting(verb: Token) -> bool:
    """A verb of writing or saying with no content of its own but a request in a participle
    after it ("have written to Prime Minister Hale [urging him to resign]"): the request is
    the act told, and the sentence claims it was made."""
    return any(c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG" and c.lemma_.lower() in _REQUESTS
               and any(g.dep_ in {"dobj", "xcomp", "ccomp"} for g in c.children)
               for c in verb.children)


def published_claim(verb: Token, sent: SpacySpan) -> Token | None:
    """ "The Times published a story quoting officials who believe P": P is the claim."""
    for tok in verb.subtree:
        if (
            tok.dep_ == "ccomp"
            and tok.head.lemma_.lower() in lex.WRAPPER_VERBS
            and sent.start <= tok.i < sent.end
        ):
            return tok
    return None


def accused_of(verb: Token, sent: SpacySpan) -> Token | None:
    """What an accusation charges: the gerund of "accused [Ukraine] of [sabotaging the
    dam]" (its agent, the accused, is read by ``shapes.agent_object``); a reciprocal
    object ("each other") names no agent and is left to ``accusations``."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in lex.RECIPROCAL_HEADS or obj.pos_ == "PRON":
        return None
    # The parser hangs "of" on the verb or on its object ("accused [Ukraine's leadership
    # of ...]").
    for prep in (*verb.children, *obj.children):
        if prep.dep_ == "prep" and (verb.lemma_.lower(), prep.lower_) in lex.AGENT_OBJECT_FRAMES:
            gerund = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
            if gerund is not None and sent.start <= gerund.i < sent.end:
                return gerund
    return None


def confidence_clause(verb: Token, sent: SpacySpan) -> Token | None:
    """The clause a source is sure of: "we are [confident] that P", "our best [assessment]
    is that P", and "told reporters that the U.S. has very high [confidence] P", where the
    parser hangs P on the verb of saying, as the complement after this one."""
    sure = [c for c in verb.children
            if c.dep_ in {"acomp", "oprd", "dobj", "attr", "nsubj"}
            and (c.lemma_.lower() in lex.CONFIDENCE_WORDS or _dispelled_doubt(c))]
    if not sure:
        return None
    for tok in (verb, *sure):
        # The noun's clause may be parsed as its modifier ("no doubt [that P]": acl).
        clause = next((c for c in tok.children if sent.start <= c.i < sent.end and (
            c.dep_ == "ccomp" or tok.i != verb.i and c.dep_ == "acl" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children))), None)
        if clause is not None:
            return clause
    if verb.dep_ == "ccomp":
        return next((c for c in verb.head.children
                     if c.dep_ == "ccomp" and c.i > verb.i and sent.start <= c.i < sent.end), None)
    return None


def _dispelled_doubt(noun: Token) -> bool:
    """ "no doubt", "little doubt", "no question": certainty (``DISPELLED_DOUBT``)."""
    return noun.lemma_.lower() in lex.DISPELLED_DOUBT and any(
        c.lower_ in {"no", "little"} for c in noun.children if c.dep_ in {"det", "neg", "amod"})


def evidence_clause(verb: Token, sent: SpacySpan) -> Token | None:
    """What the held evidence is said to show: the clause of "had seen intelligence
    [suggesting that P]" (an object from ``EVIDENCE_NOUNS`` with a wrapper verb on it)."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in lex.EVIDENCE_NOUNS:
            continue
        for mod in obj.children:
            if mod.dep_ in ("acl", "relcl") and mod.lemma_.lower() in lex.WRAPPER_VERBS:
                clause = next((c for c in mod.children if c.dep_ == "ccomp"), None)
                if clause is not None and sent.start <= clause.i < sent.end:
                    return clause
    return None


def impersonal(verb: Token) -> bool:
    """A passive with a dummy "it" subject and a clause: "it is known that ..."."""
    return verb.tag_ == "VBN" and any(
        c.dep_ in {"nsubjpass", "expl"} and c.lower_ == "it" for c in verb.children
    ) and any(c.dep_ == "ccomp" for c in verb.children)


# Pronoun subjects that stand for a speaker named before them: personal ("It has denied
# sending troops") and relative ("Ostland, which has denied sending troops, ...").
_STANDS_FOR = frozenset({"PRP", "WDT", "WP"})


def verb_statement(sent: SpacySpan) -> tuple[Token, int, tuple[int, ...]] | None:
    """A content that is the infinitive of its cue verb ("The U.S. government has
    refused [to say conclusively who is responsible]", "promised [to cut taxes]"), its
    gerund ("Ostland has denied [sending troops]": ``gerund_act``) or the
    noun object of a verb by which evidence speaks ("Data from the stations showed
    [signals of an explosion]"): the statement is the cue verb with its subject, which
    lies outside the content. Returns the verb, where its subject starts and the tokens
    between them left out (a first conjunct: "said P and denied [V-ing]"). A denied gerund
    is the act denied, without the verb of denial ("Ostland carrying out cyberattacks")."""
    root = sent.root
    head = root.head
    if head.i >= root.i or head.pos_ != "VERB":
        return None
    infinitive = root.dep_ == "xcomp" and (any(
        c.dep_ == "aux" and c.lower_ == "to" for c in root.children) or gerund_act(root))
    # "Data from NORSAR's stations showed [signals of an explosion]": what evidence shows.
    shown = root.dep_ == "dobj" and head.lemma_.lower() in lex.EVIDENCE_VERBS
    if not (infinitive or shown):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    skip: tuple[int, ...] = ()
    if subj is None and head.dep_ == "conj":
        # "said P and denied [targeting civilians]": the subject the conjuncts share, the
        # first conjunct left out.
        subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            skip = tuple(range(subj.right_edge.i + 1, head.left_edge.i))
    if subj is None:
        return None
    if subj.pos_ == "PRON" and not (gerund_act(root) and subj.tag_ in _STANDS_FOR):
        return None
    if gerund_act(root) and head.lemma_.lower() in lex.DENIAL_VERBS:
        # "Ostland has repeatedly denied [carrying out cyberattacks]": what is denied is
        # its act ("Ostland carrying out cyberattacks"), as an accusation's is written.
        return head, subj.left_edge.i, (*skip, *range(subj.right_edge.i + 1, root.left_edge.i))
    return head, subj.left_edge.i, skip

