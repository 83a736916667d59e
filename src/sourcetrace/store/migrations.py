"""Schema migrations, in order. SQL here is portable between SQLite and PostgreSQL.

Each entry is (version, statements). A store applies every migration newer
than the version recorded in ``schema_meta``; never edit a released entry, add one.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, list[str]]] = [
    (
        1,
        [
            """CREATE TABLE IF NOT EXISTS schema_meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            """CREATE TABLE IF NOT EXISTS articles (
                id TEXT PRIMARY KEY,
                path TEXT NOT NULL,
                line INTEGER,
                url TEXT,
                outlet TEXT,
                title TEXT,
                author TEXT,
                published TEXT,
                published_basis TEXT,
                language TEXT,
                text TEXT NOT NULL,
                credits TEXT NOT NULL,
                ingested_at TEXT NOT NULL,
                superseded_by TEXT
            )""",
            "CREATE INDEX IF NOT EXISTS articles_path ON articles (path, line)",
            """CREATE TABLE IF NOT EXISTS rejections (
                id TEXT PRIMARY KEY,
                path TEXT NOT NULL,
                line INTEGER,
                code TEXT NOT NULL,
                reason TEXT NOT NULL,
                seen_at TEXT NOT NULL
            )""",
            # Per-article stage output, cached by a key that changes when inputs change.
            """CREATE TABLE IF NOT EXISTS article_results (
                article_id TEXT NOT NULL,
                stage TEXT NOT NULL,
                cache_key TEXT NOT NULL,
                data TEXT NOT NULL,
                PRIMARY KEY (article_id, stage)
            )""",
            # The latest corpus-level analysis: one row per finding, JSON v1 item in `data`.
            """CREATE TABLE IF NOT EXISTS findings (
                kind TEXT NOT NULL,
                id TEXT NOT NULL,
                article TEXT,
                position INTEGER NOT NULL,
                data TEXT NOT NULL,
                PRIMARY KEY (kind, id)
            )""",
            "CREATE INDEX IF NOT EXISTS findings_article ON findings (kind, article)",
            """CREATE TABLE IF NOT EXISTS runs (
                id TEXT PRIMARY KEY,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                status TEXT NOT NULL,
                summary TEXT
            )""",
        ],
    ),
    (
        2,
        [
            # Sentence vectors by model and text digest, so a re-run or an added article
            # embeds only text it has not seen (float32 bytes, base64: one SQL for both).
            """CREATE TABLE IF NOT EXISTS vectors (
                model TEXT NOT NULL,
                key TEXT NOT NULL,
                data TEXT NOT NULL,
                PRIMARY KEY (model, key)
            )""",
        ],
    ),
]

LATEST = MIGRATIONS[-1][0]
