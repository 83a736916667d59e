"""Per-article results go to the store as plain data and come back as the same objects."""

from __future__ import annotations

from dataclasses import dataclass, field

from sourcetrace.models import TimeRef
from sourcetrace.output.serialize import from_data, to_data


@dataclass(frozen=True)
class Inner:
    span: tuple[int, int]
    label: str | None = None


@dataclass(frozen=True)
class Outer:
    inners: list[Inner]
    spans: tuple[tuple[int, int], ...] = ()
    either: Inner | int | None = None
    pair: tuple[int, str] | None = None
    notes: dict[str, list[int]] = field(default_factory=dict)


def test_nested_dataclasses_round_trip() -> None:
    obj = Outer(inners=[Inner((1, 2), "a"), Inner((3, 4))], spans=((5, 6), (7, 8)),
                either=Inner((9, 10)), pair=(1, "x"), notes={"k": [1, 2]})
    data = to_data(obj)
    assert data["inners"][0] == {"span": [1, 2], "label": "a"}
    assert data["spans"] == [[5, 6], [7, 8]]
    assert from_data(Outer, data) == obj


def test_union_falls_through_to_the_member_that_fits() -> None:
    # An int is not a dict, so the Inner member passes it on unchanged.
    assert from_data(Outer, {"inners": [], "either": 3}).either == 3
    assert from_data(Outer, {"inners": [], "either": {"span": [1, 2]}}).either == Inner((1, 2))


def test_odd_shapes_and_unknown_keys() -> None:
    # A tuple field stored with the wrong length comes back as a tuple of what was stored;
    # keys the class does not have (an older or newer cache) are ignored.
    got = from_data(Outer, {"inners": [], "pair": [1, "x", 2], "gone": 1})
    assert got.pair == (1, "x", 2)
    assert from_data(Outer, {"inners": None}).inners is None


def test_model_objects_round_trip() -> None:
    ref = TimeRef(span=(3, 9), text="Monday", type="DATE", value="2023-02-06", mod=None)
    assert from_data(TimeRef, to_data(ref)) == ref
