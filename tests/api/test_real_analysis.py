"""The web app over a real analysis of the seed articles: every page renders, counts agree."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from sourcetrace.api import create_app


def test_every_page_of_a_real_analysis(seeds_analysis: Any) -> None:
    c = TestClient(create_app(seeds_analysis.db, read_only=True))
    for kind in ("articles", "claims", "speakers", "citations", "events"):
        body = c.get(f"/api/{kind}", params={"limit": 500}).json()
        assert body["total"] == len(getattr(seeds_analysis, kind)), kind
    paths = ["/", "/claims", "/speakers", "/outlets", "/timeline", "/articles", "/search?q=China"]
    paths += [f"/claims/{cl['id']}" for cl in seeds_analysis.claims]
    paths += [f"/articles/{a['id']}" for a in seeds_analysis.articles]
    for path in paths:
        resp = c.get(path)
        assert resp.status_code == 200, path
    # Evidence links on claim pages point at anchors that exist on the article pages.
    claim = max(seeds_analysis.claims, key=lambda cl: len(cl["articles"]))
    page = c.get(f"/claims/{claim['id']}").text
    links = [h for h in page.split('href="')[1:] if h.startswith("/articles/") and "#ev-" in h]
    assert links
    for href in {h.split('"', 1)[0] for h in links}:
        path, anchor = href.split("#", 1)
        assert f'id="{anchor}"' in c.get(path).text
