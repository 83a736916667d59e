"""What the story metrics compare with: spans, outlet names, file pairs, ratios."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sourcetrace.citations.outlets import OutletRegistry

Span = tuple[int, int]
Item = Mapping[str, Any]


def overlaps(a: Span, b: Span) -> bool:
    """Half-open character ranges that share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def outlet_key(name: str | None) -> str:
    """Lower case, outer spaces trimmed, a leading "the" dropped."""
    key = " ".join((name or "").lower().split())
    return key[4:] if key.startswith("the ") else key


def same_outlet(a: str | None, b: str | None) -> bool:
    """Outlet names agree when one contains the other ("Reuters" / "Reuters (reuters.com)")
    or the outlet registry knows both as one outlet ("UPI" / "United Press International":
    the gold writes what the text writes, the pipeline the registry's name)."""
    ka, kb = outlet_key(a), outlet_key(b)
    # An empty name would be contained in every name: it never matches.
    if not (ka and kb):
        return False
    if ka in kb or kb in ka:
        return True
    known_a, known_b = _registry().find(a or ""), _registry().find(b or "")
    return known_a is not None and known_b is not None and known_a.name == known_b.name


@lru_cache(maxsize=1)
def _registry() -> OutletRegistry:
    from sourcetrace.citations.outlets import load_registry

    return load_registry()


def pairs(groups: Iterable[Sequence[str]]) -> set[frozenset[str]]:
    """Unordered pairs of distinct files within each group."""
    return {frozenset(p) for g in groups for p in combinations(sorted(set(g)), 2)}


def ratio(num: int, den: int) -> float | None:
    """``num / den``, or None when there is nothing to measure (shown as "-")."""
    return num / den if den else None
