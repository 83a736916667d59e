"""Attribution cue lexicon: verbs, phrasal verbs and nouns that introduce reported content.

The lists are data (``lexicons/en/cues.toml``); lemmas are grouped by how their content is
expressed, because that decides which dependents hold the content:

- ``SPEECH``: verbs of saying; content is a clause (ccomp), a quote, or follows a colon.
- ``OBJECT``: verbs whose direct object can itself be the reported content;
  ``REPORT_OBJECTS``: verbs whose object is content only when it is a report.
- ``COGNITION``: verbs of belief, desire and perception; content is a clause or an
  infinitive.
- ``RAISING``: "seem/appear" type verbs whose subject is the source only loosely.
- ``PREP_CUES`` / ``PARTICLE_CUES``: verb + preposition or particle pairs.
- ``NOUNS``, ``REPORTIVE_PASSIVE``, ``REPORTIVE_ADVERBS``, ``PAREN``, ``XCOMP``: content
  nouns, passive reportive verbs, adverbs of report, parenthetical verbs and verbs whose
  infinitive complement is their content.
- ``HEARER``: verbs of saying whose direct object is the hearer ("told reporters that").
- ``FINITE_CLAUSE_ONLY``: verbs of saying only over a finite clause ("allowed that").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.doctext import doc_text
from sourcetrace.speakers.lexicon import EVENT_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CUES = lexicon("cues")

SPEECH: frozenset[str] = _CUES.words("speech")
OBJECT: frozenset[str] = _CUES.words("object")
REPORT_OBJECTS: frozenset[str] = _CUES.words("report_objects")
PLEAS: frozenset[str] = _CUES.words("pleas")
FINDING_OBJECTS: frozenset[str] = _CUES.words("finding_objects")
_DOCUMENTS: frozenset[str] = lexicon("source_heads").words("document_heads")
ECHO_OBJECTS: frozenset[str] = _CUES.words("echo_objects")
CONTRARY_OBJECTS: frozenset[str] = _CUES.words("contrary_objects")
CONFIRMING: frozenset[str] = _CUES.words("confirming")
COGNITION: frozenset[str] = _CUES.words("cognition")
RAISING: frozenset[str] = _CUES.words("raising")
PREP_CUES: frozenset[tuple[str, str]] = _CUES.pairs("prep")
ESTIMATES: frozenset[tuple[str, str]] = _CUES.pairs("estimates")
CHARGES: frozenset[tuple[str, str]] = _CUES.pairs("charges")
OBJECT_IDIOMS: frozenset[tuple[str, str]] = _CUES.pairs("object_idioms")
IDIOM_PREPOSITIONS: frozenset[str] = _CUES.words("idiom_prepositions")
POINTING_PRONOUNS: frozenset[str] = _CUES.words("pointing_pronouns")
PARTICLE_DISMISSALS: frozenset[tuple[str, str]] = _CUES.pairs("particle_dismissals")
PARTICLE_DOUBTS: frozenset[tuple[str, str]] = _CUES.pairs("particle_doubts")
PARTICLE_CUES: frozenset[tuple[str, str]] = (_CUES.pairs("particle") | PARTICLE_DISMISSALS
                                             | PARTICLE_DOUBTS)
WON_OBJECTS: frozenset[tuple[str, str]] = _CUES.pairs("won_objects")
MANNER_OBJECTS: frozenset[str] = _CUES.words("manner_objects")
NOUNS: frozenset[str] = _CUES.words("nouns")
REPORTIVE_PASSIVE: frozenset[str] = _CUES.words("reportive_passive")
REPORTIVE_ADVERBS: frozenset[str] = _CUES.words("reportive_adverbs")
# What was claimed or reported ("reports", "allegations"): an object that carries a clause.
REPORTED_THINGS: frozenset[str] = lexicon("report_nouns").words("claims")
PAREN: frozenset[str] = _CUES.words("parenthetical")
SUBORDINATORS: frozenset[str] = _CUES.words("subordinators")
XCOMP: frozenset[str] = _CUES.words("xcomp")
GERUND: frozenset[str] = _CUES.words("gerund_complement")
HEARER: frozenset[str] = _CUES.words("hearer")
FINITE_CLAUSE_ONLY: frozenset[str] = _CUES.words("finite_clause_only")
# "who asked [not to be named]": the anonymity formula, no statement; nor "declined [to
# comment]".
ANONYMITY_REQUEST = _CUES.pattern("anonymity_requests")
DECLINED_SAYING = _CUES.pattern("declined_saying")
INDIRECT_QUESTION = _CUES.pattern("indirect_question")
WITHHOLDING: frozenset[str] = _CUES.words("withholding")
# "said in [a statement] that P": the texts a verb of saying says its content in.
SAID_IN: frozenset[str] = _CUES.words("said_in")
NO_COMMENT_POLICY = _CUES.pattern("no_comment_policy")
UNABLE_TO_VERIFY = _CUES.pattern("unable_to_verify")
CHECKING: frozenset[str] = _CUES.words("checking_verbs")
_REFLEXIVES: frozenset[str] = _CUES.words("reflexive_objects")
_NAMING: frozenset[str] = _CUES.words("naming_verbs")
# Verbs of judging someone for an act ("condemned Ostland for P"), and a negation before
# a cue ("avoided criticising", "did not condemn"): a judgement not made states nothing.
JUDGING: frozenset[str] = _CUES.words("accusing")
CUE_NEGATION = lexicon("denial").pattern("cue_negation")
# A cue of commenting ("comment on", "commented"): negated, no comment was made.
_NO_COMMENT = re.compile(r"(?i)^comment")


def verb_class(lemma: str) -> str | None:
    """The content class of a verb lemma, or ``None`` when it is not a cue."""
    if lemma in SPEECH:
        return "speech"
    if lemma in COGNITION:
        return "cognition"
    if lemma in OBJECT:
        return "object"
    if lemma in RAISING:
        return "raising"
    return None


def takes_object(lemma: str, obj: Token, subj: Token | None = None) -> bool:
    """Whether the verb's direct object ``obj`` is what it reports: any object of an
    ``OBJECT`` verb, a report for a verb that names or checks its object (``REPORT_OBJECTS``:
    "branded the claims a fabrication", "verified the account"; not "labelled one of the
    animals a dad", "verify voter registration information"), and what a document found
    (``FINDING_OBJECTS``: "the study found a 30 percent higher risk"; not "police found a
    body")."""
    reported = obj.lemma_.lower() in REPORTED_THINGS or obj.lemma_.lower() in SAID_IN  # "its statement"
    return lemma in OBJECT or lemma in PLEAS or (lemma in REPORT_OBJECTS and reported) or (
        lemma in FINDING_OBJECTS and subj is not None and subj.lemma_.lower() in _DOCUMENTS)


def _holds_a_clause(doc: Doc, content: tuple[int, int]) -> bool:
    words = doc.char_span(*content, alignment_mode="expand")
    return words is not None and any(t.pos_ in ("VERB", "AUX") for t in words)


def states_nothing(doc: Doc, cue: tuple[int, int], content: tuple[int, int]) -> bool:
    """A statement that says nothing: a request for anonymity ("who asked [not to be
    named]"), a saying declined ("declined [to comment]") or a rule of not commenting
    ("said [it does not comment on individual cases]"), a question asked indirectly
    under a negated cue ("would not say [how many troops were sent]"), or a check the
    speaker could not make ("could not immediately [verify] the report"), a comment not
    made ("did not comment on [monetary policy]"), or a verb of saying that withholds
    ("denied them medical care"), or an act said to bear out a report (``confirmed_by_act``).
    """
    text = doc_text(doc)
    said, before = text[content[0] : content[1]], text[max(0, cue[0] - 50) : cue[0]]
    if ANONYMITY_REQUEST.match(said) or DECLINED_SAYING.match(said) or NO_COMMENT_POLICY.match(
            said):
        return True
    if INDIRECT_QUESTION.match(said) and CUE_NEGATION.search(before[-40:]):
        return True
    if _NO_COMMENT.search(text[cue[0] : cue[1]]) and CUE_NEGATION.search(before[-40:]) and not (
            _holds_a_clause(doc, content)):
        # "it did not comment on monetary policy": no comment made; not on "reports that
        # P", which leaves P open (a question).
        return True
    verb = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if verb is None or not len(verb):
        return False
    lemma = verb[0].lemma_.lower()
    if lemma in WITHHOLDING and any(c.dep_ == "dative" for c in verb[0].children):
        return True  # "denied them medical care": withheld, not denied
    if confirmed_by_act(verb[0]) or lemma in CONFIRMING and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in EVENT_HEADS for c in verb[0].children):
        return True  # "the resignation confirmed its findings": an event says nothing
    if verb[0].tag_ == "VBG" and verb[0].dep_ == "acl" and lemma in _NAMING and any(
            c.dep_ in ("dobj", "nsubj") and c.lower_ in _REFLEXIVES for c in verb[0].children):
        # "a group calling itself the Northern Front": the name a description gives, no
        # statement ("Mr. Fry describes himself as ..." is one).
        return True
    return lemma in CHECKING and UNABLE_TO_VERIFY.search(before) is not None


def confirmed_by_act(verb: Token) -> bool:
    """A participle of confirming hung on an act, not on a verb of saying ("The bank cut
    rates on Tuesday, [confirming] an earlier report by Bloomberg", "Russia withdrew its
    troops, [confirming] Ukrainian claims"): the writer tells the act and that it bears
    the report out; the actor says nothing, and the act is the sentence's own statement
    ("The ministry said P, confirming the report" is the ministry's). Only of a report: "...,
    questioning the commitment of NATO allies" is the actor's own statement."""
    return (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.lemma_.lower() in CONFIRMING
            and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX")
            and verb_class(verb.head.lemma_.lower()) is None
            and any(c.dep_ == "dobj" and c.lemma_.lower() in REPORTED_THINGS
                    for c in verb.children))
