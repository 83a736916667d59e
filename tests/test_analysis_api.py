"""The Python API: analyze() into a real SQLite file, load() it back, DataFrames."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import sourcetrace
from sourcetrace.output.json_v1 import validate

FAST = ["ingest", "dedupe"]


def test_analyze_load_round_trip(tmp_path: Path, demo_dir: Path) -> None:
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    result = sourcetrace.analyze([demo_dir], db=db, stages=FAST)
    validate(result.to_dict())
    assert result.analysed == 8 and len(result.rejected) == 2
    again = sourcetrace.load(db)
    assert again.to_dict() == result.to_dict()
    assert json.loads(result.to_json(tmp_path / "out.json")) == result.to_dict()


def test_to_pandas_has_one_frame_per_collection(tmp_path: Path, demo_dir: Path) -> None:
    result = sourcetrace.analyze(demo_dir, db=tmp_path / "d.db", stages=FAST)
    frames = result.to_pandas()
    assert isinstance(frames["articles"], pd.DataFrame)
    assert len(frames["articles"]) == 8
    assert set(frames["duplicate_groups"].columns) >= {"canonical", "members", "kind"}


def test_options_override_settings(tmp_path: Path, demo_dir: Path) -> None:
    strict = sourcetrace.analyze(demo_dir, db=tmp_path / "s.db", stages=FAST, near_threshold=0.99,
                                 containment_threshold=0.99, enabled=False)
    # without passage alignment the truncated copy is still wholly contained, but the
    # edited copy no longer groups
    (group,) = strict.duplicate_groups
    assert len(group["members"]) == 2
    with pytest.raises(sourcetrace.UsageError):
        sourcetrace.analyze(demo_dir, db=tmp_path / "s.db", stages=FAST, no_such_setting=1)


def test_changed_file_is_a_new_version(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    f = src / "a.txt"
    f.write_text("The mayor said on Monday the bridge would reopen in June.")
    db = tmp_path / "v.db"
    first = sourcetrace.analyze(src, db=db, stages=FAST)
    f.write_text("The mayor said on Monday the bridge would reopen in July.")
    second = sourcetrace.analyze(src, db=db, stages=FAST)
    assert first.articles[0]["id"] != second.articles[0]["id"]
    store = sourcetrace.open_store(db)
    assert [a.id for a in store.articles()] == [second.articles[0]["id"]]  # old one superseded


def test_a_run_times_each_stage(tmp_path: Path, demo_dir: Path) -> None:
    chosen = ["ingest", "dedupe", "nlp", "citations", "origins"]
    result = sourcetrace.analyze(demo_dir, db=tmp_path / "t.db", stages=chosen)
    assert result.corpus is not None
    timings = result.corpus.timings
    # every corpus stage by name, the per-article stages as one block, all non-negative
    assert "dedupe" in timings and "origins" in timings
    assert "per article: nlp, citations" in timings
    assert all(v >= 0 for v in timings.values())
    from typer.testing import CliRunner

    from sourcetrace.cli import app

    res = CliRunner().invoke(app, ["analyze", str(demo_dir), "--db", str(tmp_path / "c.db"),
                                   "--stages", ",".join(chosen), "--timings"])
    assert res.exit_code == 0, res.output
    assert "wall time per stage" in res.output and "dedupe" in res.output


def test_texts_and_records_in_memory_and_a_one_screen_repr(tmp_path: Path) -> None:
    result = sourcetrace.analyze(
        db=tmp_path / "m.db", stages=["ingest", "dedupe", "nlp", "attribute", "speakers"],
        texts=["The port authority of Veloria said on Tuesday that the terminal would close."],
        records=[{"text": "\u201cNobody was hurt,\u201d said Mara Velt, the port director.",
                  "outlet": "Coast Daily", "date": "2025-03-01"}],
    )  # fmt: skip
    assert len(result.articles) == 2
    assert {a["outlet"] for a in result.articles} >= {"Coast Daily"}
    text = repr(result)
    # counts and the store, not the article texts
    assert text.startswith("<Analysis: 2 articles") and "store sqlite" in text
    assert "Nobody was hurt" not in text and len(text) < 2000
    html = result._repr_html_()
    assert "<table>" in html and "articles" in html


def test_a_default_store_is_announced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without db= the analysis goes to ./sourcetrace.db; a notebook user is told so."""
    monkeypatch.chdir(tmp_path)
    with pytest.warns(UserWarning, match=r"stored in .*sourcetrace\.db"):
        sourcetrace.analyze(texts=["The minister said the port would reopen on Monday."],
                            stages=["ingest", "nlp", "attribute"])
    assert (tmp_path / "sourcetrace.db").is_file()
