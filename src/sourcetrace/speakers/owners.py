"""Whose voice a poll, a body's data or its staff are: "a March Reuters/Ipsos poll" speaks
for Reuters/Ipsos, "the Tennessee Lookout's database", "a tally by the Movement Advancement
Project" and "data from the Census Bureau" for those bodies, "Southern California Edison
officials" for the company (``parse`` types the owner); "The Herald's Mira Kell" for the
outlet she reports for."""

from __future__ import annotations

import re

from sourcetrace.geo.places import normalise_place, seat_country
from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.speakers.info import SpeakerInfo
from sourcetrace.speakers.lexicon import (
    CAPITALS,
    COMPANY_WORDS,
    COUNT_WORDS,
    GROUP_QUANTIFIERS,
    NATIONALITIES,
    NUMBER_WORDS,
    ORG_HEADS,
    POLLSTER_HEADS,
)
from sourcetrace.speakers.outletname import find_outlet_name

# Documents only a body keeps (a letter or a statement may be a person's).
BODY_DOCUMENTS = lexicon("source_heads").words("institutional_documents")
_DOCUMENTS = lexicon("source_heads").words("document_heads")
_NAME_RUN = r"[A-Z][\w.&\-]*(?:\s+(?:(?:of|and|for|the)\s+){0,2}[A-Z][\w.&\-]*)*"
# "the Tennessee Lookout's database"; "a tally by the Movement Advancement Project (MAP),
# which tracks ...", "data from the Census Bureau".
_OWNED = re.compile(rf"^(?:the\s+)?(?P<owner>{_NAME_RUN})['\u2019]s?\s+(?:[\w\-]+\s+){{0,2}}"
                    r"(?P<head>[\w\-]+)$")
# "Associated Press election data", "Public Works policy": the body's name as a modifier.
_OWNED_COMPOUND = re.compile(rf"^(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<owner>{_NAME_RUN})\s+"
                             r"(?:[a-z][\w\-]*\s+){0,2}(?P<head>[a-z][\w\-]*)$")
_AUTHORING = "|".join(sorted(lexicon("source_heads").words("authoring_participles")))
_OWNED_BY = re.compile(rf"^(?:(?:a|an|the|new|latest|recent)\s+){{0,3}}(?:[\w\-]+\s+)?"
                       rf"(?P<head>(?!(?:{_AUTHORING})\b)[\w\-]+)\s+(?:(?:{_AUTHORING})\s+)?(?P<prep>by|from|in)\s+(?:the\s+)?"
                       rf"(?P<kind>(?:[a-z][\w\-]*\s+){{0,3}}?)(?P<owner>{_NAME_RUN})\b")


# "a confidential report by a UN panel of experts": a document, then its maker after "by".
_AUTHORED_BY = re.compile(rf"^(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){{0,2}}?(?P<head>[a-z][\w\-]*)\s+"
                          rf"(?:(?:{_AUTHORING})\s+)?by\s+(?P<owner>\S.*)$")


def authored_by(raw: str) -> tuple[str, str] | None:
    """(maker's phrase, document noun) of a document said to be by someone, whoever the
    maker is ("a report by a UN panel of experts"); the caller decides whether the maker
    is a body that speaks through it."""
    m = _AUTHORED_BY.match(raw)
    if m is None or m["head"].lower() not in _DOCUMENTS:
        return None
    return m["owner"], m["head"].lower()


def owned_data(raw: str) -> tuple[str, str] | None:
    """(owner's name, document noun) of data a named body keeps, of a piece of journalism
    a news outlet publishes ("A Washington Post report", "a CNN analysis", "a report by
    Reuters", "a report in the Varnia Herald": the outlet reports), or of a document from
    or by a body its name or a noun before it says is one ("a letter from the Anti-Doping
    Agency of Pannonia", "a report by Human Rights Watch", "a report by the cybersecurity
    firm Vexel"); None for other documents ("Humboldt's letter", "a report by Ivo Brant")
    and data of no named owner ("the city's database"), which are documents."""
    m = _OWNED.match(raw) or _OWNED_BY.match(raw)
    if m is None:
        m = _OWNED_COMPOUND.match(raw)
        if m is not None and m["owner"].lower() in NATIONALITIES:
            return None  # "American intelligence data": a nation's, no body named
    if m is None:
        return None
    head = m["head"].lower()
    if "prep" in m.groupdict() and m["prep"] == "in" and head not in _JOURNALISM:
        return None  # "a letter in the archive": only a piece of journalism is "in" an outlet
    # "a statement from the Varnian defence ministry": the body is named to its head word,
    # not cut at the capitals; and a body so named keeps any document of its own.
    more = re.match(r"((?:['\u2019]s)?(?:\s+[a-z][\w\-]*){1,3})\s*$", raw[m.end("owner"):])
    if more is not None and more.group(1).split()[-1] in ORG_HEADS and head in _DOCUMENTS:
        return m["owner"] + more.group(1), head
    kind = (m.groupdict().get("kind") or "").split()
    if kind and not (kind[-1] in ORG_HEADS and head in _DOCUMENTS):
        return None  # "a report by the [cybersecurity firm] Vexel": only a body's kind
    if head in BODY_DOCUMENTS or (head in _JOURNALISM and _an_outlet(m["owner"])) or (
            head in _DOCUMENTS and m.groupdict().get("prep") in ("by", "from")
            and (bool(kind) or _a_body(m["owner"]))):
        return m["owner"], head
    return None


def _a_body(name: str) -> bool:
    """A name that says it is a body's ("the Ostland Defence Agency", "Anti-Doping Agency
    of Pannonia", "Vessel Systems"): a document from it is the body's ("a letter from
    ..."), where one from a person ("a letter from Ivo Brant") may be a private one. Not a
    body's name as a modifier ("Port Authority policy"): a rule, not a statement."""
    words = name.split()
    return any(w.lower() in ORG_HEADS for w in words) or words[-1] in COMPANY_WORDS


_JOURNALISM = lexicon("report_nouns").words("journalism")


def _an_outlet(name: str) -> bool:
    """An outlet of the registry, or a name shaped like an outlet's ("the Varnia Herald":
    an outlet the registry does not know is still one): ``outletname.find_outlet_name``."""

    return find_outlet_name(name) is not None


_MONTHS = lexicon("time").mapping("months")
_POLL = re.compile(
    rf"((?:[A-Z][\w.&'’/-]*\s+){{0,5}}[A-Z][\w.&'’/-]*)\s+(?:{alternation(POLLSTER_HEADS)})\b")


# "a poll by Norstat", "a survey conducted for the Herald by Ipsos": the pollster after
# (whoever a poll is "published by" is the outlet that ran it).
_POLL_BY = re.compile(
    rf"\b(?:{alternation(POLLSTER_HEADS)})\b(?:\s+(?:conducted|carried\s+out))?"
    rf"(?:\s+for\s+(?:the\s+)?{_NAME_RUN})?\s+by\s+(?:the\s+)?({_NAME_RUN})")


def poll_owner(raw: str) -> str | None:
    """The organisation a poll is named after: the capitalised run before its noun, or
    the one named as conducting it after ("a poll by Norstat")."""
    by = _POLL_BY.search(raw)
    if by is not None:
        # "a poll by Meridian Research for the Sunday Courier": the outlet it was made for
        # is no part of the pollster's name ("the Centre for Economic Research" is one).
        name = by.group(1)
        client = re.search(r"\s+for\s+((?:the\s+)?\S.*)$", name)
        if client is not None and find_outlet_name(client.group(1)) is not None:
            name = name[: client.start()]
        return name
    m = _POLL.search(raw)
    if m is None:
        return None
    name = re.sub(r"^(?:A|An|The|This|That)(?:\s+|$)", "", m.group(1)).strip()
    first, _, rest = name.partition(" ")
    if rest and first.lower() in _MONTHS:
        name = rest  # "a March Reuters/Ipsos poll": the month dates the poll
    return name if name and name[:1].isupper() and not name.isdigit() else None


_STAFF = re.compile(rf"^(?:[Tt]he\s+)?(?P<body>{_NAME_RUN})\s+(?P<head>[a-z]+)$")
# "researchers at (the cybersecurity firm) Brightline": the body after a word for what it is.
_STAFF_AT = re.compile(
    rf"^(?P<head>[A-Za-z][a-z]+)\s+(?:at|of|from|with)\s+(?:the\s+)?(?:[a-z\-]+\s+){{0,3}}?(?P<body>{_NAME_RUN})$")
_STAFF_HEADS = lexicon("source_heads").words("staff_heads")
_ACRONYM = re.compile(r"^[A-Z][A-Z&.]+$")
# A state's own officials stay unnamed officials of their government ("Pentagon officials").
_GOVERNMENT = lexicon("source_kinds").pattern("government")


def staff_body(raw: str) -> str | None:
    """The named body whose staff speak ("Southern California Edison officials", "ACLU
    officials", "researchers at the cybersecurity firm Brightline"), or None: not a
    state's body, nationality or seat ("Pentagon officials", "officials at the Pentagon",
    "U.S. officials"), nor a lone word that may be any word opening a sentence ("Health
    officials")."""
    m = _STAFF.match(raw) or _STAFF_AT.match(raw)
    if m is None or m["head"].lower() not in _STAFF_HEADS:
        return None
    body = m["body"]
    words = [w.lower().strip(".,") for w in body.split()]
    if words[0] in COUNT_WORDS or words[0] in GROUP_QUANTIFIERS or words[0] in NUMBER_WORDS:
        return None  # "Some officials", "Two officials": people, unnamed
    if len(words) == 1 and m.re is _STAFF and not _ACRONYM.match(body):
        # One capitalised word may be any word opening a sentence ("Health officials",
        # "Local officials"); a name of two words or an acronym ("UN officials") is a name.
        return None
    if _GOVERNMENT.search(body) or seat_country(body) or normalise_place(body.lower()) or any(
            w in NATIONALITIES or w in CAPITALS or normalise_place(w) for w in words):
        return None  # a state's officials: "U.S. officials", "EU officials"
    return body


_PRESS_JOBS = lexicon("speaker_shapes").words("press_jobs")
_PERSON_NAME = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}"
_NAMES = rf"{_PERSON_NAME}(?:\s*(?:,|\band\b|&)\s*{_PERSON_NAME})*"
_JOB = rf"(?:[\w\-]+\s+){{0,3}}?(?P<job>{alternation(_PRESS_JOBS)})"


def _staff_shapes() -> tuple[re.Pattern[str], ...]:
    """The shapes of an outlet's staff named in a source phrase."""
    return (
        # "The Herald's Mira Kell and Tom Dace", "The Times's Moscow correspondent"
        re.compile(rf"^(?:[Tt]he\s+)?(?P<outlet>{_NAME_RUN})['’]s?\s+(?:{_JOB}\s*)?"
                   rf"(?P<names>{_NAMES})?$"),
        # "Herald reporter Mira Kell", "AP White House correspondent Zeke Miller"
        re.compile(rf"^(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<outlet>{_NAME_RUN})\s+{_JOB}(?:\s+(?P<names>{_NAMES}))?$"),
        # "Mira Kell, a Herald correspondent"
        re.compile(rf"^(?P<names>{_NAMES}),\s+(?:(?:the|an?)\s+)?(?P<outlet>{_NAME_RUN})"
                   rf"(?:['’]s?)?\s+{_JOB}$"),
    )


_STAFF_SHAPES = _staff_shapes()


def outlet_staff(raw: str) -> SpeakerInfo | None:
    """The outlet, when the phrase is its news staff: a reporter of an outlet reporting
    is the outlet reporting, and is relayed as it is ("The Associated Press's Mira Kell
    and Tom Dace reported that P"; their names kept as ``reporters``). The outlet is the
    longest opening of the capitalised run that names one ("AP White House
    correspondent": AP)."""

    for shape in _STAFF_SHAPES:
        m = shape.match(raw)
        if m is None or not (m["job"] or m["names"]):
            continue
        words = m["outlet"].split()
        for end in range(len(words), 0, -1):
            outlet = find_outlet_name(" ".join(words[:end]))
            if outlet is not None and (end == len(words) or m["job"] is not None):
                return SpeakerInfo(raw, "outlet", name=outlet, descriptors=(
                    {"reporters": m["names"]} if m["names"] else {}))
    return None
