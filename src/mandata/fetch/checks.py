"""Is a body what it claims to be? A PDF that is really an HTML error page, a cut-off PDF, XML
that is not Akoma Ntoso, a bot firewall's page instead of MARCXML: each gives a one-line
:class:`BadContent`, and the file is not stored."""

from __future__ import annotations

import io
import json
import re
import zipfile

from lxml import etree

from mandata.errors import MandataError

_HTML_START = re.compile(rb"<(!doctype\s+html|html|head|body|title|script)[\s>/]")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MARC_NS = "http://www.loc.gov/MARC21/slim"


class BadContent(MandataError):
    """The body is not the kind of file that was asked for."""

    code = "bad_content"


def looks_html(body: bytes) -> bool:
    """Does the body open as an HTML page (an error page, a login or a bot challenge)?"""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b">") + 1 :].lstrip()
    while head.startswith(b"<!--") and b"-->" in head:
        head = head[head.find(b"-->") + 3 :].lstrip()
    return _HTML_START.match(head) is not None


def check(body: bytes, kind: str, content_type: str = "") -> None:
    """Raise :class:`BadContent` unless ``body`` is a ``kind`` file: pdf, docx, doc, xml
    (Akoma Ntoso), marcxml or json."""
    if not body.strip():
        raise BadContent(f"an empty body instead of {_NAMES[kind]}")
    if looks_html(body):
        typed = f" ({content_type})" if content_type else ""
        raise BadContent(f"an HTML page{typed} instead of {_NAMES[kind]}")
    _CHECKS[kind](body)


def _pdf(body: bytes) -> None:
    if b"%PDF-" not in body[:1024]:
        raise BadContent(f"not a PDF (it starts with {body[:16]!r})")
    if b"%%EOF" not in body[-8192:]:
        raise BadContent("a truncated PDF (no %%EOF at its end)")


def _docx(body: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise BadContent("a ZIP archive that is not a Word (DOCX) document")
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise BadContent("not a DOCX document (not a complete ZIP archive)") from None


def _doc(body: bytes) -> None:
    if not body.startswith(_OLE):
        _docx(body)  # ODS sometimes answers t=doc with the DOCX


def _root(body: bytes, what: str) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(body, parser)
    except etree.XMLSyntaxError as err:
        raise BadContent(f"not well-formed {what}: {str(err).splitlines()[0]}") from None


def _akn(body: bytes) -> None:
    root = _root(body, "XML")
    name = etree.QName(root).localname
    if name != "akomaNtoso":
        raise BadContent(f"XML that is not Akoma Ntoso (its root is <{name}>)")


def _marcxml(body: bytes) -> None:
    root = _root(body, "MARCXML")
    qname = etree.QName(root)
    if qname.localname not in ("collection", "record") or qname.namespace not in (MARC_NS, None):
        raise BadContent(f"XML that is not MARCXML (its root is <{qname.localname}>)")


def _json(body: bytes) -> None:
    try:
        json.loads(body)
    except ValueError as err:
        raise BadContent(f"not JSON: {err}") from None


_CHECKS = {
    "pdf": _pdf,
    "docx": _docx,
    "doc": _doc,
    "xml": _akn,
    "marcxml": _marcxml,
    "json": _json,
}
_NAMES = {
    "pdf": "a PDF",
    "docx": "a DOCX document",
    "doc": "a Word document",
    "xml": "Akoma Ntoso XML",
    "marcxml": "MARCXML",
    "json": "JSON",
}
