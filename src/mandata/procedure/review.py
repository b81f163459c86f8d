"""Queries of the mandate review (#19): series and their timelines, superseded citations.

Plain, JSON-ready data for the CLI, the API and the web pages (see docs/review.md).
"""

from __future__ import annotations

import json
import re
from typing import Any

from mandata.procedure.status import mandates
from mandata.procedure.versions import agreement, diff_versions
from mandata.registry.queries import languages, search, show, show_id, stored_symbols
from mandata.registry.series import Member, periodicity, recalled, session_of, title_key
from mandata.registry.store import Registry

_SHORT = re.compile(r"^(?:A/RES/)?(?P<n>(?:ES-|S-)?\d{1,3}/\d{1,4}(?:\s+[A-Z])?)$")
_SERIES_COLUMNS = "s.id, s.title, s.periodicity, s.length, s.first_session, s.last_session"


def resolution_symbol(text: str) -> str | None:
    """ "77/13" or "A/RES/77/13" as a resolution symbol; None for anything else."""
    m = _SHORT.match(text.strip())
    return f"A/RES/{m['n']}" if m else None


def find_series(
    registry: Registry, query: str | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    """Series whose title holds the query's words, or the series of the resolution it names;
    every series (longest first) without a query."""
    symbol = resolution_symbol(query) if query else None
    if symbol:
        return registry.execute(
            f"SELECT DISTINCT {_SERIES_COLUMNS} FROM series s JOIN series_members m "
            "ON m.series_id = s.id WHERE m.symbol = :symbol",
            symbol=symbol,
        )
    rows = registry.execute(
        f"SELECT {_SERIES_COLUMNS} FROM series s ORDER BY s.length DESC, s.title"
    )
    words = title_key(query or "")
    return [r for r in rows if words in title_key(r["title"])][:limit]


def series_timeline(
    registry: Registry, series_id: int, language: str | None = None
) -> dict[str, Any] | None:
    """One series, oldest resolution first, each with what the registry knows of it: its
    document, how it was adopted (the vote), its sponsors, its roll calls (a roll-call dataset's,
    for older resolutions too), and the reports and agenda items it ordered: in ``language``'s
    version where the registry holds it (``ordered_language`` says which), else English."""
    found = registry.execute(
        f"SELECT {_SERIES_COLUMNS} FROM series s WHERE s.id = :id", id=series_id
    )
    if not found:
        return None
    out = dict(found[0])
    members = registry.execute(
        "SELECT symbol, session, date, title, stored, basis FROM series_members "
        "WHERE series_id = :id ORDER BY position",
        id=series_id,
    )
    from mandata.registry.votes import roll_calls

    calls = roll_calls(registry, [m["symbol"] for m in members])
    out["members"] = [
        dict(_member(registry, m, language), roll_calls=calls.get(m["symbol"], [])) for m in members
    ]
    stored = [m["symbol"] for m in out["members"] if m["stored"]]
    titles = registry.execute(
        "SELECT language, title FROM documents WHERE symbol = :s AND title IS NOT NULL",
        s=stored[-1] if stored else "",
    )
    out["titles"] = {r["language"]: r["title"] for r in titles if r["language"]}
    return out


def _member(registry: Registry, m: dict[str, Any], language: str | None) -> dict[str, Any]:
    row = dict(m, stored=bool(m["stored"]), document=None, vote=None, sponsors=[], ordered=[])
    docs = registry.execute(
        "SELECT id, language, data FROM documents WHERE symbol = :s ORDER BY CASE "
        "WHEN language = :lang THEN 0 WHEN language = 'en' THEN 1 ELSE 2 END, language",
        s=m["symbol"],
        lang=language or "en",
    )
    if not docs:
        return row
    data = json.loads(docs[0]["data"])
    row["document"] = docs[0]["id"]
    row["ordered_language"] = docs[0]["language"]
    row["languages"] = sorted({d["language"] for d in docs if d["language"]})
    for d in docs:  # the vote and sponsors of whichever version records them (the UN XML's)
        other = data if d is docs[0] else json.loads(d["data"])
        row["vote"] = row["vote"] or other.get("vote")
        row["sponsors"] = row["sponsors"] or other.get("sponsors") or []
        if row["vote"] and row["sponsors"]:
            break
    row["ordered"] = [
        {k: x.get(k) for k in ("type", "addressee", "session", "title", "parent", "paragraph")}
        for x in data.get("mandates", [])
        if x.get("type") in ("report", "agenda_item")
    ]
    return row


def diff_symbols(
    registry: Registry, old: str, new: str, language: str | None = None
) -> dict[str, Any] | None:
    """``mandata diff`` over the registry: the diff in ``language`` (English by default, else
    the first language both are held in), aligned once for every language both are held in
    (:mod:`mandata.procedure.versions`), with ``languages``: for each, whether its diff pairs
    the same paragraphs, and ``own_alignments``: whether its own words alone would. None when
    the registry holds the two in no common language (or not in ``language``)."""
    s_old, s_new = resolution_symbol(old) or old, resolution_symbol(new) or new
    common = [c for c in languages(registry, s_new) if c in languages(registry, s_old)]
    code = language or ("en" if "en" in common else common[0] if common else None)
    if code is None or code not in common:
        return None
    docs = {}
    for c in common:
        a, b = show(registry, s_old, c), show(registry, s_new, c)
        if a is not None and b is not None:
            docs[c] = (a, b)
    if code not in docs:
        return None
    reference = "en" if "en" in docs else code
    results = diff_versions(docs, reference)
    out = results[code]
    out["languages"] = agreement(results, docs, reference)
    out["own_alignments"] = {c: bool(r["own_alignment_agrees"]) for c, r in results.items()}
    return out


def entities(registry: Registry) -> list[dict[str, Any]]:
    """Every entity that mandates are addressed to, with how many (one per paragraph)."""
    rows = registry.execute(
        "SELECT m.addressee, COUNT(DISTINCT COALESCE(d.symbol, d.doc_key) || '|' || "
        "COALESCE(m.paragraph, '') || '|' || m.type) AS n FROM mandates m "
        "JOIN documents d ON d.id = m.document_id WHERE m.addressee IS NOT NULL "
        "GROUP BY m.addressee ORDER BY n DESC, m.addressee"
    )
    return [{"entity": r["addressee"], "mandates": int(r["n"])} for r in rows]


def entity_mandates(registry: Registry, entity: str, limit: int = 20) -> dict[str, Any]:
    """What one entity is asked to do: its mandates by type and due session, the oldest (by
    the session of the text that gave them), the most renewed (the same kind of mandate in
    resolution after resolution of one series) and those it shares with other entities (the
    same paragraph addresses them too)."""
    rows = [
        m
        for m in mandates(registry, addressee=entity)
        if m["source"]["doc_type"] in ("resolution", "decision")  # drafts and letters only ask
    ]
    sessions = _document_sessions(registry, [m["source"]["document"] for m in rows])
    for m in rows:
        m["source"]["session"] = sessions.get(m["source"]["document"])
    by_type: dict[str, int] = {}
    by_session: dict[str, int] = {}
    for m in rows:
        by_type[m["type"]] = by_type.get(m["type"], 0) + 1
        key = str(m["session"]) if m["session"] else "none"
        by_session[key] = by_session.get(key, 0) + 1
    oldest = sorted(
        rows, key=lambda m: (m["source"]["session"] or 10_000, m["source"]["symbol"] or "")
    )
    return {
        "entity": entity,
        "total": len(rows),
        "by_type": by_type,
        "by_session": dict(sorted(by_session.items())),
        "oldest": oldest[:limit],
        "most_renewed": _renewed(registry, rows)[:limit],
        "shared": _shared(registry, entity, rows)[:limit],
    }


def _document_sessions(registry: Registry, ids: list[int]) -> dict[int, int | None]:
    if not ids:
        return {}
    names = {f"d{k}": i for k, i in enumerate(sorted(set(ids)))}
    marks = ", ".join(f":{k}" for k in names)
    rows = registry.execute(f"SELECT id, session FROM documents WHERE id IN ({marks})", **names)
    return {int(r["id"]): r["session"] for r in rows}


def _renewed(registry: Registry, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entity's kinds of mandate (type and action) by series: how many resolutions of the
    series renewed it, most first."""
    symbols = sorted({m["source"]["symbol"] for m in rows if m["source"]["symbol"]})
    if not symbols:
        return []
    names = {f"s{k}": s for k, s in enumerate(symbols)}
    marks = ", ".join(f":{k}" for k in names)
    found = registry.execute(
        "SELECT m.symbol, s.id, s.title FROM series_members m JOIN series s ON s.id = m.series_id "
        f"WHERE m.symbol IN ({marks})",
        **names,
    )
    series_of = {r["symbol"]: (r["id"], r["title"]) for r in found}
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for m in rows:
        held = series_of.get(m["source"]["symbol"])
        if held is None:
            continue
        key = (held[0], m["type"], m["action"])
        g = groups.setdefault(
            key,
            {
                "series": held[0],
                "title": held[1],
                "type": m["type"],
                "action": m["action"],
                "resolutions": [],
            },
        )
        if m["source"]["symbol"] not in g["resolutions"]:
            g["resolutions"].append(m["source"]["symbol"])
    out = sorted(groups.values(), key=lambda g: (-len(g["resolutions"]), g["title"]))
    return [dict(g, times=len(g["resolutions"]), resolutions=sorted(g["resolutions"])) for g in out]


def _shared(registry: Registry, entity: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entity's mandates whose paragraph also addresses other entities."""
    others = registry.execute(
        "SELECT DISTINCT d.symbol, o.paragraph, o.addressee FROM mandates m "
        "JOIN documents d ON d.id = m.document_id "
        "JOIN mandates o ON o.document_id = m.document_id AND o.paragraph = m.paragraph "
        "WHERE m.addressee = :entity AND o.addressee IS NOT NULL AND o.addressee != :entity",
        entity=entity,
    )
    with_: dict[tuple[str, str], set[str]] = {}
    for r in others:
        with_.setdefault((r["symbol"], r["paragraph"]), set()).add(r["addressee"])
    out, seen = [], set()
    for m in rows:
        key = (m["source"]["symbol"], m["source"]["paragraph"])
        if key in with_ and key not in seen:
            seen.add(key)
            out.append(dict(m, shared_with=sorted(with_[key])))
    return out


def item_series(
    registry: Registry, events: list[dict[str, Any]], language: str | None = None
) -> list[dict[str, Any]]:
    """The timelines of the series of the resolutions that ordered an item (its history's
    "ordered" events): the item's resolutions session after session, each with what it
    ordered."""
    ids: list[int] = []
    for e in events:
        if e["event"] == "ordered" and e["symbol"] and resolution_symbol(e["symbol"]):
            ids += [int(s["id"]) for s in find_series(registry, e["symbol"]) if s["id"] not in ids]
    return [t for t in (series_timeline(registry, i, language) for i in dict.fromkeys(ids)) if t]


CITED_DOCUMENTS = 50  # the citing documents read for an item's series, at most


def cited_series(registry: Registry, item: dict[str, Any]) -> dict[str, Any] | None:
    """The series of an item whose resolutions the registry holds none of, as its citations
    make it known: every GA resolution that a stored document recalls under one of the item's
    titles ("Recalling also its resolution 79/10 of 18 November 2024 on cooperation between the
    United Nations and the Collective Security Treaty Organization"), with its session and date
    and whether its text is held; None when nothing cites one. What the page shows instead of
    nothing when the item is known by a request or a citation only (#19)."""
    found: dict[str, dict[str, Any]] = {}
    for code, title in (item.get("titles") or {}).items():
        hits = search(registry, title, limit=CITED_DOCUMENTS, language=code)
        for doc_id in dict.fromkeys(h.document for h in hits if h.document is not None):
            doc = show_id(registry, doc_id)
            if doc is None:
                continue
            for symbol, date in recalled(doc.to_dict(), title):
                seen = found.setdefault(symbol, {"date": date, "cited_by": []})
                seen["date"] = seen["date"] or date
                if doc.symbol and doc.symbol not in seen["cited_by"]:
                    seen["cited_by"].append(doc.symbol)
    if not found:
        return None
    held = stored_symbols(registry, list(found))
    members = [
        Member(s, session_of(s), f["date"], stored=s in held, basis="recalled")
        for s, f in found.items()
    ]
    members.sort(key=lambda m: (m.session or 0, m.date or ""))
    return {
        "title": item.get("title"),
        "periodicity": periodicity(members),
        "length": len(members),
        "members": [
            {
                "symbol": m.symbol,
                "session": m.session,
                "date": m.date,
                "stored": m.stored,
                "cited_by": found[m.symbol]["cited_by"],
            }
            for m in members
        ],
    }
