"""How speakers' names are compared: the same name written two ways is one key
("the Kremlin's", "Kremlin"; "Brig. Gen. Pat Ryder", "Pat Ryder"; "Donald J. Trump",
"Donald Trump")."""

from __future__ import annotations

import re
import unicodedata

from sourcetrace.lexicons import alternation
from sourcetrace.speakers.lexicon import HONORIFICS, NATIONALITIES, TITLE_ABBREVIATIONS

__all__ = ["body_key", "norm", "person_key"]

# Titles before a name, compared without ("Brig. Gen. Pat Ryder" is "Pat Ryder"): the
# title abbreviations the tokenizer keeps whole, and the honorifics (both roles.toml).
_TITLE_WORDS = alternation(
    {t.rstrip(".") for t in TITLE_ABBREVIATIONS} | {h.rstrip(".") for h in HONORIFICS})
_HONORIFIC = re.compile(rf"^(?:(?:{_TITLE_WORDS})\.?\s+)+", re.I)
# A rank written inside a name run, after the service it belongs to ("U.S. Air Force Brig.
# Gen. Patrick Ryder"): the words before the rank are no part of the person's name.
_MID_TITLE = re.compile(rf"\s(?=(?:{_TITLE_WORDS})\.\s)", re.I)
_DET = re.compile(r"^(?:the|a|an)\s+", re.I)
# Invisible characters that split a name in some pages' markup ("Vladi\u00admir Putin").
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def norm(text: str) -> str:
    """A name or description as compared: no article, possessive, title or punctuation,
    casefolded."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).replace("\u2019", "'")
    text = re.sub(r"'s$", "", text.strip())
    text = _HONORIFIC.sub("", _DET.sub("", text))
    return " ".join(re.sub(r"[.,]", "", text).split()).casefold()


def person_key(name: str) -> str:
    """A full name compared without middle initials: "Donald J. Trump" is "Donald Trump",
    "Robert S. Mueller" is "Robert Mueller" (the same person, written two ways); and
    without a service and rank before it ("U.S. Air Force Brig. Gen. Patrick Ryder" is
    "Patrick Ryder")."""
    ranked = _MID_TITLE.search(name)
    parts = norm(name[ranked.end():] if ranked else name).split()
    if len(parts) > 2:
        parts = [parts[0], *(p for p in parts[1:-1] if len(p) > 1), parts[-1]]
    return " ".join(parts)


_LINKS = frozenset({"of", "for", "the", "and", "on", "in"})


def body_key(name: str) -> str:
    """A body's name compared word by word, whatever their order, with a nationality read
    as its country: "Anti-Doping Agency of Pannonia" is "the Pannonian anti-doping
    agency", "Ministry of Defence" is "Defence Ministry". A demonym the nationalities lack
    is its place's name where it is that name and "n" ("Pannonian", "Korean")."""
    words = []
    for w in norm(name).split():
        if w in _LINKS:
            continue
        country = NATIONALITIES.get(w)
        if country is not None:
            w = country.casefold()
        elif w.endswith(("ian", "an")) and len(w) > 5:
            w = w[:-1]
        words.append(w)
    return " ".join(sorted(words))
