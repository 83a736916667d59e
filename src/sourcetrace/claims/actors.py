"""Who does what in a proposition, for the claims stages.

* Entity linking (``entities``): names of states, their capitals, demonyms and seats of
  government share one actor key ("Moscow", "the Kremlin", "Russian" -> ``russia``).
* The agent: the subject, else the agent of the event noun a light verb, topic frame or
  responsibility frame carries ("deliberate sabotage by the Ukrainian side").
* Predicate linking: verbs and nouns that express the same kind of event share a frame
  ("ask", "seek", "request", "approach ... with a request" -> ``request``), so that
  paraphrases agree and different events ("know" vs "request") stay apart.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Final

from sourcetrace.attribution.cues import GERUND, REPORTIVE_PASSIVE
from sourcetrace.claims.described import described_person, phrase_tokens
from sourcetrace.claims.entities import (
    ACTOR_LABELS,
    business_named_before,
    entity_of,
    is_place,
    metonym,
    names_structure,
    normalise_entity,
    state_pair,
    stretch_of,
)
from sourcetrace.lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_WORDS = lexicon("claim_words")

LIGHT_VERBS: Final = _WORDS.words("light_verbs")
LIGHT_FRAMES: Final = _WORDS.words("light_frames")
EMPTY_PREDICATES: Final = _WORDS.words("empty_predicates")
_NEGOTIATING: Final = _WORDS.words("negotiating_nouns")
_IDIOMS: Final = _WORDS.mapping("verb_object_idioms")  # "open fire": shooting
EVENT_OBJECT_FRAMES: Final = _WORDS.pairs("event_object_frames")
_CONTAINERS: Final = _WORDS.words("container_nouns")
_RELATIONS: Final = _WORDS.words("relation_nouns")
NEGATIVE_IMPLICATIVES: Final = _WORDS.words("negative_implicatives")
_MODAL_ADJECTIVES: Final = _WORDS.words("modal_adjectives")
# "Is inconsistent with [that aboard weather balloons]": what a contradiction is with is
# the act the statement denies (``stance.toward_claims``), not an attitude's topic.
_CONTRADICTION: Final = lexicon("denial").words("contradiction")
_PAST_MEMBERS: Final = lexicon("roles").words("past_members")


# Event frames: verbs and nouns for the same kind of event; the head predicate's decides.
_FRAMES: Final = {name: " ".join(table.entries) for name, table in lexicon("frames").tables.items()}
_FRAME_OF: Final = {w: f for f, words in _FRAMES.items() for w in words.split()}


@lru_cache(maxsize=65536)
def frames(predicates: tuple[str, ...]) -> tuple[str, ...]:
    """Event frames of a predicate list, head predicate first; a light verb's head yields
    to the event it carries ("gave his authorization" is authorising, not giving), talks
    to the act they are about ("is in talks to acquire": acquiring)."""
    if predicates and predicates[0] in LIGHT_VERBS:
        predicates = (*predicates[1:], predicates[0])
    if predicates and predicates[0] in _NEGOTIATING and any(map(_FRAME_OF.get, predicates[1:])):
        predicates = (*predicates[1:], predicates[0])
    out: list[str] = []
    for p in predicates:
        f = _FRAME_OF.get(p)
        if f and f not in out:
            out.append(f)
    return tuple(out)


def actor_entities(keep: list[Token], root: Token, doc: Doc) -> tuple[tuple[str, ...], str | None]:
    idx = {t.i for t in keep}
    keys: list[str] = []
    agent: str | None = None
    seen_ents = set()
    for tok in keep:
        ent = entity_of(tok, doc)
        key: str | None = None
        if ent is not None and ent.start not in seen_ents and ent.label_ in ACTOR_LABELS:
            seen_ents.add(ent.start)
            key = normalise_entity(ent.text, ent.label_, place=is_place(ent.root))
            if key and not key.startswith("@") and (stretch_of(ent.root)
                                                   or names_structure(ent)):
                key = "@" + key  # "US airspace", "the Kakhovka dam": where, not who
        elif ent is None:
            key = metonym(tok) or described_person(tok, doc)
        for k in (state_pair(key) or (key,)) if key else ():
            if k not in keys:
                keys.append(k)
    agent = agent_of(root, doc, idx)
    return tuple(keys), agent


def event_object(root: Token) -> Token | None:
    """The noun that carries the event of a topic or responsibility frame ("talking about
    [sabotage]", "was behind [the explosions]", "is responsible for [the blast]"), else None."""
    heads = [root, *(c for c in root.children if c.dep_ in {"acomp", "attr"})]
    for head in heads:
        lemma = head.lemma_.lower()
        for c in head.children:
            if c.dep_ == "prep" and (lemma, c.lower_) in EVENT_OBJECT_FRAMES:
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"}:
                    return pobj
    return None


def subject_event(root: Token) -> Token | None:
    """The act a copula's subject names with its doer ("Such deliberate destruction by the
    Russian occupiers is a bomb of mass destruction", "Russia's invasion was illegal"): the
    sentence takes the act as given and says something of it, so the act and its doer are
    what it claims. None without a doer: "the destruction of the dam is a disaster" blames
    nobody."""
    if root.lemma_.lower() != "be" or event_object(root) is not None:
        return None
    for c in root.children:
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in _FRAME_OF and any(
            key_of_phrase(a, root.doc) for a in nominal_agents(c)
        ):
            return c
    return None


def nominal_agents(noun: Token) -> list[Token]:
    """Who does what a noun names: "a Russian request", "Russia's request", "sabotage
    by the Ukrainian side", "a request from Moscow"."""
    cands = [c for c in noun.children if c.dep_ in {"poss", "amod", "compound"}]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
            cands += [p for p in c.children if p.dep_ == "pobj"]
    return cands


def packaged_act(noun: Token) -> Token:
    """The act a noun packages ("an act of [sabotage]", "a matter of [sabotage]"), else the
    noun itself."""
    return _packaging(noun)[-1]


def _packaging(noun: Token) -> list[Token]:
    """``noun`` and the nouns down its "of" phrases while each packages the next ("a matter
    of [an act of [sabotage]]"); a noun that is no container ends it ("a consequence of
    Russia's invasion" names a cause, not the act)."""
    chain = [noun]
    while noun.lemma_.lower() in _CONTAINERS:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((p for p in of.children if p.dep_ == "pobj"), None) if of else None
        if inner is None or inner.pos_ not in {"NOUN", "PROPN"}:
            break
        noun = inner
        chain.append(noun)
    return chain


def agent_of(root: Token, doc: Doc, idx: set[int]) -> str | None:
    # A subject outside the kept words is none of the claim's (a wire dateline the parser
    # made the subject: "TURNBERRY/GLASGOW, Scotland — Trump played golf").
    cands: list[Token] = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}
                          and (not idx or c.i in idx)]
    if root.lemma_.lower() == "be" and event_object(root) is None:
        # "The Chinese balloon is a civilian airship": a copula describes its subject, and
        # nobody acts; only an event noun it carries has an agent ("is sabotage by X"),
        # or an event noun as its subject ("destruction by the occupiers is a crime").
        subject = subject_event(root)
        cands = nominal_agents(subject) if subject is not None else []
    elif not cands and root.pos_ in {"NOUN", "PROPN"}:
        cands = nominal_agents(root)  # nominal proposition
    for c in cands:
        key = key_of_phrase(c, doc)
        if key:
            return key
    # "This is deliberate sabotage by the Ukrainian side", "we are talking about sabotage
    # by Kyiv": no actor as subject, so the event noun's own agent is the agent.
    carried = event_object(root)
    if carried is None and _light(root):
        carried = next((c for c in root.children if c.dep_ in {"attr", "dobj"}), None)
    # "a matter of deliberate sabotage by X", "an act of sabotage by X": down the "of"
    # chain, where the parser may hang the "by" phrase on any noun. Only an event noun has
    # an agent: "a Chinese balloon" names where a thing is from.
    chain = (_packaging(carried) if carried is not None and carried.pos_ in {"NOUN", "PROPN"}
             else [])
    if not any(n.lemma_.lower() in _FRAME_OF for n in chain):
        return None
    for noun in reversed(chain):
        for c in nominal_agents(noun):
            key = key_of_phrase(c, doc)
            if key:
                return key
    return None


# Clauses inside a noun phrase say something else about it ("the dam, which is controlled
# by Russian forces"): their actors are not the phrase's.
def key_of_phrase(tok: Token, doc: Doc) -> str | None:
    described = described_person(tok, doc)
    if described:
        return described
    # The person the phrase names beside a role, before its possessor ("Halden's mayor,
    # Viktor Sand" is Sand, not Halden).
    person = next((e for t in [tok, *phrase_tokens(tok)] if "poss" not in (t.dep_, t.head.dep_)
                   and (e := entity_of(t, doc)) is not None and e.label_ == "PERSON"
                   and not names_structure(e)), None)
    if person is not None:
        return normalise_entity(person.text, "PERSON", place=False)
    if any(t.lower_ in _PAST_MEMBERS for t in [tok, *phrase_tokens(tok)]):
        return None  # "a former inspector at Harlan Dynamics" does not speak for it
    for t in [tok, *phrase_tokens(tok)]:
        ent = entity_of(t, doc)
        if ent is not None and ent.label_ in ACTOR_LABELS and not names_structure(ent):
            return normalise_entity(ent.text, ent.label_, place=False)
        key = metonym(t)
        if key:
            return key
    return business_named_before(tok, doc)


def subject_its(root: Token) -> Token | None:
    """The "its" the subject belongs to ("[its] navy divers", "any of [its] drones"): whose,
    the speaker says (``render`` writes it out, ``candidates`` keys the agent by it)."""
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "any of its drones", "one of its diplomats": the quantifier's own noun.
    subjects += [o for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
    return next((g for c in subjects for g in c.children
                 if g.dep_ == "poss" and g.lower_ == "its"), None)


def merge_speaker(
    entities: tuple[str, ...], speaker: SpacySpan, doc: Doc, agent: str | None
) -> tuple[tuple[str, ...], str | None]:
    key = key_of_phrase(speaker.root, doc)
    if key is None:
        return entities, agent
    return (key, *(e for e in entities if e != key)), agent or key


def gerund_act(root: Token) -> bool:
    """A gerund that is the subject's own act under a verb that takes one as its content
    (cues.toml ``gerund_complement``: "denied sending troops", "admitted meddling")."""
    return root.dep_ == "xcomp" and root.tag_ == "VBG" and (
        root.head.lemma_.lower() in GERUND)


def raised_infinitive(root: Token) -> Token | None:
    """The act a passive verb of report raises its subject to ("Vantor is [believed] to
    have delayed the recall", "X is said to have ..."): the infinitive, whose subject is
    the passive's (the report has no source; the attribution stage tells of it)."""
    if root.lemma_.lower() not in REPORTIVE_PASSIVE or not any(
            c.dep_ == "auxpass" for c in root.children):
        return None
    return next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                 and any(a.lower_ == "to" for a in c.children)), None)


def predicates(root: Token) -> tuple[str, ...]:
    """Main predicate lemmas: the root, its coordinated verbs, and the noun or verb a light
    verb carries ("expressed willingness to give" -> give; "approached ... with a request")."""
    if (raised := raised_infinitive(root)) is not None:
        root = raised  # "Vantor is believed to have delayed the recall": delaying
    topic = event_object(root) or subject_event(root)
    # A topic or responsibility frame is no event of its own: its object is the head; so
    # is a copula's, when its subject is an act with a doer.
    out = [topic.lemma_.lower()] if topic is not None else [_verb_lemma(root)]
    for c in root.children:
        if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}:
            out.append(_verb_lemma(c))
        if c.dep_ == "xcomp":
            out.append(_verb_lemma(c))
    if _light(root):
        for c in root.subtree:
            if (
                c.dep_ in {"dobj", "pobj", "attr", "xcomp", "acl", "acomp"}
                and c.i != root.i
                and c.pos_ in {"NOUN", "VERB", "ADJ"}
                and not _past_relation(c, root)
            ):
                out.append(c.lemma_.lower())
                if len(out) >= 5 or _attitude(c, root):
                    break
    if len(out) > 1 and any(c.dep_ == "xcomp" and (
            root.lemma_.lower() in NEGATIVE_IMPLICATIVES or gerund_act(c))
            for c in root.children):
        # "refused to say": the saying is the act (not done); "denied sending troops",
        # "admitted meddling": the sending or meddling is.
        out = [*out[1:], out[0]]
    elif len(out) > 1 and topic is None and _light(root) and out[0] not in LIGHT_VERBS:
        # Light only here ("delivered a strike"): the act it carries heads, as ``frames``
        # does for the verbs that are always light.
        out = [*out[1:], out[0]]
    seen: list[str] = []
    for p in out:
        if p not in seen and p.replace("_", "").isalpha():
            seen.append(p)
    return tuple(seen)


def _attitude(tok: Token, root: Token) -> bool:
    """``tok`` is what a copula predicates, an adjective of attitude or judgement ("is
    worried about Trump meeting Putin", "is right to go ahead with the summit"): the
    proposition is the attitude, and an act named inside its phrase is no act of the
    claim. A modal adjective ("is ready to strike", "willing to give") carries its act."""
    return (tok.dep_ == "acomp" and tok.pos_ == "ADJ" and tok.head.i == root.i
            and root.lemma_.lower() == "be"
            and tok.lower_ not in _MODAL_ADJECTIVES | _CONTRADICTION)


def _past_relation(tok: Token, root: Token) -> bool:
    """``tok`` is inside the phrase of a relation noun ("another consequence of [the
    Russian invasion]"): an act named there is another event, not the one predicated."""
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.head.lemma_.lower() in _RELATIONS:
            return True
        tok = tok.head
    return False


def _light(tok: Token) -> bool:
    """A light verb, alone ("made a request") or with its particle ("carried out an attack"),
    or a verb of a light frame whose object is an act of another frame ("delivered a
    strike", not "delivered weapons")."""
    if tok.lemma_.lower() in LIGHT_VERBS or _phrasal(tok) in LIGHT_VERBS:
        return True
    own = _FRAME_OF.get(tok.lemma_.lower())
    return own in LIGHT_FRAMES and any(
        c.dep_ == "dobj" and _FRAME_OF.get(c.lemma_.lower()) not in (None, own)
        for c in tok.children)


def _verb_lemma(tok: Token) -> str:
    """A verb's lemma, with its particle when the frames or light verbs know the phrasal
    verb ("shoot down" is destroying, "shoot" alone killing; "carry out" is light)."""
    phrasal = _phrasal(tok)
    idiom = next((_IDIOMS[k] for c in tok.children if c.dep_ == "dobj"
                  and (k := f"{tok.lemma_.lower()} {c.lemma_.lower()}") in _IDIOMS), None)
    return idiom or (phrasal if phrasal in _FRAME_OF or phrasal in LIGHT_VERBS
                     else tok.lemma_.lower())


def _phrasal(tok: Token) -> str:
    """ "lemma_particle" ("shoot_down") for a verb with a particle, else "". The tagger can
    take the particle right after the verb for an adverb ("stepped [down] to pursue ...")."""
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == tok.i + 1 and c.pos_ in {"ADV", "ADP"})), None)
    return f"{tok.lemma_.lower()}_{prt}" if prt else ""


def source_keys(said_by: SpacySpan | None, doc: Doc, head_key: str | None) -> tuple[str, ...]:
    """The actor keys of the source phrase's head (``head_key``) and of its conjuncts."""
    if said_by is None:
        return ()
    keys = (head_key, *(key_of_phrase(t, doc) for t in said_by.root.conjuncts))
    return tuple(dict.fromkeys(k for k in keys if k))

