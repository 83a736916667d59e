"""What a subject "it" (or a free relative's "what") stands for, so that a quoted "it is
flying well above air traffic" reads as "the balloon is flying ..." and can join the claim
it belongs to ("destroying what it said was a weather balloon": "the balloon was ...").

The antecedent is the nearest earlier noun phrase, in the sentence or the one before, whose
head is a singular common noun the article keeps returning to (its topic: "balloon",
"dam"): "track the balloon. He said it is ..." -> "the balloon". People (named, or by a
noun for people: "the official"), dates, numbers and pronouns are never antecedents, and
an expletive "it" ("it is unlikely that ...", "it was Ukraine that ...") stands for
nothing. Only a topic noun qualifies because a wrong antecedent would merge a quote into the
wrong claim: nearest-noun guessing alone is right too rarely to risk it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sourcetrace.lexicons import lexicon
from sourcetrace.speakers.lexicon import ANON_HEADS, GROUP_HEADS, ROLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

EXPLETIVE_IT_VERBS = lexicon("claim_words").words("expletive_it_verbs")
# Nouns for people ("official", "minister", "residents"): neither "it" nor "what" is one.
_PEOPLE = frozenset(w.lower() for w in ANON_HEADS | GROUP_HEADS | ROLE_WORDS)
_NOT_ANTECEDENT = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY",
                             "QUANTITY", "PERSON"})


def it_subject(root: Token) -> Token | None:
    """The referring "it" subject of ``root``, or None (no "it", or an expletive one)."""
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lower_ != "it":
        return None
    preds = [root, *(c for c in root.children if c.dep_ in {"acomp", "attr"})]
    if any(c.dep_ in {"ccomp", "csubj", "expl"} for p in preds for c in p.children):
        return None  # "it is clear that ...", "it is unlikely that ...", "it was X that ..."
    if root.lemma_ == "be" and any(c.dep_ == "attr" for c in root.children):
        return None  # "it is a matter of sabotage", "it was a tragedy": the situation
    if root.lemma_ in EXPLETIVE_IT_VERBS or any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in root.children if root.lemma_ == "be"
    ):
        return None  # "it seems ...", "it is important to ..."
    return subj


def antecedent(it: Token, topic_min: int) -> SpacySpan | None:
    """The topic noun phrase ``it`` most likely stands for (see the module docstring): a
    noun lemma is the article's topic when it heads ``topic_min`` noun phrases in it
    (``[candidates]``)."""
    doc = it.doc
    topics = _topics(doc, topic_min)
    sent = it.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(doc[start : it.i]):
        if (tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in topics
                and tok.ent_type_ not in _NOT_ANTECEDENT and tok.dep_ != "compound"
                and tok.lemma_.lower() not in _PEOPLE):
            left = min((c.i for c in tok.children if c.dep_ in {"det", "amod", "compound"}),
                       default=tok.i)
            return doc[left : tok.i + 1]
    return None


def _topics(doc: Doc, topic_min: int) -> frozenset[str]:
    """The article's topic nouns, computed once per parse and threshold (kept on the doc)."""
    key = f"sourcetrace_topics_{topic_min}"
    cached: frozenset[str] | None = doc.user_data.get(key)
    if cached is None:
        heads = Counter(t.lemma_.lower() for t in doc
                        if t.pos_ == "NOUN" and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"})
        cached = frozenset(k for k, n in heads.items() if n >= topic_min)
        doc.user_data[key] = cached
    return cached
