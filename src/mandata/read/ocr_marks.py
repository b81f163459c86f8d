"""Paragraph numbers and item labels that OCR misread, mended from their place in a sequence.

A paragraph number or a lettered item's label stands at a line's start, a tab apart from its
text, and the marks of a resolution run in sequence: "1." to "n." for its operative paragraphs,
"a)", "b)", "c)" ... for the items of a list. Tesseract's Russian pack reads the Latin letters of
a list's labels as Cyrillic letters or digits ("b)" as "Ь)", "d)" as "9)", "f)" as "19)", "i)" as
"0.", "l)" as "1.", "j)" as "|)"), which the segmenter then takes for paragraph numbers or for
text; and a paragraph number now and then as a letter ("17." as "У."). Where a mark stands tells
what it is:

- :func:`item_labels`: the labels of a list, from one read as "a)" on, standing at its left edge,
  are the letters in turn; a number that does not continue the paragraph numbers ("9)" after
  paragraph 4) is one of them, the next paragraph number ("5." after paragraph 4) ends the list;
- a mark read as letters with a full stop ("У.") between the paragraph numbers n and n + 2 is
  n + 1; one read with a sign between its digits ("1-2" after "11.") is the number they make
  when that is the next.

Each change replaces one word's text by the mark the sequence expects; words of running text are
never marks (they are not a tab apart from the next word at a line's start).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from mandata.read.ocr_shapes import Row, Scan, Word

__all__ = ["item_labels"]

# a line's first word that may be a mark: up to three characters closed by ")" or ".", or a
# number whose stop OCR misread or lost ("0" for "i)", "1" for "l)"), or a number's digits
# with a sign between them ("1-2" for "12."), or a letter alone (a label whose bracket OCR lost:
# "D" for "l)", taken only inside a list)
_MARK = re.compile(r"\(?[^\s()]{1,3}[).]|[0-9]{1,3}[,:;]?|[0-9][^\w\s][0-9]|[^\W\d_]")
_SPLIT_NUMBER = re.compile(r"([0-9])[^\w\s]([0-9])")
_NUMBER = re.compile(r"([0-9]{1,3})[.,:;]?")
_LETTERED = re.compile(r"\(?([^\W\d_]{1,2})\.")  # a number read as letters: "У."
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Cyrillic letters with a Latin twin, as OCR gives a Latin label's letter on a Russian page
_TWINS = str.maketrans("асеорхуі", "aceopxyi")
_TAB_GAP = 1.5  # a tab after a mark, in line heights (spaces of a justified line are narrower)
_SAME_X = 0.6  # labels of one list stand at one left edge, within this many line heights


@dataclass(slots=True)
class _Mark:
    """A line's first word that may be a paragraph number or an item label, and its line."""

    word: Word
    row: Row
    tab: bool  # a tab apart from its text (the first label of a list may stand a space apart)

    @property
    def number(self) -> int | None:
        found = _NUMBER.fullmatch(self.word.text)
        return int(found[1]) if found else None

    @property
    def letter(self) -> str:
        """The label's letter as read, Cyrillic twins as Latin ("а)" is "a")."""
        return self.word.text.strip("().").translate(_TWINS).casefold()


def _marks(scans: list[Scan]) -> list[_Mark]:
    """The lines, in reading order, whose first word may be a mark: short, closed by ")" or
    ".", not a raised call, before a word that opens with a letter (Latin or Cyrillic: Arabic
    and Chinese lines have marks of their own)."""
    out: list[_Mark] = []
    for scan in scans:
        for row in scan.rows:
            if len(row.words) < 2:
                continue
            first, second = row.words[0], row.words[1]
            lead = second.text[:1]
            if first.raised or not _MARK.fullmatch(first.text) or not lead.isalpha():
                continue
            if not ("a" <= lead.casefold() <= "z" or "\u0400" <= lead <= "\u04ff"):
                continue
            out.append(_Mark(first, row, second.box[0] - first.box[2] > _TAB_GAP * row.size))
    return out


def item_labels(scans: list[Scan]) -> None:
    """Mend the misread paragraph numbers and item labels of the pages (see the module)."""
    marks = _marks(scans)
    _lettered_numbers([m for m in marks if m.tab])
    _lists(marks)


def _lists(marks: list[_Mark]) -> None:
    """The labels of each list ("a)" on), in turn, as the letters they stand for."""
    last = 0  # the last paragraph number
    run: list[_Mark] | None = None
    for mark in marks:
        number = mark.number
        if not mark.tab:
            if run is None and mark.word.text.endswith(")") and mark.letter == "a":
                run = [mark]  # the first label of a list may stand a space apart
            continue
        if number is not None and (run is None or number == last + 1):
            last, run = number, None  # a paragraph number ends a list
            continue
        if run is None:
            if mark.word.text.endswith(")") and mark.letter == "a":
                run = [mark]
            continue
        if _apart(mark, run):
            continue  # an item of an item, indented further, or a stray mark
        if number is None and not mark.word.text.endswith(")") and len(mark.word.text) > 1:
            continue
        run.append(mark)
        k = _place(mark, run)
        _relabel(mark, run[0], k)


def _place(mark: _Mark, run: list[_Mark]) -> int:
    """The label's place in its list (from 0): one after the label before it, or two when it
    reads as that letter (a label OCR did not read at all, "l)" lost between "k)" and "m)")."""
    before = run[-2].letter if len(run) > 1 else ""
    k = _LETTERS.index(before) + 1 if len(before) == 1 and before in _LETTERS else len(run) - 1
    if mark.letter == _LETTERS[k + 1 : k + 2]:
        return k + 1
    return k


def _apart(mark: _Mark, run: list[_Mark]) -> bool:
    """The mark does not stand at the list's left edge: that of its labels after the first
    (the first may stand indented, a space from its text), or, for the second, left of the
    first's or at it."""
    x, tolerance = mark.word.box[0], _SAME_X * mark.row.size
    if len(run) > 1:
        return abs(x - run[-1].word.box[0]) > tolerance
    return x - run[0].word.box[0] > tolerance


def _relabel(mark: _Mark, first: _Mark, k: int) -> None:
    """The ``k``-th label of a list (from 0) as the list's first label writes it ("(b)",
    "b)"), when it reads otherwise."""
    if k >= len(_LETTERS):
        return
    opening = "(" if first.word.text.startswith("(") else ""
    mark.word.text = (
        f"{opening}{_LETTERS[k]})"  # a Cyrillic twin ("р)") is no label to the segmenter
    )


def _lettered_numbers(marks: list[_Mark]) -> None:
    """A paragraph number read with a sign between its digits ("1-2" for "12." after "11."),
    when its digits are the number expected there; one read as letters ("У." for "17.")
    between the numbers one below and one above the number it stands for."""
    last = 0
    for mark in marks:
        split = _SPLIT_NUMBER.fullmatch(mark.word.text)
        if split and int(split[1] + split[2]) == last + 1:
            mark.word.text = f"{last + 1}."
        last = mark.number if mark.number is not None else last
    numbered = [(k, m.number) for k, m in enumerate(marks) if m.number is not None]
    for (a, before), (b, after) in pairwise(numbered):
        if before is None or after != before + 2:
            continue
        between = [m for m in marks[a + 1 : b] if _LETTERED.fullmatch(m.word.text)]
        if len(between) == 1:
            between[0].word.text = f"{before + 1}."
