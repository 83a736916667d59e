"""Dataclasses to JSON-ready dicts and back (spans come back as tuples)."""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import lru_cache
from typing import Any, TypeVar

T = TypeVar("T")


def to_data(obj: Any) -> Any:
    """A dataclass (or containers of them) as plain JSON-ready data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list | tuple):
        return [to_data(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_data(v) for k, v in obj.items()}
    return obj


@lru_cache(maxsize=64)
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _convert(arg, value)
            except (TypeError, ValueError, KeyError):
                continue
        return value
    if origin is tuple and isinstance(value, list | tuple):
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v) for v in value)
        if args and len(args) == len(value):
            return tuple(_convert(a, v) for a, v in zip(args, value, strict=True))
        return tuple(value)
    if origin is list and isinstance(value, list):
        return [_convert(args[0], v) for v in value] if args else list(value)
    if dataclasses.is_dataclass(tp) and isinstance(value, dict):
        return from_data(tp, value)  # type: ignore[arg-type]
    return value


def from_data(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a dataclass from ``to_data`` output; unknown keys are ignored."""
    hints = _hints(cls)  # type: ignore[arg-type]
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs = {k: _convert(hints.get(k, Any), v) for k, v in data.items() if k in names}
    return cls(**kwargs)
