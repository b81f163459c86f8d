"""Wrapped lines joined into one text: the rule the segmenter, the page layout and the footnotes
share (a space between words; none between CJK characters, inside a number, a symbol or a word
hyphenated at the line's end that a line break cut)."""

from __future__ import annotations

import re

__all__ = ["add_lines", "join_lines", "joined"]


def join_lines(texts: list[str]) -> str:
    """Join wrapped lines: a space between words, none between CJK characters or after a
    line-end hyphen inside a word (the hyphen is kept: UN texts hyphenate compounds, not
    syllables)."""
    parts: list[str] = []
    add_lines(parts, texts)
    return joined(parts)


def add_lines(parts: list[str], texts: list[str]) -> None:
    """Add wrapped lines to ``parts``, the pieces of a text being joined (:func:`joined` makes
    the text): a block that grows line by line is joined once, not again at each line (the
    decision at each break reads only the last piece and the new line)."""
    for raw in texts:
        text = raw.strip()
        if not text:
            continue
        if parts:
            last = parts[-1]
            if _glued_at_break(last, text):
                pass
            elif last.endswith(" -") and last[-3:-2].isalpha() and text[0].isalpha():
                parts[-1] = last[:-2] + "-"
            else:
                parts.append(" ")
        parts.append(text)


def _glued_at_break(last: str, text: str) -> bool:
    """Whether ``text`` goes on from ``last`` without a space: a word hyphenated at the line's
    end, a symbol cut at its slash, or (Chinese near the break) a cut inside CJK text, a number
    or a symbol. Where both sides of the break are ASCII (most lines), only the first two can
    be: the others look for a CJK character within 16 characters of the break."""
    a, b = last[-1], text[0]
    if a == "-" and last[-2:-1].isalpha():
        return True
    if last[-16:].isascii() and text[:16].isascii():
        return (a == "/" and b.isalnum()) or (b == "/" and a.isalnum())
    return (
        ((a >= "\u3000" or b >= "\u3000") and _glued(a, b))
        or _number_cut(last, text)
        or _cut_in_cjk(last, text)
        or _symbol_cut(last, text)
    )


def joined(parts: list[str]) -> str:
    """The text of the pieces :func:`add_lines` gathered."""
    out = "".join(parts)
    return _SPACES.sub(" ", out) if "  " in out else out


_SPACES = re.compile(r" {2,}")


_NUMBER_PART = frozenset("0123456789/()")


def _number_cut(last: str, text: str) -> bool:
    """A number cut by a Chinese line break ("第61/1" then "71号", "2" then "013年"): digits on
    both sides, Chinese right before and right after."""
    if (last[-1] == "/" and text[0].isalnum()) or (text[0] == "/" and last[-1].isalnum()):
        return True  # a symbol cut at its slash: "(A" then "/77/400"
    return (
        last[-1] in _NUMBER_PART
        and text[0] in _NUMBER_PART
        and _has_cjk(last[-12:])
        and _has_cjk(text[:12])
    )


_SYMBOL_TAIL = re.compile(r"[A-Z]+(?:[./-][A-Za-z0-9]*)*/[A-Za-z0-9.]*$")


def _symbol_cut(last: str, text: str) -> bool:
    """A document symbol cut by a Chinese line wrapped by characters ("(A/CON" / "F.157/24)",
    "A/77/400/Add." / "1"): no space inside it."""
    if not (text[0].isascii() and (text[0].isalnum() or text[0] in "./")):
        return False
    near = _has_cjk(last[-16:-1]) or _has_cjk(text[:16])
    return near and bool(_SYMBOL_TAIL.search(last))


def _glued(a: str, b: str) -> bool:
    return _cjk(a) or (_cjk(b) and not a.isascii())


def _cut_in_cjk(last: str, text: str) -> bool:
    """A Chinese line wrapped by characters inside a number or a symbol ("第7" / "0/1号决议",
    "2015年7月2" / "7日"): no space, unless the cut falls between two Latin words."""
    edges = last[-4:] + text[:4]
    if not _has_cjk(edges):  # no Chinese at the cut
        return False
    a, b = last[-1], text[0]
    return not (a.isalpha() and b.isalpha()) and a.isascii() and b.isascii() and a + b != "  "


def _cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


_CJK = re.compile("[\u3000-\u9fff\uff00-\uffef]")


def _has_cjk(text: str) -> bool:
    """Whether ``text`` holds a CJK character (:func:`_cjk`): one search, none in ASCII."""
    return not text.isascii() and _CJK.search(text) is not None
