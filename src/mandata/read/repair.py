"""Repair the OCR confusions that matter to mandata, where they are safe to repair.

OCR reads "1" as "l" or "I" and "0" as "O" or "o" often enough to break what the analysis keys
on: symbols ("A/RES/78/l0"), resolution numbers ("resolution 2758 (XXVl)" stays, "27S8" does not
happen with Latin fonts), dates ("l5 December l990") and paragraph numbers ("l. Decides"). A
confusable letter is turned into its digit only inside a run that is otherwise made of digits
(at least one real digit, and nothing but digits, confusables and the separators of numbers and
symbols "/ . , -"), so that words ("Oil", "I", "lO" alone) and roman numerals ("(XXVI)") are never
touched; a paragraph number "l." or "ll." at the start of a line (a lower-case l: "I." and "II." are
roman ones) becomes "1." or "11.", and so do the Chinese misreadings of a paragraph number ("工." for "1.", "9，决定"
for "9. 决定"), the Arabic comma read as "»" after an Arabic letter, and a UN symbol whose
Latin capitals OCR read as their Cyrillic look-alikes on a Russian page ("А/80/31", "S/RЕS/…"):
inside a token shaped like a symbol (capitals and digits joined by "/"), never in a word; and
the 7 of an Assembly session read as T ("A/T8/111"), the S of a Council symbol read as "$" or
"§" ("$/2023/413"), the E of "E/CN." read as B. Each repair replaces one character by one, so offsets stay as tesseract gave them.
"""

from __future__ import annotations

import re

__all__ = ["repair_ocr"]

_CONFUSABLE = {"l": "1", "I": "1", "|": "1", "O": "0", "o": "0"}
# a run of digits, confusables and number separators, not inside a word
_RUN = re.compile(r"(?<![^\W\d_])[\dlIO|o][\dlIO|o/.,\-]*(?![^\W\d_])")
_SEGMENT = re.compile(r"[^/.,\-]+")
# a paragraph number of ones ("l.", "ll.", "1l."): a lower-case l or a real 1 among them ("II."
# and "I." are roman numerals)
_LEADING_L = re.compile(r"^(?=[1I]*l|[lI]*1)[1lI]{1,3}(?=\.\s)")
# Chinese: the paragraph number "1." read as "工." (the stroke of a serif 1), and the full stop
# of "9." read as a comma before the paragraph's first character.
_LEADING_GONG = re.compile(r"^工(?=[.．]\s*[\u4e00-\u9fff])")
# Arabic: the Arabic comma read as a closing guillemet (which Arabic UN texts do not use).
_ARABIC_COMMA = re.compile("(?<=[\u0621-\u064a])\u00bb")
# Cyrillic capitals that look like Latin ones, and a symbol-shaped token: capitals (of either
# script) and digits joined by slashes, starting with a capital ("А/80/31", "S/RЕS/2719")
_LOOKALIKE = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")
_SYMBOL = re.compile(r"(?<![^\W\d_])[A-ZА-Я][A-ZА-Я.\-]*(?:/[A-ZА-Я0-9.\-]+)+(?![^\W\d_])")
# the series a symbol opens with whose letters all have Cyrillic twins
_SERIES = frozenset({"A", "S", "E", "ST", "TD", "DP", "AT", "HCP"})
# a session number of a General Assembly symbol whose 7 was read as T ("A/T8/111" for A/78/111):
# the Assembly's series has no "T" part followed by digits and a number
_SESSION_T = re.compile(r"(?<![^\W\d_])(A/)T(?=\d{1,2}/\d)")
# the S of a Security Council symbol read as a dollar or section sign ("$/2023/413", "§/2023/725")
_SERIES_S = re.compile(r"(?<![^\W\d_])[$§](?=/\d)")
# the E of an Economic and Social Council commission's symbol read as B ("B/CN.4/1998/53")
_SERIES_E = re.compile(r"(?<![^\W\d_])B(?=/CN\.\d)")
# the RES of a resolution's symbol read with B for R and "$" or "5" for S, in Latin or Cyrillic
# letters ("A/BE$/78/119", "А/ВЕ5/78/169" on a Russian page): no series has such a part
_SERIES_RES = re.compile(r"(?<![^\W\d_])([AАSЕE]/)(?!RES/)[RBВ][EЕ][S$§5](?=/\d)")
_NUMBER_COMMA = re.compile(r"^([0-9]{1,3})[,，](?=\s*[\u4e00-\u9fff])")


def _segment(m: re.Match[str]) -> str:
    """One part of a run between separators: repaired when it holds a real digit."""
    part = m.group(0)
    if not any(c.isdigit() for c in part) or part.isdigit():
        return part
    return "".join(_CONFUSABLE.get(c, c) for c in part)


def _run(m: re.Match[str]) -> str:
    run = m.group(0)
    if not any(c.isdigit() for c in run):
        return run
    return _SEGMENT.sub(_segment, run)


def _latin_symbol(m: re.Match[str]) -> str:
    """A symbol-shaped token in Latin capitals, when its Cyrillic letters all have a Latin twin
    and it opens with a UN series (A, S, E, ST ...): a Russian abbreviation ("ООН/ЮНЕП", "ОМ/2")
    stays."""
    token = m.group(0)
    latin = token.translate(_LOOKALIKE)
    # the token holds only capitals, digits and ". - /": ASCII once every Cyrillic letter had a twin
    if latin == token or not latin.isascii() or latin.split("/")[0] not in _SERIES:
        return token
    return latin


def repair_ocr(line: str) -> str:
    """The line with confusables inside numbers turned into digits (see the module docstring)."""
    line = _SERIES_RES.sub(r"\1RES", line)
    line = _SYMBOL.sub(_latin_symbol, line)
    line = _SESSION_T.sub(r"\g<1>7", line)
    line = _SERIES_S.sub("S", line)
    line = _SERIES_E.sub("E", line)
    line = _LEADING_L.sub(lambda m: "1" * len(m.group(0)), line)
    line = _LEADING_GONG.sub("1", line)
    line = _NUMBER_COMMA.sub(r"\1.", line)
    line = _ARABIC_COMMA.sub("\u060c", line)
    return _RUN.sub(_run, line)
