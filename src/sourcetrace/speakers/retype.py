"""Speakers a source phrase alone types wrong, retyped by what the corpus shows: a bare
word used as a state elsewhere is the state speaking; a lone capitalised word with no
sign of being a name is a place, or no one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TypeGuard

from spacy.lang.en.stop_words import STOP_WORDS

from sourcetrace.geo.places import country_code, is_city
from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution
from sourcetrace.speakers.keys import norm as _norm
from sourcetrace.speakers.keys import person_key as _person_key
from sourcetrace.speakers.lexicon import COLLECTIVE_HEADS, GIVEN_NAMES
from sourcetrace.speakers.outletname import find_outlet_name
from sourcetrace.speakers.parse import SpeakerInfo
from sourcetrace.speakers.roles import VOICE_ROLES

__all__ = ["outlet_key", "retype_bodies", "retype_lone_words", "retype_outlets", "retype_states",
           "retype_surnames"]

# "X's foreign ministry": the possessor of a state institution is a state, not a person.
# Institutions only a state has: "Putin's office" or "Putin's government" do not qualify.
_STATE_POSSESSOR = lexicon("speaker_shapes").pattern("state_possessor")
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "NORP"})
# Entity labels a lone word read as a name may carry that no person has.
_NOT_PEOPLE = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
_PERSONAL = frozenset({"he", "she"})
# "Karel Dvorak's lawyer": whom a lawyer acts for is a person, not a body.
_CLIENT_OF = lexicon("speaker_shapes").pattern("client_of")


def _lone(info: SpeakerInfo | None, kind: str) -> TypeGuard[SpeakerInfo]:
    """A speaker of ``kind`` named by one word and nothing else: no role, no affiliation."""
    return (info is not None and info.type == kind and bool(info.name) and not info.role
            and not info.affiliation and len((info.name or "").split()) == 1)


def _state_words(attributions: Sequence[Attribution], infos: Sequence[SpeakerInfo | None],
                 ) -> set[str]:  # fmt: skip
    """Single words (in ``_norm`` form) the corpus uses as a state's or a body's name: a
    state's possessive ("China's ambassador"), a lone place entity, the affiliation of
    someone's role ("an Anthropic spokeswoman": Anthropic is a body, not a person), or a
    one-word body's name where the phrase shows it one ("Lumenet, the grid operator")."""
    out: set[str] = set()
    for a, info in zip(attributions, infos, strict=True):
        texts = [a.source_text or "", a.resolved_source or ""]
        if info is not None:
            texts += [info.name or "", info.affiliation or ""]
            if (info.role and info.affiliation and len(info.affiliation.split()) == 1
                    and not _CLIENT_OF.match(a.source_text or "")):
                out.add(_norm(info.affiliation))  # not "Tolland's lawyer": a client's
            if _lone(info, "organization") and a.source_entity != "PERSON":
                out.add(_norm(info.name or ""))  # "Lumenet, the national grid operator"
        for text in texts:
            for m in _STATE_POSSESSOR.finditer(text):
                out.add(_norm(m.group(1) or m.group(2)))
        src = (a.source_text or "").strip()
        if a.source_entity in _PLACE_ENTITIES and src and len(src.split()) == 1:
            out.add(_norm(src))
    return out


def retype_states(attributions: Sequence[Attribution], infos: list[SpeakerInfo | None],
                   name_words: set[str]) -> list[SpeakerInfo | None]:  # fmt: skip
    """Bare one-word "people" the corpus shows to be states or bodies become organisations."""
    states = _state_words(attributions, infos) - name_words
    if not states:
        return infos
    out: list[SpeakerInfo | None] = []
    for info in infos:
        if _lone(info, "person") and _person_key(info.name or "") in states:
            info = replace(info, type="organization")
        out.append(info)
    return out


def retype_lone_words(attributions: Sequence[Attribution], infos: list[SpeakerInfo | None],
                       name_words: set[str]) -> list[SpeakerInfo | None]:  # fmt: skip
    """A single capitalised word read as a person's name, which no full name in the corpus
    carries and the parser did not tag a person: a place is its state or city speaking
    ("Finland said"; a nation's people, "Russians say", is left to ``retype_states``), a date, number
    or function word no one ("Friday", "Thousands", "Whoever said")."""
    out: list[SpeakerInfo | None] = []
    for a, info in zip(attributions, infos, strict=True):
        if (_lone(info, "person") and info.name and a.source_entity != "PERSON"
                and _person_key(info.name) not in name_words):
            low = info.name.lower().strip(".")
            if a.source_entity in ("GPE", "LOC") or country_code(low) or is_city(info.name):
                info = replace(info, type="organization")
            elif a.source_entity in _NOT_PEOPLE or low in STOP_WORDS:
                info = None
        elif (info is not None and info.type == "other" and not info.name
              and a.source_entity in _NOT_PEOPLE):
            info = None  # "9:20 AM, July 15, 2018", "Friday": a date, no one
        out.append(info)
    return out


def retype_surnames(attributions: Sequence[Attribution], infos: list[SpeakerInfo | None],
                    ) -> list[SpeakerInfo | None]:  # fmt: skip
    """A one-word "organisation" that is the surname of a person the corpus names in full
    is that person: the parser tags a bare surname ORG or GPE often ("Trump said" as ORG
    in 34 Helsinki articles, "Nielsen", "Huntsman"), which made one person two sources.
    Not a nation's people (NORP: "Democrats"), a place or an outlet; a spokesperson for
    that surname speaks for the person ("Brandt's spokeswoman"). So is a full name
    tagged a body that the corpus elsewhere gives a person ("Defence Minister Ivo Brant"
    and then "Ivo Brant said", tagged ORG), and a one-word name "he" or "she" stands for."""
    people = {_person_key(i.name) for i in infos
              if i is not None and i.type == "person" and i.name and len(i.name.split()) > 1}
    # A name "he" or "she" stands for is a person's ("Tolland said ... 'I have never
    # cheated,' she wrote"), whatever the tagger made of it.
    surnames = {p.split()[-1] for p in people} | {
        _person_key(a.resolved_source) for a in attributions if a.resolved_source
        and (a.source_text or "").strip().lower() in _PERSONAL}
    out: list[SpeakerInfo | None] = []
    for a, info in zip(attributions, infos, strict=True):
        if info is not None and info.type == "organization" and info.role in VOICE_ROLES:
            # "Brandt's spokeswoman", "a spokesman for Brandt": the person they speak for,
            # when the corpus names a person so.
            bare = replace(info, role=None)
            if _lone(bare, "organization") and _person_key(info.name or "") in surnames:
                info = bare
        if (_lone(info, "organization") and info.name and a.source_entity != "NORP"
                and _person_key(info.name) in surnames and not country_code(info.name.lower())
                and not is_city(info.name) and find_outlet_name(info.name) is None) or (
                info is not None and info.type == "organization" and info.name
                and not info.role and not info.affiliation
                and len(info.name.split()) > 1 and _person_key(info.name) in people):
            info = replace(info, type="person", country=None)
        out.append(info)
    return out


def outlet_key(name: str) -> str:
    """An outlet's name as credits, articles and sources are compared: "The Financial
    Chronicle" and "Financial Chronicle" are one."""
    return " ".join(re.sub(r"^the\s+", "", name.strip(), flags=re.I).casefold().split())


def outlet_names(outlets: Iterable[str | None]) -> dict[str, str]:
    """The names the corpus's own outlets go by, keyed as ``retype_outlets`` compares
    them: "News-Press NOW (newspressnow.com)" is "News-Press NOW" and "newspressnow.com"."""
    out: dict[str, str] = {}
    for outlet in outlets:
        if not outlet:
            continue
        bare = re.sub(r"\s*\([^)]*\)\s*$", "", outlet).strip()
        for name in (bare, *re.findall(r"\(([^)]+)\)\s*$", outlet)):
            if name:
                out.setdefault(outlet_key(name), re.sub(r"^[Tt]he\s+", "", bare))
    return out


def retype_outlets(infos: list[SpeakerInfo | None], outlets: dict[str, str],
                   ) -> list[SpeakerInfo | None]:  # fmt: skip
    """A source named as one of the corpus's own outlets is that outlet ("a day after
    Techwire reported ...", where Techwire published an article of the corpus): the
    registry and the outlet-like words ("Herald") miss a name like "Techwire". Only a
    bare name: "a Techwire editor" or "Techwire's owner" is someone at or behind it."""
    if not outlets:
        return infos
    out: list[SpeakerInfo | None] = []
    for info in infos:
        if (info is not None and info.type in ("person", "organization", "other")
                and info.name and not info.role and not info.affiliation
                and (name := outlets.get(outlet_key(info.name))) is not None):
            info = replace(info, type="outlet", name=name, country=None)
        out.append(info)
    return out


def retype_bodies(infos: list[SpeakerInfo | None]) -> list[SpeakerInfo | None]:
    """A "person" named as a body the corpus names with a group's head word after it ("Red
    Dawn, which wants independence ..., said" beside "The Red Dawn movement claimed ..."):
    that body, under the body's name, so the two are one speaker. Only a name of two words
    or more opening with no given name (a lone word is ``retype_states``'s)."""
    bodies: dict[str, str] = {}
    for info in infos:
        name = info.name or "" if info is not None and info.type == "organization" else ""
        words = name.split()
        if len(words) > 2 and words[-1].lower() in COLLECTIVE_HEADS:
            bodies.setdefault(_person_key(" ".join(words[:-1])), name)
    if not bodies:
        return infos
    out: list[SpeakerInfo | None] = []
    for info in infos:
        if (info is not None and info.type == "person" and info.name and not info.role
                and not info.affiliation and len(info.name.split()) > 1
                and info.name.split()[0].lower() not in GIVEN_NAMES
                and (body := bodies.get(_person_key(info.name))) is not None):
            info = replace(info, type="organization", name=body, country=None)
        out.append(info)
    return out
