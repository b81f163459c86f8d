"""Uploaded files: read from the request as it streams, with a cap, and never spooled to disk.

The body must be ``multipart/form-data`` with the file in the field ``file`` (415 otherwise). A
declared ``Content-Length`` over the cap is refused before a byte is read; a body that turns out
larger (chunked, or lying about its length) is refused as soon as the cap is passed (413). The
cap is the upload limit for the file, plus :data:`FORM_SLACK` for the form's own framing and any
other fields, which are read and dropped.

The client's file name is used only for its suffix, which must be one the parser reads (415),
and for a symbol when it spells one (``A_RES_79_10.txt``); it never reaches the file system.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from fastapi import Request
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from mandata.batch import SUFFIXES
from mandata.symbols import symbol_from_filename
from mandata.web.errors import ApiError, Config

if TYPE_CHECKING:
    from mandata.model import Document
    from mandata.web.workers import ParseWorkers

FORM_SLACK = 64 * 1024
"""Bytes a form may hold beyond the file itself: boundaries, part headers, small fields."""

UPLOAD_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {
                        "type": "string",
                        "format": "binary",
                        "description": "The document: .txt, .pdf, .docx, .html or .htm.",
                    }
                },
            }
        }
    },
}
"""The request body of an upload, for the OpenAPI document (the handlers read it themselves)."""


@dataclass(frozen=True)
class Upload:
    """The uploaded file: the name the parser sees, the symbol its name spells, its bytes."""

    name: str
    symbol: str | None
    data: bytes


def upload_name(filename: str | None) -> tuple[str, str | None]:
    """The name the parser sees (``upload`` and the client's suffix, if allowed) and the symbol
    the client's file name spells, if any."""
    base = PurePosixPath((filename or "").replace("\\", "/")).name
    suffix = PurePosixPath(base).suffix.lower()
    if suffix not in SUFFIXES:
        allowed = ", ".join(sorted(SUFFIXES))
        raise ApiError(415, "unsupported_format", f"only {allowed} files are read")
    return f"upload{suffix}", symbol_from_filename(base)


def too_large(limit: int) -> ApiError:
    """The 413 of an upload over ``limit`` bytes."""
    return ApiError(413, "too_large", f"the file is over the upload limit of {limit} bytes")


async def receive_upload(request: Request, limit: int) -> Upload:
    """The file of a multipart upload, its size checked against ``limit`` bytes: first the
    declared ``Content-Length``, then the bytes as they arrive."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + FORM_SLACK:
        raise too_large(limit)
    content_type = request.headers.get("content-type")
    if content_type is None:
        raise ApiError(422, "invalid_request", "file: Field required (a multipart/form-data body)")
    kind, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise ApiError(
            415,
            "unsupported_media_type",
            "send the file as multipart/form-data, in the field 'file'",
        )
    form = _FileField(boundary, limit)
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit + FORM_SLACK:
            raise too_large(limit)
        form.feed(chunk)
    return form.upload()


class _FileField:
    """A multipart body fed chunk by chunk, keeping the part named ``file`` in memory (at most
    ``limit`` bytes of it) and dropping the other parts."""

    def __init__(self, boundary: bytes, limit: int) -> None:
        self.limit = limit
        self.found: tuple[str | None, bytearray] | None = None
        self._header: list[bytes] = [b"", b""]
        self._disposition = b""
        self._data: bytearray | None = None
        self._parser = MultipartParser(
            boundary,
            {
                "on_part_begin": self._begin,
                "on_header_field": lambda d, a, b: self._add_header(0, d[a:b]),
                "on_header_value": lambda d, a, b: self._add_header(1, d[a:b]),
                "on_header_end": self._end_header,
                "on_headers_finished": self._start_data,
                "on_part_data": self._add_data,
                "on_part_end": self._end_part,
            },
        )

    def feed(self, chunk: bytes) -> None:
        try:
            self._parser.write(chunk)
        except MultipartParseError as err:
            raise ApiError(400, "invalid_form", f"the multipart body is malformed: {err}") from None

    def upload(self) -> Upload:
        try:
            self._parser.finalize()
        except MultipartParseError as err:
            raise ApiError(400, "invalid_form", f"the multipart body is malformed: {err}") from None
        if self.found is None:
            raise ApiError(422, "invalid_request", "file: Field required")
        name, symbol = upload_name(self.found[0])
        return Upload(name, symbol, bytes(self.found[1]))

    def _begin(self) -> None:
        self._disposition, self._data = b"", None

    def _add_header(self, which: int, data: bytes) -> None:
        self._header[which] += data

    def _end_header(self) -> None:
        field, value = self._header
        if field.strip().lower() == b"content-disposition":
            self._disposition = value
        self._header = [b"", b""]

    def _start_data(self) -> None:
        _, params = parse_options_header(self._disposition)
        if params.get(b"name") == b"file" and self.found is None:
            self._data = bytearray()
            filename = params.get(b"filename")
            self.found = (filename.decode("utf-8", "replace") if filename else None, self._data)

    def _add_data(self, data: bytes, start: int, end: int) -> None:
        if self._data is None:
            return
        self._data += data[start:end]
        if len(self._data) > self.limit:
            raise too_large(self.limit)

    def _end_part(self) -> None:
        self._data = None


async def parse_uploaded(request: Request) -> Document:
    """The uploaded file of ``request``, received with a cap and parsed in a worker."""
    config: Config = request.app.state.config
    upload = await receive_upload(request, config.upload_bytes)
    workers: ParseWorkers = request.app.state.workers
    return await workers.parse(upload.data, upload.name, upload.symbol, config.upload_bytes)
