"""Debian chromium driven by Selenium; a hostile-text store served on loopback; the report file."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
HOSTILE = REPO / "tests" / "report" / "data" / "hostile_v1.json"
SHOTS = REPO / "test-output"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--window-size=1200,900")
ARTICLE_FIELDS = ("id", "text", "path", "title", "outlet", "url", "author", "published",
                  "published_basis", "language", "line")


@pytest.fixture(scope="session")
def shots() -> Path:
    SHOTS.mkdir(exist_ok=True)
    return SHOTS


def _driver(*extra: str) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    assert Path(CHROMIUM).is_file() and Path(CHROMEDRIVER).is_file(), \
        "install Debian's chromium and chromium-driver (.ci/install-browser.sh)"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, *extra):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    return driver


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    driver = _driver()
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture()
def no_js_browser() -> Iterator[Any]:
    driver = _driver("--blink-settings=scriptEnabled=false")
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def doc() -> dict[str, Any]:
    return json.loads(HOSTILE.read_text("utf-8"))


@pytest.fixture(scope="session")
def report_file(doc: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sourcetrace.report import write_report

    path = tmp_path_factory.mktemp("report") / "report.html"
    write_report(doc, path)
    return path


@pytest.fixture(scope="session")
def served(doc: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The web app over a store holding the hostile document, under uvicorn on loopback."""
    yield from _serve(doc, tmp_path_factory, read_only=True)


@pytest.fixture()
def served_writable(doc: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same, accepting uploads (its own store, so uploads do not reach other tests)."""
    yield from _serve(doc, tmp_path_factory, read_only=False)


def _serve(doc: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, *,
           read_only: bool) -> Iterator[str]:
    import uvicorn

    from sourcetrace.analysis import save
    from sourcetrace.api import create_app
    from sourcetrace.models import Article
    from sourcetrace.store import open_store

    articles = [Article(**{k: a[k] for k in ARTICLE_FIELDS}, credits=tuple(a["credits"]))
                for a in doc["articles"]]
    db = tmp_path_factory.mktemp("served") / "served.db"
    store = open_store(db)
    store.add_articles(articles)
    save(store, doc, articles)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(str(db), read_only=read_only),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
