"""``create_app``: the FastAPI app over a store (pages and JSON from the same data)."""

from __future__ import annotations

import hmac
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import RedirectResponse, Response

from sourcetrace.api import errors, json_api, pages
from sourcetrace.api.jobs import Jobs
from sourcetrace.api.state import AppState
from sourcetrace.store import open_store

TOKEN_ENV = "SOURCETRACE_TOKEN"
TOKEN_COOKIE = "sourcetrace_token"
APP_CSP = ("default-src 'self'; style-src 'unsafe-inline'; script-src 'self'; "
           "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'")


def create_app(
    db: str | None,
    *,
    read_only: bool = False,
    token: str | None = None,
    max_upload_bytes: int = 5_000_000,
    stages: Sequence[str] | None = None,
    create: bool = True,
) -> FastAPI:
    """The web app over the store at ``db`` (None: ``./sourcetrace.db``).

    ``token`` (or env ``SOURCETRACE_TOKEN`` when None) makes every request need
    ``Authorization: Bearer <token>``, a ``?token=`` query (which sets a cookie)
    or that cookie. ``stages`` picks the pipeline stages for re-analysis after
    an upload (default: all). With ``create`` False a store that does not exist is an
    error (E406) instead of a new empty one.
    """
    token = token if token is not None else (os.environ.get(TOKEN_ENV) or None)
    state = AppState(store=open_store(db, must_exist=not create), read_only=read_only,
                     token=token,
                     max_upload_bytes=max_upload_bytes, stages=stages)
    jobs = Jobs(state)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.shutdown()

    app = FastAPI(title="sourcetrace", version="1",
                  description="Claims in news coverage traced to their sources. Grades "
                              "describe sourcing as shown in the texts, never truth.",
                  # No /docs: Swagger UI loads scripts from a CDN; the app works offline.
                  lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.sourcetrace = state
    app.state.jobs = jobs
    errors.install(app)
    app.include_router(json_api.router(state, jobs))
    app.include_router(pages.router(state, jobs))
    _guard(app, state)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _authorised(request: Request, token: str) -> bool:
    given = request.headers.get("authorization", "")
    candidates = [
        given[7:] if given.lower().startswith("bearer ") else "",
        request.query_params.get("token", ""),
        request.cookies.get(TOKEN_COOKIE, ""),
    ]
    return any(c and hmac.compare_digest(c.encode(), token.encode()) for c in candidates)


def _guard(app: FastAPI, state: AppState) -> None:
    @app.middleware("http")
    async def guard(request: Request,
                    call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if state.token and not _authorised(request, state.token):
            return errors.respond(request, 401, "a valid token is required")
        if (state.token and request.query_params.get("token") and request.method == "GET"
                and not request.url.path.startswith("/api")):
            # A page opened with ?token=: the cookie carries it from now on, and the
            # address the browser shows, keeps in history and shares has no secret in it.
            query = urlencode([(k, v) for k, v in request.query_params.multi_items()
                               if k != "token"])
            clean = RedirectResponse(request.url.path + (f"?{query}" if query else ""), 303)
            clean.set_cookie(TOKEN_COOKIE, state.token, httponly=True, samesite="strict")
            clean.headers["Referrer-Policy"] = "no-referrer"
            return clean
        # HEAD is GET without the body (link checkers and monitors ask with it).
        head = request.method == "HEAD"
        if head:
            request.scope["method"] = "GET"
        response = await call_next(request)
        if head:
            async for _ in response.body_iterator:  # type: ignore[attr-defined]
                pass
            response = Response(status_code=response.status_code, headers=dict(response.headers))
        if state.token and request.query_params.get("token"):
            response.set_cookie(TOKEN_COOKIE, state.token, httponly=True, samesite="strict")
        response.headers.setdefault("Content-Security-Policy", APP_CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        # Nothing leaks to other sites, and the app's own form posts carry their origin
        # ("no-referrer" made Chromium send "Origin: null", refused as cross-site).
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response


def _openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description,
                             routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["ArticleIn"] = json_api.ArticleIn.model_json_schema(
            ref_template="#/components/schemas/{model}")
        app.openapi_schema = schema
    return app.openapi_schema
