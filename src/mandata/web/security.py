"""What keeps the web app safe: the writing token, the upload limit and format list, and inputs
that databases refuse.

An uploaded file is read into memory (never more than the limit plus one chunk) and parsed from
its bytes: the client's file name is used only for its suffix, which must be one the parser
reads, and for a symbol when it spells one (``A_RES_79_10.txt``); it never reaches the file
system.
"""

from __future__ import annotations

import hmac
from pathlib import PurePosixPath

from fastapi import Request, UploadFile

from mandata.batch import SUFFIXES
from mandata.model import Document
from mandata.parse import parse_akn, parse_raw
from mandata.read import is_akn, read_bytes
from mandata.symbols import symbol_from_filename
from mandata.web.app import ApiError, Config

CHUNK = 64 * 1024


def no_nul(request: Request) -> None:
    """Refuse a NUL character in the path or query: PostgreSQL cannot hold one in a string."""
    if "\x00" in request.url.path or any("\x00" in v for v in request.query_params.values()):
        raise ApiError(422, "invalid_request", "the request holds a NUL character")


def require_token(request: Request, authorization: str | None) -> None:
    """Let a writing request through only with the operator's token; with no token set,
    writing is off altogether."""
    config: Config = request.app.state.config
    if not config.token:
        raise ApiError(403, "writing_disabled", "writing is off: the operator set no MANDATA_TOKEN")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), config.token.encode()):
        raise ApiError(401, "bad_token", "a valid token is needed: Authorization: Bearer TOKEN")


def upload_name(filename: str | None) -> tuple[str, str | None]:
    """The name the parser sees (``upload`` and the client's suffix, if allowed) and the symbol
    the client's file name spells, if any."""
    base = PurePosixPath((filename or "").replace("\\", "/")).name
    suffix = PurePosixPath(base).suffix.lower()
    if suffix not in SUFFIXES:
        allowed = ", ".join(sorted(SUFFIXES))
        raise ApiError(415, "unsupported_format", f"only {allowed} files are read")
    return f"upload{suffix}", symbol_from_filename(base)


async def read_upload(request: Request, file: UploadFile) -> Document:
    """Parse an uploaded file in memory, refusing it when too large or of another format."""
    config: Config = request.app.state.config
    name, symbol = upload_name(file.filename)
    data = bytearray()
    while chunk := await file.read(CHUNK):
        data += chunk
        if len(data) > config.upload_bytes:
            raise ApiError(
                413,
                "too_large",
                f"the file is over the upload limit of {config.upload_bytes} bytes",
            )
    if is_akn(bytes(data)):  # Akoma Ntoso XML (the UN's own files): read, not parsed as text
        return parse_akn(bytes(data), source=name)
    raw = read_bytes(bytes(data), name, config.upload_bytes)
    return parse_raw(raw, source=name, symbol=symbol)
