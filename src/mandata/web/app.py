"""The application: one FastAPI app holding one registry, with the JSON API under ``/api`` and
the pages everywhere else.

Every API answer is an envelope: ``{"ok": true, "data": ..., "page": ...}`` on success and
``{"ok": false, "error": {"code", "message"}}`` on failure, with the matching HTTP status. Pages
answer errors with an HTML page of the same status. Nothing here writes unless the operator set a
token (:mod:`mandata.web.security`).
"""

from __future__ import annotations

from importlib.resources import files
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mandata import __version__
from mandata.errors import MandataError
from mandata.registry.store import Registry
from mandata.settings import (
    token_setting,
    upload_bytes_setting,
    upload_seconds_setting,
    upload_workers_setting,
)
from mandata.web import api, pages, review
from mandata.web.errors import ApiError, Config, error_body
from mandata.web.pages import render_error
from mandata.web.workers import ParseWorkers, parse_upload

__all__ = ["ApiError", "Config", "SecurityHeaders", "create_app", "error_body"]


def create_app(config: Config | None = None) -> FastAPI:
    """The app over the registry ``config.db`` (``MANDATA_DB`` or ./mandata.db by default)."""
    if config is None:
        config = Config(
            token=token_setting(),
            upload_bytes=upload_bytes_setting(),
            upload_seconds=upload_seconds_setting(),
            upload_workers=upload_workers_setting(),
        )
    registry = Registry(config.db)
    workers = ParseWorkers(
        config.upload_workers, config.upload_seconds, config.parser or parse_upload
    )
    app = FastAPI(
        title="mandata",
        version=__version__,
        description="UN parliamentary documents as linked data: documents, paragraphs, "
        "references, mandates, agendas and items, in six languages.",
        docs_url=None,  # /api/docs is a page of our own (pages.py): Swagger UI loads from a CDN
        redoc_url=None,
        openapi_url="/api/openapi.json",
        redirect_slashes=False,  # the app redirects itself, without echoing the Host header
    )
    app.state.registry = registry
    app.state.config = config
    app.state.workers = workers
    app.router.add_event_handler("shutdown", workers.close)
    app.router.add_event_handler("shutdown", registry.close)
    _add_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    app.include_router(api.router)
    app.include_router(review.api)
    app.include_router(api.writer)
    app.include_router(pages.router)
    app.include_router(review.pages)
    app.mount("/static", StaticFiles(directory=str(files("mandata.web") / "static")), "static")
    return app


# The pages, the API's documentation page included, load nothing from elsewhere and run no script.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every HTTP answer (a plain ASGI middleware: Starlette's
    BaseHTTPMiddleware cost the static files three quarters of their throughput)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.headers]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api")


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, err: ApiError) -> Response:
        return _error(request, err.status, err.code, err.message, err.headers)

    @app.exception_handler(MandataError)
    async def mandata_error(request: Request, err: MandataError) -> Response:
        return _error(request, 400, err.code, str(err))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError) -> Response:
        first = err.errors()[0] if err.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return _error(request, 422, "invalid_request", f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException) -> Response:
        if err.status_code == 404 and (other := _slash_twin(request)) is not None:
            return RedirectResponse(other, status_code=307)
        headers = dict(err.headers or {})
        if err.status_code == 405:
            headers["Allow"] = ", ".join(_allowed_methods(request))
        code = {404: "not_found", 405: "method_not_allowed"}.get(err.status_code, "http_error")
        return _error(request, err.status_code, code, str(err.detail), headers)

    @app.exception_handler(Exception)
    async def crash(request: Request, err: Exception) -> Response:
        return _error(request, 500, "internal_error", f"internal error: {type(err).__name__}")


def _error(
    request: Request, status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> Response:
    if _wants_json(request):
        return JSONResponse(error_body(code, message), status_code=status, headers=headers)
    page = render_error(request, status, message)
    return HTMLResponse(page, status_code=status, headers=headers)


def _matches(request: Request, path: str, method: str = "GET") -> Match:
    """How well the app's best route matches ``method`` at ``path``."""
    scope = {**request.scope, "path": path, "method": method}
    found = [route.matches(scope)[0] for route in request.app.router.routes]
    return max(found, key=lambda m: m.value, default=Match.NONE)


def _slash_twin(request: Request) -> str | None:
    """For a path no route matches, the same path with its trailing slash added or removed when
    a route matches that, as a relative URL (the query kept): what ``/static`` redirects to.
    Starlette's own redirect is absolute and echoes the client's Host header."""
    path = request.scope["path"]
    if request.method not in ("GET", "HEAD") or path == "/" or _matches(request, path).value:
        return None
    other = path.rstrip("/") if path.endswith("/") else path + "/"
    if other[:1] != "/" or other[1:2] in ("/", "\\") or not _matches(request, other).value:
        return None
    query = request.url.query
    return quote(other, safe="/") + (f"?{query}" if query else "")


METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")


def _allowed_methods(request: Request) -> list[str]:
    """The methods some route answers at the request's path: the ``Allow`` header of a 405
    (Starlette's names only those of the first route that matches the path)."""
    path = request.scope["path"]
    return [m for m in METHODS if _matches(request, path, m) == Match.FULL]
