"""URLs, feeds and sitemaps from a loopback web site: articles, politeness, cache, failures."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sourcetrace.ingest.fetch import Fetcher, FetchOptions
from sourcetrace.ingest.inputs import ingest
from sourcetrace.models import Article, Rejection


def _split(items: list[Article | Rejection]) -> tuple[list[Article], list[Rejection]]:
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, Rejection)],
    )


def test_page_url_becomes_an_article(site, fetcher) -> None:  # type: ignore[no-untyped-def]
    url = f"{site.base}/news/harbour.html"
    (art,), rejected = _split(list(ingest([url], fetcher=fetcher)))
    assert rejected == []
    assert art.url == url and art.path == url
    assert art.title == "Harbour authority delays dredging plan"
    assert art.outlet == "The Kestrel Gazette"
    assert "postpone a dredging programme" in art.text
    assert "Marta Ilves" in art.text
    for boilerplate in ("tracking", "Copyright", "Sport"):
        assert boilerplate not in art.text
    assert all(agent.startswith("sourcetrace/") for agent in site.agents)


def test_rerun_fetches_nothing_twice(site, fetch_options) -> None:  # type: ignore[no-untyped-def]
    inputs = [f"{site.base}/news/harbour.html", f"feed:{site.base}/feed.rss"]
    with Fetcher(fetch_options) as first:
        run1 = list(ingest(inputs, fetcher=first))
    hits = sum(site.hits.values())
    assert hits > 0 and max(site.hits.values()) == 1  # even within one run, nothing twice
    with Fetcher(fetch_options) as second:  # a new process would start like this
        run2 = list(ingest(inputs, fetcher=second))
        assert second.requests == 0
    assert sum(site.hits.values()) == hits
    assert run2 == run1


def test_robots_txt_is_honoured(site, fetcher) -> None:  # type: ignore[no-untyped-def]
    (rej,) = list(ingest([f"{site.base}/private/memo.html"], fetcher=fetcher))
    assert isinstance(rej, Rejection) and rej.code == "E222"
    assert "robots.txt" in rej.reason
    assert site.hits["/private/memo.html"] == 0
    assert site.hits["/robots.txt"] == 1


def test_rss_feed_articles_with_listing_metadata(site, fetcher) -> None:  # type: ignore[no-untyped-def]
    arts, rejected = _split(list(ingest([f"feed:{site.base}/feed.rss"], fetcher=fetcher)))
    assert [a.title for a in arts] == [
        "Harbour authority delays dredging plan", "City library to open on Sundays from March",
    ]
    # The pages state no date; the feed's pubDate is the publication date.
    assert [(a.published, a.published_basis) for a in arts] == [
        ("2025-03-04", "metadata"), ("2025-03-05", "metadata"),
    ]
    assert sorted((r.path.removeprefix(site.base), r.code) for r in rejected) == [
        ("/news/missing.html", "E221"), ("/private/memo.html", "E222"),
    ]


def test_atom_feed_is_recognised_without_flag(site, fetcher) -> None:  # type: ignore[no-untyped-def]
    (art,) = list(ingest([f"{site.base}/atom.xml"], fetcher=fetcher))
    assert isinstance(art, Article)
    assert art.url == f"{site.base}/news/bridge.html"
    assert art.published == "2025-03-06"


def test_feed_flag_on_a_page_is_rejected(site, fetcher) -> None:  # type: ignore[no-untyped-def]
    (rej,) = list(ingest([f"feed:{site.base}/news/bridge.html"], fetcher=fetcher))
    assert isinstance(rej, Rejection) and rej.code == "E226"


def test_sitemap_index_with_gzipped_news_sitemap(site, fetcher) -> None:  # type: ignore[no-untyped-def]
    arts, rejected = _split(list(ingest([f"{site.base}/sitemap.xml"], fetcher=fetcher)))
    assert rejected == []
    assert [a.url for a in arts] == [f"{site.base}/news/bridge.html", f"{site.base}/news/library.html"]
    # news:publication_date is a publication date; a bare lastmod is not.
    assert [a.published for a in arts] == ["2025-03-06", None]


def test_transient_errors_are_retried_with_backoff(site, fetch_options) -> None:  # type: ignore[no-untyped-def]
    waits: list[float] = []
    with Fetcher(fetch_options, sleep=waits.append) as fetcher:
        (art,) = list(ingest([f"{site.base}/flaky.html"], fetcher=fetcher))
    assert isinstance(art, Article) and "Vessa river bridge" in art.text
    assert site.hits["/flaky.html"] == 3
    assert waits == [0.01, 0.02]  # doubling backoff


def test_persistent_errors_give_up_and_are_not_cached(site, fetch_options) -> None:  # type: ignore[no-untyped-def]
    site.fail_first = 99
    opts = replace(fetch_options, retries=2)
    for expected_hits in (3, 6):
        with Fetcher(opts, sleep=lambda s: None) as fetcher:
            (rej,) = list(ingest([f"{site.base}/flaky.html"], fetcher=fetcher))
        assert isinstance(rej, Rejection) and rej.code == "E221" and "503" in rej.reason
        assert site.hits["/flaky.html"] == expected_hits  # a later run tries again


def test_per_host_rate_limit(site, fetch_options) -> None:  # type: ignore[no-untyped-def]
    waits: list[float] = []
    opts = replace(fetch_options, per_host_interval=5.0)
    with Fetcher(opts, sleep=waits.append) as fetcher:
        list(ingest([f"{site.base}/news/harbour.html", f"{site.base}/news/library.html"],
                    fetcher=fetcher))
    # robots.txt, then two pages: each request after the first waits for its turn.
    assert len(waits) == 2 and all(4.0 < w <= 5.0 for w in waits)


def test_redirect_is_followed_and_final_url_kept(site, fetcher) -> None:  # type: ignore[no-untyped-def]
    (art,) = list(ingest([f"{site.base}/moved"], fetcher=fetcher))
    assert isinstance(art, Article) and art.url == f"{site.base}/news/harbour.html"


def test_failures_become_rejections_with_reasons(site, fetch_options, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opts = replace(fetch_options, max_bytes=100_000, timeout=0.5, retries=0)
    with Fetcher(opts) as fetcher:
        items = list(ingest([
            f"{site.base}/image.png", f"{site.base}/big.html", f"{site.base}/slow.html",
            f"{site.base}/nothing-here.html", "http://127.0.0.1:9/closed-port.html",
        ], fetcher=fetcher))
    assert [(type(i).__name__, getattr(i, "code", None)) for i in items] == [
        ("Rejection", "E223"), ("Rejection", "E224"), ("Rejection", "E220"),
        ("Rejection", "E221"), ("Rejection", "E220"),
    ]
    assert all(isinstance(i, Rejection) and i.reason for i in items)


def test_default_options_are_polite() -> None:
    opts = FetchOptions()
    assert opts.respect_robots and opts.per_host_interval >= 1.0 and opts.retries >= 1
    assert opts.timeout <= 60 and opts.user_agent.startswith("sourcetrace/")
