"""Source phrases with no personal name in them: the head noun decides.

"people briefed on the intelligence" is anonymous, "the finance minister" a person named
by office, "the state Department of Health" a body, "Friday" or "his country" no one;
"a senator" or "a Nordtel engineer" one unnamed holder of an office.
"""

from __future__ import annotations

import re

from sourcetrace.lexicons import lexicon
from sourcetrace.speakers.info import SpeakerInfo
from sourcetrace.speakers.lexicon import (
    AGENT_ENDING_THINGS,
    AGENT_ENDINGS,
    ANON_HEADS,
    CALENDAR_WORDS,
    CAPITALS,
    COLLECTIVE_HEADS,
    GROUP_HEADS,
    NATIONALITIES,
    ORG_HEADS,
    OTHER_HEADS,
    PARTY_MEMBERS,
    PARTY_WORDS,
    POSSESSIVES,
    RELATIVES,
    ROLE_WORDS,
    SENIORITY,
    VOICE_ROLES,
)
from sourcetrace.speakers.names import _head_word
from sourcetrace.speakers.roles import _anon_role, _body_after, _descriptors, voice_of

# Words before a lone capitalised word that make it a description, not a name.
UNNAMED_DETERMINERS = lexicon("speaker_shapes").words("unnamed_determiners")


def _only_a_date(core: str) -> bool:
    """The phrase's only capitalised words are month or weekday names."""
    dates = [w.strip(".,").lower() in CALENDAR_WORDS for w in core.split()]
    return any(dates) and all(d or not w[:1].isalpha() or w.islower()
                              for d, w in zip(dates, core.split(), strict=True))


def _agents(head: str, last: str, low: str, members: set[str]) -> bool:
    """People by what they do, named by the phrase's last word ("auditors", "independent
    specialists"; ``agent_plural_endings``) or by its head before a preposition ("engineers
    at the plant"), not a thing so ending ("errors", "rumors")."""
    return ((head == last or re.search(rf"\b{re.escape(head)}\s+(?:at|from|in|with|for|inside)\b",
                                       low) is not None)
            and head.endswith(AGENT_ENDINGS) and head not in AGENT_ENDING_THINGS
            and head not in members)


def _agent(head: str) -> bool:
    """One person by what they do ("engineer", "blogger"): a singular of the agent endings
    whose plural is no thing ("an error", "a number" are none)."""
    return (f"{head}s".endswith(AGENT_ENDINGS) and f"{head}s" not in AGENT_ENDING_THINGS
            and not head.endswith("s"))


def unnamed(
    raw: str, low: str, last: str, country: str | None, anon_marked: bool
) -> SpeakerInfo:
    """No personal name: the head noun decides ("people briefed on the intelligence"), but
    a name of three capitalised words or more may end in any ("Office for National Statistics")."""
    head = _head_word(raw)
    named = raw.split()[-1][:1].isupper() and len(re.findall(r"\b[A-Z]\w+", raw)) > 2
    if head in OTHER_HEADS or (last in OTHER_HEADS and head not in ANON_HEADS and not named):
        return SpeakerInfo(raw, "other", country=country, descriptors=_descriptors(raw))
    people_of = NATIONALITIES.get(last.removesuffix("s")) if last.endswith("s") else None
    country = country or people_of  # "12 Russians", "the Americans": a nation's people
    members = _members_of_body(low, head)  # "a UN panel of [experts]": the body speaks
    if (anon_marked or any(w.strip(",.") in ANON_HEADS for w in low.split() if w not in members)
            or (last in GROUP_HEADS and last not in members) or head in GROUP_HEADS or people_of
            or _agents(head, last, low, members)):
        role, aff = _anon_role(raw)
        # Seniority marks a person briefing, not the body's statement ("a senior Foreign
        # Ministry spokesman" stays an anonymous source).
        senior = any(w.strip(",.") in SENIORITY for w in low.split())
        voice = voice_of(raw) if role in VOICE_ROLES and not (anon_marked or senior) else None
        if voice is not None:
            # "a spokesperson for Southern California Edison": the company speaking.
            return SpeakerInfo(raw, "organization", name=voice, role=role, country=country)
        return SpeakerInfo(
            raw, "anonymous", role=role, affiliation=aff, country=country,
            descriptors=_descriptors(raw),
        )
    core = re.sub(r"^(?:the|a|an)\s+", "", raw, flags=re.I)
    if _only_a_date(core):
        # "Friday", "9:20 AM, July 15, 2018": a date said nothing; its capitals are no body's.
        return SpeakerInfo(raw, "other", country=country)
    if low.split()[0] in POSSESSIVES:
        # "His lawyer", "Her notice", capitalised only as a sentence's first words: a person
        # by office, someone unnamed, else a reference to something named elsewhere ("his
        # country"), never an organisation's name.
        if last in ROLE_WORDS:
            return SpeakerInfo(raw, "person", role=core, country=country)
        if last in RELATIVES:  # "his mom": someone unnamed
            return SpeakerInfo(raw, "anonymous", country=country, descriptors=_descriptors(raw))
        return SpeakerInfo(raw, "other", country=country, descriptors=_descriptors(raw))
    if core.lower() in CAPITALS:
        return SpeakerInfo(raw, "organization", name=core, country=CAPITALS[core.lower()])
    holder = _one_holder(raw, low, last, head, country, of_body=bool(members))
    if holder is not None:
        return holder
    if last in PARTY_MEMBERS:
        # "the Democrat", "the Republican": someone the text named before, by party.
        return SpeakerInfo(raw, "person", country=country)
    office = head in ROLE_WORDS and last in ROLE_WORDS
    body = _body(raw, core, head, last, office, country, of_body=bool(members))
    if body is not None:
        return body
    if office and (low.startswith("the ") or core[:1].isupper()):
        # "the finance minister", "the Russian president", a headline's "US president":
        # one person, named by office, on the record (a definite description; "a minister"
        # is anonymous above).
        return SpeakerInfo(raw, "person", role=core, country=country)
    return SpeakerInfo(raw, "other", country=country, descriptors=_descriptors(raw))


def _members_of_body(low: str, head: str) -> set[str]:
    """The words naming a formal body's members after "of" ("a UN panel of [experts]", "a
    committee of [lawmakers]"): the body speaks, not its members unnamed. A collective ("a
    group of officials") is the people in it: none."""
    if head in ORG_HEADS and head not in COLLECTIVE_HEADS and " of " in low:
        return set(low.split(" of ", 1)[1].split())
    return set()


_CAPITALISED_NAME = re.compile(r"[A-Z][\w.&'\u2019-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w.&'\u2019-]*)*")


def _body(raw: str, core: str, head: str, last: str, office: bool, country: str | None,
          *, of_body: bool) -> SpeakerInfo | None:  # fmt: skip
    """A body's name ("the state Department of Health": from its capitals); not an office
    ("the Russian president") nor a description opening with a party ("Republican
    candidate for ..."). A body named by a common noun only ("police", "the federal
    authorities") is a body with no name; so is one named with its members (``of_body``:
    "a committee of lawmakers")."""
    first, *more = core.lower().split()
    # The capitals must name the head itself ("the state [Department] of Health"), not
    # something in a clause after it ("The group that ... on the University of X campus").
    named = (_CAPITALISED_NAME.match(core, core.lower().find(head))
             if head in ORG_HEADS and core[:1].islower() else None)
    words = core.split()
    if len(words) > 1 and words[-1].isupper() and words[-2].lower() in ORG_HEADS:
        # "the maritime security agency MSA": the body, by the letters it goes by
        return SpeakerInfo(raw, "organization", name=words[-1], country=country)
    if last in ORG_HEADS or of_body or named or (
            core[:1].isupper() and not office and not (more and first in PARTY_WORDS)):
        # Not what an apposition adds ("..., a Britain-based monitoring group").
        name = named.group() if named else None if core == core.lower() else core.split(",")[0]
        return SpeakerInfo(raw, "organization", name=name, country=country)
    if head in ORG_HEADS:
        # "the local council in Dorvan": a body's noun heads the phrase, unnamed.
        return SpeakerInfo(raw, "organization", country=country)
    return None


def _one_holder(raw: str, low: str, last: str, head: str, country: str | None,
                *, of_body: bool) -> SpeakerInfo | None:  # fmt: skip
    """"a senator", "a French minister", "a Democratic senator", "a senior Democrat": one
    holder of an office or member of a party, unnamed (capitalised words before the head
    are its qualifiers); "a professor at Harvard University": one of its people."""
    if low.split()[0] not in UNNAMED_DETERMINERS or of_body or not (
            last in ROLE_WORDS or last in PARTY_MEMBERS or head in ROLE_WORDS
            or (head == last and _agent(head))  # "an engineer", "one blogger"
            or re.search(r"\s[A-Z][\w&.-]*\s+[a-z]+$", raw)):  # "a Nordtel engineer"
        return None
    role = last if last in ROLE_WORDS or last in PARTY_MEMBERS else head
    return SpeakerInfo(raw, "anonymous", role=role, affiliation=_body_after(raw),
                       country=country, descriptors=_descriptors(raw))
