"""Parse repairs for two garden paths of the small English model that cut a reported
clause in two, so that what a source said is lost to every later stage:

- "experts said [a deliberate explosion inside the dam, which is controlled by Russia,]
  most likely caused its collapse": the long subject is parsed as the object of "said"
  and "caused" as a second verb of the sentence (``conj``, or ``advcl`` with no
  subordinator) with no subject;
- "NORSAR said that [signals captured from a station 385 miles away] show ...": the
  reduced relative "captured" is parsed as the clause's verb, with "show" left over as a
  second, subjectless complement.

- "Ukraine's authorities reported [shortly after the explosion on June 6] that Russian
  forces destroyed the plant": the that-clause is hung on the last noun of the adverbial
  ("explosion") as a relative clause (or a clause of a noun the parser made an adjunct:
  "posted on X, formerly Twitter, that ..."), and "reported" is left with nothing reported;
  "The Times reported, citing two officials, that P": the that-clause is an adverbial
  clause, with the relay hung on it; "P, a source close to the government told Reuters":
  the speaker is an apposition of P's last noun.

- "the ministry said [the charges were baseless] and added that Q": the second verb of
  saying is hung on the reported clause's verb, so the charges "added" Q; it goes on with
  the ministry's statement (``cues.toml`` ``continuing``).

- "called the recording fake": the object is glued onto the label as a compound, so
  nothing is called anything (``repair_glued_label``).

The first two are rewired to the reading a reader makes: the noun is the subject of the
verb that lacks one, and that verb is the complement of the verb of saying. Only verbs of
saying that take a clause and almost never a noun object are touched (``cues.toml``
``clause_only``). The third needs a "that" that is a complementiser (a relative "that" is
the clause's subject or object, never its ``mark``) under a verb of saying (``speech``)
with no complement of its own. Offsets and tokens never change.

Slips of the tagger with typographic apostrophes are mended in ``clitics``, a complementiser
read as a subject in ``complementisers``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.appositions import (
    CLOSING_VERBS,
    apposed_claim,
    appositive_charge,
    appositive_speaker,
    closing_speaker,
    repair_former_name,
    role_before_speaker,
)
from sourcetrace.nlp.clitics import repair_negations, repair_stranded_subjects
from sourcetrace.nlp.complementisers import repair_subject_that
from sourcetrace.nlp.labels import repair_glued_label, repair_trailing_label
from sourcetrace.nlp.objects import (
    repair_closing_verb,
    repair_part_in_act,
    repair_verb_read_as_noun,
    repair_verdict_read_as_noun,
)
from sourcetrace.nlp.participles import (
    repair_accused,
    repair_gerund_object,
    repair_modifier_verb,
    repair_nominal_verb,
    repair_object_taking_modifier,
    repair_participle_before_verb,
    repair_participle_root,
    repair_saying_participle,
    repair_told_clause,
)

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLAUSE_ONLY = lexicon("cues").words("clause_only")
RELAY = lexicon("cues").words("relay")
# What a relay cites when it names people as its source ("citing two officials"); a
# report cited after the clause may be its speaker's ("X told Reuters that P, citing a
# report by Y"), and is left where the parser put it.
_SOURCE_HEADS = lexicon("source_heads").words("anonymous_heads")
SPEECH = lexicon("cues").words("speech")
# Verbs whose object is the one told ("told reporters"), not what was said.
_HEARER_VERBS = lexicon("cues").words("hearer")
_CLAIM_NOUNS = lexicon("report_nouns").words("claims")
_CUE_VERBS = SPEECH | lexicon("cues").words("cognition")
CONTINUING = lexicon("cues").words("continuing")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# What a clause's own verb takes and a reduced relative's participle does not.
_COMPLEMENTS = frozenset({"dobj", "acomp", "attr", "ccomp", "xcomp", "dative"})


def repair_parse(doc: Doc) -> Doc:
    """Every repair of this module, in place. A repair that fails on an odd parse is
    skipped, logged, and the others still run: it runs inside the spaCy pipeline, where an
    exception would stop the whole batch of articles, and the parse as the model made it
    is still a parse."""
    for repair in (repair_nominal_verb, repair_negations, repair_stranded_subjects,
                   repair_subject_that, repair_accused,
                   repair_glued_label, repair_trailing_label,
                   repair_gerund_object, repair_participle_root, repair_modifier_verb,
                   repair_participle_before_verb,
                   repair_saying_participle, repair_told_clause, repair_speech_complements,
                   repair_report_objects, repair_former_name, repair_part_in_act,
                   repair_closing_verb, repair_verb_read_as_noun, repair_object_taking_modifier,
                   repair_verdict_read_as_noun):
        try:
            repair(doc)
        except Exception:  # noqa: BLE001 - see the docstring
            log.warning("parse repair %s failed on %r", repair.__name__, doc.text[:80],
                        exc_info=True)
    return doc


# Verbs that take a report as their object: "denies report it sent troops".
_TAKING_REPORTS = (lexicon("denial").words("contradict") | lexicon("cues").words("confirming"))


def repair_report_objects(doc: Doc) -> Doc:
    """ "Ostland denies report it sent troops": in a headline's telegraphic English the
    model reads the report noun as a verb ("denies [to] report"); it is the object, and
    the clause after it its content."""
    for tok in doc:
        head = tok.head
        if (tok.tag_ not in {"VB", "VBP"} or tok.lower_ not in _CLAIM_NOUNS
                or tok.dep_ not in {"xcomp", "ccomp"} or head.i != tok.i - 1
                or head.lemma_.lower() not in _TAKING_REPORTS
                or any(c.dep_ in _SUBJECTS or c.dep_ == "aux" for c in tok.children)):
            continue
        tok.dep_, tok.tag_, tok.pos_ = "dobj", "NNS" if tok.lower_.endswith("s") else "NN", "NOUN"
        tok.lemma_ = tok.lower_.removesuffix("s") if tok.lower_.endswith("s") else tok.lower_
        for c in tok.children:
            if c.dep_ == "ccomp":
                c.dep_ = "acl"
    return doc


# Verbs that close a statement as an aside though they are no verbs of saying.
_ASIDES = CLOSING_VERBS - SPEECH


def repair_speech_complements(doc: Doc) -> Doc:
    for verb in doc:
        if verb.lemma_.lower() in CLAUSE_ONLY and verb.pos_ == "VERB":
            _object_then_verb(verb) or _reduced_relative(verb)
        if verb.lemma_.lower() in SPEECH and verb.pos_ == "VERB":
            _stranded_that_clause(verb) or _relay_before_that_clause(
                verb) or appositive_speaker(verb) or closing_speaker(verb)
            apposed_claim(verb) or appositive_charge(verb) or role_before_speaker(verb)
        elif verb.lemma_.lower() in _ASIDES and verb.pos_ == "VERB":
            closing_speaker(verb)  # "P, The Ledger understands"
        if verb.pos_ == "VERB":
            _second_statement(verb)
    return doc


def _finite_without_subject(tok: Token) -> bool:
    # A bare "VB" after a plural noun is a present tense the tagger took for a base form
    # ("signals ... show"); with "to" it is an infinitive.
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    finite = not to and (tok.tag_ in _FINITE or tok.tag_ == "VB"
                         or any(c.dep_ in {"aux", "auxpass"} for c in tok.children))
    return (tok.pos_ in {"VERB", "AUX"} and finite
            and not any(c.dep_ in _SUBJECTS for c in tok.children))


def _object_then_verb(verb: Token) -> bool:
    """ "said [NP] ... VERB" with VERB a subjectless ``conj`` of "said" and no "and"
    between: NP is VERB's subject and VERB the complement."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return False
    for conj in verb.children:
        # The verb hangs as a second verb ("conj"), as the complement it is but without
        # its subject ("ccomp": "insisted [Ostland] had never sent"), or, after a comma, as
        # an adverbial clause with no subordinator ("advcl": "..., which Russia holds,
        # likely caused").
        shape = conj.dep_ in ("conj", "ccomp") or (
            conj.dep_ == "advcl" and not any(c.dep_ == "mark" for c in conj.children))
        if not shape or conj.i <= obj.right_edge.i or not _finite_without_subject(conj):
            continue
        if any(c.dep_ == "cc" and obj.i < c.i < conj.i for c in verb.children):
            return False  # "said a few words and left": two acts of the speaker
        conj.head, conj.dep_ = verb, "ccomp"
        obj.head, obj.dep_ = conj, "nsubj"
        return True
    return False


def _reduced_relative(verb: Token) -> bool:
    """ "said that [NOUN] VBN ... VERB": two complements, the first a participle with a
    subject, no auxiliary and no object, the second finite with none: the participle modifies the
    noun, which is the second verb's subject."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    for first, second in zip(comps, comps[1:], strict=False):
        subj = next((c for c in first.children if c.dep_ == "nsubj"), None)
        # Tagged VBN or (the tagger slips too) VBD, but with no object after it: a
        # participle, not the clause's verb.
        if (first.tag_ not in {"VBN", "VBD"} or first.pos_ != "VERB"
                or subj is None or subj.pos_ != "NOUN"
                or any(c.dep_ in {"aux", "auxpass"} for c in first.children)
                or any(c.dep_ in _COMPLEMENTS and c.i > first.i for c in first.children)
                or second.i <= first.right_edge.i or not _finite_without_subject(second)):
            continue
        subj.head, subj.dep_ = second, "nsubj"
        first.head, first.dep_ = subj, "acl"
        return True
    return False



def _stranded_that_clause(verb: Token) -> bool:
    """ "reported [after the explosion] that P", "posted [on X, formerly Twitter,] that P",
    P parsed as a relative clause of the adverbial's noun, or a clause of a name there: P
    (complementiser "that", a subject of its own) is the complement."""
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return False
    # The object of a verb of telling is who was told ("told reporters [on condition of
    # anonymity] that P"), so a clause may still follow; any other object is what was
    # said, and a that-clause after it is the relative it seems ("pressed his counterpart
    # on the inquiry that Trump has called a witch hunt").
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    if objects and verb.lemma_.lower() not in _HEARER_VERBS:
        return False
    for adverbial in verb.children:
        if adverbial.dep_ not in {"prep", "npadvmod", "advmod"} or adverbial.i < verb.i or any(
                i > adverbial.i for i in objects):
            continue
        for clause in adverbial.subtree:
            # A clause of a common noun may be its own ("Trump's declaration that it had
            # been a bomb"); a name takes none ("on X, formerly Twitter, that ...").
            that = _complementiser(clause)
            if (clause.dep_ == "relcl" or (clause.dep_ == "acl" and clause.head.pos_ == "PROPN")
                    ) and that is not None:
                clause.head, clause.dep_ = verb, "ccomp"
                that.dep_ = "mark"
                return True
    return False


def _complementiser(clause: Token) -> Token | None:
    """The "that" opening ``clause`` when it is a complementiser, not a relative pronoun: the
    clause has a subject of its own, and "that" is its ``mark``, or what the parser hung on
    it in a slot the clause fills already or no clause has ("[that] Ostland had sent
    troops" parsed with "that" a second object, or a ``dative``): a relative "that" is
    the subject or the object the clause lacks."""
    that = clause.doc[clause.left_edge.i]
    if that.lower_ != "that" or that.head.i != clause.i or that.dep_ in _SUBJECTS:
        return None
    if not any(c.dep_ in _SUBJECTS and c.i != that.i for c in clause.children):
        return None
    # Not a slot of an adjunct ("the same way [that] we must respond now": an "advmod"
    # beside "now"): a relative "that" may stand for a manner or a time.
    if that.dep_ in {"mark", "dative"} or (that.dep_ == "dobj" and any(
            c.dep_ == "dobj" and c.i != that.i for c in clause.children)):
        return that
    return None


def _relay_before_that_clause(verb: Token) -> bool:
    """ "The Times reported, [citing two officials,] that P": the parser makes P an adverbial
    clause of "reported", or its complement, and hangs "citing" on P; and "reported that P,
    [citing two officials]", where the relay's object is people or a name, not a reason
    ("citing security concerns" is P's actor's). P (its "that" first once the relay is left
    out, a subject of its own) is the complement, and the relay is the reporter's."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None and not any(c.dep_ in {"xcomp", "dobj"} for c in verb.children):
        clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                       and any(s.dep_ in _SUBJECTS for s in c.children)), None)
    if clause is None:
        return False
    relays = [c for c in clause.children if c.dep_ == "advcl" and c.lower_ in RELAY]
    inside = {t.i for r in relays for t in r.subtree}
    first = next((t for t in clause.subtree if t.i not in inside and not t.is_punct), None)
    if first is None or first.lower_ != "that" or first.dep_ != "mark":
        return False
    changed = clause.dep_ != "ccomp"
    clause.head, clause.dep_ = verb, "ccomp"
    for relay in relays:
        last = relay.right_edge.i >= clause.right_edge.i and relay.i > first.i and (
            relay.doc[relay.left_edge.i - 1].text == ",")
        if relay.i < first.i or (last and _cites_a_source(relay)):
            relay.head, changed = verb, True
    return changed


def _cites_a_source(relay: Token) -> bool:
    obj = next((c for c in relay.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.pos_ == "PROPN" or obj.lemma_.lower() in _SOURCE_HEADS
                                or obj.lower_ in _SOURCE_HEADS)


# Verbs of saying with the preposition that takes their content ("called for protests").
_PHRASAL = lexicon("cues").pairs("prep")


def _tense(verb: Token) -> str:
    """A verb's tense tag, from its auxiliary where it has one ("did not say": past)."""
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ in _FINITE), None)
    return aux.tag_ if aux is not None else verb.tag_


def _second_statement(verb: Token) -> bool:
    """ "X said P and added that Q", "... and called for protests", "... but did not say
    whether Q": the second verb of saying, with no subject of its own and the first verb's
    tense, is hung on P's verb, so P's subject read as its speaker ("the
    charges added ...") and Q as part of P. It goes on with X's statement: a second verb of
    X's. Not when P's verb is itself one of saying or belief ("said the company denied the
    report and said it would sue": the company's two acts). So too after a report's clause
    ("dismissed claims that the army shelled the town and insisted ...", "had seen reports
    that P but could not confirm them"), whatever X's verb and tense."""
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    clauses = [(c, True) for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
               and verb.lemma_.lower() in SPEECH]
    clauses += [(c, False) for o in verb.children if o.dep_ == "dobj" and o.lower_ in _CLAIM_NOUNS
                for c in o.children if c.dep_ in {"acl", "ccomp", "relcl"} and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    changed = False
    for clause, same_tense in clauses:
        for anchor, conj in _closing_conjuncts(clause):
            if (conj.lemma_.lower() not in CONTINUING or conj.pos_ != "VERB"
                    or (same_tense and _tense(conj) != verb.tag_
                        and not _finite_after_passive(anchor, conj))
                    or any(c.dep_ in _SUBJECTS for c in conj.children)
                    or not any(c.dep_ in {"ccomp", "dobj", "xcomp"} or (
                        c.dep_ == "prep" and (conj.lemma_.lower(), c.lower_) in _PHRASAL)
                        for c in conj.children)):
                continue
            for cc in anchor.children:
                if cc.dep_ == "cc" and anchor.i < cc.i < conj.i:
                    cc.head = verb
            conj.head, changed = verb, True
    return changed


def _closing_conjuncts(clause: Token) -> list[tuple[Token, Token]]:
    """Verbs joined by "and" to a verb of the reported clause that close the clause, with
    that verb: on its head ("said the charges were baseless and added"), or deeper in it
    ("said there was no evidence that she had been poisoned and accused ..."). Not past a
    verb of saying or belief that says something inside the clause ("said the company
    denied the report and said it would sue": the company's two acts)."""
    found: list[tuple[Token, Token]] = []
    for anchor in clause.subtree:
        path, cur = [anchor], anchor
        while cur.i != clause.i and cur.head.i != cur.i:
            cur = cur.head
            path.append(cur)
        if cur.i != clause.i or any(_saying(t) for t in path):
            continue
        found += [(anchor, c) for c in anchor.children if c.dep_ == "conj" and c.i > anchor.i
                  and (anchor.i == clause.i or c.right_edge.i >= clause.right_edge.i - 1)]
    return found


def _saying(verb: Token) -> bool:
    """A verb of saying or belief that says something here ("the company [denied] the
    report"), not one only spelt like one ("fighting was [continuing]")."""
    return verb.lemma_.lower() in _CUE_VERBS and any(
        c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children)


def _finite_after_passive(anchor: Token, conj: Token) -> bool:
    """ "she had been poisoned and accused Varnia of ...": a participle with an object of
    its own cannot share a passive's auxiliaries; it is a past tense the tagger took for a
    participle."""
    return (conj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in anchor.children)
            and not any(c.dep_ in {"aux", "auxpass"} for c in conj.children)
            and any(c.dep_ == "dobj" for c in conj.children))
