"""Openings the Assembly fixed by decision, found in the registry.

Which paragraph fixes the opening of which session (:mod:`mandata.analyze.openings`) is read
once, when the document is prepared for the registry, and stored with the paragraph
(``paragraphs.opens_session`` and ``opens_on``); the document's symbol is the basis.
"""

from __future__ import annotations

import datetime as dt

from mandata.registry.store import Registry


def fixed_openings(registry: Registry) -> dict[int, tuple[dt.date, str]]:
    """session -> (opening, decision) for every such decision the registry holds."""
    rows = registry.execute(
        "SELECT p.opens_session, p.opens_on, d.symbol FROM paragraphs p "
        "JOIN documents d ON d.id = p.document_id "
        "WHERE p.action = 'decide' AND p.opens_session IS NOT NULL ORDER BY p.id"
    )
    return {
        int(row["opens_session"]): (
            dt.date.fromisoformat(row["opens_on"]),
            row["symbol"] or "a decision in the registry",
        )
        for row in rows
    }
