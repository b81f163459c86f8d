"""What the API and the pages both ask of the registry and the procedure engine, with the
"not found" answers they share."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mandata.compare import Comparison, compare_documents
from mandata.model import Document
from mandata.procedure.agenda import provisional_agenda
from mandata.procedure.calendar import opening as rule_opening
from mandata.procedure.checks import check_in_registry
from mandata.procedure.lineage import item_history
from mandata.procedure.openings import fixed_openings
from mandata.procedure.review import cited_series, item_series
from mandata.registry import queries
from mandata.registry.store import Registry
from mandata.web.errors import ApiError


def document(registry: Registry, symbol: str, language: str | None = None) -> Document:
    """One stored version, or a 404."""
    doc = queries.show(registry, symbol, language)
    if doc is None:
        which = f" in {language}" if language else ""
        raise ApiError(404, "not_found", f"{symbol}{which} is not in the registry")
    return doc


def require_symbol(registry: Registry, symbol: str) -> None:
    """A 404 unless the registry holds ``symbol`` or some document cites it."""
    if queries.languages(registry, symbol):
        return
    cited = registry.execute(
        'SELECT 1 AS x FROM "references" WHERE target = :symbol LIMIT 1', symbol=symbol
    )
    if not cited:
        raise ApiError(404, "not_found", f"{symbol} is neither stored nor cited in the registry")


def opening(registry: Registry, session: int) -> dict[str, Any]:
    """When ``session`` opens, with the dates the registry's decisions fixed."""
    return rule_opening(session, fixed_openings(registry)).to_dict()


def agenda(
    registry: Registry, session: int, proposed: bool = False, language: str | None = None
) -> list[dict[str, Any]]:
    """The provisional agenda of ``session`` as plain data (with ``proposed``, also the items
    only drafts and requests put on it), each item's title in ``language`` where a version
    words it."""
    return [e.to_dict() for e in provisional_agenda(registry, session, proposed, language)]


def items(registry: Registry, query: str) -> list[dict[str, Any]]:
    """The items matching ``query`` with their history, or a 404."""
    found = item_history(registry, query)
    if not found:
        raise ApiError(404, "not_found", f"no item matches {query!r} in the registry")
    for it in found:  # the series known from citations, as the item's page shows them
        ordered = item_series(registry, it["events"])
        it["series"] = [s["id"] for s in ordered]
        it["cited_series"] = None if ordered else cited_series(registry, it)
    return found


def comparison(registry: Registry, symbol: str) -> Comparison:
    """The language versions of ``symbol`` compared, or a 404 when fewer than two are stored."""
    docs = queries.versions(registry, symbol)
    if len(docs) < 2:
        held = "no version" if not docs else "one version"
        raise ApiError(
            404, "not_found", f"the registry holds {held} of {symbol}: nothing to compare"
        )
    return compare_documents(docs)


def check(registry: Registry, doc: Document) -> dict[str, Any]:
    """Rules 13, 14, 15 and 20 checked for a request letter, against the registry's openings
    and agenda decisions."""
    result = check_in_registry(doc, registry).to_dict()
    result["document"] = {
        "symbol": doc.symbol,
        "language": doc.language,
        "title": doc.title,
        "doc_type": doc.doc_type,
        "request": doc.request,
    }
    return result


def tables_zip(registry: Registry, fmt: str) -> tuple[Path, Callable[[], None]]:
    """The registry's tables in format ``fmt``, zipped in a temporary folder; returns the zip
    and the function that removes the folder once the zip is sent."""
    from mandata.registry.tables import export_tables

    folder = Path(tempfile.mkdtemp(prefix="mandata-tables-"))
    try:
        export_tables(registry, folder / "tables", fmt)  # type: ignore[arg-type]
        archive = folder / "tables.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted((folder / "tables").iterdir()):
                zf.write(path, path.name)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return archive, lambda: shutil.rmtree(folder, ignore_errors=True)


def store_upload(registry: Registry, doc: Document) -> dict[str, Any]:
    """Store an uploaded document under a source name made from its content (no client path)."""
    content = json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True).encode()
    digest = hashlib.sha256(content).hexdigest()
    doc.source = f"upload:{digest[:16]}"
    stored = registry.store(doc, doc.source, digest)
    return {"symbol": doc.symbol, "language": doc.language, "outcome": stored.outcome}
