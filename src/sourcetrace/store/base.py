"""The store: articles, rejections, cached per-article results and the latest findings.

``SQLStore`` holds all the SQL; a backend only hands out connections (the
one-method ``Backend`` protocol), so SQLite and PostgreSQL share every query.
Queries are written with ``?`` placeholders and translated for the backend.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from typing import Any, Protocol, runtime_checkable

from sourcetrace.errors import StoreError
from sourcetrace.models import Article, Rejection, content_id
from sourcetrace.store.migrations import LATEST, MIGRATIONS

FINDING_KINDS = (
    "duplicate_groups",
    "reuse",
    "speakers",
    "attributions",
    "claims",
    "citations",
    "events",
    "analysis_meta",
)

_ARTICLE_COLS = (
    "id, path, line, url, outlet, title, author, published, published_basis, "
    "language, text, credits"
)


class Backend(Protocol):
    """What a database must provide: a connection whose block is one transaction."""

    dialect: str
    url: str

    def transaction(self) -> AbstractContextManager[Any]:
        """Yield a DB-API cursor; commit when the block ends, roll back on error."""
        ...


@runtime_checkable
class Store(Protocol):
    """The operations the pipeline, report and web app use."""

    url: str

    def add_articles(self, articles: Sequence[Article]) -> list[str]: ...
    def add_rejections(self, rejections: Sequence[Rejection]) -> None: ...
    def articles(self, ids: Sequence[str] | None = None) -> list[Article]: ...
    def cached_results(self, stage: str, keys: dict[str, str]) -> dict[str, Any]: ...
    def put_results(self, stage: str, rows: Sequence[tuple[str, str, Any]]) -> None: ...
    def vectors(self, model: str, keys: Sequence[str]) -> dict[str, str]: ...
    def put_vectors(self, model: str, rows: Sequence[tuple[str, str]]) -> None: ...
    def replace_findings(self, findings: dict[str, list[dict[str, Any]]]) -> None: ...
    def findings(
        self,
        kind: str,
        *,
        article: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]: ...
    def finding(self, kind: str, id: str) -> dict[str, Any] | None: ...
    def count(self, kind: str, *, article: str | None = None) -> int: ...
    def rejections(self) -> list[Rejection]: ...
    def close(self) -> None: ...


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLStore:
    """Every store query, over any ``Backend``."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.url = backend.url
        # One writer per store object: the pipeline's stages run in one thread,
        # the web app's background re-analysis takes the same lock.
        self.write_lock = threading.RLock()
        self.migrate()

    # -- plumbing -----------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.backend.dialect == "postgresql" else sql

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        try:
            with self.backend.transaction() as cur:
                yield cur
        except StoreError:
            raise
        except Exception as exc:  # driver errors differ per backend; one error type out
            raise StoreError(f"database error on {self.url}: {exc}", code="E401") from exc

    def _exec(self, cur: Any, sql: str, params: Sequence[Any] = ()) -> Any:
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def _many(self, cur: Any, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        cur.executemany(self._sql(sql), [tuple(r) for r in rows])

    def schema_version(self) -> int:
        with self._tx() as cur:
            row = self._exec(
                cur, "SELECT value FROM schema_meta WHERE key = ?", ("schema_version",)
            ).fetchone()
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        with self.write_lock, self._tx() as cur:
            self._exec(
                cur,
                "CREATE TABLE IF NOT EXISTS schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            )
            row = self._exec(
                cur, "SELECT value FROM schema_meta WHERE key = ?", ("schema_version",)
            ).fetchone()
            current = int(row[0]) if row else 0
            if current > LATEST:
                raise StoreError(
                    f"{self.url} has schema version {current}, newer than this sourcetrace "
                    f"({LATEST}); upgrade sourcetrace",
                    code="E402",
                )
            for version, statements in MIGRATIONS:
                if version <= current:
                    continue
                for statement in statements:
                    self._exec(cur, statement)
                self._exec(cur, "DELETE FROM schema_meta WHERE key = ?", ("schema_version",))
                self._exec(
                    cur,
                    "INSERT INTO schema_meta (key, value) VALUES (?, ?)",
                    ("schema_version", str(version)),
                )

    # -- articles -----------------------------------------------------------
    def add_articles(self, articles: Sequence[Article]) -> list[str]:
        """Insert new articles in one transaction; return the ids that were new.

        A new version of a known file (same path and line, other text) marks the
        older version superseded.
        """
        if not articles:
            return []
        added: list[str] = []
        with self.write_lock, self._tx() as cur:
            ids = [a.id for a in articles]
            known = self._known_ids(cur, ids)
            stamp = _now()
            for art in articles:
                if art.id in known:
                    continue
                known.add(art.id)
                self._exec(
                    cur,
                    f"INSERT INTO articles ({_ARTICLE_COLS}, ingested_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        art.id, art.path, art.line, art.url, art.outlet, art.title, art.author,
                        art.published, art.published_basis, art.language, art.text,
                        json.dumps(list(art.credits)), stamp,
                    ),
                )
                # Plain comparisons (no COALESCE) so the (path, line) index is used:
                # a JSONL file of n lines must not cost n full scans.
                same_line = "line IS NULL" if art.line is None else "line = ?"
                self._exec(
                    cur,
                    f"UPDATE articles SET superseded_by = ? WHERE path = ? AND {same_line} "
                    "AND id <> ? AND superseded_by IS NULL",
                    (art.id, art.path, *(() if art.line is None else (art.line,)), art.id),
                )
                added.append(art.id)
        return added

    def _known_ids(self, cur: Any, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ", ".join("?" for _ in chunk)
            rows = self._exec(cur, f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
            found.update(r[0] for r in rows.fetchall())
        return found

    def articles(self, ids: Sequence[str] | None = None) -> list[Article]:
        """Articles by id in the given order, or every current (not superseded) article."""
        with self._tx() as cur:
            if ids is None:
                rows = self._exec(
                    cur,
                    f"SELECT {_ARTICLE_COLS} FROM articles WHERE superseded_by IS NULL "
                    "ORDER BY path, line, id",
                ).fetchall()
                return [_article(r) for r in rows]
            by_id: dict[str, Article] = {}
            for i in range(0, len(ids), 500):
                chunk = list(ids[i : i + 500])
                marks = ", ".join("?" for _ in chunk)
                rows = self._exec(
                    cur, f"SELECT {_ARTICLE_COLS} FROM articles WHERE id IN ({marks})", chunk
                ).fetchall()
                by_id.update((r[0], _article(r)) for r in rows)
        return [by_id[i] for i in ids if i in by_id]

    # -- rejections ---------------------------------------------------------
    def add_rejections(self, rejections: Sequence[Rejection]) -> None:
        if not rejections:
            return
        stamp = _now()
        with self.write_lock, self._tx() as cur:
            for rej in rejections:
                rid = content_id(f"{rej.path}\0{rej.line}\0{rej.code}", "r")
                self._exec(cur, "DELETE FROM rejections WHERE id = ?", (rid,))
                self._exec(
                    cur,
                    "INSERT INTO rejections (id, path, line, code, reason, seen_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (rid, rej.path, rej.line, rej.code, rej.reason, stamp),
                )

    def rejections(self) -> list[Rejection]:
        with self._tx() as cur:
            rows = self._exec(
                cur, "SELECT path, line, code, reason FROM rejections ORDER BY path, line"
            ).fetchall()
        return [Rejection(path=r[0], line=r[1], code=r[2], reason=r[3]) for r in rows]

    # -- per-article cache --------------------------------------------------
    def cached_results(self, stage: str, keys: dict[str, str]) -> dict[str, Any]:
        """Cached output of ``stage`` for the articles whose cache key still matches."""
        out: dict[str, Any] = {}
        ids = list(keys)
        with self._tx() as cur:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                marks = ", ".join("?" for _ in chunk)
                rows = self._exec(
                    cur,
                    "SELECT article_id, cache_key, data FROM article_results "
                    f"WHERE stage = ? AND article_id IN ({marks})",
                    [stage, *chunk],
                ).fetchall()
                for aid, key, data in rows:
                    if keys.get(aid) == key:
                        out[aid] = json.loads(data)
        return out

    def vectors(self, model: str, keys: Sequence[str]) -> dict[str, str]:
        """Stored vectors (base64 of float32 bytes) of ``model`` for the text digests ``keys``."""
        out: dict[str, str] = {}
        with self._tx() as cur:
            for i in range(0, len(keys), 500):
                chunk = list(keys[i : i + 500])
                marks = ", ".join("?" for _ in chunk)
                rows = self._exec(
                    cur, f"SELECT key, data FROM vectors WHERE model = ? AND key IN ({marks})",
                    [model, *chunk],
                ).fetchall()
                out.update((k, d) for k, d in rows)
        return out

    def put_vectors(self, model: str, rows: Sequence[tuple[str, str]]) -> None:
        """Keep ``(digest, base64 vector)`` rows of ``model``; a digest already kept stays."""
        if not rows:
            return
        with self.write_lock, self._tx() as cur:
            have: set[str] = set()
            keys = [k for k, _ in rows]
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                marks = ", ".join("?" for _ in chunk)
                have.update(k for (k,) in self._exec(
                    cur, f"SELECT key FROM vectors WHERE model = ? AND key IN ({marks})",
                    [model, *chunk]).fetchall())  # fmt: skip
            new = [(model, k, d) for k, d in dict(rows).items() if k not in have]
            if new:
                self._many(cur, "INSERT INTO vectors (model, key, data) VALUES (?, ?, ?)", new)

    def put_results(self, stage: str, rows: Sequence[tuple[str, str, Any]]) -> None:
        """Store ``(article_id, cache_key, data)`` rows for one stage in one transaction."""
        if not rows:
            return
        with self.write_lock, self._tx() as cur:
            for aid, key, data in rows:
                self._exec(
                    cur,
                    "DELETE FROM article_results WHERE article_id = ? AND stage = ?",
                    (aid, stage),
                )
                self._exec(
                    cur,
                    "INSERT INTO article_results (article_id, stage, cache_key, data) "
                    "VALUES (?, ?, ?, ?)",
                    (aid, stage, key, json.dumps(data, ensure_ascii=False)),
                )

    # -- findings -----------------------------------------------------------
    def replace_findings(self, findings: dict[str, list[dict[str, Any]]]) -> None:
        """Replace the stored analysis with a new one, atomically."""
        with self.write_lock, self._tx() as cur:
            self._exec(cur, "DELETE FROM findings")
            for kind, items in findings.items():
                if kind not in FINDING_KINDS:
                    raise StoreError(f"unknown finding kind {kind!r}", code="E403")
                self._many(
                    cur,
                    "INSERT INTO findings (kind, id, article, position, data) VALUES (?, ?, ?, ?, ?)",
                    (
                        (
                            kind,
                            str(item.get("id") or item.get("canonical") or pos),
                            item.get("article"),
                            pos,
                            json.dumps(item, ensure_ascii=False),
                        )
                        for pos, item in enumerate(items)
                    ),
                )

    def findings(
        self,
        kind: str,
        *,
        article: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        sql = "SELECT data FROM findings WHERE kind = ?"
        params: list[Any] = [kind]
        if article is not None:
            sql += " AND article = ?"
            params.append(article)
        sql += " ORDER BY position"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        with self._tx() as cur:
            rows = self._exec(cur, sql, params).fetchall()
        return [json.loads(r[0]) for r in rows]

    def finding(self, kind: str, id: str) -> dict[str, Any] | None:
        with self._tx() as cur:
            row = self._exec(
                cur, "SELECT data FROM findings WHERE kind = ? AND id = ?", (kind, id)
            ).fetchone()
        return json.loads(row[0]) if row else None

    def count(self, kind: str, *, article: str | None = None) -> int:
        sql = "SELECT COUNT(*) FROM findings WHERE kind = ?"
        params: list[Any] = [kind]
        if article is not None:
            sql += " AND article = ?"
            params.append(article)
        with self._tx() as cur:
            return int(self._exec(cur, sql, params).fetchone()[0])

    def close(self) -> None:
        close = getattr(self.backend, "close", None)
        if close is not None:
            close()


def _article(row: Sequence[Any]) -> Article:
    return Article(
        id=row[0],
        path=row[1],
        line=row[2],
        url=row[3],
        outlet=row[4],
        title=row[5],
        author=row[6],
        published=row[7],
        published_basis=row[8],
        language=row[9],
        text=row[10],
        credits=tuple(json.loads(row[11] or "[]")),
    )
