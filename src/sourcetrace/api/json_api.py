"""The JSON API under ``/api``: paginated, filterable collections, items, uploads and jobs."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel

from sourcetrace.api.errors import ApiError, error_responses, found
from sourcetrace.api.jobs import Jobs
from sourcetrace.api.state import AppState
from sourcetrace.report.data import Item, ReportData

ALLOWED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv")
_NAME = re.compile(r"[^A-Za-z0-9._-]+")
KINDS = ("articles", "claims", "speakers", "attributions", "citations", "events")

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
Text = Annotated[str | None, Query(max_length=200)]
# Filters with a fixed form: a malformed value is a 422 that says so, not an empty page
# ("grade=b3", "published_from=notadate").
Date = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
                                   description="YYYY, YYYY-MM or YYYY-MM-DD.")]
Grade = Annotated[str | None, Query(pattern=r"^[A-F][1-6]$", description="e.g. B3.")]
Letter = Annotated[str | None, Query(pattern=r"^[A-F]$", description="A to F.")]
SpeakerType = Annotated[
    Literal["person", "anonymous", "organization", "outlet", "other"] | None, Query()]
Stance = Annotated[Literal["asserts", "denies", "questions", "reports"] | None, Query()]
CitationKind = Annotated[Literal["citation", "wire_credit", "source_line"] | None, Query()]


class Page(BaseModel):
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


class JobOut(BaseModel):
    id: str
    status: str
    phase: str | None
    done: int
    total: int | None
    created: str
    finished: str | None
    articles_added: list[str]
    rejected: list[dict[str, Any]]
    error: str | None


class Accepted(BaseModel):
    job: JobOut
    url: str


def _page(items: Iterable[Item], limit: int, offset: int,
          shape: Callable[[Item], Item] = lambda x: x) -> Page:
    rows = list(items)
    return Page(items=[shape(r) for r in rows[offset:offset + limit]], total=len(rows),
                limit=limit, offset=offset)


def _has(text: str | None, q: str | None) -> bool:
    return not q or q.casefold() in (text or "").casefold()


def graded(claim: Item, grade: str | None, reliability: str | None,
           denied: bool | None) -> bool:
    """The claim filters the API and the claims page share: grade, letter, disputed."""
    return ((grade is None or claim.get("grade") == grade)
            and (reliability is None or (claim.get("grade") or "")[:1] == reliability)
            and (denied is None or bool(claim.get("denied_by")) == denied))


def _no_text(article: Item) -> Item:
    return {k: v for k, v in article.items() if k != "text"}


def router(state: AppState, jobs: Jobs) -> APIRouter:
    api = APIRouter(prefix="/api", tags=["api"], responses=error_responses(401, 422, 500))
    data: Callable[[], ReportData] = state.data

    @api.get("/articles", response_model=Page, summary="Articles (without their text)")
    def list_articles(limit: Limit = 50, offset: Offset = 0, outlet: Text = None,
                      q: Text = None, published_from: Date = None, published_to: Date = None,
                      copies: bool = True) -> Page:
        rows = [a for a in data().articles
                if (outlet is None or (a.get("outlet") or "") == outlet)
                and (_has(a.get("title"), q) or _has(a.get("text"), q))
                and (published_from is None or (a.get("published") or "") >= published_from)
                and (published_to is None or (a.get("published") or "9999") <= published_to)
                and (copies or not a.get("duplicate_of"))]
        return _page(rows, limit, offset, _no_text)

    @api.get("/claims", response_model=Page, summary="Claims, by reach")
    def list_claims(limit: Limit = 50, offset: Offset = 0, grade: Grade = None,
                    reliability: Letter = None, article: Text = None, denied: bool | None = None,
                    q: Text = None) -> Page:
        rows = [c for c in data().claims_by_reach()
                if graded(c, grade, reliability, denied)
                and (article is None or article in (c.get("articles") or []))
                and _has(c.get("text"), q)]
        return _page(rows, limit, offset)

    @api.get("/speakers", response_model=Page, summary="Sources (speakers)")
    def list_speakers(limit: Limit = 50, offset: Offset = 0, type: SpeakerType = None,
                      article: Text = None, q: Text = None) -> Page:
        rows = [s for s in data().speakers
                if (type is None or s.get("type") == type)
                and (article is None or article in (s.get("articles") or []))
                and (_has(s.get("label"), q) or _has(s.get("name"), q))]
        return _page(rows, limit, offset)

    @api.get("/attributions", response_model=Page,
             summary="Statements credited to a source (the mentions claims list)")
    def list_attributions(limit: Limit = 50, offset: Offset = 0, article: Text = None,
                          speaker: Text = None, claim: Text = None,
                          stance: Stance = None) -> Page:
        rows = [a for a in data().attributions
                if (article is None or a.get("article") == article)
                and (speaker is None or a.get("speaker") == speaker)
                and (claim is None or a.get("claim") == claim)
                and (stance is None or a.get("stance") == stance)]
        return _page(rows, limit, offset)

    @api.get("/citations", response_model=Page, summary="Outlet citations")
    def list_citations(limit: Limit = 50, offset: Offset = 0, outlet: Text = None,
                       article: Text = None, kind: CitationKind = None) -> Page:
        rows = [c for c in data().citations
                if (outlet is None or c.get("outlet") == outlet)
                and (article is None or c.get("article") == article)
                and (kind is None or c.get("kind") == kind)]
        return _page(rows, limit, offset)

    @api.get("/events", response_model=Page, summary="Dated events")
    def list_events(limit: Limit = 50, offset: Offset = 0, article: Text = None,
                    claim: Text = None, kind: Text = None, date_from: Date = None,
                    date_to: Date = None) -> Page:
        rows = [e for e in data().events
                if (article is None or e.get("article") == article)
                and (claim is None or e.get("claim") == claim)
                and (kind is None or e.get("kind") == kind)
                and (date_from is None or (e.get("date") or "") >= date_from)
                and (date_to is None or (e.get("date") or "9999") <= date_to)]
        return _page(rows, limit, offset)

    def _item(kind: str, item_id: str) -> Item:
        d = data()
        index: dict[str, dict[str, Item]] = {
            "articles": d.article_by_id, "claims": d.claim_by_id, "speakers": d.speaker_by_id,
            "attributions": d.attribution_by_id,
            "citations": {c["id"]: c for c in d.citations}, "events": {e["id"]: e for e in d.events},
        }
        return found(index[kind], item_id, kind[:-1])

    def getter(kind: str) -> Callable[[str], Item]:
        # A closure, not a default argument: FastAPI would publish that as a query parameter.
        def get_one(item_id: str) -> Item:
            return _item(kind, item_id)

        return get_one

    for kind in KINDS:
        api.add_api_route(f"/{kind}/{{item_id}}", getter(kind), methods=["GET"],
                          response_model=dict[str, Any], summary=f"One of {kind}",
                          name=f"get_{kind}", responses=error_responses(404))

    @api.get("/jobs/{job_id}", response_model=JobOut, responses=error_responses(404),
             summary="Progress of a background analysis")
    def get_job(job_id: str) -> JobOut:
        job = found(jobs, job_id, "job")
        return JobOut(**job.to_dict())

    @api.post(
        "/articles", status_code=202, response_model=Accepted,
        responses=error_responses(400, 403, 413, 415),
        summary="Add articles, then re-analyse in the background",
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/json": {"schema": {"oneOf": [
                {"$ref": "#/components/schemas/ArticleIn"},
                {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"},
                 "maxItems": 1000}]}},
            "multipart/form-data": {"schema": {"type": "object", "properties": {
                "file": {"type": "array", "items": {"type": "string", "format": "binary"}}},
                "required": ["file"]}},
        }}},
    )
    async def add_articles(request: Request) -> Response:
        if state.read_only:
            raise ApiError(403, "this server is read-only")
        if _cross_site(request):
            # A page on another site may not make this browser post articles here.
            raise ApiError(403, "cross-site uploads are refused", "E_CROSS_SITE")
        files = await _read_upload(request, state.max_upload_bytes)
        job = jobs.submit(files)
        body = Accepted(job=JobOut(**job.to_dict()), url=f"/api/jobs/{job.id}")
        if "text/html" in request.headers.get("accept", "") and not request.headers.get(
                "content-type", "").startswith("application/json"):
            return RedirectResponse(f"/jobs/{job.id}", status_code=303)
        return JSONResponse(body.model_dump(), status_code=202,
                            headers={"Location": body.url})

    return api


def _cross_site(request: Request) -> bool:
    """Whether a browser sent this request from a page of another site.

    ``Sec-Fetch-Site`` is the browser's own answer where it sends one. Otherwise the
    ``Origin`` must name this host; "null" (an opaque origin: a sandboxed frame, a file,
    or a page whose referrer policy hides it) is refused. Clients that are not browsers
    (curl, scripts) send neither header and are not affected.
    """
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site not in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin is None:
        return False
    return origin == "null" or urlsplit(origin).netloc != request.headers.get("host")


class ArticleIn(BaseModel):
    """An article to add: ``text`` is required; other fields as ingest reads them."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    language: str | None = None


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"upload is larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"upload is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _read_upload(request: Request, limit: int) -> dict[str, bytes]:
    """The upload as files for ingest: JSON becomes one JSONL file, uploads keep their type."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await _read_body(request, limit)
    if kind == "application/json":
        try:
            doc = json.loads(body)
        except ValueError as exc:
            raise ApiError(400, f"body is not valid JSON: {exc}") from exc
        rows = doc if isinstance(doc, list) else [doc]
        if not rows or len(rows) > 1000:
            raise ApiError(422, "send between 1 and 1000 articles")
        try:
            articles = [ArticleIn.model_validate(r) for r in rows]
        except ValueError as exc:
            raise ApiError(422, f"invalid article: {exc}".splitlines()[0]) from exc
        if any(not a.text.strip() for a in articles):
            raise ApiError(422, "every article needs a non-empty text")
        lines = [json.dumps(a.model_dump(exclude_none=True), ensure_ascii=False)
                 for a in articles]
        return {"upload.jsonl": ("\n".join(lines) + "\n").encode("utf-8")}
    if kind == "multipart/form-data":
        request._body = body  # the form parser reads the bounded body we already hold
        try:
            form = await request.form(max_files=50, max_fields=50)
        except Exception as exc:  # malformed multipart
            raise ApiError(400, f"could not read the upload: {exc}") from exc
        files: dict[str, bytes] = {}
        for i, part in enumerate(form.getlist("file")):
            if isinstance(part, str):
                raise ApiError(422, "field 'file' must be a file upload")
            name = _NAME.sub("_", (part.filename or "upload.txt").rsplit("/", 1)[-1])[-80:]
            if not name.lower().endswith(ALLOWED_SUFFIXES):
                raise ApiError(415, f"unsupported file type for {name!r} "
                               f"(expected {' '.join(ALLOWED_SUFFIXES)})")
            files[f"{i:03d}-{name}"] = await part.read()
        if not files:
            raise ApiError(422, "send at least one file in the 'file' field")
        return files
    raise ApiError(415, "send application/json or multipart/form-data")
