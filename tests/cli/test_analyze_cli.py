"""The installed ``sourcetrace`` command end to end, as a user runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from sourcetrace.output.json_v1 import load_schema

EXE = shutil.which("sourcetrace", path=str(Path(sys.executable).parent))


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert EXE, "the sourcetrace console script is not installed in this environment"
    return subprocess.run([EXE, *args], cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def seeds_json(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> dict:
    work = tmp_path_factory.mktemp("seeds")
    proc = _run("analyze", str(seeds_dir), "--json", "out.json", cwd=work)
    assert proc.returncode == 0, proc.stderr
    assert (work / "sourcetrace.db").exists()  # default store: a file in the working directory
    return json.loads((work / "out.json").read_text())


def test_seeds_json_is_valid_v1(seeds_json: dict) -> None:
    jsonschema.validate(seeds_json, load_schema())
    assert seeds_json["schema"] == "sourcetrace/1"
    assert len(seeds_json["articles"]) == 5 and seeds_json["rejected"] == []


def test_seeds_groups_000_with_001_only(seeds_json: dict) -> None:
    by_name = {Path(a["path"]).name[:3]: a for a in seeds_json["articles"]}
    (group,) = seeds_json["duplicate_groups"]
    assert group["canonical"] == by_name["000"]["id"]
    assert set(group["members"]) == {by_name["000"]["id"], by_name["001"]["id"]}
    assert group["kind"] == "contained"
    assert by_name["001"]["duplicate_of"] == by_name["000"]["id"]
    assert by_name["000"]["published"] == "2022-03-17"
    for name in ("002", "003", "004"):
        assert by_name[name]["duplicate_of"] is None


def test_offsets_point_into_article_text(seeds_json: dict) -> None:
    texts = {a["id"]: a["text"] for a in seeds_json["articles"]}
    for att in seeds_json["attributions"]:
        s, e = att["span"]
        assert texts[att["article"]][s:e] == att["content"]


def test_nothing_analysable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    proc = _run("analyze", str(tmp_path / "empty.txt"), "--db", "x.db", cwd=tmp_path)
    assert proc.returncode == 1
    assert "empty file" in proc.stderr and "Traceback" not in proc.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert _run("analyze", "--no-such-flag", cwd=tmp_path).returncode == 2
    proc = _run("analyze", str(tmp_path), "--stages", "ingest,bogus", cwd=tmp_path)
    assert proc.returncode == 2 and "bogus" in proc.stderr


def test_rerun_is_idempotent(tmp_path: Path, demo_dir: Path) -> None:
    args = ("analyze", str(demo_dir), "--db", "d.db", "--stages", "ingest,dedupe")
    first = _run(*args, "--json", "a.json", cwd=tmp_path)
    second = _run(*args, "--json", "b.json", cwd=tmp_path)
    assert first.returncode == second.returncode == 0
    assert (tmp_path / "a.json").read_text() == (tmp_path / "b.json").read_text()
    doc = json.loads((tmp_path / "a.json").read_text())
    assert len(doc["articles"]) == 8 and len(doc["rejected"]) == 2


def test_user_errors_exit_2_with_their_reason(tmp_path: Path, seeds_dir: Path) -> None:
    # Stages picked without what they need: a usage error, not a failure of the run.
    r = _run("analyze", str(seeds_dir), "--db", f"sqlite:///{tmp_path / 'a.db'}",
             "--stages", "claims", cwd=tmp_path)
    assert r.returncode == 2 and "E500" in r.stderr and "--stages" in r.stderr
    # A report into a folder that does not exist: the user's typo, not an internal bug.
    _run("analyze", str(seeds_dir), "--db", f"sqlite:///{tmp_path / 'b.db'}",
         "--stages", "ingest,dedupe", cwd=tmp_path)
    r = _run("report", "--db", f"sqlite:///{tmp_path / 'b.db'}",
             "--html", str(tmp_path / "nope" / "r.html"), cwd=tmp_path)
    assert r.returncode == 2 and "E103" in r.stderr and "E999" not in r.stderr


def test_prepare_builds_the_int8_graph_once(tmp_path: Path) -> None:
    env = {**os.environ, "SOURCETRACE_CACHE": str(tmp_path / "cache"), "SOURCETRACE_EMBEDDINGS": "int8"}
    first = subprocess.run([EXE or "sourcetrace", "prepare"], cwd=tmp_path, capture_output=True,
                           text=True, timeout=600, env=env)
    assert first.returncode == 0, first.stderr
    graphs = list((tmp_path / "cache").glob("*.onnx"))
    assert len(graphs) == 1 and "building the int8 embedding graph" in first.stderr
    built = graphs[0].stat().st_mtime_ns
    again = subprocess.run([EXE or "sourcetrace", "prepare"], cwd=tmp_path, capture_output=True,
                           text=True, timeout=600, env=env)
    assert again.returncode == 0 and "building" not in again.stderr
    assert graphs[0].stat().st_mtime_ns == built and graphs[0].name in again.stdout.replace("\n", "")
