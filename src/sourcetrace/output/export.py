"""Exports of an analysis: JSON v1, CSV tables, GraphML/GEXF graphs, schema.org JSON-LD.

The JSON-LD is ClaimReview-shaped for fact-checkers' pipelines but carries no
``reviewRating``: sourcetrace describes how a claim is sourced, never whether
it is true.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx

from sourcetrace.errors import UsageError
from sourcetrace.report.data import COLLECTIONS, ReportData

FORMATS = ("json", "csv", "graphml", "gexf", "jsonld")
SOURCING_NOTE = ("The sourcing grade describes how the claim is sourced in the analysed texts "
                 "(reliability A-F, credibility 1-6); it is not a rating of truth.")
_SCHEMA_TYPES = {"person": "Person", "anonymous": "Person", "organization": "Organization",
                 "outlet": "NewsMediaOrganization", "other": "Thing"}


def _v1(analysis: Any) -> dict[str, Any]:
    data = ReportData.of(analysis)
    return {"schema": "sourcetrace/1", **{k: getattr(data, k) for k in COLLECTIONS}}


def to_json(analysis: Any) -> str:
    return json.dumps(_v1(analysis), ensure_ascii=False, indent=2)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _rows(items: list[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    """Flat rows: spans become ``<name>_start``/``<name>_end``, lists/dicts JSON cells."""
    columns: dict[str, None] = {}
    rows = []
    for item in items:
        row: dict[str, Any] = {}
        for key, value in item.items():
            if key.endswith("span") and (value is None or (
                    isinstance(value, list | tuple) and len(value) == 2)):
                row[f"{key}_start"], row[f"{key}_end"] = (value or ("", ""))
            else:
                row[key] = _cell(value)
        columns.update(dict.fromkeys(row))
        rows.append(row)
    return list(columns), rows


def to_csv(analysis: Any, folder: str | Path) -> list[Path]:
    """One CSV file per collection in ``folder`` (created); returns the paths written."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, items in _v1(analysis).items():
        if name == "schema":
            continue
        columns, rows = _rows(items)
        path = out / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns or ["id"], extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
        written.append(path)
    return written


def to_graph(analysis: Any) -> nx.DiGraph:
    """The corpus as one graph: typed nodes (articles, outlets, sources, claims).

    Edges carry a ``relation`` (GEXF reserves ``type`` for edge direction).
    """
    data = ReportData.of(analysis)
    g: nx.DiGraph = nx.DiGraph()

    def outlet(name: str) -> str:
        g.add_node(f"outlet:{name}", label=name, type="outlet")
        return f"outlet:{name}"

    for art in data.articles:
        node = f"article:{art['id']}"
        g.add_node(node, label=data.article_label(art["id"]), type="article",
                   published=art.get("published") or "", url=art.get("url") or "")
        if art.get("outlet"):
            g.add_edge(node, outlet(art["outlet"]), relation="published_by")
        if art.get("duplicate_of"):
            g.add_edge(node, f"article:{art['duplicate_of']}", relation="copy_of")
    for cit in data.citations:
        if f"article:{cit.get('article')}" in g and cit.get("outlet"):
            g.add_edge(f"article:{cit['article']}", outlet(cit["outlet"]), relation="cites",
                       cue=cit.get("cue") or "")
    for spk in data.speakers:
        g.add_node(f"speaker:{spk['id']}", label=data.speaker_label(spk["id"]),
                   type="speaker", speaker_type=spk.get("type") or "other")
    for claim in data.claims:
        node = f"claim:{claim['id']}"
        g.add_node(node, label=claim.get("text") or "", type="claim",
                   grade=claim.get("grade") or "", reach=data.reach(claim))
        for aid in claim.get("articles") or []:
            if f"article:{aid}" in g:
                g.add_edge(f"article:{aid}", node, relation="carries")
        for stance, key in (("asserts", "asserted_by"), ("denies", "denied_by")):
            for sid in claim.get(key) or []:
                if f"speaker:{sid}" in g:
                    g.add_edge(f"speaker:{sid}", node, relation=stance)
    return g


def write_graph(analysis: Any, path: str | Path, fmt: str = "graphml") -> None:
    g = to_graph(analysis)
    if fmt == "gexf":
        nx.write_gexf(g, path)
    else:
        nx.write_graphml(g, path)


def to_jsonld(analysis: Any) -> dict[str, Any]:
    """schema.org ClaimReview-style items describing sourcing (no truth rating)."""
    data = ReportData.of(analysis)

    def appearance(aid: str) -> dict[str, Any]:
        art = data.article_by_id[aid]
        item: dict[str, Any] = {"@type": "NewsArticle", "identifier": aid}
        if art.get("title"):
            # Only the article's own headline: the display label ("outlet: first words
            # ...") is no headline, and a reader of the markup would take it for one.
            item["headline"] = art["title"]
        if art.get("url"):
            item["url"] = art["url"]
        if art.get("published"):
            item["datePublished"] = art["published"]
        if art.get("outlet"):
            item["publisher"] = {"@type": "NewsMediaOrganization", "name": art["outlet"]}
        return item

    def person(sid: str) -> dict[str, Any]:
        spk = data.speaker_by_id.get(sid, {})
        return {"@type": _SCHEMA_TYPES.get(spk.get("type") or "other", "Thing"),
                "name": data.speaker_label(sid), "identifier": sid}

    graph = []
    for claim in data.claims_by_reach():
        arts = [a for a in claim.get("articles") or [] if a in data.article_by_id]
        dated = sorted(arts, key=lambda a: data.article_by_id[a].get("published") or "9999")
        item: dict[str, Any] = {
            "@type": "Claim", "identifier": claim["id"], "text": claim.get("text"),
            "appearance": [appearance(a) for a in arts],
            "author": [person(s) for s in claim.get("asserted_by") or []],
        }
        if dated:
            item["firstAppearance"] = appearance(dated[0])
        graph.append({
            "@type": "ClaimReview",
            "identifier": f"review-{claim['id']}",
            "claimReviewed": claim.get("text"),
            "itemReviewed": item,
            "reviewBody": " ".join(str(r) for r in claim.get("reasons") or []) or SOURCING_NOTE,
            "author": {"@type": "Organization", "name": "sourcetrace (automated analysis)"},
            "st:sourcingGrade": claim.get("grade"),
            "st:independentSources": claim.get("independent_sources", 0),
            "st:reach": data.reach(claim),
            "st:deniedBy": [person(s) for s in claim.get("denied_by") or []],
            "st:firstReportedBy": list(claim.get("first_reported_by") or []),
            "st:note": SOURCING_NOTE,
        })
    return {"@context": ["https://schema.org", {"st": "https://sourcetrace.dev/schema/v1#"}],
            "@graph": graph}


def export(analysis: Any, fmt: str, out: str | Path | None = None) -> str | None:
    """Write ``analysis`` as ``fmt`` to ``out``; JSON formats return the text when ``out`` is None."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")
    if fmt in ("json", "jsonld"):
        text = to_json(analysis) if fmt == "json" else json.dumps(
            to_jsonld(analysis), ensure_ascii=False, indent=2)
        if out is None:
            return text
        Path(out).write_text(text + "\n", encoding="utf-8")
        return None
    if out is None:
        raise UsageError(f"--out is required for {fmt} (a folder for csv, a file otherwise)")
    if fmt == "csv":
        to_csv(analysis, out)
    else:
        write_graph(analysis, out, fmt)
    return None
