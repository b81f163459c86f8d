"""What people ask the registry: documents, one document, search, citations, mandates, drafts.

Each function takes a :class:`~mandata.registry.store.Registry` and returns plain, JSON-ready
data; the CLI and the API print it. A reference is *resolved* when a stored document has its
target as symbol, *dangling* otherwise.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert

from mandata.model import Document
from mandata.registry.items import item_key
from mandata.registry.schema import drafts
from mandata.registry.series import latest_in_series, superseded_by
from mandata.registry.store import Registry
from mandata.registry.tokens import iter_tokens, query_terms

_FILTERS = {
    "body": "d.body = :body",
    "session": "d.session = :session",
    "doc_type": "d.doc_type = :doc_type",
    "language": "d.language = :language",
    "action": "p.action = :action",
    "symbol": "d.symbol = :symbol",
}


def _where(filters: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    clauses, params = [], {}
    for name, value in filters.items():
        if value is None:
            continue
        if name == "addressee":
            clauses.append(
                "EXISTS (SELECT 1 FROM mandates m WHERE m.document_id = d.id AND m.addressee = :addressee)"
            )
        elif name in _FILTERS:
            clauses.append(_FILTERS[name])
        else:
            continue
        params[name] = value
    return (" AND ".join(clauses) or "1=1"), params


def documents(
    registry: Registry, limit: int = 1000, offset: int = 0, **filters: Any
) -> list[dict[str, Any]]:
    """Stored documents, newest session first, filtered by body, session, doc_type, language."""
    where, params = _where({k: v for k, v in filters.items() if k != "action"})
    return registry.execute(
        "SELECT d.id, d.symbol, d.language, d.doc_type, d.body, d.session, d.date, d.title, "
        f"d.source FROM documents d WHERE {where} ORDER BY d.session DESC NULLS LAST, d.symbol, d.language "
        "LIMIT :limit OFFSET :offset",
        limit=limit,
        offset=offset,
        **params,
    )


def languages(registry: Registry, symbol: str) -> list[str]:
    """The languages in which the registry holds ``symbol``."""
    rows = registry.execute(
        "SELECT language FROM documents WHERE symbol = :symbol ORDER BY language", symbol=symbol
    )
    return [r["language"] for r in rows if r["language"]]


def stored_symbols(registry: Registry, symbols: list[str]) -> set[str]:
    """Which of ``symbols`` the registry holds (in any language)."""
    if not symbols:
        return set()
    names = {f"s{k}": s for k, s in enumerate(symbols)}
    marks = ", ".join(f":{k}" for k in names)
    rows = registry.execute(
        f"SELECT DISTINCT symbol FROM documents WHERE symbol IN ({marks})", **names
    )
    return {r["symbol"] for r in rows}


def sessions(registry: Registry) -> list[dict[str, Any]]:
    """The sessions the registry's documents belong to, newest first, with how many documents
    and mandates each holds and how many reports are due at it."""
    docs = registry.execute(
        "SELECT session, COUNT(DISTINCT COALESCE(symbol, doc_key)) AS documents FROM documents "
        "WHERE session IS NOT NULL GROUP BY session"
    )
    due = registry.execute(
        "SELECT m.session, m.type, "
        "COUNT(DISTINCT COALESCE(d.symbol, d.doc_key) || '|' || COALESCE(m.paragraph, '')) "
        "AS n FROM mandates m JOIN documents d ON d.id = m.document_id "
        "WHERE m.session IS NOT NULL GROUP BY m.session, m.type"
    )
    out: dict[int, dict[str, Any]] = {}
    for r in docs:
        out[int(r["session"])] = {"session": int(r["session"]), "documents": int(r["documents"])}
    for r in due:
        row = out.setdefault(int(r["session"]), {"session": int(r["session"]), "documents": 0})
        row[f"{r['type']}s_due"] = int(r["n"])
    for row in out.values():
        for kind in ("reports_due", "agenda_items_due", "directives_due"):
            row.setdefault(kind, 0)
    return sorted(out.values(), key=lambda r: -r["session"])


def show(registry: Registry, symbol: str, language: str | None = None) -> Document | None:
    """One language version of a document (English first, then any), or None."""
    rows = registry.execute(
        "SELECT data, language FROM documents WHERE symbol = :symbol",
        symbol=symbol,
    )
    if language:
        rows = [r for r in rows if r["language"] == language]
    if not rows:
        return None
    rows.sort(key=lambda r: (r["language"] != "en", r["language"] or ""))
    return Document.from_dict(json.loads(rows[0]["data"]))


def show_id(registry: Registry, document_id: int) -> Document | None:
    """The stored version with row id ``document_id`` (for documents that print no symbol)."""
    rows = registry.execute("SELECT data FROM documents WHERE id = :id", id=document_id)
    return Document.from_dict(json.loads(rows[0]["data"])) if rows else None


def versions(registry: Registry, symbol: str) -> list[Document]:
    """Every language version of ``symbol`` the registry holds, in language order."""
    rows = registry.execute(
        "SELECT data FROM documents WHERE symbol = :symbol ORDER BY language", symbol=symbol
    )
    return [Document.from_dict(json.loads(r["data"])) for r in rows]


@dataclass(frozen=True)
class Hit:
    """A search result: the paragraph, its document and a snippet with the matches marked."""

    symbol: str | None
    language: str | None
    title: str | None
    paragraph: str
    snippet: str
    rank: float
    document: int | None = None  # the registry row of the version: the handle of a document
    # without a symbol


def search(
    registry: Registry,
    query: str,
    limit: int = 20,
    language: str | None = None,
    offset: int = 0,
    **filters: Any,
) -> list[Hit]:
    """Paragraphs whose terms match every word of the query (in any of its forms), best first."""
    return [hit for hit, _ in search_marked(registry, query, limit, language, offset, **filters)]


def search_marked(
    registry: Registry,
    query: str,
    limit: int = 20,
    language: str | None = None,
    offset: int = 0,
    **filters: Any,
) -> list[tuple[Hit, list[tuple[str, bool]]]]:
    """:func:`search`, each hit with its snippet as (text, is a match) parts for a page."""
    groups = query_terms(query, language)
    q = registry.search_index.match(groups)
    if q is None:
        return []
    where, params = _where({**filters, "language": language})
    pool = max(SEARCH_POOL, limit + offset)
    sql = _search_sql(registry, where)
    rows = registry.execute_planned(
        sql, _POOL_PLAN, q=q, limit=limit, offset=offset, pool=pool, **params
    )
    wanted = {t for g in groups for t in g}
    out = []
    for r in rows:
        parts = snippet_parts(r["text"], r["language"], wanted)
        text_ = "".join(f"[{part}]" if hit else part for part, hit in parts)
        hit = Hit(
            r["symbol"], r["language"], r["title"], r["pid"], text_, float(r["rank"]), r["id"]
        )
        out.append((hit, parts))
    return out


SEARCH_POOL = 2000
"""How many matching paragraphs a search ranks at most: the first the index finds (in the order
of the index's keys: the paragraphs stored first). Under this many matches every match is ranked
and the order is exact; over it, the best of the first ``SEARCH_POOL`` come first (a page further
than that widens the pool). Ranking every match of a frequent word costs seconds at millions of
paragraphs (#15)."""


# The pool's LIMIT makes a sequential scan look cheap to PostgreSQL when it expects many
# matches (and with no statistics it expects a fifth of the rows): for a rare word that reads
# every row of the index (2.5 s at 100,000 documents for "Afghanistan"). The GIN index is
# always the way to the matches.
_POOL_PLAN = {"enable_seqscan": "off"}


def _search_sql(registry: Registry, where: str) -> str:
    """The search's SQL: at most ``:pool`` matches ranked (:data:`SEARCH_POOL`). With a filter,
    the matches are joined to their paragraphs and documents, filtered, the first ``:pool`` of
    them ranked; without one, the index ranks its own rows and only the page's are joined (the
    same rows: every indexed paragraph has its document)."""
    columns = "p.pid, p.text, d.id, d.symbol, d.language, d.title"
    if where == "1=1":
        key, rank, order, matches = registry.search_index.ranked()
        return (
            f"SELECT {columns}, s.score AS rank FROM (SELECT {key} AS paragraph, {rank} AS score "
            f"FROM {matches} ORDER BY {order}, {key} "
            "LIMIT :limit OFFSET :offset) s JOIN paragraphs p ON p.id = s.paragraph "
            f"JOIN documents d ON d.id = p.document_id ORDER BY s.{order}, p.id"
        )
    source, match, rank, order = registry.search_index.select()
    pool = (
        f"SELECT {columns}, p.id AS paragraph, {rank} AS rank FROM {source} "
        f"JOIN documents d ON d.id = p.document_id WHERE {match} AND {where} LIMIT :pool"
    )
    descending = " DESC" if order.endswith("DESC") else ""
    return (
        f"SELECT * FROM ({pool}) c ORDER BY c.rank{descending}, c.paragraph "
        "LIMIT :limit OFFSET :offset"
    )


FACETS = ("body", "session", "doc_type", "action", "language")


def search_facets(
    registry: Registry, query: str, language: str | None = None, **filters: Any
) -> dict[str, list[tuple[Any, int]]]:
    """For each facet (body, session, doc_type, action, language), how many matching paragraphs
    have each value, most first (30 at most), under the same query and filters as
    :func:`search`; one pass over the matches."""
    groups = query_terms(query, language)
    q = registry.search_index.match(groups)
    counts: dict[str, Counter[Any]] = {name: Counter() for name in FACETS}
    if q is not None:
        source, match, _, _ = registry.search_index.select()
        where, params = _where({**filters, "language": language})
        rows = registry.execute(
            "SELECT d.body, d.session, d.doc_type, p.action, d.language, COUNT(*) AS n "
            f"FROM {source} JOIN documents d ON d.id = p.document_id WHERE {match} AND {where} "
            "GROUP BY d.body, d.session, d.doc_type, p.action, d.language",
            q=q,
            **params,
        )
        for r in rows:
            for name in FACETS:
                if r[name] is not None:
                    counts[name][r[name]] += int(r["n"])
    return {
        name: sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))[:30]
        for name, c in counts.items()
    }


def snippet_parts(
    text_: str, language: str | None, wanted: set[str], width: int = 220
) -> list[tuple[str, bool]]:
    """The window of :func:`snippet` as (text, is a match) parts, for a page to mark up: the
    text is analyzed up to the end of the window only."""
    spans = _match_spans(text_, language, wanted, width)
    if not spans:
        return [(text_[:width] + ("…" if len(text_) > width else ""), False)]
    start = max(0, spans[0][0] - width // 3)
    end = min(len(text_), start + width)
    out: list[tuple[str, bool]] = [("…", False)] if start > 0 else []
    pos = start
    for a, b in spans:
        if a < start or b > end or a < pos:
            continue
        out += [(text_[pos:a], False), (text_[a:b], True)]
        pos = b
    out.append((text_[pos:end], False))
    if end < len(text_):
        out.append(("…", False))
    return [(part, hit) for part, hit in out if part]


def _match_spans(
    text_: str, language: str | None, wanted: set[str], width: int
) -> list[tuple[int, int]]:
    """Where the wanted terms are, from the first one to the end of the window it opens."""
    spans: list[tuple[int, int]] = []
    end = len(text_)
    for token in iter_tokens(text_, language):
        if token.start >= end:
            break
        if token.term in wanted:
            if not spans:
                end = max(0, token.start - width // 3) + width
            spans.append((token.start, token.end))
    return spans


def refs(registry: Registry, symbol: str) -> dict[str, list[dict[str, Any]]]:
    """What a document cites (resolved to stored documents or dangling) and what cites it."""
    cites = registry.execute(
        "SELECT DISTINCT r.target, r.type, r.date, r.paragraph, "
        "(SELECT COUNT(*) FROM documents t WHERE t.symbol = r.target) AS stored "
        'FROM "references" r JOIN documents d ON d.id = r.document_id WHERE d.symbol = :symbol '
        "ORDER BY r.target",
        symbol=symbol,
    )
    cited_by = registry.execute(
        "SELECT DISTINCT d.symbol, d.language, r.paragraph, d.title, d.source, d.id AS document "
        'FROM "references" r '
        "JOIN documents d ON d.id = r.document_id WHERE r.target = :symbol "
        "ORDER BY d.symbol, d.language",
        symbol=symbol,
    )
    for row in cites:
        row["resolved"] = bool(row.pop("stored"))
    _mark_superseded(registry, symbol, cites)
    return {"symbol": symbol, "cites": cites, "cited_by": cited_by}  # type: ignore[dict-item]


def _mark_superseded(registry: Registry, symbol: str, cites: list[dict[str, Any]]) -> None:
    """Each citation's ``superseded_by``: the newest resolution of the cited one's series that
    the Assembly had adopted when the citing document was (None when the cited one is the
    latest, or has no series) (#19)."""
    when = registry.execute(
        "SELECT MAX(COALESCE(adopted, date)) AS date, MAX(session) AS session FROM documents "
        "WHERE symbol = :symbol",
        symbol=symbol,
    )
    date, session = (when[0]["date"], when[0]["session"]) if when else (None, None)
    series = latest_in_series(registry, sorted({r["target"] for r in cites}), symbol)
    for row in cites:
        members = series.get(row["target"])
        row["superseded_by"] = (
            superseded_by(row["target"], members, symbol, date, session) if members else None
        )


_TITLE = re.compile(r"[^\w]+", re.UNICODE)


def link_drafts_by_title(registry: Registry) -> int:
    """Link drafts to the resolutions they became where no "[... (A/64/L.45)]" line says so:
    same session, same language and the same title. Returns the number of links added."""
    rows = registry.execute(
        "SELECT symbol, language, session, title, doc_type FROM documents "
        "WHERE symbol IS NOT NULL AND title IS NOT NULL AND doc_type IN "
        "('resolution', 'decision', 'draft_resolution', 'draft_decision')"
    )
    linked = {r["draft"] for r in registry.execute("SELECT DISTINCT draft FROM draft_links")}
    adopted: dict[tuple[Any, ...], str] = {}
    for r in rows:
        if not r["doc_type"].startswith("draft"):
            adopted.setdefault((r["session"], r["language"], norm_title(r["title"])), r["symbol"])
    added = []
    for r in rows:
        if r["doc_type"].startswith("draft") and r["symbol"] not in linked:
            target = adopted.get((r["session"], r["language"], norm_title(r["title"])))
            if target:
                added.append({"draft": r["symbol"], "resolution": target, "method": "title"})
                linked.add(r["symbol"])
    if added:
        with registry.writing() as conn:
            conn.execute(insert(drafts), added)
    return len(added)


def norm_title(title: str) -> str:
    """A title as compared with another: casefolded words, punctuation dropped."""
    return " ".join(_TITLE.sub(" ", title.casefold()).split())


def draft_links(registry: Registry) -> list[dict[str, Any]]:
    """Every draft and the resolution it became (once, whatever the versions naming it)."""
    return registry.execute(
        "SELECT DISTINCT draft, resolution, method FROM draft_links ORDER BY draft, resolution"
    )


def counts(registry: Registry) -> dict[str, int]:
    """How much the registry holds (a draft linked by several versions counts once)."""
    out = {}
    for table in ("documents", "paragraphs", "references", "mandates", "items", "failures"):
        out[table] = int(registry.execute(f'SELECT COUNT(*) AS n FROM "{table}"')[0]["n"])
    links = "SELECT COUNT(*) AS n FROM (SELECT DISTINCT draft, resolution FROM draft_links) x"
    out["draft_links"] = int(registry.execute(links)[0]["n"])
    return out


def item_decisions(registry: Registry, title: str, language: str | None) -> list[dict[str, Any]]:
    """The decisions that put the item with this title (by its identity, in any language) on a
    provisional agenda: session, document and paragraph."""
    return registry.execute(
        "SELECT m.session, d.symbol, m.paragraph, d.language FROM item_mentions m "
        "JOIN items i ON i.id = m.item_id JOIN documents d ON d.id = m.document_id "
        "WHERE i.key = :key ORDER BY m.session, d.symbol",
        key=item_key(title, language),
    )
