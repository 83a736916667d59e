"""A source phrase's role and descriptors: the role split from the name ('Foreign Minister
Wang Yi', 'a spokesman for the ministry'), postings ('ambassador to the UN'), and the
country a role or place belongs to.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from sourcetrace.geo.places import seat_country, state_name
from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.speakers.info import SpeakerInfo
from sourcetrace.speakers.lexicon import (
    ANON_HEADS,
    ANON_MARKERS,
    COMPANY_WORDS,
    COUNT_WORDS,
    GIVEN_NAMES,
    HONORIFICS,
    NATIONALITIES,
    ORG_HEADS,
    POSSESSIVES,
    ROLE_WORDS,
    SENIORITY,
    TITLE_OBJECTS,
    VOICE_ROLES,
)

_AGENCY = re.compile(rf"\b({alternation(lexicon('roles').words('agencies'))})\b", re.I)
_NAMED_ONLY = lexicon("roles").words("named_only_agencies")
# The name before such an agency: a capitalised word that is not a country's ("Biden
# administration", not "U.S. administration").
_NAME_BEFORE = re.compile(r"([A-Z][a-z]+)['’]?s?\s+$")
_DIPLOMATIC_POST = re.compile(r"\b(?:embass(?:y|ies)|consulates?|missions?|delegations?)\b", re.I)


_IN_PLACE_END = re.compile(r"\bin\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s*$")


# Nationality words, longest first (ties in lexicon order): the first of them found
# anywhere in a phrase names its country ("South Korean" before "Korean").
_NATIONALITY_ORDER = sorted(NATIONALITIES, key=lambda w: -len(w))
_NATIONALITY_RANK = {w: k for k, w in enumerate(_NATIONALITY_ORDER)}
# Tried at every position (a lookahead finds overlapping words), the first alternative
# that fits there: the earliest word of the order found anywhere is among the captures.
_NATIONALITY_AT = re.compile(
    r"(?=(?<![\w.])(" + "|".join(re.escape(w) for w in _NATIONALITY_ORDER) + r")(?![\w]))")


@lru_cache(maxsize=16384)  # the same source phrases come back for every attribution
def _country_of(text: str) -> str | None:
    found = [m.group(1) for m in _NATIONALITY_AT.finditer(text.lower())]
    return NATIONALITIES[min(found, key=_NATIONALITY_RANK.__getitem__)] if found else None


def _descriptors(text: str) -> dict[str, Any]:
    low = text.lower()
    d: dict[str, Any] = {}
    first = low.split()[0] if low.split() else ""
    if first in COUNT_WORDS:
        d["count"] = COUNT_WORDS[first]
    elif first.isdigit():
        d["count"] = int(first)
    m = re.search(r"\b(" + "|".join(re.escape(s) for s in SENIORITY) + r")\b", low)
    if m:
        d["seniority"] = m.group(1)
    country = _country_of(text)
    if country:
        d["nationality"] = country
    for marker in ANON_MARKERS:
        if marker in low:
            d.setdefault("anonymity", [])
            d["anonymity"].append(marker.strip())
    m = re.search(r"\b(?:familiar with|briefed on|close to|knowledge of|aware of)\s+([^,;]+)", low)
    if m:
        d["knowledge"] = m.group(0).strip()
    # Found in the text itself: whether a name comes before it shows in its capitals.
    agency = _AGENCY.search(text)
    if agency and (agency.group(1).lower() not in _NAMED_ONLY
                   or _named_owner(text[: agency.start()])):
        d["agency"] = agency.group(1).lower()
    return d


def _named_owner(before: str) -> bool:
    m = _NAME_BEFORE.search(before)
    return m is not None and _country_of(m.group(1)) is None


# Titles whose "to X" phrase names where the holder is posted, not whom they work for.
_POSTING = re.compile(
    r"\b(?:ambassador|envoy|representative|consul|delegate|emissary|attach[eé])$", re.I
)


# Words that belong to a role when they stand in it ("deputy", "foreign", "prime").
_ROLE_TAIL = lexicon("speaker_shapes").words("role_tail_words")
# Built once: the loop below asked for this union on every word it looked at. The words a
# role is made of, for telling a role from words a parse put before a name.
ROLE_LIKE = ROLE_WORDS | _ROLE_TAIL


def _split_role(prefix: str) -> tuple[str | None, str | None]:
    """ "Chinese Foreign Ministry spokesman" -> (role "spokesman", affiliation "Chinese Foreign
    Ministry"); "senior international fellow at the Taihe Institute" -> role, affiliation."""
    prefix = prefix.strip(" ,")
    if not prefix:
        return None, None
    m = re.search(r"\b(?:at|of|for|with|from|to)\s+(?:the\s+)?(.+)$", prefix, re.I)
    if m and m.group(1).strip(" ,").lower() in TITLE_OBJECTS:
        # "Secretary of State", "Minister of Defence": the "of" phrase is part of the title.
        m = None
        words = prefix.split()
        role = " ".join(
            w
            for w in words
            if w.lower() not in ("the", "a", "an") and w.lower().strip(".") not in NATIONALITIES
        )
        country = _country_of(prefix)
        return role or None, country
    if m:
        role = prefix[: m.start()].strip(" ,")
        role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)
        if m.group(0).lower().startswith("to ") and _POSTING.search(role):
            # "China's ambassador to the US": the "to" phrase is the posting, the
            # possessor is who the envoy speaks for.
            owner = re.match(r"^(.+?)['\u2019]s\s+", role)
            title = role[owner.end():] if owner else role
            return f"{title} {m.group(0)}".strip(), (
                owner.group(1) if owner else _country_of(title))
        return (role or None), m.group(1).strip(" ,")
    words = [w for w in prefix.split() if w.lower() not in HONORIFICS]
    # Role words at the end, organisation words before them.
    k = len(words)
    while k > 0 and (
        words[k - 1].lower() in ROLE_WORDS or words[k - 1].lower().strip(".") in ROLE_LIKE
    ):
        k -= 1
    role_words = words[k:]
    org_words = [w for w in words[:k] if w.lower() not in ("the", "a", "an")]
    tail_role = " ".join(role_words) or None
    head_org = re.sub(r"['\u2019]s$", "", " ".join(org_words)) or None
    if head_org is not None and head_org.lower().strip(".") in NATIONALITIES and tail_role:
        return tail_role, None  # "US official": a nationality, not an affiliation
    return tail_role, head_org


def org_in_role(role: str) -> str | None:
    """Organisation words hidden in a title ("White House NSA" -> "White House"): its
    capitalised words that are neither role words nor words a role is made of ("First
    Lady", "First Deputy Prime Minister" hide none)."""
    org = [w for w in role.split()
           if w[:1].isupper() and w.lower().strip(".") not in ROLE_LIKE
           and w.lower() not in ROLE_WORDS and w.lower() not in HONORIFICS
           and w.lower() not in TITLE_OBJECTS]
    return " ".join(org) or None


def phrase_country(raw: str) -> str | None:
    """The country a source phrase places its speaker in.

    "Kremlin spokesman", "White House NSA": a seat of government names its state (the
    speaker's country only: an anonymous source's "nationality" stays as worded). A
    closing "in Moscow" places the source's institution before any adjective inside its
    name ("Center for ... European ... Studies ... in Moscow"). Not for a diplomatic post:
    "the embassy of China in Washington" speaks for China.
    """
    located = None if _DIPLOMATIC_POST.search(raw) else _IN_PLACE_END.search(raw)
    return (state_name(located.group(1)) if located else None) or _country_of(raw) or (
        seat_country(raw))


_PLACED_IN = re.compile(r"\b(?:at|of|in|for|from|with)\s+(?:the\s+)?"
                       r"(?:(?P<kind>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+)?(?P<name>[A-Z][^,;]*)")


def _body_after(text: str) -> str | None:
    """The body a preposition places someone in ("a senior official at the Pentagon"),
    named after its kind where the text gives one ("researchers at the firm [Redline
    Labs]")."""
    for m in _PLACED_IN.finditer(text):
        kind = (m["kind"] or "").split()
        if kind and kind[-1] not in ORG_HEADS:
            continue  # "at least ...", "in eastern Varnia": no body's kind
        if any(w.lower() in ORG_HEADS or w[:1].isupper() for w in m["name"].split()):
            return m["name"].strip()
    return None


def _anon_role(text: str) -> tuple[str | None, str | None]:
    """Role and affiliation of an unnamed source: "a senior official at the Pentagon" ->
    ("official", "Pentagon"); nationality and seniority go to the descriptors."""
    words = [w.strip(",.") for w in text.split()]
    role = next((w for w in words if w.lower() in ANON_HEADS), None)
    aff = _body_after(text)
    if aff is None and role is not None:
        # "a White House official", "a State Department official": the capitalised run
        # just before the role word, when it names a body (not "US" or "Senior").
        k = words.index(role)
        start = k
        while (start > 0 and words[start - 1][:1].isupper()
               and words[start - 1].lower() not in ("a", "an", "the")
               and words[start - 1].lower().strip(".") not in NATIONALITIES
               and words[start - 1].lower() not in SENIORITY):
            start -= 1
        run = words[start:k]
        if run and (any(w.lower() in ORG_HEADS for w in run) or seat_country(" ".join(run))):
            aff = " ".join(run)
    if aff is None:
        agency = [
            w for w in words if w.lower() in ORG_HEADS and w.lower() not in ("state", "states")
        ]
        if agency:
            aff = " ".join(agency)
    return role.lower() if role else None, aff


def voice_of(raw: str) -> str | None:
    """The named body an unnamed spokesperson speaks for: "for X" / "of X", or the
    capitalised words before the role ("a Southwest spokesperson"), not a nationality."""
    m = re.search(r"\b(?:for|of|at)\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*\s*)+)", raw)
    if m:
        # A body named in small letters after its capitals ("the Chinese foreign
        # ministry") is named to its head word, not cut at the capitals.
        whole = re.split(r"[,;()]", raw[m.start(1):])[0].strip()
        if whole.split()[-1].lower().strip(".") in ORG_HEADS:
            return whole
        return m.group(1).strip()
    roles = "|".join(VOICE_ROLES)
    body = re.search(rf"^(?:a|an|the)\s+(.+?)\s+(?:{roles})\b", raw, re.I)
    if body and any(w.lower().strip(",.") in ORG_HEADS for w in body.group(1).split()):
        return body.group(1)  # "a Chinese foreign ministry spokesperson"
    m = re.search(rf"((?:[A-Z][\w.&'’-]*\s+)+)(?:{roles})\b", raw)
    if m is None:
        return None
    words = [w for w in m.group(1).split() if w.lower() not in ("a", "an", "the")]
    words = [w for w in words if w.lower().strip(".") not in NATIONALITIES
             and w.lower() not in SENIORITY]  # fmt: skip
    return re.sub(r"['’]s?$", "", " ".join(words)) or None  # "Putin's spokesman": Putin


# A relative clause, with its pronoun or without ("the group [researchers have linked to
# the attack]").
_RELATIVE = lexicon("speaker_shapes").pattern("relative_clause")


# Where a noun phrase's head ends: a preposition after it, not one inside a name ("a
# University of Chicago professor").
_HEAD_PHRASE = lexicon("speaker_shapes").pattern("head_phrase_end")


def describes_body(seg: str) -> bool:
    """An apposition that says what body the name is ("Vessel Systems, the software
    company that supplies the army"; "Silver Moth, a hacking group"): a determiner, then
    a noun phrase whose head is an organisation's, with no role word in it ("Ivo Brant, the
    company's founder" names a person), its head before any preposition ("a homeless
    advocate with the Western Regional Advocacy Project" is a person)."""
    words = _HEAD_PHRASE.split(_RELATIVE.sub("", seg.strip(" ,")), maxsplit=1)[0].lower().split()
    # Or a possessive: "her employer, the Weekly Globe", "Hart's employer, Nordtel".
    if len(words) < 2 or words[0] not in ("the", "a", "an") and words[0] not in POSSESSIVES and (
            not re.search(r"\w['’]s$", words[0])):  # "Duarte's current club, Torino Azzurri"
        return False
    # "the company's founder": a possessive's "'s" off, not every "s" at either end
    # ("spokeswoman" is a role word).
    return words[-1] in ORG_HEADS and not any(
        re.sub(r"['’]s$", "", w) in ROLE_WORDS for w in words)


def ends_as_body(name: str) -> bool:
    """Two words or more, the last an organisation's head or a company's name ending
    ("Civic Union", "Vessel Systems")."""
    words = name.split()
    return len(words) > 1 and (words[-1] in COMPANY_WORDS or words[-1].lower() in ORG_HEADS)


def apposed_body(seg: str) -> str | None:
    """A body's name in the segment an apposition stands beside ("Varnia's main opposition
    party, the Civic Union"): capitalised words ending as a body's name does, without the
    article."""
    name = re.sub(r"^the\s+", "", seg.strip(" ,"), flags=re.I)
    capitalised = all(w[:1].isupper() or w in ("of", "for", "and") for w in name.split())
    return name if capitalised and ends_as_body(name) else None


# Words before a name that say it is an outlet's ("the Lumbrian newspaper Dagbladet").
OUTLET_BEFORE = lexicon("speaker_shapes").pattern("outlet_before_name")


_OUTLET_KIND_NAME = lexicon("speaker_shapes").pattern("outlet_kind_name")
_OUTLET_NAME_KIND = lexicon("speaker_shapes").pattern("outlet_name_kind")


def outlet_by_kind(raw: str) -> str | None:
    """The name of an outlet written beside the kind of outlet it is ("state broadcaster
    LTV", "the Meridian Wire news agency"): an outlet the registry may not know."""
    m = _OUTLET_KIND_NAME.match(raw) or _OUTLET_NAME_KIND.match(raw)
    return m["name"] if m is not None else None


def described_before(raw: str, words: list[str], run: tuple[int, int], country: str | None,
                      ) -> SpeakerInfo | None:  # fmt: skip
    """A name after a noun that says what it is: an outlet ("the Lumbrian newspaper
    Dagbladet") or a body ("the EU border agency Frontex", "the Swiss bank UBS")."""
    name = " ".join(words[run[0] : run[1]]).strip(",")
    if run[0] and OUTLET_BEFORE.match(" ".join(words[: run[0]])):
        return SpeakerInfo(raw, "outlet", name=name)
    noun = words[run[0] - 1].strip(",") if run[0] else ""
    if noun.islower() and noun in ORG_HEADS and not given_and_surname(name):
        return SpeakerInfo(raw, "organization", name=name, country=country)
    return None


def given_and_surname(name: str) -> bool:
    """A known given name and a surname ("Ivo Brant"), which the tagger may call a body."""
    words = name.split()
    return len(words) in (2, 3) and words[0].lower() in GIVEN_NAMES and not (
        words[-1] in COMPANY_WORDS or words[-1].lower() in ORG_HEADS)
