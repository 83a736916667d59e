"""Whole pages: the one-file report and the web app's page frame, sharing CSS and JS."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from sourcetrace.errors import UsageError
from sourcetrace.report.claims import claim_detail, claims_table, overview
from sourcetrace.report.data import ReportData
from sourcetrace.report.html import esc
from sourcetrace.report.links import Links
from sourcetrace.report.rubric import rubric
from sourcetrace.report.sections import article_full, outlets, speakers, timeline

# The report is opened from disk or an e-mail: the policy forbids every network fetch.
REPORT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
              "img-src data:; base-uri 'none'; form-action 'none'")
SECTIONS = (("overview", "Overview"), ("claims", "Claims"), ("timeline", "Timeline"),
            ("speakers", "Sources"), ("outlets", "Outlets"), ("articles", "Articles"),
            ("grading", "Grades"))


@cache
def asset(name: str) -> str:
    return resources.files("sourcetrace.report").joinpath(name).read_text("utf-8")


def frame(title: str, body: str, *, nav: list[tuple[str, str]], csp: str | None = None,
          header_extra: str = "", script: str | None = None) -> str:
    """A complete HTML document with inline CSS and the landmark structure; the script is
    inline (the report file: nothing may be fetched) or, given ``script``, loaded from that
    address (the app, whose policy allows no inline script)."""
    js = (f'<script src="{esc(script)}"></script>' if script
          else f"<script>{asset('app.js')}</script>")
    items = "".join(f'<li><a href="{esc(href)}">{esc(text)}</a></li>' for href, text in nav)
    policy = f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">' if csp else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8">{policy}'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{asset('style.css')}</style></head><body>"
        '<a class="skip" href="#main">Skip to content</a>'
        f'<header class="site"><h1>{esc(title)}</h1>{header_extra}'
        f'<nav class="toc" aria-label="Sections"><ul>{items}</ul></nav></header>'
        f'<main id="main" tabindex="-1">{body}</main>'
        '<footer class="site"><p>Made by sourcetrace. Grades describe sourcing as shown in '
        "these texts, never whether a claim is true.</p></footer>"
        f"{js}</body></html>\n"
    )


def section(ident: str, heading: str, body: str) -> str:
    return (f'<section id="{esc(ident)}" aria-labelledby="{esc(ident)}-h">'
            f'<h2 id="{esc(ident)}-h">{esc(heading)}</h2>{body}</section>')


def render_report(analysis: Any, *, title: str = "sourcetrace report") -> str:
    """The self-contained report for an ``Analysis`` (or a v1 dict) as one HTML string."""
    data = ReportData.of(analysis)
    links = Links()
    claims = data.claims_by_reach()
    details = "".join(claim_detail(data, links, c) for c in claims)
    evidence = data.evidence_by_article()
    arts = "".join(article_full(data, links, a, evidence.get(a["id"], []))
                   for a in data.articles)
    body = "".join([
        section("overview", "Overview", overview(data, links)),
        section("claims", "Claims", claims_table(data, links, claims)
                + (f'<h3 id="claim-details">Provenance of each claim</h3>{details}'
                   if details else "")),
        section("timeline", "Timeline", timeline(data, links)),
        section("speakers", "Sources", speakers(data, links)),
        section("outlets", "Outlets and what they cite", outlets(data, links)),
        section("articles", "Articles, with evidence highlighted",
                arts or '<p class="empty">No articles.</p>'),
        section("grading", "What the grades mean", rubric()),
    ])
    nav = [(f"#{k}", v) for k, v in SECTIONS]
    return frame(title, body, nav=nav, csp=REPORT_CSP)


def write_report(result: Any, path: str | Path) -> None:
    """Write the self-contained report for ``result`` (an ``Analysis``) to ``path``."""
    target = Path(path)
    if not target.parent.is_dir():
        # A typo in the folder is the user's to fix, not a bug (it was reported as E999).
        raise UsageError(f"cannot write the report: no folder {target.parent}", code="E103")
    target.write_text(render_report(result), encoding="utf-8")
