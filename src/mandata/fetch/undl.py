"""The UN Digital Library (Invenio/TIND): records in MARCXML, found by search, page by page.

``GET {MANDATA_UNDL_URL}/search?p=QUERY&of=xm&rg=N&jrec=K&ln=en`` gives records K to K+N-1 of
a search, in MARCXML, after a comment with the total; ``p`` takes fields
(``191__a:"A/RES/79/*"``). A record's files are ``/record/ID/files/A_RES_79_10-EN.pdf`` (also
listed in its 856 fields). The Library sits behind a bot firewall: the client goes slowly,
says who it is, and backs off; a challenge page instead of MARCXML is refused with a clear error.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import quote, urlencode

from mandata.fetch.marc import Record, parse_search
from mandata.fetch.state import Enumeration

SERIES = ("res", "drafts", "decisions")


def search_url(base: str, query: str, size: int, start: int) -> str:
    params = {"p": query, "of": "xm", "rg": size, "jrec": start, "ln": "en"}
    return f"{base}/search?{urlencode(params)}"


def symbol_query(symbol: str) -> str:
    return f'191__a:"{symbol}"'


def series_query(session: int, series: str) -> str:
    """The search for a session's resolutions or drafts (plenary and Main Committees)."""
    if series == "res":
        return f'191__a:"A/RES/{session}/*"'
    return f'191__a:"A/{session}/L.*" or 191__a:"A/C.*/{session}/L.*"'


def series_pattern(session: int, series: str) -> re.Pattern[str]:
    """The symbols a series keeps of what the search returns (a search can be loose)."""
    if series == "res":
        return re.compile(rf"A/RES/{session}/\S+")
    return re.compile(rf"A/(?:C\.\d/)?{session}/L\.\d+\S*")


def file_url(base: str, record: Record, symbol: str, language: str) -> str | None:
    """The PDF of ``symbol`` in ``language`` that the record lists, or its usual address."""
    if language in record.files:
        return record.files[language]
    if not record.record_id:
        return None
    name = quote(f"{symbol.replace('/', '_')}-{language.upper()}.pdf")
    return f"{base}/record/{record.record_id}/files/{name}"


Page = Callable[[str], bytes]


def enumerate_pages(
    state: Enumeration, page_size: int, get_page: Page, save: Callable[[], None]
) -> Enumeration:
    """Read the pages of ``state.query`` from ``state.next`` on, until the total is reached or
    a page is empty: ``get_page(jrec)`` gives each, and ``save()`` keeps the progress after it
    (so that a killed run asks only for the page it was reading)."""
    while not state.complete:
        total, records = parse_search(get_page(str(state.next)))
        state.total = total if total is not None else state.total
        state.records.extend(r.to_dict() for r in records)
        state.next += page_size
        state.complete = not records or (state.total is not None and state.next > state.total)
        save()
    return state


def find_record(records: list[Record], symbol: str) -> Record | None:
    """The record whose 191 is ``symbol`` (a search for one symbol may return neighbours)."""
    wanted = symbol.upper()
    for record in records:
        if any(s.upper() == wanted for s in record.symbols):
            return record
    return None
