"""The store on SQLite and PostgreSQL: migrations, re-ingest, supersede, findings, concurrency."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from sourcetrace.errors import MissingExtraError, StoreError
from sourcetrace.models import Article, Rejection, content_id
from sourcetrace.settings import load_settings
from sourcetrace.store import open_store
from sourcetrace.store.migrations import LATEST


def _article(n: int, path: str = "batch.jsonl", text: str | None = None) -> Article:
    body = text if text is not None else f"Article number {n} says the minister spoke on day {n}."
    return Article(
        id=content_id(f"{path}#{n}\0{body}"), text=body, path=path, line=n,
        outlet="Example Times", title=f"Story {n}", published="2024-03-0" + str(1 + n % 9),
        published_basis="metadata", language="en", credits=("(Reuters)",),
    )


def _writer(url: str, start: int, stop: int, errors: list[str]) -> None:
    try:
        store = open_store(url)
        for lo in range(start, stop, 5):
            batch = [_article(n) for n in range(lo, min(lo + 5, stop))]
            store.add_articles(batch)
            store.put_results("article", [(a.id, "k", {"n": a.line}) for a in batch])
            store.add_rejections([Rejection(path="bad.jsonl", line=lo, reason="broken", code="E209")])
        store.close()
    except Exception as exc:  # reported back to the test thread
        errors.append(repr(exc))


# A separate interpreter per writer (real processes, nothing shared but the database).
_WRITER = """
import sys
from sourcetrace.models import Article, Rejection, content_id
from sourcetrace.store import open_store

url, start, stop = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
store = open_store(url)
for lo in range(start, stop, 5):
    batch = []
    for n in range(lo, min(lo + 5, stop)):
        body = f"Article number {n} says the minister spoke on day {n}."
        batch.append(Article(id=content_id(f"batch.jsonl#{n}\\0{body}"), text=body,
                             path="batch.jsonl", line=n))
    store.add_articles(batch)
    store.put_results("article", [(a.id, "k", {"n": a.line}) for a in batch])
    store.add_rejections([Rejection(path="bad.jsonl", line=lo, reason="broken", code="E209")])
store.close()
"""


def test_migrations_run_once_and_record_version(store_url: str) -> None:
    store = open_store(store_url)
    assert store.schema_version() == LATEST
    store.add_articles([_article(1)])
    store.close()
    again = open_store(store_url)  # migrating an up-to-date store changes nothing
    assert again.schema_version() == LATEST
    assert [a.line for a in again.articles()] == [1]
    again.close()


def test_newer_schema_is_refused(store_url: str) -> None:
    store = open_store(store_url)
    with store._tx() as cur:
        store._exec(cur, "UPDATE schema_meta SET value = ? WHERE key = ?", (str(LATEST + 1), "schema_version"))
    store.close()
    with pytest.raises(StoreError) as info:
        open_store(store_url)
    assert info.value.code == "E402"


def test_reingest_is_idempotent(store_url: str) -> None:
    store = open_store(store_url)
    batch = [_article(n) for n in range(1, 8)]
    assert store.add_articles(batch) == [a.id for a in batch]
    assert store.add_articles(batch) == []
    assert store.add_articles([*batch, batch[0]]) == []
    got = store.articles()
    assert [a.id for a in got] == [a.id for a in batch]
    assert got[0] == batch[0]  # every field survives the round trip
    store.close()


def test_changed_file_supersedes_old_version(store_url: str, tmp_path: Path) -> None:
    from sourcetrace.engines.local import ingest_into

    story = tmp_path / "story.txt"
    story.write_text("The council said on Monday that the bridge would reopen.\n", encoding="utf-8")
    store = open_store(store_url)
    settings = load_settings()
    (old_id,), _ = ingest_into([str(story)], store, settings)
    story.write_text("The council said on Tuesday that the bridge would stay shut.\n", encoding="utf-8")
    (new_id,), _ = ingest_into([str(story)], store, settings)
    assert old_id != new_id
    assert [a.id for a in store.articles()] == [new_id]
    # The old version is kept (earlier findings may cite it) but no longer current.
    assert [a.id for a in store.articles([old_id])] == [old_id]
    with store._tx() as cur:
        row = store._exec(cur, "SELECT superseded_by FROM articles WHERE id = ?", (old_id,)).fetchone()
    assert row[0] == new_id
    store.close()


def test_findings_round_trip(store_url: str) -> None:
    store = open_store(store_url)
    findings = {
        "attributions": [
            {"id": f"t{n}", "article": "a1" if n < 3 else "a2", "content": f"“Ça va” — {n}"}
            for n in range(5)
        ],
        "claims": [{"id": "c1", "text": "The bridge will reopen.", "mentions": ["t0", "t3"]}],
        "duplicate_groups": [{"canonical": "a1", "members": ["a1", "a9"], "kind": "near"}],
        "analysis_meta": [{"id": "meta", "articles": ["a1", "a2"]}],
    }
    store.replace_findings(findings)
    assert store.findings("attributions") == findings["attributions"]
    assert [f["id"] for f in store.findings("attributions", article="a1")] == ["t0", "t1", "t2"]
    assert [f["id"] for f in store.findings("attributions", limit=2, offset=2)] == ["t2", "t3"]
    assert store.finding("claims", "c1") == findings["claims"][0]
    assert store.finding("duplicate_groups", "a1") == findings["duplicate_groups"][0]
    assert store.finding("claims", "nope") is None
    assert store.count("attributions") == 5
    assert store.count("attributions", article="a2") == 2
    store.replace_findings({"claims": []})  # a new analysis replaces the old one entirely
    assert store.count("attributions") == 0
    with pytest.raises(StoreError):
        store.replace_findings({"bogus": [{"id": "x"}]})
    store.close()


def test_cache_and_rejections_round_trip(store_url: str) -> None:
    store = open_store(store_url)
    store.put_results("article", [("a1", "k1", {"x": [1, "é"]}), ("a2", "k2", {"x": []})])
    assert store.cached_results("article", {"a1": "k1", "a2": "stale", "a3": "k3"}) == {
        "a1": {"x": [1, "é"]}
    }
    store.put_results("article", [("a1", "k9", {"x": 2})])  # newer result replaces the row
    assert store.cached_results("article", {"a1": "k9"}) == {"a1": {"x": 2}}
    rej = Rejection(path="feed.xml", line=3, reason="no article text", code="E208")
    store.add_rejections([rej, rej])
    assert store.rejections() == [rej]
    store.close()


def test_vectors_are_kept_by_model_and_digest(store_url: str) -> None:
    store = open_store(store_url)
    store.put_vectors("m1", [("k1", "AAAA"), ("k2", "BBBB")])
    store.put_vectors("m1", [("k1", "CCCC"), ("k3", "DDDD")])  # a kept digest stays
    assert store.vectors("m1", ["k1", "k2", "k3", "k4"]) == {"k1": "AAAA", "k2": "BBBB",
                                                             "k3": "DDDD"}
    assert store.vectors("m2", ["k1"]) == {}  # another model's vectors are not these
    store.put_vectors("m1", [])
    store.close()


def test_a_rerun_embeds_only_text_it_has_not_seen(store_url: str) -> None:
    import numpy as np

    from sourcetrace.nlp import embeddings

    store = open_store(store_url)
    texts = [f"The port of Veloria reopened its terminal number {store_url[-6:]} {i}."
             for i in range(3)]
    embeddings._SEEN.clear()
    with embeddings.lend_store(store):
        first = embeddings.embed(texts)
    assert len(store.vectors(embeddings.model_id(), [embeddings._digest(t) for t in texts])) == 3
    embeddings._SEEN.clear()  # a new process: only the store remembers
    calls: list[int] = []
    real = embeddings._model

    class Counting:
        def encode(self, batch: list[str], **kw: object) -> object:
            calls.append(len(batch))
            return real().encode(batch, **kw)

    embeddings._model = lambda: Counting()  # type: ignore[assignment]
    try:
        with embeddings.lend_store(store):
            again = embeddings.embed([*texts, "A text never seen before."])
    finally:
        embeddings._model = real  # type: ignore[assignment]
    assert calls == [1]  # only the new text went to the model
    assert np.array_equal(again[:3], first)
    store.close()


def test_concurrent_threads_write_safely(store_url: str) -> None:
    open_store(store_url).close()
    errors: list[str] = []
    # Overlapping ranges: several writers race to insert the same articles.
    threads = [
        threading.Thread(target=_writer, args=(store_url, lo, lo + 40, errors))
        for lo in (0, 10, 20, 30)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    store = open_store(store_url)
    assert sorted(a.line for a in store.articles()) == list(range(70))
    keys = {a.id: "k" for a in store.articles()}
    assert len(store.cached_results("article", keys)) == 70
    store.close()


def test_concurrent_processes_write_safely(store_url: str) -> None:
    open_store(store_url).close()
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, store_url, str(lo), str(lo + 30)],
                         stderr=subprocess.PIPE, text=True)
        for lo in (0, 15, 25)
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    store = open_store(store_url)
    assert sorted(a.line for a in store.articles()) == list(range(55))
    store.close()


def test_missing_psycopg_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import now raises ImportError
    with pytest.raises(MissingExtraError) as info:
        open_store("postgresql://nobody@127.0.0.1:1/none")
    assert "pip install 'sourcetrace[postgres]'" in str(info.value)


def test_unreachable_server_is_a_store_error() -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with pytest.raises(StoreError) as info:
        open_store(f"postgres://someone:secret@127.0.0.1:{port}/db")
    assert info.value.code == "E405"
    assert "secret" not in str(info.value)
