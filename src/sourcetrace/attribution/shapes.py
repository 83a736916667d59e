"""Attribution constructions that are pure shape, matched over a sentence's parse with
spaCy's ``DependencyMatcher`` from the patterns in ``lexicons/en/attribution_shapes.toml``
(validated when the lexicon loads)."""

from __future__ import annotations

from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Token

from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.depmatch import may_match, required_words

LEXICON = "attribution_shapes"
# One matcher per pattern (so that matches come back in the file's order of preference),
# built once per table and vocabulary: the vocabulary is kept to tell a new model's apart.
# Each with its node names and the words it needs the document to hold.
_Built = list[tuple[DependencyMatcher, list[str], tuple[tuple[str, frozenset[str]], ...]]]
_BUILT: dict[str, tuple[Any, _Built]] = {}


def _matchers(vocab: Any, table: str) -> _Built:
    built = _BUILT.get(table)
    if built is None or built[0] is not vocab:
        matchers = []
        for name, pattern in lexicon(LEXICON).dependency(table):
            matcher = DependencyMatcher(vocab)
            matcher.add(name, [pattern])
            matchers.append((matcher, [str(node["RIGHT_ID"]) for node in pattern],
                             required_words(pattern)))
        built = (vocab, matchers)
        _BUILT[table] = built
    return built[1]


def at(table: str, cue: Token) -> list[dict[str, Token]]:
    """The matches of ``table``'s patterns whose 'cue' node is ``cue`` as their nodes by
    name: pattern by pattern in file order, each pattern's matches in token order. The
    whole doc is matched once per table (a rule asks this of every cue verb, and matching
    sentence by sentence copies each one); the matches are kept on the doc as indices."""
    doc = cue.doc
    key = f"sourcetrace_shapes_{table}"
    found: dict[int, list[dict[str, int]]] | None = doc.user_data.get(key)
    if found is None:
        found = {}
        for matcher, names, needed in _matchers(doc.vocab, table):
            if not may_match(needed, doc):
                continue
            for ids in sorted(ids for _, ids in matcher(doc)):
                nodes = dict(zip(names, ids, strict=True))
                found.setdefault(nodes["cue"], []).append(nodes)
        doc.user_data[key] = found
    return [{k: doc[i] for k, i in m.items()} for m in found.get(cue.i, ())]
