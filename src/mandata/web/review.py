"""Pages and API of the mandate review (#19): series and their timelines, the diff between two
resolutions, the mandates of an entity. Thin: the data comes from
:mod:`mandata.procedure.review`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse

from mandata.procedure import review
from mandata.registry.store import Registry
from mandata.web.api import Reg, errors, ok
from mandata.web.errors import ApiError
from mandata.web.pages import Lang, page
from mandata.web.security import no_nul

pages = APIRouter(include_in_schema=False, dependencies=[Depends(no_nul)])
api = APIRouter(prefix="/api", tags=["api"], dependencies=[Depends(no_nul)], responses=errors(422))

Query300 = Annotated[str, Query(max_length=300)]
SymbolQuery = Annotated[
    str, Query(min_length=1, max_length=200, description="A resolution: 77/13 or A/RES/77/13.")
]
SeriesId = Annotated[int, Path(ge=1, le=2**62, description="A series' id.")]


def _timeline(reg: Registry, series_id: int, lang: str | None = None) -> dict[str, Any]:
    found = review.series_timeline(reg, series_id, lang)
    if found is None:
        raise ApiError(404, "not_found", f"no series {series_id} in the registry")
    return found


def _diff(reg: Registry, old: str, new: str, lang: str | None) -> dict[str, Any]:
    found = review.diff_symbols(reg, old, new, lang)
    if found is None:
        where = f" in {lang}" if lang else " in a common language"
        raise ApiError(404, "not_found", f"the registry does not hold {old} and {new}{where}")
    return found


@api.get("/series")
def list_series(reg: Reg, q: Annotated[str | None, Query(max_length=300)] = None) -> dict[str, Any]:
    """Series of recurring resolutions whose title holds the words of ``q``, or the series of
    the resolution ``q`` names (77/13); every series without ``q``."""
    return ok({"series": review.find_series(reg, q)})


@api.get("/series/{series_id}", responses=errors(404))
def get_series(reg: Reg, series_id: SeriesId, lang: Lang = None) -> dict[str, Any]:
    """One series, oldest first: each resolution with its vote, sponsors, roll calls, and the
    reports and agenda items it ordered (as ``lang``'s version words them, where held)."""
    return ok(_timeline(reg, series_id, lang or None))


@api.get("/diff", responses=errors(404))
def get_diff(reg: Reg, old: SymbolQuery, new: SymbolQuery, lang: Lang = None) -> dict[str, Any]:
    """What changed from resolution ``old`` to ``new``: paragraphs aligned, changed words
    marked, mandates created, renewed, changed or ended, and for each language held whether it
    aligns the paragraphs alike."""
    return ok(_diff(reg, old, new, lang or None))


@api.get("/votes/{symbol:path}", responses=errors(404))
def get_votes(
    reg: Reg, symbol: Annotated[str, Path(min_length=1, max_length=200)]
) -> dict[str, Any]:
    """How resolution ``symbol`` (77/13, A/RES/77/13) was adopted: the vote and sponsors its
    document records, and its roll calls (a roll-call dataset's, for resolutions not held
    too)."""
    from mandata.registry.votes import votes_of

    return ok(votes_of(reg, review.resolution_symbol(symbol) or symbol))


@pages.get("/series", response_class=HTMLResponse)
def series_index(request: Request, reg: Reg, q: Query300 = "") -> HTMLResponse:
    return page(request, "series_index.html", q=q, rows=review.find_series(reg, q or None))


@pages.get("/series/{series_id}", response_class=HTMLResponse)
def series_page(request: Request, reg: Reg, series_id: int, lang: Lang = None) -> HTMLResponse:
    if not 1 <= series_id <= 2**62:
        raise ApiError(404, "not_found", f"no series {series_id} in the registry")
    found = _timeline(reg, series_id, lang or None)
    return page(request, "series.html", s=found, page_lang=lang or "en")


@pages.get("/diff", response_class=HTMLResponse)
def diff_page(
    request: Request, reg: Reg, old: SymbolQuery, new: SymbolQuery, lang: Lang = None
) -> HTMLResponse:
    result = _diff(reg, old, new, lang or None)
    return page(request, "diff.html", d=result, page_lang=result["language"] or "en")


EntityId = Annotated[
    str, Path(min_length=1, max_length=120, description="An entity: un:secretary-general, FRA.")
]


@api.get("/entities")
def list_entities(reg: Reg) -> dict[str, Any]:
    """The entities mandates are addressed to, with how many each."""
    return ok({"entities": review.entities(reg)})


@api.get("/entities/{entity}", responses=errors(404))
def get_entity(reg: Reg, entity: EntityId) -> dict[str, Any]:
    """One entity's mandates: by type and due session, the oldest, the most renewed, and those
    it shares with other entities."""
    return ok(_entity(reg, entity))


def _entity(reg: Registry, entity: str) -> dict[str, Any]:
    found = review.entity_mandates(reg, entity)
    if not found["total"]:
        raise ApiError(404, "not_found", f"no mandate addressed to {entity} in the registry")
    return found


@pages.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, reg: Reg, lang: Lang = None) -> HTMLResponse:
    return page(request, "entities.html", rows=review.entities(reg), page_lang=lang or "en")


@pages.get("/entity/{entity}", response_class=HTMLResponse)
def entity_page(request: Request, reg: Reg, entity: str, lang: Lang = None) -> HTMLResponse:
    if len(entity) > 120:
        raise ApiError(404, "not_found", "no such entity")
    return page(request, "entity.html", e=_entity(reg, entity), page_lang=lang or "en")
