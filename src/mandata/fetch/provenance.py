"""Where each stored document came from, in the registry: the ``provenance`` table.

A row per fetched file, keyed by its SHA-256, which is the ``content_hash`` the ingest stores
with the document read from it: the document and its provenance meet on that hash, whatever
path the file was ingested from. :func:`record` writes the rows of a store's manifest (after
``mandata fetch --ingest``, or ``mandata ingest`` of a fetch folder); :func:`for_document` reads
the row of a stored document for its page in the web UI.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert

from mandata.model import Document
from mandata.registry.schema import drafts, provenance
from mandata.registry.store import Registry, doc_key

MANIFEST = "manifest.jsonl"


def rows(entries: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The table rows of the manifest entries that are documents (the newest per file)."""
    newest: dict[str, dict[str, Any]] = {}
    for entry in entries:
        if entry.get("kind") == "document" and entry.get("sha256"):
            newest[entry["sha256"]] = entry
    return [_row(e) for e in newest.values()]


def _row(entry: dict[str, Any]) -> dict[str, Any]:
    record = entry.get("metadata")
    return {
        "content_hash": entry["sha256"],
        "symbol": entry.get("symbol"),
        "language": entry.get("language"),
        "format": entry.get("format"),
        "service": entry["service"],
        "url": entry["url"],
        "final_url": entry.get("final_url"),
        "fetched_at": _when(entry.get("fetched_at")),
        "http_status": int(entry.get("status") or 0),
        "content_type": entry.get("content_type"),
        "size": entry.get("size"),
        "undl_record": json.dumps(record, ensure_ascii=False) if record else None,
    }


def _when(raw: Any) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(str(raw))
    except ValueError:
        return dt.datetime.now(dt.UTC)


def record(registry: Registry, entries: Iterable[dict[str, Any]]) -> int:
    """Write the provenance of the documents among ``entries`` (replacing older rows of the
    same files) and the draft links their records give; the number of rows written."""
    entries = list(entries)
    new = rows(entries)
    if not new:
        return 0
    hashes = [r["content_hash"] for r in new]
    with registry.writing() as conn:
        for start in range(0, len(hashes), 500):
            chunk = hashes[start : start + 500]
            conn.execute(delete(provenance).where(provenance.c.content_hash.in_(chunk)))
        conn.execute(insert(provenance), new)
    link_drafts(registry, entries)
    return len(new)


def undl_links(entries: Iterable[dict[str, Any]]) -> set[tuple[str, str]]:
    """(draft, resolution) pairs the Digital Library's records give (993 of a resolution)."""
    pairs = set()
    for entry in entries:
        symbol = entry.get("symbol") or ""
        related = (entry.get("metadata") or {}).get("related") or []
        if entry.get("kind") == "document" and "/RES/" in symbol:
            pairs |= {(r["symbol"], symbol) for r in related if r.get("kind") == "draft"}
    return pairs


def link_drafts(registry: Registry, entries: Iterable[dict[str, Any]]) -> int:
    """Settle the draft links with the Digital Library's: a draft it names for a resolution is
    linked to it (``method`` ``undl``), and a link the registry guessed by title for that draft
    is dropped. A link read from the resolution's own text stays. The number of links added."""
    pairs = undl_links(entries)
    if not pairs:
        return 0
    kept = "SELECT draft, resolution FROM draft_links WHERE method <> 'title'"
    known = {(r["draft"], r["resolution"]) for r in registry.execute(kept)}
    new = [{"draft": d, "resolution": r, "method": "undl"} for d, r in sorted(pairs - known)]
    with registry.writing() as conn:
        for draft, _ in pairs:
            conn.execute(delete(drafts).where(drafts.c.draft == draft, drafts.c.method == "title"))
        if new:
            conn.execute(insert(drafts), new)
    return len(new)


def manifests(paths: Iterable[Path]) -> list[Path]:
    """The fetch manifests of the folders given to ``mandata ingest`` (a folder's own, or that
    of the fetch folder it lies in, up to three levels up)."""
    found: dict[Path, None] = {}
    for path in paths:
        folder = path if path.is_dir() else path.parent
        for candidate in [folder, *list(folder.resolve().parents)[:3]]:
            if (candidate / MANIFEST).is_file() and (candidate / "objects").is_dir():
                found[(candidate / MANIFEST).resolve()] = None
                break
    return list(found)


def record_manifests(registry: Registry, paths: Iterable[Path]) -> int:
    """Record the provenance kept beside the ingested files, if they were fetched."""
    written = 0
    for manifest in manifests(paths):
        entries = []
        for line in manifest.read_text(encoding="utf-8").splitlines():
            try:
                entries.append(json.loads(line))
            except ValueError:
                continue
        written += record(registry, [e for e in entries if isinstance(e, dict)])
    return written


def for_document(registry: Registry, doc: Document) -> dict[str, Any] | None:
    """The provenance of a stored document, with its Digital Library record, or None."""
    key = doc_key(doc, doc.source or "")
    found = registry.execute(
        "SELECT p.* FROM provenance p JOIN documents d ON d.content_hash = p.content_hash "
        "WHERE d.doc_key = :key",
        key=key,
    )
    if not found:
        return None
    row = dict(found[0])
    row["record"] = json.loads(row.pop("undl_record") or "null") or {}
    return row


SERVICE_NAMES = {
    "ods": "Official Document System",
    "undl": "UN Digital Library",
    "unxml": "UN XML (UNxml repositories)",
    "igov": "IGov",
}


def source_of(request: Any, doc: Document) -> dict[str, Any] | None:
    """For the document page's template: the provenance of ``doc`` in the app's registry."""
    found = for_document(request.app.state.registry, doc)
    if found is not None:
        found["service_name"] = SERVICE_NAMES.get(found["service"], found["service"])
    return found
