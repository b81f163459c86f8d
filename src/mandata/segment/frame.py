"""The frame of a document: enacting formulas and the lines that open its parts.

Masthead patterns are tried in the document's language and in English (Arabic, Chinese and other
versions often keep masthead lines in English). A frame line (an enacting formula, a letter's
heading, "Annex I", "(Signed)", the closing meeting line) always starts a block of its own.
"""

from __future__ import annotations

import re
from typing import cast

from mandata import lang

_FRAME_PATTERNS = ("letter", "annex", "signed", "meeting")


def codes(code: str | None) -> tuple[str, ...]:
    """The languages to try a pattern in: the document's, then English."""
    return tuple(dict.fromkeys([c for c in (code, "en") if c]))


def search(name: str, text: str, code: str | None) -> re.Match[str] | None:
    """Match masthead pattern ``name`` in the document's language or English."""
    for c in codes(code):
        found = lang.get(c).pattern(name).search(text)
        if found:
            return found
    return None


def enacting_body(text: str, code: str | None) -> str | None:
    """The body an enacting formula names ("The General Assembly," -> "GA"), else None."""
    text = text.strip()
    if len(text) > 60 or not text.endswith((",", "،", "，")):
        return None
    stripped = text.rstrip(",،，").strip().casefold()
    for c in codes(code):
        for formula, body in cast(dict[str, str], lang.get(c).table("ENACTING")).items():
            if stripped == formula.casefold().replace("’", "'") or stripped.replace(
                "’", "'"
            ) == formula.casefold().replace("’", "'"):
                return body
    return None


def frame_line(text: str, code: str | None, wraps: bool = True) -> bool:
    """Whether a line opens a part of the document and so never continues a paragraph;
    ``wraps=False`` leaves out the frame lines that may wrap onto the next line (a letter's
    heading)."""
    text = text.strip()
    if len(text) > 200:
        return False
    if enacting_body(text, code):
        return True
    return any(
        (found := search(name, text, code)) is not None and found.start() == 0
        for name in _FRAME_PATTERNS
        if wraps or name != "letter"
    )
