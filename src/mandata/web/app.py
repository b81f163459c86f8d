"""The application: one FastAPI app holding one registry, with the JSON API under ``/api`` and
the pages everywhere else.

Every API answer is an envelope: ``{"ok": true, "data": ..., "page": ...}`` on success and
``{"ok": false, "error": {"code", "message"}}`` on failure, with the matching HTTP status. Pages
answer errors with an HTML page of the same status. Nothing here writes unless the operator set a
token (:mod:`mandata.web.security`).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mandata import __version__
from mandata.errors import MandataError
from mandata.registry.store import Registry
from mandata.settings import token_setting, upload_bytes_setting


@dataclass(frozen=True)
class Config:
    """What the operator chose: the registry, the writing token and the upload limit."""

    db: str | None = None
    token: str | None = None
    upload_bytes: int = 10 * 1024 * 1024


class ApiError(Exception):
    """An error the API reports in its envelope: HTTP ``status``, a ``code`` and one line."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_body(code: str, message: str) -> dict[str, Any]:
    """The error envelope."""
    return {"ok": False, "error": {"code": code, "message": message}}


def create_app(config: Config | None = None) -> FastAPI:
    """The app over the registry ``config.db`` (``MANDATA_DB`` or ./mandata.db by default)."""
    if config is None:
        config = Config(token=token_setting(), upload_bytes=upload_bytes_setting())
    registry = Registry(config.db)
    app = FastAPI(
        title="mandata",
        version=__version__,
        description="UN parliamentary documents as linked data: documents, paragraphs, "
        "references, mandates, agendas and items, in six languages.",
        docs_url=None,  # /api/docs is a page of our own (pages.py): Swagger UI loads from a CDN
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.registry = registry
    app.state.config = config
    app.router.add_event_handler("shutdown", registry.close)
    _add_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    from mandata.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
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
        return _error(request, err.status, err.code, err.message)

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
        code = {404: "not_found", 405: "method_not_allowed"}.get(err.status_code, "http_error")
        return _error(request, err.status_code, code, str(err.detail))

    @app.exception_handler(Exception)
    async def crash(request: Request, err: Exception) -> Response:
        return _error(request, 500, "internal_error", f"internal error: {type(err).__name__}")


def _error(request: Request, status: int, code: str, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse(error_body(code, message), status_code=status)
    from mandata.web.pages import render_error

    return HTMLResponse(render_error(request, status, message), status_code=status)
