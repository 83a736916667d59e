"""Store fixtures: every store test runs on SQLite and on PostgreSQL.

PostgreSQL comes from ``SOURCETRACE_TEST_PG`` (set by ``.ci/start-postgres.sh``);
each test gets its own freshly created database, dropped afterwards. Outside CI a
missing server skips the PostgreSQL half; in CI (``CI`` set) it fails.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest


def _pg_admin_url() -> str | None:
    return os.environ.get("SOURCETRACE_TEST_PG") or None


def _with_db(url: str, name: str) -> str:
    base, _, query = url.partition("?")
    return base.rsplit("/", 1)[0] + "/" + name + (f"?{query}" if query else "")


@pytest.fixture
def pg_url() -> Iterator[str]:
    admin = _pg_admin_url()
    if admin is None:
        if os.environ.get("CI"):
            pytest.fail("SOURCETRACE_TEST_PG is not set: source .ci/start-postgres.sh first")
        pytest.skip("no PostgreSQL server: source .ci/start-postgres.sh to run these")
    import psycopg

    name = "st_" + uuid.uuid4().hex[:12]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _with_db(admin, name)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return str(request.getfixturevalue("pg_url"))
