"""The local engine: worker processes give the serial result; a run killed with -9 resumes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

# Some stages' output still depends on str hash order (set iteration), so every run
# here uses one fixed hash seed: the engine itself must add no difference of its own.
ENV = {"PYTHONHASHSEED": "0"}


def _command(corpus: Path, db: Path, out: Path, stage_names: list[str], tmp: Path) -> list[str]:
    settings_file = tmp / "settings.toml"
    settings_file.write_text("[nlp]\nbatch_size = 2\n", encoding="utf-8")
    sourcetrace = Path(sys.executable).with_name("sourcetrace")
    return [
        str(sourcetrace), "analyze", str(corpus), "--db", str(db), "--json", str(out),
        "--settings", str(settings_file), "--stages", ",".join(stage_names),
    ]


def _analyze(cmd: list[str], workers: int, cwd: Path) -> None:
    env = {**os.environ, **ENV, "SOURCETRACE_WORKERS": str(workers)}
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def corpus(shared_dir: Path, corpus_writer: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    corpus_writer(shared_dir, folder / "news.jsonl", 36)
    return folder


@pytest.fixture(scope="module")
def serial_run(
    corpus: Path, stage_names: list[str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("serial")
    _analyze(_command(corpus, tmp / "serial.db", tmp / "out.json", stage_names, tmp), 1, tmp)
    doc: dict[str, Any] = json.loads((tmp / "out.json").read_text(encoding="utf-8"))
    assert len(doc["articles"]) == 40
    return doc


def test_worker_processes_give_the_serial_result(
    corpus: Path, stage_names: list[str], serial_run: dict[str, Any], tmp_path: Path
) -> None:
    db = tmp_path / "parallel.db"
    _analyze(_command(corpus, db, tmp_path / "out.json", stage_names, tmp_path), 2, tmp_path)
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == serial_run
    assert serial_run["duplicate_groups"], "the edited copies form duplicate groups"
    if "attribute" in stage_names:
        assert serial_run["attributions"], "real news bodies carry attributions"
    # Every article's stage output went to the cache, so a re-run parses nothing.
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM article_results").fetchone()[0] == 40
    con.close()


def _cached(db: Path) -> int:
    try:
        con = sqlite3.connect(db, timeout=1)
        try:
            return int(con.execute("SELECT COUNT(*) FROM article_results").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:  # not created or not migrated yet
        return 0


def test_kill_9_mid_run_then_rerun_equals_uninterrupted(
    corpus: Path, stage_names: list[str], serial_run: dict[str, Any], tmp_path: Path
) -> None:
    db = tmp_path / "crash.db"
    out = tmp_path / "crash.json"
    cmd = _command(corpus, db, out, stage_names, tmp_path)
    env = {**os.environ, **ENV, "SOURCETRACE_WORKERS": "2"}
    proc = subprocess.Popen(cmd, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while _cached(db) < 6:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "analysis made no progress"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)  # the main process only, like `kill -9 PID`
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    done = _cached(db)
    assert 6 <= done < 40, "killed mid-run: some, not all, articles analysed"
    assert not out.exists()
    # Orphaned workers notice their parent is gone and exit on their own.
    deadline = time.monotonic() + 15
    while _children_alive(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _children_alive(proc.pid)

    _analyze(cmd, 2, tmp_path)
    assert json.loads(out.read_text(encoding="utf-8")) == serial_run


def _children_alive(pgid: int) -> bool:
    # Processes of the killed run's session (workers, resource tracker) still running.
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] != "Z" and int(fields[3]) == pgid:  # field 5 of stat: process group
            return True
    return False
