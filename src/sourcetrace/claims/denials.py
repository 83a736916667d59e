"""Denials in claim candidates: whether a mention denies what it carries, and what a bare
denial of a report ("denied the accusations", "This never happened") names (which claim
it is about is ``answers``'s).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sourcetrace.attribution.cues import CHECKING, CONFIRMING, CONTRARY_OBJECTS, ECHO_OBJECTS
from sourcetrace.attribution.verb_cues import dated
from sourcetrace.claims import link as lex
from sourcetrace.claims.canon import Prop
from sourcetrace.claims.kept import kept_tokens
from sourcetrace.claims.pointing import of_the_kind
from sourcetrace.claims.reports import report_proposition, said_clause
from sourcetrace.claims.shapes import DENIED_PARTS
from sourcetrace.claims.undergone import undergoes_denial
from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.doctext import doc_text
from sourcetrace.stance.dismissals import dismissed
from sourcetrace.stance.lemmas import lemma_guess
from sourcetrace.stance.rules import cue_negated, governing_clause, non_answer, text_before_cue
from sourcetrace.stance.vocabulary import (
    denial_phrase_spans,
    has_denial_vocabulary,
    has_denial_words,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sourcetrace.models import Attribution

_PREDICTIVE = lexicon("denial").words("predictive")
# Reports that charge someone ("the allegations"): a party's denial of them answers what
# it is said to have done (here in its article, ``cluster`` across the corpus).
ACCUSATIONS = lexicon("report_nouns").words("accusations")
_TRUTH = lexicon("denial").words("truth_predicates")
# Records and documents said to be what they seem ("the data was authentic").
_RECORDS = lexicon("report_nouns").words("records")
_REAFFIRMING = lexicon("claim_words").pairs("reaffirming")
_REAFFIRMED = lexicon("claim_words").words("reaffirmed_objects")
_OWN = frozenset({"its", "our", "my"})
_DESCRIPTIONS = lexicon("report_nouns").words("descriptions")


def denial_cue(doc: Doc, att: Attribution | None) -> bool:
    """A denial cue that is not itself negated ("while not denying the story")."""
    if not lex.denial_cue(att):
        return False
    assert att is not None
    before = text_before_cue(doc_text(doc), att)
    return before is None or not (cue_negated(before) or _non_answer(before, att))


def _non_answer(before: str | None, att: Attribution) -> bool:
    """The cue is part of a refusal to confirm or deny ("neither confirmed nor denied");
    ``before`` is the sentence up to it (``text_before_cue``)."""
    return before is not None and non_answer(before, att.cue or "")


def refused_thing(content: SpacySpan) -> bool:
    """The noun a denial cue takes names no proposition, so nothing is denied: a proposal
    ("rejected Ukraine's push for peacekeepers"), a person or an outlet ("dismissing CNN
    as fake news"), an inquiry ("dismissed the investigation"). A report, a pronoun, a
    part in an act ("denied involvement", ``denied_parts`` in denial.toml), anything
    under "any" or "no" ("denied any meetings") and bare words of denial do; a thing
    denied *to* someone is withheld, whatever it is ("denying coverage to those with
    pre-existing conditions")."""
    head = content.root
    if head.pos_ not in {"NOUN", "PROPN"}:
        return False
    verb = head.head
    if head.dep_ == "dobj" and any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")
                                   for c in verb.children):
        return True  # "denying coverage to those with ...", "denied him entry": withheld
    if lex.names_report(head) or lex.names_document(head) or only_denial_words(content) or (
            head.lemma_.lower() in DENIED_PARTS):
        return False
    if said_clause(head) is not None:
        return False  # "retracted its statement that P": P, taken back
    return not any(c.dep_ == "det" and c.lower_ in {"any", "no"} for c in head.children)


def predicted_denial(doc: Doc, sent: SpacySpan, att: Attribution | None) -> bool:
    """The statement only predicts someone's denial, in its words or its cue: a denial verb
    under a modal or an expectation ("Putin will again deny interference", "He may deny
    it", "Putin is expected to deny that ..."), and no other word of denial. Nobody has
    denied anything: no mention of a claim comes of it."""
    if att is None or has_denial_vocabulary(sent.text):
        return False
    cue = doc.char_span(*att.cue_span, alignment_mode="expand") if att.cue_span else None
    return _predicts_denial(sent) or (cue is not None and _predicts_denial(cue))


def _predicts_denial(tokens: Iterable[Token]) -> bool:
    for t in tokens:
        if t.lemma_.lower() not in lex.DENIAL_VERBS:
            continue
        if any(c.dep_ == "aux" and c.lower_ in _PREDICTIVE for c in t.children) or (
                t.dep_ == "xcomp" and t.head.lower_ in _PREDICTIVE):
            return True
    return False


def denial_words(
    prop: Prop | None, sent: SpacySpan, context: SpacySpan, att: Attribution | None
) -> bool:
    """Denial vocabulary in the proposition itself or in its wrapper ("dismissed as
    disinformation the claim that ..."), not in an aside ("..., which has denied any
    role"): asides are dropped from the proposition and are not part of the wrapper."""
    if prop is None:
        return has_denial_words(context.text)
    inner = {t.i for t in prop.root.subtree}
    passive = undergoes_denial(prop.root)  # "I was dismissed": fired, no denial
    kept = " ".join(t.text for t in kept_tokens(prop, sent) if not (passive and t.i == prop.root.i))
    if att is not None:
        if (att.cue or "").strip().lower() in lex.REPORT_NOUNS:
            # "refuted claims by officials that [P]": this attribution is the report
            # itself (the officials claim P); the denial is the refuter's.
            return has_denial_words(kept)
        # Outside the content, only in the clause of the verb that governs it: in
        # "blaming 'fake news' and promising instead a trade deal" they are another act's.
        clause = governing_clause(sent)
        outside = clause if clause is not None else " ".join(
            t.text for t in context if not sent.start <= t.i < sent.end)
        return has_denial_words(kept) or has_denial_words(label_given(prop.root)) or (
            has_denial_words(outside) and lex.denies_report(outside)
            and carried_by_report(prop, context)
        ) or dismissed(prop.root, context)
    wrapper = " ".join(t.text for t in sent if t.i not in inner)
    return has_denial_words(kept) or has_denial_words(wrapper) or dismissed(prop.root, sent)


def label_given(root: Token) -> str:
    """What the verb acting on ``root`` calls it ("called [the reports] 'fake news'"): the
    words of its object predicate, empty when there is none."""
    if root.dep_ != "dobj":
        return ""
    return " ".join(t.text for c in root.head.children if c.dep_ == "oprd" for t in c.subtree)


def carried_by_report(prop: Prop, context: SpacySpan) -> bool:
    """The content is what a report in its sentence carries ("dismissed as disinformation
    the claim that [P]"), or the sentence names no report's content at all ("called it
    disinformation"); "denied the accusations, instead saying [Kyiv was behind it]"
    asserts its content: the denial is of the accusations."""
    carried = report_proposition(context)
    if carried is None:
        # A report that is itself the object of the denial ("denied the accusations")
        # is denied in full there; another clause of the sentence is another statement.
        return not any(
            t.dep_ == "dobj" and lex.names_report(t) and t.head.lemma_.lower() in lex.DENIAL_VERBS
            for t in context
        )
    if carried.lo is not None and carried.hi is not None:
        return carried.lo <= prop.root.i < carried.hi
    return prop.root.i in {t.i for t in carried.root.subtree}


def only_denial_words(span: SpacySpan) -> bool:
    """A content that is nothing but a word of denial and its modifiers ("JUST FAKE
    DISINFORMATION!", "Total hoax."): a bare denial of what was reported before it."""
    head = span.root
    others = [t for t in span if t.i != head.i and not (t.is_punct or t.is_stop)]
    return has_denial_words(head.text) and all(
        t.pos_ in {"ADJ", "ADV"} and t.head.i == head.i for t in others)


def names_no_report(content: SpacySpan) -> bool:
    """Words of denial used as a name for something, not said of a report: a nominal
    content that a verb other than a denial acts on ("blaming 'fake news'": what is
    blamed), or the label of a free relative ("what he calls 'fake news'": whatever he
    calls so). "Called the reports 'fake news'" and "called it fake news" say it of the
    report."""
    head = content.root
    if not has_denial_words(content.text):
        return False
    if head.dep_ == "dobj" and not any(t.pos_ in {"VERB", "AUX"} for t in content):
        # The words of denial are what is acted on, not a label given to a report named
        # beside them, however parsed ("called the reports disinformation" is parsed as
        # one noun phrase headed by "disinformation").
        at = head.idx - content.start_char
        in_phrase = any(a <= at < b for a, b in denial_phrase_spans(content.text))
        return (in_phrase and head.head.lemma_.lower() not in lex.DENIAL_VERBS
                and not any(lex.names_report(t) for t in content if t.i != head.i))
    verb = head.head if head.dep_ == "oprd" else head
    named = next((c for c in verb.children if c.dep_ == "dobj"), None)
    label = next((c for c in verb.children if c.dep_ == "oprd"), None)
    # Unless a denial takes it and its label is a report: "rejected what she called
    # 'baseless accusations'" rejects the accusations.
    return (named is not None and named.tag_ in {"WP", "WDT"} and label is not None
            and not (verb.head.lemma_.lower() in lex.DENIAL_VERBS and lex.names_report(label)))


def echoes(sent: SpacySpan) -> bool:
    """The content repeats an earlier statement ("the same", "much the same")."""
    return sent.text.strip().lower() in ECHO_OBJECTS


def confirms_before(sent: SpacySpan, att: Attribution) -> bool:
    """A verb of confirming takes up an earlier statement as its object, named only by a
    report noun or a pronoun ("confirmed the report", "could not confirm it"): the
    content is that statement, as with "said the same". A report that carries its own
    content ("confirmed reports that P", "the account of P") is not."""
    words = re.findall(r"[a-z]+", (att.cue or "").lower())
    # Else "neither confirmed nor denied the report": the denial cue of a non-answer.
    if not any(lemma_guess(w) & CONFIRMING for w in words) and not _non_answer(
            text_before_cue(doc_text(sent.doc), att), att):
        return False
    head = sent.root  # an object, or a preposition's ("cast doubt on the reports")
    return head.dep_ in ("dobj", "pobj") and lex.is_report(head) and not any(
        c.dep_ in ("acl", "relcl", "ccomp", "prep", "appos")
        and not (c.dep_ == "prep" and dated(c))  # "the reports [on Tuesday]": no content
        for c in head.children)


def contradicts_before(sent: SpacySpan) -> bool:
    """The content contradicts an earlier statement ("claiming otherwise")."""
    return sent.text.strip().lower() in CONTRARY_OBJECTS


def names_content(keep: Sequence[Token]) -> bool:
    """The words of a bare denial name what is rejected beyond a report noun, its source
    and words of denial: "the US' [spy balloon] accusation" does, "the accusations",
    "these reports" and "it" do not, nor does what the report is called ("dismissed the
    indictment [as an attempt to spoil the meeting]": a label, not what is denied)."""
    # "Ostland's description of it [as terrorism]": what a description called it is named.
    label = {s.i for t in keep if t.dep_ == "prep" and t.lower_ == "as"
             and t.head.lower_ not in _DESCRIPTIONS for s in t.subtree}
    if keep:
        # The words of a denial phrase name nothing ("blaming 'fake news'").
        doc, lo = keep[0].doc, min(t.idx for t in keep)
        hi = max(t.idx + len(t) for t in keep)
        phrases = [(lo + a, lo + b) for a, b in denial_phrase_spans(doc_text(doc)[lo:hi])]
        label |= {t.i for t in keep if any(a <= t.idx < b for a, b in phrases)}
    return any(
        t.i not in label
        and t.pos_ in {"NOUN", "PROPN", "ADJ"} and not t.is_stop and t.dep_ != "poss"
        and t.lemma_.lower() not in lex.REPORT_NOUNS and t.lower_ not in lex.REPORT_NOUNS
        and not has_denial_words(t.text)  # "the reports [disinformation]" names nothing
        for t in keep
    )


def said_inside(root: Token, content: SpacySpan, att: Attribution) -> bool:
    """``root`` is what someone inside the quoted content says ("He claimed Obama 'was
    informed ..., he said it couldn't happen'"): a verb of saying other than the
    attribution's own cue, with a subject of its own, governs it there. A flat denial there
    is that person's, reported by the speaker, and no denial of the speaker's own."""
    cue = att.cue_span or (-1, -1)
    return any(content.start <= t.i < content.end and not cue[0] <= t.idx < cue[1]
               and t.lemma_.lower() in lex.WRAPPER_VERBS
               and any(c.dep_ == "nsubj" for c in t.children) for t in root.ancestors)


def flat_denial(root: Token) -> bool:
    """ "This never happened", "that is not true", "it did not occur", "..., and it never
    did": a negated flat predicate (or such a clause joined to it) whose subject is a
    pronoun pointing back at something reported."""
    return _flat(root) or any(_flat(c) for c in root.children if c.dep_ == "conj")


def stands_by(root: Token) -> Token | None:
    """ "it stood by his statement", "the paper stands by its reporting": keeping to what
    was said before, not negated (``reaffirming``), takes it up as "said the same" does.
    The statement or report stood by, else None."""
    if lex.negated(root):
        return None
    return next((o for p in root.children if p.dep_ in ("prep", "prt")
                 and (root.lemma_.lower(), p.lower_) in _REAFFIRMING
                 for o in p.children
                 if o.dep_ == "pobj" and (lex.is_report(o) or o.lemma_.lower() in _REAFFIRMED)),
                None)


def own_words(obj: Token) -> bool:
    """What is stood by is the speaker's own ("its reporting", "our story"), not another's
    ("his statement")."""
    return any(c.dep_ == "poss" and c.lower_ in _OWN for c in obj.children)


def affirms_report(root: Token) -> bool:
    """ "The reports were true", "it is accurate": a predicate of truth, not negated, whose
    subject is a report noun or a pronoun pointing back: it takes up what was reported, as
    "said the same" does ("it is true that P" says P itself)."""
    if root.lemma_.lower() != "be" or lex.negated(root) or any(
            c.dep_ in {"ccomp", "xcomp"} for c in root.children):
        return False
    pred = next((c for c in root.children if c.dep_ in {"acomp", "attr"}), None)
    return pred is not None and pred.lemma_.lower() in _TRUTH and any(
        c.dep_ == "nsubj" and (lex.is_report(c) or lex.names_document(c) or c.lower_ in _RECORDS)
        for c in root.children)


def _flat(root: Token) -> bool:
    lemma = root.lemma_.lower()
    if lemma == "be":
        pred = next((c for c in root.children if c.dep_ in {"acomp", "attr"}), None)
        lemma = pred.lemma_.lower() if pred is not None else lemma
    if lemma not in lex.FLAT_DENIAL:
        return False
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not lex.negated(root):
        # "Nothing of the sort happened": the negative subject points back. Not "nothing
        # like this has happened before", which says the event is without precedent.
        return any(c.lower_ in {"nothing", "none"} and of_the_kind(c) for c in subjects)
    if any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in root.children):
        return False  # "it did not say so": a pro-verb "did" stands alone
    if any(c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
           for c in root.children):
        return False  # "it hadn't occurred to him to ask": "it" is the infinitive's
    return any(c.lower_ in {"this", "that", "it"} or of_the_kind(c) for c in subjects)


def left_open(sent: SpacySpan) -> bool:
    """ "Ostland's navy neither confirmed nor denied that it had escorted the ship", "would
    not confirm that P": a verb that checks or denies P, negated, over P's clause; P is
    left open, no one's word (``Reading.doubted``)."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma not in CHECKING and lemma not in lex.DENIAL_VERBS:
            continue
        pair = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        over = any(c.dep_ == "ccomp" for v in [*pair, *verb.conjuncts] for c in v.children)
        if over and any(c.dep_ == "neg" or c.lower_ == "neither" for v in pair
                        for c in v.children):
            return True
    return False
