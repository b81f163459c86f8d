"""Aligned segments, for translators: a TSV or TMX file whose every row (translation unit) holds
the versions of one segment, each row compared on its own.

A TSV's first line names its columns: the language codes (``ar en es fr ru zh``, or tags such as
``en-US``, ``ZH-CN``) mark the columns compared, others (an ``id``) are kept or ignored. A TMX
gives each ``<tu>``'s ``<tuv xml:lang="...">``; the text of a ``<seg>`` is read without its
inline codes (``bpt``, ``ept``, ``ph``, ``it``, ``ut``: the formatting of the source file). The
TMX is read with lxml's parser set to refuse entities, DTDs and the network.

Each segment is parsed as a text without a document's structure (one paragraph; see
:mod:`mandata.segment.plain`) in its column's language, and the versions of a row are compared as
:func:`mandata.compare.compare_documents` compares documents.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from mandata import lang
from mandata.compare import Comparison, compare_documents
from mandata.errors import MandataError, TooLarge, UnreadableDocument
from mandata.names import shown_name
from mandata.parse import parse_raw
from mandata.read import RawText

__all__ = ["Segment", "compare_segments", "read_segments"]

_TMX_NS_XML = "{http://www.w3.org/XML/1998/namespace}lang"
_INLINE_CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})
_ID_COLUMNS = ("id", "ids", "tuid", "segment", "key")


@dataclass
class Segment:
    """One row of aligned segments: its number (from 1), its id if the file gives one, and
    its text in each language."""

    row: int
    id: str | None
    texts: dict[str, str]


def _code(tag: str) -> str | None:
    """The official language a column name or ``xml:lang`` names ("en", "EN-us", "zh_CN")."""
    base = tag.strip().lower().replace("_", "-").split("-")[0]
    return base if base in lang.LANGUAGES else None


def read_segments(path: str, max_bytes: int) -> list[Segment]:
    """The rows of a ``.tsv`` or ``.tmx`` file (by its extension, else by its content)."""
    label = shown_name(path)
    data = _read(path, label, max_bytes)
    is_tmx = path.lower().endswith(".tmx") or data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(
        (b"<?xml", b"<tmx")
    )
    rows = _tmx_rows(data, label) if is_tmx else _tsv_rows(data, label)
    if not rows:
        raise UnreadableDocument(f"{label}: no aligned segments in two or more languages")
    return rows


def _read(path: str, label: str, max_bytes: int) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise TooLarge(f"{label}: {size} bytes, over the limit of {max_bytes} bytes")
        with open(path, "rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise UnreadableDocument(f"{label}: cannot read the file ({reason})") from err


def _tsv_rows(data: bytes, label: str) -> list[Segment]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UnreadableDocument(
            f"{label}: a TSV of segments must be UTF-8 ({err.reason})"
        ) from err
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, [])
    columns = {i: _code(name) for i, name in enumerate(header)}
    languages = {i: c for i, c in columns.items() if c is not None}
    if len(set(languages.values())) < 2:
        raise UnreadableDocument(
            f"{label}: the first line must name two or more language columns "
            f"({' '.join(lang.LANGUAGES)}), separated by tabs"
        )
    id_column = next((i for i, n in enumerate(header) if n.strip().lower() in _ID_COLUMNS), None)
    rows = []
    for number, cells in enumerate(reader, 1):
        texts = {c: cells[i].strip() for i, c in languages.items() if i < len(cells)}
        ident = cells[id_column] if id_column is not None and id_column < len(cells) else None
        rows.append(Segment(number, ident, {c: t for c, t in texts.items() if t}))
    return rows


def _tmx_rows(data: bytes, label: str) -> list[Segment]:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        raise UnreadableDocument(f"{label}: damaged TMX ({err})") from err
    rows = []
    for number, tu in enumerate(root.iter("{*}tu"), 1):
        texts: dict[str, str] = {}
        for tuv in tu.iter("{*}tuv"):
            code = _code(tuv.get(_TMX_NS_XML) or tuv.get("lang") or "")
            seg = tuv.find("{*}seg")
            if code is not None and seg is not None and code not in texts:
                texts[code] = " ".join("".join(_seg_text(seg)).split())
        rows.append(Segment(number, tu.get("tuid"), {c: t for c, t in texts.items() if t}))
    return rows


def _seg_text(el: Any) -> Iterator[str]:
    """The text of a TMX ``<seg>``, its inline codes (the source's formatting) left out."""
    yield el.text or ""
    for child in el:
        if isinstance(child.tag, str) and etree.QName(child).localname not in _INLINE_CODES:
            yield from _seg_text(child)
        yield child.tail or ""


def compare_segments(rows: list[Segment], source: str) -> Iterator[tuple[Segment, Comparison]]:
    """Each row with two or more languages, its versions compared."""
    for row in rows:
        if len(row.texts) < 2:
            continue
        docs = []
        for code, text in row.texts.items():
            raw = RawText(text, "text", "utf-8", None)
            docs.append(parse_raw(raw, source=f"{source}#{row.row}", language=code))
        try:
            yield row, compare_documents(docs)
        except MandataError as err:  # cannot happen with one column per language; said plainly
            raise MandataError(f"{source}, row {row.row}: {err}") from err
