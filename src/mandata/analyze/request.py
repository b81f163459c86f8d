"""The request a letter makes for an item on the agenda (rules 13 to 15 and 20).

A letter asking for an item cites the rule it relies on (rule 14: a supplementary item, at least
thirty days before the opening; rule 15: an additional item, later); rule 20 asks for an
explanatory memorandum and, if possible, a draft resolution, which the annexes hold. The
requesters are the States the letter names: its writer's and those on whose behalf it writes.
"""

from __future__ import annotations

from typing import Any

from mandata.analyze.entities import find_entities
from mandata.model import Document

_ITEM_RULES = (14, 15, 13)


def find_request(doc: Document) -> dict[str, Any] | None:
    """The request for an item of a letter, or None when the document makes none."""
    letter = doc.letter
    if letter is None or doc.language is None:
        return None
    cited = {
        int(r.target.split()[-1])
        for r in doc.references
        if r.type == "rule_of_procedure" and (r.paragraph or "").startswith("letter.")
    }
    rule = next((n for n in _ITEM_RULES if n in cited), None)
    if rule is None:
        return None
    return {
        "rule": rule,
        "item_title": doc.title,
        "session": doc.session,
        "letter_date": letter.date,
        "requesters": _requesters(doc),
        "explanatory_memorandum": any(a.kind == "explanatory_memorandum" for a in doc.annexes),
        "draft_resolution": any(a.kind == "draft_resolution" for a in doc.annexes)
        or any(r.annex is not None for r in doc.resolutions),
    }


def _requesters(doc: Document) -> list[str]:
    """States named by the letter's writer and body, the writer's first."""
    assert doc.letter is not None and doc.language is not None
    texts = [doc.letter.sender or "", *(p.text for p in doc.letter.paragraphs)]
    found: list[str] = []
    for text in texts:
        for entity in find_entities(text, doc.language):
            if _is_state(entity) and entity not in found:
                found.append(entity)
    return found


def _is_state(entity: str) -> bool:
    return len(entity) == 3 and entity.isupper()
