"""The life of an item across sessions and languages.

An item (one identity whatever the language: :mod:`mandata.registry.items`) is requested by a
letter (rules 14 and 15), proposed by drafts, ordered onto the provisional agenda of a session by
resolutions and decisions (rule 13 (c)), and reported on by documents titled like it. The history
lists each of these events with its session and document, in order.
"""

from __future__ import annotations

import json
import re
from typing import Any

from mandata.langid import detect_language
from mandata.registry.items import item_key
from mandata.registry.store import Registry

_WORD = re.compile(r"[^\w]+", re.UNICODE)


def _norm(text: str) -> str:
    return " ".join(_WORD.sub(" ", text.casefold()).split())


def find_items(registry: Registry, query: str) -> list[dict[str, Any]]:
    """Items whose identity is the query's, or whose title holds the query's words."""
    key = item_key(query, detect_language(query) or "en")
    rows = registry.execute("SELECT id, key, title, language FROM items ORDER BY id")
    words = _norm(query)
    exact = [r for r in rows if r["key"] == key]
    return exact or [r for r in rows if words and words in _norm(r["title"])]


def item_history(registry: Registry, query: str) -> list[dict[str, Any]]:
    """Every item the query finds, with its events session by session."""
    out = []
    for item in find_items(registry, query):
        events = _ordered(registry, item["id"]) + _requested(registry, item["key"])
        events += _reported(registry, _titles(registry, item["id"]))
        events.sort(key=lambda e: (e["session"] or 0, _ORDER[e["event"]], e["symbol"] or ""))
        titles = registry.execute(
            "SELECT DISTINCT language, title FROM item_mentions WHERE item_id = :id", id=item["id"]
        )
        out.append(
            {
                "key": item["key"],
                "title": item["title"],
                "titles": {t["language"]: t["title"] for t in titles},
                "events": events,
            }
        )
    return out


_ORDER = {"requested": 0, "proposed": 1, "ordered": 2, "reported": 3}


def _ordered(registry: Registry, item_id: int) -> list[dict[str, Any]]:
    rows = registry.execute(
        "SELECT DISTINCT m.session, m.paragraph, d.symbol, d.language, d.doc_type, d.session "
        "AS decided_at, d.source, d.id FROM item_mentions m "
        "JOIN documents d ON d.id = m.document_id "
        "WHERE m.item_id = :id",
        id=item_id,
    )
    return [
        {
            "session": r["session"],
            "event": "ordered" if r["doc_type"] in ("resolution", "decision") else "proposed",
            "symbol": r["symbol"],
            "source": r["source"],
            "document": r["id"],
            "paragraph": r["paragraph"],
            "language": r["language"],
            "decided_at": r["decided_at"],
        }
        for r in rows
    ]


def _requested(registry: Registry, key: str) -> list[dict[str, Any]]:
    rows = registry.execute(
        "SELECT id, symbol, language, source, data FROM documents WHERE doc_type = 'letter'"
    )
    out = []
    for r in rows:
        request = json.loads(r["data"]).get("request")
        if (
            request
            and request.get("item_title")
            and item_key(request["item_title"], r["language"]) == key
        ):
            out.append(
                {
                    "session": request.get("session"),
                    "event": "requested",
                    "symbol": r["symbol"],
                    "source": r["source"],
                    "document": r["id"],
                    "paragraph": None,
                    "language": r["language"],
                    "rule": request.get("rule"),
                    "date": request.get("letter_date"),
                }
            )
    return out


def _titles(registry: Registry, item_id: int) -> set[str]:
    rows = registry.execute("SELECT title FROM item_mentions WHERE item_id = :id", id=item_id)
    return {_norm(r["title"]) for r in rows if r["title"]}


def _reported(registry: Registry, titles: set[str]) -> list[dict[str, Any]]:
    rows = registry.execute(
        "SELECT id, symbol, language, source, session, title FROM documents "
        "WHERE doc_type = 'report'"
    )
    return [
        {
            "session": r["session"],
            "event": "reported",
            "symbol": r["symbol"],
            "source": r["source"],
            "document": r["id"],
            "paragraph": None,
            "language": r["language"],
        }
        for r in rows
        if r["title"] and _norm(r["title"]) in titles
    ]
