"""Stores: ``open_store(url)`` picks the backend from the URL scheme.

- ``sqlite:///path/to/file.db`` or a plain path: SQLite (the default);
- ``postgresql://user@host/db``: PostgreSQL (extra ``sourcetrace[postgres]``).
"""

from __future__ import annotations

from pathlib import Path

from sourcetrace.errors import StoreError, UsageError
from sourcetrace.store.base import FINDING_KINDS, Backend, SQLStore, Store

DEFAULT_DB = "sourcetrace.db"

__all__ = ["DEFAULT_DB", "FINDING_KINDS", "Backend", "SQLStore", "Store", "open_store"]


def open_store(url: str | Path | None = None, *, must_exist: bool = False) -> SQLStore:
    """Open (and migrate) the store at ``url``; default ``./sourcetrace.db``.

    ``must_exist`` is for readers (report, export, ``load``): a SQLite file that is not
    there is an error, not a new empty store, so a mistyped ``--db`` cannot pass for an
    analysis with no findings.
    """
    raw = str(url) if url is not None else DEFAULT_DB
    if raw.startswith(("postgresql://", "postgres://")):
        from sourcetrace.store.postgres import PostgresBackend

        return SQLStore(PostgresBackend(raw))
    if raw.startswith("sqlite://"):
        path = raw.removeprefix("sqlite://")
        # sqlite:///rel.db -> "/rel.db" is absolute in SQLAlchemy terms only with four slashes;
        # we follow that convention: sqlite:///x.db is relative, sqlite:////abs/x.db absolute.
        path = path[1:] if path.startswith("/") else path
        if not path:
            raise UsageError("sqlite URL needs a file path, e.g. sqlite:///sourcetrace.db")
        raw = path
    elif "://" in raw:
        raise UsageError(f"unsupported database URL {raw!r} (use sqlite:/// or postgresql://)")
    if must_exist and raw != ":memory:" and not Path(raw).is_file():
        raise StoreError(
            f"no store at {raw}: run `sourcetrace analyze ... --db {raw}` first, or check "
            "the path (reading never creates a store)",
            code="E406",
        )
    from sourcetrace.store.sqlite import SQLiteBackend

    return SQLStore(SQLiteBackend(raw))
