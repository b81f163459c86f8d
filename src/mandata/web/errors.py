"""What every module of the web app shares, and imports nothing of the app: the operator's
:class:`Config`, the :class:`ApiError` a handler raises, and the error envelope it becomes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mandata.model import Document

__all__ = ["ApiError", "Config", "error_body"]


@dataclass(frozen=True)
class Config:
    """What the operator chose: the registry, the writing token, the upload limit, and how
    uploads are parsed (by ``upload_workers`` processes, ``upload_seconds`` at most each, with
    ``parser``: :func:`mandata.web.workers.parse_upload` unless a test gives another)."""

    db: str | None = None
    token: str | None = None
    upload_bytes: int = 10 * 1024 * 1024
    upload_seconds: float = 60.0
    upload_workers: int = 2
    parser: Callable[[bytes, str, str | None, int], Document] | None = None


class ApiError(Exception):
    """An error the API reports in its envelope: HTTP ``status``, a ``code`` and one line, and
    ``headers`` the answer must carry (``WWW-Authenticate``, ``Retry-After``)."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}


def error_body(code: str, message: str) -> dict[str, Any]:
    """The error envelope."""
    return {"ok": False, "error": {"code": code, "message": message}}
