"""Spark ingest (files, WARC, Parquet) and Spark dedup against the single-machine stages."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def spark() -> Any:
    from sourcetrace.engines.spark_ingest import spark_session

    return spark_session("local[2]", shuffle_partitions=2)


def _articles(shared_dir: Path, corpus_writer: Any, tmp: Path, n: int) -> list[Any]:
    from sourcetrace.ingest.inputs import ingest
    from sourcetrace.models import Article

    corpus_writer(shared_dir, tmp / "news.jsonl", n)
    arts = [a for a in ingest([str(tmp / "news.jsonl")]) if isinstance(a, Article)]
    extra = []
    for i, art in enumerate(arts[:12]):
        if i % 3 == 0:  # a partial copy: the first half of the text
            extra.append(_copy(art, art.text[: len(art.text) // 2], f"half{i}"))
        elif i % 3 == 1:  # an exact copy at another site, undated and without a headline
            extra.append(_copy(art, art.text, f"same{i}"))
        else:  # an edited copy: every fifteenth word changed, another text's end added
            words = [w if n % 15 else "reworded" for n, w in enumerate(art.text.split())]
            tail = arts[-1 - i].text[:300]
            extra.append(_copy(art, " ".join(words) + "\n\n" + tail, f"edit{i}"))
    # Exact copies of a text too short for shingles still pair up.
    short = _copy(arts[0], "Short note.", "short1")
    return [*arts, *extra, short, _copy(arts[0], "short  NOTE.", "short2")]


def _copy(art: Any, text: str, tag: str) -> Any:
    from dataclasses import replace

    return replace(art, id=f"a{tag}", text=text, outlet=f"Site {tag}", published=None,
                   published_basis=None, title=None)


def test_spark_dedup_gives_the_stage_groups(
    spark: Any, shared_dir: Path, corpus_writer: Any, tmp_path: Path
) -> None:
    from dataclasses import replace

    from sourcetrace.dedup.groups import DedupOptions, find_copies
    from sourcetrace.engines.spark_dedup import spark_group_duplicates

    arts = _articles(shared_dir, corpus_writer, tmp_path, 60)
    arts = [replace(a, published=f"2020-01-0{1 + i % 3}") if i < 30 else a
            for i, a in enumerate(arts)]
    opts = DedupOptions()
    expected = find_copies(arts, options=opts)
    for partitions in (1, 3):
        got = spark_group_duplicates(spark, arts, options=opts, partitions=partitions)
        assert got == expected
    kinds = {g.kind for g in expected[0]}
    assert {"exact", "near", "edited"} <= kinds, kinds
    assert {r.kind for r in expected[2]} >= {"edited", "passage"}
    # Dates spread to undated copies exactly as the stage does it.
    assert any(a.published_basis == "duplicate" for a in expected[1])


def test_spark_dedup_with_lower_thresholds(spark: Any, shared_dir: Path, corpus_writer: Any,
                                           tmp_path: Path) -> None:
    from sourcetrace.dedup.groups import DedupOptions, find_copies
    from sourcetrace.dedup.reuse import ReuseOptions
    from sourcetrace.engines.spark_dedup import spark_group_duplicates

    arts = _articles(shared_dir, corpus_writer, tmp_path, 30)
    opts = DedupOptions(near_threshold=0.5, containment_threshold=0.6, shingle_size=3)
    # max_df 2: fingerprints of three or more texts are boilerplate corpus-wide, which a
    # block of the corpus alone could not know
    reuse = ReuseOptions(max_df=2)
    assert (spark_group_duplicates(spark, arts, options=opts, reuse=reuse)
            == find_copies(arts, options=opts, reuse=reuse))


def _warc(path: Path, demo_dir: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = (demo_dir / "04_harbor_ledger_scoop.html").read_bytes()
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://ledger.example/scoop", "response", payload=io.BytesIO(html),
            http_headers=headers))


def test_spark_ingest_reads_like_local_ingest(spark: Any, demo_dir: Path, tmp_path: Path) -> None:
    from sourcetrace.engines.spark_ingest import read_inputs
    from sourcetrace.ingest.inputs import IngestOptions, ingest

    folder = tmp_path / "in"
    folder.mkdir()
    for src in demo_dir.iterdir():
        (folder / src.name).write_bytes(src.read_bytes())
    _warc(folder / "crawl.warc.gz", demo_dir)
    (folder / "broken.jsonl").write_text('{"text": "fine text here"}\n{oops\n', encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG")
    inputs = [str(folder), str(tmp_path / "missing.txt")]
    got = [item for _, item in read_inputs(spark, inputs, IngestOptions())]
    assert got == list(ingest(inputs))
    from sourcetrace.models import Article

    assert any(isinstance(a, Article) and a.path.endswith("crawl.warc.gz") for a in got)


def test_parquet_input_reads_json_columns(spark: Any, demo_dir: Path, tmp_path: Path) -> None:
    from sourcetrace.engines.spark_ingest import plan_sources, read_inputs
    from sourcetrace.ingest.inputs import IngestOptions, ingest
    from sourcetrace.models import Article, Rejection

    wires = demo_dir / "07_wires.jsonl"
    rows = []
    for line in wires.read_text(encoding="utf-8").split("\n"):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError:  # the demo file holds a broken line on purpose
            continue
    folder = tmp_path / "lake"
    frame = spark.createDataFrame([json.dumps(r) for r in rows], "string")
    spark.read.json(frame.rdd.map(lambda r: r[0])).coalesce(1).write.parquet(
        str(folder / "wires.parquet"))
    (folder / "bad.parquet").write_bytes(b"not parquet at all")
    sources = plan_sources([str(folder)])
    # The Spark-written folder is one dataset; its _SUCCESS marker is not an input.
    assert [(s.kind, Path(s.shown).name) for s in sources] == [
        ("parquet", "bad.parquet"), ("parquet", "wires.parquet")]
    got = [item for _, item in read_inputs(spark, [str(folder)], IngestOptions())]
    bad = [r for r in got if isinstance(r, Rejection)]
    assert [r.code for r in bad] == ["E202", "E208"]
    from_parquet = [a for a in got if isinstance(a, Article)]
    from_jsonl = [a for a in ingest([str(wires)]) if isinstance(a, Article)]
    fields = ("text", "title", "outlet", "url", "published", "credits")
    assert sorted(tuple(getattr(a, f) for f in fields) for a in from_parquet) == sorted(
        tuple(getattr(a, f) for f in fields) for a in from_jsonl)
