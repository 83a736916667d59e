"""What kind of source a speaker is: a relay, anonymous or named; a state's voice, a body
of it, an official or a commentator; and when two descriptions name one person or one
organisation. Patterns from lexicons/en/source_kinds.toml.
"""

from __future__ import annotations

import re

from sourcetrace.geo.parties import countries_in
from sourcetrace.geo.places import state_name
from sourcetrace.lexicons import lexicon
from sourcetrace.models import Speaker
from sourcetrace.speakers.lexicon import ORG_HEADS, VOICE_ROLES
from sourcetrace.speakers.names import family_name
from sourcetrace.speakers.parse import NAMING, by_office

_KINDS = lexicon("source_kinds")
_KNOWLEDGE = _KINDS.pattern("knowledge")
_INSTITUTION = _KINDS.pattern("institution")
_PLACED = _KINDS.words("placed_to_know")
_ROLE = _KINDS.pattern("role")
# Named commentators (scholars, analysts) are on the record but speak for no institution
# on the claim and have no direct knowledge of it: reliability C, not B (DESIGN.md).
_COMMENTATOR = _KINDS.pattern("commentator")
_GOVERNMENT = _KINDS.pattern("government")
_RELAY_LABEL = _KINDS.pattern("relay_label")
_PRONOUN = _KINDS.pattern("pronoun")
_WORD = re.compile(r"[\w’']+")
_INDEFINITE = _KINDS.pattern("indefinite")
# An "other" speaker that is a document or record can be a source ("a leaked memo").
_DOCUMENT = _KINDS.pattern("document")
_COURT_RECORD = _KINDS.pattern("court_record")
_ANON_HEADS = _KINDS.mapping("anonymous_heads")


def is_relay(s: Speaker) -> bool:
    return s.type == "outlet" or (s.type == "other" and bool(_RELAY_LABEL.search(s.label)))


def role_of(s: Speaker) -> str | None:
    """How a speaker counts: "relay", "anonymous", "named", or None for no stated source.

    Earlier stages type a speaker by its phrase; here an unresolved pronoun ("it") or an
    object that cannot speak ("drones and missiles") is no source at all, and an
    indefinite description typed as an organisation ("an official in the US
    government") is an anonymous one.
    """
    label = (s.label or s.name or "").strip()
    if is_relay(s):
        return "relay"
    if s.type == "person" and by_office(label, s.role):
        return "named"  # "the finance minister", "her lawyer": one person, by office
    if not label or _PRONOUN.match(label):
        return None
    if s.type == "anonymous":
        return "anonymous"
    if s.type == "person" and s.name or s.name and s.descriptors.get("document"):
        return "named"  # "a letter from the Pannonian anti-doping agency": the body's own
    if s.type == "organization" and s.name and s.role in VOICE_ROLES:
        return "named"  # "a spokesperson for Varnia's defence ministry": the body, on record
    if s.type == "other" and _DOCUMENT.search(label) and _of_a_body(label):
        return "named"  # "A ministry statement": a body's own text, on the record
    if s.type == "other" and _COURT_RECORD.search(label):
        return "named"  # "a lawsuit filed by residents": a court's record, however introduced
    if _INDEFINITE.match(label) and not (s.name and NAMING.match(label)):
        return "anonymous"  # not "a group calling itself the Northern Front": named
    if s.type == "other":
        return "named" if _DOCUMENT.search(label) else None
    return "named"


def _of_a_body(label: str) -> bool:
    """A document the phrase says a body issued ("a ministry statement", "a statement from
    the company"), not one of no one's ("a report", "media reports")."""
    return any(w in ORG_HEADS for w in re.findall(r"[a-z]+", label.lower()))


def short_label(s: Speaker) -> str:
    """A label fit for a sentence: a long description of a named person is their name."""
    label = s.label or s.name or s.id
    if s.type == "person" and s.name and (len(label) > 40 or "," in label):
        return s.name
    if s.name and s.descriptors.get("document"):
        return s.name  # "a letter from the agency" is the agency, in every mention joined
    return label


_DOCUMENT_HEADS = lexicon("source_heads").words("document_heads")
_DOCUMENT_CONTRASTS = lexicon("source_heads").words("document_contrasts")
# Where a description's noun phrase ends: a clause or an apposition follows.
_PHRASE_END = re.compile(r"\s(?:that|which|who|whose|where)\s|,|\s[-–—]\s")


def document_kind(s: Speaker) -> tuple[str, frozenset[str]]:
    """An unowned document's kind, its head noun in the singular ("Friday's indictment" ->
    "indictment"), and the words that may set it apart from another of its kind
    ("previous"); ("", {}) for any other speaker. An owned document ("a Pew survey") is
    its owner's voice and never gets here as "other"."""
    if s.type != "other" or s.name:
        return "", frozenset()
    phrase = _PHRASE_END.split(short_label(s), maxsplit=1)[0]
    words = [w.casefold() for w in _WORD.findall(phrase)]
    kinds = [k for w in words if (k := _singular_document(w))]
    if not kinds:
        return "", frozenset()
    return kinds[-1], frozenset(w for w in words if w in _DOCUMENT_CONTRASTS)


def _singular_document(word: str) -> str:
    if word.endswith("ies") and word[:-3] + "y" in _DOCUMENT_HEADS:
        return word[:-3] + "y"
    if word.endswith("s") and word[:-1] in _DOCUMENT_HEADS:
        return word[:-1]
    return word if word in _DOCUMENT_HEADS else ""


def _initials(s: Speaker) -> str:
    """The initials of an organisation's name of three words or more ("California
    Highway Patrol" -> "chp"), ignoring "the", "of", "and", "for"."""
    if s.type != "organization":
        return ""
    words = [w for w in _WORD.findall(s.name or s.label or "")
             if w.casefold() not in {"the", "of", "and", "for"}]
    return "".join(w[0] for w in words).casefold() if len(words) >= 3 else ""


# Bodies and offices of a state. Narrower than ``_GOVERNMENT`` (which decides who is a
# party to a claim): "president", "spokesman" or "officials" alone also describe a
# company's or a team's people.
_STATE_BODY = _KINDS.pattern("state_body")
_STATE_DOCUMENTS = _KINDS.words("state_documents")


def _government_voice(s: Speaker) -> bool:
    """Speaks for a state, for counting support per state: a state's own voice, a body or
    office of a state, or officials described by their country ("US officials")."""
    if _commentator(s):
        return False
    if _state_voice(s):
        return True
    text = " ".join(x for x in (s.label, s.name, s.role, s.affiliation) if x)
    if _STATE_BODY.search(text):
        return True
    words = _WORD.findall(s.label.lower())
    if s.type == "other" and words and words[-1] in _STATE_DOCUMENTS and len(
            countries_in(s.label, skip_locations=True)) == 1:
        return True  # "the Chinese statement": a state speaking through its document
    return s.type == "anonymous" and bool(re.search(r"\bofficials?\b", text, re.I)) and bool(
        countries_in(s.label, skip_locations=True))


def _same_person(a: str, b: str) -> bool:
    """Two names of one person: "barack obama" and "obama", "president obama" (the same
    surname, one name's words all in the other's)."""
    wa, wb = a.split(), b.split()
    if not wa or not wb or family_name(a) != family_name(b):
        return False
    return set(wa) <= set(wb) or set(wb) <= set(wa)


def _same_org(a: str, b: str) -> bool:
    """Two organisation keys naming one body: equal, or the same head noun where one adds
    nothing but modifiers to a bare generic ("police" and "vancouver police", "ministry"
    and "defence ministry"; not "foreign ministry" and "defence ministry")."""
    if not a or not b:
        return False
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    return wa[-1] == wb[-1] and (len(wa) == 1 or len(wb) == 1) or _part_of(wa, wb) or _part_of(
        wb, wa)


def _part_of(whole: list[str], part: list[str]) -> bool:
    """``part`` names an office of the body ``whole`` names, by its name or initials: "the
    UN" or "the United Nations" and "the United Nations human rights office"."""
    if len(part) <= len(whole):
        return False
    if len(whole) > 1:
        return part[: len(whole)] == whole
    letters = whole[0]
    return 1 < len(letters) <= 5 and "".join(w[0] for w in part[: len(letters)]) == letters


def _org_key(s: Speaker) -> str:
    """An organisation's name without articles, possessives and state words: "the navy",
    "India's navy" and "The Indian navy" are one "navy"; for a person, their
    organisation's ("navy spokesman Nirad Sinha": "navy")."""
    if s.type == "organization":
        name = s.name or s.label or ""
    elif s.type == "person" and s.affiliation:
        name = s.affiliation
    else:
        return ""
    words = [re.sub(r"['’]s$", "", w) for w in _WORD.findall(name)]
    kept = [w.casefold() for w in words
            if w.casefold() != "the" and not (w[:1].isupper() and state_name(w))]
    return " ".join(kept)


# Words an unnamed institutional voice of a state may add to the state's name.
_STATE_NOUNS = _KINDS.words("state_nouns")


def _state_voice(s: Speaker) -> bool:
    """An organisation that is a state speaking as such, unnamed: "Beijing", "the US",
    "the Kremlin", "the Russian government", "the Biden administration" (not a ministry
    or an agency, which speak for themselves)."""
    if s.type != "organization" or s.role:
        return False
    every = _WORD.findall(s.name or s.label or "")
    words = [re.sub(r"['’]s$", "", w) for w in every if w.casefold() not in _STATE_NOUNS]
    if not words:
        return False
    if state_name(" ".join(words)):
        return True
    # "the Biden administration": a leader's name before a state noun.
    return len(words) == 1 and len(every) > 1 and words[0][:1].isupper()


def is_office(role: str) -> bool:
    """A role that is a state office ("Defense Secretary", "President", "spokesman")."""
    return bool(_GOVERNMENT.search(role))


def _official(s: Speaker) -> bool:
    """Does the speaker speak for a state (a government, ministry, embassy, army)?"""
    text = " ".join(x for x in (s.label, s.name, s.role, s.affiliation) if x)
    if _GOVERNMENT.search(text):
        return True
    # An organisation named by a country or its capital is that country's government.
    return s.type == "organization" and bool(countries_in(s.name or s.label))


def _commentator(s: Speaker) -> bool:
    # The role decides, not the affiliation: "a fellow of the defence studies department"
    # is a scholar, "a foreign ministry researcher" speaks for the ministry.
    role = s.role or s.label or ""
    return bool(_COMMENTATOR.search(role)) and not _GOVERNMENT.search(s.role or "")


def placed_to_know(s: Speaker) -> bool:
    """An anonymous source described as knowing: a stated access ("briefed on the
    matter"), or seniority in a named agency ("a senior defense official")."""
    d = s.descriptors
    return bool(d.get("knowledge")) or (
        str(d.get("seniority", "")).lower() in _PLACED and bool(d.get("agency"))
    )

