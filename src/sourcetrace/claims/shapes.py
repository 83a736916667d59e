"""Sentence shapes that move a claim's parts around: a cleft's focus is its subject ("it was
Ukraine that sabotaged the dam"), a frame verb's object is the agent of the gerund after it
("accused Kyiv of sabotaging the dam"), an indirect question is no proposition ("cannot
say who was behind it"), nor is a statement about a report ("declined to comment on
reports that P": ``about_reports``), nor a saying that did not take place ("is expected to tell Putin that
P"), nor a direct question ("Did the president upbraid Putin?"). Replies have shapes of
their own: a verbless negation ("Not on my watch"), and the words after a speaker's frame
of saying ("I can say with certainty, not during my tenure"). Used by ``canon`` (where the
proposition is), ``reading`` (replies) and ``candidates`` (who its agent is; questions).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sourcetrace.attribution.clauses import unrealised
from sourcetrace.claims import actors
from sourcetrace.claims import link as lex
from sourcetrace.claims.pointing import determined_by
from sourcetrace.lexicons import lexicon
from sourcetrace.stance.vocabulary import asks

if TYPE_CHECKING:

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sourcetrace.claims.canon import Prop
    from sourcetrace.models import Attribution


_CLAIM_WORDS = lexicon("claim_words")
# "if P, it would ...": a condition, and the modals of what would follow it.
_CONDITION_MARKS = _CLAIM_WORDS.words("condition_marks")
_HYPOTHETICAL = _CLAIM_WORDS.words("hypothetical_modals")
# Whole replies to a question put before them ("Absolutely not."): denies or asserts.
_REPLY_WORDS = _CLAIM_WORDS.mapping("reply_words")
_NO_COMMENT = _CLAIM_WORDS.words("no_comment_verbs")
_NO_ANSWER = _CLAIM_WORDS.words("no_comment_nouns")
_DECIDING = _CLAIM_WORDS.words("deciding_verbs")
def indirect_question(comp: Token) -> bool:
    """A complement opened by a question word that belongs to it ("who was behind it",
    "how it happened", "whether ..."); "when the troops arrived, they ..." is no question
    (its "when" belongs to a clause inside)."""
    first = comp.left_edge
    if first.i < comp.head.i and comp.dep_ == "ccomp":
        # "destroying [what] it said [was a weather balloon]": the word comes before the
        # verb of saying, so it is a free relative, not a question: "it was a weather
        # balloon" is claimed (``render.render`` reads the "what" as "it").
        return False
    if comp.dep_ == "relcl":
        return False  # "Ostland, [which has denied sending troops]": a relative, no question
    return first.lower_ in lex.QUESTION_WORDS and (
        first.i == comp.i or _within_phrase(first, comp))


def _within_phrase(word: Token, comp: Token) -> bool:
    """``word`` hangs from ``comp`` through a phrase, not another clause: "[how] many
    soldiers were ..." (how -> many -> soldiers -> were), not "[when] the troops arrived,
    they ..." (when -> arrived, a clause of its own, -> ...)."""
    node = word.head
    while node.i != comp.i:
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return True


def cleft(root: Token, sent: SpacySpan) -> Prop | None:
    """ "it was Ukraine that had sabotaged the dam" claims "Ukraine had sabotaged the dam":
    a copula with a dummy "it", a named focus and a "that"/"who" clause after it (read off
    the surface: the parser often hangs the clause on the verb of saying, or on the focus
    as its relative clause)."""
    if root.lemma_ != "be" or not any(
        c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in root.children
    ):
        return None
    focus = next((c for c in root.children if c.dep_ == "attr"), None)
    if focus is None or not (focus.pos_ == "PROPN" or focus.ent_type_):
        return None
    doc = sent.doc
    from sourcetrace.claims.canon import Prop, clause_head

    # "it's Putin [who needs to ...]": the clause parsed as the focus's relative clause.
    relcl = next((c for c in focus.children if c.dep_ == "relcl" and c.i > focus.i), None)
    if relcl is not None and relcl.left_edge.lower_ in {"that", "who"} and (
            relcl.left_edge.i == max(t.i for t in focus.subtree if t.i < relcl.left_edge.i) + 1):
        return Prop(relcl, focus.left_edge.i, relcl.right_edge.i + 1, agent=focus,
                    skip=(relcl.left_edge.i,))
    rel = focus.right_edge.i + 1
    if rel + 1 >= sent.end or doc[rel].lower_ not in {"that", "who"}:
        return None

    clause = clause_head(doc, rel + 1, sent.end)
    if clause is None:
        return None
    return Prop(clause.root, focus.left_edge.i, clause.hi, agent=focus, skip=(rel,))


def agent_object(prop: Prop) -> Token | None:
    """The agent of a gerund content that a frame verb names as its object: "accused Kyiv
    of [sabotaging the dam]" -> Kyiv, or as its passive subject ("Kyiv was accused of");
    none for "blamed each other for ..."."""
    root = prop.root
    prep = root.head
    if root.tag_ != "VBG" or root.dep_ != "pcomp" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.dep_ == "dobj":
        verb = verb.head  # "accused [Ukraine's leadership of sabotaging ...]"
    if (verb.lemma_.lower(), prep.lower_) not in lex.AGENT_OBJECT_FRAMES:
        return None
    # The passive's subject is the one accused: "Ostland was accused by Lumbria of ...".
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
        (c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if obj is not None and obj.lower_ in _ACCUSED_PRONOUNS and verb.dep_ == "advcl":
        # "ordered four diplomats to leave, accusing [them] of spying": the main verb's
        # object is the accused.
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ != "PRON"), None)
    if obj is None or obj.lower_ in lex.RECIPROCAL_HEADS or obj.pos_ == "PRON":
        return None
    return obj


_ACCUSED_PRONOUNS = frozenset({"them", "him", "her"})


def label_clause(region: SpacySpan) -> Prop | None:
    """ "described [the strike on the dam as an act of deliberate sabotage by Ukrainian
    forces]", "called [the shelling a war crime]": a labelling verb's object and what it
    is called make a small clause, "the strike was an act of sabotage by Ukrainian forces".
    Only when the label is an act of an event frame: "called the report fake" says nothing
    of an act. The act (past nouns that only package it, "an act of") heads the
    proposition, over the whole region, with the act's doer as its agent."""
    from sourcetrace.claims.canon import Prop

    cue = region.root.head
    if cue.i == region.root.i or cue.lemma_.lower() not in lex.LABEL_VERBS:
        return None
    label = next((p for c in cue.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ == "pobj" and region.start <= p.i < region.end),
                 None) or next((c for c in cue.children if c.dep_ == "oprd"
                                and region.start <= c.i < region.end), None)
    if label is None or label.pos_ not in {"NOUN", "PROPN"}:
        return None
    act = actors.packaged_act(label)
    if not actors.frames((act.lemma_.lower(),)):
        return None
    doer = next((a for a in actors.nominal_agents(act) if actors.key_of_phrase(a, act.doc)), None)
    return Prop(act, region.start, region.end, agent=doer)


def negates(root: Token) -> bool:
    """A negation on the mention's root negates its act, unless a copula's subject names
    the act, which is then given whatever is denied of it ("Russian interference isn't
    morally equivalent to ..." does not negate the interference)."""
    return lex.negated(root) and actors.subject_event(root) is None


def unsaid(doc: Doc, att: Attribution) -> bool:
    """The attribution's verb of saying is an infinitive of a saying that did not take
    place ("is expected to tell Putin that P", "plans to announce that P", "steps to
    guarantee it won't interfere"): annotated corpora of news attribution mark it, so the
    attribution stays, but the speaker is no source of P."""
    if att.cue_span is None:
        return False
    cue = doc.char_span(*att.cue_span, alignment_mode="expand")
    return cue is not None and any(unrealised(t) for t in cue if t.pos_ in ("VERB", "AUX"))


_SPEECH = lexicon("cues").words("speech")


def framed_reply(sent: SpacySpan) -> SpacySpan | None:
    """What follows a speaker's frame of their own saying ("I can say with 100% certainty,
    [not during my tenure]", "I can tell you, [absolutely not]", "Let me be clear: [not
    on my watch]"): the frame asserts nothing, the words after its comma or colon are the
    reply. None when the frame says something of its own (a clause after "say")."""
    for punct in sent:
        verb = punct.head
        if punct.text not in {",", ":"} or not sent.start <= verb.i < punct.i:
            continue
        first_person = verb.lemma_.lower() in _SPEECH and any(
            c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in verb.children)
        let_me = verb.lemma_.lower() == "let" and any(
            t.lower_ in {"me", "us"} for t in sent.doc[verb.i : punct.i])
        if not (first_person or let_me) or any(
                c.dep_ in {"ccomp", "xcomp"} and c.i < punct.i and not let_me
                for c in verb.children):
            continue
        if punct.i + 1 < sent.end:
            return sent.doc[punct.i + 1 : sent.end]
    return None


def interrogative(sent: SpacySpan) -> bool:
    """A direct question, which asserts nothing: it ends with a question mark (before any
    closing quote), or it opens with its verb or auxiliary before its subject ("Did the
    president publicly upbraid the Russian leader", "How did Russia take center stage",
    "Are you friends or enemies"). Not "What we have seen is a violation of international
    law" (a free relative subject)."""
    if asks(sent.text):
        return True
    words = [t for t in sent if not (t.is_punct or t.is_space or t.is_quote)]
    # "How did Russia take center stage": the auxiliary after the question word.
    lead = 1 if len(words) > 1 and words[0].lower_ in lex.QUESTION_WORDS else 0
    if len(words) <= lead or words[lead].pos_ != "AUX":
        return False
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    return subj is not None and words[lead].i < subj.i and (
        words[lead].i == root.i or words[lead].head.i == root.i)


def negated_fragment(sent: SpacySpan, content: str | None = None) -> bool:
    """A verbless content opened by a negation ("Not on my watch", "Not during my
    tenure", "Absolutely not", "Never."): a reply that denies what was told before it."""
    words = [t for t in sent if not (t.is_punct or t.is_space or t.is_quote)]
    if not words or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return False
    # First, or after one adverb ("Absolutely not"); "US - not Putin - for sour relations"
    # is a headline's contrast.
    first = 1 if words[0].pos_ == "ADV" and len(words) > 1 else 0
    # A bare "No." answers the question put, when it is all that is quoted: after a
    # question in the same quote ("Would I sell out my principles? No.") it answers that.
    return words[first].lower_ in {"not", "never"} or (
        words[first].lower_ == "no" and len(words) == first + 1
        and re.sub(r"\W", "", content or "").lower() == "".join(t.lower_ for t in words))


# Nouns for a part in an act ("involvement", "role"): denial.toml ``denied_parts``.
DENIED_PARTS = lexicon("denial").words("denied_parts")


def bare_part(root: Token) -> bool:
    """A part in something told before, denied ("denied any involvement", "rejects any
    responsibility for the attack"): the part in what is said of the denier, named by
    nothing or by a definite noun pointing back at it."""
    return root.lemma_.lower() in DENIED_PARTS and not any(
        c.dep_ in {"acl", "relcl"} or c.dep_ == "prep" and not _points_back(c)
        for c in root.children)


def _points_back(prep: Token, preps: frozenset[str] = frozenset({"in", "for"})) -> bool:
    """ "in the deployment", "for the attack": a definite common noun, the act told
    before; not a party ("collusion with the Russians" names who, not which act)."""
    return prep.lower_ in preps and any(
        o.dep_ == "pobj" and not o.ent_type_ and determined_by(o, _DEFINITE)
        for o in prep.children)


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def involvement_denial(root: Token) -> bool:
    """ "had nothing to do with the damage", "played no role in the attack", "bears no
    responsibility for the blast": a part denied in an act the text told before, named by
    a definite noun; a denial of what was said of the subject, with no proposition of its
    own."""
    if root.lemma_.lower() not in _HOLDING:
        return False
    for d in root.children:
        if d.dep_ != "dobj":
            continue
        if d.lower_ == "nothing":
            return any(r.lemma_.lower() == "do" and any(
                _points_back(p, frozenset({"with"})) for p in r.children if p.dep_ == "prep")
                       for r in d.children if r.dep_ == "relcl")
        if d.lemma_.lower() in DENIED_PARTS and any(g.lower_ == "no" for g in d.children):
            return any(_points_back(p) for p in (*d.children, *root.children)
                       if p.dep_ == "prep")
    return False


# Verbs that hold a part ("had no role", "played no part", "bears no responsibility").
_HOLDING = frozenset({"have", "play", "bear"})


def conditional(root: Token) -> bool:
    """A statement made on a condition ("If Ostland sent troops, it would be a grave
    mistake"): it claims neither the condition nor what would follow it. Only a
    hypothetical main clause ("would", "could", "might"): "officials have threatened
    sanctions if they tried to ..." tells of a threat that was made."""
    return any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in root.children) and any(
        c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
        for c in root.children)


def asked_whether(context: SpacySpan, reply: SpacySpan) -> tuple[Token, bool] | None:
    """A whole reply (``reply``: "Absolutely not.", "Yes") to the question a fronted
    "Asked whether P" puts in its sentence (``context``): P's root and whether the reply
    denies it."""
    said = re.sub(r"[^\w\s]", " ", reply.text).lower()
    answer = _REPLY_WORDS.get(" ".join(said.split()))
    if answer is None:
        return None
    for tok in context[:3]:
        if tok.lemma_.lower() == "ask" and tok.tag_ == "VBN":
            for c in tok.children:
                if c.dep_ in ("ccomp", "advcl", "xcomp") and any(
                        m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children):
                    return c, answer == "denies"
    return None


def undecided(sent: SpacySpan) -> bool:
    """ "No final decision has been made (on N)": nothing decided, so no proposition of its
    own; it leaves open what was reported before it (the stance stage reads doubt)."""
    root = sent.root
    return root.lemma_.lower() in _DECIDING and any(
        c.dep_ in {"nsubjpass", "nsubj"} and c.lemma_.lower() == "decision"
        and any(d.lower_ == "no" for d in c.children) for c in root.children)


def no_comment(root: Token) -> bool:
    """A sentence that says someone gave no answer ("Orvane and Lumisil declined to
    comment", "X could not be reached for comment", "Lumisil has not commented", "There
    was no immediate comment from Ostland")."""
    lemma = root.lemma_.lower()
    if lemma in ("decline", "refuse"):
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _NO_COMMENT for c in root.children)
    if lemma == "be":  # "There was no immediate comment from Ostland"
        return any(c.dep_ in {"attr", "nsubj"} and c.lemma_.lower() in _NO_ANSWER and any(
            d.lower_ == "no" for d in c.children) for c in root.children)
    return lemma in _NO_COMMENT and any(c.dep_ == "neg" for c in root.children)
