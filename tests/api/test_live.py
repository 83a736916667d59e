"""The app under a real uvicorn server on loopback, and the `serve` command's guard."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
from typer.testing import CliRunner

from sourcetrace.api import create_app
from sourcetrace.cli import app as cli


def test_real_server_serves_pages_json_and_uploads(writable_db: str, live_server: Any) -> None:
    app = create_app(writable_db, stages=["ingest", "dedupe"])
    with live_server(app) as server, httpx.Client(base_url=server.url) as http:
        assert "Claims" in http.get("/claims").text
        claims = http.get("/api/claims", params={"limit": 1}).json()
        assert claims["total"] == 2 and len(claims["items"]) == 1
        missing = http.get("/api/claims/none")
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "E_NOT_FOUND"
        resp = http.post("/api/articles", json={"text": "Ferries resumed service on Sunday.",
                                                "title": "Ferries resume", "outlet": "Lake Gazette"})
        assert resp.status_code == 202 and resp.headers["location"] == resp.json()["url"]
        deadline = time.monotonic() + 60
        while (job := http.get(resp.json()["url"]).json())["status"] not in ("done", "failed"):
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert job["status"] == "done" and job["phase"]
        assert http.get("/api/articles").json()["total"] == 4


def test_serve_needs_a_token_off_loopback(hostile_db: str, monkeypatch: object) -> None:
    monkeypatch.delenv("SOURCETRACE_TOKEN", raising=False)  # type: ignore[attr-defined]
    result = CliRunner().invoke(cli, ["serve", "--db", hostile_db, "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "token" in result.output.lower()


def test_report_command_writes_the_file(hostile_db: str, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", "--db", hostile_db, "--html", str(out)])
    assert result.exit_code == 0, result.output
    assert 'id="claim-c-seized"' in out.read_text("utf-8")


def test_serve_refuses_a_store_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(cli, ["serve", "--db", str(missing)])
    assert result.exit_code != 0 and "E406" in result.output
    assert not missing.exists()  # nothing was created
