"""The self-contained report: no network, escaping, marks, claims order, graph, empty input."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.report import ReportData, render_report, write_report
from sourcetrace.report.claims import GRADE_NOTE
from sourcetrace.report.data import Evidence
from sourcetrace.report.graph import provenance_graph
from sourcetrace.report.marks import render_marked

HOSTILE = Path(__file__).with_name("data") / "hostile_v1.json"


class Collect(HTMLParser):
    """Every start tag with its attributes, the ids, and the text of marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ids: set[str] = set()
        self.id_list: list[str] = []
        self.text: list[str] = []
        self.depth = 0
        self.max_mark_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if a.get("id"):
            self.ids.add(str(a["id"]))
            self.id_list.append(str(a["id"]))
        if tag == "mark":
            self.depth += 1
            self.max_mark_depth = max(self.max_mark_depth, self.depth)

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return json.loads(HOSTILE.read_text("utf-8"))


@pytest.fixture(scope="module")
def page(doc: dict[str, Any]) -> str:
    return render_report(doc)


@pytest.fixture(scope="module")
def parsed(page: str) -> Collect:
    p = Collect()
    p.feed(page)
    return p


def test_report_makes_no_network_requests(page: str, parsed: Collect) -> None:
    for tag, attrs in parsed.tags:
        assert tag not in ("link", "iframe", "img", "object", "embed", "base"), tag
        for name in ("src", "href", "action", "srcset", "poster", "data"):
            value = attrs.get(name)
            if value is None:
                continue
            if tag == "a" and name == "href" and value.startswith(("http://", "https://")):
                # A link to an article's original is fetched only when clicked, and then
                # without a referrer.
                assert "noreferrer" in (attrs.get("rel") or ""), (tag, value)
                continue
            assert value.startswith("#"), (tag, name, value)
        if tag == "script":
            assert "src" not in attrs
    styles = re.findall(r"<style>(.*?)</style>", page, flags=re.S)
    assert styles and not any("url(" in s or "@import" in s for s in styles)
    # The CSP forbids fetches even if a bug slipped a URL in.
    csp = [a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv")]
    assert csp and "default-src 'none'" in str(csp[0])


def test_hostile_text_is_escaped(page: str, doc: dict[str, Any], parsed: Collect) -> None:
    assert page.count("<script") == 1
    for raw in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "<script>alert(2)</script>", "<b>by the port</b>", '"Outlet" <b>'):
        assert raw not in page
    # Attribute values survive the round trip: quotes cannot break out of them.
    texts = {a.get("data-text") for t, a in parsed.tags if t == "tr"}
    assert doc["claims"][0]["text"].casefold() in texts
    assert "<script>alert(1)</script> \"Quoted\" & 'single' title" in "".join(parsed.text)


def test_marks_survive_overlapping_and_nested_spans() -> None:
    text = "A <b>bold</b> & \"quoted\" sentence. Another one here."
    spans = [(0, 30), (2, 13), (10, 40), (31, 52), (31, 52), (0, 52), (60, 70), (5, 5)]
    out = render_marked(text, [Evidence("x", s, "attribution") for s in spans])
    p = Collect()
    p.feed(out)
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert p.max_mark_depth == 1  # marks never nest
    assert {f"ev-x-{s}-{e}" for s, e in spans if s < e and e <= len(text)} <= p.ids
    assert "<b>" not in out


def test_claims_sorted_by_reach_with_grade_note(page: str, doc: dict[str, Any]) -> None:
    assert html.escape(GRADE_NOTE, quote=True) in page
    ids = re.findall(r'<article class="claim" id="claim-([^"]+)"', page)
    reach = {c["id"]: len(c["articles"]) for c in doc["claims"]}
    assert [reach[i] for i in ids] == sorted(reach.values(), reverse=True)
    assert "D4" in page and "not whether it is true" in page


def test_every_fragment_link_has_a_target(parsed: Collect) -> None:
    targets = {a["href"][1:] for t, a in parsed.tags if t == "a" and (a.get("href") or "").startswith("#")}
    assert targets and targets <= parsed.ids, targets - parsed.ids
    assert any(t.startswith("ev-a1-") for t in targets)  # findings link to evidence sentences


def test_ids_are_unique(parsed: Collect) -> None:
    assert len(parsed.id_list) == len(set(parsed.id_list))


def test_analyze_html_option(tmp_path: Path, seeds_dir: Path) -> None:
    from typer.testing import CliRunner

    from sourcetrace.cli import app as cli

    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["analyze", str(seeds_dir), "--db", str(tmp_path / "x.db"),
                                      "--stages", "ingest,dedupe", "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    assert page.count('<article class="article"') == 5 and "Duplicate groups" in page


def test_provenance_graph_collapses_copies_and_marks_denials(doc: dict[str, Any]) -> None:
    data = ReportData.of(doc)
    g = provenance_graph(data, data.claim_by_id["c-seized"])
    assert "a:a2" not in g and "(+1 copy)" in g.nodes["a:a1"]["label"]
    assert g.edges["a:a1", "s:sp-auth"]["kind"] == "denies"
    assert "denies" in g.nodes["s:sp-auth"]["classes"]
    assert "first" in g.nodes["o:Harbor Ledger"]["classes"]
    assert g.has_edge("o:Harbor Ledger", "s:sp-two")  # the source was relayed via the outlet
    assert "earliest" in g.nodes["a:a1"]["classes"]


def test_report_svg_draws_the_graph(page: str) -> None:
    svg = re.search(r'<article class="claim" id="claim-c-seized".*?(<svg.*?</svg>)', page, re.S)
    assert svg is not None
    assert svg.group(1).count('class="node') == 7 and "e-denies" in svg.group(1)
    assert 'role="img"' in svg.group(1) and "<title" in svg.group(1)


def test_accessible_structure(page: str) -> None:
    for landmark in ("<header", "<nav", "<main", "<footer", 'lang="en"', 'class="skip"',
                     '<label for="claim-filter"', "<caption>", 'scope="col"'):
        assert landmark in page
    assert "@media print" in page and "max-width: 40rem" in page


def test_empty_analysis_renders(tmp_path: Path) -> None:
    out = tmp_path / "empty.html"
    write_report({}, out)
    text = out.read_text("utf-8")
    assert "No claims were found" in text and "No articles" in text


def test_seeds_report_shows_central_claim_with_denials(seeds_analysis: Any, tmp_path: Path) -> None:
    out = tmp_path / "seeds.html"
    write_report(seeds_analysis, out)
    page = out.read_text("utf-8")
    data = ReportData.of(seeds_analysis)
    ranked = data.claims_by_reach()
    assert ranked, "the seeds should yield claims"
    central = ranked[0]
    assert f'id="claim-{central["id"]}"' in page
    # The widely carried, disputed claim: its graph shows the denial in its own style.
    disputed = next(c for c in ranked[:5] if c.get("denied_by"))
    graph = provenance_graph(data, disputed)
    assert any(d["kind"] == "denies" for *_, d in graph.edges(data=True))
    block = page.split(f'id="claim-{disputed["id"]}"', 1)[1].split("</article>", 1)[0]
    assert "<svg" in block and ("e-denies" in block or "n-denies" in block)
    assert "not whether it is true" in page


def test_article_stances_listed_and_disputing_articles_styled(doc: dict[str, Any],
                                                              page: str) -> None:
    data = ReportData.of(doc)
    g = provenance_graph(data, data.claim_by_id["c-seized"])
    assert "denies" in g.nodes["a:a3"]["classes"] and "denies" not in g.nodes["a:a1"]["classes"]
    block = page.split('id="claim-c-seized"', 1)[1].split("</article>", 1)[0]
    assert "How each article treats it (3)" in block and 's-denies">denies' in block


def test_timeline_orders_events_and_shows_ranges(doc: dict[str, Any]) -> None:
    from sourcetrace.report.links import Links
    from sourcetrace.report.sections import timeline

    events = [dict(doc["events"][0], date_range=["2024-05-01", "2024-05-03"], approximate=True),
              *doc["events"][1:]]
    out = timeline(ReportData.of({**doc, "events": events}), Links())
    dates = re.findall(r"<time[^>]*>([^<]+)</time>", out)
    assert dates == sorted(d for d in dates if d != "undated") + ["undated"]
    assert "about 2024-05-01 to 2024-05-03" in out


def test_related_mentions_are_flagged_and_left_out_of_the_graph(doc: dict[str, Any]) -> None:
    # The same claim with the Harbor Ledger's mention marked as only related to it (so,
    # as provenance does, the Ledger is no longer among those asserting it).
    loose = json.loads(json.dumps(doc))
    claim = next(c for c in loose["claims"] if c["id"] == "c-seized")
    claim["related"] = ["t4"]
    claim["asserted_by"] = [s for s in claim["asserted_by"] if s != "sp-ledger"]
    data = ReportData.of(loose)
    assert "s:sp-ledger" not in provenance_graph(data, data.claim_by_id["c-seized"])
    plain = ReportData.of(doc)
    assert "s:sp-ledger" in provenance_graph(plain, plain.claim_by_id["c-seized"])
    block = render_report(loose).split('id="claim-c-seized"', 1)[1].split("</article>", 1)[0]
    assert block.count("related statement, not counted as a source") == 1


def test_claim_counts_read_in_the_singular_and_quotes_are_not_doubled(
        doc: dict[str, Any]) -> None:
    one = json.loads(json.dumps(doc))
    claim = next(c for c in one["claims"] if c["id"] == "c-seized")
    claim["independent_sources"] = 1
    att = next(a for a in one["attributions"] if a["id"] == claim["mentions"][0])
    att["content"] = "\u201cThe ferry was seized at dawn,\u201d"
    block = render_report(one).split('id="claim-c-seized"', 1)[1].split("</article>", 1)[0]
    assert "1 independent primary source;" in block
    assert "\u201cThe ferry was seized at dawn\u201d" in block
    assert "\u201c\u201c" not in block


def test_a_claims_chains_read_in_words(doc: dict[str, Any]) -> None:
    import copy

    doc = copy.deepcopy(doc)
    claim = doc["claims"][0]
    claim["chains"] = [
        {"source": "sp-two", "via": ["The Harbor Ledger"], "stance": "supports",
         "mentions": ["t3-a1", "t3-a2"], "articles": ["a1", "a2"]},
        {"source": "sp-auth", "via": [], "stance": "denies", "mentions": ["t2-a1"],
         "articles": ["a1"]},
    ]
    page = render_report(doc)
    assert "How it reached the articles (2)" in page
    two = html.escape(doc["speakers"][[s["id"] for s in doc["speakers"]].index("sp-two")]["label"])
    assert f"{two}</a>" in page and "The Harbor Ledger → 2 articles" in page
    assert "Denied: " in page


def test_copies_are_counted_once_outside_the_graph(doc: dict[str, Any]) -> None:
    # a2 is an exact copy of a1: its quotes, its events and its reach are a1's again.
    data = ReportData.of(doc)
    assert [a["id"] for a in data.statements["sp-port"]] == ["t1-a1"]
    seized = data.claim_by_id["c-seized"]
    assert len(seized["articles"]) == 3 and data.reach(seized) == 2
    page = render_report(doc)
    assert "Carried by 2 articles (and 1 copy of them)" in page
    assert page.count('data-label="Reach">2 <span class="muted">+ 1 copy</span><') >= 1


def test_claims_table_answers_who_claims_first_reports_and_denies(page: str) -> None:
    head = page[page.index('<table id="claims-table"'):]
    head = head[: head.index("</thead>")]
    for column in ("Who claims it", "First reported by", "Who denies it"):
        assert column in head
    # A legend says what F and 6 mean: not a failure, a claim that cannot be judged.
    assert "What the grades mean" in page
    assert "cannot be judged" in page


def test_article_pages_explain_their_marks_and_list_their_statements(page: str) -> None:
    assert "Marked: " in page and 'class="ev k-event"' in page
    assert "Statements in this article (" in page
    # The original URL is a link (http(s) only, without a referrer).
    assert 'rel="noopener noreferrer nofollow"' in page
    # A highlight says what it is: who says what, toward which claim; which outlet a
    # citation credits; the date of an event.
    import re

    titles = re.findall(r'<mark class="ev [^"]*" data-ev="[^"]*" title="([^"]*)"', page)
    assert any(" · claim: " in t for t in titles)
    assert any("credits " in t for t in titles)
    assert any("event dated " in t for t in titles)


def test_seed_articles_show_their_origin_and_what_they_share(seeds_analysis: Any,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "seeds.html"
    write_report(seeds_analysis, out)
    page = out.read_text("utf-8")
    cut = next(a for a in seeds_analysis.articles if a.get("duplicate_of"))
    full = cut["duplicate_of"]
    block = page.split(f'id="art-{cut["id"]}"', 1)[1].split("</article>", 1)[0]
    # every article says whose text it is, the truncated copy points at its original
    assert 'class="origin">Text by' in block
    shared = block.split("Shares text with:", 1)[1]
    assert f'href="#art-{full}"' in shared and "of this text" in shared and "paragraph" in shared


def test_the_rubric_is_a_section_of_the_report_and_a_page_of_the_docs(page: str) -> None:
    from sourcetrace.provenance.grade import grade_legend

    letters, digits = grade_legend()
    assert '<section id="grading"' in page and 'href="#grading"' in page
    docs = (Path(__file__).resolve().parents[2] / "docs" / "grading.md").read_text("utf-8")
    for key, words in [*letters, *digits]:
        assert html.escape(words, quote=True) in page or words in page, words
        assert f"| {key} | {words} |" in docs, f"docs/grading.md is out of date for {key}"
    assert "never whether it is\ntrue" in docs
