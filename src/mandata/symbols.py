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
      (?:/(?:ES[-\u2011]\d+|S[-\u2011]\d+|[A-Z][-\u2011]\d+|[A-Z][A-Za-z]*\.?\d*|\d+)(?:\.\d+)?)+  # parts
      (?:\s\(\d{4}\)                            # S/RES/1631 (2005)
      |\s?\(\s?(?:Parts?\s[IVX]+(?:\s(?:and|-)\s[IVX]+)?|Sect\.\s?\d+|Vol\.\s?[IVX]+|Supp\.?
         |Introduction|Plan\soutline)\)           # A/77/6 (Sect. 26), A/73/12 (Part II)
         (?:/(?:Add|Corr|Rev)\.\d+)*)?           # A/77/6 (Sect. 3)/Add.1
    )
    (?![A-Za-z0-9_/])
    """,
    re.VERBOSE,
)
_ADDENDA = re.compile(
    r"\s*(?:,|and|et|y|и|و|和|及)\s*(?P<suffix>(?:Add|Corr|Rev)\.\d+)(?![A-Za-z0-9_/])",
    re.IGNORECASE,
)
# The parts of a multi-part resolution printed after its symbol: "A/RES/77/256 A-B",
# "A/RES/78/70 A and B", "79/93 A–B", "A/RES/77/264 A-C", "A/RES/77/253 B" (the joiners of the six
# languages, as in ``_ADDENDA``).
PART_LETTERS = r"[A-H](?:\s*(?:[-–—,]|and|et|y|и|و|和|及)\s*[A-H])*"
_PARTED = re.compile(rf"(?P<symbol>\S+)\s+(?P<parts>{PART_LETTERS})")
_PART_JOINER = re.compile(r"\s*(?P<sep>[-–—,]|and|et|y|и|و|和|及)\s*")


def symbol_with_parts(text: str) -> tuple[str, list[str]] | None:
    """A symbol followed by its part letters ("A/RES/77/256 A-B") as the symbol written the UN's
    way ("A/RES/77/256 A-B") and its parts (["A", "B"]); None for anything else."""
    found = _PARTED.fullmatch(text.strip())
    if not found or not SYMBOL.fullmatch(found["symbol"]):
        return None
    parts = part_letters(found["parts"])
    if not parts:
        return None
    letters = parts[0] if len(parts) == 1 else f"{parts[0]}-{parts[-1]}"
    return f"{found['symbol']} {letters}", parts


def part_letters(text: str) -> list[str]:
    """ "A-C" -> A, B, C; "A and B" -> A, B; "A, C" -> A, C."""
    pieces = _PART_JOINER.split(text.strip())
    letters, seps = pieces[0::2], pieces[1::2]
    out = [letters[0]]
    for sep, letter in zip(seps, letters[1:], strict=True):
        if sep in "-–—" and letter > out[-1]:
            out.extend(chr(c) for c in range(ord(out[-1]) + 1, ord(letter) + 1))
        elif letter not in out:
            out.append(letter)
    return out


_FILE_SYMBOL = re.compile(r"^(?:A|S|E|ST)(?:_[\w.\-]+)+(?:[ _]?\((?:19|20)\d\d\))?$")
# One part of a well-formed symbol: a session, year or serial number (never with a leading zero:
# "0700" is a file name's padding), a special session, a numbered series ("L.5", "C.3", "PV.8701",
# "Add.1") or a series word ("RES", "PRST", "HRC").
_WELL_FORMED_PART = re.compile(
    r"""
    [1-9]\d{0,4}
  | (?:ES|S)-[1-9]\d?
  | (?:L|C|CN|AC|WP|PV|SR|CRP|CONF|PC|GC|Add|Corr|Rev|Amend|Sub|Summary)\.[1-9]\d*
  | RES|DEC|PRST|HRC|INF|BUR|SGB|AI|IC|ADM|Agenda|ICEF|HLPF|NGO|OP|Summary|CONF|L|PV
    """,
    re.VERBOSE,
)
_YEAR_SUFFIX = re.compile(r"\s\((?:19|20)\d\d\)$")


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


def well_formed(symbol: str) -> bool:
    """Whether ``symbol`` is a UN document symbol as the UN writes them: an organ and parts
    that are sessions, years, numbers and series words ("A/RES/78/10", "S/RES/1631 (2005)",
    "E/CN.6/2024/L.3", "A/79/302-S/2024/600"), not a file name's padding and tags
    ("S/RES/0700/1991/EN/GOLD")."""
    if not SYMBOL.fullmatch(symbol):
        return False
    plain = _YEAR_SUFFIX.sub("", symbol)
    if plain != symbol and not plain.startswith("S/RES/"):
        return False
    for joined in re.split(r"-(?=[AES]/)", plain):
        organ, _, rest = joined.partition("/")
        if organ not in ("A", "S", "E", "ST") or not rest:
            return False
        if not all(_WELL_FORMED_PART.fullmatch(part) for part in rest.split("/")):
            return False
    return True


def symbol_from_filename(path: str) -> str | None:
    """``A_RES_79_10.txt`` -> ``A/RES/79/10``, ``S_RES_1631_(2005).pdf`` -> ``S/RES/1631
    (2005)``; None when the name is not a well-formed symbol (``S_RES_0700_1991_EN_GOLD.txt``)."""
    name = PurePath(path).name
    stem = name
    for suffix in (".txt", ".pdf", ".docx", ".doc", ".rtf", ".wpd", ".html", ".htm", ".xml"):
        if name.lower().endswith(suffix):
            stem = name[: -len(suffix)]
            break
    if not _FILE_SYMBOL.match(stem):
        return None
    year = re.search(r"[ _]?(\((?:19|20)\d\d\))$", stem)
    if year:
        stem = stem[: year.start()]
    symbol = stem.replace("_", "/") + (f" {year[1]}" if year else "")
    sc = re.fullmatch(r"S/RES/(\d+)/((?:19|20)\d\d)", symbol)  # S_RES_2505_2020
    if sc:
        symbol = f"S/RES/{sc[1]} ({sc[2]})"
    return symbol if well_formed(symbol) else None


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
