"""Clause shapes around a cue verb that make it no attribution: a permission over an
infinitive ("allowing Putin to expand ..."), an absolute participle ("with low growth
predicted"), a free relative ("What Trump and Putin hope to achieve"), a passive whose
subject was told ("X was told that P"), a report's clause misparsed onto the verb ("was
speaking after a report [that P]"), an infinitive saying that did not take place ("is
expected to tell Putin that P"); and an object put after its "as" label ("dismissed as
nonsense [reports that P]"). Used by ``rules``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sourcetrace.attribution import cues, shapes
from sourcetrace.attribution.spans import SUBJ_DEPS
from sourcetrace.lexicons import lexicon

__all__ = [
    "addressed", "comma_conjunct", "dismissed_report", "free_relative", "infinitive",
    "object_after_as", "patient_of_participle", "report_clause", "unrealised",
]


# Prepositions opening an absolute clause ("with low growth predicted").
_ABSOLUTE = ("with", "without")
# Wh-words that head a free relative or an indirect question ("which" has an antecedent).
_WH_OPENERS = ("what", "how", "why", "whether", "whatever")


def free_relative(v: Token) -> bool:
    """A wh-word before the cue fills a gap in the cue's complement ("[What] Trump and
    Putin hope to achieve [_]", "what he seeks to accomplish"): a free relative or an
    indirect question around the cue, which names a thing and states nothing."""
    first = v.left_edge
    if first.lower_ not in _WH_OPENERS or first.i >= v.i:
        return False
    node = first.head
    if node.i == v.i:  # "what he seeks [_] to accomplish", "What the president wants [_]"
        return first.dep_ in ("dobj", "attr", "advmod")
    for _ in range(6):
        if node.dep_ in ("xcomp", "ccomp") and node.head.i == v.i:
            return True
        if node.i == v.i or node.head.i == node.i:
            return False
        node = node.head
    return False


def infinitive(clause: Token) -> bool:
    """A clause headed by a bare infinitive under "to" ("Putin to expand ...")."""
    return clause.tag_ == "VB" and _under_to(clause)


def _under_to(v: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children)


# A refusal took place too: "declined to comment on reports that P" is read as the act
# negated (claim_words.toml ``negative_implicatives``), not as no statement at all.
_REALISING = lexicon("cues").words("realising") | lexicon("claim_words").words(
    "negative_implicatives")
_BY_MEDIUM = lexicon("cues").words("realising_by_medium")


def unrealised(v: Token) -> bool:
    """An infinitive cue whose saying has not taken place: wanted, expected, asked for,
    refused or a purpose ("is expected to tell Putin that P", "steps to guarantee it won't
    interfere", "declined to say whether P"); not under a verb or adjective of one that did
    ("went on to say", "was quick to point out", "took to Twitter to say": cues.toml
    ``realising``), nor a perfect infinitive under a reportive passive ("is said to have
    told Y that P": hearsay of a statement made; "is expected to tell" is not)."""
    if not _under_to(v) or v.head.i == v.i:  # any infinitive: "to have told" too
        return False
    gov = v.head
    lemma = gov.lemma_.lower()
    if lemma in _REALISING or (lemma in _BY_MEDIUM and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in gov.children)):
        return False
    return not (lemma in cues.REPORTIVE_PASSIVE
                and any(c.dep_ in ("auxpass", "nsubjpass") for c in gov.children)
                and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children))


def patient_of_participle(v: Token, subj: Token) -> bool:
    """A past participle in an absolute clause ("..., with low growth predicted through
    2020"): a reduced passive, whose subject is what is predicted, not who predicts. The
    "with" is required: the tagger also calls a plain past tense a participle ("Though
    Trump originally expressed concern", "Trump on Monday blamed past policies")."""
    return (v.tag_ == "VBN" and subj.head.i == v.i and subj.dep_ == "nsubj"
            and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
            and any(c.dep_ in ("mark", "prep") and c.lower_ in _ABSOLUTE and c.i < subj.i
                    for c in v.children))


_ADDRESSED = lexicon("cues").words("hearer") | lexicon("cues").words("asking")


def addressed(v: Token) -> bool:
    """The cue is a passive of telling or asking: its subject is who was told or asked ("X
    was told that P", "has been briefed that P", "Asked whether P, X said"), not the source;
    a "by" agent, if any, is read as the passive's source elsewhere."""
    if v.lemma_.lower() not in _ADDRESSED or v.tag_ != "VBN":
        return False
    if any(c.dep_ == "auxpass" for c in v.children):
        return True  # "was told", "has been accused"
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children):
        return False  # "Having questioned the value of NATO, Trump ...": he questioned
    return v.dep_ in ("advcl", "acl")


_CONTENT_NOUNS = lexicon("report_nouns").words("content_nouns")


def report_clause(v: Token, clause: Token) -> bool:
    """ "was speaking after a newspaper report [that P]", "Responding to the question [that
    P]": a that-clause hung on the verb right after a report or content noun the verb
    does not take as its object is the noun's content, misparsed; the speaker does not
    say it."""
    first = clause.left_edge
    prev = v.doc[first.i - 1] if first.i > 0 else None
    return (first.lower_ == "that" and prev is not None and prev.head.i != v.i
            and prev.pos_ == "NOUN" and (prev.lower_ in cues.REPORTED_THINGS
                                         or prev.lower_ in _CONTENT_NOUNS))


def object_after_as(v: Token) -> list[Token] | None:
    """ "dismissed as nonsense [reports that P]": the object after its label, which the
    parser reads as the object of "as" (a report noun carrying a clause), or as an
    apposition to the label, with the clause it carries hung on the verb right after it
    ("rejected as fabrication [a newspaper report] [that P]"): its words."""
    obj = next((m["object"] for m in shapes.at("object_after_as", v)
                if m["object"].lower_ in cues.REPORTED_THINGS), None)
    if obj is None:
        return None
    after = [t for c in v.children if c.dep_ == "ccomp" and c.left_edge.i == obj.right_edge.i + 1
             for t in c.subtree]
    return [*obj.subtree, *after]


def dismissed_report(v: Token) -> Token | None:
    """What a phrasal dismissal ("brushed off", "pushed back on") dismisses, when it is a
    report or claim ("brushed off [new indictments]", "pushed back on [reports that P]");
    else None: "the plane pushing back", "pushing back [the start of talks]", "push back
    at [shaming]" dismiss no statement."""
    for c in v.children:
        if c.dep_ == "dobj":
            objects = [c]
        elif c.dep_ == "prep" and c.lower_ in ("on", "against", "at"):
            objects = [o for o in c.children if o.dep_ == "pobj"]
        else:
            continue
        for o in objects:
            if o.lower_ in cues.REPORTED_THINGS or o.lemma_.lower() in cues.REPORTED_THINGS:
                return o
    return None


def comma_conjunct(v: Token) -> bool:
    """ "P, two people familiar with the matter told Reuters": the parser makes the verb
    of saying a conjunct of P's verb, joined by the comma alone (with "and" it is a
    second act of P's subject: "fired and told reporters")."""
    head = v.head
    subj = next((c for c in v.children if c.dep_ in SUBJ_DEPS), None)
    # Right after the comma (after a closing quotation mark it is a quotation's cue, read
    # by the rules' quotation-before reading).
    return (v.dep_ == "conj" and head.i < v.i and subj is not None
            and subj.left_edge.i > 0 and v.doc[subj.left_edge.i - 1].text == ","
            and not any(c.dep_ == "cc" and head.i < c.i < v.i for c in head.children))
