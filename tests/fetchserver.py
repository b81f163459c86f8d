"""A local HTTP server that plays the UN's services for the fetch tests (no test touches the
network), and the documents it serves, written by hand from the services' documented shapes.

:class:`Server` answers from a table of routes (path and query as the client sends them) with
:class:`Reply` objects: a status, headers and a body, optionally late (``delay``) or cut short
(``declared`` more bytes than sent). Replies given as a list are used in turn, the last one
repeating. Every request is logged with its arrival time, so that tests measure the client's
pauses on the server's side.
"""

from __future__ import annotations

import io
import json
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote

from mandata import lang
from mandata.fetch import igov, ods, undl, unxml

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the answer
    declared: int | None = None  # a Content-Length larger than the body: a cut-off answer


@dataclass(frozen=True)
class Hit:
    at: float  # time.monotonic() when the request arrived
    target: str  # path and query, as sent
    headers: dict[str, str]


class _QuietServer(ThreadingHTTPServer):
    """A client that closes its connection (a retry after a 503 drops the kept-alive socket) is
    no error of the server: socketserver would print its traceback on standard error, which the
    tests capture with mandata's output."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class Server:
    """The routes, the log, and the server thread."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Reply]] = {}
        self.log: list[Hit] = []
        self.lock = threading.Lock()
        handler = _handler(self)
        self.http = _QuietServer(("127.0.0.1", 0), handler)
        self.http.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}"
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()

    def route(self, url: str, *replies: Reply) -> None:
        """Answer ``url`` (absolute, on this server, or a path) with ``replies`` in turn."""
        self.routes[url.removeprefix(self.url)] = list(replies)

    def reply(self, target: str, headers: dict[str, str]) -> Reply:
        with self.lock:
            self.log.append(Hit(time.monotonic(), target, headers))
            replies = self.routes.get(target)
            if not replies:
                return Reply(
                    404, b"<html><body>Not found</body></html>", {"Content-Type": "text/html"}
                )
            return replies.pop(0) if len(replies) > 1 else replies[0]

    def hits(self, url: str) -> list[Hit]:
        target = url.removeprefix(self.url)
        return [h for h in self.log if h.target == target]

    def targets(self) -> list[str]:
        return [h.target for h in self.log]


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            reply = server.reply(self.path, dict(self.headers))
            if reply.delay:
                time.sleep(reply.delay)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            length = reply.declared if reply.declared is not None else len(reply.body)
            self.send_header("Content-Length", str(length))
            if reply.declared is not None:
                self.send_header("Connection", "close")
            self.end_headers()
            try:
                self.wfile.write(reply.body)
                self.wfile.flush()
            except OSError:
                pass  # the client gave up (a timeout test)
            if reply.declared is not None:
                self.close_connection = True

        def log_message(self, *args: object) -> None:
            pass

    return Handler


# -- documents ---------------------------------------------------------------------------


def make_pdf(text: str) -> bytes:
    """A real PDF of ``text`` (Helvetica, Windows-1252: English, French, Spanish), which
    mandata's PDF reader reads back."""
    lines: list[str] = []
    for para in text.splitlines():
        lines += textwrap.wrap(para, 95) or [""]
    pages = [lines[i : i + 60] for i in range(0, len(lines), 60)] or [[""]]
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    kids = []
    for page in pages:
        shown = " ".join(f"({_pdf_escape(line)}) '" for line in page)
        data = f"BT /F1 9 Tf 12 TL 40 800 Td {shown} ET".encode("cp1252", "replace")
        objects.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def _pdf_escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_docx(text: str) -> bytes:
    """A DOCX with one paragraph per line of ``text`` (any script)."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def example(language: str, name: str = "resolution") -> str:
    """mandata's own example text (examples/), never a corpus file."""
    return (ROOT / "examples" / language / f"{name}.txt").read_text(encoding="utf-8")


def akn(symbol: str, language: str, text: str = "") -> bytes:
    """A small Akoma Ntoso document, shaped like the UN's."""
    body = text or f"The General Assembly, recalling its resolution 77/13 ({language})"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
        f'<statement name="resolution"><meta><identification source="#un">'
        f'<FRBRWork><FRBRthis value="/akn/un/statement/resolution/unga/{symbol}"/></FRBRWork>'
        "</identification></meta>"
        f'<coverPage><p><docNumber refersTo="#symbol">{symbol}</docNumber></p></coverPage>'
        f"<mainBody><p>{body}</p></mainBody></statement></akomaNtoso>"
    ).encode()


# -- the services' answers ----------------------------------------------------------------


def marc_record(
    record_id: int,
    symbol: str,
    title: str,
    date: str = "2025-12-01",
    drafts: tuple[str, ...] = (),
    meeting: str | None = None,
    votes: tuple[int, int, int] | None = None,
    files: bool = True,
) -> str:
    """One Digital Library record in MARCXML, with the fields mandata reads."""

    def field_(tag: str, subfields: list[tuple[str, str]], ind1: str = " ") -> str:
        subs = "".join(f'<subfield code="{c}">{_xml(v)}</subfield>' for c, v in subfields)
        return f'<datafield tag="{tag}" ind1="{ind1}" ind2=" ">{subs}</datafield>'

    parts = [f'<controlfield tag="001">{record_id}</controlfield>']
    parts.append(field_("191", [("a", symbol), ("b", "A/"), ("c", symbol.split("/")[2])]))
    parts.append(field_("245", [("a", title)], "1"))
    parts.append(field_("269", [("a", date)]))
    parts += [
        field_("650", [("a", s)], "1")
        for s in ("INTERNATIONAL COOPERATION", "REGIONAL ORGANIZATIONS")
    ]
    parts.append(
        field_(
            "991",
            [
                ("a", "A/80/251"),
                ("b", "125 t"),
                (
                    "c",
                    "Cooperation between the United Nations and regional and other organizations",
                ),
            ],
        )
    )
    parts += [field_("993", [("a", d)], "2") for d in drafts]
    if meeting:
        parts.append(field_("993", [("a", meeting)], "3"))
    if votes:
        parts.append(
            field_(
                "996",
                [
                    ("a", "Recorded vote"),
                    ("b", str(votes[0])),
                    ("c", str(votes[1])),
                    ("d", str(votes[2])),
                    ("f", "193"),
                ],
            )
        )
    if files:
        for code in ("AR", "EN", "ES", "FR", "RU", "ZH"):
            name = quote(f"{symbol.replace('/', '_')}-{code}.pdf")
            parts.append(
                field_(
                    "856", [("u", f"{{undl}}/record/{record_id}/files/{name}"), ("y", code)], "4"
                )
            )
    return "<record>" + "".join(parts) + "</record>"


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def marc_page(records: list[str], total: int, base: str) -> bytes:
    """A search answer: the total comment, then the records."""
    body = "".join(records).replace("{undl}", base)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<!-- Search-Engine-Total-Number-Of-Results: {total} -->\n"
        f'<collection xmlns="http://www.loc.gov/MARC21/slim">{body}</collection>'
    ).encode()


def xml_reply(body: bytes) -> Reply:
    return Reply(200, body, {"Content-Type": "application/xml; charset=utf-8"})


def pdf_reply(body: bytes) -> Reply:
    return Reply(200, body, {"Content-Type": "application/pdf"})


def json_reply(data: object) -> Reply:
    return Reply(200, json.dumps(data).encode(), {"Content-Type": "application/json"})


def html_error() -> Reply:
    page = b"<!DOCTYPE html><html><head><title>Error</title></head><body>Service unavailable</body></html>"
    return Reply(200, page, {"Content-Type": "text/html; charset=utf-8"})


def serve_ods(server: Server, symbol: str, language: str, body: bytes, fmt: str = "pdf") -> str:
    """ODS: the symbol's address redirects to a file under /doc/; the file's address."""
    target = quote(f"/doc/UNDOC/GEN/{symbol.replace('/', '_')}-{language}.{fmt}")
    server.route(
        ods.file_url(server.url, symbol, language, fmt), Reply(302, b"", {"Location": target})
    )
    kind = (
        "application/pdf"
        if fmt == "pdf"
        else "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    server.route(target, Reply(200, body, {"Content-Type": kind}))
    return server.url + target


def serve_record(server: Server, record: str, symbol: str) -> str:
    """The Digital Library's answer to the search for one symbol; its URL."""
    url = undl.search_url(server.url, undl.symbol_query(symbol), 10, 1)
    server.route(url, xml_reply(marc_page([record], 1, server.url)))
    return url


def serve_listing(
    server: Server, repository: str, directory: str, language: str, files: dict[str, bytes]
) -> None:
    """A GitHub contents-API listing of UN XML files, and the files."""
    listing = []
    for name, body in files.items():
        raw = f"/raw/{repository}/{directory}/{lang.get(language).name}/{quote(name)}"
        listing.append(
            {"name": name, "type": "file", "download_url": server.url + raw, "size": len(body)}
        )
        server.route(raw, xml_reply(body))
    server.route(
        unxml.listing_url(server.url + "/repos/UNxml", repository, directory, language),
        json_reply(listing),
    )


def igov_decisions(session: int) -> list[dict[str, object]]:
    return [
        {
            "ED_DecisionNumber": f"{session}/401",
            "ED_Title": "Appointment of the members of the Credentials Committee",
            "ED_AgendaItem": "3(a)",
            "ED_Session": igov.session_label(session),
            "ED_Meeting": [
                {"ED_Date": "2024-09-10T04:00:00.000Z", "ED_Number": "1st plenary meeting"}
            ],
            "ED_DecisionText": "At its 1st plenary meeting, on 10 September 2024, the General Assembly appointed a Credentials Committee.",
        },
        {
            "ED_DecisionNumber": f"{session}/502",
            "ED_Title": "Programme of work",
            "ED_Meeting": [],
            "ED_DecisionText": "At its 2nd plenary meeting, the General Assembly took note of the programme of work.",
        },
    ]


def env(server: Server, delay: float = 0.0, **extra: str) -> dict[str, str]:
    """The settings that point mandata fetch at ``server``."""
    values = {
        "MANDATA_ODS_URL": server.url,
        "MANDATA_UNDL_URL": server.url,
        "MANDATA_UNXML_URL": server.url + "/repos/UNxml",
        "MANDATA_IGOV_URL": server.url,
        "MANDATA_FETCH_DELAY": str(delay),
        "MANDATA_FETCH_TIMEOUT": "5",
        "MANDATA_FETCH_RETRIES": "2",
        "MANDATA_FETCH_CONTACT": "mandata-tests@example.org",
    }
    values.update(extra)
    return values


def served(server: Server) -> Iterator[Server]:
    try:
        yield server
    finally:
        server.close()
