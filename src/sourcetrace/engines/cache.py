"""The per-article result cache every engine shares: a fingerprint of the code that
produces article results, the cache key of an article, and article work to and from
stored data.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sourcetrace.models import Article, Attribution, Citation, Event, TimeRef
from sourcetrace.output.serialize import from_data, to_data
from sourcetrace.pipeline import PIPELINE_VERSION, ArticleWork, Stage
from sourcetrace.settings import Settings

# Packages whose code never changes what an article stage returns for an article.
_NOT_ARTICLE_CODE = ("api", "engines", "evaluation", "output", "report", "store", "training")


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the code and data that article stages run, so an upgrade or a local
    change to a stage invalidates cached results instead of silently reusing them.

    Every module of the package counts except those listed in ``_NOT_ARTICLE_CODE`` (and
    the CLI): a capability package added or a module moved is covered without editing
    this list, at the price of a cache miss when an unrelated module changes."""
    import sourcetrace
    from sourcetrace.nlp.model import MODEL_PACKAGES

    root = Path(sourcetrace.__file__).parent
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    files = [p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".json", ".toml")]
    for path in sorted(files):
        rel = path.relative_to(root)
        if rel.parts[0] in _NOT_ARTICLE_CODE or rel.name in ("cli.py", "clidocs.py"):
            continue
        digest.update(rel.as_posix().encode())
        digest.update(path.read_bytes())
    from importlib.metadata import PackageNotFoundError, version

    for package in (*MODEL_PACKAGES, "spacy"):  # a new parser gives new parses
        try:
            digest.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:
            continue
    return digest.hexdigest()[:16]


def cache_key(article: Article, stages: Sequence[Stage], settings: Settings) -> str:
    # The date matters: temporal values are relative to it and dedup may change it.
    read = sorted({name for s in stages for name in s.settings})
    values = json.dumps({name: settings.section(name) for name in read}, sort_keys=True)
    raw = "|".join([code_fingerprint(), article.published or "", *(s.name for s in stages),
                    values])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def work_to_data(work: ArticleWork) -> dict[str, Any]:
    return {
        "published": work.article.published,
        "published_basis": work.article.published_basis,
        "timexes": to_data(work.timexes),
        "attributions": to_data(work.attributions),
        "citations": to_data(work.citations),
        "candidates": to_data(work.candidates),
        "events": to_data(work.events),
    }


def _candidate_class() -> type | None:
    try:
        from sourcetrace.claims.candidates import ClaimCandidate
    except ImportError:
        return None
    return ClaimCandidate


def work_from_data(article: Article, data: dict[str, Any]) -> ArticleWork:
    if data.get("published") and data["published"] != article.published:
        article = replace(
            article, published=data["published"], published_basis=data.get("published_basis")
        )
    cand_cls = _candidate_class()
    return ArticleWork(
        article=article,
        timexes=[from_data(TimeRef, d) for d in data.get("timexes", [])],
        attributions=[from_data(Attribution, d) for d in data.get("attributions", [])],
        citations=[from_data(Citation, d) for d in data.get("citations", [])],
        candidates=[from_data(cand_cls, d) for d in data.get("candidates", [])] if cand_cls else [],
        events=[from_data(Event, d) for d in data.get("events", [])],
    )
