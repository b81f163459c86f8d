"""The addresses of the pages: every link to a stored document is made by :func:`document_url`,
which gives one that works for every document, whether it prints a symbol or not.

A document with a symbol is at ``/doc/SYMBOL?lang=xx`` (readable, and the same for every
version). One without (the seed, a letter that prints none) is at ``/document/ID``, its registry
row. So is a symbol that a browser would not keep as it is in a path (an empty, ``.`` or ``..``
part: browsers resolve those before sending); without a row to point at, such a symbol goes in the
query (``/doc?symbol=...``).
"""

from __future__ import annotations

from urllib.parse import quote, urlencode


def _keeps_in_path(symbol: str) -> bool:
    """Whether ``symbol`` survives as the end of a URL path: no empty, ``.`` or ``..`` part."""
    return all(part not in ("", ".", "..") for part in symbol.split("/"))


def document_url(
    symbol: str | None,
    language: str | None = None,
    document: int | None = None,
    paragraph: str | None = None,
) -> str:
    """The page of a stored document: by ``symbol`` (with its ``language`` version), else by its
    registry row ``document``; ``paragraph`` (an id) is the fragment to go to. A document with
    neither symbol nor row cannot be named: that is a ValueError, not a dead link."""
    fragment = f"#{quote(paragraph, safe='')}" if paragraph else ""
    if symbol and _keeps_in_path(symbol):
        query = f"?lang={quote(language)}" if language else ""
        return f"/doc/{quote(symbol, safe='/')}{query}{fragment}"
    if document is not None:
        return f"/document/{int(document)}{fragment}"
    if symbol:
        params = {"symbol": symbol, **({"lang": language} if language else {})}
        return f"/doc?{urlencode(params)}{fragment}"
    raise ValueError("a document link needs a symbol or a registry row")


def un_url(symbol: str) -> str:
    """The UN's own address for a symbol the registry does not hold (a link for the reader;
    the app never fetches it)."""
    return "https://undocs.org/" + quote(symbol, safe="/")
