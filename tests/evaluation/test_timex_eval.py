"""The timex evaluation: scoring arithmetic, the CLI, and the quality gate."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sourcetrace.evaluation import timex as ev
from sourcetrace.evaluation.cli import app


def test_score_counts_relaxed_strict_and_value() -> None:
    recs = [{"doc_id": "d", "text": "x" * 50, "timexes": [
        {"span": [0, 10], "type": "DATE", "value": "2020"},
        {"span": [20, 30], "type": "DATE", "value": "2021"},
    ]}]  # fmt: skip
    preds = [{"doc_id": "d", "timexes": [
        {"span": [0, 10], "type": "DATE", "value": "2020"},  # strict, value right
        {"span": [22, 30], "type": "DATE", "value": "1999"},  # relaxed only, value wrong
        {"span": [40, 45], "type": "DATE", "value": "2000"},  # spurious
    ]}]  # fmt: skip
    res = ev.score(recs, preds)
    assert res["relaxed_p"] == 2 / 3 and res["relaxed_r"] == 1.0
    assert res["strict_p"] == 1 / 3 and res["strict_r"] == 0.5
    assert res["value_p"] == 1 / 3 and res["value_r"] == 0.5


def test_cli_writes_predictions(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    data = shared_dir / "data" / "meantime" / "dev.jsonl"
    result = CliRunner().invoke(app, ["timex", str(data), "--limit", "3", "--predictions", str(out)])
    assert result.exit_code == 0, result.output
    assert "value" in result.output and "strict" in result.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(lines) == 3 and all("timexes" in x for x in lines)


def test_gate_tempeval3_heldout_subset(shared_dir: Path) -> None:
    records = ev.load_records(shared_dir / "data" / "tempeval3" / "train_tbaq.jsonl")
    _dev, heldout = ev.dev_split(records)
    res = ev.evaluate(heldout[:40])
    assert res["relaxed_f1"] >= 0.88, res
    assert res["value_f1"] >= 0.80, res  # 0.821 after round 3


def test_gate_meantime_subset(shared_dir: Path) -> None:
    records = ev.load_records(shared_dir / "data" / "meantime" / "dev.jsonl", limit=30)
    res = ev.evaluate(records)
    assert res["relaxed_f1"] >= 0.88, res
    assert res["value_f1"] >= 0.79, res  # 0.813 after round 3
