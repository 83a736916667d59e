"""The screenshots in docs/web.md, taken from the web app over the demo corpus.

    .venv/bin/python docs/screenshots.py        # needs Debian's chromium (.ci/install-browser.sh)

Analyses ``demo/corpus`` (a fictional story written for this project, so the pictures
show no one else's text) into a temporary store, serves the app on loopback and saves
the claims table, the most carried claim's page, its first source's page and the page
of the article that first reported it to ``docs/img/``.
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "img"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


def _browser() -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                 "--window-size=1280,900", "--force-device-scale-factor=1"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def main() -> None:
    import uvicorn

    from sourcetrace import analyze
    from sourcetrace.api import create_app

    if not Path(CHROMIUM).is_file():
        sys.exit("chromium is not installed: run .ci/install-browser.sh")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="st-shots-") as tmp:
        db = Path(tmp) / "demo.db"
        result = analyze([str(REPO / "demo" / "corpus")], db=f"sqlite:///{db}")
        claim = max(result.claims, key=lambda c: len(c["articles"]))
        speaker = next(iter(claim.get("asserted_by") or []), None)
        article = claim["articles"][0]
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(str(db), read_only=True),
                                               host="127.0.0.1", port=port,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        pages = {"claims-table": "/claims", "claim-page": f"/claims/{claim['id']}",
                 "article-page": f"/articles/{article}"}
        if speaker:
            pages["speaker-page"] = f"/speakers/{speaker}"
        browser = _browser()
        try:
            for name, path in pages.items():
                browser.get(f"http://127.0.0.1:{port}{path}")
                time.sleep(0.3)
                browser.save_screenshot(str(OUT / f"{name}.png"))
                print(f"{name}: {path} -> docs/img/{name}.png")
        finally:
            browser.quit()
            server.should_exit = True
            thread.join(timeout=10)


if __name__ == "__main__":
    main()
