"""HTML pages of the web app, built from the report's own section builders."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

from sourcetrace.api.errors import ApiError, found
from sourcetrace.api.jobs import Jobs
from sourcetrace.api.json_api import Grade, Letter, SpeakerType, Text, graded
from sourcetrace.api.state import AppState
from sourcetrace.report import claims as claim_sections
from sourcetrace.report import sections
from sourcetrace.report.data import Item, ReportData
from sourcetrace.report.html import esc, link, shorten, slug, ul
from sourcetrace.report.links import AppLinks
from sourcetrace.report.page import asset, frame, section
from sourcetrace.report.rubric import rubric

NAV = [("/", "Overview"), ("/claims", "Claims"), ("/timeline", "Timeline"),
       ("/speakers", "Sources"), ("/outlets", "Outlets"), ("/articles", "Articles"),
       ("/grading", "Grades")]
APP_TITLE = "sourcetrace"


def search_form(q: str = "") -> str:
    return ('<form class="search" role="search" action="/search" method="get">'
            '<label for="q">Search claims and articles</label>'
            f'<input id="q" name="q" type="search" value="{esc(q)}" maxlength="200">'
            '<button type="submit">Search</button></form>')


SCRIPT_PATH = "/assets/app.js"


def page(title: str, body: str, q: str = "") -> str:
    return frame(f"{APP_TITLE}: {title}", body, nav=NAV, header_extra=search_form(q),
                 script=SCRIPT_PATH)


def error_page(status: int, message: str) -> str:
    return page(f"error {status}", section("error", f"Error {status}", f"<p>{esc(message)}</p>"))


def upload_form() -> str:
    return ('<form class="upload" action="/api/articles" method="post" '
            'enctype="multipart/form-data"><label for="upload">Add articles '
            '(.txt .md .html .json .jsonl .csv)</label> '
            '<input id="upload" name="file" type="file" multiple> '
            '<button type="submit">Upload and re-analyse</button></form>')


def _speaker_matches(spk: Item, needle: str) -> bool:
    return any(needle in str(spk.get(k) or "").casefold() for k in ("label", "name"))


def _claim_matches(d: ReportData, claim: Item, needle: str) -> bool:
    if needle in str(claim.get("text") or "").casefold():
        return True
    who = [*(claim.get("asserted_by") or []), *(claim.get("denied_by") or [])]
    return any(_speaker_matches(d.speaker_by_id.get(s) or {}, needle) for s in who)


def _filter_note(shown: int, total: int, noun: str, **filters: object) -> str:
    used = [f"{k} = {v}" for k, v in filters.items() if v not in (None, "")]
    if not used:
        return ""
    return (f'<p class="note" role="status">Showing {shown} of {total} {esc(noun)} where '
            f"{esc(', '.join(used))}. {link('?', 'Show all')}</p>")


# Download names and media types of the export formats (sourcetrace.output.export).
_DOWNLOADS = {
    "json": ("sourcetrace.json", "application/json", "JSON (schema v1)"),
    "csv": ("sourcetrace-csv.zip", "application/zip", "CSV tables (zip)"),
    "graphml": ("sourcetrace.graphml", "application/xml", "GraphML"),
    "gexf": ("sourcetrace.gexf", "application/xml", "GEXF (Gephi)"),
    "jsonld": ("sourcetrace.jsonld", "application/ld+json", "JSON-LD (ClaimReview-shaped)"),
}


def downloads() -> str:
    items = [link(f"/export/{fmt}", label, download=name)
             for fmt, (name, _, label) in _DOWNLOADS.items()]
    return f'<p class="downloads">Download this analysis: {" · ".join(items)}</p>'


def download(data: ReportData, fmt: str) -> Response:
    """The analysis in an export format, as a file to save."""
    import io
    import tempfile
    import zipfile
    from pathlib import Path

    from sourcetrace.output.export import export

    if fmt not in _DOWNLOADS:
        raise ApiError(404, f"no export format {fmt!r} (use {', '.join(_DOWNLOADS)})")
    name, media, _ = _DOWNLOADS[fmt]
    if fmt in ("json", "jsonld"):
        body: bytes = (export(data, fmt) or "").encode("utf-8")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / ("csv" if fmt == "csv" else name)
            export(data, fmt, out)
            if fmt == "csv":
                buf = io.BytesIO()
                with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
                    for f in sorted(out.iterdir()):
                        zf.write(f, f.name)
                body = buf.getvalue()
            else:
                body = out.read_bytes()
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def router(state: AppState, jobs: Jobs) -> APIRouter:
    pages = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
    links = AppLinks()

    @pages.get("/favicon.ico")
    def favicon() -> Response:
        return Response(status_code=204)  # no icon, and no 404 in the browser console

    @pages.get("/grading")
    def grading() -> str:
        return page("grades", section("grading", "What the grades mean", rubric()))

    @pages.get(SCRIPT_PATH)
    def script() -> Response:
        # Served, not inline: the app's policy allows scripts from itself only.
        return Response(asset("app.js"), media_type="text/javascript",
                        headers={"Cache-Control": "no-cache"})

    @pages.get("/")
    def overview() -> str:
        d = state.data()
        top = d.claims_by_reach()[:10]
        body = section("overview", "Overview", claim_sections.overview(d, links)
                       + downloads())
        body += section("top-claims", "Claims with the widest reach",
                        claim_sections.claims_table(d, links, top)
                        + f"<p>{link(links.page('claims'), 'All claims')}</p>")
        return page("overview", body)

    @pages.get("/claims")
    def claims(grade: Grade = None, reliability: Letter = None, denied: bool | None = None,
               q: Text = None) -> str:
        # Filters in the address, so a filtered list can be bookmarked and shared.
        d = state.data()
        rows = [c for c in d.claims_by_reach() if graded(c, grade, reliability, denied)
                and (not q or _claim_matches(d, c, q.casefold()))]
        note = _filter_note(len(rows), len(d.claims), "claims", grade=grade,
                            reliability=reliability, denied=denied, q=q)
        return page("claims", section("claims", "Claims",
                                      note + claim_sections.claims_table(d, links, rows)))

    @pages.get("/claims/{claim_id}")
    def claim(claim_id: str) -> str:
        d = state.data()
        item = found(d.claim_by_id, claim_id, "claim")
        return page("claim", claim_sections.claim_detail(d, links, item, level=2))

    @pages.get("/speakers")
    def speakers(type: SpeakerType = None, q: Text = None) -> str:
        d = state.data()
        rows = [s for s in d.speakers if (type is None or s.get("type") == type)
                and (not q or _speaker_matches(s, q.casefold()))]
        note = _filter_note(len(rows), len(d.speakers), "sources", type=type, q=q)
        return page("sources", section("speakers", "Sources",
                                       note + sections.speakers(d, links, only=rows)))

    @pages.get("/speakers/{speaker_id}")
    def speaker(speaker_id: str) -> str:
        d = state.data()
        spk = found(d.speaker_by_id, speaker_id, "source")
        label = str(spk.get("label") or spk.get("name") or speaker_id)
        theirs = [c for c in d.claims_by_reach()
                  if speaker_id in (c.get("asserted_by") or []) + (c.get("denied_by") or [])]
        body = section("speaker", label, sections.speakers(d, links, only=[spk], expanded=True))
        body += section("speaker-claims", f"Claims {label} asserts or denies ({len(theirs)})",
                        claim_sections.claims_table(d, links, theirs))
        return page(f"source {label}", body)

    @pages.get("/outlets")
    def outlets() -> str:
        return page("outlets", section("outlets", "Outlets and what they cite",
                                       sections.outlets(state.data(), links)))

    @pages.get("/outlets/{outlet_slug}")
    def outlet(outlet_slug: str) -> str:
        d = state.data()
        name = next((n for n in d.outlets() if slug(n) == outlet_slug), None)
        if name is None:
            raise ApiError(404, f"no outlet {outlet_slug!r}")
        first = [c for c in d.claims_by_reach() if (c.get("first_reported_by") or [None])[0] == name]
        texts = [a for a in d.articles
                 if ((a.get("origin") or {}).get("outlet") or "") == name
                 and d.outlet_of(a["id"]) != name]  # fmt: skip
        body = section("outlet", name, sections.outlets(d, links, only=[name]))
        body += section("outlet-first", f"Claims {name} reported first here ({len(first)})",
                        claim_sections.claims_table(d, links, first))
        body += section("outlet-texts", f"Its texts carried by other sites ({len(texts)})",
                        ul([f"{link(links.article(a['id']), d.article_label(a['id']))} "
                            f'<span class="muted">({esc((a.get("origin") or {}).get("evidence"))})'
                            "</span>" for a in texts])
                        or '<p class="empty">None found.</p>')
        return page(f"outlet {name}", body)

    @pages.get("/export/{fmt}")
    def export_file(fmt: str) -> Response:
        return download(state.data(), fmt)

    @pages.get("/timeline")
    def timeline() -> str:
        return page("timeline", section("timeline", "Timeline",
                                        sections.timeline(state.data(), links)))

    @pages.get("/articles")
    def articles() -> str:
        extra = "" if state.read_only else upload_form()
        return page("articles", section("articles", "Articles",
                                        extra + sections.article_list(state.data(), links)))

    @pages.get("/articles/{article_id}")
    def article(article_id: str) -> str:
        d = state.data()
        art = found(d.article_by_id, article_id, "article")
        ev = d.evidence_by_article().get(article_id, [])
        return page("article", sections.article_full(d, links, art, ev, level=2))

    @pages.get("/search")
    def search(q: str = "") -> str:
        q = q.strip()[:200]
        d = state.data()
        if not q:
            return page("search", section("search", "Search", "<p>Type words to search.</p>"))
        needle = q.casefold()
        # A claim matches by its words or by who asserts or denies it ("Peskov").
        found_claims = [c for c in d.claims_by_reach() if _claim_matches(d, c, needle)]
        found_arts = []
        for art in d.articles:
            text = art.get("text") or ""
            at = text.casefold().find(needle)
            if at >= 0 or needle in (art.get("title") or "").casefold():
                snippet = text[max(0, at - 60): at + len(q) + 60] if at >= 0 else ""
                found_arts.append(f"{link(links.article(art['id']), d.article_label(art['id']))}"
                                  f' <span class="muted">…{esc(shorten(snippet, 160))}…</span>')
        body = section("search-claims", f"Claims matching “{q}” ({len(found_claims)})",
                       claim_sections.claims_table(d, links, found_claims[:50]))
        body += section("search-articles", f"Articles matching “{q}” ({len(found_arts)})",
                        ul(found_arts[:50]) or '<p class="empty">No articles match.</p>')
        return page("search", body, q)

    @pages.get("/jobs/{job_id}")
    def job(job_id: str) -> HTMLResponse:
        run = found(jobs, job_id, "job")
        running = run.status in ("queued", "running")
        total = f" of {run.total}" if run.total else ""
        body = (f"<p>Status: <strong>{esc(run.status)}</strong>; phase "
                f"{esc(run.phase or '–')}: {run.done}{esc(total)}.</p>")
        if run.error:
            body += f"<p>{esc(run.error)}</p>"
        if run.status == "done":
            body += f"<p>{len(run.articles_added)} new articles. {link('/', 'See the results')}</p>"
        html = page("analysis job", section("job", f"Analysis job {run.id}", body))
        if running:  # refresh without JS until the job ends
            html = html.replace("<head>", '<head><meta http-equiv="refresh" content="2">', 1)
        return HTMLResponse(html)

    return pages
