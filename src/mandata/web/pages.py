"""The web UI: server-rendered pages over the registry (Jinja2, autoescaped), readable without
JavaScript, right-to-left where the text is Arabic."""

from __future__ import annotations

from importlib.resources import files
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from mandata import __version__
from mandata.compare.view import side_by_side
from mandata.errors import MandataError
from mandata.fetch.provenance import source_of
from mandata.model import Document
from mandata.procedure import status as mandate_status
from mandata.procedure.lineage import item_history
from mandata.procedure.review import cited_series, find_series, item_series, resolution_symbol
from mandata.registry import queries
from mandata.registry.store import Registry
from mandata.registry.votes import votes_of
from mandata.web import render, service
from mandata.web.errors import ApiError
from mandata.web.links import document_url, un_url
from mandata.web.security import no_nul
from mandata.web.uploads import parse_uploaded

router = APIRouter(include_in_schema=False, dependencies=[Depends(no_nul)])
templates = Jinja2Templates(directory=str(files("mandata.web") / "templates"))
LANGS = ("ar", "en", "es", "fr", "ru", "zh")


templates.env.filters["symbol"] = lambda symbol: symbol or "(no symbol)"
templates.env.globals.update(
    doc_url=document_url,
    sym=lambda symbol: quote(symbol or "", safe="/"),
    un_url=un_url,
    version=__version__,
    language_names=render.LANGUAGE_NAMES,
    direction=render.direction,
    entity_label=render.entity_label,
    body_label=render.body_label,
    langs=LANGS,
    document_types=render.DOCUMENT_TYPES,
)


def registry(request: Request) -> Registry:
    reg: Registry = request.app.state.registry
    return reg


Reg = Annotated[Registry, Depends(registry)]
Lang = Annotated[str | None, Query(pattern="^(ar|en|es|fr|ru|zh)?$")]  # "" from a form: any
SessionNo = Annotated[int | None, Query(ge=1, le=300)]


def page(request: Request, name: str, **context: Any) -> HTMLResponse:
    """Render template ``name`` with ``context``."""
    return templates.TemplateResponse(request, name, context)


def render_error(request: Request, status: int, message: str) -> str:
    """The HTML of an error page."""
    return templates.get_template("error.html").render(
        request=request, status=status, message=message
    )


@router.get("/", response_class=HTMLResponse)
def home(request: Request, reg: Reg) -> HTMLResponse:
    rows = queries.sessions(reg)
    return page(
        request,
        "home.html",
        counts=queries.counts(reg),
        sessions=rows,
        chart=render.session_chart(rows),
    )


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    reg: Reg,
    q: Annotated[str, Query(max_length=300)] = "",
    lang: Lang = None,
    session: SessionNo = None,
    body: Annotated[str | None, Query(max_length=40)] = None,
    doc_type: Annotated[str | None, Query(max_length=40)] = None,
    action: Annotated[str | None, Query(max_length=60)] = None,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> HTMLResponse:
    lang = lang or None
    filters = {"session": session, "body": body, "doc_type": doc_type, "action": action}
    hits: list[Any] = []
    facets: dict[str, Any] = {}
    if q.strip():
        hits = queries.search_marked(reg, q, 21, lang, offset, **filters)
        facets = queries.search_facets(reg, q, lang, **filters)
    chosen = {k: v for k, v in {**filters, "language": lang}.items() if v is not None}

    def link(**change: Any) -> str:
        params = {**chosen, "q": q, **change}
        if "language" in params:
            params["lang"] = params.pop("language")
        return "/search?" + urlencode({k: v for k, v in params.items() if v is not None})

    return page(
        request,
        "search.html",
        q=q,
        hits=hits[:20],
        facets=facets,
        chosen=chosen,
        link=link,
        offset=offset,
        more=len(hits) > 20,
    )


@router.get("/documents", response_class=HTMLResponse)
def documents(
    request: Request,
    reg: Reg,
    session: SessionNo = None,
    doc_type: Annotated[str | None, Query(max_length=40)] = None,
    lang: Lang = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> HTMLResponse:
    rows = queries.documents(
        reg, 51, offset, session=session, doc_type=doc_type, language=lang or None
    )
    filters = {"session": session, "doc_type": doc_type, "lang": lang or None}
    nxt = urlencode({k: v for k, v in {**filters, "offset": offset + 50}.items() if v})
    return page(
        request,
        "documents.html",
        rows=rows[:50],
        filters=filters,
        next=nxt if len(rows) > 50 else None,
    )


@router.get("/doc/{symbol:path}", response_class=HTMLResponse)
def document(
    request: Request,
    reg: Reg,
    symbol: str,
    lang: Lang = None,
) -> HTMLResponse:
    doc = service.document(reg, symbol, lang or None)
    return _document_page(request, reg, doc, queries.languages(reg, symbol))


@router.get("/doc", response_class=HTMLResponse)
def document_by_query(
    request: Request,
    reg: Reg,
    symbol: Annotated[str, Query(min_length=1, max_length=300)],
    lang: Lang = None,
) -> HTMLResponse:
    """A document whose symbol a path would not keep (see :mod:`mandata.web.links`)."""
    return document(request, reg, symbol, lang)


@router.get("/document/{document_id}", response_class=HTMLResponse)
def document_by_id(request: Request, reg: Reg, document_id: int) -> HTMLResponse:
    doc = queries.show_id(reg, document_id) if 0 < document_id < 2**62 else None
    if doc is None:
        raise ApiError(404, "not_found", f"no document {document_id} in the registry")
    languages = queries.languages(reg, doc.symbol) if doc.symbol else []
    return _document_page(request, reg, doc, languages)


def _document_page(
    request: Request, reg: Registry, doc: Document, languages: list[str]
) -> HTMLResponse:
    """A document's page: its parts, its language versions, where it was fetched from, and
    which of the documents it names (citations, drafts, related records) it can link."""
    source = source_of(request, doc)
    record = (source or {}).get("record") or {}
    related = [r["symbol"] for r in record.get("related", []) if r.get("symbol")]
    named = sorted({r.target for r in doc.references} | set(doc.drafts) | set(related))
    return page(
        request,
        "document.html",
        doc=doc,
        parts=render.parts(doc),
        languages=languages,
        stored=queries.stored_symbols(reg, named),
        source=source,
        series=find_series(reg, doc.symbol) if resolution_symbol(doc.symbol or "") else [],
        votes=votes_of(reg, doc.symbol) if doc.symbol else None,
    )


@router.get("/compare/{symbol:path}", response_class=HTMLResponse)
def compare(
    request: Request,
    reg: Reg,
    symbol: str,
    left: Lang = None,
    right: Lang = None,
) -> HTMLResponse:
    held = queries.languages(reg, symbol)
    if len(held) < 2:
        raise ApiError(404, "not_found", f"the registry holds fewer than two versions of {symbol}")
    left = left if left in held else ("en" if "en" in held else held[0])
    right = right if right in held and right != left else next(x for x in held if x != left)
    a, b = service.document(reg, symbol, left), service.document(reg, symbol, right)
    return page(
        request,
        "compare.html",
        symbol=symbol,
        left=a,
        right=b,
        rows=side_by_side(a, b),
        languages=held,
    )


@router.get("/refs/{symbol:path}", response_class=HTMLResponse)
def citations(request: Request, reg: Reg, symbol: str) -> HTMLResponse:
    service.require_symbol(reg, symbol)
    found = queries.refs(reg, symbol)
    held = bool(queries.languages(reg, symbol))
    return page(
        request,
        "refs.html",
        symbol=symbol,
        found=found,
        graph=render.citation_graph(found, held),
        held=held,
    )


@router.get("/agenda", response_class=HTMLResponse, response_model=None)
def agenda_form(request: Request, reg: Reg, session: SessionNo = None) -> Response:
    if session is not None:
        return RedirectResponse(f"/agenda/{session}", status_code=303)
    return page(request, "agenda_index.html", sessions=queries.sessions(reg))


@router.get("/agenda/{number}", response_class=HTMLResponse)
def agenda(
    request: Request,
    reg: Reg,
    number: int,
    addressee: Annotated[str | None, Query(max_length=80)] = None,
    status: Annotated[str | None, Query(pattern="^(pending|fulfilled|overdue)?$")] = None,
    lang: Lang = None,
) -> HTMLResponse:
    """A session's page: its opening, its provisional agenda (each item titled in the page's
    language where a version words it, the other versions' titles under it) and the mandates
    due at it."""
    if not 1 <= number <= 300:
        raise ApiError(404, "not_found", f"there is no session {number}")
    # once: the addressees come from all of them
    every = mandate_status.mandates(reg, session=number)
    addressees = sorted({m["addressee"] for m in every if m["addressee"]})
    due = [
        m
        for m in every
        if (not addressee or m["addressee"] == addressee) and (not status or m["status"] == status)
    ]
    return page(
        request,
        "agenda.html",
        session=number,
        opening=service.opening(reg, number),
        items=service.agenda(reg, number, proposed=True, language=lang or None),
        mandates=due,
        addressees=addressees,
        addressee=addressee or "",
        status=status or "",
        page_lang=lang or "en",
    )


@router.get("/mandates", response_class=HTMLResponse)
def mandates(
    request: Request,
    reg: Reg,
    addressee: Annotated[str | None, Query(max_length=80)] = None,
    status: Annotated[str | None, Query(pattern="^(pending|fulfilled|overdue)?$")] = None,
    type: Annotated[str | None, Query(pattern="^(report|agenda_item|directive)?$")] = None,
) -> HTMLResponse:
    """The mandates calendar: every mandate with a session, by session, with its status."""
    every = mandate_status.mandates(reg, type=type or None)
    addressees = sorted({m["addressee"] for m in every if m["addressee"]})
    shown = [
        m
        for m in every
        if m["session"] is not None
        and (not addressee or m["addressee"] == addressee)
        and (not status or m["status"] == status)
    ]
    by_session: dict[int, list[dict[str, Any]]] = {}
    for m in shown:
        by_session.setdefault(int(m["session"]), []).append(m)
    return page(
        request,
        "mandates.html",
        sessions=sorted(by_session.items(), reverse=True),
        addressees=addressees,
        filters={"addressee": addressee or "", "status": status or "", "type": type or ""},
        total=len(shown),
    )


@router.get("/item", response_class=HTMLResponse)
def item(request: Request, reg: Reg, q: Annotated[str, Query(max_length=300)] = "") -> HTMLResponse:
    found = item_history(reg, q) if q.strip() else []
    for it in found:
        it["series"] = item_series(reg, it["events"])
        it["cited_series"] = None if it["series"] else cited_series(reg, it)
    return page(request, "item.html", q=q, items=found)


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API's operations, read from its own OpenAPI document (no CDN, no script)."""
    spec = request.app.openapi()
    operations = [
        {
            "method": method.upper(),
            "path": path,
            "summary": op.get("summary", ""),
            "description": op.get("description", ""),
            "parameters": op.get("parameters", []),
            "body": "requestBody" in op,
        }
        for path, methods in spec["paths"].items()
        for method, op in methods.items()
    ]
    return page(request, "api_docs.html", operations=operations, openapi=spec["openapi"])


@router.get("/check", response_class=HTMLResponse)
def check_form(request: Request) -> HTMLResponse:
    return page(request, "check.html", result=None, error=None)


@router.post("/check", response_class=HTMLResponse)
async def check(request: Request, reg: Reg) -> HTMLResponse:
    """The form's upload checked: parsed in a worker, the result or the error on the page."""
    try:
        doc = await parse_uploaded(request)
    except (ApiError, MandataError) as err:
        status = err.status if isinstance(err, ApiError) else 400
        message = err.message if isinstance(err, ApiError) else str(err)
        response = page(request, "check.html", result=None, error=message)
        response.status_code = status
        response.headers.update(err.headers if isinstance(err, ApiError) else {})
        return response
    result = await run_in_threadpool(service.check, reg, doc)
    return page(request, "check.html", result=result, error=None)
