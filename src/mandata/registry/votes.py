"""Recorded votes of the General Assembly from a roll-call dataset, and a resolution's votes.

The UN XML of a resolution carries its own vote and sponsors (kept in its document). For older
resolutions, which a series often knows only by citation, the public roll-call data (Voeten's
"United Nations General Assembly Voting Data", R data files ``un_roll_calls`` and
``un_roll_call_issues``) says which were adopted by a recorded vote, when, and on what issue:
:func:`import_roll_calls` stores those rows (table ``votes``, migration 0008) and
:func:`votes_of` gives, for each resolution, the record of its document and its roll calls.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert

from mandata.errors import MandataError
from mandata.read.rdata import read_rdata, table
from mandata.registry.schema import votes
from mandata.registry.store import Registry

# "R/54/175", "R/33/12A", "A/RES/74/19", "ESS/10/2": the dataset's resolution numbers
# and "R/42/70/A", "R/33/116A/IV" (section IV of 33/116 A)
_UNRES = re.compile(
    r"^(?:(?P<es>A/RES/ES-|ESS?/)|A/RES/|R/)(?P<s>\d{1,2})/(?P<n>\d{1,4})\s*(?P<l>[A-Z])?"
    r"(?:/(?P<l2>[A-H])|/(?P<section>[IVXL]+))?$"
)
_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def resolution_of(unres: str, session: int | None) -> str | None:
    """The symbol of a roll call's resolution ("R/54/175" -> "A/RES/54/175"; the numbers of the
    first 30 sessions -> "A/RES/66(I)"); None for a roll call without one."""
    m = _UNRES.match((unres or "").strip())
    if not m:
        return None
    s, n = int(m["s"]), int(m["n"])
    letter = f" {m['l'] or m['l2']}" if m["l"] or m["l2"] else ""
    if m["es"]:
        return f"A/RES/ES-{s}/{n}{letter}"
    if s < 31:
        return f"A/RES/{n}({_roman(session or s)}){letter}"
    return f"A/RES/{s}/{n}{letter}"


def _roman(n: int) -> str:
    out = ""
    for value, digits in _ROMAN:
        while n >= value:
            out, n = out + digits, n - value
    return out


def read_roll_calls(paths: list[Path]) -> list[dict[str, Any]]:
    """The rows to store from R data files: the roll calls (a table with ``rcid`` and
    ``unres``), each with its issues (a table with ``rcid`` and ``issue``) when given."""
    calls: list[dict[str, Any]] = []
    issues: dict[int, list[str]] = {}
    for path in paths:
        for obj in read_rdata(path).values():
            rows = table(obj)
            keys = set(rows[0]) if rows else set()
            if {"rcid", "unres"} <= keys:
                calls += rows
            elif {"rcid", "issue"} <= keys:
                for r in rows:
                    issues.setdefault(r["rcid"], []).append(str(r["issue"]))
    if not calls:
        raise MandataError(
            "no roll-call table (columns rcid, unres) in " + ", ".join(map(str, paths))
        )
    return [row for row in (_row(r, issues) for r in calls) if row]


def _row(r: dict[str, Any], issues: dict[int, list[str]]) -> dict[str, Any] | None:
    session = (
        int(r["session"]) if r.get("session") == r.get("session") and r.get("session") else None
    )
    symbol = resolution_of(r.get("unres") or "", session)
    if symbol is None:
        return None
    part = "amendment" if r.get("amend") == 1 else "paragraph" if r.get("para") == 1 else None
    section = _UNRES.match((r.get("unres") or "").strip())
    if part is None and section and section["section"]:
        part = f"section {section['section']}"
    return {
        "symbol": symbol,
        "session": session,
        "date": r.get("date"),
        "roll_call": r.get("rcid"),
        "part": part,
        "important": bool(r["importantvote"]) if r.get("importantvote") is not None else None,
        "title": (r.get("short") or "").strip() or None,
        "issues": json.dumps(issues.get(r.get("rcid") or -1, []), ensure_ascii=False),
    }


def import_roll_calls(registry: Registry, paths: list[Path], source: str) -> int:
    """Store the roll calls of ``paths`` under ``source`` (replacing what that source stored
    before); returns how many."""
    rows = [dict(r, source=source[:100]) for r in read_roll_calls(paths)]
    with registry.writing() as conn:
        conn.execute(delete(votes).where(votes.c.source == source[:100]))
        if rows:
            conn.execute(insert(votes), rows)
    return len(rows)


def roll_calls(registry: Registry, symbols: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The stored roll calls of each resolution, oldest first."""
    if not symbols:
        return {}
    names = {f"s{k}": s for k, s in enumerate(dict.fromkeys(symbols))}
    marks = ", ".join(f":{k}" for k in names)
    rows = registry.execute(
        "SELECT symbol, session, date, roll_call, part, important, title, issues, source "
        f"FROM votes WHERE symbol IN ({marks}) ORDER BY symbol, date, roll_call",
        **names,
    )
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        row = dict(r, issues=json.loads(r["issues"] or "[]"))
        row["important"] = None if r["important"] is None else bool(r["important"])
        out.setdefault(r["symbol"], []).append(row)
    return out


def votes_of(registry: Registry, symbol: str) -> dict[str, Any]:
    """What the registry knows of how a resolution was adopted: the vote and sponsors its
    document records (the UN XML's metadata), and the roll calls of a roll-call dataset."""
    docs = registry.execute(
        "SELECT data FROM documents WHERE symbol = :s "
        "ORDER BY CASE WHEN language = 'en' THEN 0 ELSE 1 END, language",
        s=symbol,
    )
    vote: dict[str, Any] | None = None
    sponsors: list[str] = []
    for d in docs:
        data = json.loads(d["data"])
        vote, sponsors = vote or data.get("vote"), sponsors or data.get("sponsors") or []
    return {
        "symbol": symbol,
        "vote": vote,
        "sponsors": sponsors,
        "roll_calls": roll_calls(registry, [symbol]).get(symbol, []),
    }
