"""Openings the Assembly fixed by decision, found in the registry.

A paragraph that decides (``action`` "decide"), names one regular session, one date in the year
that session opens and a word of opening ("Decides that the fifty-third session of the General
Assembly shall open on Wednesday, 9 September 1998") fixes that session's opening (rule 1 yields
to it). The document's symbol is the basis.
"""

from __future__ import annotations

import datetime as dt
import re

from mandata import lang
from mandata.analyze.paragraph import analyze_paragraph
from mandata.registry.store import Registry


def fixed_openings(registry: Registry) -> dict[int, tuple[dt.date, str]]:
    """session -> (opening, decision) for every such decision the registry holds."""
    rows = registry.execute(
        "SELECT p.text, d.language, d.symbol, d.session FROM paragraphs p "
        "JOIN documents d ON d.id = p.document_id WHERE p.action = 'decide'"
    )
    out: dict[int, tuple[dt.date, str]] = {}
    for row in rows:
        code = row["language"]
        if code is None or not _opening_word(code).search(row["text"]):
            continue
        facts = analyze_paragraph(row["text"], code, row["session"], "operative")
        dates = [dt.date.fromisoformat(d) for d in facts.dates]
        if len(facts.sessions) != 1 or not dates:
            continue
        session = facts.sessions[0]
        fitting = [d for d in dates if d.year == 1945 + session and d.month in (8, 9, 10)]
        if len(fitting) == 1:
            out[session] = (fitting[0], row["symbol"] or "a decision in the registry")
    return out


def _opening_word(code: str) -> re.Pattern[str]:
    table = lang.get(code).analysis
    return re.compile(table["opening_word"], re.IGNORECASE)
