"""Source phrases that name several people: a named person coordinated with an unnamed
source ("Press Secretary Pat Ryder and a senior defense official") and a group with the
members it includes ("Many unhoused people, including Robinson"). ``parse`` passes its own
phrase parser in, so that each part is read as any source phrase is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sourcetrace.lexicons import lexicon
from sourcetrace.models import COMMON_PLURAL
from sourcetrace.speakers.info import SpeakerInfo
from sourcetrace.speakers.lexicon import HONORIFICS, TITLE_ABBREVIATIONS
from sourcetrace.speakers.names import conjuncts
from sourcetrace.speakers.roles import _descriptors

Parse = Callable[[str], SpeakerInfo]
_TITLES = HONORIFICS | TITLE_ABBREVIATIONS
_DOCUMENT = lexicon("source_kinds").pattern("document")


def coordinated(raw: str, parse: Parse) -> SpeakerInfo | None:
    """A named person coordinated with an unnamed source ("Press Secretary Pat Ryder and a
    senior defense official"): the person, on the record; typed by the whole phrase, the
    speaker would be the anonymous half. Not a lone capitalised word ("Engineering and
    munitions experts"), nor a place ("officials in the United States and Europe",
    "American and European officials")."""
    pair = conjuncts(raw)
    if pair is None:
        return None
    infos = [parse(p) for p in pair]
    # A full name, a role or a title ("Mr. Warner and other Democratic senators") makes a
    # lone capitalised word a person's name.
    named = [i for i in infos if i.type == "person" and i.name
             and i.name.split()[-1][:1].isupper()
             and (i.role or " " in i.name or i.text.split()[0].lower() in _TITLES)]
    if len(named) == 1 and any(i.type == "anonymous" for i in infos):
        return replace(named[0], text=raw)
    if {i.type for i in infos} == {"anonymous", "person"} and not any(i.name for i in infos):
        # "Congressional Democrats and at least one Republican": people, unnamed.
        return SpeakerInfo(raw, "anonymous", descriptors=_descriptors(raw))
    if [i.type for i in infos] == ["anonymous", "other"] and _DOCUMENT.search(pair[1]):
        # "a senior European diplomat briefed on the talks and a memo seen by the Post":
        # the person, as described, speaks; the memo is what the outlet saw beside them.
        return replace(infos[0], text=raw)
    return None


def named_member(raw: str, members: str | None, parse: Parse) -> SpeakerInfo | None:
    """An unnamed group that includes a named person ("Many unhoused people, including
    Robinson", "Several congressional Democrats, including Senate Minority Leader Chuck
    Schumer"): the first person named speaks, on the record. A body with its members
    listed ("District leadership — including the superintendent, ...") speaks as the body,
    and ``parse`` reads ``raw`` alone."""
    if not members or parse(raw).type != "anonymous":
        return None
    first = members.split(",")[0]
    pair = conjuncts(first)
    member = parse(pair[0] if pair else first)
    if member.type != "person" or not member.name:
        return None
    return replace(member, text=f"{raw}, including {members}")


# One-word bodies a plural common noun can name: "Police said" is the force.
_BODY_WORDS = lexicon("roles").words("agencies") | lexicon("source_heads").words(
    "referring_organisations")


def described_people(info: SpeakerInfo, entity: str | None) -> SpeakerInfo:
    """A phrase of common nouns only, its head plural (``COMMON_PLURAL``), read as a name
    because a sentence's first word is capitalised ("Rescuers said", "Medics said"): people
    described by what they do, unnamed. Not a body ("Police said")."""
    if (entity == COMMON_PLURAL and info.type in ("person", "organization") and info.name
            and len(info.name.split()) == 1 and not info.role and not info.affiliation
            and info.name.lower() not in _BODY_WORDS):
        return replace(info, type="anonymous", name=None)
    return info
