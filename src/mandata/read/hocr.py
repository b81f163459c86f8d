"""Tesseract's hOCR of a page as lines with a text layer's geometry, and what hOCR leaves out.

:func:`rows` reads the lines of an hOCR page (their box, baseline and font height) and their
words (box, confidence). :func:`finish` turns the pages of a document into :class:`OcrLine` s in
PDF points, as :mod:`mandata.read.pdf` measures a text layer, with two things tesseract does not
give:

- the *footnote separator*: tesseract drops rules as graphics; :func:`find_rules` finds the short
  horizontal rule above a page's footnotes in the image, and it becomes a line of underscores
  where it stands, as a text layer prints it;
- *footnote calls and markers*: a short token set smaller than its line and above its baseline
  is a raised call (at a line's start below the rule, a footnote's marker). Tesseract often reads
  superscript digits as other signs ("!" for 1, "°" for 9); those are numbered by their place in
  the sequence of calls (or of markers), as the UN numbers its footnotes: one more than the one
  before.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from mandata import lang
from mandata.read.ocr_marks import item_labels
from mandata.read.ocr_sizes import steady_arabic_sizes, steady_sizes
from mandata.read.repair import repair_ocr

__all__ = ["OcrLine", "OcrPage", "Scan", "find_rules", "finish", "image_height", "rows"]

_SPAN = re.compile(
    r"<span class='(ocr_line|ocr_header|ocr_caption|ocr_textfloat|ocrx_word)'[^>]*?"
    r"title=(['\"])(.*?)\2[^>]*>"
)
_TAG = re.compile(r"<[^>]+>")
_CINFO = re.compile(
    r"<span class='ocrx_cinfo' title='x_bboxes (\d+) (\d+) (\d+) (\d+);[^']*'>(.*?)</span>"
)
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
# a Chinese character that fills the height of the em square (punctuation and "一" do not)
_IDEOGRAPH = re.compile("[\u3400-\u4dff\u4e01-\u9fff\uf900-\ufaff]")
_DIGITS = re.compile(r"[0-9]{1,3}")
# the shapes OCR gives a paragraph number "1." in Chinese, and the confidence under which a
# character standing alone where a paragraph number stands may be one
_CJK_ONE, _CJK_DOUBT = frozenset({"开", "工"}), 50
# the punctuation that ends a Chinese paragraph or clause (a line ending so may end one; a line
# opening so does not open one)
_CJK_CLOSE = "，,；;。.：:、"
_CJK_LINE = 8
# a resolution's number before its title ("78/40. 为…"); the lines its title may take; the
# characters of the longest body's name ("经济及社会理事会"), an enacting formula
_RES_TITLE = re.compile(r"\s*[0-9]{1,3}/[0-9]{1,4}\s*[.．]\s*\S")
_TITLE_LINES, _CJK_FORMULA = 4, 8
_CJK_SCRAP = 0.7  # a line's size under which, beside a line, it is a scrap of that line
# a list label's letter with its brackets lost, turned round or misread ("ه)", ") و(", "(ف]")
_BARE_LABEL = re.compile("^(\\s*)[(\\[)\\]]?\\s?([\u0621-\u064a]\u0640?)\\s?[)(\\]](?=\\s)")
_ARABIC_CLOSE = "،,؛;.:"  # the punctuation that ends an Arabic paragraph or clause
_LOST_START = 2.0  # sizes short of the margin an Arabic line's start may stand, its first word lost
_SCRAP_ROW = 0.2  # sizes between the baselines of an Arabic row and a row of its scraps, at most
# a list item's label as the UN prints it in Chinese texts: "(a)", a roman "(ii)"
_LABEL = re.compile(r"[(（]([a-z]|[ivx]+)[)）]")
# a paragraph number at a Chinese line's start, its stop read as stray marks ("12，。", "7.。")
_CJK_NUMBER = re.compile(
    r"([0-9]{1,3})([.．,，:：;；。、]*)"
)  # characters after a paragraph number on its line, at least
_CJK_GAP, _TAB_GAP = 0.6, 1.5  # a paragraph number's gap to its text, in line heights
# how far from the document's tab, in line heights, a paragraph's text begins (a character
# nearer than that to it); the characters of a number or a label before it, at most
_TAB_SLACK, _LEAD = 0.25, 4
_BRACKETS = "()（）"
_STOPS = ".．,，:：;；。、"  # the stop after a paragraph number, as OCR reads it
_LATIN_OR_FIGURE = re.compile("[0-9A-Za-z]")
_CJK_FEET = 3  # the Chinese characters a line's baseline is measured on, at least
_CJK_SPACE = 0.5  # a space between Chinese characters, in line heights: wider than their gaps
_CJK_DIGIT = 0.75  # the widest a digit stands beside Chinese characters, in line heights
_DASHES = "-‐‑‒–—―−"
_MISREAD_NUMBER = re.compile(r"([0-9]{1,3})[,:;]?")  # a paragraph number, its stop misread
_PHANTOM = 2  # pixels: a character box no wider than this is no glyph
_DASH_NUMBER = re.compile(r"([-‐‑‒–—―−])([0-9]{1,3})")
_DOUBLED_DASH = re.compile(r"([0-9]{1,3})([-‐‑‒–—―−])[-‐‑‒–—―−]+")
_DIRECTION = "\u200e\u200f\u061c"  # direction marks tesseract may put on a word
# Arabic vowel marks and tatweel
_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
# the particles that open an Arabic preambular paragraph; the short words that open a line as
# they are (never a scrap of a particle); the marks OCR puts before a line's first word
_PARTICLES = ("وإذ", "وقد")
_WORDS = frozenset({"إن", "إذ", "قد", "أن", "في", "من", "عن", "أو", "لا", "ما"})
_STRAY = ".,،:;'\"`"
# a line's last word ending in a hamza after an Arabic letter; a paragraph number opening a line
_HAMZA_END = re.compile("[\u0621-\u064a]\u0621\\s*$")
_ARABIC_NUMBER = re.compile(r"[0-9]{1,3}\s?[-‐‑‒–—―−]")
_ARABIC_NUMBERED = re.compile(r"([0-9]{1,3})\s?[-‐‑‒–—―−]\s")
_BARE_NUMBER = re.compile("([0-9]{1,3}) (?=[\u0621-\u064a])")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# Tokens that are a rule or a stroke read as a letter, never a word: dropped.
_NOISE = frozenset({"|", "¦", "||"})
_UNDERSCORES = "__________"
# A footnote separator: a rule between 0.7 and 3.5 inches long, alone on its rows.
_RULE_MIN, _RULE_MAX = 0.7, 3.5
_RULE_GAP = 2
_FOOT_BAND = 0.12
# Letters OCR reads a small raised 1 as.
_ONE = "lIi"
# A call glued to the punctuation that ends a word, read as a sign ("Secretary-General;?",
# "Rights,!", "Development,”"): a question or exclamation mark, a degree sign or an asterisk never
# follows a word's comma, semicolon, colon or full stop in running text; a closing quotation mark
# can (a quoted sentence ends ".”"), so that one counts only after a comma, semicolon or colon
# and when no quotation opened before it on the line is left open.
_GLUED_SIGN = re.compile(r"^(.*[^\W_][)\]]?)(?:([,;:.])([?!°*]{1,2})|([,;:])([”\"’']))$")
_GRAPHICS_CONF = 80
# A job number ("23-24497"): the first page's foot, where tesseract may read it in one line
# with the bar code and the recycling logo beside it.
_JOB = re.compile(r"\d{2}-\d{5}")
_DARK = bytes(1 if v < 140 else 0 for v in range(256))


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One line tesseract read, in PDF points from the page's bottom left (as a text layer's):
    left and right edges, baseline, font size, the ``[start, end)`` ranges of raised calls."""

    text: str
    x0: float
    x1: float
    y: float
    size: float
    raised: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class OcrPage:
    """The lines of one OCRed page, its words' mean confidence (0-100) and their characters."""

    lines: tuple[OcrLine, ...]
    confidence: float
    chars: int


@dataclass(slots=True)
class Word:
    """A word: its text, box (left, top, right, bottom in pixels from the top left) and
    confidence; ``raised`` when it is a footnote call or marker."""

    text: str
    box: tuple[int, int, int, int]
    conf: int
    raised: bool = False
    glued: bool = False  # no space before it: a call cut from the word before


@dataclass(slots=True)
class Row:
    """A line: its box, baseline (pixels from the top) and font height (pixels), its words."""

    box: tuple[int, int, int, int]
    baseline: float
    size: float
    words: list[Word] = field(default_factory=list)


@dataclass(slots=True)
class Scan:
    """What tesseract and the image give of one page: its lines, the rows of its separator
    rules (y, left, right in pixels), the image's height and resolution."""

    rows: list[Row]
    rules: list[tuple[int, int, int]]
    height: int
    dpi: float


def image_height(pgm: bytes) -> int:
    """The height of a binary PGM image."""
    return int(pgm.split(b"\n", 2)[1].split()[1])


def _title(title: str) -> dict[str, list[str]]:
    """ "bbox 1 2 3 4; x_wconf 95" -> {"bbox": ["1", "2", "3", "4"], "x_wconf": ["95"]}."""
    out: dict[str, list[str]] = {}
    for part in title.split(";"):
        key, *values = part.split() or [""]
        out[key] = values
    return out


def rows(hocr: str) -> list[Row]:
    """The lines of an hOCR page, each with its words, in tesseract's reading order."""
    out: list[Row] = []
    for m in _SPAN.finditer(hocr):
        title = _title(html.unescape(m.group(3)))
        values = title.get("bbox", [])
        if len(values) != 4:
            continue
        left, top, right, bottom = (int(v) for v in values)
        if m.group(1) != "ocrx_word":
            shift = float((title.get("baseline") or ["0", "0"])[-1])
            size = float((title.get("x_size") or [str(bottom - top)])[0])
            out.append(Row((left, top, right, bottom), bottom + shift, size))
            continue
        conf = int(float((title.get("x_wconf") or ["0"])[0]))
        chars = _without_phantom(_chars(hocr, m.end()))
        text = "".join(c for c, _ in chars).strip()
        if text and text not in _NOISE and out:
            words = _split_raised(Word(text, (left, top, right, bottom), conf), chars, out[-1])
            out[-1].words.extend(words[:-1])
            out[-1].words.extend(_split_sign(words[-1], out[-1]))
    out = [part for row in out for part in _cjk_fallen(row)]
    for row in out:
        _cjk_size(row)
        _arabic_number(row)
    _cjk_baselines(out)
    return [row for row in out if row.words]


def _cjk_fallen(row: Row) -> list[Row]:
    """A Chinese line with the words of the line below (or above) it that tesseract put in it:
    read as one block of text (``OCR_PSM`` 6), a page's short last line of a paragraph ("用，"
    under "...发挥重要作") may be read into the line above, its characters first, its comma lost,
    so that the paragraph's end and the next one's indent vanish. A word whose box lies wholly
    below the band of the line's characters (its top under their middle bottom) is a line of its
    own after it, one wholly above it a line before it."""
    heights = sorted((w.box[1], w.box[3]) for w in row.words if _CJK.match(w.text))
    if len(heights) < _CJK_LINE or not _mostly_cjk(row):
        return [row]
    top = sorted(t for t, _ in heights)[len(heights) // 2]
    bottom = sorted(b for _, b in heights)[len(heights) // 2]
    above = [w for w in row.words if w.box[3] <= top]
    below = [w for w in row.words if w.box[1] >= bottom]
    if not above and not below:
        return [row]
    row.words = [w for w in row.words if w not in above and w not in below]
    row.box = _row_of(row.words, row.size).box
    return (
        [_row_of(part, row.size) for part in (above,) if part]
        + [row]
        + [_row_of(part, row.size) for part in (below,) if part]
    )


def _row_of(words: list[Word], size: float) -> Row:
    """A line made of ``words`` (its box theirs, its baseline their foot)."""
    box = (
        min(w.box[0] for w in words),
        min(w.box[1] for w in words),
        max(w.box[2] for w in words),
        max(w.box[3] for w in words),
    )
    return Row(box, float(box[3]), size, words)


def _mostly_cjk(row: Row) -> bool:
    """More than half the line's characters are Chinese."""
    letters = sum(len(w.text) for w in row.words)
    return 2 * sum(len(w.text) for w in row.words if _CJK.match(w.text)) > letters


def _without_phantom(
    chars: list[tuple[str, tuple[int, int, int, int] | None]],
) -> list[tuple[str, tuple[int, int, int, int] | None]]:
    """The characters of a paragraph number and its dash without the one Arabic OCR makes up
    beside the dash: "3 -" comes out as "2-3" and "2 -" as "2-د", the made-up character a box
    one or two pixels wide standing where the dash's starts (no glyph is that narrow)."""
    dashes = [box for c, box in chars if c in _DASHES and box is not None]
    if len(dashes) != 1 or not any(c.isdigit() for c, _ in chars) or len(chars) > 6:
        return chars
    start = dashes[0][0]
    return [
        (c, box)
        for c, box in chars
        if c in _DASHES
        or box is None
        or not (box[2] - box[0] <= _PHANTOM and abs(box[0] - start) <= _PHANTOM)
    ]


def _arabic_number(row: Row) -> None:
    """An Arabic paragraph number read as one word with its dash ("-3", its characters in the
    order they stand, left to right): the number and its dash as the line reads, right to left
    ("3-"), as the text layer of a right-to-left page gives it."""
    if len(row.words) < 2 or not any(_ARABIC.search(w.text) for w in row.words[1:3]):
        return
    first = row.words[0]
    found = _DASH_NUMBER.fullmatch(first.text.strip(_DIRECTION))  # "-3\u200f"
    if found:
        first.text = found[2] + found[1]
    doubled = _DOUBLED_DASH.fullmatch(first.text)  # "2--": the dash read twice
    if doubled:
        first.text = doubled[1] + doubled[2]
    _arabic_dash_apart(row)


def _arabic_dash_apart(row: Row) -> None:
    """An Arabic paragraph number read as two words, its dash first ("- 4 تلاحظ", the dash's
    box left of the number's): the number, then its dash ("4 - تلاحظ"), as the line reads."""
    if len(row.words) < 3 or not _ARABIC.search(row.words[2].text):
        return
    dash, number = row.words[0], row.words[1]
    apart = dash.text in _DASHES and _DIGITS.fullmatch(number.text) is not None
    if apart and dash.box[2] <= number.box[0] + _PHANTOM:
        row.words[0], row.words[1] = number, dash


def _cjk_size(row: Row) -> None:
    """A Chinese line's font size: the height of its Chinese characters' boxes, which fill
    the em square, rather than tesseract's ``x_size``, estimated for Latin letters (on the
    Chinese lines of one page it ranged from 33 to 92 pixels where the characters stood 40 to
    43 high), so that the lines of a page's body come out one size as a text layer's do.
    The lower quartile of the boxes of words holding a full-height character (not punctuation,
    not "一"): tesseract makes some boxes taller than the em (57 pixels on a line whose
    characters stood 41 high), which on a short line ("遵循《联合国宪章》，") can be half its
    words and made it a line of another size, taken for no part of the paragraphs around it."""
    if not _mostly_cjk(row):
        return
    heights = sorted(w.box[3] - w.box[1] for w in row.words if _IDEOGRAPH.search(w.text))
    if heights:
        row.size = float(heights[len(heights) // 4])
        return
    heights = sorted(w.box[3] - w.box[1] for w in row.words if _CJK.match(w.text))
    if heights:
        row.size = float(heights[len(heights) // 2])


def _cjk_baselines(rows: list[Row]) -> None:
    """The baseline of a Chinese line with figures or Latin letters in it: the median foot of
    its Chinese characters' boxes of the body's height, where tesseract puts the baseline of a
    line of Chinese characters alone (below the font's baseline), rather than on the figures'
    feet ("回顾其1994年7月29日" five pixels higher at 300 dpi). So the gap over such a line is
    that of the other lines, not a fifth of a line smaller (too small for the blank under a
    heading: "一 内部监督事务厅的活动" over "回顾其1994年..."). Boxes taller or shorter than the
    body's by a tenth (drawn past the em, or cut short) do not count."""
    cjk = [row for row in rows if _mostly_cjk(row)]
    if not cjk:
        return
    body = sorted(row.size for row in cjk)[len(cjk) // 2]
    for row in cjk:
        if not any(_LATIN_OR_FIGURE.search(w.text) for w in row.words):
            continue
        feet = sorted(
            w.box[3]
            for w in row.words
            if _IDEOGRAPH.search(w.text) and abs(w.box[3] - w.box[1] - body) <= 0.1 * body
        )
        if len(feet) >= _CJK_FEET:
            row.baseline = max(row.baseline, float(feet[len(feet) // 2]))


def _chars(hocr: str, at: int) -> list[tuple[str, tuple[int, int, int, int] | None]]:
    """The characters of the word whose tag ends at ``at``, with their boxes when tesseract
    gives them (``hocr_char_boxes``)."""
    end = hocr.find("<span class='ocrx_word'", at)
    stop = min(
        x
        for x in (end, hocr.find("<span class='ocr_line'", at), hocr.find("</p>", at), len(hocr))
        if x >= 0
    )
    chunk = hocr[at:stop]
    boxed = [
        (
            html.unescape(c.group(5)),
            (int(c.group(1)), int(c.group(2)), int(c.group(3)), int(c.group(4))),
        )
        for c in _CINFO.finditer(chunk)
    ]
    if boxed:
        return [(c, box) for c, box in boxed]
    close = chunk.find("</span>")
    return [(html.unescape(_TAG.sub("", chunk[: close if close >= 0 else len(chunk)])), None)]


def _split_raised(
    word: Word, chars: list[tuple[str, tuple[int, int, int, int] | None]], row: Row
) -> list[Word]:
    """A word whose last digits are raised and smaller ("79/2" and a raised "2" read as one
    word "79/22"): the word, then the call as a word of its own."""
    k = len(chars)
    while k > 1 and chars[k - 1][0].isdigit() and chars[k - 1][1] is not None:
        _, top, _, bottom = chars[k - 1][1]  # type: ignore[misc]
        if not (row.baseline - bottom > 0.2 * row.size and bottom - top < 0.75 * row.size):
            break
        k -= 1
    if k == len(chars) or len(chars) - k > 3 or not word.text[:1].strip():
        return [word]
    head = "".join(c for c, _ in chars[:k])
    tail = "".join(c for c, _ in chars[k:])
    boxes = [b for _, b in chars[k:] if b is not None]
    tail_box = (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
    left, top, _right, bottom = word.box
    return [
        Word(head, (left, top, tail_box[0], bottom), word.conf),
        Word(tail, tail_box, word.conf, glued=True),
    ]


def _split_sign(word: Word, row: Row) -> list[Word]:
    """A word ending in punctuation and a sign OCR read a raised call as ("General;?"): the word
    with its punctuation, then the call as a raised word of its own (numbered in sequence by
    :func:`_sequence`). A closing quotation mark stays when the line so far opened a quotation."""
    m = _GLUED_SIGN.match(word.text)
    if not m or not word.text[:1].strip():
        return [word]
    head = m.group(1) + (m.group(2) or m.group(4))
    sign = m.group(3) or m.group(5)
    if m.group(5):
        before = " ".join(w.text for w in row.words) + " " + head
        if before.count("“") > before.count("”") or before.count('"') % 2:
            return [word]
    left, top, right, bottom = word.box
    cut = left + (right - left) * len(head) // len(word.text)
    return [
        Word(head, (left, top, cut, bottom), word.conf),
        Word(sign, (cut, top, right, bottom), word.conf, raised=True, glued=True),
    ]


def find_rules(pgm: bytes) -> list[tuple[int, int, int]]:
    """The footnote separators of a grey PGM page: (row, left, right) of each horizontal rule
    0.7 to 3.5 inches long (at the image's resolution, assumed from its width: a page is at
    least 8 inches wide) that is alone on its pixel row, graphics far to its right aside."""
    header, data = pgm.split(b"\n", 3)[:3], pgm.split(b"\n", 3)[3]
    width, height = (int(v) for v in header[1].split())
    dpi = width / 8.27
    shortest, longest = int(_RULE_MIN * dpi), int(_RULE_MAX * dpi)
    needle = b"\x01" * shortest
    found: list[tuple[int, int, int]] = []
    for r in range(height):
        row = data[r * width : (r + 1) * width].translate(_DARK)
        at = row.find(needle)
        if at < 0:
            continue
        end = at + shortest
        # a light pixel or two inside the rule (antialiasing) does not end it
        while end < width and (row[end] or 1 in row[end + 1 : end + 1 + _RULE_GAP]):
            end += 1
        # alone: nothing else dark on the row from half an inch left of it to an inch right of
        # it (a bar code at the page's right edge may share its rows)
        near = row[max(0, at - int(dpi / 2)) : min(width, end + int(dpi))]
        alone = end - at <= longest and near.count(1) <= (end - at) + 4
        if alone and (not found or r - found[-1][0] > 3):
            found.append((r, at, end))
    return found


def _is_raised(word: Word, row: Row) -> bool:
    """A short token without letters (but those a small 1 is read as) whose foot stands well
    above the baseline and that is smaller than the line's text: a footnote call (digits, or
    the signs OCR reads them as). A dash is none: it stands at mid-height by nature ("2 - تعرب",
    the Arabic paragraph number's dash; "2015 – 2030")."""
    if len(word.text) > 3 or any(c.isalpha() and c not in _ONE for c in word.text):
        return False
    if not word.text.strip(_DASHES):
        return False
    top, bottom = word.box[1], word.box[3]
    return row.baseline - bottom > 0.2 * row.size and bottom - top < 0.75 * row.size


def _number_calls(scans: list[Scan]) -> None:
    """Mark the raised words: calls in the body, markers opening a line below a rule; number
    those OCR misread."""
    calls: list[Word] = []
    markers: list[Word] = []
    for scan in scans:
        rule = max((r for r, _, _ in scan.rules), default=None)
        if rule is not None:
            _restore_marker(scan, rule)
        for row in scan.rows:
            below = rule is not None and row.box[1] > rule
            for k, word in enumerate(row.words):
                if (
                    word.raised
                    or (k > 0 and len(row.words) > 1 and _is_raised(word, row))
                    or (k == 0 and below and _is_raised(word, row))
                ):
                    word.raised = True
                    (markers if k == 0 and below else calls).append(word)
    _sequence(calls)
    _sequence(markers)


def _join_marker(row: Row) -> None:
    """A two-digit footnote marker read as two raised digits close together ("1 8" for 18): one
    marker."""
    if len(row.words) < 3:
        return
    first, second = row.words[0], row.words[1]
    close = second.box[0] - first.box[2] < 0.4 * row.size
    digits = first.text.isdigit() and second.text.isdigit() and len(first.text + second.text) <= 3
    if close and digits and _is_raised(first, row) and _is_raised(second, row):
        box = (
            first.box[0],
            min(first.box[1], second.box[1]),
            second.box[2],
            max(first.box[3], second.box[3]),
        )
        row.words[:2] = [Word(first.text + second.text, box, min(first.conf, second.conf))]


def _restore_marker(scan: Scan, rule: int) -> None:
    """The first line under the footnote separator opens a footnote: when tesseract lost its
    marker (a small raised "1" before "See A/C.6/64/SR.12, ..." is sometimes not read at all)
    and the line opens with a capital, a marker is put back before it, to be numbered in
    sequence. A footnote carried over from the page before (rare in UN texts) opens lower-case
    more often than not."""
    below = [row for row in scan.rows if row.box[1] > rule and row.words]
    if not below:
        return
    first = min(below, key=lambda row: row.box[1])
    word = first.words[0]
    if first.box[1] - rule > 3 * first.size or _is_raised(word, first):
        return
    if not word.text[:1].isupper() or len(first.words) < 2:
        return
    left, top = word.box[0], first.box[1]
    size = int(first.size)
    box = (max(0, left - size * 8 // 10), top, max(1, left - size // 2), top + size // 2)
    first.words.insert(0, Word("?", box, 0))


def _sequence(words: list[Word]) -> None:
    """Number raised words that OCR did not read as digits by their place in the sequence:
    one more than the word before (a number read as digits sets the count)."""
    expected = 1
    for word in words:
        if _DIGITS.fullmatch(word.text):
            expected = int(word.text) + 1
        else:
            word.text = str(expected)
            expected += 1


def finish(scans: dict[int, Scan]) -> dict[int, OcrPage]:
    """The OCRed pages (by index) as lines in PDF points, calls numbered, rules drawn."""
    for scan in scans.values():
        rule = max((r for r, _, _ in scan.rules), default=None)
        for row in scan.rows:
            if rule is not None and row.box[1] > rule:
                _join_marker(row)
        _drop_graphics(scan)
        _cjk_lone_numbers(scan)
        _arabic_scraps(scan)
    steady_sizes(list(scans.values()))
    steady_arabic_sizes(list(scans.values()))
    _number_calls(list(scans.values()))
    tab = _cjk_leads(list(scans.values()))
    _cjk_numbers(list(scans.values()), tab)
    _cjk_first_lost(list(scans.values()))
    _cjk_labels(list(scans.values()), tab)
    item_labels(list(scans.values()))
    return _arabic_tens({index: _page(scan) for index, scan in scans.items()})


def _cjk_lone_numbers(scan: Scan) -> None:
    """Drop the lines of a Chinese page's body that OCR read as a number alone, with a low
    confidence, in a box wider than its digits could be ("2" 64 pixels wide on lines of 39 for
    "少，", a paragraph's short last line): no line of a Chinese text is a number alone (a
    paragraph's number has its text beside it; page numbers, footnotes and their markers stand
    at the foot), and the number read as one would open a paragraph, or the operative part."""
    cjk = [row for row in scan.rows if _mostly_cjk(row)]
    if 2 * len(cjk) <= len(scan.rows):
        return
    body = sorted(row.size for row in cjk)[len(cjk) // 2]
    floor = min([scan.height * (1 - _FOOT_BAND), *(r for r, _, _ in scan.rules)])
    scan.rows = [
        row
        for row in scan.rows
        if not (
            len(row.words) == 1
            and _DIGITS.fullmatch(row.words[0].text)
            and row.words[0].conf < _CJK_DOUBT
            and row.box[3] < floor
            and row.box[2] - row.box[0] > _CJK_DIGIT * body * len(row.words[0].text)
        )
    ]


def _arabic_tens(pages: dict[int, OcrPage]) -> dict[int, OcrPage]:
    """Arabic paragraph numbers from 10 up of which OCR lost a digit: the tens ("0 - تسلم" for
    "10 - تسلم", the "1" beside the dash on its left), or the units when the next number read
    confirms it ("1- تشير" for "16 - تشير" before "17 -"; a "1" alone may open a new sequence).
    A number that is that digit of the one the sequence expects there, one more than the
    paragraph number before it, is that number; so is a number above it that the next number
    read goes on from as from the expected one ("38 -" between "9 -" and "1 -" for 11)."""
    numbered = [
        (index, k, int(found[1]), found.re is _BARE_NUMBER)
        for index, page in pages.items()
        for k, ln in enumerate(page.lines)
        if (found := _ARABIC_NUMBERED.match(ln.text) or _bare_number(page, k))
        and _ARABIC.search(ln.text)
    ]
    lines = {index: list(page.lines) for index, page in pages.items()}
    last = 0
    for n, (index, k, number, bare) in enumerate(numbered):
        expected = last + 1
        after = next((m for _, _, m, b in numbered[n + 1 :] if not b), None)
        if bare:
            confirmed = after in (expected + 1, (expected + 1) % 10)
            if confirmed and (number == expected or expected > 1):
                ln = lines[index][k]
                text = f"{expected} - " + ln.text[len(str(number)) :].lstrip()
                lines[index][k] = replace(
                    ln, text=text, raised=_shifted(ln.raised, len(text) - len(ln.text))
                )
                last = expected
            continue
        units_lost = expected < 100 and number == expected // 10 and after == expected + 1
        digit_lost = expected >= 10 and (number == expected % 10 or units_lost)
        misread = number > expected and after in (expected + 1, (expected + 1) % 10)
        if number != expected and (digit_lost or misread):
            ln = lines[index][k]
            text = str(expected) + ln.text[len(str(number)) :]
            lines[index][k] = replace(
                ln, text=text, raised=_shifted(ln.raised, len(text) - len(ln.text))
            )
            number = expected
        last = number
    return {index: replace(page, lines=tuple(lines[index])) for index, page in pages.items()}


def _bare_number(page: OcrPage, k: int) -> re.Match[str] | None:
    """The number opening line ``k`` of an Arabic page when OCR lost its dash ("1 حب" for "1 -
    ترحب", "8 قتع" for "15 - تشجع"): a number of one to three figures, a space and an Arabic
    word, on a line that stands at the page's right margin (where the UN's Arabic sets an
    operative paragraph's number; a preambular paragraph's first line is indented) under a line
    that closes. Only a candidate: the sequence of the numbers read around it decides."""
    ln = page.lines[k]
    found = _BARE_NUMBER.match(ln.text)
    if found is None or k == 0 or page.lines[k - 1].text.rstrip()[-1:] not in _ARABIC_CLOSE:
        return None
    body = [x for x in page.lines if _ARABIC.search(x.text)]
    margin = Counter(round(x.x1) for x in body).most_common(1)[0][0]
    return found if abs(ln.x1 - margin) < 0.5 * ln.size else None


def _shifted(raised: tuple[tuple[int, int], ...], by: int) -> tuple[tuple[int, int], ...]:
    return tuple((a + by, b + by) for a, b in raised)


def _cjk_numbers(scans: list[Scan], tab: float | None) -> None:
    """A Chinese paragraph number that OCR read as a character: at a line's start, alone and
    standing a tab apart from the Chinese text after it on a line that goes on. Chinese running
    text has no such gap. A shape of "1." ("开", "工") is "1."; another character read with a
    low confidence ("夺", or two of them) is the number between the numbers before and after it when
    they are one apart from it ("夺" between none and "2." is "1."): a scrap of a line that
    tesseract could not read may stand there too (seen: "生" before a gap, in a preamble). A
    number whose full stop OCR read with stray marks ("12，。", "7.。") is the number and its
    stop. The footnotes under a page's rule open with their markers, no paragraph numbers."""
    marks: list[tuple[Word, int | None]] = []  # numbers and misread numbers, in reading order
    for scan in scans:
        for row in _above_rule(scan):
            if len(row.words) < 2 or not _CJK.match(row.words[1].text):
                continue
            first = row.words[0]
            if first.raised or not _apart(row, tab):
                continue
            number = _CJK_NUMBER.fullmatch(first.text)
            if number and int(number[1]) == 0:  # no paragraph's: misread ("0" for "48.")
                marks.append((first, None))
            elif number:  # read as a number: a paragraph's, however short its line
                if number[2] not in ("", ".", "．"):
                    first.text = number[1] + "."
                marks.append((first, int(number[1])))
            elif sum(len(w.text) for w in row.words[1:]) < _CJK_LINE:
                continue  # not a paragraph's first line: a scrap of a line read apart
            elif first.text in _CJK_ONE:
                first.text = "1."
                marks.append((first, 1))
            elif _misread_mark(first):
                marks.append((first, None))
    _cjk_sequence(marks)


def _misread_mark(word: Word) -> bool:
    """A word of one or two characters read with a low confidence, no bracket in it (a list
    item's label, "()", "(人"): a paragraph number that OCR could not read, perhaps."""
    text = word.text.rstrip(".．")
    return 0 < len(text) <= 2 and word.conf < _CJK_DOUBT and not any(c in _BRACKETS for c in text)


def _apart(row: Row, tab: float | None) -> bool:
    """The first word of a Chinese row stands apart from the text after it, as a paragraph
    number or a list item's label stands before its tab: a gap no running text has, or, read
    with a low confidence, a box that reaches into the gap ("放下" for "1.", its box taking in
    the tab) before text that begins at the document's tab, well left of it."""
    first, second = row.words[0], row.words[1]
    if tab is not None and first.box[2] > tab + _TAB_SLACK * row.size:
        return False  # past the tab: a line's start misread ("人" over "民、原籍国、")
    if second.box[0] - first.box[2] > _CJK_GAP * row.size:
        return True
    return (
        tab is not None
        and first.conf < _CJK_DOUBT
        and abs(second.box[0] - tab) <= _TAB_SLACK * row.size
        and first.box[0] < tab - 2 * row.size
    )


def _cjk_leads(scans: list[Scan]) -> float | None:
    """Mend what OCR makes of the words before a Chinese paragraph's text, then find the
    document's tab: where the text after a paragraph number read as one begins (None when no
    number was read so). A full stop read apart joins its number (:func:`_cjk_stop`); the words
    before the tab, a number or a label read in pieces ("(" "双" "。" for "(g)"), become one
    word; a quotation mark read in the tab's blank ("”重申", "“促进" read with a low
    confidence) goes: a closing one never opens a text."""
    lefts: list[int] = []
    for scan in scans:
        for row in _above_rule(scan):
            _cjk_stop(row)
            if len(row.words) < 2:
                continue
            first, second = row.words[0], row.words[1]
            number = _CJK_NUMBER.fullmatch(first.text)
            read = number is not None and number[2] in (".", "．") and _CJK.match(second.text)
            if read and second.box[0] - first.box[2] > _CJK_GAP * row.size:
                lefts.append(second.box[0])
    tab = float(sorted(lefts)[len(lefts) // 2]) if lefts else None
    for scan in scans:
        for row in _above_rule(scan):
            _cjk_lead_join(row, tab)
            if (
                len(row.words) >= 2
                and row.words[1].box[0] - row.words[0].box[2] > _CJK_GAP * row.size
            ):
                _cjk_quote(row.words[1])
    return tab


def _cjk_lead_join(row: Row, tab: float | None) -> None:
    """The words that open a Chinese row before a tab's gap, a few characters in all, ending
    before the document's tab (or, where it is not known, within a few characters' width):
    one word (a paragraph number or a list item's label OCR read in pieces, "(" "双" "。")."""
    for k in range(1, min(len(row.words), _LEAD + 1)):
        before, after = row.words[k - 1], row.words[k]
        if after.box[0] - before.box[2] <= _CJK_GAP * row.size:
            continue
        lead = row.words[:k]
        if k < 2 or len("".join(w.text for w in lead)) > _LEAD or not _CJK.search(after.text):
            return
        if not any(c in _BRACKETS or c in _STOPS or c.isdigit() for w in lead for c in w.text):
            return  # words of the text ("全民" "重申" before a justified line's wide gap)
        if any(w.raised or _is_raised(w, row) for w in lead):
            return  # footnote calls ("1" "2" raised before "《消除…"), no number
        limit = lead[0].box[0] + _LEAD * row.size if tab is None else tab + _TAB_SLACK * row.size
        if lead[-1].box[2] > limit:
            return  # a line's start misread in a box past the tab ("0" "," over "民，由…")
        box = (
            lead[0].box[0],
            min(w.box[1] for w in lead),
            lead[-1].box[2],
            max(w.box[3] for w in lead),
        )
        joined = Word("".join(w.text for w in lead), box, min(w.conf for w in lead))
        row.words[:k] = [joined]
        return


def _cjk_quote(word: Word) -> None:
    """A quotation mark that OCR read in the blank before a paragraph's or an item's text:
    a closing one always (it never opens a text), an opening one read with a low confidence."""
    text = word.text
    if (
        len(text) > 1
        and _CJK.match(text[1])
        and (text[0] == "”" or (text[0] == "“" and word.conf < _CJK_DOUBT))
    ):
        word.text = text[1:]


def _numbered(row: Row) -> int | None:
    """The paragraph number that opens a Chinese row ("2." a tab apart from its text)."""
    if len(row.words) < 2 or not _CJK.match(row.words[1].text):
        return None
    number = _CJK_NUMBER.fullmatch(row.words[0].text)
    if number is None or row.words[1].box[0] - row.words[0].box[2] <= _CJK_GAP * row.size:
        return None
    return int(number[1])


def _cjk_first_lost(scans: list[Scan]) -> None:
    """The first operative paragraph's number "1." that OCR lost altogether (at the top of a
    page, the text read from its tab on): the numbers begin at "2.", and the paragraph that
    opens before it (its first line at the tab where "2."'s text stands) opens with a phrase of
    the language's table ("决定"). A preambular paragraph opens at that tab too, so without its
    "1." the first operative paragraph read as the preamble's last. The number is put back
    where "2." stands, on that line. Not when a "1." read otherwise stands between: a row
    opening with a digit ("1.欢迎" glued) or with a word or two a tab before its text ("昨" "。").
    """
    places = [(scan, row) for scan in scans for row in _above_rule(scan)]
    first = next((k for k, (_, row) in enumerate(places) if _numbered(row) is not None), None)
    if first is None or _numbered(places[first][1]) != 2:
        return
    two = places[first][1]
    tab, size = two.words[1].box[0], two.size
    operative = tuple(lang.get("zh").operative)
    for _, row in reversed(places[:first]):
        if row.words and (row.words[0].text[:1].isdigit() or _tabbed(row, tab)):
            return  # a number read otherwise ("1.欢迎" as one word, "昨。"): not lost
        if not row.words or abs(row.words[0].box[0] - tab) > 0.5 * size:
            continue
        if "".join(w.text for w in row.words).startswith(operative):
            left, right = two.words[0].box[0], two.words[0].box[2]
            box = (left, row.words[0].box[1], right, row.words[0].box[3])
            row.words.insert(0, Word("1.", box, two.words[0].conf))
        return


def _tabbed(row: Row, tab: int) -> bool:
    """A row opening with a short word or two standing left of ``tab``, the text after them
    from the tab on: a paragraph number, however OCR read it ("昨" "。" for "1.")."""
    at = next((k for k, w in enumerate(row.words) if w.box[0] >= tab - 0.5 * row.size), None)
    if not at or not _CJK.match(row.words[at].text):
        return False
    return 0 < len("".join(w.text for w in row.words[:at])) <= 3


def _above_rule(scan: Scan) -> list[Row]:
    """The rows of a page above its footnote separator (all of them when it has none)."""
    rule = max((r for r, _, _ in scan.rules), default=None)
    return [row for row in scan.rows if rule is None or row.box[1] <= rule]


def _cjk_labels(scans: list[Scan], tab: float | None) -> None:
    """A Chinese list item's label that OCR misread ("()", "(人", "(g", "(C)", "(nm)" for
    "(a)" ... "(n)", or its opening bracket lost, "0)" for "(j)"): a short word opening or
    closing with a bracket at a line's start, standing a tab apart from a line of Chinese text,
    is the label the list's sequence expects there: one letter after the label read before it,
    "(a)" after a paragraph number. So is, once the paragraph numbers have begun, a label read
    as one or two characters with a low confidence ("关", "全民", "人" for "(a)" ... ) that the
    paragraph numbers' sequence left as it was. Unread, the item came out a paragraph of its
    own."""
    expected, numbered = "a", False
    for scan in scans:
        for row in _above_rule(scan):
            if len(row.words) < 2 or not _CJK.search(row.words[1].text) or not _apart(row, tab):
                continue
            first = row.words[0]
            if _CJK_NUMBER.fullmatch(first.text):
                expected, numbered = "a", True
                continue
            if sum(len(w.text) for w in row.words[1:]) < _CJK_LINE:
                continue
            if numbered and _label_lost(first):
                first.text = f"({expected})"
                expected = chr(ord(expected) + 1)
            elif _bracketed(first.text):
                letter = _LABEL.fullmatch(first.text)
                if letter is None and expected <= "z":
                    first.text = f"({expected})"
                elif letter is None or len(letter[1]) > 1:
                    continue  # a roman numeral of an inner list ("(ii)") keeps the sequence
                expected = chr(ord(first.text[1]) + 1)


def _bracketed(text: str) -> bool:
    """A list item's label as OCR may read it: a short word opening with a bracket ("(人"), or
    closing with one, its opening bracket lost ("0)"; a roman numeral so, "ii)", is one of an
    inner list: "(ii)")."""
    if text[:1] in "(（":
        return len(text) <= _LEAD
    if text[-1:] not in ")）" or len(text) > 3 or _CJK.search(text):
        return False
    inner = text[:-1]
    return not (len(inner) > 1 and set(inner) <= set("ivx"))


def _label_lost(word: Word) -> bool:
    """A word of one or two characters read with a low confidence, no number and no stop after
    it (a paragraph number read so, "宛:" for "2."): a list item's label that OCR could not read
    (see :func:`_cjk_labels`)."""
    text = word.text
    if word.conf >= _CJK_DOUBT or text[-1:] in _STOPS or any(c.isdigit() for c in text):
        return False
    return 0 < len(text) <= 2


def _cjk_stop(row: Row) -> None:
    """A full stop that OCR read as a word of its own after a line's first word ("允" ".", or
    the Chinese "。": "昨" "。", before the Chinese text: a paragraph number misread) is joined
    to that word as "."."""
    if len(row.words) < 3 or row.words[1].text not in (".", "．", "。"):
        return
    if not _CJK.match(row.words[2].text):
        return
    first, stop = row.words[0], row.words[1]
    box = (
        first.box[0],
        min(first.box[1], stop.box[1]),
        stop.box[2],
        max(first.box[3], stop.box[3]),
    )
    row.words[:2] = [Word(first.text + ".", box, first.conf)]


def _cjk_sequence(marks: list[tuple[Word, int | None]]) -> None:
    """Number the misread paragraph numbers (``None``) of ``marks`` from their place: a run of
    them between the number read before it (past runs left unread; 0 at the start) and the one
    read after it is numbered in sequence when the numbers leave just that many out ("允", "凶"
    between "1." and "4." are "2." and "3."); else the run's last ones, as many as the numbers
    leave out (a scrap of a preamble line may open the run). A run after the last number read
    is numbered on from it when each of its marks ends with a stop, as a number does (a list
    item's label, the other thing standing there, has none)."""
    k = 0
    while k < len(marks):
        if marks[k][1] is not None:
            k += 1
            continue
        end = k
        while end < len(marks) and marks[end][1] is None:
            end += 1
        before = next((v for _, v in reversed(marks[:k]) if v is not None), 0)
        after = marks[end][1] if end < len(marks) else None
        missing = after - before - 1 if after is not None else 0
        if after is None and all(w.text[-1:] in _STOPS for w, _ in marks[k:end]):
            missing = end - k  # the last numbers, each read with its stop ("宛:" after "1.")
        if 0 < missing <= end - k:
            for j in range(end - missing, end):
                before += 1
                marks[j][0].text = f"{before}."
                marks[j] = (marks[j][0], before)
        k = end


def _drop_graphics(scan: Scan) -> None:
    """Drop the lines tesseract made of the graphics at the foot of a page (a bar code, a QR
    code, the recycling logo): in the page's lowest band, a line whose words it reads with a
    mean confidence under 80 (text there, footnotes and job numbers, reads above 90), unless it
    is a footnote: a short one at the foot may read lower. A line there that opens with the job
    number and holds graphics read as letters ("23-24497 ‘i 181223 Please ree tee)") goes too:
    it is the first page's foot read as one line, which no rule would take for furniture."""
    floor = scan.height * (1 - _FOOT_BAND)
    kept = []
    for row in scan.rows:
        chars = sum(len(w.text) for w in row.words)
        mean = sum(w.conf * len(w.text) for w in row.words) / max(chars, 1)
        if row.box[1] > floor and mean < _GRAPHICS_CONF and not _is_footnote(row, scan):
            continue
        if row.box[1] > floor and _JOB.fullmatch(row.words[0].text) and _blurred(row):
            continue
        kept.append(row)
    scan.rows = kept


def _arabic_scraps(scan: Scan) -> None:
    """Rows tesseract made of pieces of one Arabic line, each on the line's baseline. A row of
    scraps beside the line itself ("في مة ة: في تيجية د" over "الصلة في منظومة ... استرا مشتركة
    لتعبئة الموار": the ends of words its boxes cut short, read again), within the line's span
    and with less than half its characters, is dropped; a line cut in two rows side by side
    ("إمكانا:" and "تهم،", the two halves of "إمكاناتهم،") is one row again, its words right to
    left. Either piece, taken for a line, opened a paragraph under the line above."""
    rows = [row for row in scan.rows if _ARABIC.search(" ".join(w.text for w in row.words))]
    gone: set[int] = set()
    for row in rows:
        chars = sum(len(w.text) for w in row.words)
        for other in rows:
            if other is row or id(other) in gone or id(row) in gone:
                continue
            if abs(other.baseline - row.baseline) >= _SCRAP_ROW * other.size:
                continue
            within = other.box[0] - other.size <= row.box[0] and row.box[2] <= other.box[2]
            if within and 2 * chars < sum(len(w.text) for w in other.words):
                gone.add(id(row))
            elif -_SCRAP_ROW * other.size < row.box[0] - other.box[2] < 0.5 * other.size:
                other.words = sorted(other.words + row.words, key=lambda w: -w.box[2])
                other.box = _row_of(other.words, other.size).box
                gone.add(id(row))
    scan.rows = [row for row in scan.rows if id(row) not in gone]


def _blurred(row: Row) -> bool:
    """A line holding a word read with a confidence under 80: graphics read as letters."""
    return any(w.conf < _GRAPHICS_CONF for w in row.words)


def _is_footnote(row: Row, scan: Scan) -> bool:
    """A row below the page's footnote separator that opens with a raised marker (a number, or
    the sign OCR read it as) and goes on with words: a footnote, however low tesseract's
    confidence in it ("3 A/78/506.", "' A/78/84.")."""
    if not scan.rules or len(row.words) < 2 or row.box[1] <= max(r for r, _, _ in scan.rules):
        return False
    first, second = row.words[0], row.words[1]
    return _is_raised(first, row) and len(second.text) >= 3


def _page(scan: Scan) -> OcrPage:
    pt = 72 / scan.dpi
    lines: list[OcrLine] = []
    weighted = chars = 0
    sizes = sorted(row.size for row in scan.rows) or [scan.dpi / 7]
    rules = sorted(scan.rules)
    for row in _foot_in_order(scan):
        while rules and rules[0][0] < row.box[1]:
            r, left, right = rules.pop(0)
            y = (scan.height - r) * pt
            lines.append(OcrLine(_UNDERSCORES, left * pt, right * pt, y, sizes[0] * pt, ()))
        text, raised = _line_text(row)
        left = min(w.box[0] for w in row.words)
        right = max(w.box[2] for w in row.words)
        y = (scan.height - row.baseline) * pt
        lines.append(OcrLine(repair_ocr(text), left * pt, right * pt, y, row.size * pt, raised))
        for word in row.words:
            weighted += word.conf * len(word.text)
            chars += len(word.text)
    lines = _arabic_lines(lines)
    lines = _cjk_formula(_cjk_lost_start(_cjk_scraps(lines)))
    return OcrPage(tuple(lines), weighted / chars if chars else 0.0, chars)


def _cjk_scraps(lines: list[OcrLine]) -> list[OcrLine]:
    """A scrap of a Chinese line that tesseract read as a line of its own, set much smaller,
    on the same baseline and overlapping the line's start ("旦本" over "害" before "的个人，"):
    the line's first characters as misread. It is joined to the front of its line, so the line
    stands where its first character does (at the margin, going on its paragraph) and the scrap
    does not read as a short line that ends one."""
    out: list[OcrLine] = []
    for here in lines:
        scrap = out[-1] if out else None
        if (
            scrap is not None
            and _CJK.search(here.text)
            and scrap.size < _CJK_SCRAP * here.size
            and abs(scrap.y - here.y) < 0.3 * here.size
            and scrap.x0 < here.x0 <= scrap.x1
        ):
            text = scrap.text.strip()
            here = replace(
                here,
                text=text + here.text,
                x0=scrap.x0,
                raised=_shifted(here.raised, len(text)),
            )
            out.pop()
        out.append(here)
    return out


def _cjk_lost_start(lines: list[OcrLine]) -> list[OcrLine]:
    """A Chinese line whose first characters OCR lost or read into the line above ("治独立，"
    for "政治独立，", "开，" for "家，"): it stands a character or two right of the margin, or
    opens with punctuation after a lost start ("，以及..."), and would read as a paragraph's
    indented start. After a full line that does not close (a paragraph goes on past it) and
    away from the page's own paragraph indent, it goes on the paragraph: it is put at the margin,
    where its text stands."""
    body = [ln for ln in lines if _CJK.search(ln.text) and ln.text != _UNDERSCORES]
    if len(body) < 4:
        return lines
    size = sorted(ln.size for ln in body)[len(body) // 2]
    margin = Counter(round(ln.x0) for ln in body).most_common(1)[0][0]
    right = Counter(round(ln.x1) for ln in body).most_common(1)[0][0]
    indents = Counter(round(ln.x0) for ln in body if ln.x0 > margin + 0.8 * size)
    common = indents.most_common(1)
    indent = common[0][0] if common and common[0][1] >= 3 else None
    out = list(lines)
    for k in range(1, len(out)):
        before, here = out[k - 1], out[k]
        if not _CJK.search(here.text) or here.x0 <= margin + 0.5 * size:
            continue
        full = abs(before.x1 - right) < 1.5 * size and abs(before.x0 - margin) < 0.5 * size
        if not full or before.text.rstrip()[-1:] in _CJK_CLOSE:
            continue
        usual = indent is not None and abs(here.x0 - indent) < 0.5 * size
        text = here.text.strip()
        tail = text[-1:] in _CJK_CLOSE and len(text.rstrip(_CJK_CLOSE)) <= 3
        if here.text[:1] in _CJK_CLOSE or tail or (not usual and here.x0 < margin + 2.5 * size):
            out[k] = replace(here, x0=float(margin))
    return out


def _cjk_formula(lines: list[OcrLine]) -> list[OcrLine]:
    """A Chinese enacting formula OCR misread ("SR，" for "大会，"): the first line after the
    resolution's number and title ("78/40. 为…") that ends with a comma, short (a body's name),
    where no formula was read. The formula is the body the page's masthead names on a line of
    its own above ("大会"); without a masthead nothing is guessed."""
    data = lang.get("zh")
    title = next((k for k, ln in enumerate(lines) if _RES_TITLE.match(ln.text)), None)
    if title is None or not any(_CJK.search(ln.text) for ln in lines[title:]):
        return lines
    masthead = [ln.text.strip() for ln in lines[:title] if ln.text.strip() in data.enacting]
    for k in range(title + 1, min(title + 1 + _TITLE_LINES, len(lines))):
        text = lines[k].text.strip()
        if text.rstrip("，,").strip() in data.enacting or not masthead:
            return lines
        if text[-1:] in "，," and 0 < len(text[:-1].strip()) <= _CJK_FORMULA:
            out = list(lines)
            out[k] = replace(lines[k], text=masthead[0] + "，")
            return out
        if text[-1:] in _CJK_CLOSE:
            return lines
    return lines


def _arabic_lines(lines: list[OcrLine]) -> list[OcrLine]:
    """A page's Arabic lines with their particles and paragraph commas repaired: the particles
    first, so that a line whose particle was misread opens a paragraph for the comma above it."""
    return _arabic_commas(_arabic_prefixes(_arabic_lost_start(_arabic_labels(lines))))


def _arabic_labels(lines: list[OcrLine]) -> list[OcrLine]:
    """A list item's label whose opening bracket OCR lost ("ه) أن تطلب" for "(هـ) أن تطلب"),
    whose brackets it turned round (") و(") or misread ("(ف]"): a line that opens with one
    Arabic letter and a bracket opens with that label (no word of running text is one letter
    and a bracket at a line's start)."""
    return [
        replace(ln, text=_BARE_LABEL.sub(r"\1(\2)", ln.text, count=1))
        if _BARE_LABEL.match(ln.text)
        else ln
        for ln in lines
    ]


def _arabic_lost_start(lines: list[OcrLine]) -> list[OcrLine]:
    """An Arabic line whose first word OCR lost or read short ("6د مصالح الطفل" for "تأخذ مصالح
    الطفل"): its start, on the right, stands a word short of the margin and would read as a
    paragraph's indented start. After a full line that does not close (the paragraph goes on
    past it), away from the page's own paragraph indent, and opening with no paragraph number
    or leading phrase, it goes on the paragraph: its start is put at the margin."""
    body = [ln for ln in lines if _ARABIC.search(ln.text)]
    if len(body) < 4:
        return lines
    size = sorted(ln.size for ln in body)[len(body) // 2]
    margin = Counter(round(ln.x1) for ln in body).most_common(1)[0][0]
    left = Counter(round(ln.x0) for ln in body).most_common(1)[0][0]
    indents = Counter(round(ln.x1) for ln in body if ln.x1 < margin - 0.8 * size)
    common = indents.most_common(1)
    indent = common[0][0] if common and common[0][1] >= 2 else None
    out = list(lines)
    for k in range(1, len(out)):
        before, here = out[k - 1], out[k]
        text = here.text.strip()
        if (
            not _ARABIC.search(text)
            or not margin - _LOST_START * size < here.x1 < margin - 0.5 * size
        ):
            continue
        full = abs(before.x1 - margin) < 0.5 * size and abs(before.x0 - left) < 1.5 * size
        if not full or before.text.rstrip()[-1:] in _ARABIC_CLOSE:
            continue
        if indent is not None and abs(here.x1 - indent) < 0.5 * size:
            continue
        if _ARABIC_NUMBER.match(text) or _opens_phrase(text):
            continue
        out[k] = replace(here, x1=float(margin))
    return out


def _arabic_prefixes(lines: list[OcrLine]) -> list[OcrLine]:
    """The particle that opens an Arabic preambular paragraph ("وإذ", "وقد") as OCR reads it at
    the indented start of the paragraph's first line: a scrap of one or two characters ("ذ
    تشير", "ف نظرت", "وذ ذ تسلم", even "1 تسلم") or the particle behind a stray mark (".وإذ").
    A line indented from the right margin opens a paragraph; when the line does not open with a
    leading phrase as read and does with the particle in place of the scrap, the scrap was the
    particle. A paragraph number with its dash ("6 - تشجع") is no scrap: the UN's Arabic sets an
    operative paragraph's number in its first line's indent too."""
    arabic = [ln for ln in lines if _ARABIC.search(ln.text)]
    if len(arabic) < 4:
        return lines
    margin = max(Counter(round(ln.x1) for ln in arabic).items(), key=lambda kv: kv[1])[0]
    out = []
    for ln in lines:
        indented = margin - 6 * ln.size < ln.x1 < margin - 1.5 * ln.size
        numbered = _ARABIC_NUMBER.match(ln.text.lstrip())
        if indented and _ARABIC.search(ln.text) and not _opens_phrase(ln.text) and not numbered:
            ln = replace(ln, text=_particle(ln.text))
        out.append(ln)
    return out


def _particle(text: str) -> str:
    """``text`` with the scrap that opens it read as the particle it stands for (see above)."""
    words = text.split(" ")
    stray = words[0].lstrip(_STRAY)
    if stray != words[0] and _opens_phrase(" ".join([stray, *words[1:]])):
        return " " * (len(words[0]) - len(stray)) + " ".join([stray, *words[1:]])
    for cut in (1, 2):
        scraps = words[:cut]
        if len(words) <= cut or not all(0 < len(w) <= 2 and w not in _WORDS for w in scraps):
            continue
        rest = " ".join(words[cut:])
        for particle in _PARTICLES:
            if _opens_phrase(f"{particle} {rest}"):
                return f"{particle} {rest}"
    rest = " ".join(words[1:])
    for particle in _PARTICLES:
        same = len(words) > 1 and _skeleton(words[0]) == _skeleton(particle)
        if same and _opens_phrase(f"{particle} {rest}"):
            return f"{particle} {rest}"
    return text


def _skeleton(word: str) -> str:
    """An Arabic word's letters without their dots and hamza (the language's ``ocr_skeleton``)."""
    table = lang.get("ar").ocr_skeleton
    return "".join(table.get(c, c) for c in word)


def _opens_phrase(text: str) -> bool:
    """An Arabic line opens with a preambular paragraph's leading phrase: one of the language's
    table after its particle ("وإذ تشير") or held whole ("واقتناعا منها"); vowel marks and
    tatweel aside, as OCR gives them ("تسلّم"). (Operative paragraphs open with their number.)"""
    data = lang.get("ar")
    text = _MARKS.sub("", text).strip()
    starts = [text]
    for prefix in data.preambular_prefixes:
        if text.startswith(prefix + " "):
            starts.append(text[len(prefix) + 1 :])
    return any(_starts_with(start, key) for start in starts for key in data.preambular)


def _starts_with(text: str, key: str) -> bool:
    return text.startswith(key) and (len(text) == len(key) or not text[len(key)].isalpha())


def _arabic_commas(lines: list[OcrLine]) -> list[OcrLine]:
    """An Arabic line whose last word ends in a hamza "ء" before a line that opens a paragraph
    (a leading phrase, "وإذ تشير", or a paragraph number, "2 -"): the hamza is the Arabic comma
    "،" that ends the paragraph, as OCR reads it ("مشفوعة بمرفقهاء"); a paragraph does not end
    on a letter. A hamza that ends a word ("الأعضاء،") with its comma lost gives way to the comma
    too: the paragraph's end matters more than its last letter."""
    out = list(lines)
    for k in range(len(out) - 1):
        text = out[k].text
        if not _HAMZA_END.search(text):
            continue
        after = out[k + 1].text.strip()
        if _ARABIC_NUMBER.match(after) or _opens_phrase(after):
            out[k] = replace(out[k], text=text.rstrip()[:-1] + "،")
    return out


def _foot_in_order(scan: Scan) -> list[Row]:
    """The rows of a page with those below its footnote separator in top-to-bottom order:
    tesseract may give the page number or the job number in the margin before the footnote
    above them, which then reads as text after the page's foot. Footnotes are one column."""
    if not scan.rules:
        return scan.rows
    rule = max(r for r, _, _ in scan.rules)
    above = [row for row in scan.rows if row.box[1] <= rule]
    below = [row for row in scan.rows if row.box[1] > rule]
    return above + sorted(below, key=lambda row: (row.box[1], row.box[0]))


def _line_text(row: Row) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The words of a line joined, and where its raised calls stand. Chinese is written without
    spaces: none is put between two words when either side is a Chinese character ("2024 年"
    as tesseract gives it is "2024年"); a paragraph number standing apart at the start of a
    Chinese line keeps the full stop OCR tends to lose ("1 敦促" is "1. 敦促")."""
    parts: list[str] = []
    raised: list[tuple[int, int]] = []
    pos = 0
    previous = ""
    _number_stop(row)
    before: Word | None = None
    for word in row.words:
        cjk = _CJK.match(word.text) or _CJK.match(previous[-1:])
        glued = word.glued or (before is not None and _overlaps(before, word, row))
        sep = "" if not parts or glued or (cjk and not previous.endswith(".")) else " "
        if before is row.words[0] and _section_apart(before, word, row):
            sep = " "
        start = pos + len(sep)
        if word.raised:
            raised.append((start, start + len(word.text)))
        parts.append(sep + word.text)
        pos = start + len(word.text)
        previous = word.text
        before = word
    return "".join(parts), tuple(raised)


def _section_apart(number: Word, word: Word, row: Row) -> bool:
    """A Chinese section's number opening a line, a space apart from the title after it ("二
    独立审计咨询委员会的活动"): the space is kept, as a text layer has it, so that the line reads as
    a section's heading. Characters of running text stand closer than half an em."""
    return (
        _CJK.match(word.text) is not None
        and number.text in lang.get("zh").section_numbers
        and word.box[0] - number.box[2] > _CJK_SPACE * row.size
    )


def _overlaps(before: Word, word: Word, row: Row) -> bool:
    """A word whose box starts well inside the box of the word before it: one word tesseract
    cut in two (the last "1" of "S/C.3/32/Rev.1" at a line's end read as "Rev." and "1"), to be
    joined without a space. Only inside a symbol (the word before holds a slash and ends with
    ".", "/" or "-"): the boxes of "of" and "21" in a serif face may overlap too."""
    symbol_cut = "/" in before.text and before.text[-1:] in "./-" and word.text[:1].isalnum()
    return symbol_cut and before.box[2] - word.box[0] > 0.1 * row.size


def _number_stop(row: Row) -> None:
    """ "1" (or "1," "1:", its full stop misread) then, well apart, a word at a line's start:
    the paragraph number "1." before the tab of its hanging indent ("1, приветствует", "3:
    Decides", "1 敦促"). Words of running text are never that far apart; a footnote's raised
    marker is no paragraph number; an Arabic line is left alone (its number stands at the
    right, read after the words)."""
    if len(row.words) < 2:
        return
    first, second = row.words[0], row.words[1]
    lead = second.text[:1]
    # a tab's width: beyond the widest space of a justified line ("22 January" at a line's start)
    # in scripts with spaces; Chinese has none between its characters
    gap = _CJK_GAP if _CJK.match(lead) else _TAB_GAP
    apart = second.box[0] - first.box[2] > gap * row.size
    number = _MISREAD_NUMBER.fullmatch(first.text)
    if number and not first.raised and lead.isalpha() and not _ARABIC.match(lead) and apart:
        first.text = number[1] + "."
