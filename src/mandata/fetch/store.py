"""The content-addressed store of fetched files, with where each came from.

Layout of ``--into DIR`` (``MANDATA_FETCH_DIR``, default ``./fetched``)::

    objects/ab/ab12...ef    every file fetched, named by its SHA-256 (no suffix, so that
                            ``mandata ingest DIR`` does not read them twice)
    en/A_RES_79_10.pdf      the documents under readable names: hard links to their object
                            (a copy where links are not possible); the name gives the symbol
    manifest.jsonl          one line per file stored: its provenance (service, URL, final URL,
                            time, HTTP status, content type, size, SHA-256) and the Digital
                            Library's metadata of the document
    state/                  what lets a run continue: 404s, listings, enumerations (state.py)

A file is written to a temporary name and renamed, and its manifest line is appended (and
flushed to disk) after: a run killed at any point leaves no half file under a real name, and a
manifest line always names a complete object.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mandata.errors import MandataError


@dataclass
class Provenance:
    """Where a stored file came from: one manifest line."""

    key: str  # what was asked: "A/RES/79/10|en|auto", "undl:search:...", ...
    kind: str  # document | metadata | listing | decisions
    service: str  # ods | undl | unxml | igov
    url: str
    final_url: str
    fetched_at: str
    status: int
    content_type: str
    size: int = 0
    sha256: str = ""
    path: str | None = None  # the readable name, relative to the store
    symbol: str | None = None
    language: str | None = None
    format: str | None = None  # pdf | docx | doc | xml | txt
    metadata: dict[str, Any] | None = field(default=None)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


class Store:
    """Files by content, named links to them, and the manifest."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.objects = root / "objects"
        self.manifest = root / "manifest.jsonl"
        self.state = root / "state"
        try:
            self.objects.mkdir(parents=True, exist_ok=True)
            self.state.mkdir(exist_ok=True)
        except OSError as err:
            raise MandataError(f"cannot write to {root}: {err.strerror or err}") from None

    def object_path(self, sha256: str) -> Path:
        return self.objects / sha256[:2] / sha256

    def put(self, body: bytes, provenance: Provenance) -> Provenance:
        """Store ``body`` by its hash (once), link its readable name, record its provenance."""
        provenance.sha256 = hashlib.sha256(body).hexdigest()
        provenance.size = len(body)
        blob = self.object_path(provenance.sha256)
        try:
            if not blob.is_file():
                blob.parent.mkdir(exist_ok=True)
                _write_atomic(blob, body)
            if provenance.path:
                _link(blob, self.root / provenance.path)
            self._append(provenance.to_dict())
        except OSError as err:
            raise MandataError(f"cannot write to {self.root}: {err.strerror or err}") from None
        return provenance

    def _append(self, line: dict[str, Any]) -> None:
        with self.manifest.open("a", encoding="utf-8") as out:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            out.flush()
            os.fsync(out.fileno())

    def entries(self) -> list[dict[str, Any]]:
        """Every manifest line whose object is there (a line cut by a kill is skipped)."""
        if not self.manifest.is_file():
            return []
        out = []
        for line in self.manifest.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if isinstance(entry, dict) and self.object_path(entry.get("sha256", "xx")).is_file():
                out.append(entry)
        return out

    def done(self) -> dict[str, dict[str, Any]]:
        """The newest entry of every key already fetched (and still on disk)."""
        return {e["key"]: e for e in self.entries() if _still_there(self.root, e)}


def _still_there(root: Path, entry: dict[str, Any]) -> bool:
    path = entry.get("path")
    return not path or (root / path).is_file()


def _write_atomic(path: Path, body: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    with tmp.open("wb") as out:
        out.write(body)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def _link(blob: Path, named: Path) -> None:
    """``named`` becomes the object (a hard link, else a copy), replacing what was there."""
    named.parent.mkdir(parents=True, exist_ok=True)
    tmp = named.with_name(named.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        os.link(blob, tmp)
    except OSError:
        _write_atomic(tmp, blob.read_bytes())
    os.replace(tmp, named)


def file_name(symbol: str, extension: str) -> str:
    """``A/RES/79/10`` -> ``A_RES_79_10.pdf``: the name mandata reads the symbol back from."""
    return symbol.replace("/", "_") + "." + extension


__all__ = ["Provenance", "Store", "asdict", "file_name"]
