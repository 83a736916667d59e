"""PostgreSQL backend (psycopg 3): one connection per thread and per process.

Every transaction first takes one transaction-scoped advisory lock, so writers
are serialised exactly like SQLite's ``BEGIN IMMEDIATE``: ``SQLStore`` checks
which ids exist and then inserts, and two processes doing that at once must not
both decide an id is new. The lock also makes concurrent migrations safe
(``CREATE TABLE IF NOT EXISTS`` is not atomic in PostgreSQL). Store
transactions are short, so serialising readers too costs little.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from sourcetrace.errors import MissingExtraError, StoreError

# Any fixed 64-bit number works; this one spells "srctrace" in ASCII.
LOCK_KEY = 0x7372637472616365

_PASSWORD = re.compile(r"(://[^:/@]+:)[^@]*@")


def redact(url: str) -> str:
    """The URL with its password hidden, for messages and ``store.url``."""
    return _PASSWORD.sub(r"\1***@", url)


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise MissingExtraError(
            "PostgreSQL stores need psycopg 3: pip install 'sourcetrace[postgres]'", code="E312"
        ) from exc
    return psycopg


class PostgresBackend:
    dialect = "postgresql"

    def __init__(self, url: str, *, connect_timeout: int = 10) -> None:
        self._psycopg = _psycopg()
        # psycopg accepts postgresql:// only; postgres:// is the common alias.
        self._dsn = "postgresql://" + url.split("://", 1)[1]
        self.url = redact(self._dsn)
        self.connect_timeout = connect_timeout
        self._local = threading.local()
        self._conn()  # fail now, with a clear message, if the server cannot be reached

    def _conn(self) -> Any:
        conn = getattr(self._local, "conn", None)
        # A connection inherited through fork belongs to the parent: never reuse it.
        if conn is not None and (conn.closed or self._local.pid != os.getpid()):
            conn = None
        if conn is None:
            try:
                conn = self._psycopg.connect(
                    self._dsn, autocommit=True, connect_timeout=self.connect_timeout
                )
            except self._psycopg.Error as exc:
                raise StoreError(
                    f"cannot connect to PostgreSQL at {self.url}: {str(exc).strip()}", code="E405"
                ) from exc
            self._local.conn = conn
            self._local.pid = os.getpid()
        return conn

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        conn = self._conn()
        try:
            with conn.transaction(), conn.cursor() as cur:
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
                yield cur
        except self._psycopg.OperationalError:
            # The connection may be dead (server restart): open a fresh one next time.
            self._drop()
            raise

    def _drop(self) -> None:
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None:
            # Closing a broken connection may itself fail; there is nothing to keep.
            with suppress(Exception):
                conn.close()

    def close(self) -> None:
        self._drop()
