"""Stage 1 of the flow: file bytes -> text.

:func:`read_file` and :func:`read_bytes` recognise the format (PDF, DOCX, HTML or plain text) by
its content first and its file name second, and return a :class:`RawText`. Every failure is one of
the :mod:`mandata.errors` exceptions with a one-line message naming the file; nothing else escapes,
so the CLI can print the message and move on to the next file.
"""

from __future__ import annotations

import io
import os
import re
import stat
import sys
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mandata.errors import (
    EncryptedDocument,
    MandataError,
    TooLarge,
    UnreadableDocument,
    UnsupportedFormat,
)
from mandata.read.legacy import LEGACY_FORMATS, convert_to_docx, legacy_format, read_doc_text
from mandata.read.legacy import has_converter as _has_converter
from mandata.read.text import decode_text, label_of
from mandata.read.visual import restore_text
from mandata.settings import ocr_setting

if TYPE_CHECKING:  # the readers of PDF, DOCX and HTML are imported when such a file is met
    from mandata.read.pdf import PdfLayout

__all__ = [
    "DEFAULT_MAX_BYTES",
    "RawText",
    "detect_format",
    "is_akn",
    "load_file",
    "read_bytes",
    "read_file",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_ENV_MAX_BYTES = "MANDATA_MAX_BYTES"


@dataclass(frozen=True)
class RawText:
    """A document's text as read from its file, before any normalisation.

    ``text`` has ``"\\n"`` line ends; PDF pages (and explicit DOCX page breaks) are separated by a
    form feed ``"\\f"``. ``encoding`` is the detected encoding of text and HTML files, ``pages``
    the page count of a PDF; both are ``None`` where they do not apply. ``layout`` is where each
    line of a PDF stands on its page (``None`` for the other formats).
    """

    text: str
    format: str  # "text" | "pdf" | "docx" | "html"
    encoding: str | None
    pages: int | None
    layout: PdfLayout | None = None


_EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".xhtml": "html"}
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OLE = "EncryptedPackage".encode("utf-16-le")
# Magic numbers of files people may feed us by mistake.
_FOREIGN = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"%!PS", "a PostScript file"),
)


def _is_docx_zip(data: bytes) -> bool:
    """A ZIP archive holding ``word/document.xml``: the package of a Word document."""
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def _looks_html(data: bytes) -> bool:
    """Does the start of the data (BOM, whitespace, XML declaration, comments aside) open HTML?"""
    head = data[:2048].replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n").lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b">") + 1 :].lstrip()
    while head.startswith(b"<!--") and b"-->" in head:
        head = head[head.find(b"-->") + 3 :].lstrip()
    return head.startswith(_HTML_STARTS)


def detect_format(data: bytes, name: str = "") -> str:
    """Return "pdf", "docx", "html", "doc", "rtf", "wpd" or "text": by magic bytes first, then by
    extension.

    ``%PDF-`` in the first KB means PDF, a ZIP with ``word/document.xml`` DOCX, an OLE file with
    a ``WordDocument`` stream .doc, ``{\\rtf`` RTF, ``\\xffWPC`` WordPerfect, a leading
    ``<!DOCTYPE html``, ``<html``, ``<head`` or ``<body`` HTML. Otherwise the extension decides
    (.pdf, .docx, .htm(l), .xhtml), and anything else is read as text.
    """
    if b"%PDF-" in data[:1024]:
        return "pdf"
    legacy = legacy_format(data)
    if legacy is not None:
        return legacy
    if _is_docx_zip(data):
        return "docx"
    if _looks_html(data):
        return "html"
    return _EXTENSIONS.get(os.path.splitext(name)[1].lower(), "text")


def _refuse_foreign(data: bytes, fmt: str, label: str) -> None:
    """Raise for data that is plainly not a document we read (images, archives, old Office)."""
    if data.startswith(_OLE) and fmt != "doc":
        if _ENCRYPTED_OLE in data:
            raise EncryptedDocument(f"{label}: encrypted (password-protected) Office document")
        raise UnsupportedFormat(
            f"{label}: an Office file that is not a Word document (Excel or PowerPoint?)"
        )
    for magic, what in _FOREIGN:
        if data.startswith(magic):
            raise UnsupportedFormat(f"{label}: {what}, not a document mandata reads")
    if fmt != "docx" and data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise UnsupportedFormat(f"{label}: a ZIP archive that is not a Word (DOCX) document")


def _limit(max_bytes: int | None) -> int:
    """The size limit: the argument, else ``MANDATA_MAX_BYTES``, else the default (50 MB)."""
    if max_bytes is not None:
        return min(max_bytes, sys.maxsize - 1)  # beyond it, no file is too large anyway
    raw = os.environ.get(_ENV_MAX_BYTES, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if not 0 < value < sys.maxsize:
        raise MandataError(
            f"{_ENV_MAX_BYTES} must be a positive number of bytes below {sys.maxsize}, not {raw!r}"
        )
    return value


def _too_large(size: int, limit: int, label: str) -> TooLarge:
    """The error for a file over the size limit, saying how to raise it."""
    return TooLarge(
        f"{label}: {size} bytes, over the limit of {limit} bytes (set {_ENV_MAX_BYTES} to raise it)"
    )


def read_bytes(
    data: bytes,
    name: str = "",
    max_bytes: int | None = None,
    ocr: str | None = None,
    language: str | None = None,
) -> RawText:
    """Read a document from its bytes; ``name`` (a file name) helps format detection and errors.
    ``ocr`` is when PDF pages are read by OCR (auto, always, never; None: ``MANDATA_OCR``),
    ``language`` the language to OCR them in (None: found from the text)."""
    label = label_of(name)
    limit = _limit(max_bytes)
    if len(data) > limit:
        raise _too_large(len(data), limit, label)
    if not data.strip():
        raise UnreadableDocument(f"{label}: empty file")
    fmt = detect_format(data, name)
    _refuse_foreign(data, fmt, label)
    raw = _read(data, fmt, label, limit, _Ocr(ocr or ocr_setting(), language))
    if not raw.text.strip():
        problem = "empty file" if fmt == "text" else f"no text in the {fmt} document"
        raise UnreadableDocument(f"{label}: {problem}")
    return raw


@dataclass(frozen=True)
class _Ocr:
    """When to OCR PDF pages, and in which language."""

    mode: str
    language: str | None


def _read(data: bytes, fmt: str, label: str, limit: int, ocr: _Ocr) -> RawText:
    """Hand the bytes to the reader of their format."""
    if fmt == "pdf":
        from mandata.read.pdf import read_pdf

        text, pages, layout = read_pdf(data, label, ocr.mode, ocr.language)
        return RawText(text, "pdf", None, pages, layout)
    if fmt == "docx":
        from mandata.read.docx import read_docx

        return RawText(read_docx(data, label, limit), "docx", None, None)
    if fmt in LEGACY_FORMATS:
        return _read_legacy(data, fmt, label, limit)
    if fmt == "html":
        from mandata.read.html import read_html

        text, encoding = read_html(data, label)
        return RawText(text, "html", encoding, None)
    text, encoding = decode_text(data, label)
    return RawText(restore_text(text), "text", encoding, None)


def _read_legacy(data: bytes, fmt: str, label: str, limit: int) -> RawText:
    """A .doc, .rtf or .wpd: converted to DOCX by LibreOffice, or a .doc read by antiword."""
    if fmt == "doc" and _ENCRYPTED_OLE in data:
        raise EncryptedDocument(f"{label}: encrypted (password-protected) Word document")
    if fmt == "doc" and not _has_converter("rtf"):  # no LibreOffice: antiword's text
        return RawText(read_doc_text(data, label), "doc", "utf-8", None)
    from mandata.read.docx import read_docx

    return RawText(
        read_docx(convert_to_docx(data, fmt, label, limit), label, limit), fmt, None, None
    )


_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def special_file(mode: int) -> str | None:
    """What a file of ``st_mode`` ``mode`` is when it is no regular file ("a FIFO"), else None."""
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _SPECIAL_FILES if test(mode)), "not a regular file")


def read_file(
    path: str | os.PathLike[str],
    max_bytes: int | None = None,
    ocr: str | None = None,
    language: str | None = None,
) -> RawText:
    """Read a document file; its size is checked with ``os.stat`` before it is loaded.

    The file is opened without blocking and must be a regular file: a FIFO or a device would
    make the read wait forever or never end."""
    name = os.fspath(path)
    return read_bytes(load_file(name, max_bytes), name, _limit(max_bytes), ocr, language)


def load_file(path: str | os.PathLike[str], max_bytes: int | None = None) -> bytes:
    """The bytes of a file, its size checked against the limit with ``os.stat`` first."""
    name = os.fspath(path)
    label = label_of(name)
    limit = _limit(max_bytes)
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as handle:
            info = os.fstat(fd)
            what = special_file(info.st_mode)
            if what is not None:
                raise UnreadableDocument(f"{label}: {what}, not a document file")
            if info.st_size > limit:
                raise _too_large(info.st_size, limit, label)
            data = handle.read(limit + 1)  # the file may grow between stat and read
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise UnreadableDocument(f"{label}: cannot read the file ({reason})") from err
    if len(data) > limit:
        raise _too_large(len(data), limit, label)
    return data


_AKN_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*"
    rb"<(?:[\w.-]+:)?akomaNtoso[\s>/]",
    re.DOTALL,
)


def is_akn(data: bytes) -> bool:
    """Whether ``data`` is Akoma Ntoso XML: its root element is ``<akomaNtoso>`` (by content,
    whatever the file is called)."""
    return bool(_AKN_START.match(data[:8192]))
