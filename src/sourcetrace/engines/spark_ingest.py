"""Spark sessions and ingest on executors: folders, JSON/JSONL/CSV/HTML/text, WARC, Parquet.

Files are read by the ingest readers themselves (``stages.ingest``), one file per
task item, so a Spark run turns every input into the same articles and rejections
as a local run. Parquet inputs (a file, or a folder written by Spark ending in
``.parquet``) are read by Spark and each row goes through the JSON record mapper
(same column names as JSON records: ``text``/``body``, ``title``, ``outlet``,
``date`` ...). URLs, feeds and stdin are fetched on the driver: polite fetching
keeps one rate limit per host, which independent executors could not share.

Every item carries an ordinal ``(input number, item number)`` so the driver can
put results back in input order, the order a local run sees.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sourcetrace.errors import MissingExtraError
from sourcetrace.ingest import readers
from sourcetrace.ingest.inputs import IngestOptions, checked_article, ingest, iter_paths
from sourcetrace.models import Article, Rejection

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

Ordinal = tuple[int, int]
Item = tuple[Ordinal, Article | Rejection]

# Files Spark writes beside the data of a Parquet folder: not articles.
_SPARK_MARKERS = ("_SUCCESS", "_committed", "_started")


def spark_session(
    master: str | None = None, *, shuffle_partitions: int = 4, memory: str = "1g"
) -> SparkSession:
    """The active SparkSession, or a new one (local mode unless ``master`` says otherwise).

    ``master`` defaults to ``SOURCETRACE_SPARK_MASTER`` or ``local[*]``. A new local
    session listens on loopback only, has no web UI, and runs this interpreter on its
    Python workers (which are reused, so models load once per worker).
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise MissingExtraError(
            "the Spark engine needs PySpark: pip install 'sourcetrace[spark]' (and Java 17+)",
            code="E310",
        ) from exc
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    master = master or os.environ.get("SOURCETRACE_SPARK_MASTER") or "local[*]"
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.master(master)
        .appName("sourcetrace")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(shuffle_partitions))
        .config("spark.default.parallelism", str(max(2, shuffle_partitions)))
        .config("spark.driver.memory", memory)
        .config("spark.python.worker.reuse", "true")
        .config("spark.pyspark.python", sys.executable)
    )
    if master.startswith("local"):
        builder = builder.config("spark.driver.host", "127.0.0.1").config(
            "spark.driver.bindAddress", "127.0.0.1"
        )
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


@dataclass(frozen=True)
class Source:
    """One unit of input: a file for an executor, a Parquet dataset, or a driver-side input."""

    kind: str  # "file" | "parquet" | "driver"
    shown: str


def _is_parquet_dir(path: Path) -> bool:
    return path.is_dir() and path.name.lower().endswith(".parquet")


def plan_sources(inputs: Iterable[str]) -> list[Source]:
    """Inputs expanded like ``iter_paths`` (folders recursively, sorted), each classified."""
    out: list[Source] = []
    for raw in inputs:
        if raw != "-" and _is_parquet_dir(Path(raw)):
            out.append(Source("parquet", raw))
            continue
        parquet_dirs: set[Path] = set()
        for shown, path in iter_paths([raw]):
            if path is None or shown.startswith(("http://", "https://", "feed:")):
                out.append(Source("driver", shown))
                continue
            parent = path.parent
            if _is_parquet_dir(parent):
                # A dataset folder inside a walked folder: read once, as a whole.
                if parent not in parquet_dirs:
                    parquet_dirs.add(parent)
                    out.append(Source("parquet", str(parent)))
                continue
            if path.name.startswith(_SPARK_MARKERS) and any(
                p.suffix.lower() == ".parquet" for p in parent.iterdir()
            ):
                continue
            kind = "parquet" if path.suffix.lower() == ".parquet" and path.is_file() else "file"
            out.append(Source(kind, shown))
    return out


def _read_file(
    number: int, shown: str, opts: IngestOptions
) -> Iterator[Item]:
    for k, item in enumerate(ingest([shown], options=opts)):
        yield (number, k), item


def _parquet_item(
    number: int, shown: str, origin: str, row: dict[str, Any], index: int, opts: IngestOptions
) -> Item:
    line = index + 1
    record = readers.record_from_mapping(row, line=line)
    if isinstance(record, Rejection):
        return (number, index), Rejection(
            path=shown, line=line, reason=record.reason, code=record.code
        )
    return (number, index), checked_article(record, shown, origin, opts)


def read_inputs(
    spark: SparkSession, inputs: Sequence[str], opts: IngestOptions, fetcher: Any = None
) -> list[Item]:
    """Every article and rejection of ``inputs``, in input order (as a local run reads them)."""
    sc = spark.sparkContext
    sources = plan_sources(inputs)
    items: list[Item] = []
    files = [(n, s.shown) for n, s in enumerate(sources) if s.kind == "file"]
    if files:
        rdd = sc.parallelize(files, min(len(files), sc.defaultParallelism * 4))
        items.extend(rdd.flatMap(lambda f: _read_file(f[0], f[1], opts)).collect())
    for number, source in enumerate(sources):
        if source.kind == "driver":
            for k, item in enumerate(ingest([source.shown], options=opts, fetcher=fetcher)):
                items.append(((number, k), item))
        elif source.kind == "parquet":
            items.extend(_read_parquet(spark, number, source.shown, opts))
    items.sort(key=lambda it: it[0])
    return items


def _read_parquet(spark: SparkSession, number: int, shown: str, opts: IngestOptions) -> list[Item]:
    origin = str(Path(shown).resolve())
    try:
        frame = spark.read.parquet(shown)
    except Exception as exc:  # Spark raises its own AnalysisException for unreadable files
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return [((number, 0), Rejection(path=shown, reason=f"unreadable Parquet: {reason}",
                                        code="E202"))]
    rows = frame.rdd.zipWithIndex()
    return rows.map(
        lambda ri: _parquet_item(number, shown, origin, ri[0].asDict(recursive=True), ri[1], opts)
    ).collect()
