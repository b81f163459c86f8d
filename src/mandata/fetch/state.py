"""What lets an interrupted fetch continue where it stopped, kept in ``DIR/state``.

- ``enum-*.json``: the progress of a Digital Library enumeration (``--session``, ``--query``):
  the query, the total the search reported, the next record to ask for, and the records read so
  far. It is rewritten (atomically) after each page, so a killed run asks again only for the page
  it was reading. An enumeration younger than a day is used again as it is (complete, or from its
  next page); an older one starts afresh, so that new documents are found.
- ``records.json``: the Digital Library record of each symbol already looked up.
- ``listing-*.json``: the UN XML repositories' directory listings, for a day.
- ``not-found.json``: the 404s (:class:`mandata.fetch.http.NotFoundCache`).

Whether a document is already fetched is not kept here: the store's manifest says it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

DAY = 86400.0


def _load(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def save_json(path: Path, data: Any) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def slug(text: str) -> str:
    """A file name for ``text``: readable, and unique by a short hash."""
    readable = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:60]
    return f"{readable}-{hashlib.sha256(text.encode()).hexdigest()[:10]}"


@dataclass
class Enumeration:
    """The progress of one Digital Library search, page by page."""

    query: str
    started: float = field(default_factory=time.time)
    total: int | None = None
    next: int = 1  # the jrec of the next page (1-based)
    complete: bool = False
    records: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def load(cls, state: Path, query: str, refresh: bool) -> Enumeration:
        """The saved progress of ``query`` (unless stale or ``refresh``), else a fresh one."""
        data = None if refresh else _load(cls.path(state, query))
        if isinstance(data, dict) and data.get("query") == query:
            found = cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})
            if time.time() - found.started < DAY:
                return found
        return cls(query)

    @staticmethod
    def path(state: Path, query: str) -> Path:
        return state / f"enum-{slug(query)}.json"

    def save(self, state: Path) -> None:
        save_json(self.path(state, self.query), asdict(self))


class JsonCache:
    """A dictionary kept in one JSON file, with the time each entry was written."""

    def __init__(self, path: Path, max_age: float | None = None) -> None:
        self.path = path
        self.max_age = max_age
        data = _load(path)
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}

    def get(self, key: str) -> Any:
        entry = self.data.get(key)
        if not isinstance(entry, dict) or "value" not in entry:
            return None
        if self.max_age is not None and time.time() - float(entry.get("at", 0)) > self.max_age:
            return None
        return entry["value"]

    def put(self, key: str, value: Any) -> None:
        self.data[key] = {"at": time.time(), "value": value}
        save_json(self.path, self.data)

    def put_many(self, values: dict[str, Any]) -> None:
        now = time.time()
        self.data.update({k: {"at": now, "value": v} for k, v in values.items()})
        save_json(self.path, self.data)
