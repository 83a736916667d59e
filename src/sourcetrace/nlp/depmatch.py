"""Running a dependency pattern only on documents that hold its words.

Matching a pattern over a whole document (the accusation patterns, which have no cue word
to start from) visits every token that could be its first node; on 100 FNC-1 bodies,
through spaCy's ``DependencyMatcher``, the attribution shapes and the accusation patterns
cost 3.7 s of the per-article block's 28 s (profiled), almost all on documents without an
accusation verb. A pattern whose node asks
for a word (LEMMA, LOWER, ORTH or TEXT equal to a value or in a list) the document does
not contain cannot match, so it is not run there. The test is exact: a pattern it lets
through is matched as before, and one it stops has no match.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sourcetrace.nlp.doctext import WORD_ATTRS, doc_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["may_match", "required_words"]


def required_words(pattern: Sequence[Mapping[str, Any]]) -> tuple[tuple[str, frozenset[str]], ...]:
    """(attribute, acceptable words) for each node of ``pattern`` that asks for words:
    ``{LEMMA = "finger"}`` or ``{LOWER = {IN = ["other", "another"]}}``. Other constraints
    (NOT_IN, REGEX, dependency labels, tags) select no words and are left to the matcher."""
    out = []
    for node in pattern:
        for attr, want in dict(node.get("RIGHT_ATTRS", {})).items():
            if attr not in WORD_ATTRS:
                continue
            if isinstance(want, str):
                out.append((attr, frozenset({want})))
            elif isinstance(want, Mapping) and set(want) == {"IN"}:
                out.append((attr, frozenset(want["IN"])))
    return tuple(out)


def may_match(needed: Sequence[tuple[str, frozenset[str]]], doc: Doc) -> bool:
    """Whether ``doc`` has, for each (attribute, words) of ``needed``, one of the words."""
    if not needed:
        return True
    words = doc_words(doc)
    return all(not wanted.isdisjoint(words[attr]) for attr, wanted in needed)
