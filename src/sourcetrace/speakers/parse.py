"""Parse a source phrase into name, role, affiliation, country and speaker type.

Works on the phrase text alone (no parse), with general facts about English news
sourcing: title and role words, anonymity formulas ("speaking on condition of
anonymity", "familiar with"), nationality adjectives, organisation head words and
outlet names (from the outlet registry when it is installed).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from sourcetrace.lexicons import lexicon
from sourcetrace.models import SpeakerType
from sourcetrace.speakers.groups import coordinated, described_people, named_member
from sourcetrace.speakers.info import POLL_RECORD, SpeakerInfo
from sourcetrace.speakers.lexicon import (
    ANON_HEADS,
    ANON_MARKERS,
    BODY_PHRASES,
    CAPITALS,
    COMPANY_WORDS,
    EVENT_HEADS,
    GIVEN_NAMES,
    GROUP_HEADS,
    GROUP_QUANTIFIERS,
    HONORIFICS,
    NATIONALITIES,
    ORG_HEADS,
    PARTY_MEMBERS,
    POSSESSIVES,
    PRONOUNS,
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
)
from sourcetrace.speakers.names import (
    _head_word,
    _is_clause,
    _name_run_or_none,
    _name_segment,
    spelled_in_capitals,
)
from sourcetrace.speakers.outletname import find_outlet_name
from sourcetrace.speakers.owners import (
    authored_by,
    outlet_staff,
    owned_data,
    poll_owner,
    staff_body,
)
from sourcetrace.speakers.related import office_of, related_to
from sourcetrace.speakers.roles import (
    _descriptors,
    _split_role,
    apposed_body,
    described_before,
    describes_body,
    given_and_surname,
    org_in_role,
    outlet_by_kind,
    phrase_country,
)
from sourcetrace.speakers.unnamed import UNNAMED_DETERMINERS, unnamed
from sourcetrace.speakers.when import split_members, without_dateline, without_trailing_when

_SHAPES = lexicon("speaker_shapes")
# Role nouns a definite description names an office with ("the president", "the senator").
_OFFICES = lexicon("roles").words("referring_roles")
_GENERIC_OUTLET = _SHAPES.pattern("generic_outlet")
# "the 27-year-old": someone named before, as "she" is.
AGE_DESCRIPTION = _SHAPES.pattern("age_description")
# How brands, not people, are written ("SoCalGas", "LAist", "Reuters/Ipsos").
_ORG_SHAPE = _SHAPES.pattern("brand_shape")
# A source phrase owned by a time ("Monday's violence", "last week's report"); not "May's",
# which is as often a person's ("May's spokesman").
_TIME_OWNER = _SHAPES.pattern("time_owner")
_POLL_SHARE = _SHAPES.pattern("poll_share")
_THING_CLAUSE = _SHAPES.pattern("thing_clause")
NAMING = _SHAPES.pattern("naming")
_OPENING_POSSESSIVES = frozenset({"Her", "His", "Their", "Its", "Our", "My"})
_DEFINITE_PEOPLE = _SHAPES.words("definite_person_names")
_TITLES = frozenset(t.lower().rstrip(".") for t in TITLE_ABBREVIATIONS | HONORIFICS)


def parse_source(text: str, *, entity: str | None = None) -> SpeakerInfo:
    """Parse one source phrase ("Kremlin spokesman Dmitry Peskov", "a senior US official").

    ``entity`` is an optional spaCy entity label of the phrase's head (a typing hint).
    Results are cached: treat the returned ``descriptors`` as read-only.
    """
    if text.split()[:1] and text.split()[0] in _OPENING_POSSESSIVES:
        # "Her spokesman": capitalised only as the sentence opens, no body named "Her".
        return replace(parse_source(text[0].lower() + text[1:], entity=entity), text=text)
    spelled = spelled_in_capitals(" ".join(text.split()).strip(" ,;:'\u2018\u2019"))
    if spelled is not None:  # "CHUCK TODD", a transcript's label: the name it spells
        return replace(_parse_cached(spelled, entity), text=text)
    return described_people(_parse_cached(text, entity), entity)


def _tied(raw: str, entity: str | None) -> SpeakerInfo | None:
    """Someone named by a tie to another or by an office of a body (``related``)."""
    return related_to(raw, entity) or office_of(raw)


def _parse_one(text: str) -> SpeakerInfo:
    return _parse_cached(text, None)


def _several(raw: str, members: str | None) -> SpeakerInfo | None:
    """A phrase of several people read as one speaker: an outlet's reporters first ("The
    Herald's Mira Kell and Tom Dace" is the Herald), then ``coordinated`` and
    ``named_member``."""
    return outlet_staff(raw) or coordinated(raw, _parse_one) or named_member(
        raw, members, _parse_one)


@lru_cache(maxsize=8192)
def _parse_cached(text: str, entity: str | None) -> SpeakerInfo:
    # Scare quotes inside a source ("an official” in the US government") are not part of
    # the description; apostrophes are kept ("China’s ambassador").
    raw = " ".join(re.sub("[\u201c\u201d\"]", " ", text).split()).strip(
        " ,;:'\u2018\u2019")
    if not raw:
        return SpeakerInfo(text=text, type="other")
    # "President Dorin Maas of Veloria on Thursday": the when is not the who.
    raw, members = split_members(without_trailing_when(without_dateline(_THING_CLAUSE.sub("", raw))))
    several = _several(raw, members) or _by_its_name(raw, entity) or _tied(raw, entity)
    if several is not None:
        return several
    low = raw.lower()
    if low != raw and _role_only(low):
        # "The President", "the Vice President": an office written with capitals, no
        # organisation named "President".
        return _parse_cached(low, None)
    country = phrase_country(raw)
    people = _unnamed_people(raw, low)
    if people is not None:
        return people
    if (pollster := poll_owner(raw)) is not None:
        # "a Reuters/Ipsos poll", "voters in the Gallup survey": the pollster's findings.
        return SpeakerInfo(raw, "organization", name=pollster, country=country, descriptors=POLL_RECORD)
    if low in PRONOUNS or AGE_DESCRIPTION.match(raw):
        kind: SpeakerType = "other" if low in PRONOUNS and low not in (
            "he", "she", "him", "her", "i") else "person"
        return SpeakerInfo(text=raw, type=kind)
    if _TIME_OWNER.match(raw):
        # "Monday's violence", "last week's report": an event or a text, not a speaker.
        return SpeakerInfo(text=raw, type="other", descriptors=_descriptors(raw))
    outlet = find_outlet_name(raw) or outlet_by_kind(raw)  # "state broadcaster LTV"
    if outlet is not None or _GENERIC_OUTLET.match(raw):
        return SpeakerInfo(text=raw, type="outlet", name=outlet, country=None)
    owned = _document_owner(raw)
    if owned is not None:
        return owned
    body = staff_body(raw)
    if body is not None or low.endswith(BODY_PHRASES):  # "Ukraine's General Staff"
        return SpeakerInfo(raw, "organization", name=body, country=country)
    head_seg, run, others, pure = _name_segment(raw)
    words = head_seg.split()
    anon_marked = any(m in low for m in ANON_MARKERS)
    last = re.sub(r"[^\w\-]", "", words[-1].lower()) if words else ""
    if _head_word(head_seg) in EVENT_HEADS:  # "the Helsinki summit": an event says nothing
        return SpeakerInfo(raw, "other", country=country, descriptors=_descriptors(raw))
    member = _member_of_body(head_seg, words, run, pure)  # "a professor at Harvard ..."
    run = None if member else _name_run_or_none(head_seg, run, pure, anon_marked)
    if run is not None and _group_head(words, run):
        run = None  # "Investigators said", "Tenant advocates say": people, unnamed
    if (run is not None and run[1] - run[0] == 1 and run[1] == len(words) and len(words) > 1
            and words[0].lower() in UNNAMED_DETERMINERS):
        # "a senior Democrat", "two Republicans": a member of a party or group, unnamed.
        return SpeakerInfo(raw, "anonymous", role=words[-1].strip(",."), country=country,
                           descriptors=_descriptors(raw))
    if run is not None and not anon_marked:
        return _named(raw, words, run, others, last, country, entity)
    if others and not anon_marked and (body := apposed_body(head_seg)) is not None:
        return SpeakerInfo(raw, "organization", name=body, country=country)
    return _unnamed_or_member(raw, low, last, country, anon_marked, member and _at_body(head_seg))


def _unnamed_or_member(raw: str, low: str, last: str, country: str | None, anon_marked: bool,
                       at_body: bool) -> SpeakerInfo:
    """``unnamed``; one of a body's people ("a former quality inspector at Harlan
    Dynamics") is someone unnamed, whatever the word for their job."""
    info = unnamed(raw, low, last, country, anon_marked)
    return unnamed(raw, low, last, country, True) if at_body and info.type == "other" else info


def _at_body(head_seg: str) -> bool:
    """ "a former quality inspector at Harlan Dynamics": whoever is "at" a body works
    there; no body is "at" another."""
    head = _head_word(head_seg)
    return head.isalpha() and head not in ORG_HEADS and re.search(
        rf"\b{re.escape(head)}\s+at\s+", head_seg, re.I) is not None


def _by_its_name(raw: str, entity: str | None) -> SpeakerInfo | None:
    """ "a group calling itself the Northern Front": the one named, as its description
    says; None for a phrase that gives no name."""
    naming = NAMING.match(raw)
    # Only what can speak goes by the name: "the biggest protest rally, called Helsinki
    # Calling" is an event.
    if naming is None or _parse_cached(naming.group("kind"), None).type not in (
            "organization", "outlet", "anonymous", "person"):
        return None
    return replace(_parse_cached(naming.group("name"), entity), text=raw)


def _unnamed_people(raw: str, low: str) -> SpeakerInfo | None:
    """People described by a quantifier ("Some say", "Those who spoke said", "Many of the
    residents"): anonymous; a share of poll respondents ("14 percent of Republicans say"):
    a poll's finding, no one speaking."""
    if _POLL_SHARE.match(raw):
        return SpeakerInfo(text=raw, type="other", descriptors=_descriptors(raw))
    first, _, rest = low.partition(" ")
    if first in GROUP_QUANTIFIERS and (not rest or rest.split()[0] in ("who", "of", "that")):
        return SpeakerInfo(text=raw, type="anonymous", descriptors=_descriptors(raw))
    return None


def _document_owner(raw: str) -> SpeakerInfo | None:
    """Data only a body keeps speak for the body that names them (``owners``)."""
    owned = owned_data(raw)
    if owned is None:
        # "a confidential report by a UN panel of experts": a body described by a common
        # noun ("panel"); one named by its capitals is left to ``owned_data``'s rules.
        owned = authored_by(raw)
        head = _head_word(owned[0]) if owned is not None else ""
        if owned is None or head not in ORG_HEADS or head not in owned[0].split() or (
                _parse_cached(owned[0], None).type != "organization"):
            return None
    owner = _parse_cached(owned[0], None)
    if owner.type not in ("person", "organization", "outlet") or not owner.name:
        return None
    # Whatever the parse took the name for (a person's, without a hint), a body keeps it.
    kind: SpeakerType = "outlet" if owner.type == "outlet" else "organization"
    return SpeakerInfo(raw, kind, name=owner.name, country=owner.country,
                       descriptors={**owner.descriptors, "document": owned[1]})


def _role_only(low: str) -> bool:
    """A definite phrase of role words ending in an office ("the vice president")."""
    words = low.split()
    return (len(words) > 1 and words[0] == "the" and words[-1] in _OFFICES
            and all(w in ROLE_WORDS for w in words[1:]))


def by_office(label: str, role: str | None) -> bool:
    """A person named by office only, with a definite article or as a headline writes it
    ("the finance minister", "Germany's foreign minister", "US president"): one
    identifiable person, on the record, though no name is given; so is someone's ("her
    lawyer", "his spokesman"), however the sentence capitalises it."""
    first = label.split()[0] if label.split() else ""
    return bool(role) and (label.lower().startswith("the ") or first.lower() in POSSESSIVES or (
        first[:1].isupper() and first.lower() not in UNNAMED_DETERMINERS))


def _named(
    raw: str, words: list[str], run: tuple[int, int], others: list[str], last: str,
    country: str | None, entity: str | None,
) -> SpeakerInfo:
    """A source phrase with a name in it: a person, or a place or body speaking."""
    if words[0].lower() == "the" and last in PARTY_MEMBERS:
        # "the Kentucky Republican": someone named before, by state and party; no name.
        return SpeakerInfo(raw, "person", country=country)
    role, aff = _split_role(" ".join(words[: run[0]]))
    described = described_before(raw, words, run, country) if role is None else None
    if described is not None:
        return described
    run, body = _serving_body(words, run)
    name = " ".join(words[run[0] : run[1]]).strip(",")
    aff = aff or body
    # Appositives: "Qin Gang, China's ambassador to the US"; not one that says what body
    # the name is, whose relative clause may read as a role ("Black Heron, the group
    # researchers have linked to the attack").
    for seg in (o for o in others if not _is_clause(o) and not describes_body(o)):
        r2, a2 = _split_role(seg)
        role = role or r2
        if a2 and not aff:
            aff = a2
        elif seg.strip() and aff and seg[:1].isupper() and len(seg.split()) <= 3:
            aff = f"{aff}, {seg.strip()}"  # "King's College, London"
    if aff is None and role is None and len(words) == run[1] - run[0]:
        low_name = name.lower()
        if low_name in CAPITALS:
            return SpeakerInfo(raw, "organization", name=name, country=CAPITALS[low_name])
        if len(words) == 1 and low_name in NATIONALITIES:
            return SpeakerInfo(raw, "organization", name=name, country=NATIONALITIES[low_name])
    if aff is None and role is not None:
        # "White House NSA Jake Sullivan": organisation words hidden in the role.
        aff = org_in_role(role)
    if aff is None and role is not None and country is not None:
        aff = country  # "US Secretary of State X": the government of that country
    if role is None and (aff is None or entity == "ORG" and run[1] - run[0] == 1) and entity in (
            "GPE", "LOC", "NORP", "FAC", "ORG") and not given_and_surname(name):
        # A bare proper name the parser knows as a place or body: a government or
        # organisation speaking ("Veloria said", "Hungary rejected"); tagged a body, with
        # no role, the words before a one-word "name" are the body's own ("Oakland Unified
        # School District"; "... Miguel Cardona" is a person's name).
        # The whole phrase is the body's name: "Rally Canada", "Veterans Affairs" (a country
        # or plural word inside it ends no person's name here).
        whole = re.sub(r"^(?:the|a|an)\s+", "", " ".join(words).strip(","), flags=re.I)
        return SpeakerInfo(raw, "organization", name=whole or raw, country=country)
    # A name followed by an organisation head word is an organisation ("Intelligence
    # agencies": a plural head written lower-case is no surname); so is one ending as
    # a company's does or that an apposition says is a body ("Vessel Systems, the company").
    if _org_head(last) or (run[1] < len(words) and _org_head(words[run[1]])):
        return SpeakerInfo(raw, "organization", name=raw, country=country)
    if name.split()[-1] in COMPANY_WORDS or role is None and any(map(describes_body, others)) and (
            not given_and_surname(name)):  # "its owner, John Smith" is a person
        if name != raw and (alone := _parse_cached(name, None)).type == "outlet" and alone.name:
            return replace(alone, text=raw)  # "Hart's employer, the Weekly Globe"
        return SpeakerInfo(raw, "organization", name=name, country=country)
    if role is None and aff is None and entity != "PERSON" and _body_written(words, run, name):
        return SpeakerInfo(raw, "organization", name=name, country=country)
    return SpeakerInfo(raw, "person", name=name, role=role, affiliation=aff, country=country)


def _body_written(words: list[str], run: tuple[int, int], name: str) -> bool:
    """A name written as no person's is: "SoCalGas", "LAist", "Reuters/Ipsos", "AT&T";
    or right after "the" with no title before it ("The Red Hand said it would ...", "the
    Taliban"; not "the Rev. Jesse Jackson"): a person's name takes no article."""
    if _ORG_SHAPE.search(name):
        return True
    return (run[0] == 1 and run[1] == len(words) and words[0].lower() == "the"
            and words[1].lower().rstrip(".") not in _TITLES
            and not any(w.lower() in GIVEN_NAMES | _DEFINITE_PEOPLE for w in words[run[0] : run[1]]))


def _org_head(word: str) -> bool:
    """An organisation head word, or one's plural written lower-case ("agencies")."""
    low = word.lower()
    single = re.sub(r"ies$", "y", low) if low.endswith("ies") else low.removesuffix("s")
    return low in ORG_HEADS or (word.islower() and single in ORG_HEADS)


def _serving_body(words: list[str], run: tuple[int, int]) -> tuple[tuple[int, int], str | None]:
    """A name run that opens with the body its titled person serves in ("U.S. Air Force
    Brig. Gen. Patrick Ryder"): the name from the first title on, and the body. Without
    it, "U.S. Air Force Brig. Gen. Patrick Ryder" was the person's name and no body."""
    for k in range(run[0] + 1, run[1] - 1):
        if words[k].lower() in TITLE_ABBREVIATIONS:
            if words[k - 1].lower() in TITLE_ABBREVIATIONS:
                break  # "Brig. Gen.": titles from the start, no body before them
            return (k, run[1]), " ".join(words[run[0] : k]).strip(",") or None
    return run, None


def _group_head(words: list[str], run: tuple[int, int]) -> bool:
    """Whether a capitalised run is no name but people: the phrase ends in a plural noun
    for people, or the run is that noun itself, capitalised at the start of a sentence."""
    last = re.sub(r"[^\w\-]", "", words[-1].lower()) if words else ""
    plural = last.endswith("s") or last == "people"
    if last not in GROUP_HEADS and (last not in ANON_HEADS or not plural):
        return False
    return run[1] < len(words) or run[1] - run[0] == 1


def _member_of_body(head_seg: str, words: list[str], run: tuple[int, int] | None,
                    pure: bool) -> bool:  # fmt: skip
    """An indefinite role heading the phrase, the capitals after it a body's name ("a
    professor at Harvard University"): one of its people, unnamed."""
    head = _head_word(head_seg)
    return (run is not None and not pure and bool(words)
            and words[0].lower() in UNNAMED_DETERMINERS and (head in ROLE_WORDS or _at_body(head_seg) or (
                run[1] < len(words) and words[-1].isalpha() and words[-1].islower()))
            and head not in {w.lower() for w in words[run[0] : run[1]]})
