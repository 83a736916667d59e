"""WARC / WARC.gz input, built here with warcio the way crawlers write it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sourcetrace.ingest.inputs import ingest
from sourcetrace.models import Article, Rejection

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "fetch"


def _response(writer: WARCWriter, url: str, status: str, ctype: str, body: bytes) -> None:
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                  http_headers=http))


def _page(name: str) -> bytes:
    return (FIXTURES / f"{name}.html").read_bytes()


def write_warc(path: Path, *, gzip: bool) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        req = StatusAndHeaders("GET /news/harbour.html HTTP/1.1", [("Host", "kestrel.example")],
                               is_http_request=True)
        writer.write_record(writer.create_warc_record(
            "https://kestrel.example/news/harbour.html", "request", http_headers=req))
        _response(writer, "https://kestrel.example/news/harbour.html", "200 OK",
                  "text/html; charset=utf-8", _page("harbour"))
        _response(writer, "https://kestrel.example/logo.png", "200 OK", "image/png",
                  b"\x89PNG\r\n\x1a\n" + bytes(200))
        _response(writer, "https://kestrel.example/old", "404 Not Found", "text/html",
                  b"<html><body>gone</body></html>")
        _response(writer, "https://kestrel.example/empty.html", "200 OK", "text/html",
                  b"<html><head><title>Empty</title></head><body></body></html>")
        _response(writer, "https://mirror.example/bridge", "200 OK", "text/html",
                  _page("bridge"))


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_pages_become_articles(tmp_path: Path, name: str) -> None:
    warc = tmp_path / name
    write_warc(warc, gzip=name.endswith(".gz"))
    items = list(ingest([str(warc)]))
    arts = [i for i in items if isinstance(i, Article)]
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert [a.url for a in arts] == [
        "https://kestrel.example/news/harbour.html", "https://mirror.example/bridge",
    ]
    assert arts[0].title == "Harbour authority delays dredging plan"
    assert "Marta Ilves" in arts[0].text
    assert all(a.path == str(warc) for a in arts)
    assert arts[0].line is not None and arts[1].line is not None and arts[0].line < arts[1].line
    # The HTML page without main text is reported; request, image and 404 records are not pages.
    assert [(r.code, "empty.html" in r.reason) for r in rejected] == [("E211", True)]
    assert list(ingest([str(warc)])) == items  # same ids on a re-read


def test_warc_in_a_folder_is_read(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz", gzip=True)
    assert sum(isinstance(i, Article) for i in ingest([str(tmp_path)])) == 2


def test_broken_and_empty_warc_files_are_rejected(tmp_path: Path) -> None:
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00this is not a warc at all")
    empty = tmp_path / "empty.warc"
    with empty.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        writer.write_record(writer.create_warcinfo_record("empty.warc", {"software": "tests"}))
    items = list(ingest([str(broken), str(empty)]))
    assert [(type(i).__name__, getattr(i, "code", None)) for i in items] == [
        ("Rejection", "E225"), ("Rejection", "E225"),
    ]


def test_cli_feed_option(site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from sourcetrace.cli import app

    monkeypatch.setenv("SOURCETRACE_CACHE_DIR", str(tmp_path / "cache"))
    settings = tmp_path / "settings.toml"
    settings.write_text("[fetch]\nper_host_interval = 0.0\nbackoff = 0.01\n", encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(app, [
        "analyze", "--feed", f"{site.base}/feed.rss", "--db", str(tmp_path / "s.db"),
        "--json", str(out), "--stages", "ingest,dedupe", "--settings", str(settings),
    ])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(a["url"] for a in doc["articles"]) == [
        f"{site.base}/news/harbour.html", f"{site.base}/news/library.html",
    ]
    assert {r["code"] for r in doc["rejected"]} == {"E221", "E222"}
