"""Disjoint sets (union-find with path halving), shared by every stage that groups things:
duplicate articles, claim clusters, sources that may be one.

The smaller root always survives a union, so groups and their representatives do not
depend on the order of the unions, only on the items.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T", int, str)


class UnionFind(Generic[T]):
    """Disjoint sets over ``items`` (ints or strings)."""

    def __init__(self, items: Iterable[T]) -> None:
        self.parent: dict[T, T] = {x: x for x in items}

    def find(self, x: T) -> T:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: T, b: T) -> tuple[T, T] | None:
        """Join the sets of ``a`` and ``b``: (surviving root, absorbed root), or None when
        they were one set already."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        keep, gone = (ra, rb) if ra < rb else (rb, ra)
        self.parent[gone] = keep
        return keep, gone

    def groups(self) -> list[list[T]]:
        """Every set, members in item order, sets in the order of their first member."""
        out: dict[T, list[T]] = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return list(out.values())
