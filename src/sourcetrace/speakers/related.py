"""People named by their tie to someone: relatives ("Tomas Vey's family", "the family of
Tomas Vey", "the Vey family", "relatives of the victims") and those who act for one
person ("Donald Trump's lawyer", "the singer's agent"). The one they are tied to is no
part of their name: read as a name, "Donald Trump's lawyer" was the speaker "Donald" and
"the family of Tomas Vey" was Tomas Vey himself.
"""

from __future__ import annotations

import re

from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.speakers.info import SpeakerInfo
from sourcetrace.speakers.lexicon import RELATIVES
from sourcetrace.speakers.roles import _descriptors

__all__ = ["related_to"]

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
    if tie is None or not who or who.lower() in {"his", "her", "their", "its", "our", "my"}:
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
