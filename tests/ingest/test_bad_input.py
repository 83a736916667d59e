"""Every bad input is rejected with a clear reason; every good one still comes through."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from sourcetrace.ingest.inputs import IngestOptions, ingest
from sourcetrace.models import Article, Rejection

GOOD = "Officials said on Monday that the talks would resume.\n\nA second paragraph follows."


def _split(items: list[Article | Rejection]) -> tuple[list[Article], list[Rejection]]:
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, Rejection)],
    )


@pytest.fixture()
def messy(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "blank.md").write_text("  \n\n \t\n", encoding="utf-8")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (d / "latin.txt").write_bytes("Le ministre a déclaré que la réunion était reportée.".encode("latin-1"))
    (d / "huge.txt").write_bytes(b"word " * (10 * 1024 * 1024 // 5))
    (d / "notes.pdf").write_bytes(b"%PDF-1.4 ...")
    (d / "dangling.txt").symlink_to(d / "does-not-exist.txt")
    lines = [
        json.dumps({"title": "one", "text": "First record text. It is fine."}),
        '{"title": "broken", "text": "cut off',
        json.dumps({"title": "no text here"}),
        "[1, 2, 3]",
        json.dumps({"body": "Second good record, in a body field.", "published": "2024-02-03"}),
    ]
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "scripts.html").write_text(
        "<html><head><title>T</title><script>var secret='SCRIPT-CONTENT';</script>"
        "<style>.x{color:red} /* STYLE-CONTENT */</style></head><body><article>"
        "<p>The minister said the port would reopen next week after repairs were finished.</p>"
        "<script>document.write('SCRIPT-CONTENT-2')</script>"
        "<p>Workers said they had not been paid for two months and would keep protesting.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    return d


def test_each_bad_item_is_rejected_with_reason_and_good_items_survive(messy: Path) -> None:
    articles, rejections = _split(list(ingest([str(messy)])))
    reasons = {Path(r.path).name + (f":{r.line}" if r.line else ""): r for r in rejections}
    assert reasons["empty.txt"].code == "E204"
    assert reasons["blank.md"].code == "E204"
    assert reasons["image.txt"].code == "E203" and "binary" in reasons["image.txt"].reason
    assert reasons["huge.txt"].code == "E207" and "too large" in reasons["huge.txt"].reason
    assert reasons["notes.pdf"].code == "E206"
    assert reasons["dangling.txt"].code == "E201"
    assert reasons["feed.jsonl:2"].code == "E209" and "invalid JSON" in reasons["feed.jsonl:2"].reason
    assert reasons["feed.jsonl:3"].code == "E208"
    assert reasons["feed.jsonl:4"].code == "E209"
    names = sorted(Path(a.path).name + (f":{a.line}" if a.line else "") for a in articles)
    assert names == ["feed.jsonl:1", "feed.jsonl:5", "good.txt", "latin.txt", "scripts.html"]


def test_latin1_text_is_readable(messy: Path) -> None:
    art = next(a for a in ingest([str(messy / "latin.txt")]) if isinstance(a, Article))
    assert "déclaré" in art.text and "réunion" in art.text


def test_script_and_style_never_reach_text(messy: Path) -> None:
    art = next(a for a in ingest([str(messy / "scripts.html")]) if isinstance(a, Article))
    assert "port would reopen" in art.text and "not been paid" in art.text
    for marker in ("SCRIPT-CONTENT", "STYLE-CONTENT", "color:red", "document.write"):
        assert marker not in art.text


def test_jsonl_fields_and_dates(messy: Path) -> None:
    arts = [a for a in ingest([str(messy / "feed.jsonl")]) if isinstance(a, Article)]
    assert arts[0].title == "one" and arts[0].line == 1
    assert arts[1].published == "2024-02-03" and arts[1].published_basis == "metadata"


def test_unreadable_file_is_rejected(tmp_path: Path) -> None:
    target = tmp_path / "locked.txt"
    if os.geteuid() == 0:
        # root reads any mode; a procfs file that fails on read stands in for it
        target.symlink_to("/proc/self/mem")
    else:
        target.write_text(GOOD)
        target.chmod(0)
    items = list(ingest([str(target)]))
    assert len(items) == 1 and isinstance(items[0], Rejection)
    assert items[0].code == "E202"


def test_missing_path_and_unreachable_url_are_rejected(tmp_path: Path) -> None:
    from sourcetrace.ingest.fetch import Fetcher, FetchOptions

    # Port 9 (discard) on loopback: nothing listens, and nothing leaves the machine.
    fetcher = Fetcher(FetchOptions(retries=0, cache=False))
    items = list(ingest([str(tmp_path / "nope"), "http://127.0.0.1:9/a"], fetcher=fetcher))
    assert [i.code for i in items if isinstance(i, Rejection)] == ["E200", "E220"]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.dumps({"text": "From standard input, a full sentence."}).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(ingest(["-"]))
    assert isinstance(items[0], Article) and items[0].text.startswith("From standard input")


def test_article_length_limit_is_configurable(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("A sentence of text. " * 20)
    items = list(ingest([str(f)], options=IngestOptions(max_article_chars=50)))
    assert isinstance(items[0], Rejection) and items[0].code == "E207"
    with pytest.raises(ValueError):
        IngestOptions(max_article_chars=0)


def test_csv_records(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text('title,text,outlet,date\nA,"Body one, with a comma.",Wire,2023-01-02\nB,,Wire,\n')
    articles, rejections = _split(list(ingest([str(f)])))
    assert [a.title for a in articles] == ["A"] and articles[0].published == "2023-01-02"
    assert rejections[0].code == "E208" and rejections[0].line == 3
