"""Dataclasses to JSON-ready dicts and back (spans come back as tuples)."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

T = TypeVar("T")


def to_data(obj: Any) -> Any:
    """A dataclass (or containers of them) as plain JSON-ready data."""
    names = _field_names(typing.cast(Any, type(obj)))
    if names is not None:
        return {name: to_data(getattr(obj, name)) for name in names}
    if isinstance(obj, list | tuple):
        return [to_data(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_data(v) for k, v in obj.items()}
    return obj


@lru_cache(maxsize=256)
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type, None for any other type (asked per object)."""
    if dataclasses.is_dataclass(cls):
        return tuple(f.name for f in dataclasses.fields(cls))
    return None


@lru_cache(maxsize=64)
def _fields(cls: Any) -> dict[str, Callable[[Any], Any]]:
    """Per field of a dataclass, the converter of its declared type (built once per class:
    rebuilding the per-article results of a large store reads millions of values)."""
    hints = typing.get_type_hints(cls)
    return {f.name: _converter(hints.get(f.name, Any)) for f in dataclasses.fields(cls)}


def _same(value: Any) -> Any:
    return value


@lru_cache(maxsize=256)
def _converter(tp: Any) -> Callable[[Any], Any]:
    """A function turning ``to_data`` output back into a value of type ``tp``; a value
    that does not fit ``tp``'s shape is returned as it is."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_converter(a) for a in args if a is not type(None)]

        def union(value: Any) -> Any:
            for option in options:
                try:
                    return option(value)
                except (TypeError, ValueError, KeyError):
                    continue
            return value

        return _optional(union)
    if origin is tuple:
        return _optional(_tuple_converter(args))
    if origin is list:
        item = _converter(args[0]) if args else _same
        return _optional(lambda v: [item(x) for x in v] if isinstance(v, list) else v)
    if dataclasses.is_dataclass(tp):
        cls = typing.cast(Any, tp)
        return _optional(lambda v: from_data(cls, v) if isinstance(v, dict) else v)
    return _same


def _optional(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda v: None if v is None else convert(v)


def _tuple_converter(args: tuple[Any, ...]) -> Callable[[Any], Any]:
    if len(args) == 2 and args[1] is Ellipsis:
        each = _converter(args[0])
        return lambda v: tuple(each(x) for x in v) if isinstance(v, list | tuple) else v
    items = [_converter(a) for a in args]

    def fixed(value: Any) -> Any:
        if not isinstance(value, list | tuple):
            return value
        if items and len(items) == len(value):
            return tuple(f(x) for f, x in zip(items, value, strict=True))
        return tuple(value)

    return fixed


def from_data(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a dataclass from ``to_data`` output; unknown keys are ignored."""
    fields = _fields(typing.cast(Any, cls))
    return cls(**{k: fields[k](v) for k, v in data.items() if k in fields})
