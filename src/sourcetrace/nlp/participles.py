"""Parse repairs for past forms of speech verbs the small English model reads as
participles modifying a noun, so that what a source said hangs on the wrong word:

- "indictments of Russians [accused of hacking the campaign]" (``repair_accused``): the
  participle of accusing describes the people right before it, not the report.
- "Varnia's main opposition party, the Civic Union, [alleged] on Monday that P"
  (``repair_participle_root``): a subject with an apposition, then a verb of saying whose
  past tense is also its participle; the model makes the noun the sentence's root and
  the verb a participle modifying it (``acl``), so the statement had no speaker. Where
  no verb heads the sentence and the participle follows a comma and reports a clause, the
  verb is the root and the noun its subject, as a reader takes it.

  So is a past tense right after the apposition that the model hung on its own object as
  a modifier ("A Lumbrian businessman, Karel Dvorak, [smuggled] drone parts ...",
  ``repair_modifier_verb``): the verb is the root, the modified noun its object.
- "Ostland denied that its forces had targeted civilians, [saying] it had struck a depot"
  (``repair_saying_participle``): a participle of saying after the reported clause's
  comma is hung on the clause's verb (or a verb that completes it: "denied that its ports
  had been used to [ship] coal, calling ..."), so the forces "said" it; it is the denier's, as
  the same participle after any other object is ("rejected the allegations, saying P"),
  and after an object's that-clause ("rejected accusations that P, calling them baseless").

- "A video [shared] thousands of times on social media shows P"
  (``repair_participle_before_verb``): the participle of a reduced relative read as the
  past-tense verb, the real verb as its clause with a subject it does not agree with.

- "Brandt dismissed a report that P, telling reporters: [\"I am not going anywhere\"]"
  (``repair_told_clause``): the clause after the participle of saying and its colon is
  hung on the main verb, so the quote replaced what he dismissed; it is the participle's.

- "Hydrovel denied [releasing] water without warning" (``repair_gerund_object``): the
  gerund right after a verb that takes one is read as a modifier of its object ("releasing
  water" a kind of water), so nothing was denied; it is the verb's complement, the noun its
  object.

- "A drone strike on a crowded market in Khorvat [killed] at least 12 people on Sunday,
  regional governor Taras Melnyk said" (``repair_object_taking_modifier``): the sentence's
  verb read as a reduced relative on the noun before it ("market killed"), though it takes
  a direct object, which no passive participle does, and the whole statement hung on the
  closing verb of saying as a bare noun, so the governor said nothing. The verb is the
  statement's, its subject the noun phrase it sits in, and the statement the complement of
  the verb of saying.

Offsets and tokens never change; lemmas are read, so these run after the lemmatizer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ACCUSING = lexicon("cues").words("accusing")
_SPEECH = lexicon("cues").words("speech")
# Citing is no saying: "reported that P, citing security concerns" gives the actor's reason.
_RELAY = lexicon("cues").words("relay")
_GERUND_TAKERS = lexicon("cues").words("gerund_complement")
_RECORDS = lexicon("source_heads").words("document_heads")


def repair_accused(doc: Doc) -> Doc:
    """ "indictments of Russians [accused of hacking the campaign]": hung on the object of
    "of", so the indictments' content reads as the Russians accused of hacking, not as
    "Russians"."""
    for part in doc:
        noun = part.head
        if part.dep_ != "acl" or part.tag_ != "VBN" or part.lemma_.lower() not in _ACCUSING:
            continue
        people = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"), None)
        if people is not None and noun.i < people.i < part.i and people.right_edge.i + 1 == part.i:
            part.head = people
    return doc


def repair_participle_root(doc: Doc) -> Doc:
    """A verbless sentence whose root noun is modified, after a comma, by a past form of a
    verb of saying that reports a clause: the verb is the root, the noun its subject."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in {"NOUN", "PROPN"}:
            continue
        verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"}
                     and c.lemma_.lower() in _SPEECH and c.i > root.i
                     and doc[c.i - 1].text == ","
                     and any(k.dep_ == "ccomp" for k in c.children)), None)
        if verb is not None:
            _reroot(root, verb)
    return doc


def repair_nominal_verb(doc: Doc) -> Doc:
    """ "Internal documents obtained by the Ledger show that P": a verb of saying the model
    tagged a noun ("show", "report", "claim") though it has a subject and a that-clause of
    its own (or a clause with a subject of its own: "records obtained by the Herald show
    the site failed two checks"), or a record as subject and an object, which only a verb
    takes: it is the verb (present tense, its subject plural)."""
    for tok in doc:
        if (tok.tag_ in {"NN", "NNS"} and tok.lower_ in _SPEECH
                and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
                and (any(c.dep_ == "ccomp" and c.i > tok.i and any(
                         m.dep_ == "mark" and m.lower_ == "that" or m.dep_ == "nsubj"
                         for m in c.children) for c in tok.children) or _shown_by_record(tok))):
            tok.tag_, tok.pos_, tok.lemma_ = "VBP", "VERB", tok.lower_
            # "images taken on [Monday] show ...", "records obtained by [the Herald] show":
            # the preposition's object was read as the noun's modifier.
            for c in tok.children:
                prep = doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
                if (c.dep_ == "compound" and c.i == tok.i - 1 and prep is not None
                        and prep.dep_ in ("prep", "agent") and not any(prep.children)):
                    c.head, c.dep_ = prep, "pobj"
    return doc


def _shown_by_record(tok: Token) -> bool:
    """ "Satellite images taken on Monday [show] at least 40 tanks": a record as subject and an
    object after, as only a verb has."""
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in _RECORDS or c.lower_ in _RECORDS)
               for c in tok.children) and any(
        c.dep_ == "dobj" and c.i > tok.i for c in tok.children)


def _reroot(root: Token, verb: Token, obj: Token | None = None) -> None:
    """``verb`` heads the sentence, with ``root`` (a noun) its subject, ``obj`` its object
    and whatever followed it on the noun (", according to X", the final stop) its own."""
    late = [c for c in root.children if c.i > verb.i and (obj is None or c.i != obj.i)]
    # The new root first: spaCy keeps each token's edges as heads are set.
    verb.head, verb.dep_ = verb, "ROOT"
    if obj is not None:
        obj.head, obj.dep_ = verb, "dobj"
    root.head, root.dep_ = verb, "nsubj"
    for tok in late:
        tok.head = verb


def repair_saying_participle(doc: Doc) -> Doc:
    """A subjectless participle of saying, after a comma, hung on the verb of a clause a
    verb of saying reports: hung on that verb of saying instead."""
    for part in doc:
        clause = _reported_clause(part.head)
        # The clause a verb of saying reports, or the one that tells what its object says
        # ("rejected [accusations that its hackers had broken in], calling them baseless").
        speaker = clause.head.head if clause.dep_ in {"acl", "relcl"} and (
            clause.head.dep_ == "dobj") else clause.head
        if (part.dep_ == "advcl" and part.tag_ == "VBG" and part.lemma_.lower() in _SPEECH
                and part.lower_ not in _RELAY and doc[part.i - 1].text == ","
                and (clause.dep_ == "ccomp" or speaker is not clause.head)
                and speaker.lemma_.lower() in _SPEECH and speaker.i < clause.i < part.i
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in part.children)):
            part.head = speaker
    return doc


def _reported_clause(verb: Token) -> Token:
    """The clause a verb lies in, up through the verbs it completes or goes on from ("that
    its ports had been used to [ship] coal, calling ...": "used"), where that is what a verb
    of saying reports; else the verb itself."""
    clause = verb
    while clause.dep_ in {"xcomp", "conj"} and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
    return clause if clause.dep_ == "ccomp" else verb


def repair_gerund_object(doc: Doc) -> Doc:
    """A gerund right after a verb that takes one, hung on that verb's object as a
    modifier: the verb's complement, with the noun as the gerund's object."""
    for ger in doc:
        noun = ger.head
        verb = noun.head
        if (ger.tag_ == "VBG" and ger.dep_ in {"compound", "amod"} and noun.dep_ == "dobj"
                and verb.i == ger.i - 1 and verb.lemma_.lower() in _GERUND_TAKERS):
            ger.head, ger.dep_ = verb, "xcomp"
            noun.head = ger
    return doc


def repair_modifier_verb(doc: Doc) -> Doc:
    """A verbless sentence whose past-tense verb, right after a comma, modifies a noun
    hung on the root noun: the verb is the root, the root noun its subject and the noun it
    modified its object."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in {"NOUN", "PROPN"}:
            continue
        verb = next((t for t in sent if t.tag_ == "VBD" and t.pos_ == "VERB"
                     and t.dep_ in {"amod", "compound"} and t.head.i > t.i
                     and t.head.head.i == root.i and doc[t.i - 1].text == ","), None)
        if verb is not None:
            _reroot(root, verb, verb.head)
    return doc


def repair_participle_before_verb(doc: Doc) -> Doc:
    """ "A video [shared] thousands of times on social media shows P": the participle of
    a reduced relative read as the clause's past-tense verb, the real verb as its
    clause, with no subject that agrees with it (none, or a plural before "shows"). The
    verb heads the sentence, the noun before the participle its subject, the participle
    that noun's modifier."""
    for part in doc:
        noun = next((c for c in part.children if c.dep_ == "nsubj" and c.i == part.i - 1), None)
        verb = next((c for c in part.children if c.dep_ in {"ccomp", "advcl"}
                     and c.tag_ == "VBZ" and c.i > part.i), None)
        if part.tag_ != "VBD" or noun is None or noun.tag_ != "NN" or verb is None or any(
                c.dep_ in {"mark", "aux"} for c in verb.children) or not any(
                c.dep_ in {"ccomp", "dobj", "xcomp"} and c.i > verb.i for c in verb.children):
            continue  # not "reacted to comments on the Sunday [shows]:", a noun tagged a verb
        wrong = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if wrong is not None and (wrong.tag_ != "NNS" or not part.i < wrong.i < verb.i):
            continue
        # The verb takes the participle's place first (spaCy keeps edges as heads are set).
        if part.head.i == part.i:
            verb.head, verb.dep_ = verb, "ROOT"
        else:  # "Claim: A video shared ... shows P": under the label
            verb.head, verb.dep_ = part.head, part.dep_
        late = [c for c in part.children if c.i > verb.i]
        noun.head = verb
        part.head, part.dep_ = noun, "acl"
        if wrong is not None:
            wrong.head, wrong.dep_ = part, "npadvmod"
        for tok in late:  # the final stop
            tok.head = verb
    return doc


def repair_told_clause(doc: Doc) -> Doc:
    """A clause right after a participle of saying and the punctuation that ends its
    words ("telling reporters: P"), hung on the verb the participle hangs on: the
    participle's."""
    for clause in doc:
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.i > clause.i:
            continue
        part = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                     and c.lemma_.lower() in _SPEECH and c.lower_ not in _RELAY
                     and verb.i < c.i < clause.i
                     and not any(k.dep_ == "ccomp" for k in c.children)), None)
        if part is None:
            continue
        gap = doc[part.right_edge.i + 1 : clause.left_edge.i]
        if gap and all(t.is_punct for t in gap) and any(t.text == ":" for t in gap):
            clause.head = part
    return doc


def repair_object_taking_modifier(doc: Doc) -> Doc:
    """A past form with a direct object read as a reduced relative inside the noun phrase
    a closing verb of saying takes as a bare noun: the statement's verb, as above."""
    for verb in doc:
        if not (verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"}
                and any(c.dep_ == "dobj" for c in verb.children)
                and not any(c.dep_ == "auxpass" for c in verb.children)):
            continue
        top = verb.head
        while top.dep_ in {"pobj", "prep", "compound", "conj"} and top.head.i != top.i:
            top = top.head
        said = top.head
        if (top.pos_ in {"NOUN", "PROPN"} and top.dep_ in {"dep", "npadvmod", "nsubj"}
                and said.lemma_.lower() in _SPEECH and said.i > verb.right_edge.i
                and any(t.text == "," for t in doc[verb.right_edge.i + 1 : said.i])
                and any(c.dep_ == "nsubj" and c.i != top.i for c in said.children)):
            verb.tag_, verb.pos_, verb.head, verb.dep_ = "VBD", "VERB", said, "ccomp"
            top.head, top.dep_ = verb, "nsubj"
    return doc
