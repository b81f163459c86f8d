"""Is a PDF page's text layer usable, or should the page be read by OCR?

A scanned page often has no text layer, or only a few characters (a stamp, a page number typed
in later); older PDFs often have a layer that an old OCR wrote or that a font without a Unicode map
turned into nonsense ("ÇáÌãÚíÉ" for Arabic, "(cid:72)", private-use codes). The measures here are
cheap (one pass of two regular expressions over the page's text), so that ``--ocr auto`` costs
nothing measurable on a PDF with a good layer:

- ``wordlike``: the share of the page's tokens that look like words of one script: letters of one
  alphabet in one of the usual case shapes ("word", "Word", "WORD"), numbers ("1990", "78/10",
  "2.5"), symbols ("A/RES/78/10"), or a run of Chinese characters. Real text scores above 0.9
  (measured on the ga78 PDFs: bench/bench_ocr.py), old OCR noise and glyph-code garbage below 0.6;
- ``bad``: the share of characters that are no text at all (U+FFFD, private-use codes, controls);
- ``mojibake``: the share of letters that are accented Latin letters of Latin-1 where the page
  has hardly any plain ones: an Arabic or Cyrillic font read through the wrong code page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["SHORT", "LayerQuality", "measure"]

# Fewer non-space characters than this: no text layer to speak of (a page number, a stamp).
SHORT = 20
_WORDLIKE_MIN = 0.6
_SAMPLE = 80
_BAD_MAX = 0.05
_MOJIBAKE_MAX = 0.3

_EDGES = "\"'«»“”‘’„()[]{}<>.,;:!?¡¿-–—*•·…/%،؛؟、，；：。！？（）《》「」"
_WORD = re.compile(
    r"""
    [^\W\d_][^\W\d_A-Z\u00c0-\u00de\u0400-\u042f]*   # word, Word (any alphabet: lower case after the first)
    | [A-Z\u00c0-\u00de\u0400-\u042f]+           # WORD (Latin or Cyrillic capitals)
    | [\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]+   # an Arabic word
    | [\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+   # Chinese characters and marks
    | [\d\u0660-\u0669]+(?:[.,/:\-][\d\u0660-\u0669]+)*[a-z]{0,2}   # 1990, 78/10, 2.5, 1st
    | [A-Z]{1,5}(?:/[A-Z0-9.]+)+                 # A/RES/78/10, S/2023/1
    | [IVXLCDM]+                                  # roman numerals
    """,
    re.VERBOSE,
)
_BAD = re.compile("[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0e-\x1f]")
_LATIN1_ACCENTED = re.compile(r"[\u00c0-\u00ff]")
_PLAIN_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class LayerQuality:
    """The measures of one page's text layer (see the module docstring)."""

    chars: int
    wordlike: float
    bad: float
    mojibake: float

    @property
    def usable(self) -> bool:
        """Enough text that reads as text."""
        return (
            self.chars >= SHORT
            and self.wordlike >= _WORDLIKE_MIN
            and self.bad <= _BAD_MAX
            and self.mojibake <= _MOJIBAKE_MAX
        )


def measure(text: str) -> LayerQuality:
    """The quality measures of a page's text."""
    tokens = text.split()
    chars = len("".join(tokens))
    if not chars:
        return LayerQuality(0, 0.0, 0.0, 0.0)
    good = 0
    step = max(1, -(-len(tokens) // _SAMPLE))  # a long page: every k-th token tells as much
    tokens = tokens[::step]
    for token in tokens:
        core = token.strip(_EDGES)
        if _plain(core) or _WORD.fullmatch(core) or _compound(core):
            good += 1
    mojibake = 0.0
    accented = 0 if text.isascii() else len(_LATIN1_ACCENTED.findall(text))
    if accented > 10:  # French or Spanish, or a wrong code page: count the plain letters too
        mojibake = accented / (accented + len(_PLAIN_LATIN.findall(text)))
    bad = len(_BAD.findall(text)) if _BAD.search(text) else 0
    return LayerQuality(chars, good / len(tokens), bad / chars, mojibake)


def _plain(core: str) -> bool:
    """The common case, without a regular expression: nothing, a number, or a word of letters
    in lower case, capitals, or a capital and lower case."""
    if not core or core.isdigit():
        return True
    return core.isalpha() and (core.islower() or core.isupper() or core.istitle())


def _compound(core: str) -> bool:
    """ "Secretary-General", "l'Assemblée", "78/10(a)": parts that are each words."""
    parts = [p for p in re.split(r"[-'’/]", core) if p]
    return len(parts) > 1 and all(_WORD.fullmatch(p.strip(_EDGES) or "a") for p in parts)
