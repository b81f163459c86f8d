"""The JSON API: documents, paragraphs, references, mandates, sessions, agendas, items, search,
comparison, request checks and exports, under ``/api``.

Each answer is the envelope of :mod:`mandata.web.app`; lists carry ``page`` (``limit``,
``offset``, ``next``: the offset of the next page or null). Only ``POST /api/documents`` writes,
and only with the operator's token: it is on a router of its own whose first dependency checks
the token, before anything else of the request is looked at. Every status an operation can
answer, and every content type, is in the OpenAPI document.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel
from starlette.background import BackgroundTask

from mandata.export.document import export_document, file_stem
from mandata.procedure import status as mandate_status
from mandata.registry import queries
from mandata.registry.store import Registry
from mandata.web import service
from mandata.web.errors import ApiError
from mandata.web.security import no_nul, require_token
from mandata.web.uploads import UPLOAD_BODY, parse_uploaded


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    """The error envelope (:func:`mandata.web.app.error_body`)."""

    ok: Literal[False]
    error: ErrorDetail


WHY = {
    400: "The upload is not a document that can be read (empty, damaged, encrypted, a scan), "
    "or its multipart body is malformed.",
    401: "No token, or not the operator's (``Authorization: Bearer TOKEN``).",
    403: "Writing is off: the operator set no MANDATA_TOKEN.",
    404: "Not in the registry.",
    413: "The upload is over the limit (MANDATA_UPLOAD_BYTES).",
    415: "The upload is not multipart/form-data, or its file is not .txt, .pdf, .docx, .html "
    "or .htm.",
    422: "A parameter is invalid (the envelope names which), or the path or query holds a NUL.",
    503: "Every parser is busy, or the server is stopping: try again later.",
}


UPLOAD_422 = (
    "No file in the field 'file', a document without a symbol (it cannot be stored), or a "
    "document that took longer than the limit (MANDATA_UPLOAD_SECONDS) to parse."
)


def errors(*codes: int, **why: str) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI responses of the error ``codes``: the envelope, and why each comes
    (``e422="..."`` says why for one operation)."""
    return {
        code: {"model": ErrorBody, "description": why.get(f"e{code}", WHY[code])} for code in codes
    }


router = APIRouter(
    prefix="/api", tags=["api"], dependencies=[Depends(no_nul)], responses=errors(422)
)
writer = APIRouter(
    prefix="/api",
    tags=["api"],
    dependencies=[Depends(require_token), Depends(no_nul)],  # the token first
    responses=errors(401, 403, 422),
)

Limit = Annotated[int, Query(ge=1, le=200, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip.")]
SessionNo = Annotated[int | None, Query(ge=1, le=300, description="Session number.")]
Lang = Annotated[
    Literal["ar", "en", "es", "fr", "ru", "zh"] | None, Query(description="Language version.")
]
Symbol = Annotated[str, Path(description="A UN document symbol, such as A/RES/80/123.")]
Text = Annotated[str | None, Query(max_length=200)]


def registry(request: Request) -> Registry:
    """The app's registry."""
    reg: Registry = request.app.state.registry
    return reg


Reg = Annotated[Registry, Depends(registry)]


def ok(data: Any, page: dict[str, Any] | None = None) -> dict[str, Any]:
    """The success envelope."""
    out: dict[str, Any] = {"ok": True, "data": data}
    if page is not None:
        out["page"] = page
    return out


def paged(rows: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """The envelope of one page of ``rows`` (fetched with one row more than ``limit``)."""
    more = len(rows) > limit
    return ok(
        rows[:limit], {"limit": limit, "offset": offset, "next": offset + limit if more else None}
    )


@router.get("/health")
def health(reg: Reg) -> dict[str, Any]:
    """Whether the app and its registry answer, and what the registry holds."""
    return ok({"status": "ok", "counts": queries.counts(reg)})


@router.get("/documents")
def list_documents(
    reg: Reg,
    session: SessionNo = None,
    body: Text = None,
    doc_type: Text = None,
    lang: Lang = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Stored documents (one row per language version), newest session first."""
    rows = queries.documents(
        reg, limit + 1, offset, session=session, body=body, doc_type=doc_type, language=lang
    )
    return paged(rows, limit, offset)


@router.get("/documents/{symbol:path}", responses=errors(404))
def get_document(reg: Reg, symbol: Symbol, lang: Lang = None) -> dict[str, Any]:
    """One language version of a document (English when no language is asked and it exists),
    with the languages the registry holds it in."""
    doc = service.document(reg, symbol, lang)
    return ok({"languages": queries.languages(reg, symbol), "document": doc.to_dict()})


@router.get("/paragraphs/{symbol:path}", responses=errors(404))
def get_paragraphs(
    reg: Reg,
    symbol: Symbol,
    lang: Lang = None,
    kind: Literal["preambular", "operative", "body"] | None = None,
    action: Text = None,
) -> dict[str, Any]:
    """The paragraphs of one version in document order, with their facts."""
    doc = service.document(reg, symbol, lang)
    rows = [
        asdict(p)
        for p in doc.all_paragraphs()
        if (kind is None or p.kind == kind) and (action is None or p.action == action)
    ]
    return ok({"symbol": doc.symbol, "language": doc.language, "paragraphs": rows})


@router.get("/references/{symbol:path}", responses=errors(404))
def get_references(reg: Reg, symbol: Symbol) -> dict[str, Any]:
    """What a document cites (resolved or dangling) and what cites it."""
    service.require_symbol(reg, symbol)
    return ok(queries.refs(reg, symbol))


@router.get("/mandates")
def list_mandates(
    reg: Reg,
    session: SessionNo = None,
    addressee: Text = None,
    type: Literal["report", "agenda_item", "directive"] | None = None,
    status: Literal["pending", "fulfilled", "overdue"] | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Mandates with their source paragraph and, for reports due at a session, their status."""
    rows = mandate_status.mandates(reg, session=session, addressee=addressee, type=type)
    if status is not None:
        rows = [m for m in rows if m["status"] == status]
    return paged(rows[offset : offset + limit + 1], limit, offset)


@router.get("/sessions")
def list_sessions(reg: Reg) -> dict[str, Any]:
    """Sessions of the registry's documents, with documents and mandates due."""
    return ok(queries.sessions(reg))


@router.get("/sessions/{number}")
def get_session(reg: Reg, number: Annotated[int, Path(ge=1, le=300)]) -> dict[str, Any]:
    """When regular session ``number`` opens (rule 1, or a date the Assembly fixed)."""
    return ok(service.opening(reg, number))


@router.get("/agenda/{number}")
def get_agenda(
    reg: Reg,
    number: Annotated[int, Path(ge=1, le=300)],
    proposed: bool = False,
    lang: Lang = None,
) -> dict[str, Any]:
    """The items the provisional agenda of session ``number`` must hold, each with its basis
    and the reports due under it (rule 13 (c)); ``proposed=true`` adds, flagged, the items
    that only drafts and requests (not adopted) put on it. An item ordered by the language
    versions of one text is one item: ``title`` in ``lang`` where a version words it (else
    English), ``titles`` and ``parents`` in every language held."""
    return ok({"session": number, "items": service.agenda(reg, number, proposed, lang)})


@router.get("/items", responses=errors(404))
def get_items(reg: Reg, q: Annotated[str, Query(min_length=1, max_length=300)]) -> dict[str, Any]:
    """Agenda items matching ``q`` (by identity in any language, or words of the title) and
    their history across sessions."""
    return ok({"items": service.items(reg, q)})


@router.get("/search")
def search(
    reg: Reg,
    q: Annotated[str, Query(min_length=1, max_length=300)],
    lang: Lang = None,
    session: SessionNo = None,
    body: Text = None,
    doc_type: Text = None,
    action: Text = None,
    addressee: Text = None,
    facets: bool = False,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Paragraphs matching every word of ``q`` in any of its forms, best first, with a snippet
    (matches in [brackets]); ``facets=true`` adds counts by body, session, type, action and
    language."""
    filters = {
        "session": session,
        "body": body,
        "doc_type": doc_type,
        "action": action,
        "addressee": addressee,
    }
    hits = queries.search(reg, q, limit + 1, lang, offset, **filters)
    out = paged([vars(h) for h in hits], limit, offset)
    if facets:
        found = queries.search_facets(reg, q, lang, **filters)
        out["facets"] = {
            k: [{"value": v, "count": n} for v, n in rows] for k, rows in found.items()
        }
    return out


@router.get("/compare/{symbol:path}", responses=errors(404))
def compare(reg: Reg, symbol: Symbol) -> dict[str, Any]:
    """The language versions of a document compared with its reference version."""
    return ok(service.comparison(reg, symbol).to_dict())


@router.get(
    "/export/{symbol:path}",
    response_class=Response,
    responses={
        200: {
            "description": "The file: JSON, or Akoma Ntoso XML.",
            "content": {"application/json": {}, "application/akn+xml": {}},
        },
        **errors(404),
    },
)
def export(
    reg: Reg,
    symbol: Symbol,
    format: Literal["json", "akn"] = "json",
    lang: Lang = None,
) -> Response:
    """One language version as a file: the JSON of the model, or Akoma Ntoso 3.0 (AKN4UN)."""
    doc = service.document(reg, symbol, lang)
    body, media, suffix = export_document(doc, format)
    name = f"{file_stem(doc)}.{suffix}"
    return Response(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


@router.get(
    "/tables",
    response_class=FileResponse,
    responses={
        200: {
            "description": "A zip file of the tables.",
            "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
def tables(reg: Reg, format: Literal["csv", "parquet"] = "csv") -> Response:
    """The whole registry as tables (documents, paragraphs, references, mandates) for pandas,
    R and spreadsheets: one zip file holding a CSV or Parquet file per table."""
    path, cleanup = service.tables_zip(reg, format)
    return FileResponse(
        path,
        media_type="application/zip",
        filename=f"mandata-tables-{format}.zip",
        background=BackgroundTask(cleanup),
    )


UPLOAD = {"requestBody": UPLOAD_BODY}


@router.post(
    "/check", openapi_extra=UPLOAD, responses=errors(400, 413, 415, 422, 503, e422=UPLOAD_422)
)
async def check(reg: Reg, request: Request) -> dict[str, Any]:
    """Check an uploaded letter asking for an agenda item against rules 13, 14, 15 and 20.
    Nothing is stored: the file is parsed in memory (multipart/form-data, field ``file``)."""
    doc = await parse_uploaded(request)
    return ok(await run_in_threadpool(service.check, reg, doc))


@writer.post(
    "/documents",
    status_code=201,
    openapi_extra=UPLOAD,
    responses=errors(400, 413, 415, 422, 503, e422=UPLOAD_422),
)
async def add_document(reg: Reg, request: Request) -> dict[str, Any]:
    """Parse an uploaded document (multipart/form-data, field ``file``) and store it in the
    registry (needs the operator's token, sent as ``Authorization: Bearer TOKEN``)."""
    doc = await parse_uploaded(request)
    if not doc.symbol:
        raise ApiError(422, "no_symbol", "the document gives no symbol; it cannot be stored")
    return ok(await run_in_threadpool(service.store_upload, reg, doc))
