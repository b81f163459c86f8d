"""United Nations document symbols: find them, expand "and Add.1", derive body and session.

A symbol is an organ prefix and slash-separated parts::

    A/RES/78/10          General Assembly resolution 10 of the 78th session
    A/C.3/80/L.5         a draft of the Third Committee, 80th session
    A/64/L.45/Add.1      an addendum to a plenary draft
    A/79/302-S/2024/600  a joint document of the Assembly and the Council
    S/RES/1631 (2005)    a Security Council resolution
    E/RES/2014/36        an ECOSOC resolution
"""

from __future__ import annotations

import re
from pathlib import PurePath

SYMBOL = re.compile(
    r"""
    (?<![A-Za-z0-9_/])
    (?P<symbol>
      (?:A|S|E|ST|UNEP|TD|DP|CRC|CEDAW)          # organ
      (?:/(?:ES-\d+|S-\d+|[A-Z]-\d+|[A-Z][A-Za-z]*\.?\d*|\d+)(?:\.\d+)?)+  # parts
      (?:\s\(\d{4}\))?                          # S/RES/1631 (2005)
    )
    (?![A-Za-z0-9_/])
    """,
    re.VERBOSE,
)
_ADDENDA = re.compile(
    r"\s*(?:,|and|et|y|и|و|和|及)\s*(?P<suffix>(?:Add|Corr|Rev)\.\d+)(?![A-Za-z0-9_/])",
    re.IGNORECASE,
)
_FILE_SYMBOL = re.compile(r"^(?:A|S|E|ST)(?:_[\w.\-()]+)+$")


def find_symbols(text: str) -> list[str]:
    """Symbols in ``text``, with "A/64/L.45 and Add.1" expanded to both documents."""
    out: list[str] = []
    for m in SYMBOL.finditer(text):
        symbol = m["symbol"]
        out.append(symbol)
        rest = text[m.end() :]
        while True:
            add = _ADDENDA.match(rest)
            if not add:
                break
            out.append(f"{symbol}/{add['suffix']}")
            rest = rest[add.end() :]
    return out


def symbol_from_filename(path: str) -> str | None:
    """``A_RES_79_10.txt`` -> ``A/RES/79/10``; None when the name is not a symbol."""
    name = PurePath(path).name
    stem = name
    for suffix in (".txt", ".pdf", ".docx", ".html", ".htm", ".xml"):
        if name.lower().endswith(suffix):
            stem = name[: -len(suffix)]
            break
    if not _FILE_SYMBOL.match(stem):
        return None
    symbol = stem.replace("_", "/")
    return symbol if SYMBOL.fullmatch(symbol) else None


def body_of(symbol: str) -> str | None:
    """The organ a symbol belongs to: GA, SC, ECOSOC, HRC."""
    if symbol.startswith("A/HRC/"):
        return "HRC"
    return {"A": "GA", "S": "SC", "E": "ECOSOC"}.get(symbol.split("/", 1)[0])


def session_of(symbol: str) -> int | None:
    """The session a General Assembly symbol names: A/RES/78/10, A/C.3/80/L.5 -> 78, 80."""
    if not symbol.startswith("A/"):
        return None
    for part in symbol.split("/")[1:]:
        if part.isdigit() and 1 <= int(part) <= 200:
            return int(part)
        if not re.fullmatch(r"RES|C\.\d|BUR|HRC|INF|DEC|ES-\d+|S-\d+", part):
            return None
    return None
