"""Flattened text: a resolution whose line breaks were lost (one long line, as databases and web
pages store it: "52/232. Title The General Assembly, Recalling ..., Noting ..., 1. Decides ...;
2. Requests ...") is cut back into lines before the masthead and the blocks are read.

A line wider than a page (:func:`~mandata.segment.blocks.unwrapped`) is cut before and after its enacting formula, before each paragraph
number that follows the one before (1, 2, 3 ... after a punctuation mark), and in the preamble
(between the formula and the first number) before each leading phrase that follows a comma; in
the languages that capitalize a paragraph's first word, only before a capitalized one. A line
is cut only where it holds a formula and at least two numbered paragraphs after it, or three
numbered paragraphs: a long paragraph that names the Assembly ("... الجمعية العامة، وإذ ...")
stays whole. The pieces are separated by blank lines, as paragraphs are.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from mandata import lang
from mandata.normalize import Line
from mandata.segment.blocks import unwrapped
from mandata.segment.frame import formulas
from mandata.segment.phrases import leading_phrase

_NUMBER = re.compile(r"(?<=[;:,.!?。；：，،؛])\s*(?P<num>\d{1,3})\s*(?:\.(?!\d)|\s[-–—])\s+")
_CLAUSE = re.compile(r"[,،，]\s*")


def cut_flat(lines: list[Line], code: str | None) -> list[Line]:
    """``lines`` with each flattened resolution cut into its paragraphs."""
    if code is None or not any(unwrapped(ln.text) for ln in lines):
        return lines
    out: list[Line] = []
    for ln in lines:
        cuts = flat_cuts(ln.text, code) if unwrapped(ln.text) else []
        if not cuts:
            out.append(ln)
            continue
        bounds = [0, *cuts, len(ln.text)]
        for start, end in pairwise(bounds):
            piece = ln.text[start:end]
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                if out and out[-1].text.strip():
                    out.append(Line("", ln.raw_offset(start), ln.page))
                out.append(Line(piece.strip(), ln.raw_offset(start + lead), ln.page))
    return out


def flat_cuts(text: str, code: str) -> list[int]:
    """Where a flattened resolution's paragraphs start, in order (empty: not one)."""
    formula = _formula(text, code)
    numbers = _numbers(text, formula[1] if formula else 0)
    if len(numbers) < (_MIN_NUMBERS if formula is None else _MIN_AFTER_FORMULA):
        return []  # a long paragraph that names the Assembly ("... الجمعية العامة، وإذ ...")
    cuts = set(numbers)
    if formula is not None:
        cuts.update(formula)
        end = numbers[0] if numbers else len(text)
        cuts.update(_phrases(text, formula[1], end, code))
    return sorted(at for at in cuts if 0 < at < len(text))


_MIN_NUMBERS = 3
_MIN_AFTER_FORMULA = 2


def _formula(text: str, code: str) -> tuple[int, int] | None:
    """Start and end (after its comma) of the first enacting formula inside ``text`` that
    opens the resolution: capitalized where paragraphs are ("The General Assembly,", not "of
    the General Assembly,"), and followed by a leading phrase or the first paragraph number."""
    capitalized = lang.get(code).capitalized_paragraphs
    for found in _formula_pattern(code).finditer(text):
        if capitalized and not text[found.start()].isupper():
            continue
        after = text[found.end() : found.end() + 80]
        if leading_phrase(after, code) is not None or _FIRST.match(after):
            return found.start(), found.end()
    return None


_FIRST = re.compile(r"1\s*(?:\.|\s[-–—])\s")


@cache
def _formula_pattern(code: str) -> re.Pattern[str]:
    words = sorted(formulas(code), key=len, reverse=True)
    alternation = "|".join(
        r"\s+".join(re.escape(piece).replace("'", "['’]") for piece in w.split()) for w in words
    )
    spaced = any(" " in w for w in words if w.isascii()) and not _unspaced(words)
    before = r"(?<![^\W\d_])" if spaced else ""  # Chinese: the formula follows the title
    return re.compile(rf"{before}(?:{alternation})\s*[,،，]\s*", re.IGNORECASE)


def _unspaced(words: list[str]) -> bool:
    """Whether the language's own formulas are written without spaces (Chinese)."""
    return any(not w.isascii() and " " not in w for w in words)


def _numbers(text: str, start: int) -> list[int]:
    """Where paragraphs 1, 2, 3 ... start, each after a punctuation mark, in order."""
    out: list[int] = []
    expected = 1
    for found in _NUMBER.finditer(text, start):
        if int(found["num"]) == expected:
            out.append(found.start("num"))
            expected += 1
    return out


def _phrases(text: str, start: int, end: int, code: str) -> list[int]:
    """Preambular paragraph starts between the formula and the first number: a leading phrase
    after a comma (capitalized where the language capitalizes a paragraph's first word)."""
    capitalized = lang.get(code).capitalized_paragraphs
    out = []
    for found in _CLAUSE.finditer(text, start, end):
        at = found.end()
        head = text[at : at + 1]
        if not head or (capitalized and not head.isupper()):
            continue
        if leading_phrase(text[at : at + 80], code) is not None:
            out.append(at)
    return out
