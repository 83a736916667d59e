"""The web app and JSON API through FastAPI's TestClient: pages, filters, errors, uploads."""

from __future__ import annotations

import time
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sourcetrace.api import create_app

PAGES = ["/", "/claims", "/claims/c-seized", "/speakers", "/outlets", "/timeline", "/articles",
         "/articles/a1", "/search?q=ferry", "/search?q=%3Cscript%3E"]
HOSTILE_RAW = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
               "<script>alert(2)</script>", "<b>by the port</b>", "<i>anonymous</i>")


def assert_error(resp: Any, status: int) -> None:
    """The one error shape: {"error": {"status", "code", "message"}} and nothing else."""
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    assert body["error"]["code"].startswith("E")
    assert body["error"]["message"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_and_escape_hostile_text(client: TestClient, path: str) -> None:
    resp = client.get(path)
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/html")
    html = resp.text
    for raw in HOSTILE_RAW:
        assert raw not in html
    assert html.count("<script") == 1  # only the page's own script
    assert "Content-Security-Policy" in resp.headers


def test_article_page_marks_evidence_and_escapes(client: TestClient) -> None:
    html = client.get("/articles/a1").text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'id="ev-a1-' in html and "<mark" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &quot;Quoted&quot;" in html


def test_claim_page_has_graph_with_denial(client: TestClient) -> None:
    html = client.get("/claims/c-seized").text
    assert '<svg class="provenance"' in html
    assert "e-denies" in html and "n-denies" in html
    assert 'href="/articles/a1#ev-a1-' in html  # evidence links go to the marked sentence


def test_search_finds_claims_and_articles(client: TestClient) -> None:
    html = client.get("/search", params={"q": "talks"}).text
    assert "Talks would continue" in html
    assert "/articles/a3" in html


def test_lists_paginate(client: TestClient) -> None:
    first = client.get("/api/speakers", params={"limit": 2, "offset": 0}).json()
    second = client.get("/api/speakers", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 5
    assert len(first["items"]) == 2 and len(second["items"]) == 2
    assert {s["id"] for s in first["items"]}.isdisjoint({s["id"] for s in second["items"]})
    assert (first["limit"], first["offset"]) == (2, 0)


@pytest.mark.parametrize(
    ("kind", "params", "expected"),
    [
        ("claims", {"denied": "true"}, ["c-seized"]),
        ("claims", {"reliability": "A"}, ["c-talks"]),
        ("claims", {"article": "a1"}, ["c-seized"]),
        ("claims", {"q": "TALKS"}, ["c-talks"]),
        ("speakers", {"type": "person"}, ["sp-lind"]),
        ("citations", {"article": "a3"}, ["ci1"]),
        ("events", {"date_from": "2024-05-01"}, ["e1"]),
        ("articles", {"copies": "false"}, ["a1", "a3"]),
        ("articles", {"outlet": "Valley Courier"}, ["a3"]),
    ],
)
def test_lists_filter(client: TestClient, kind: str, params: dict[str, str],
                      expected: list[str]) -> None:
    body = client.get(f"/api/{kind}", params=params).json()
    assert sorted(i["id"] for i in body["items"]) == expected


def test_claims_sorted_by_reach(client: TestClient) -> None:
    items = client.get("/api/claims").json()["items"]
    reach = [len(c["articles"]) for c in items]
    assert reach == sorted(reach, reverse=True)


def test_article_list_leaves_text_out_but_item_has_it(client: TestClient) -> None:
    listed = client.get("/api/articles").json()["items"]
    assert all("text" not in a for a in listed)
    assert "ferry" in client.get("/api/articles/a1").json()["text"]


@pytest.mark.parametrize("kind", ["articles", "claims", "speakers", "citations", "events"])
def test_items_and_unknown_ids(client: TestClient, kind: str) -> None:
    first = client.get(f"/api/{kind}", params={"limit": 1}).json()["items"][0]
    assert client.get(f"/api/{kind}/{first['id']}").json()["id"] == first["id"]
    assert_error(client.get(f"/api/{kind}/no-such-id"), 404)


def test_every_error_has_the_one_shape(client: TestClient, hostile_db: str) -> None:
    assert_error(client.get("/api/nothing-here"), 404)
    assert_error(client.get("/api/jobs/unknown"), 404)
    assert_error(client.get("/api/claims", params={"limit": 0}), 422)
    assert_error(client.get("/api/claims", params={"offset": -1}), 422)
    assert_error(client.get("/api/claims", params={"denied": "maybe"}), 422)
    # Malformed filter values say so instead of returning an empty page.
    for path, params in (("/api/claims", {"grade": "b3"}), ("/api/claims", {"reliability": "G"}),
                         ("/api/articles", {"published_from": "notadate"}),
                         ("/api/events", {"date_to": "3 May"}),
                         ("/api/speakers", {"type": "martian"}),
                         ("/api/citations", {"kind": "rumour"})):
        assert_error(client.get(path, params=params), 422)
    assert client.get("/api/claims", params={"grade": "B3"}).status_code == 200
    assert client.get("/api/articles", params={"published_from": "2023-02"}).status_code == 200
    assert_error(client.delete("/api/claims"), 405)
    assert_error(client.post("/api/articles", json={"text": "x"}), 403)  # read-only
    writable = TestClient(create_app(hostile_db, max_upload_bytes=200))
    assert_error(writable.post("/api/articles", content=b"hi", headers={"content-type": "text/plain"}), 415)
    assert_error(writable.post("/api/articles", content=b"{oops",
                               headers={"content-type": "application/json"}), 400)
    assert_error(writable.post("/api/articles", json={"title": "no text"}), 422)
    assert_error(writable.post("/api/articles", json={"text": "x" * 500}), 413)
    assert_error(writable.post("/api/articles", files={"file": ("a.exe", b"MZ")}), 415)
    for cross in ({"origin": "https://evil.example"}, {"origin": "null"},
                  {"sec-fetch-site": "cross-site", "origin": "http://testserver"},
                  {"sec-fetch-site": "same-site"}):
        assert_error(writable.post("/api/articles", json={"text": "x"}, headers=cross), 403)
    locked = TestClient(create_app(hostile_db, token="s3cret"))
    assert_error(locked.get("/api/claims"), 401)


def test_unknown_page_is_html_for_browsers(client: TestClient) -> None:
    resp = client.get("/claims/nope", headers={"accept": "text/html"})
    assert resp.status_code == 404 and "<main" in resp.text
    assert_error(client.get("/claims/nope"), 404)


def test_token_by_header_query_and_cookie(hostile_db: str) -> None:
    locked = TestClient(create_app(hostile_db, token="s3cret"))
    assert locked.get("/api/claims", headers={"authorization": "Bearer s3cret"}).status_code == 200
    assert locked.get("/api/claims", headers={"authorization": "Bearer wrong"}).status_code == 401
    assert locked.get("/", params={"token": "s3cret"}).status_code == 200
    assert locked.get("/claims").status_code == 200  # the cookie set by ?token=


def test_a_token_in_the_address_is_taken_out_of_it(hostile_db: str) -> None:
    locked = TestClient(create_app(hostile_db, token="s3cret"))
    first = locked.get("/claims", params={"token": "s3cret", "grade": "D4"},
                       follow_redirects=False)
    # The page is asked again without the secret; the cookie carries it from now on.
    assert first.status_code == 303 and first.headers["location"] == "/claims?grade=D4"
    assert "s3cret" in first.headers["set-cookie"]
    assert locked.get(first.headers["location"]).status_code == 200
    # The JSON API answers in place: a client that sent ?token= gets its data.
    api = TestClient(create_app(hostile_db, token="s3cret"))
    assert api.get("/api/claims", params={"token": "s3cret"}).status_code == 200


def test_the_app_runs_no_inline_script(client: TestClient) -> None:
    page = client.get("/claims")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline'; img" not in policy
    assert "script-src 'unsafe-inline'" not in policy
    assert '<script src="/assets/app.js"></script>' in page.text
    assert "<script>" not in page.text
    js = client.get("/assets/app.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    assert "claimFilter" in js.text


def _wait(c: TestClient, url: str) -> dict[str, Any]:
    deadline = time.monotonic() + 60
    while True:
        job = c.get(url).json()
        if job["status"] in ("done", "failed") or time.monotonic() > deadline:
            return job
        time.sleep(0.1)


def test_json_upload_reanalyses_in_background(writable_db: str) -> None:
    with TestClient(create_app(writable_db, stages=["ingest", "dedupe"])) as c:
        before = c.get("/api/articles").json()["total"]
        resp = c.post("/api/articles", json=[{
            "title": "<script>alert(3)</script> New report", "outlet": "Lake Gazette",
            "published": "2024-05-07", "text": "The harbour reopened on Monday, officials said."}])
        assert resp.status_code == 202
        job = _wait(c, resp.json()["url"])
        assert job["status"] == "done", job
        assert len(job["articles_added"]) == 1
        assert c.get("/api/articles").json()["total"] == before + 1
        page = c.get("/articles").text
        assert "New report" in page and "<script>alert(3)" not in page
        assert job["id"] in c.get(f"/jobs/{job['id']}").text


def test_file_upload(writable_db: str) -> None:
    with TestClient(create_app(writable_db, stages=["ingest", "dedupe"])) as c:
        files = [("file", ("note.txt", b"Title: Ferry update\n\nThe ferry sailed again on Friday.")),
                 ("file", ("more.md", b"# Second\n\nA second short story about ports."))]
        resp = c.post("/api/articles", files=files)
        assert resp.status_code == 202
        job = _wait(c, resp.json()["url"])
        assert job["status"] == "done" and len(job["articles_added"]) == 2


def test_openapi_document(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/claims", "/api/speakers", "/api/citations",
                 "/api/events", "/api/claims/{item_id}", "/api/jobs/{job_id}"):
        assert path in doc["paths"]
    post = doc["paths"]["/api/articles"]["post"]
    assert {"application/json", "multipart/form-data"} <= set(post["requestBody"]["content"])
    assert "ArticleIn" in doc["components"]["schemas"]


def test_app_sees_a_new_analysis_written_by_another_process(writable_db: str) -> None:
    from sourcetrace.analysis import load, save
    from sourcetrace.store import open_store

    app = create_app(writable_db, read_only=True)
    app.state.sourcetrace.recheck_seconds = 0.0
    c = TestClient(app)
    assert c.get("/api/claims").json()["total"] == 2
    store = open_store(writable_db)
    doc = load(store).to_dict()
    doc["claims"] = doc["claims"][:1]
    save(store, doc, store.articles())
    assert c.get("/api/claims").json()["total"] == 1


def test_browser_form_upload_redirects_to_job_page(writable_db: str) -> None:
    with TestClient(create_app(writable_db, stages=["ingest"])) as c:
        form = c.get("/articles").text
        assert 'enctype="multipart/form-data"' in form and 'name="file"' in form
        resp = c.post("/api/articles", files={"file": ("x.txt", b"A short story about ships.")},
                      headers={"accept": "text/html", "origin": "http://testserver"},
                      follow_redirects=False)
        assert resp.status_code == 303 and resp.headers["location"].startswith("/jobs/")
        job_id = resp.headers["location"].rsplit("/", 1)[1]
        assert _wait(c, f"/api/jobs/{job_id}")["status"] == "done"
        assert "new articles" in c.get(resp.headers["location"]).text


def test_internal_errors_keep_the_shape(hostile_db: str) -> None:
    app = create_app(hostile_db, read_only=True)

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("boom: secret detail")

    app.state.sourcetrace.store.findings = broken  # reading the analysis fails
    c = TestClient(app, raise_server_exceptions=False)
    resp = c.get("/api/claims")
    assert_error(resp, 500)
    assert "secret detail" not in resp.text  # internals are not leaked


def test_list_pages_filter_from_the_address(client: TestClient) -> None:
    # Bookmarkable filters on the claims and sources pages, with a note saying so.
    html = client.get("/claims", params={"reliability": "D"}).text
    assert "c-seized" in html and "/claims/c-talks" not in html
    assert "Showing 1 of 2 claims where reliability = D" in html
    html = client.get("/claims", params={"denied": "true"}).text
    assert "c-seized" in html and "/claims/c-talks" not in html
    html = client.get("/speakers", params={"type": "person"}).text
    assert "Minister Ada Lind" in html and "Port officials" not in html
    assert client.get("/claims", params={"grade": "d4"},
                      headers={"accept": "text/html"}).status_code == 422
    # Search finds a claim by who asserts or denies it, not only by its words.
    html = client.get("/search", params={"q": "Port officials"}).text
    assert "/claims/c-seized" in html


def test_a_claims_mentions_can_be_looked_up(client: TestClient) -> None:
    claim = client.get("/api/claims/c-seized").json()
    for mid in claim["mentions"]:
        att = client.get(f"/api/attributions/{mid}").json()
        assert att["id"] == mid and "content" in att
    page = client.get("/api/attributions", params={"stance": "denies"}).json()
    assert page["total"] >= 1 and all(a["stance"] == "denies" for a in page["items"])
    assert_error(client.get("/api/attributions", params={"stance": "maybe"}), 422)
    assert_error(client.get("/api/attributions/nope"), 404)


def test_each_source_and_outlet_has_a_page_of_its_own(client: TestClient) -> None:
    speakers = client.get("/api/speakers", params={"limit": 200}).json()["items"]
    spk = next(s for s in speakers if s.get("articles"))
    page = client.get(f"/speakers/{spk['id']}")
    assert page.status_code == 200
    assert f'id="spk-{spk["id"]}"' in page.text and "<details open>" in page.text
    assert "asserts or denies" in page.text
    # the lists link to these pages
    assert f'href="/speakers/{spk["id"]}"' in client.get("/speakers").text
    outlets_page = client.get("/outlets").text
    import re

    slug = re.search(r'id="outlet-([\w-]+)"', outlets_page).group(1)  # type: ignore[union-attr]
    assert f'href="/outlets/{slug}"' in outlets_page
    one = client.get(f"/outlets/{slug}")
    assert one.status_code == 200 and f'id="outlet-{slug}"' in one.text
    assert "reported first here" in one.text
    assert_error(client.get("/speakers/nope", headers={"accept": "application/json"}), 404)
    assert_error(client.get("/outlets/nope", headers={"accept": "application/json"}), 404)


@pytest.mark.parametrize(("fmt", "media"), [("json", "application/json"),
                                            ("csv", "application/zip"),
                                            ("graphml", "application/xml"),
                                            ("gexf", "application/xml"),
                                            ("jsonld", "application/ld+json")])
def test_the_overview_offers_every_export_as_a_download(client: TestClient, fmt: str,
                                                        media: str) -> None:
    assert f'href="/export/{fmt}"' in client.get("/").text
    resp = client.get(f"/export/{fmt}")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith(media)
    assert "attachment" in resp.headers["content-disposition"]
    if fmt == "json":
        assert resp.json()["schema"] == "sourcetrace/1"
    if fmt == "csv":
        import io
        import zipfile

        names = zipfile.ZipFile(io.BytesIO(resp.content)).namelist()
        assert "claims.csv" in names and "articles.csv" in names
    assert_error(client.get("/export/pdf", headers={"accept": "application/json"}), 404)


def test_head_is_get_without_a_body_and_counts_read_in_the_singular(client: TestClient) -> None:
    for path in ("/", "/claims", "/api/claims"):
        got = client.head(path)
        assert got.status_code == 200 and got.content == b"", path
        assert got.headers["content-type"] == client.get(path).headers["content-type"]
    assert client.head("/no-such-page").status_code == 404
    assert "1 articles" not in client.get("/speakers").text
    assert " 1 statements" not in client.get("/speakers").text


def test_the_rubric_has_a_page_linked_from_the_claims(client: TestClient) -> None:
    from sourcetrace.provenance.grade import grade_legend

    page = client.get("/grading")
    assert page.status_code == 200
    assert all(words in page.text for _, words in grade_legend()[0])
    assert 'href="/grading"' in client.get("/claims").text
