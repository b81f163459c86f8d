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

from mandata.analyze.entities import entity_names
from mandata.langid import detect_language
from mandata.registry.items import item_key
from mandata.registry.store import Registry
from mandata.registry.tokens import LANGUAGES, query_terms, terms

_WORD = re.compile(r"[^\w]+", re.UNICODE)


def _norm(text: str) -> str:
    return " ".join(_WORD.sub(" ", text.casefold()).split())


def find_items(registry: Registry, query: str) -> list[dict[str, Any]]:
    """The items the query names, best first: the item whose identity is the query's, then the
    items with a title (in any language) or an entity name (of the organizations and States
    their identity holds) that has every word of the query, by how much of that name the query
    covers; each with the sessions its decisions concern."""
    key = item_key(query, detect_language(query) or "en")
    wanted = [set(alternatives) for alternatives in query_terms(query)]
    rows = registry.execute(
        "SELECT i.id, i.key, i.title, m.title AS named, m.language, m.session FROM items i "
        "LEFT JOIN item_mentions m ON m.item_id = i.id ORDER BY i.id"
    )
    found: dict[int, dict[str, Any]] = {}
    for r in rows:
        item = found.setdefault(
            r["id"], {"id": r["id"], "key": r["key"], "title": r["title"], "sessions": set()}
        )
        item["sessions"].add(r["session"])
        item.setdefault("names", set()).add((r["named"] or r["title"], r["language"]))
    ranked = []
    for item in found.values():
        score = 2.0 if item["key"] == key else _best_cover(wanted, _names(item))
        if score > 0:
            item["sessions"] = sorted(s for s in item["sessions"] if s is not None)
            ranked.append((score, max(item["sessions"], default=0), item))
    ranked.sort(key=lambda t: (-t[0], -t[1], t[2]["id"]))
    return [{k: v for k, v in item.items() if k != "names"} for *_, item in ranked]


def _names(item: dict[str, Any]) -> set[tuple[str, str | None]]:
    """The item's titles and the names of the entities its identity holds."""
    names: set[tuple[str, str | None]] = set(item["names"])
    if item["key"].startswith("entities:"):
        for entity in item["key"].removeprefix("entities:").split(","):
            names.update((name, code) for code, name in entity_names(entity))
    return names


def _best_cover(wanted: list[set[str]], names: set[tuple[str, str | None]]) -> float:
    """Of the names that hold a term of every query word: the largest share of a name's terms
    the query covers (0 when no name holds every word)."""
    best = 0.0
    for name, language in names:
        have = set(terms(name, language if language in LANGUAGES else None))
        if have and wanted and all(alternatives & have for alternatives in wanted):
            covered = set().union(*wanted) & have
            best = max(best, len(covered) / len(have))
    return best


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
                "sessions": item["sessions"],
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
