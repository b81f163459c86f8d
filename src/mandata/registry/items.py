"""Agenda items with an identity that holds across sessions and languages.

An item is named in the decisions that put it on a provisional agenda ("the sub-item entitled
“Cooperation between the United Nations and the Collective Security Treaty Organization”"). Its
identity is the set of organizations and States its title names (the same in every language:
``org:csto``), or, for a title that names none, the title itself, normalized.
"""

from __future__ import annotations

import re

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from mandata.analyze.entities import find_entities
from mandata.model import Document
from mandata.registry.schema import bounded_key, item_mentions, items

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def item_key(title: str, language: str | None) -> str:
    """The identity of an item: the organizations and States its title names, else its title."""
    named = sorted(e for e in find_entities(title, language or "en") if not e.startswith("un:"))
    if named:
        return bounded_key("entities:" + ",".join(named))
    words = " ".join(_PUNCT.sub(" ", title.casefold()).split())
    return bounded_key(f"title:{language or ''}:{words}")


Mention = tuple[str, int | None, str | None, str | None]
"""An agenda item a decision names: its title, session, paragraph and parent item."""

KeyedMention = tuple[str, int | None, str | None, str | None, str]
"""A :data:`Mention` and the item's identity (its :func:`item_key`)."""


def mentions(doc: Document) -> list[Mention]:
    """The items that the document's decisions put on a provisional agenda."""
    return [
        (m.title, m.session, m.paragraph, m.parent)
        for m in doc.mandates
        if m.type == "agenda_item" and m.title
    ]


def keyed(found: list[Mention], language: str | None) -> list[KeyedMention]:
    """The mentions with the identity of each item, computed where the document is prepared
    (the parsing worker) and stored: the writer does not match entities."""
    return [(*m, item_key(m[0], language)) for m in found]


def store_items(
    conn: Connection, found: list[KeyedMention], language: str | None, doc_id: int
) -> None:
    """Record the items that a document's decisions put on a provisional agenda (its
    :func:`mentions`, :func:`keyed`)."""
    for title, session, paragraph, parent, key in found:
        conn.execute(
            insert(item_mentions).values(
                item_id=_item_id(conn, key, title, language),
                document_id=doc_id,
                session=session,
                paragraph=paragraph,
                title=title,
                language=language,
                parent=parent,
            )
        )


def _item_id(conn: Connection, key: str, title: str, language: str | None) -> int:
    found = conn.execute(select(items.c.id).where(items.c.key == key)).scalar()
    if found is not None:
        return int(found)
    result = conn.execute(
        insert(items).values(key=key, title=title, language=language).returning(items.c.id)
    )
    return int(result.scalar_one())
