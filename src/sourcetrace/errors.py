"""One exception tree. Every error carries a stable code (documented in docs/errors.md)."""

from __future__ import annotations


class SourcetraceError(Exception):
    """Base class of every error sourcetrace raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class UsageError(SourcetraceError):
    """Bad options or arguments (CLI exit code 2)."""

    code = "E100"


class InputError(SourcetraceError):
    """An input could not be read or parsed; carries the rejection reason."""

    code = "E200"


class ModelMissingError(SourcetraceError):
    """A model package is not installed; the message says what to install."""

    code = "E300"


class MissingExtraError(SourcetraceError):
    """An optional extra is not installed: `pip install 'sourcetrace[extra]'`."""

    code = "E310"


class StoreError(SourcetraceError):
    """The store could not be opened, migrated or written."""

    code = "E400"
