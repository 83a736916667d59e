"""The report file and the served app in Debian's chromium: no console errors, the graph
renders, a click filters claims, an evidence link highlights its sentence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

pytestmark = pytest.mark.browser


def console_errors(browser: Any) -> list[str]:
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def visible_claims(browser: Any) -> list[str]:
    rows = browser.find_elements(By.CSS_SELECTOR, "#claims-table tbody tr")
    return [r.get_attribute("data-text") for r in rows if r.is_displayed()]


def check_graph(browser: Any) -> None:
    svg = browser.find_element(By.CSS_SELECTOR, "svg.provenance")
    assert svg.size["width"] > 200 and svg.size["height"] > 50
    nodes = svg.find_elements(By.CSS_SELECTOR, "a.node rect")
    assert len(nodes) >= 3 and all(n.size["width"] > 0 for n in nodes)
    denial = svg.find_element(By.CSS_SELECTOR, "path.e-denies")
    assert denial.value_of_css_property("stroke-dasharray") not in ("none", "")


def follow_evidence(browser: Any) -> None:
    """Open the mentions of the first claim and follow its first evidence link."""
    claim = browser.find_element(By.CSS_SELECTOR, "article.claim")
    for summary in claim.find_elements(By.TAG_NAME, "summary"):
        if summary.text.startswith("Mentions"):
            summary.click()
    link = claim.find_element(By.CSS_SELECTOR, "a.evlink")
    key = link.get_attribute("data-ev")
    link.click()
    WebDriverWait(browser, 10).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, "mark.is-current"))
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.is-current")
    assert all(key in m.get_attribute("data-ev").split() for m in marks)
    assert any(m.is_displayed() for m in marks)
    assert marks[0].value_of_css_property("background-color") != \
        browser.find_element(By.TAG_NAME, "body").value_of_css_property("background-color")


def test_report_file(browser: Any, report_file: Path, shots: Path) -> None:
    browser.get(report_file.as_uri())
    assert browser.title == "sourcetrace report"
    check_graph(browser)
    filters = browser.find_element(By.CSS_SELECTOR, ".filters")
    assert filters.is_displayed()  # the script revealed the controls
    assert len(visible_claims(browser)) == 2
    browser.find_element(By.CSS_SELECTOR, "button[data-filter-rel='A']").click()
    assert visible_claims(browser) == ["talks would continue"]
    browser.find_element(By.CSS_SELECTOR, "button[data-filter-rel='']").click()
    browser.find_element(By.ID, "claim-denied").click()
    assert len(visible_claims(browser)) == 1 and "seized" in visible_claims(browser)[0]
    follow_evidence(browser)
    browser.save_screenshot(str(shots / "report-evidence.png"))
    assert console_errors(browser) == []


def test_report_in_a_narrow_window(browser: Any, report_file: Path, shots: Path) -> None:
    browser.set_window_size(390, 900)
    try:
        browser.get(report_file.as_uri())
        width = browser.execute_script("return document.documentElement.scrollWidth")
        inner = browser.execute_script("return window.innerWidth")
        assert width <= inner + 1  # wide parts (graphs) scroll inside their own box
        browser.save_screenshot(str(shots / "report-narrow.png"))
    finally:
        browser.set_window_size(1200, 900)


def test_keyboard_reaches_the_filters(browser: Any, report_file: Path) -> None:
    browser.get(report_file.as_uri())
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("\t")
    assert browser.switch_to.active_element.get_attribute("class") == "skip"


def test_served_app(browser: Any, served: str, shots: Path) -> None:
    browser.get(f"{served}/claims")
    assert len(visible_claims(browser)) == 2
    browser.find_element(By.CSS_SELECTOR, "button[data-filter-rel='D']").click()
    assert len(visible_claims(browser)) == 1
    browser.get(f"{served}/claims/c-seized")
    check_graph(browser)
    follow_evidence(browser)
    assert "/articles/a1" in browser.current_url
    browser.save_screenshot(str(shots / "app-evidence.png"))
    for path in ("/speakers", "/outlets", "/timeline", "/articles",
                 "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/"):
        browser.get(served + path)
        assert browser.find_element(By.TAG_NAME, "main").is_displayed()
    assert "Overview" in browser.page_source
    browser.save_screenshot(str(shots / "app-overview.png"))
    assert console_errors(browser) == []



def test_the_claims_table_sorts_and_keeps_its_state_in_the_address(browser: Any,
                                                                     served: str) -> None:
    browser.get(f"{served}/claims")
    before = visible_claims(browser)
    browser.find_element(By.CSS_SELECTOR, "th[data-sort='sources'] button").click()
    sources = [int(r.get_attribute("data-sources")) for r in
               browser.find_elements(By.CSS_SELECTOR, "#claims-table tbody tr")]
    assert sources == sorted(sources, reverse=True)
    assert browser.find_element(By.CSS_SELECTOR, "th[data-sort='sources']"
                                ).get_attribute("aria-sort") == "descending"
    browser.find_element(By.CSS_SELECTOR, "button[data-filter-rel='D']").click()
    assert "sort=sources" in browser.current_url and "reliability=D" in browser.current_url
    shown = visible_claims(browser)
    assert len(shown) == 1 and len(before) == 2
    # The address is the view: opened again (bookmarked, shared), it shows the same.
    browser.get(browser.current_url)
    assert visible_claims(browser) == shown
    assert browser.find_element(By.CSS_SELECTOR, "button[data-filter-rel='D']"
                                ).get_attribute("aria-pressed") == "true"
    assert console_errors(browser) == []


def test_a_highlight_leads_to_its_claim(browser: Any, served: str) -> None:
    """A click on a marked statement in the article opens the claim it belongs to; the
    app's scripts come from the app itself (its policy allows no inline script)."""
    browser.get(f"{served}/articles/a1")
    marks = [m for m in browser.find_elements(By.CSS_SELECTOR, "mark.is-link")
             if m.is_displayed()]
    assert marks, "no highlight leads anywhere"
    target = marks[0].get_attribute("data-go")
    assert target.startswith("/claims/") or target.startswith("/speakers/")
    marks[0].click()
    WebDriverWait(browser, 10).until(lambda b: b.current_url.endswith(target))
    assert browser.find_element(By.TAG_NAME, "main").is_displayed()
    assert console_errors(browser) == []


def test_report_reads_without_javascript(no_js_browser: Any, report_file: Path,
                                         shots: Path) -> None:
    no_js_browser.get(report_file.as_uri())
    assert not no_js_browser.find_element(By.CSS_SELECTOR, ".filters").is_displayed()
    assert len(visible_claims(no_js_browser)) == 2  # everything shown, nothing filtered
    check_graph(no_js_browser)
    no_js_browser.find_element(By.CSS_SELECTOR, "a[href='#articles']").click()
    assert no_js_browser.find_element(By.ID, "articles").is_displayed()
    no_js_browser.save_screenshot(str(shots / "report-no-js.png"))


def test_report_of_the_seed_articles(browser: Any, seeds_analysis: Any, tmp_path: Path,
                                     shots: Path) -> None:
    from sourcetrace.report import write_report

    path = tmp_path / "seeds.html"
    write_report(seeds_analysis, path)
    browser.get(path.as_uri())
    graphs = browser.find_elements(By.CSS_SELECTOR, "svg.provenance")
    assert len(graphs) == len(seeds_analysis.claims)
    assert browser.find_elements(By.CSS_SELECTOR, "svg.provenance path.e-denies")
    browser.execute_script("arguments[0].scrollIntoView()", graphs[0])
    browser.save_screenshot(str(shots / "seeds-central-claim.png"))
    assert console_errors(browser) == []


def test_upload_from_the_app(browser: Any, served_writable: str, tmp_path: Path) -> None:
    """The app's own form posts a file and lands on the job it started (the app's
    referrer policy once made Chromium send "Origin: null", refused as cross-site)."""
    article = tmp_path / "upload.txt"
    article.write_text("Freedonia denied on Monday that it had sent troops to the border, "
                       "a spokesman said.\n", "utf-8")
    browser.get(f"{served_writable}/articles")
    browser.find_element(By.CSS_SELECTOR, "form.upload input[type=file]").send_keys(str(article))
    browser.find_element(By.CSS_SELECTOR, "form.upload button, form.upload input[type=submit]").click()
    WebDriverWait(browser, 15).until(lambda b: "/jobs/" in b.current_url)
    assert "E_CROSS_SITE" not in browser.page_source
    assert browser.find_element(By.TAG_NAME, "main").is_displayed()
    # The job page refreshes itself until the re-analysis ends; then the claims show the
    # uploaded article's statement.
    WebDriverWait(browser, 240, poll_frequency=1).until(
        lambda b: "See the results" in b.page_source or "failed" in b.page_source)
    assert "See the results" in browser.page_source, browser.page_source[-2000:]
    browser.get(f"{served_writable}/search?q=troops")
    claims = browser.find_element(By.ID, "search-claims").text
    assert "troops" in claims and "(0)" not in claims.split("\n")[0], claims
