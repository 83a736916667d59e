"""spaCy ``DependencyMatcher`` patterns matched from one anchor token.

spaCy's ``DependencyMatcher`` runs a token ``Matcher`` for every node of every pattern over
the whole document, then walks each matched token's ancestors, on every call: on 100 FNC-1
bodies that was 2 s of the per-article block's 11 s of rules (profiled), although our rules
only ask what matches at one cue word. A ``TreePattern`` reads the same pattern (the same
TOML, validated by spaCy when the lexicon loads) and grows matches outward from the anchor
along the pattern's relations, testing each node's attributes on the few tokens a relation
reaches. The matches are exactly the ``DependencyMatcher``'s whose first node is the
anchor (``tests/nlp/test_treematch.py`` compares the two on real parses); a pattern using an
attribute or operator this module does not read is refused when it is compiled, never
matched loosely.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["TreePattern"]

# The token attributes a node may test, as spaCy's Matcher reads them.
_ATTRS: dict[str, Callable[[Token], str]] = {
    "ORTH": lambda t: t.text,
    "TEXT": lambda t: t.text,
    "LOWER": lambda t: t.lower_,
    "LEMMA": lambda t: t.lemma_,
    "NORM": lambda t: t.norm_,
    "POS": lambda t: t.pos_,
    "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_,
    "ENT_TYPE": lambda t: t.ent_type_,
    "SHAPE": lambda t: t.shape_,
}


def _sentence(tok: Token) -> tuple[int, int]:
    """The token range of ``tok``'s tree, as the DependencyMatcher bounds '.' and ';'."""
    root = tok
    while root.head.i != root.i:
        root = root.head
    return root.left_edge.i, root.right_edge.i + 1


def _imm_right_sib(t: Token) -> list[Token]:
    return [c for c in t.head.children if c.i == t.i + 1]


def _imm_left_sib(t: Token) -> list[Token]:
    return [c for c in t.head.children if c.i == t.i - 1]


def _precede(t: Token) -> list[Token]:
    _, end = _sentence(t)
    return [t.doc[i] for i in range(t.i + 1, end)]


def _follow(t: Token) -> list[Token]:
    start, _ = _sentence(t)
    return [t.doc[i] for i in range(start, t.i)]


def _imm_precede(t: Token) -> list[Token]:
    return [t.doc[t.i + 1]] if t.i + 1 < _sentence(t)[1] else []


def _imm_follow(t: Token) -> list[Token]:
    return [t.doc[t.i - 1]] if t.i - 1 >= _sentence(t)[0] else []


# REL_OP -> the tokens it reaches from the left node, with the DependencyMatcher's meaning
# of each (spacy/matcher/dependencymatcher.pyx, v3.8), quirks included: a root is its own
# head, so its "siblings" are its children.
_OPS: dict[str, Callable[[Token], list[Token]]] = {
    "<": lambda t: [] if t.head.i == t.i else [t.head],
    ">": lambda t: list(t.children),
    "<<": lambda t: list(t.ancestors),
    ">>": lambda t: [d for d in t.subtree if d.i != t.i],
    ".": _imm_precede,
    ".*": _precede,
    ";": _imm_follow,
    ";*": _follow,
    "$+": _imm_right_sib,
    "$-": _imm_left_sib,
    "$++": lambda t: [c for c in t.head.children if c.i > t.i],
    "$--": lambda t: [c for c in t.head.children if c.i < t.i],
    ">+": lambda t: [c for c in t.rights if c.i == t.i + 1],
    ">-": lambda t: [c for c in t.lefts if c.i == t.i - 1],
    ">++": lambda t: list(t.rights),
    ">--": lambda t: list(t.lefts),
    "<+": lambda t: [t.head] if t.head.i == t.i + 1 else [],
    "<-": lambda t: [t.head] if t.head.i == t.i - 1 else [],
    "<++": lambda t: [t.head] if t.head.i > t.i else [],
    "<--": lambda t: [t.head] if t.head.i < t.i else [],
}

_Test = Callable[["Token"], bool]


def _value_test(attr: str, want: Any) -> _Test:
    get = _ATTRS[attr]
    if isinstance(want, str):
        return lambda t: get(t) == want
    if isinstance(want, Mapping) and want and set(want) <= {"IN", "NOT_IN"}:
        inside = frozenset(want.get("IN", ()))
        outside = frozenset(want.get("NOT_IN", ()))
        has_in = "IN" in want
        return lambda t: (not has_in or get(t) in inside) and get(t) not in outside
    raise ValueError(f"{attr} = {want!r}: only a word or {{IN, NOT_IN}} lists are read")


def _node_test(attrs: Mapping[str, Any]) -> _Test:
    tests = []
    for key, want in attrs.items():
        attr = key.upper()
        if attr not in _ATTRS:
            raise ValueError(f"attribute {key!r} is not read by the anchored matcher")
        tests.append(_value_test(attr, want))
    return lambda t: all(test(t) for test in tests)


class TreePattern:
    """One DependencyMatcher pattern, compiled for matching from its first node."""

    def __init__(self, pattern: Sequence[Mapping[str, Any]]) -> None:
        if not pattern:
            raise ValueError("an empty dependency pattern")
        self.names: list[str] = [str(node["RIGHT_ID"]) for node in pattern]
        index = {name: i for i, name in enumerate(self.names)}
        self.first: _Test = _node_test(pattern[0].get("RIGHT_ATTRS", {}))
        # For each later node: (index of its left node, relation, its own test).
        self.steps: list[tuple[int, Callable[[Token], list[Token]], _Test]] = []
        for node in pattern[1:]:
            op = node.get("REL_OP")
            if op not in _OPS:
                raise ValueError(f"REL_OP {op!r} is not read by the anchored matcher")
            left = index.get(str(node.get("LEFT_ID")))
            if left is None or left >= len(self.steps) + 1:
                raise ValueError(f"node {node.get('RIGHT_ID')!r}: LEFT_ID must name an earlier node")
            self.steps.append((left, _OPS[op], _node_test(node.get("RIGHT_ATTRS", {}))))

    def at(self, anchor: Token) -> list[list[int]]:
        """Every match whose first node is ``anchor``, as token indices in node order,
        sorted."""
        if not self.first(anchor):
            return []
        return sorted(self._grow([anchor.i], anchor.doc))

    def in_doc(self, doc: Doc) -> list[list[int]]:
        """Every match in ``doc``, by anchor in token order."""
        return [m for tok in doc if self.first(tok) for m in sorted(self._grow([tok.i], doc))]

    def _grow(self, partial: list[int], doc: Doc) -> Iterator[list[int]]:
        if len(partial) == len(self.names):
            yield list(partial)
            return
        left, reach, test = self.steps[len(partial) - 1]
        for tok in reach(doc[partial[left]]):
            if test(tok):
                partial.append(tok.i)
                yield from self._grow(partial, doc)
                partial.pop()
