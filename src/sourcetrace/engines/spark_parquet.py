"""JSON v1 collections as Parquet tables (one folder per collection), and back.

Each collection becomes a table with one column per item key. Scalars and flat
lists of one scalar type (spans, id lists) are native Parquet columns. Values with
free-form keys or mixed structure (a speaker's descriptors, a claim's
per-article stances, sentence triples) are stored as JSON text: a struct per
distinct key would give one column per article id. Such columns carry the field
metadata ``{"sourcetrace_json": true}``, so ``read_parquet`` restores them exactly.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sourcetrace.models import Attribution, Citation, Claim, DuplicateGroup, Event, Reuse, Speaker
from sourcetrace.output.json_v1 import COLLECTIONS

if TYPE_CHECKING:
    from pyspark.sql import SparkSession
    from pyspark.sql.types import DataType, StructType

JSON_FLAG = "sourcetrace_json"
_CLASSES: dict[str, type] = {
    "duplicate_groups": DuplicateGroup,
    "reuse": Reuse,
    "speakers": Speaker,
    "attributions": Attribution,
    "claims": Claim,
    "citations": Citation,
    "events": Event,
}
_FIXED = {
    "articles": ("id", "path", "line", "url", "outlet", "title", "author", "published",
                 "published_basis", "language", "words", "duplicate_of", "credits", "text"),
    "rejected": ("path", "line", "reason", "code"),
}


def _columns(name: str, items: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.update(dict.fromkeys(item))
    if not seen:
        cls = _CLASSES.get(name)
        return [f.name for f in dataclasses.fields(cls)] if cls else list(_FIXED.get(name, ()))
    return list(seen)


def _scalar_kind(value: Any) -> str | None:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    return None


def _merge(kinds: set[str]) -> str:
    if kinds <= {"int", "float"}:
        return "float" if "float" in kinds else "int"
    return next(iter(kinds)) if len(kinds) == 1 else "json"


def column_kind(values: list[Any]) -> tuple[str, bool]:
    """(scalar kind, is a list) of a column, or ("json", False) for anything structured."""
    present = [v for v in values if v is not None]
    if not present:
        return "str", False
    if all(isinstance(v, list) for v in present):
        inner = {_scalar_kind(x) for v in present for x in v}
        if None in inner:
            return "json", False
        kinds = {k for k in inner if k}
        return (_merge(kinds) if kinds else "str"), True
    kinds_or_none = {_scalar_kind(v) for v in present}
    if None in kinds_or_none:
        return "json", False
    return _merge({k for k in kinds_or_none if k}), False


def _spark_type(kind: str, is_list: bool) -> DataType:
    from pyspark.sql.types import ArrayType, BooleanType, DoubleType, LongType, StringType

    base: DataType = {"bool": BooleanType(), "int": LongType(), "float": DoubleType()}.get(
        kind, StringType()
    )
    return ArrayType(base) if is_list else base


def _convert(value: Any, kind: str, is_list: bool) -> Any:
    if value is None:
        return None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if kind == "float":
        return [float(x) for x in value] if is_list else float(value)
    return value


def table_schema(name: str, items: list[dict[str, Any]]) -> tuple[StructType, list[tuple[str, str, bool]]]:
    """The Spark schema of one collection and, per column, (name, kind, is_list)."""
    from pyspark.sql.types import StructField, StructType

    fields, plan = [], []
    for col in _columns(name, items):
        kind, is_list = column_kind([item.get(col) for item in items])
        meta = {JSON_FLAG: True} if kind == "json" else {}
        fields.append(StructField(col, _spark_type(kind, is_list), True, meta))
        plan.append((col, kind, is_list))
    return StructType(fields), plan


def write_parquet(spark: SparkSession, doc: dict[str, Any], folder: str | Path) -> list[Path]:
    """Write each v1 collection of ``doc`` to ``folder/<collection>.parquet``; return the paths."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in COLLECTIONS:
        items: list[dict[str, Any]] = list(doc.get(name, []))
        schema, plan = table_schema(name, items)
        rows = [tuple(_convert(item.get(c), k, li) for c, k, li in plan) for item in items]
        target = out / f"{name}.parquet"
        frame = spark.createDataFrame(rows, schema)
        # One file per small table; large tables keep Spark's partitioning.
        if len(rows) < 100_000:
            frame = frame.coalesce(1)
        frame.write.mode("overwrite").parquet(str(target))
        written.append(target)
    return written


def read_parquet(spark: SparkSession, folder: str | Path) -> dict[str, list[dict[str, Any]]]:
    """The collections written by ``write_parquet``, with JSON columns decoded."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name in COLLECTIONS:
        frame = spark.read.parquet(str(Path(folder) / f"{name}.parquet"))
        json_cols = {f.name for f in frame.schema.fields if f.metadata.get(JSON_FLAG)}
        items = []
        for row in frame.collect():
            item = row.asDict(recursive=True)
            for col in json_cols:
                if item.get(col) is not None:
                    item[col] = json.loads(item[col])
            items.append(item)
        out[name] = items
    return out
