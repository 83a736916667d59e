"""Whether a phrase names a news outlet: the outlet registry, else a name shaped like an
outlet's ("the Halden Courier", "Morning Ledger")."""

from __future__ import annotations

import re

from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.speakers.lexicon import ROLE_WORDS

__all__ = ["find_outlet_name"]

# Words that make a capitalised name an outlet's ("the Halden Courier"): the citations'
# list, less the words that name other things too ("American Express").
_OUTLET_WORDS = re.compile(
    rf"\b(?:{alternation(lexicon('citation_words').words('outlet_name_words'))})\b")


def find_outlet_name(text: str) -> str | None:
    """Canonical outlet name if ``text`` names a news outlet.

    Uses the outlet registry (:mod:`sourcetrace.citations.outlets`) when present, and a
    capitalisation heuristic ("... Times", "... News") otherwise.
    """
    try:
        from sourcetrace.citations.outlets import find_outlet
    except ImportError:  # pragma: no cover - registry not installed
        find_outlet = None  # type: ignore[assignment]
    if find_outlet is not None:
        try:
            hit = find_outlet(text)
        except Exception:  # a registry problem must not break attribution
            hit = None
        if hit is not None:
            return str(hit.name)
    core = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)
    words = core.split()
    if (
        1 <= len(words) <= 5
        and all(w[:1].isupper() or w in ("of", "and", "&") for w in words)
        and _OUTLET_WORDS.search(core)
        and not any(w.lower() in ROLE_WORDS for w in words)
    ):
        return core
    return None
