"""Actor keys of names: the entity-linking half of ``actors``.

Names of states, their capitals, demonyms and seats of government are linked to one actor
key ("Moscow", "the Kremlin", "Russian" -> ``russia``, from the shared lexicon in
``places``), because news prose uses them interchangeably for a government. People are
keyed by surname, other organisations by their lower-cased name, and places (a name that
is where something happens, or what a structure is called) by ``@`` and the name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from sourcetrace.attribution.organisations import SELF_REPORTING
from sourcetrace.geo.places import is_city, normalise_place
from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.doctext import doc_ents
from sourcetrace.speakers.lexicon import ORG_HEADS, ROLE_WORDS
from sourcetrace.speakers.names import family_name
from sourcetrace.speakers.outletname import find_outlet_name
from sourcetrace.speakers.roles import given_and_surname

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["ACTOR_LABELS", "business_named_before", "entity_of", "is_place", "metonym",
           "names_structure", "normalise_entity", "state_pair", "stretch_of"]

_WORDS = lexicon("claim_words")

_TITLES: Final = _WORDS.pattern("title_prefix")
# Words the tagger sometimes labels as names but that are never actors.
_NOT_ACTORS: Final = _WORDS.words("not_actors")
ACTOR_LABELS: Final = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
PLACE_PREPS: Final = _WORDS.words("place_prepositions")
PLACE_NOUNS: Final = _WORDS.words("place_nouns")
_FACILITY_NOUNS: Final = _WORDS.words("facility_nouns")
# A state's name on a structure says whose it is ("a Russian base"); other names name it.
_STATE_LABELS: Final = frozenset({"GPE", "NORP"})


def normalise_entity(text: str, label: str, *, place: bool = False) -> str | None:
    """The actor key of a named entity; places get an ``@`` prefix ("@rome")."""
    low = text.strip().lower().replace("’", "'")
    low = re.sub(r"'s$", "", low)
    while True:
        stripped = _TITLES.sub("", low)
        if stripped == low:
            break
        low = stripped
    low = low.strip(" .,'\"“”‘’`")
    if not low or not any(ch.isalnum() for ch in low) or low in _NOT_ACTORS:
        return None
    # Capitals and other cities are the state only when they act ("Beijing said").
    if place and (is_city(low) or label in {"LOC", "FAC"}):
        return "@" + low
    state = normalise_place(low)
    if state is not None:
        return state
    titled = _titled_person(low) if label == "ORG" else None
    if label == "PERSON" or titled:
        return family_name(titled or low)  # "xi jinping" and "xi" are one actor
    if label in {"LOC", "FAC"}:
        return "@" + low
    return low


def state_pair(key: str) -> tuple[str, ...]:
    """The states a hyphenated name joins ("u.s.-russia" relations, a "russian-iranian"
    deal): each is an actor; none for other hyphenated names ("al-assad")."""
    parts = [normalise_place(p) for p in key.split("-")] if "-" in key else []
    return tuple(dict.fromkeys(p for p in parts if p)) if len(parts) > 1 and all(parts) else ()


def metonym(tok: Token) -> str | None:
    """An actor key for a word spaCy did not tag ("the Kremlin", lower-case "chinese")."""
    low = tok.lower_
    if tok.pos_ not in {"PROPN", "ADJ", "NOUN"}:
        return None
    if tok.pos_ == "PROPN" or tok.text[:1].isupper():
        return normalise_place(low)
    return None


def stretch_of(tok: Token) -> bool:
    """The name modifies a stretch of a state's space ("[US] airspace", "[Russian] soil",
    "the airspace of [the United States]")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return tok.head.head.lemma_.lower() in PLACE_NOUNS
    return tok.dep_ in {"compound", "amod", "poss"} and tok.head.lemma_.lower() in PLACE_NOUNS


def names_structure(ent: SpacySpan) -> bool:
    """A name, not a state's, that modifies a noun for a built structure ("the [Kakhovka]
    hydroelectric power plant"): the structure's name, which the tagger may read as a
    person."""
    if ent.label_ in _STATE_LABELS:
        return False
    tok = ent.root
    while tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in _FACILITY_NOUNS:
            return True
    return False


def entity_of(tok: Token, doc: Doc) -> SpacySpan | None:
    if not tok.ent_type_:
        return None
    for ent in doc_ents(doc):
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def is_place(tok: Token) -> bool:
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ in PLACE_PREPS
        and head.head.lemma_.lower() not in {"ask", "request", "seek", "receive", "buy", "purchase"}
    )


def _titled_person(low: str) -> str | None:
    """A person the tagger took for a body with the title before the name ("Halden Mayor
    Viktor Sand"): the given name and surname after a role word."""
    words = low.split()
    name = " ".join(words[-2:])
    return name if len(words) > 2 and words[-3] in ROLE_WORDS and given_and_surname(name) else None


def business_named_before(tok: Token, doc: Doc) -> str | None:
    """The key of the business "the company" (a singular definite description of one,
    ``self_reporting_heads``) stands for: the last organisation named before it whose name
    is a business's, not one named by a body's head word ("a Senate committee", "the Army",
    unless it is the description's own: "Nordic Bank" for "the bank") nor an outlet's."""
    head = tok.lemma_.lower()
    if head not in SELF_REPORTING or tok.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    for ent in reversed([e for e in doc_ents(doc) if e.end <= tok.i and e.label_ == "ORG"]):
        words = {w.lower() for w in ent.text.split()} - {head}
        if not words & ORG_HEADS and find_outlet_name(ent.text) is None:
            return normalise_entity(ent.text, "ORG")
    return None
