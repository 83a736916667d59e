"""The Spark engine gives the local engine's JSON v1 result; Parquet out and back; the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.spark


def _stage_names() -> list[str]:
    """Every pipeline stage whose model is installed (the stance model may still be training)."""
    from sourcetrace.errors import ModelMissingError
    from sourcetrace.pipeline import all_stages
    from sourcetrace.stance.model import ArticleStanceModel

    names = [s.name for s in all_stages()]
    try:
        ArticleStanceModel.load()
    except ModelMissingError:
        names.remove("article_stance")
    return names


def normalised(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with every collection in a canonical order (engines may differ in order)."""
    out: dict[str, Any] = {}
    for key, value in doc.items():
        if isinstance(value, list):
            out[key] = sorted(value, key=lambda item: json.dumps(item, sort_keys=True))
        else:
            out[key] = value
    return out


@pytest.fixture(scope="module")
def spark() -> Any:
    from sourcetrace.engines.spark_ingest import spark_session

    return spark_session("local[2]", shuffle_partitions=2)


@pytest.fixture(scope="module")
def both(spark: Any, demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    import sourcetrace

    tmp = tmp_path_factory.mktemp("spark-vs-local")
    names = _stage_names()
    on_spark = sourcetrace.analyze([demo_dir], db=tmp / "spark.db", stages=names, engine="spark")
    on_local = sourcetrace.analyze([demo_dir], db=tmp / "local.db", stages=names)
    return on_spark, on_local


def test_spark_and_local_engines_give_the_same_json_v1(both: tuple[Any, Any]) -> None:
    on_spark, on_local = both
    spark_doc, local_doc = on_spark.to_dict(), on_local.to_dict()
    assert normalised(spark_doc) == normalised(local_doc)
    # Not an empty agreement: the demo corpus exercises every collection.
    for key in ("articles", "duplicate_groups", "rejected", "attributions", "claims",
                "citations", "events", "speakers"):
        assert spark_doc[key], key


def test_spark_result_is_stored_like_a_local_one(both: tuple[Any, Any]) -> None:
    import sourcetrace

    on_spark, _ = both
    again = sourcetrace.load(on_spark.db)
    assert normalised(again.to_dict()) == normalised(on_spark.to_dict())


def test_parquet_tables_round_trip_the_json_v1_collections(
    spark: Any, both: tuple[Any, Any], tmp_path: Path
) -> None:
    from sourcetrace.engines.spark_parquet import read_parquet, write_parquet
    from sourcetrace.output.json_v1 import COLLECTIONS

    doc = both[0].to_dict()
    paths = write_parquet(spark, doc, tmp_path / "tables")
    assert sorted(p.name for p in paths) == sorted(f"{c}.parquet" for c in COLLECTIONS)
    back = read_parquet(spark, tmp_path / "tables")
    assert normalised(back) == normalised({k: doc[k] for k in COLLECTIONS})
    # Spans are native integer arrays, free-form maps are JSON text.
    frame = spark.read.parquet(str(tmp_path / "tables" / "attributions.parquet"))
    assert frame.schema["span"].dataType.simpleString() == "array<bigint>"
    speakers = spark.read.parquet(str(tmp_path / "tables" / "speakers.parquet"))
    assert speakers.schema["descriptors"].metadata.get("sourcetrace_json") is True


def test_cli_engine_spark_writes_json_and_parquet(spark: Any, demo_dir: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sourcetrace.cli import app

    out = tmp_path / "out.json"
    result = CliRunner().invoke(app, [
        "analyze", str(demo_dir), "--engine", "spark", "--stages", "ingest,dedupe",
        "--db", str(tmp_path / "cli.db"), "--json", str(out), "--parquet", str(tmp_path / "pq"),
    ])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["duplicate_groups"] and len(doc["articles"]) == 8
    table = spark.read.parquet(str(tmp_path / "pq" / "articles.parquet"))
    assert table.count() == 8
    # Collections these stages leave empty still get a table, with the model's fields.
    claims = spark.read.parquet(str(tmp_path / "pq" / "claims.parquet"))
    assert claims.count() == 0 and "mentions" in claims.columns


def test_unknown_engine_is_a_usage_error(demo_dir: Path, tmp_path: Path) -> None:
    import sourcetrace
    from sourcetrace.errors import UsageError

    with pytest.raises(UsageError):
        sourcetrace.analyze([demo_dir], db=tmp_path / "x.db", engine="hadoop")


def test_models_load_once_per_python_worker(spark: Any, both: tuple[Any, Any]) -> None:
    from sourcetrace.models import Article
    from sourcetrace.pipeline import select
    from sourcetrace.settings import Settings

    stages = [s for s in select(["ingest", "nlp", "attribute"]) if s.scope == "article"]
    settings = Settings()
    text = "The minister said on Monday that the talks would resume next week."
    articles = [(i, Article(id=f"a{i}", text=text, path="mem")) for i in range(12)]

    def partition(rows: Any) -> Any:
        import os

        from sourcetrace.engines.spark import analyse_partition
        from sourcetrace.nlp.model import load_nlp

        done = list(analyse_partition(rows, stages, settings))
        yield os.getpid(), load_nlp.cache_info().misses, len(done), sum(
            len(d["attributions"]) for _, d, _ in done)

    got = spark.sparkContext.parallelize(articles, 6).mapPartitions(partition).collect()
    assert sum(n for _, _, n, _ in got) == 12 and all(a == n for _, _, n, a in got)
    # Six partitions, at most two Python workers (local[2]), one spaCy load in each.
    assert len({pid for pid, *_ in got}) <= 2
    assert all(misses == 1 for _, misses, _, _ in got)
