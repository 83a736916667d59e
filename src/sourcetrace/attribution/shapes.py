"""Attribution constructions that are pure shape, matched over a sentence's parse from
the spaCy ``DependencyMatcher`` patterns in ``lexicons/en/attribution_shapes.toml``
(validated when the lexicon loads), grown from the cue word (``nlp.treematch``)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.treematch import TreePattern

LEXICON = "attribution_shapes"


@cache
def _patterns(table: str) -> list[TreePattern]:
    """``table``'s patterns in file order, which is their order of preference."""
    out = []
    for name, pattern in lexicon(LEXICON).dependency(table):
        if pattern[0].get("RIGHT_ID") != "cue":
            raise ValueError(f"{LEXICON}.{table}.{name}: the first node must be 'cue'")
        out.append(TreePattern(pattern))
    return out


def at(table: str, cue: Token) -> list[dict[str, Token]]:
    """The matches of ``table``'s patterns whose 'cue' node is ``cue`` as their nodes by
    name: pattern by pattern in file order, each pattern's matches in token order."""
    doc = cue.doc
    return [{name: doc[i] for name, i in zip(p.names, ids, strict=True)}
            for p in _patterns(table) for ids in p.at(cue)]  # fmt: skip
