"""The XML helpers of the Akoma Ntoso writer: new elements, eId tokens, XML-safe text, indent.

Split out of :mod:`mandata.export.akn` so that every part of the writer (:mod:`.akn_meta`,
:mod:`.akn_text` and :mod:`.akn` itself) can use them without an import cycle: this module
imports nothing else of the writer (only :func:`~.akn_read.a` of the shared part). The names keep their leading underscore
because they are private to the ``akn*`` modules, which import them from here.
"""

from __future__ import annotations

import re

from lxml import etree

from mandata.export.akn_read import a

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _token(value: str | None, fallback: str) -> str:
    """The ASCII letters and digits of a label, for an eId ("(a)" -> "a"); else ``fallback``."""
    return re.sub(r"[^0-9A-Za-z]+", "", value or "") or fallback


def _clean(value: str) -> str:
    """``value`` with the characters XML 1.0 cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", value)


def _el(
    tag: str, text: str | None = None, parent: etree._Element | None = None, /, **attrs: str
) -> etree._Element:
    """A new element (appended to ``parent`` if given); text and attributes made XML-safe."""
    el = etree.Element(tag) if parent is None else etree.SubElement(parent, tag)
    for name, value in attrs.items():
        el.set(name, _clean(value))
    if text is not None:
        el.text = _clean(text)
    return el


def _sub(
    parent: etree._Element, tag: str, text: str | None = None, /, **attrs: str
) -> etree._Element:
    """A new AKN child element of ``parent``."""
    return _el(a(tag), text, parent, **attrs)


_TEXT_TAGS = frozenset(a(t) for t in ("p", "num", "heading", "listIntroduction"))


def _indent(el: etree._Element, level: int) -> None:
    """Indent the element-only structure; never touch text (p, num, heading and whatever holds
    text keep their content exactly as it is)."""
    if el.tag in _TEXT_TAGS or (el.text and el.text.strip()) or not len(el):
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in el:
        _indent(child, level + 1)
        child.tail = pad
    el[-1].tail = "\n" + "  " * level
