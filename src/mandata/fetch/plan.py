"""What a fetch asks for: symbols, a session's series, a search, or what a document cites.

``--session N --series res|drafts`` enumerates the Digital Library's records (page by page, to
the total the search reports), never counting symbols blindly; ``--series decisions`` asks IGov.
``--cites SYMBOL`` fetches the document, reads it with mandata's own parser, and fetches the
documents its references name (one level: what they cite in turn is not followed).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mandata import lang
from mandata.errors import MandataError
from mandata.fetch import undl
from mandata.fetch.progress import Update
from mandata.fetch.run import Fetcher, Item, Summary
from mandata.parse import parse_file
from mandata.symbols import SYMBOL

ALL = ("ar", "zh", "en", "fr", "ru", "es")
FOLLOWED = frozenset({"ga_resolution", "sc_resolution", "hrc_resolution", "document"})


def languages(spec: str) -> list[str]:
    """``all``, or codes separated by commas: ``ar,en``."""
    if spec.strip().lower() == "all":
        return list(ALL)
    codes = [c.strip().lower() for c in spec.split(",") if c.strip()]
    for code in codes:
        lang.get(code)  # an unknown code is a one-line error
    if not codes:
        raise MandataError("--lang needs a language code (ar en es fr ru zh) or all")
    return list(dict.fromkeys(codes))


def items(symbols: list[str], langs: list[str], fmt: str) -> list[Item]:
    return [Item(s, code, fmt) for s in symbols for code in langs]


def session_symbols(fetcher: Fetcher, session: int, series: str) -> list[str]:
    """The symbols of a session's resolutions or drafts, from the Digital Library."""
    pattern = undl.series_pattern(session, series)
    return search_symbols(fetcher, undl.series_query(session, series), pattern.fullmatch)


def search_symbols(fetcher: Fetcher, query: str, keep: Callable[[str], object] = bool) -> list[str]:
    """The symbols of every record a Digital Library search finds, in a natural order."""
    found = {s for r in fetcher.enumerate(query) for s in r.symbols[:1] if keep(s)}
    return sorted(found, key=_natural)


def _natural(symbol: str) -> tuple[object, ...]:
    parts = symbol.replace(".", "/").split("/")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def cited_symbols(path: Path, own: str) -> list[str]:
    """The documents a stored file cites, by mandata's own reading of it."""
    doc = parse_file(path)
    out = [
        ref.target
        for ref in doc.references
        if ref.type in FOLLOWED and SYMBOL.fullmatch(ref.target) and ref.target != own
    ]
    return list(dict.fromkeys(out))


def cites(
    fetcher: Fetcher, symbol: str, langs: list[str], fmt: str, update: Update | None
) -> Summary:
    """Fetch ``symbol``, then every document it cites, in ``langs``."""
    summary = fetcher.fetch(items([symbol], langs, fmt), update)
    if fetcher.client.dry_run:
        fetcher.client.echo(f"# then the documents that {symbol} cites, in the same languages")
        return summary
    stored = [e for e in summary.fetched + summary.skipped if e.get("symbol") == symbol]
    stored.sort(key=lambda e: e.get("language") != "en")
    if not stored:
        return summary
    try:
        targets = cited_symbols(fetcher.store.root / stored[0]["path"], symbol)
    except MandataError as err:
        summary.failed.append((f"the references of {symbol}", str(err)))
        return summary
    return fetcher.fetch(items(targets, langs, fmt), update)
