"""Attribution constructions that are pure shape, matched over a sentence's parse with
spaCy's ``DependencyMatcher`` from the patterns in ``lexicons/en/attribution_shapes.toml``
(validated when the lexicon loads)."""

from __future__ import annotations

from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Span, Token

from sourcetrace.lexicons import lexicon

LEXICON = "attribution_shapes"
# One matcher per pattern (so that matches come back in the file's order of preference),
# built once per table and vocabulary: the vocabulary is kept to tell a new model's apart.
_BUILT: dict[str, tuple[Any, list[tuple[DependencyMatcher, list[str]]]]] = {}


def _matchers(vocab: Any, table: str) -> list[tuple[DependencyMatcher, list[str]]]:
    built = _BUILT.get(table)
    if built is None or built[0] is not vocab:
        matchers = []
        for name, pattern in lexicon(LEXICON).dependency(table):
            matcher = DependencyMatcher(vocab)
            matcher.add(name, [pattern])
            matchers.append((matcher, [str(node["RIGHT_ID"]) for node in pattern]))
        built = (vocab, matchers)
        _BUILT[table] = built
    return built[1]


def matches(table: str, sent: Span) -> list[dict[str, Token]]:
    """Every match of ``table``'s patterns in ``sent`` as its nodes by name: pattern by
    pattern in file order, each pattern's matches in token order."""
    out: list[dict[str, Token]] = []
    for matcher, names in _matchers(sent.doc.vocab, table):
        for ids in sorted(ids for _, ids in matcher(sent)):
            out.append({name: sent[i] for name, i in zip(names, ids, strict=True)})
    return out
