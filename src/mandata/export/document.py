"""One document exported as a file: the JSON of the model, or Akoma Ntoso 3.0 (AKN4UN)."""

from __future__ import annotations

import json
import re

from mandata.model import Document

FORMATS = ("json", "akn")


def export_document(doc: Document, fmt: str) -> tuple[bytes, str, str]:
    """The bytes, media type and file suffix of ``doc`` exported as ``fmt`` (json or akn)."""
    if fmt == "akn":
        from mandata.export.akn import to_akn

        return to_akn(doc), "application/akn+xml", "xml"
    data = json.dumps(doc.to_dict(), ensure_ascii=False, indent=2).encode()
    return data + b"\n", "application/json", "json"


def file_stem(doc: Document) -> str:
    """A file name for an export: the symbol with every other character made safe, and the
    language ("A_RES_80_123-fr")."""
    stem = re.sub(r"[^A-Za-z0-9.-]+", "_", doc.symbol or "document").strip("_") or "document"
    return f"{stem}-{doc.language or 'und'}"
