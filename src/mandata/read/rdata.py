"""A reader of R's saved data (``.rda``/``.RData``, ``.rds``): the tables it holds, as columns.

Public roll-call data of the General Assembly (Voeten's "United Nations General Assembly Voting
Data", as the ``unvotes`` package ships it) comes as R data files; this reads them without R or
a third-party package. R's serialization (XDR, format versions 2 and 3) is a tree of typed
items; a data frame is a list of equal-length columns with a ``names`` attribute, a factor is integer codes with ``levels``. Only what
tables hold is read: logical, integer, double and character vectors, lists, pairlists (the
attributes), symbols, references, and the compact integer sequences of R 3.5 and later. A
``Date`` column (days since 1970-01-01) is given as ISO dates.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import struct
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from mandata.errors import MandataError

_NA_INT = -(2**31)
_NIL, _REF, _ALTREP = 254, 255, 238
_SPECIAL = {253, 252, 251, 250, 242, 241}  # the environments and markers a table never needs
_VECTORS = {10: ">i", 13: ">i", 14: ">d"}


@dataclass
class RObject:
    """One item: its value (a list for vectors) and its attributes (``names``, ``class``...)."""

    value: Any
    attributes: dict[str, Any] = field(default_factory=dict)


def _open(path: Path) -> bytes:
    raw = path.read_bytes()
    for magic, unpack in ((b"\x1f\x8b", gzip.decompress), (b"BZh", bz2.decompress)):
        if raw.startswith(magic):
            return unpack(raw)
    if raw.startswith(b"\xfd7zXZ"):
        return lzma.decompress(raw)
    return raw


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0
        self.refs: list[Any] = []  # the symbols read, which later items refer to by number

    def ints(self, n: int) -> tuple[int, ...]:
        out = struct.unpack_from(f">{n}i", self.data, self.at)
        self.at += 4 * n
        return out

    def length(self) -> int:
        (n,) = self.ints(1)
        if n == -1:
            hi, lo = self.ints(2)
            return (hi << 32) + lo
        return n

    def item(self) -> Any:
        (flags,) = self.ints(1)
        kind, has_attr, has_tag = flags & 0xFF, flags & (1 << 9), flags & (1 << 10)
        if kind == _NIL or kind in _SPECIAL:
            return None
        if kind == _REF:
            return self.refs[(flags >> 8) - 1 if flags >> 8 else self.ints(1)[0] - 1]
        if kind == 1:  # a symbol: its name
            name = self.item()
            self.refs.append(name)
            return name
        if kind in (2, 239):  # a pairlist: {tag: value}
            return self.pairlist(has_attr, has_tag)
        if kind == _ALTREP:
            return self.altrep()
        if kind == 9:  # one string (-1: NA)
            (n,) = self.ints(1)
            if n == -1:
                return None
            text = self.data[self.at : self.at + n].decode("utf-8", "replace")
            self.at += n
            return text
        return self.vector(kind, has_attr)

    def pairlist(self, has_attr: int, has_tag: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        while True:
            if has_attr:
                self.item()
            tag = self.item() if has_tag else str(len(out))
            out[str(tag)] = self.item()
            (flags,) = self.ints(1)
            if flags & 0xFF not in (2, 239):
                if flags & 0xFF != _NIL:
                    raise MandataError("R data: a pairlist ends in an unexpected item")
                return out
            has_attr, has_tag = flags & (1 << 9), flags & (1 << 10)

    def vector(self, kind: int, has_attr: int) -> RObject:
        n = self.length()
        if kind in _VECTORS:
            code = _VECTORS[kind]
            size = struct.calcsize(code)
            values = list(struct.unpack_from(f">{n}{code[1]}", self.data, self.at))
            self.at += size * n
            if kind != 14:
                values = [None if v == _NA_INT else v for v in values]
        elif kind in (16, 19, 20):  # character, list, expression
            values = [self.item() for _ in range(n)]
        else:
            raise MandataError(f"R data: items of type {kind} are not read")
        out = RObject(values)
        if has_attr:
            out.attributes = self.item() or {}
        return out

    def altrep(self) -> RObject:
        info, state, attributes = self.item(), self.item(), self.item()
        name = next(iter(info.values())) if isinstance(info, dict) else None
        if name == "compact_intseq" and isinstance(state, RObject):
            n, start, step = (int(x) for x in state.value)
            return RObject([start + k * step for k in range(n)], attributes or {})
        if name and str(name).startswith("wrap_") and isinstance(state, RObject):
            inner = state.value[0]
            return RObject(inner.value, attributes or inner.attributes)
        raise MandataError(f"R data: the compact vector {name} is not read")


def read_rdata(path: Path) -> dict[str, RObject]:
    """The named objects of an R data file (one, named after the file, for ``.rds``)."""
    data = _open(path)
    saved = data[:5] in (b"RDX2\n", b"RDX3\n")
    reader = _Reader(data[5:] if saved else data)
    if reader.data[:2] != b"X\n":
        raise MandataError(f"{path.name}: not R data in the XDR format")
    reader.at = 2
    (version,) = reader.ints(3)[:1]
    if version == 3:
        (size,) = reader.ints(1)
        reader.at += size  # the native encoding's name
    top = reader.item()
    if saved and isinstance(top, dict):
        return {k: v for k, v in top.items() if isinstance(v, RObject)}
    if isinstance(top, RObject):
        return {path.stem: top}
    raise MandataError(f"{path.name}: no R object in it")


def table(obj: RObject) -> list[dict[str, Any]]:
    """A data frame's rows as dicts, column by column as R stores them (``Date`` as ISO)."""
    names = obj.attributes.get("names")
    if not isinstance(names, RObject) or not isinstance(obj.value, list):
        raise MandataError("R data: the object is not a table")
    columns: dict[str, list[Any]] = {}
    for name, col in zip(names.value, obj.value, strict=True):
        values = list(col.value) if isinstance(col, RObject) else []
        classes = col.attributes.get("class") if isinstance(col, RObject) else None
        if isinstance(classes, RObject) and "Date" in classes.value:
            values = [_date(v) for v in values]
        levels = col.attributes.get("levels") if isinstance(col, RObject) else None
        if isinstance(classes, RObject) and "factor" in classes.value and levels:
            values = [levels.value[v - 1] if isinstance(v, int) else None for v in values]
        columns[str(name)] = values
    n = max((len(v) for v in columns.values()), default=0)
    return [{k: (v[i] if i < len(v) else None) for k, v in columns.items()} for i in range(n)]


def _date(days: Any) -> str | None:
    if not isinstance(days, float | int) or days != days:  # NA is a NaN
        return None
    return (date(1970, 1, 1) + timedelta(days=int(days))).isoformat()
