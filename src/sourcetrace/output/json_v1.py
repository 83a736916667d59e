"""JSON schema v1: the documented output of an analysis (see docs/json-schema.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from typing import Any

from sourcetrace.models import Article, Origin, Rejection
from sourcetrace.output.serialize import to_data
from sourcetrace.pipeline import Corpus

SCHEMA_ID = "sourcetrace/1"
COLLECTIONS = (
    "articles",
    "duplicate_groups",
    "reuse",
    "rejected",
    "speakers",
    "attributions",
    "claims",
    "citations",
    "events",
)


def article_item(article: Article, duplicate_of: str | None, *, with_text: bool,
                 origin: dict[str, Any] | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "line": article.line,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "author": article.author,
        "published": article.published,
        "published_basis": article.published_basis,
        "language": article.language,
        "words": article.words,
        "duplicate_of": duplicate_of,
        "credits": list(article.credits),
        "origin": origin,
    }
    if with_text:
        item["text"] = article.text
    return item


def _origin(origin: Origin | None) -> dict[str, Any] | None:
    return None if origin is None else to_data(origin)


def rejection_item(rej: Rejection) -> dict[str, Any]:
    return {"path": rej.path, "line": rej.line, "reason": rej.reason, "code": rej.code}


def corpus_to_v1(corpus: Corpus, *, with_text: bool = True) -> dict[str, Any]:
    """The JSON v1 document for an analysed corpus."""
    dup = corpus.duplicate_of
    return {
        "schema": SCHEMA_ID,
        "articles": [article_item(a, dup.get(a.id), with_text=with_text,
                                  origin=_origin(corpus.origins.get(a.id)))
                     for a in corpus.articles],
        "duplicate_groups": to_data(corpus.duplicate_groups),
        "reuse": to_data(corpus.reuse),
        "rejected": [rejection_item(r) for r in corpus.rejections],
        "speakers": to_data(corpus.speakers),
        "attributions": to_data(corpus.attributions),
        "claims": to_data(corpus.claims),
        "citations": to_data(corpus.citations),
        "events": to_data(corpus.events),
    }


def findings_from_v1(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The store rows for a v1 document (articles themselves live in their own table)."""
    meta = {
        "id": "meta",
        "articles": [a["id"] for a in doc["articles"]],
        "rejected": doc["rejected"],
        "origins": {a["id"]: a["origin"] for a in doc["articles"] if a.get("origin")},
    }
    out: dict[str, list[dict[str, Any]]] = {"analysis_meta": [meta]}
    for kind in ("duplicate_groups", "reuse", "speakers", "attributions", "claims", "citations", "events"):
        out[kind] = list(doc.get(kind, []))  # documents written before "reuse" lack it
    return out


def v1_from_findings(
    findings: dict[str, list[dict[str, Any]]],
    articles: Sequence[Article],
    *,
    with_text: bool = True,
) -> dict[str, Any]:
    """Rebuild the v1 document from stored findings and articles."""
    groups = findings.get("duplicate_groups", [])
    dup = {m: g["canonical"] for g in groups for m in g["members"] if m != g["canonical"]}
    meta = (findings.get("analysis_meta") or [{}])[0]
    return {
        "schema": SCHEMA_ID,
        "articles": [article_item(a, dup.get(a.id), with_text=with_text,
                                  origin=meta.get("origins", {}).get(a.id))
                     for a in articles],
        "duplicate_groups": groups,
        "reuse": findings.get("reuse", []),
        "rejected": meta.get("rejected", []),
        "speakers": findings.get("speakers", []),
        "attributions": findings.get("attributions", []),
        "claims": findings.get("claims", []),
        "citations": findings.get("citations", []),
        "events": findings.get("events", []),
    }


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every v1 document validates against."""
    text = resources.files("sourcetrace.output").joinpath("schema_v1.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def validate(doc: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``doc`` is not valid v1."""
    import jsonschema

    jsonschema.validate(doc, load_schema())
