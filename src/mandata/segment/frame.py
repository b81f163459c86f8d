"""The frame of a document: enacting formulas and the lines that open its parts.

Masthead patterns are tried in the document's language and in English (Arabic, Chinese and other
versions often keep masthead lines in English). A frame line (an enacting formula, a letter's
heading, "Annex I", "(Signed)", the closing meeting line) always starts a block of its own.
"""

from __future__ import annotations

import re
from functools import cache

from mandata import lang

_FRAME_PATTERNS = ("letter", "annex", "signed", "meeting", "sc_adoption")  # "letter" first
# Frame lines that may wrap onto the next line.
_WRAPPING = ("letter", "sc_adoption")


@cache
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


def enacting_body(text: str, code: str | None, following: str | None = None) -> str | None:
    """The body an enacting formula names ("The General Assembly," -> "GA"), else None.

    A formula opens with a capital in every language that has them. A formula without its
    comma ("The General Assembly" before "Adopts the following declaration:") counts only when ``following``, the next line, opens with a known phrase: the
    masthead's organ line ("الجمعية العامة") is the same words.
    """
    text = text.strip()
    if len(text) > 60 or text[:1].islower():  # "the General Assembly,2" ends a wrapped line
        return None
    body = _formulas(code).get(_fold(text.rstrip(",،，")))
    if body is None:
        return None
    comma = text.endswith((",", "،", "，"))
    return body if comma or _opens_paragraph(following, code) else None


def formulas(code: str | None) -> tuple[str, ...]:
    """The enacting formulas of the language and English, case folded, without their comma."""
    return tuple(_formulas(code))


def is_formula(text: str | None, code: str | None) -> bool:
    """Whether a line is an enacting formula, with or without its comma."""
    return bool(text) and _fold((text or "").strip().rstrip(",،，")) in _formulas(code)


@cache
def _formulas(code: str | None) -> dict[str, str]:
    """Enacting formulas of the language and English, folded -> body."""
    out: dict[str, str] = {}
    for c in reversed(codes(code)):
        for formula, body in lang.get(c).enacting.items():
            out[_fold(formula)] = body
    return out


def enacting_prefix(text: str, code: str | None) -> tuple[str, int] | None:
    """A one-sentence decision: "The General Assembly, recalling ..., decides ...". Returns
    the body and where the text after the formula's comma starts."""
    head, sep, _ = text.partition(",") if "," in text[:60] else text.partition("،")
    if not sep or len(head) > 60:
        return None
    body = enacting_body(head + sep, code)
    return (body, len(head) + 1) if body and text[len(head) + 1 :].strip() else None


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


def _opens_paragraph(text: str | None, code: str | None) -> bool:
    """Whether a line opens a paragraph with a known phrase, after its number if it has one
    ("1. Decides", "١ - تقرر": a resolution without a preamble)."""
    from mandata.segment.phrases import leading_phrase

    if not (text and code):
        return False
    if _FIRST_NUMBER_ALONE.fullmatch(text.strip()):  # "1." on a line of its own
        return True
    body = _PARAGRAPH_NUMBER.sub("", text.strip(), count=1)
    return leading_phrase(body, code) is not None


_FIRST_NUMBER_ALONE = re.compile(r"[1١]\s*(?:[.．]|\s?[-–—])?")
_PARAGRAPH_NUMBER = re.compile(r"^[0-9٠-٩]{1,3}\s*(?:[.．]|\s[-–—])\s*")


def frame_line(
    text: str, code: str | None, wraps: bool = True, following: str | None = None
) -> bool:
    """Whether a line opens a part of the document and so never continues a paragraph;
    ``wraps=False`` leaves out the frame lines that may wrap onto the next line (a letter's
    heading)."""
    frame, unwrapping = frame_kinds(text, code, following)
    return frame if wraps else unwrapping


def frame_kinds(text: str, code: str | None, following: str | None = None) -> tuple[bool, bool]:
    """Whether a line is a frame line, and whether it is one that cannot wrap (all but a
    letter's heading)."""
    text = text.strip()
    if not text or len(text) > 200:
        return False, False
    if enacting_body(text, code, following):
        return True, True
    found = _frame_pattern(codes(code)).match(text)
    if found:
        return True, not (found.lastgroup or "").startswith(_WRAPPING)
    return False, False


@cache
def _frame_pattern(languages: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the frame lines of the languages (their own named groups dropped: they
    repeat), each alternative named after its pattern and language."""
    parts = []
    for c in languages:
        masthead = lang.get(c).masthead
        for name in _FRAME_PATTERNS:
            parts.append(f"(?P<{name}_{c}>{_NAMED.sub('(?:', masthead[name])})")
    return re.compile("|".join(parts), re.IGNORECASE | re.MULTILINE)


_NAMED = re.compile(r"\(\?P<\w+>")
