"""``analyze()``: the one code path behind the CLI, the web app and notebooks."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sourcetrace.models import Article
from sourcetrace.output.json_v1 import (
    COLLECTIONS,
    SCHEMA_ID,
    corpus_to_v1,
    findings_from_v1,
    v1_from_findings,
)
from sourcetrace.pipeline import Corpus, select
from sourcetrace.settings import Settings, load_settings
from sourcetrace.store import open_store
from sourcetrace.store.base import SQLStore

Item = dict[str, Any]
DERIVED_FIELDS = ("published", "published_basis", "title")


@dataclass(frozen=True)
class Analysis:
    """An analysis in JSON schema v1, collection by collection."""

    articles: list[Item] = field(default_factory=list)
    duplicate_groups: list[Item] = field(default_factory=list)
    reuse: list[Item] = field(default_factory=list)
    rejected: list[Item] = field(default_factory=list)
    speakers: list[Item] = field(default_factory=list)
    attributions: list[Item] = field(default_factory=list)
    claims: list[Item] = field(default_factory=list)
    citations: list[Item] = field(default_factory=list)
    events: list[Item] = field(default_factory=list)
    schema: str = SCHEMA_ID
    db: str | None = None
    # The in-memory state the collections were built from (None when read back from a store).
    corpus: Corpus | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_v1(cls, doc: dict[str, Any], *, db: str | None = None, corpus: Corpus | None = None) -> Analysis:
        lists: dict[str, Any] = {k: list(doc.get(k, [])) for k in COLLECTIONS}
        return cls(**lists, db=db, corpus=corpus)

    def to_dict(self) -> dict[str, Any]:
        return {"schema": self.schema, **{k: getattr(self, k) for k in COLLECTIONS}}

    def to_json(self, path: str | Path | None = None, *, indent: int | None = 2) -> str:
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
        if path is not None:
            Path(path).write_text(text + "\n", encoding="utf-8")
        return text

    def to_pandas(self) -> dict[str, Any]:
        """One DataFrame per collection (needs pandas: `pip install 'sourcetrace[pandas]'`)."""
        try:
            import pandas as pd
        except ImportError as exc:
            from sourcetrace.errors import MissingExtraError

            raise MissingExtraError(
                "DataFrames need pandas: pip install 'sourcetrace[pandas]'", code="E311"
            ) from exc
        return {k: pd.DataFrame(getattr(self, k)) for k in COLLECTIONS}

    @property
    def analysed(self) -> int:
        return len(self.articles)

    def _top_claims(self, n: int = 5) -> list[Item]:
        return sorted(self.claims, key=lambda c: (-len(c.get("articles") or []), str(c.get("id"))))[:n]

    def __repr__(self) -> str:
        # One screen, not every article text: counts, where it is stored, the widest claims.
        counts = ", ".join(f"{len(getattr(self, k))} {k.replace('_', ' ')}" for k in COLLECTIONS
                           if k not in ("rejected",))  # fmt: skip
        lines = [f"<Analysis: {counts}; {len(self.rejected)} rejected; store {self.db}>"]
        for c in self._top_claims():
            text = str(c.get("text") or "")
            lines.append(f"  [{c.get('grade') or '--'}] {text[:90]}{'…' if len(text) > 90 else ''}"
                         f" ({len(c.get('articles') or [])} articles)")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """A notebook's summary: counts and the widest claims with their grades."""
        from html import escape

        rows = "".join(f"<tr><td>{escape(k.replace('_', ' '))}</td><td>{len(getattr(self, k))}</td></tr>"
                       for k in COLLECTIONS)  # fmt: skip
        claims = "".join(
            f"<li><b>{escape(str(c.get('grade') or '--'))}</b> {escape(str(c.get('text') or ''))} "
            f"({len(c.get('articles') or [])} articles)</li>" for c in self._top_claims())
        return (f"<div><p>sourcetrace analysis, store <code>{escape(str(self.db))}</code></p>"
                f"<table>{rows}</table><p>Widest claims:</p><ul>{claims}</ul></div>")


Progress = Callable[[str, int, int | None], None]


def _settings(settings: Settings | None, options: dict[str, Any]) -> Settings:
    base = settings or load_settings()
    return base.with_overrides(options) if options else base


def analyze(
    paths: Sequence[str | Path] | str | Path = (),
    db: str | Path | SQLStore | None = None,
    *,
    texts: Sequence[str] | None = None,
    records: Sequence[Mapping[str, Any]] | None = None,
    stages: Sequence[str] | None = None,
    settings: Settings | None = None,
    with_text: bool = True,
    progress: Progress | None = None,
    feed: Sequence[str] | str | None = None,
    engine: str = "local",
    **options: Any,
) -> Analysis:
    """Ingest ``paths`` into the store at ``db`` and analyse them.

    ``db`` is a URL (``sqlite:///file.db``, ``postgresql://...``), a path, an
    open store, or None for ``./sourcetrace.db`` (said in a ``UserWarning``: a file
    appears in the working folder). ``texts`` (strings) and ``records``
    (mappings with ``text`` and any of ``title``, ``outlet``, ``url``, ``date``, ``author``)
    are articles given in memory, read as one JSONL input. ``paths`` may hold URLs (pages,
    feeds, sitemaps) and WARC files; ``feed`` lists RSS/Atom feeds whose linked
    articles are fetched. ``options`` override settings
    by key (``near_threshold=0.9``) or ``section.key``. ``engine`` is ``local``
    (this machine's cores) or ``spark`` (PySpark; see docs/spark.md): the same result.
    """
    if engine == "local":
        from sourcetrace.engines.local import run
    elif engine == "spark":
        from sourcetrace.engines.spark import run
    else:
        from sourcetrace.errors import UsageError

        raise UsageError(f"unknown engine {engine!r} (expected 'local' or 'spark')")

    if isinstance(paths, str | Path):
        paths = [paths]
    if isinstance(feed, str):
        feed = [feed]
    if texts is not None or records is not None:
        import tempfile

        rows = [*({"text": t} for t in texts or []), *(dict(r) for r in records or [])]
        with tempfile.TemporaryDirectory(prefix="sourcetrace-") as tmp:
            data = Path(tmp) / "records.jsonl"
            data.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n"
                                    for r in rows), encoding="utf-8")  # fmt: skip
            return analyze([*paths, data], db, stages=stages, settings=settings,
                           with_text=with_text, progress=progress, feed=feed, engine=engine,
                           **options)
    # Feeds travel with the other inputs, marked so ingest reads them as feeds.
    paths = [*paths, *(f"feed:{url}" for url in feed or [])]
    chosen = select(stages)
    if db is None:
        # A file appears in the working folder: say so where a notebook shows it.
        import warnings

        from sourcetrace.store import DEFAULT_DB

        warnings.warn(f"no db= given: the analysis is stored in {Path(DEFAULT_DB).resolve()} "
                      "(pass db= to choose the file)", UserWarning, stacklevel=2)
        db = DEFAULT_DB
    store = db if isinstance(db, SQLStore) else open_store(db)
    try:
        corpus = run(
            [str(p) for p in paths],
            store=store,
            settings=_settings(settings, options),
            stages=chosen,
            progress=progress or (lambda *_: None),
        )
        doc = corpus_to_v1(corpus, with_text=with_text)
        save(store, doc, corpus.articles)
    finally:
        if store is not db:  # close only what this call opened
            store.close()
    return Analysis.from_v1(doc, db=store.url, corpus=corpus)


def save(store: SQLStore, doc: dict[str, Any], articles: Sequence[Article]) -> None:
    """Make this analysis the store's current one (dates found by analysis included)."""
    findings = findings_from_v1(doc)
    # Analysis can fill metadata (a date or headline shared by a duplicate, an inferred date).
    findings["analysis_meta"][0]["metadata"] = {
        a.id: {k: getattr(a, k) for k in DERIVED_FIELDS} for a in articles
    }
    store.replace_findings(findings)


def load(db: str | Path | SQLStore | None = None, *, with_text: bool = True) -> Analysis:
    """The store's current analysis, as written by the last ``analyze``."""
    store = db if isinstance(db, SQLStore) else open_store(db, must_exist=True)
    try:
        findings = {
            k: store.findings(k)
            for k in ("duplicate_groups", "reuse", "speakers", "attributions", "claims",
                      "citations", "events", "analysis_meta")
        }
        meta = (findings.get("analysis_meta") or [{}])[0]
        ids = meta.get("articles")
        articles = store.articles(ids) if ids is not None else store.articles()
    finally:
        if store is not db:
            store.close()
    derived = meta.get("metadata", {})
    articles = [replace(a, **derived[a.id]) if a.id in derived else a for a in articles]
    doc = v1_from_findings(findings, articles, with_text=with_text)
    return Analysis.from_v1(doc, db=store.url)
