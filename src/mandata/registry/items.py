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
from mandata.registry.bulk import insert_rows
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


def mentions(doc: Document) -> list[Mention]:
    """The items that the document's decisions put on a provisional agenda."""
    return [
        (m.title, m.session, m.paragraph, m.parent)
        for m in doc.mandates
        if m.type == "agenda_item" and m.title
    ]


Keyed = tuple[str, str, int | None, str | None, str | None]
"""A mention with its item's identity first: key, title, session, paragraph, parent."""


def keyed(found: list[Mention], language: str | None) -> list[Keyed]:
    """The mentions with their items' keys (:func:`item_key`: made in the parsing worker, which
    finds the names in each title, so that the one writer does not)."""
    return [(item_key(m[0], language), *m) for m in found]


def store_items(conn: Connection, found: list[tuple[int, str | None, Keyed]]) -> None:
    """Record the items that the decisions of a batch of documents put on a provisional agenda
    (document id, its language, a :func:`keyed` mention each): one query for the items already
    known, one insert for each new item, one bulk insert for the mentions."""
    if not found:
        return
    keys = list(dict.fromkeys(k[0] for _, _, k in found))
    ids = {
        r.key: int(r.id)
        for r in conn.execute(select(items.c.id, items.c.key).where(items.c.key.in_(keys)))
    }
    for _, language, (key, title, *_) in found:
        if key not in ids:  # the first mention of a new item gives its title and language
            new = insert(items).values(key=key, title=title, language=language)
            ids[key] = int(conn.execute(new.returning(items.c.id)).scalar_one())
    rows = [
        (ids[key], doc_id, session, paragraph, title, language, parent)
        for doc_id, language, (key, title, session, paragraph, parent) in found
    ]
    columns = "item_id, document_id, session, paragraph, title, language, parent"
    insert_rows(conn, item_mentions.name, rows, columns)
