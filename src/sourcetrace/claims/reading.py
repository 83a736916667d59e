"""What one region of an article asserts, before it is rendered as a claim candidate: the
proposition, who wraps it ("X said that P"), and whether (and how) the mention denies it
(``candidates`` renders the reading; ``denials`` decides the denial cases).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sourcetrace.claims import denials
from sourcetrace.claims import link as lex
from sourcetrace.claims.canon import (
    Prop,
    denied_object,
    proposition_root,
    unclaimed,
)
from sourcetrace.claims.negatives import no_one_did
from sourcetrace.claims.pointing import no_such, pointed_object, points_back
from sourcetrace.claims.reports import confirmed_report, report_proposition, said_clause
from sourcetrace.claims.shapes import (
    asked_whether,
    bare_part,
    framed_reply,
    involvement_denial,
    label_clause,
    negated_fragment,
    negates,
    undecided,
)
from sourcetrace.claims.wrappers import accused_of, verb_statement
from sourcetrace.stance.dismissals import labelled_report
from sourcetrace.stance.lemmas import lemma_guess
from sourcetrace.stance.relayed import relays_denial

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sourcetrace.models import Attribution

__all__ = ["Reading", "read_region"]


@dataclass
class Reading:
    """What a region asserts, before rendering: the proposition, who wraps it, and
    whether (and how) the mention denies it."""

    prop: Prop | None
    wrapper_subj: SpacySpan | None
    denial: bool
    nominal: bool
    bare: bool = False
    echo: bool = False  # "said the same": repeats the statement before it
    own: bool = False  # "stood by its reporting": the echo is of the speaker's own report
    labelled: bool = False  # "described X as an act of sabotage": X is (``label_clause``)
    framed: bool = False  # "nobody died": a denial of whatever claim tells of such an event

    @property
    def refers(self) -> str:
        """What a bare reading points at: the statement it echoes, the claim of its kind
        of event, or the report it answers (``answers.link_report_denials`` decides)."""
        if self.echo:
            return lex.OWN_ECHO if self.own else lex.ECHO
        return lex.BY_FRAME if self.framed else "?"
    doubted: bool = False  # "said nothing suggested that P": P, which the speaker doubts


def read_region(doc: Doc, sent: SpacySpan, context: SpacySpan, att: Attribution | None
                ) -> Reading:  # fmt: skip
    """A denial that names only a report ("denied those reports") has no proposition of
    its own: it is kept ``bare`` so it can be pointed at the claim the report carries."""
    nominal = not any(t.pos_ in {"VERB", "AUX"} for t in sent)
    cue_denies = denials.denial_cue(doc, att)
    prop: Prop | None
    doubted = False
    if denials.predicted_denial(doc, sent, att) or (cue_denies and denials.refused_thing(sent)) or (
            denials.names_no_report(sent)):
        return Reading(None, None, False, nominal, False)
    if att is not None and (asked := asked_whether(context, sent)) is not None:
        # "Asked whether P, he said: 'Absolutely not.'": the reply denies (or says) P.
        return Reading(Prop(asked[0]), None, asked[1], False)
    if att is not None and (shaped := _said_of_before(sent, att, nominal, cue_denies)) is not None:
        return shaped
    if nominal:
        prop, wrapper_subj, denial_wrapper = Prop(sent.root), None, cue_denies
    else:
        prop, wrapper_subj, denial_wrapper = proposition_root(sent)
        if prop is not None and prop.root.dep_ == "dobj" and (
                charged := accused_of(prop.root.head, sent)) is not None:
            prop = Prop(charged)  # "accused [four diplomats of spying ...]": the charge
        if prop is None and att is not None:
            prop = unclaimed(sent)  # "said nothing suggested that P": P, in doubt
            doubted = prop is not None
        elif prop is not None and att is not None and denials.left_open(sent):
            doubted = True  # "neither confirmed nor denied that P": P, no one's word
    denial = denial_wrapper or cue_denies or denials.denial_words(prop, sent, context, att)
    if denial and att is not None and att.source_span is not None and relays_denial(
            sent, att.cue, doc.char_span(*att.source_span, alignment_mode="expand")):
        denial = False  # "Bolton noted that Putin denied it": Putin's denial, relayed
    if not denial and prop is not None and att is not None and _denial_elaborated(doc, att, prop):
        # "dismissed a report that P, saying he was not going anywhere": the denier's
        # reason, no proposition of its own; the verb's own mention denies P (pointed at
        # a claim of its own, the reason had gone to the last claim naming the denier).
        return Reading(None, None, False, nominal, False)
    if denial and prop is not None and _refuses(prop.root):
        denial = False  # "Ilves have rejected an opening offer": an act of its own
    bare = False
    if prop is not None and (denials.flat_denial(prop.root) or involvement_denial(prop.root)) and not (
            att is not None and denials.said_inside(prop.root, sent, att)):
        # "This never happened", "That is not true": no proposition of its own, a denial
        # of the report the pronoun points back at.
        return Reading(prop, wrapper_subj, True, nominal, True)
    if denial:
        bare, prop = _denied(prop, sent, context, nominal)
    if not bare and prop is not None and att is not None and no_one_did(prop.root, denial, sent):
        # "denied that anyone had died", "There have been no deaths": nothing one could
        # check alone, a denial of the claim that tells of that kind of event.
        return Reading(prop, wrapper_subj, True, nominal, True, framed=True)
    if not bare and prop is not None and (answer := _answered(prop)) is not None:
        # "had no knowledge of anything like this", "would never do anything like that",
        # "had shown no such risk": no proposition of its own, an answer to the one
        # reported before it.
        bare, prop = True, answer
    return Reading(prop, wrapper_subj, denial, nominal, bare, doubted=doubted)


def _said_of_before(sent: SpacySpan, att: Attribution, nominal: bool, cue_denies: bool
                    ) -> Reading | None:  # fmt: skip
    """The shapes of a statement about what was said before (an echo, a bare denial of
    it, a report labelled untrue) or of a verb's own act ("has denied sending troops", "X
    described as an act of sabotage"); None for a statement of its own."""
    if (stood := denials.stands_by(sent.root)) is not None:
        # "said it stood by its reporting": its own report; "by his statement": the one before.
        return Reading(Prop(sent.root), None, False, True, bare=True, echo=True,
                       own=denials.own_words(stood))
    if (denials.echoes(sent) or denials.confirms_before(sent, att)
            or denials.affirms_report(sent.root)):
        return Reading(Prop(sent.root), None, False, True, bare=True, echo=True)
    if (denials.contradicts_before(sent) or negated_fragment(sent, att.content)
            or ((reply := framed_reply(sent)) is not None and negated_fragment(reply))
            or (nominal and no_such(sent.root))):
        # A bare denial: pointed at the statement before it like "denied those reports"
        # ("its own trials had shown [no such risk]").
        return Reading(Prop(sent.root), None, True, True, bare=True)
    if undecided(sent):
        # "No final decision has been made": an answer to the report, no denial of it.
        return Reading(Prop(sent.root), None, False, True, bare=True)
    if (report := labelled_report(sent)) is not None and not (
            cue_denies and report.head.i != sent.root.i):
        # "called the reports a provocation": a bare denial of what the reports said; not
        # where a denial cue takes a proposition of its own and the labelling hangs on it
        # ("denied that its coast guard had seized a ship, calling the reports ...").
        return Reading(Prop(report), None, True, True, bare=True)
    if (carried := confirmed_report(sent, att)) is not None:
        # "confirmed reports that P", "verified a report by X that P": P, the cue's own.
        return Reading(carried, None, False, False)
    if (said := verb_statement(sent)) is not None:
        verb, lo, skip = said  # "[The U.S. government has refused] to say who is ..."
        # "[Ostland has denied] sending troops": a denial of its own act.
        return Reading(Prop(verb, lo, sent.end, skip=skip), None, cue_denies, False)
    if nominal and (labelled := label_clause(sent)) is not None:
        return Reading(labelled, None, False, True, labelled=True)
    return None


def _report_of(noun: Token) -> Token | None:
    """The report noun whose "of" phrase ``noun`` is ("allegations [of ballot stuffing]")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    return prep.head if lex.is_report(prep.head) and prep.head.pos_ == "NOUN" else None


def _refuses(root: Token) -> bool:
    """A verb of denial whose object names no proposition ("rejected an opening offer",
    ``denials.refused_thing``), as when a denial cue takes one: refusing, not denying."""
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    return root.lemma_.lower() in lex.DENIAL_VERBS and obj is not None and denials.refused_thing(
        root.doc[obj.left_edge.i : obj.right_edge.i + 1])


def _denied(prop: Prop | None, sent: SpacySpan, context: SpacySpan, nominal: bool
            ) -> tuple[bool, Prop | None]:  # fmt: skip
    """What a denial denies, and whether it is ``bare`` (pointed at a report): the
    proposition a report noun carries, a nominal object, or the report itself."""
    said = said_clause(prop.root) if prop is not None else None
    carried = report_proposition(context) or denied_object(prop) or (
        Prop(said) if said is not None else None)  # "retracted its statement that P"
    if carried is not None and points_back(carried.root):
        # "I never heard of such flights": the flights told of before, denied.
        return True, carried
    if carried is not None and (report := _report_of(carried.root)) is not None:
        # "dismissed opposition allegations of ballot stuffing": a report named by a noun
        # of what it says, denied; the claim is found by those words.
        return True, Prop(report)
    if carried is not None:
        return False, carried
    if (prop is None or lex.targets_report(prop.root)
            or ((nominal or prop.root.pos_ in {"NOUN", "PROPN"})
                and (lex.names_report(prop.root) or lex.names_document(prop.root)
                     or denials.only_denial_words(sent)
                     or bare_part(prop.root)))):
        return True, prop or Prop(sent.root)
    return False, prop


def _answered(prop: Prop) -> Prop | None:
    """What a negated statement of not knowing or not doing points back at ("anything
    like this"), or a "no such" thing said not to be, anywhere in it, as its head or as
    its subject ("No such commitment was made")."""
    subj = next((c for c in prop.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    pointed = pointed_object(prop.root) or (prop.root if no_such(prop.root) else None) or (
        subj if subj is not None and no_such(subj) else None)
    if pointed is not None and (lex.negated(prop.root) or no_such(pointed)):
        return Prop(pointed)
    return None


def _denial_elaborated(doc: Doc, att: Attribution, prop: Prop) -> bool:
    """A negative statement in a participle of saying after a denial ("rejected the
    accusations, saying it does not conduct cyberattacks"; "dismissed the report, telling
    reporters: 'I am not going anywhere'"): the denier's reason for the denial. An
    affirmative one is a rival statement of its own ("denied P, saying it struck a depot")."""
    if att.cue_span is None or not negates(prop.root):
        return False
    cue = doc.char_span(*att.cue_span, alignment_mode="expand")
    if cue is None:
        return False
    verb = cue[0]
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i
            and bool(lemma_guess(verb.head.lower_) & lex.DENIAL_CUE_WORDS))
