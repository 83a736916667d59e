"""One error shape for every failure: ``{"error": {"status", "code", "message"}}``."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from sourcetrace.errors import SourcetraceError, UsageError

CODES = {400: "E_BAD_REQUEST", 401: "E_UNAUTHORIZED", 403: "E_READ_ONLY", 404: "E_NOT_FOUND",
         405: "E_METHOD", 413: "E_TOO_LARGE", 415: "E_MEDIA_TYPE", 422: "E_INVALID",
         500: "E_INTERNAL"}


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorDetail


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses a route can answer."""
    return {s: {"model": ErrorOut, "description": "Error"} for s in statuses}


class ApiError(Exception):
    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code or CODES.get(status, "E_HTTP")


_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)


class _ById(Protocol[_T_co]):
    def get(self, key: str, /) -> _T_co | None: ...


def found(items: _ById[_T], key: str, what: str) -> _T:
    """``items[key]``, or the one 404 every lookup by id answers ("no claim with id 'x'")."""
    item = items.get(key)
    if item is None:
        raise ApiError(404, f"no {what} with id {key!r}")
    return item


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code or CODES.get(status, "E_HTTP"),
                      "message": message}}


def _wants_html(request: Request) -> bool:
    return (not request.url.path.startswith("/api") and request.url.path != "/openapi.json"
            and "text/html" in request.headers.get("accept", ""))


def respond(request: Request, status: int, message: str, code: str | None = None) -> Response:
    if _wants_html(request):
        from sourcetrace.api.pages import error_page

        return HTMLResponse(error_page(status, message), status_code=status)
    return JSONResponse(error_body(status, message, code), status_code=status)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> Response:
        return respond(request, exc.status, exc.message, exc.code)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        response = respond(request, exc.status_code, message)
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}"
            for e in exc.errors()
        )
        return respond(request, 422, problems or "invalid request")

    @app.exception_handler(SourcetraceError)
    async def _domain(request: Request, exc: SourcetraceError) -> Response:
        return respond(request, 400 if isinstance(exc, UsageError) else 500, str(exc), exc.code)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> Response:
        return respond(request, 500, f"internal error: {type(exc).__name__}")
