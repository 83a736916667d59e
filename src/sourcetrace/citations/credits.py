"""Credits: wire credits in the text ("(Reuters)", "[Source: AP]", a closing "— AFP")
and the credit lines ingest removed from it ("Source: Al Jazeera and news agencies").

Photo credits ("[File: Jane Doe/Reuters]") credit a picture, not the report, and are
left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcetrace.citations.outlets import Outlet, OutletRegistry
from sourcetrace.lexicons import lexicon

_OUTLET_WORDS = lexicon("outlet_words")
_BYLINE_BEFORE = _OUTLET_WORDS.pattern("byline_before")
_COPYRIGHT = _OUTLET_WORDS.pattern("copyright")
_PHOTO_WORDS = _OUTLET_WORDS.pattern("photo_credit")
_CREDIT_FILLER = _OUTLET_WORDS.words("credit_filler")
_CREDIT_PREFIX = _OUTLET_WORDS.pattern("credit_prefix")
_GENERIC_CREDIT = _OUTLET_WORDS.pattern("generic_credit")


@dataclass(frozen=True)
class Frame:
    cue: str
    kind: str = "citation"
    confidence: float = 1.0


_FIRST_WORDS = lexicon("citation_words").words("first_report_words")


def first_report(cue: str) -> bool:
    """A credit's cue says the outlet reported first ("first reported by", "first to
    report", "broke", "broken by")."""
    words = cue.lower().split()
    return bool(words) and words[0] in _FIRST_WORDS


# -- credit lines -----------------------------------------------------------------------


def cue_of_credit(line: str) -> str:
    m = re.match(r"^\s*[\[(]?\s*([A-Za-z ]+?)\s*:", line)
    return (m.group(1) + ":") if m else "credit"


def credit_outlets(line: str, reg: OutletRegistry) -> list[tuple[str, Outlet | None]]:
    """Outlets a credit line names: "Source: Al Jazeera and news agencies" -> Al Jazeera."""
    body = _CREDIT_PREFIX.sub("", line).strip(" \t[]().")
    found: list[tuple[str, Outlet | None]] = []
    for part in re.split(r"\s*(?:,|;|/|&|\band\b|\bwith\b|\+)\s*", body):
        part = part.strip(" .\t-–—")
        if not part or _GENERIC_CREDIT.match(part):
            continue
        known = reg.find(part)
        if known is not None:
            found.append((known.name, known))
        elif re.match(r"^[A-Z0-9][\w.&'’-]*(?:\s+[\w.&'’-]+){0,5}$", part):
            found.append((part, None))  # an outlet the registry lacks: trust the credit line
    return found


def _acronym_gloss(before: str, inside: str) -> bool:
    """ "the New York Times (NYT) wrote": an acronym glossing the name just before it,
    not a credit of the text. Its letters are the initials of the preceding capitalised
    words (a dateline's "WASHINGTON, June 6 (Reuters)" is no such gloss)."""
    acronym = inside.strip()
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return False
    words = re.findall(r"[A-Z][\w’'&-]*", before[-80:].split("\n")[-1])
    initials = "".join(w[0] for w in words[-len(acronym):])
    return len(words) >= len(acronym) and initials == acronym and bool(
        re.search(r"[A-Za-z]\s*$", before))


def _own_line_credit(before: str, after: str) -> Frame | None:
    """A byline naming the writer's outlet ("By Oren Liebermann, CNN", alone on its line)
    or a copyright notice ("© 2023 Cable News Network, Inc."): the outlet is the text's
    origin, whatever site carries it."""
    low = before.strip().casefold()
    if not after.strip(" .\t") and (_BYLINE_BEFORE.match(low) or before[-1:].isalpha()):
        # A letter right before the name: a byline glued to its wire, the only mention
        # the registry finds so ("Jan M. OlsenAssociated Press", ``OutletRegistry.scan``).
        return Frame(cue="byline", kind="wire_credit")
    if _COPYRIGHT.search(low):
        return Frame(cue="copyright", kind="wire_credit")
    return None


def wire_credit(text: str, start: int, end: int) -> Frame | None:
    """ "(Reuters)", "[Source: Reuters]", a line "— AFP"; not a photo credit."""
    open_at = max(
        text.rfind("(", max(0, start - 60), start), text.rfind("[", max(0, start - 60), start)
    )
    if open_at >= 0 and not re.search(r"[)\]\n]", text[open_at:start]):
        close = re.search(r"[)\]\n]", text[end : end + 80])
        if close and text[end + close.start()] in ")]":
            inside = text[open_at + 1 : end + close.start()]
            if _PHOTO_WORDS.search(inside) or _acronym_gloss(text[:open_at], inside):
                return None
            rest = (text[open_at + 1 : start] + " " + text[end : end + close.start()]).casefold()
            if all(w in _CREDIT_FILLER for w in re.findall(r"[\w&]+|[,;:/–—-]", rest)):
                cue = "Source:" if "source" in rest else f"({text[start:end]})"
                return Frame(cue=cue, kind="wire_credit")
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end : line_end if line_end >= 0 else len(text)]
    own_line = _own_line_credit(text[line_start:start], after)
    if own_line is not None:
        return own_line
    line = (text[line_start:start] + " " + after).strip().casefold()
    if not line or all(w in _CREDIT_FILLER for w in re.findall(r"[\w&]+|[,;:/–—-]", line)):
        if text[end : end + 1] == ":" and not line.strip(" :"):
            return None  # "WSJ: headline" is not a bare credit line
        return Frame(cue=text[start:end] if not line else line.strip(" -–—:"), kind="wire_credit")
    return None


# Datelines that credit their origin ("LOS ANGELES, Sept. 28 (UPI) —", "MOSCOW, June 6.
# /TASS/."), from outlet_words.toml.
_DATELINES = _OUTLET_WORDS.patterns("datelines")


# House sign-offs that name staff, not the agency ("(Reporting by ...; Editing by ...)" is
# Reuters'), from outlet_words.toml: the named group says whose house style it is.
_SIGNOFFS = _OUTLET_WORDS.patterns("house_signoffs")
_SIGNOFF_OUTLETS = _OUTLET_WORDS.mapping("house_signoff_outlets")


def signoff_credits(text: str) -> list[tuple[str, int, int]]:
    """Outlets credited by their house sign-off, as ``(name, start, end)`` of the sign-off."""
    found = []
    for pattern in _SIGNOFFS:
        for m in pattern.finditer(text):
            group = next(k for k, v in m.groupdict().items() if v is not None)
            found.append((str(_SIGNOFF_OUTLETS[group]), m.start(), m.end()))
    return sorted(found, key=lambda f: f[1])


def dateline_credits(text: str) -> list[tuple[str, int, int]]:
    """Outlets credited in datelines, as ``(name, start, end)`` of the name."""
    found = [(m.group("name"), m.start("name"), m.end("name"))
             for pattern in _DATELINES for m in pattern.finditer(text)]
    return sorted(found, key=lambda f: f[1])
