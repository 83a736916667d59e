"""People named by their tie to someone: relatives ("Tomas Vey's family", "the family of
Tomas Vey", "the Vey family", "relatives of the victims"), those who act for one person
("Donald Trump's lawyer", "the singer's agent") and the holder of an office of a body or
a place ("the mayor of Orvik", "the director of national intelligence"). The one they are
tied to is no part of their name: read as a name, "Donald Trump's lawyer" was the speaker
"Donald", "the family of Tomas Vey" was Tomas Vey himself and "the mayor of Orvik" a person
named Orvik.
"""

from __future__ import annotations

import re

from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.speakers.info import SpeakerInfo
from sourcetrace.speakers.lexicon import (
    GIVEN_NAMES,
    ORG_HEADS,
    POSSESSIVES,
    RELATIVES,
    ROLE_WORDS,
    TITLE_OBJECTS,
    VOICE_ROLES,
)
from sourcetrace.speakers.roles import _descriptors, phrase_country

__all__ = ["office_of", "related_to"]

_SHAPES = lexicon("speaker_shapes")
_AGENTS = _SHAPES.words("personal_agents")
_MODIFIERS = _SHAPES.words("relation_modifiers")
_TIES = RELATIVES | _AGENTS
# "Tomas Vey's family", "the singer's late father": the possessor, then the tie, ending
# the phrase (an apposed name after it, "Vey's wife, Anna", names the speaker).
_POSSESSED = re.compile(r"^(?:the\s+)?(?P<who>[^,]+?)['\u2019]s?\s+(?P<tie>[\w\s-]+)$", re.I)
# "the family of Tomas Vey", "relatives of the victims", "a friend of the singer".
_OF = re.compile(rf"^(?:(?P<det>the|{alternation(_SHAPES.words('unnamed_determiners'))})\s+)?"
                 r"(?P<tie>[\w\s-]+?)\s+(?:of|for)\s+(?P<who>.+)$", re.I)
# "the Vey family": a family by its surname.
_SURNAME = re.compile(r"^the\s+(?P<who>[A-Z][\w'\u2019-]+)\s+family$")


def related_to(raw: str, entity: str | None = None) -> SpeakerInfo | None:
    """Someone named by a tie to another (see the module's doc): relatives are people
    unnamed (as "his family" is), an agent or a lawyer one person known by whom they act
    for (as "his lawyer" is); None for any other phrase. A body's name of this shape
    ("Friends of the Earth", an entity the tagger calls an organisation) is left alone."""
    if (m := _SURNAME.match(raw)) is not None:
        return SpeakerInfo(raw, "anonymous", role="family", affiliation=m["who"],
                           descriptors=_descriptors(raw))
    m = _POSSESSED.match(raw)
    if m is None and entity != "ORG":
        m = _OF.match(raw)
    if m is None:
        return None
    tie = _tie(m["tie"])
    who = m["who"].strip()
    if tie is None or not who or who.lower() in POSSESSIVES:
        return None
    if tie in _AGENTS and not tie.endswith("s") and (
            m.re is _POSSESSED or (m["det"] or "").lower() == "the"):
        # One person, identifiable by whom they act for: on the record ("his lawyer", "the
        # lawyer for Tomas Vey"; "a lawyer for him" is one of several, unnamed).
        return SpeakerInfo(raw, "person", role=raw.removeprefix("the ").strip(), affiliation=who)
    return SpeakerInfo(raw, "anonymous", role=tie, affiliation=who, descriptors=_descriptors(raw))


def _tie(words: str) -> str | None:
    """The tie the words end in, after modifiers only ("late father", "longtime
    manager"); None when other words stand before it ("defence ministry")."""
    parts = words.lower().split()
    if not parts or parts[-1] not in _TIES or any(p not in _MODIFIERS for p in parts[:-1]):
        return None
    return parts[-1]


# "the director of national intelligence", "the deputy head of the agency".
_OFFICE = re.compile(r"^the\s+(?P<role>(?:[\w-]+\s+){0,2}?[\w-]+)\s+of\s+(?P<of>.+)$", re.I)


def office_of(raw: str) -> SpeakerInfo | None:
    """The holder of an office named by what it is of ("the mayor of Orvik", "the director
    of national intelligence", "the governor of the central bank"): one person, by office,
    on the record (as "the finance minister" is); not a body's voice ("the spokesman of the
    ministry" speaks for it), nor a title whose "of" runs on into a name ("the Secretary of
    State Antony Blinken")."""
    m = _OFFICE.match(raw)
    if m is None:
        return None
    role = m["role"].lower().split()
    of = re.sub(r"^the\s+", "", m["of"].strip(), flags=re.I)
    if role[-1] not in ROLE_WORDS or role[-1] in VOICE_ROLES or role[-1].endswith("s"):
        return None
    if "," in of or _name_after(of.split()):
        return None  # "..., Wang Wenbin", "the Governor of California Gavin Newsom": named
    rest = of.split()
    while rest and rest[0].lower() in TITLE_OBJECTS:
        rest = rest[1:]  # "the Minister of Home Affairs": the title's own words
    if len(rest) < len(of.split()) and any(w[:1].isupper() for w in rest):
        return None  # "the Secretary of State Antony Blinken": a name follows the title
    return SpeakerInfo(raw, "person", role=raw[4:].strip(), affiliation=of,
                       country=phrase_country(raw))


def _name_after(words: list[str]) -> bool:
    """The words after "of" end in a person's name ("California Gavin Newsom"): a known
    given name, or two capitalised words after others that are no place nor body ("the
    United States", "the Social Democratic Party" are what the office is of)."""
    tail = words[-2:]
    return any(w.lower() in GIVEN_NAMES for w in words) or (
        len(words) > 2 and all(w[:1].isupper() for w in tail)
        and phrase_country(" ".join(tail)) is None and tail[-1].lower() not in ORG_HEADS)
