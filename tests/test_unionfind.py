"""The shared disjoint-set structure: order-independent roots, groups in item order."""

from __future__ import annotations

from sourcetrace.unionfind import UnionFind


def test_groups_and_roots_do_not_depend_on_union_order() -> None:
    links = [(4, 2), (2, 0), (5, 3)]
    a, b = UnionFind(range(6)), UnionFind(range(6))
    for x, y in links:
        a.union(x, y)
    for x, y in reversed(links):
        b.union(y, x)
    assert a.groups() == b.groups() == [[0, 2, 4], [1], [3, 5]]
    assert a.find(4) == b.find(4) == 0


def test_union_reports_the_surviving_root_or_none() -> None:
    uf = UnionFind(["b", "a", "c"])
    assert uf.union("b", "c") == ("b", "c")
    assert uf.union("c", "a") == ("a", "b")
    assert uf.union("a", "c") is None
    assert uf.groups() == [["b", "a", "c"]]
