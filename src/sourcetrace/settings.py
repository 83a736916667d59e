"""Packaged defaults (``settings.toml``) merged with user overrides."""

from __future__ import annotations

import tomllib
import typing
from dataclasses import dataclass, field, fields, is_dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from sourcetrace.errors import UsageError

T = TypeVar("T")


def _defaults() -> dict[str, dict[str, Any]]:
    text = resources.files("sourcetrace").joinpath("settings.toml").read_text("utf-8")
    return tomllib.loads(text)


@dataclass(frozen=True)
class Settings:
    """All tunables, section by section (see settings.toml for meanings)."""

    sections: dict[str, dict[str, Any]] = field(default_factory=_defaults)

    def section(self, name: str) -> dict[str, Any]:
        return dict(self.sections.get(name, {}))

    def read(self, name: str, cls: type[T]) -> T:
        """Section ``name`` as the dataclass ``cls``, one field per key: every field given,
        no key unknown, each value of its field's type (an int field takes no float, a
        float field takes an int). A knob a stage reads is one of these fields, so a typo
        in a settings file is an error, not a silently unused key."""
        assert is_dataclass(cls)
        values = self.section(name)
        names = [f.name for f in fields(cls)]
        if set(values) != set(names):
            missing = sorted(set(names) - set(values))
            unknown = sorted(set(values) - set(names))
            raise UsageError(f"settings [{name}]: missing {missing}, unknown {unknown}")
        hints = typing.get_type_hints(cls)
        for key in names:
            value, kind = values[key], hints[key]
            if kind is float and isinstance(value, int) and not isinstance(value, bool):
                values[key] = float(value)
            elif kind in (int, float, bool, str) and type(value) is not kind:
                raise UsageError(f"settings [{name}] {key}: expected {kind.__name__}, "
                                 f"got {value!r}")
        return cls(**values)

    def with_overrides(self, overrides: dict[str, Any]) -> Settings:
        """Apply ``{"section.key": value}`` or ``{"key": value}`` (unique key) overrides."""
        merged = {k: dict(v) for k, v in self.sections.items()}
        for dotted, value in overrides.items():
            if value is None:
                continue
            if "." in dotted:
                sec, key = dotted.split(".", 1)
            else:
                owners = [s for s, keys in merged.items() if dotted in keys]
                if len(owners) != 1:
                    raise UsageError(f"unknown or ambiguous setting {dotted!r}")
                sec, key = owners[0], dotted
            if sec not in merged or key not in merged[sec]:
                raise UsageError(f"unknown setting {sec}.{key}")
            merged[sec][key] = value
        return Settings(merged)


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    settings = Settings()
    if path is not None:
        try:
            user = tomllib.loads(Path(path).read_text("utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise UsageError(f"cannot read settings file {path}: {exc}") from exc
        flat = {f"{s}.{k}": v for s, keys in user.items() for k, v in keys.items()}
        settings = settings.with_overrides(flat)
    return settings.with_overrides(overrides)
