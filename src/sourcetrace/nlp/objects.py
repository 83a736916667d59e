"""Parse repairs of what a verb's object holds, and of an object that is a verb.

"Zarevia denied any role [in Sunday's attack]": the small English model hangs the "in"
phrase on the verb, so the object is a bare "any role" and what the part was in is lost
to the attribution's content. A part in an act (``denial.toml`` ``denied_parts``:
"role", "involvement", "responsibility") takes the phrase right after it.

"P, the draft shows.": "draft shows" is read as one plural noun, the object of P's verb, so
the document closing the statement says nothing. A verb of saying or showing that can close
a statement (``appositions.CLOSING_VERBS``), written as a plural noun at the end of the
sentence after a comma and a noun phrase, is that verb, with the noun before it as its
subject and P as its content.

"Lens said the vehicles [bore] markings": a verb read as a noun modifying the object, so
the verb of saying takes "markings" as an object and reports nothing. A noun that has a
subject of its own (only a verb has one), right before the object of a verb that takes a
clause, is that clause's verb, with the object as its own.

"P, a figure police dispute.": a verb of denial that is also a noun, read into one noun with
the verdict's head and subject, is the verb of a verdict appended to P. Offsets and tokens
never change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.appositions import CLOSING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["repair_closing_verb", "repair_part_in_act", "repair_verb_read_as_noun",
           "repair_verdict_read_as_noun"]

_PARTS = lexicon("denial").words("denied_parts")
# Verbs that take a clause and almost never a noun object ("said", "claimed").
_CLAUSE_ONLY = lexicon("cues").words("clause_only")
# A verdict appended to a statement ("..., a figure police dispute"): its head noun and
# the verbs of denial that are also nouns.
_VERDICT_HEADS = lexicon("report_nouns").words("verdict_heads")
_DENYING = lexicon("denial").words("contradict") | lexicon("denial").words("dismissive")
# The prepositions that say what a part is in ("a role in", "responsibility for").
_OF_ACT = frozenset({"in", "for"})


def repair_part_in_act(doc: Doc) -> Doc:
    """The "in"/"for" phrase right after a verb's object that names a part in an act
    hangs on that object, not on the verb."""
    for tok in doc:
        if tok.dep_ != "dobj" or tok.lemma_.lower() not in _PARTS:
            continue
        after = tok.right_edge.i + 1
        if after >= len(doc):
            continue
        prep = doc[after]
        if prep.dep_ == "prep" and prep.lower_ in _OF_ACT and prep.head.i == tok.head.i:
            prep.head = tok
    return doc


def repair_closing_verb(doc: Doc) -> Doc:
    """ "P, the draft shows.": the last word before the stop, tagged a plural noun and
    read into one noun with the word before it, is the closing verb of saying."""
    for sent in doc.sents:
        end = sent.end - 1
        while end > sent.start and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        verb = doc[end]
        noun = doc[end - 1] if end - 1 > sent.start else None
        if _closing_after_agent(verb, sent.root):
            continue
        if noun is None or noun.pos_ != "NOUN" or noun.head.i != verb.i:
            continue
        for det in [t for t in verb.children if t.dep_ in ("det", "amod") and t.i < noun.i]:
            det.head = noun  # "the" in "the draft shows" is the noun's
        if verb.pos_ == "VERB" and verb.lemma_.lower() in CLOSING_VERBS and noun.dep_ == "compound":
            noun.dep_ = "nsubj"  # "P, the data shows": the verb's, read as a compound
            continue
        base = verb.lower_[:-1] if verb.lower_.endswith("s") else ""
        first, main = noun.left_edge.i, sent.root
        if (verb.tag_ != "NNS" or base not in CLOSING_VERBS or first < sent.start + 2
                or verb.dep_ not in ("dobj", "pobj", "appos", "npadvmod", "conj")
                or doc[first - 1].text != "," or main.i >= first):
            continue
        verb.tag_, verb.pos_, verb.lemma_ = "VBZ", "VERB", base
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj"
        main.head, main.dep_ = verb, "ccomp"
        for late in [t for t in sent if t.i > end and t.head.i == main.i]:
            late.head = verb  # the final stop
    return doc


def _closing_after_agent(verb: Token, main: Token) -> bool:
    """ "P, figures compiled by the Kessel Institute show.": the verb read as a noun the
    agent's name modifies ("Institute show"); the name is the agent, the participle's noun
    ("figures") the verb's subject, P its content."""
    base = verb.lower_ if verb.lower_ in CLOSING_VERBS else verb.lower_[:-1]
    agent = verb.head
    acl = agent.head
    subj = acl.head
    names = [c for c in verb.children if c.dep_ == "compound"]
    if (verb.pos_ != "NOUN" or base not in CLOSING_VERBS or verb.dep_ != "pobj" or not names
            or agent.dep_ != "agent" or acl.dep_ != "acl" or acl.tag_ != "VBN"
            or subj.head.i != main.i or subj.i <= main.i or subj.left_edge.i < 1
            or verb.doc[subj.left_edge.i - 1].text != ","):
        return False
    late = [t for t in main.sent if t.i > verb.i and t.head.i == main.i]  # the final stop
    name = names[-1]
    for c in [c for c in verb.children if c.i < name.i]:
        c.head = name  # "the Kessel": the agent's name's
    name.head, name.dep_ = agent, "pobj"
    verb.tag_ = "VBZ" if verb.lower_.endswith("s") else "VBP"
    verb.pos_, verb.lemma_ = "VERB", base
    verb.head, verb.dep_ = verb, "ROOT"
    subj.head, subj.dep_ = verb, "nsubj"
    for t in late:
        t.head = verb
    main.head, main.dep_ = verb, "ccomp"
    return True


def repair_verb_read_as_noun(doc: Doc) -> Doc:
    """A noun with its own subject, glued onto the object right after it of a verb that
    takes a clause, is the clause's verb: "said [the vehicles bore markings]"."""
    for tok in doc:
        obj = tok.head
        verb = obj.head
        if (tok.pos_ == "NOUN" and tok.dep_ == "compound" and obj.i == tok.i + 1
                and obj.dep_ == "dobj" and verb.lemma_.lower() in _CLAUSE_ONLY
                and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)):
            tok.pos_, tok.tag_, tok.dep_, tok.head = "VERB", "VBD", "ccomp", verb
            obj.head = tok
    return doc


def repair_verdict_read_as_noun(doc: Doc) -> Doc:
    """ "60,000 people joined the march, a figure police dispute.": the model reads "figure
    police dispute" as one noun, so no one disputes anything. A verb of denial that is also
    a noun ("dispute", "contest"), last before the stop after ", a <verdict
    noun> <subject>", is the verb of a relative clause on the verdict noun, with the word
    before it as its subject (``attribution.verdicts`` reads the verdict)."""
    for sent in doc.sents:
        end = sent.end - 1
        while end > sent.start and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        verb = doc[end]
        if verb.pos_ != "NOUN" or verb.lemma_.lower() not in _DENYING or verb.head.i == verb.i:
            continue
        det = next((t for t in doc[sent.start : end] if t.lower_ in ("a", "an")
                    and t.i > sent.start and doc[t.i - 1].text == ","
                    and doc[t.i + 1].lemma_.lower() in _VERDICT_HEADS), None)
        if det is None or det.i + 2 >= end:
            continue
        head, subject = doc[det.i + 1], doc[end - 1]
        head.head, head.dep_ = verb.head, verb.dep_
        det.head = head
        for t in doc[head.i + 1 : end - 1]:
            t.head = subject
        subject.head, subject.dep_ = verb, "nsubj"
        verb.head, verb.dep_, verb.pos_ = head, "relcl", "VERB"
        verb.tag_ = "VBZ" if verb.text.endswith("s") else "VBP"
    return doc
