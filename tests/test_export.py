"""Exports: CSV tables, GraphML/GEXF for Gephi, ClaimReview-style JSON-LD, and the CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app as cli
from sourcetrace.errors import UsageError
from sourcetrace.output.export import export, to_jsonld

HOSTILE = Path(__file__).resolve().parent / "report" / "data" / "hostile_v1.json"


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return json.loads(HOSTILE.read_text("utf-8"))


def test_csv_tables_round_trip(doc: dict[str, Any], tmp_path: Path) -> None:
    export(doc, "csv", tmp_path)
    for name in ("articles", "claims", "speakers", "attributions", "citations", "events",
                 "duplicate_groups", "rejected"):
        with (tmp_path / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == len(doc[name]), name
    with (tmp_path / "attributions.csv").open(encoding="utf-8", newline="") as fh:
        att = next(csv.DictReader(fh))
    first = doc["attributions"][0]
    text = doc["articles"][0]["text"]
    # Spans become start/end columns that index the article text.
    assert text[int(att["span_start"]):int(att["span_end"])] == first["content"]
    with (tmp_path / "claims.csv").open(encoding="utf-8", newline="") as fh:
        claim = next(r for r in csv.DictReader(fh) if r["id"] == "c-seized")
    assert json.loads(claim["denied_by"]) == ["sp-auth"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_files_open_in_networkx(doc: dict[str, Any], tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"g.{fmt}"
    export(doc, fmt, path)
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    types = {d.get("type") for _, d in g.nodes(data=True)}
    assert {"article", "outlet", "speaker", "claim"} <= types
    kinds = {d.get("relation") for *_, d in g.edges(data=True)}
    assert {"denies", "asserts", "cites", "carries", "copy_of", "published_by"} <= kinds


def test_jsonld_describes_sourcing_never_truth(doc: dict[str, Any]) -> None:
    ld = to_jsonld(doc)
    assert "https://schema.org" in ld["@context"]
    reviews = ld["@graph"]
    assert len(reviews) == len(doc["claims"])
    assert all(r["@type"] == "ClaimReview" for r in reviews)
    text = json.dumps(ld)
    assert "reviewRating" not in text and "ratingValue" not in text
    seized = next(r for r in reviews if r["itemReviewed"]["identifier"] == "c-seized")
    assert seized["st:sourcingGrade"] == "D4"
    assert "not a rating of truth" in seized["st:note"]
    assert seized["itemReviewed"]["firstAppearance"]["identifier"] == "a1"
    assert [p["identifier"] for p in seized["st:deniedBy"]] == ["sp-auth"]


def test_jsonld_headlines_are_the_articles_own(doc: dict[str, Any]) -> None:
    """A headline is what the article is titled, never the report's display label
    ("outlet: first words ...") of an untitled article."""
    import copy

    untitled = copy.deepcopy(doc)
    for art in untitled["articles"]:
        art["title"] = None
    appearances = [r["itemReviewed"]["firstAppearance"] for r in to_jsonld(untitled)["@graph"]]
    assert appearances and all("headline" not in a for a in appearances)
    titled = {a["id"]: a["title"] for a in doc["articles"] if a.get("title")}
    for r in to_jsonld(doc)["@graph"]:
        first = r["itemReviewed"]["firstAppearance"]
        assert first.get("headline") == titled.get(first["identifier"])


def test_unknown_format_and_missing_out(doc: dict[str, Any]) -> None:
    with pytest.raises(UsageError):
        export(doc, "xlsx")
    with pytest.raises(UsageError):
        export(doc, "csv")


def test_cli_export_from_store(tmp_path: Path, seeds_dir: Path) -> None:
    import sourcetrace

    db = tmp_path / "s.db"
    sourcetrace.analyze([seeds_dir], db=db, stages=["ingest", "dedupe"])
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["articles"]) == 5
    result = runner.invoke(cli, ["export", "--db", str(db), "--format", "csv",
                                 "--out", str(tmp_path / "csv")])
    assert result.exit_code == 0 and (tmp_path / "csv" / "articles.csv").is_file()
    assert runner.invoke(cli, ["export", "--db", str(db), "--format", "nope"]).exit_code == 2


def test_reading_a_missing_store_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    # A mistyped --db once made an empty store and exported an empty analysis, exit 0.
    missing = tmp_path / "typo.db"
    runner = CliRunner()
    for args in (["export", "--db", str(missing), "--format", "json"],
                 ["report", "--db", str(missing), "--html", str(tmp_path / "r.html")]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 1, result.output
        assert "E406" in result.output and "no store at" in result.output
    assert not missing.exists() and not (tmp_path / "r.html").exists()
