"""A store built from the hand-made hostile v1 document, and a real server on loopback."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

HOSTILE = Path(__file__).resolve().parents[1] / "report" / "data" / "hostile_v1.json"
ARTICLE_FIELDS = ("id", "text", "path", "title", "outlet", "url", "author", "published",
                  "published_basis", "language", "line")


def build_db(path: Path) -> str:
    """Write the hostile document into a fresh SQLite store, as `analyze` would have."""
    from sourcetrace.analysis import save
    from sourcetrace.models import Article
    from sourcetrace.store import open_store

    doc = json.loads(HOSTILE.read_text("utf-8"))
    articles = [Article(**{k: a[k] for k in ARTICLE_FIELDS}, credits=tuple(a["credits"]))
                for a in doc["articles"]]
    store = open_store(path)
    store.add_articles(articles)
    save(store, doc, articles)
    store.close()
    return str(path)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """uvicorn in a thread on a free loopback port."""

    def __init__(self, app: object) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")  # type: ignore[arg-type]
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_db(tmp_path_factory.mktemp("hostile") / "hostile.db")


@pytest.fixture()
def writable_db(hostile_db: str, tmp_path: Path) -> str:
    """A private copy for tests that add articles."""
    copy = tmp_path / "copy.db"
    shutil.copy(hostile_db, copy)
    return str(copy)


@pytest.fixture(scope="session")
def client(hostile_db: str) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from sourcetrace.api import create_app

    with TestClient(create_app(hostile_db, read_only=True)) as c:
        yield c


@pytest.fixture()
def live_server() -> type[LiveServer]:
    """The ``LiveServer`` context manager (fixtures are how test modules share code here)."""
    return LiveServer
