"""Blocks: normalized lines grouped into paragraphs of text.

Text extracted from PDFs wraps paragraphs over many lines, separates them with blank lines (or
not at all), splits them across page breaks, and sometimes prints a paragraph's number on a line of
its own, before or after the paragraph's first line. A new block starts at a blank line, at a
paragraph number standing alone, or at a line that opens like a paragraph (a number, a
sub-paragraph label, a known leading phrase) right after a line that closed a sentence part. A
paragraph cut by a page break (or by a blank line where a page break was lost in conversion) is
rejoined when the text before the break does not close and the text after does not open a new
paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from mandata import lang
from mandata.normalize import Line
from mandata.normalize.join import add_lines, joined
from mandata.segment.frame import frame_kinds, is_formula
from mandata.segment.phrases import leading_phrase

# The heading of a part of a multi-part resolution: "B", "B Estimates of income for 2023".
PART_HEADING = re.compile(r"^(?P<part>[A-H])(?:\.?\s+(?P<title>\S.{0,200}))?$")
NUMBER_ONLY = re.compile(r"^\s*(?P<num>\d{1,3})\s*(?:[.\-–—)]|\s-)?\s*$")
# not "1.A.04 scheduled chemicals" (a schedule of the Chemical Weapons Convention) wrapped to a
# line's start; the Arabic "32 - تشير" now and then typed without its second space ("32 -تشير")
NUMBERED = re.compile(
    r"^\s*(?P<num>\d{1,3})\s*(?:\.(?!\d|[A-Z]\.\d)|\s?[-–—](?=\s)|\s[-–—](?=[\u0621-\u064a])|\))\s*(?=\S)"
)
# Sub-paragraph labels: "(a)", "(iv)", "(一)", "(أ)", and "a)" as French, Spanish and Russian print them
# (typed now and then with a Cyrillic "а", "с", "е"); the Chinese parenthesized numerals "㈠" to
# "㈩" and the Arabic "’1‘" (the UN's Arabic for "(i)") are labels of their own; the Arabic
# for "(aa)", "(bb)" doubles its letter with a space between: "(أ أ)", "(ب ب)".
_LABEL = (
    r"(?:[(（](?:(?P<label>[a-z]{1,3}|[ivxlc]+|\d{1,2}|[一二三四五六七八九十]+|[\u0621-\u064a]{1,2})"
    r"|(?P<twin>[\u0621-\u064a]\u0640?) (?P=twin))[)）]"
    r"|(?P<bare>[a-zасе]{1,2}|[ivx]{1,4})\)"
    r"|(?P<glyph>[\u3220-\u3229])|’(?P<quoted>\d{1,2})‘)"
)
LABEL_ONLY = re.compile(rf"^\s*{_LABEL}\s*$")
_GLYPH_NUMERALS = "一二三四五六七八九十"
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv")
SUBLABEL = re.compile(rf"^\s*{_LABEL}\s*(?=\S)")
# What ends a sentence part. Not the Chinese enumeration comma "、": it joins the items of a
# list ("防止冲突、和平解决争端、" / "维持和平、建设和平 ..."), no paragraph ends with it.
_TERMINAL = frozenset(".,;:!?。；：，؛،")
_TRAILING = '”’"»)]* \t'
_JOINERS = frozenset({"and", "or", "et", "ou", "y", "o", "и", "или", "و", "أو"})
_LONG_BLOCK = 200
_FULL_LINE = 60  # columns: a line narrower than this, alone in its block, may be a heading
# the title line of a resolution or decision: its number, a full stop, its title
_NUMBERED_TITLE = re.compile(r"\s*(?:[A-Z]{1,3}-)?\d{1,3}/\d{1,4}(?:\s?[A-Z])?\.\s+\S")
_PAGE_WIDE = 75  # columns: a line this wide ran to the margin where the width is not known
# a call after the punctuation, not the thousands of a number ("150,000")
_MARKER_AFTER = re.compile(r"(?<=[.,;:。；：，、؛،”’\"»)])(?<!\d[,.](?=\d{3}$))\s?\d{1,3}$")


@dataclass
class Block:
    """A run of lines that makes one paragraph (or one heading) of the document."""

    lines: list[Line] = field(default_factory=list)
    number: str | None = None
    frame: bool = False
    frame_end: bool = False
    closed: bool = False
    section_title: bool = False  # the title under a section's number ("二" / "2022年方案预算…")
    _joined: tuple[int, str] = (0, "")
    _pieces: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))

    @property
    def text(self) -> str:
        """The block's lines joined (computed again only when lines were added; lines added at
        the end are joined to what was joined before, not all again)."""
        if self._joined[0] != len(self.lines):
            texts = [ln.text for ln in self.lines]
            done, parts = self._pieces
            if len(done) < len(texts) and texts[: len(done)] == done:
                add_lines(parts, texts[len(done) :])  # the pieces are this block's own
            else:
                parts = []
                add_lines(parts, texts)
            self._pieces = (texts, parts)
            self._joined = (len(self.lines), joined(parts))
        return self._joined[1]

    @property
    def page(self) -> int:
        return self.lines[0].page if self.lines else 1

    @property
    def span(self) -> list[int]:
        first, last = self.lines[0], self.lines[-1]
        if last.start < first.start or (len(self.lines) > 2 and self.lines[1].start > last.start):
            last = max(self.lines, key=lambda ln: ln.start)  # a line put back in its place
        return [first.raw_offset(0), last.raw_offset(len(last.text))]

    @property
    def footnote_refs(self) -> list[str]:
        return [ref for ln in self.lines for ref in ln.footnote_refs]


def label_text(found: re.Match[str]) -> str:
    """The label a :data:`SUBLABEL` match reads: "a" for "(a)" and "a)", "一" for "㈠", "i"
    for the Arabic "’1‘" (it numbers the items of a lettered item, as "(i)" does), "أأ" for
    the Arabic "(أ أ)" (as "aa" for "(aa)")."""
    if found["glyph"]:
        return _GLYPH_NUMERALS[ord(found["glyph"]) - 0x3220]
    if found["quoted"]:
        number = int(found["quoted"])
        return _ROMANS[number - 1] if 0 < number <= len(_ROMANS) else found["quoted"]
    if found["twin"]:
        return found["twin"] * 2
    return str(found["label"] or found["bare"])


_OPEN_BRACKET = re.compile(r"[(（][^()（）]{0,12}$")
_CLOSE_BRACKET = re.compile(r"\d{0,4}[)）]")


def _cut_in_brackets(last: str, text: str) -> bool:
    """A line wrapped inside a bracket that closes after a number ("第1373(20" / "01)号决议",
    "(2" / "001)", "(COVID-" / "19)"): the next line's digits and bracket are no paragraph
    number."""
    # the open bracket is among the last 13 characters: search those, not the whole line
    tail = last.rstrip()[-13:]
    if "(" not in tail and "（" not in tail:
        return False
    return bool(_OPEN_BRACKET.search(tail) and _CLOSE_BRACKET.match(text.lstrip()))


def closes(text: str) -> bool:
    """Whether a line or block ends a sentence part (so the next line may open a paragraph)."""
    stripped = text.rstrip(_TRAILING)
    if not stripped:
        return True
    if stripped[-1].isdigit():  # a footnote call left after the punctuation: "...宣言》，2"
        stripped = _MARKER_AFTER.sub("", stripped).rstrip(_TRAILING) or stripped
    if stripped[-1] in _TERMINAL:
        return True
    words = stripped.rsplit(None, 1)  # the last word, and what goes before it (not every word)
    if len(words) > 1 and words[-1].casefold() in _JOINERS:
        return words[-2][-1] in _TERMINAL
    return False


def _numbered_opens(text: str) -> bool:
    """Whether a line opens with a paragraph number or a sub-paragraph label."""
    return _may_be_numbered(text) and bool(
        NUMBERED.match(text) or SUBLABEL.match(text) or NUMBER_ONLY.match(text)
    )


_BARE_NUMBER = re.compile(r"^\s*(?P<num>\d{1,3})\s+(?=[^\W\d_])")


def bare_numbered(text: str, code: str | None) -> re.Match[str] | None:
    """A paragraph's number printed without its full stop before an operative leading phrase
    ("1 Encomia al Comité Especial ...", as some of the UN's Spanish XML holds it, the number
    typed in the text): the number, else None. A number before other words is no paragraph's
    ("2 Resolución 217 A (III).", a note's)."""
    found = _BARE_NUMBER.match(text) if code is not None else None
    if found is None or code is None:
        return None
    phrase = leading_phrase(text[found.end() :], code)
    return found if phrase is not None and phrase.kind == "operative" else None


def opens(text: str, code: str | None) -> bool:
    """Whether a line opens like a paragraph: a number, a label, a known leading phrase."""
    if _numbered_opens(text):
        return True
    if code is None:
        return False
    if text[:4].lstrip()[:1].isdigit() and bare_numbered(text, code):
        return True
    if lang.get(code).pattern("meeting").match(text.strip()):
        return True
    stripped = text.lstrip()
    if stripped[:1].islower() and code in ("en", "fr", "es"):
        return False
    return leading_phrase(stripped, code) is not None


def make_blocks(lines: list[Line], code: str | None) -> list[Block]:
    """Group body lines into blocks (see the module docstring for the rules)."""
    blocks: list[Block] = []
    cur: Block | None = None
    gap = page_break = False
    following = next_texts(lines)
    last_number = top_number = 0
    shape = text_shape(lines)
    frames = [frame_kinds(ln.text, code, following[k]) for k, ln in enumerate(lines)]
    _unframe_carried_over(lines, frames)
    for k, ln in enumerate(lines):
        if ln.dropped:
            continue
        text = ln.text
        if text == "\f":
            page_break = True
            continue
        if not text or text.isspace():  # ln.blank
            gap = True
            continue
        marked = _may_be_numbered(text)
        number = NUMBER_ONLY.match(text) if marked else None
        if cur is None:
            cur = _start(blocks, ln)
        elif ln.table_row:
            cur.lines.append(ln)  # "2 General Assembly ... 348 510 900": a row of its table
        elif not gap and _cut_in_brackets(cur.lines[-1].text, text):
            cur.lines.append(ln)  # "第497(198" / "1)号决议": the line is cut inside a number
        elif number and _number_after_first_line(
            cur, gap, int(number["num"]) - last_number if last_number else 0
        ):
            cur.number = number["num"]
        elif number and not gap and _out_of_turn(int(number["num"]), last_number, top_number):
            cur.lines.append(ln)  # "... 2030 года" / "8.": a footnote call and the stop, wrapped
        elif marked and (
            number or LABEL_ONLY.match(text) or _next_number(text, last_number, top_number)
        ):
            cur = _start(blocks, ln)
        elif marked and NUMBERED.match(text) and _heading_block(cur):
            cur = _start(blocks, ln)  # "IV" / "Other issues" / "15. Invites ..."
        elif PART_HEADING.match(text.strip()) and is_formula(following[k], code):
            cur = _start(blocks, ln)  # "B Estimates of income for 2023" over "The General Assembly"
        elif gap and _verb_after_number(cur, text, code):
            cur.lines.insert(1, ln)  # "7." / "investigations by" / "Requests the ...": see there
        elif _laid_out(ln, cur, frames[k]):
            cur = _start(blocks, ln) if ln.starts else cur
            if cur.lines[-1] is not ln:
                cur.lines.append(ln)
        elif _continues(cur, text, code, (gap, page_break), frames[k], shape, following[k]):
            cur.lines.append(ln)
        else:
            cur = _start(blocks, ln)
        gap = page_break = False
        if cur.lines[-1] is ln:
            cur.frame_end, cur.closed = frames[k][1], closes(text)
            cur.frame = cur.frame or (cur.lines[0] is ln and frames[k][0])
        if cur.lines[0] is ln and len(blocks) > 1 and _section_number_block(blocks[-2], code):
            cur.section_title = True
        numbered = (number or NUMBERED.match(text)) if marked else None
        if numbered and cur.lines[0] is ln:
            last_number = int(numbered["num"])
            top_number = max(top_number, last_number)
    return _number_column([b for b in blocks if b.lines], code)


def _unframe_carried_over(lines: list[Line], frames: list[tuple[bool, bool]]) -> None:
    """A frame line that the page layout shows going on with the line before, which closes
    nothing, is the words of that paragraph carried over, no frame: "... بتنشيط أعمال" /
    "الجمعية العامة،" ("... on the revitalization of the work of" / "the General Assembly,") is
    no new resolution's enacting formula."""
    before: Line | None = None
    for k, ln in enumerate(lines):
        if ln.dropped or ln.text == "\f":
            continue
        if ln.blank or not ln.text.strip():
            before = None
            continue
        if frames[k][0] and ln.starts is False and before is not None and not closes(before.text):
            frames[k] = (False, False)
        before = ln


_ROMAN_LINE = re.compile(r"^[IVXL]{1,6}$")


def section_number(text: str, code: str | None) -> bool:
    """A section's number alone on a line, over the section's title: "II", and the words of
    the languages that number sections so ("二", "ثانيا": the language's ``section_numbers``)."""
    word = text.strip()
    if not word or len(word) > 16:
        return False
    if word.isascii():
        return bool(_ROMAN_LINE.match(word))
    return code is not None and word in lang.get(code).section_numbers


def _section_number_block(block: Block, code: str | None) -> bool:
    return len(block.lines) == 1 and section_number(block.lines[0].text, code)


def _bare_number(block: Block) -> bool:
    return len(block.lines) == 1 and bool(NUMBER_ONLY.match(block.lines[0].text))


def _number_column(blocks: list[Block], code: str | None) -> list[Block]:
    """Paragraph numbers printed as a column before their texts ("1." / "2." / "Takes note
    ..." / "Expresses ...", as pdfminer writes a short operative part): each number gets the
    paragraph that follows in its turn, when as many paragraphs opened by a leading phrase and
    without a number follow."""
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and _bare_number(blocks[j]):
            j += 1
        if j == i or j >= len(blocks):
            i = j + 1
            continue
        last = blocks[j]  # the last number, which took the first paragraph's lines
        texts = blocks[j + 1 : j + 1 + (j - i)]
        if (
            NUMBER_ONLY.match(last.lines[0].text) is None
            or len(texts) < j - i
            or code is None
            or not all(_phrase_opened(b, code) for b in texts)
        ):
            i = j + 1
            continue
        numbers = [b.lines[0] for b in blocks[i : j + 1]]
        bodies = [last.lines[1:]] + [b.lines for b in texts]
        blocks[i : j + 1 + len(texts)] = [
            Block([n, *body]) for n, body in zip(numbers, bodies, strict=True)
        ]
        i += len(numbers)
    return blocks


def _phrase_opened(block: Block, code: str) -> bool:
    first = block.lines[0].text
    return not _numbered_opens(first) and leading_phrase(first.lstrip(), code) is not None


def _laid_out(ln: Line, cur: Block, frame: tuple[bool, bool]) -> bool:
    """The page layout of a PDF tells whether the line starts a paragraph (``Line.starts``);
    the frame of the document and a number or label on a line of its own still decide first."""
    if ln.starts is None or frame[0] or cur.frame_end:
        return False
    last = cur.lines[-1].text
    return not (len(cur.lines) == 1 and (NUMBER_ONLY.match(last) or LABEL_ONLY.match(last)))


def _verb_after_number(cur: Block, text: str, code: str | None) -> bool:
    """A paragraph's number printed alone, then pieces of its first line, then its leading
    phrase, each set apart by a blank line: pdfminer cuts a justified first line into text
    boxes and writes them out of order ("7." / "investigations by" / "Requests the
    Secretary-General ..."). The phrase goes right after the number, whose paragraph it
    opens, when what came after the number opens nothing and closes nothing, or is a stray
    piece in lower case (its last line, "session.")."""
    first = cur.lines[0].text
    if code is None or len(cur.lines) < 2 or not NUMBER_ONLY.match(first):
        return False
    if _numbered_opens(text) or leading_phrase(text.lstrip(), code) is None:
        return False
    rest = [ln.text for ln in cur.lines[1:]]
    if leading_phrase(rest[0].lstrip(), code) is not None:
        return False
    piece = len(rest) == 1 and columns(rest[0].strip()) < _FULL_LINE  # "Convention;"
    return piece or not closes(rest[-1]) or _stray_piece(rest[0], code)


def _heading_block(cur: Block) -> bool:
    """A block that reads as a heading ("IV Other issues"): short, closing no sentence, not
    opened by a number or a label."""
    first = cur.lines[0].text
    if _may_be_numbered(first) and (NUMBERED.match(first) or SUBLABEL.match(first)):
        return False
    if NUMBER_ONLY.match(first) or LABEL_ONLY.match(first):
        return False
    whole = cur.text
    return len(whole) < _HEADING_LENGTH and not closes(whole)


_HEADING_LENGTH = 80


def _may_be_numbered(text: str) -> bool:
    """A cheap test before the number and label patterns: "1.", "(a)", "a)"."""
    head = text[:16].lstrip()[:4]  # not the whole line copied: its first characters
    if len(head) < 4 and len(text) > 16:  # a wide indent
        head = text.lstrip()[:4]
    return bool(head) and (
        head[0].isdigit() or head[0] in "(（’" or ")" in head or "\u3220" <= head[0] <= "\u3229"
    )


def _next_number(text: str, last_number: int, top_number: int = 0) -> bool:
    """A line numbered as the paragraph after the last one starts a paragraph, whatever the
    line before it (a heading that does not close, a footnote call)."""
    numbered = NUMBERED.match(text)
    # after a quoted text numbered on its own ("4. In hearing ..." inside paragraph 14), the
    # paragraph after the highest number seen ("15. Invites ...")
    return numbered is not None and int(numbered["num"]) in (last_number + 1, top_number + 1, 1)


def _out_of_turn(number: int, last_number: int, top_number: int) -> bool:
    """A number alone on its line, right under a line of the operative part, that is neither
    the next paragraph's nor the first: the call of a footnote and the sentence's stop that
    the wrapping carried over ("... 2030 года" / "8." under paragraph 13)."""
    return last_number > 0 and number not in (last_number + 1, top_number + 1, 1)


def _start(blocks: list[Block], ln: Line) -> Block:
    block = Block([ln])
    blocks.append(block)
    return block


def _number_after_first_line(cur: Block, gap: bool, step: int = 0) -> bool:
    """A number printed after the first line of its paragraph (PDF extraction order). A first
    line that ends with a comma takes it too when the number is the next of the operative
    part (``step``: the number less the last one, 1, after paragraph 1; pdfminer's "Invites the
    Secretary-General, in cooperation with Member States," / "38." / "international ...")."""
    if gap or cur.number is not None or len(cur.lines) != 1:
        return False
    first = cur.lines[0].text
    if NUMBERED.match(first):
        return False
    return not closes(first) or (step == 1 and first.rstrip(_TRAILING).endswith((",", "،", "，")))


def next_texts(lines: list[Line]) -> list[str | None]:
    """For each line, the text of the next non-blank line (for frame lines without a comma)."""
    out: list[str | None] = [None] * len(lines)
    nxt: str | None = None
    for k in range(len(lines) - 1, -1, -1):
        out[k] = nxt
        text = lines[k].text
        if text and not text.isspace():  # not blank (a form feed is a space too)
            nxt = text
    return out


@dataclass(frozen=True)
class Shape:
    """How a text lays out its paragraphs: ``short``, the width (in columns) under which a
    wrapped line ends before the margin (0: lines are not wrapped); ``separated``, blank lines
    between paragraphs; ``one_a_line``, a paragraph a line, no blank lines (a word processor's
    text export, a web page)."""

    short: int = 0
    separated: bool = False
    one_a_line: bool = False
    indented: bool = False  # paragraphs open with an indented line, wrapped lines are not


def _indented(text: str) -> bool:
    """An indent: a tab, an ideographic space or two spaces (one space is a word's gap that a
    wrapped line kept: "第48/77" / " A号")."""
    return text.startswith(("\t", "\u3000", "  "))


def text_shape(lines: list[Line]) -> Shape:
    """The :class:`Shape` of a text's lines."""
    short = _short_line(lines)
    separated = blank_separated(lines)
    one_a_line = not short and not separated and _unwrapped_lines(lines)
    return Shape(short, separated, one_a_line, _indent_opens(lines, short))


def _indent_opens(lines: list[Line], short: int) -> bool:
    """Whether a wrapped text indents the first line of its paragraphs: many of its lines are
    indented, nearly all after a line that closes a sentence part or ends short of the margin
    (where a hanging indent follows a line cut mid-sentence), and many are not (a paragraph's
    wrapped lines)."""
    # not dropped, not blank (a form feed is a space too)
    body = [t for ln in lines if not ln.dropped and (t := ln.text) and not t.isspace()]
    after = [
        closes(before) or columns(before.strip()) < short
        for before, text in pairwise(body)
        if _indented(text)
    ]
    opened = sum(after)
    return (
        opened >= _INDENTED_MIN
        and opened >= _INDENTED_SHARE * len(after)
        and (len(after) < len(body) - _INDENTED_MIN)
    )


_INDENTED_MIN = 5
_INDENTED_SHARE = 0.8


def _unwrapped_lines(lines: list[Line]) -> bool:
    """Whether the lines hold whole paragraphs: many are wider than a page prints."""
    widths = [columns(ln.text.strip()) for ln in lines if len(ln.text) > 40]
    wide = sum(1 for n in widths if n > UNWRAPPED_COLUMNS)
    return wide >= _SEPARATED_MIN and wide >= len(widths) * _UNWRAPPED_SHARE


_UNWRAPPED_SHARE = 0.25
_HEADING_COLUMNS = 60


def blank_separated(lines: list[Line]) -> bool:
    """Whether the text separates its paragraphs by blank lines: nearly every numbered
    paragraph follows a blank line (or a page break). In such a text a line right after another
    goes on with it, whatever word it starts with (a wrapped line of a Russian paragraph that
    starts with "отмечая", of a Chinese one that starts with 鼓励), unless a number or a label
    opens it."""
    after_blank = numbered = 0
    blank = True
    for ln in lines:
        text = ln.text
        if ln.dropped:
            continue
        if not text or text.isspace():  # blank, or a page break (a form feed is a space)
            blank = True
            continue
        if NUMBERED.match(text):  # (it fails at once where no digit opens the line)
            numbered += 1
            after_blank += blank
        blank = False
    return numbered >= _SEPARATED_MIN and after_blank >= numbered * _SEPARATED_SHARE


_SEPARATED_MIN = 3
_SEPARATED_SHARE = 0.9


def columns(text: str) -> int:
    """The width of ``text`` on a page, in columns: a Chinese character takes two."""
    if text.isascii():  # most lines: no character to count twice
        return len(text)
    return len(text) + len(_WIDE.findall(text))


_WIDE = re.compile("[\u3000-\u9fff\uff00-\uffef]")  # the wide (CJK) characters


def _short_line(lines: list[Line]) -> int:
    """Width (in columns) under which a line ends before the right margin: the last line of a
    paragraph. Zero when lines are not wrapped (one paragraph per line)."""
    # a line of 20 characters or fewer is 40 columns at most: not measured
    widths = (columns(ln.text.strip()) for ln in lines if len(ln.text) > 20)
    lengths = sorted(n for n in widths if n > 40)
    if len(lengths) < 10:
        return 0
    median = lengths[len(lengths) // 2]
    wrapped = sum(1 for n in lengths if abs(n - median) <= 8) > len(lengths) / 2
    return int(median * _SHORT_SHARE) if wrapped else 0


_SHORT_SHARE = 0.8  # a line narrower than this share of the median line ends before the margin


# Wider than any page prints a line (in columns: a Chinese character takes two): such a line is
# a whole paragraph, from a source that does not wrap (a web page, a word processor's text).
UNWRAPPED_COLUMNS = 200


def unwrapped(text: str) -> bool:
    """Whether ``text`` is too wide to be one wrapped line of a printed page."""
    if len(text) <= UNWRAPPED_COLUMNS // 2:
        return False
    return columns(text) > UNWRAPPED_COLUMNS


_SENTENCE_END = (".", ":", ";", "!", "?", "。", "；", "：")


def _stray_piece(text: str, code: str | None) -> bool:
    """A line in lower case after a blank line, in a language whose paragraphs open with a
    capital, that opens nothing: a piece of a paragraph that a text export (pdfminer's text
    boxes) set apart, never a paragraph of its own."""
    if code is None or not text.lstrip()[:1].islower():
        return False
    return lang.get(code).capitalized_paragraphs


def _tail_after_call(cur: Block, short: int) -> bool:
    """The last line of ``cur`` is the rest of a printed line that a text export broke after a
    footnote call (``pdftotext -raw``: "and of the Security Council,2" / "that Arabic,
    Chinese,"): the two make a line that runs to the margin, so the short one ends nothing."""
    if len(cur.lines) < 2 or not cur.lines[-2].footnote_refs:
        return False
    before, last = cur.lines[-2].text.strip(), cur.lines[-1].text.strip()
    return columns(before) < short and columns(before) + columns(last) >= short


def _heading_line(text: str, after: str | None, code: str | None) -> bool:
    """A heading inside the text ("Social aspects", "Transport and transit corridors"): a short
    line with a capital that closes nothing, over a line that opens a paragraph."""
    stripped = text.strip()
    if after is None or not stripped[:1].isupper() or columns(stripped) >= _FULL_LINE:
        return False
    return not closes(stripped) and not _numbered_opens(stripped) and opens(after, code)


def _numbered_comma(cur: Block, code: str | None, labels: bool = False) -> bool:
    """A numbered paragraph (operative) whose text so far ends with what ends a preambular
    paragraph (a comma): it has not ended, whatever the next line starts with ("1. Decides to
    proclaim ... of Science," / "Technology and Innovation ...;")."""
    first = cur.lines[0].text
    numbered = _may_be_numbered(first) and bool(NUMBERED.match(first) or NUMBER_ONLY.match(first))
    if labels and not numbered:  # after a blank line, a lettered item goes on as well (its
        # label on a line of its own too: "(d)" / "Involve ...," as pdfminer sets it apart)
        numbered = _numbered_opens(first) or bool(LABEL_ONLY.match(first))
    if code is None or not numbered:
        return False  # without a blank line, "(f) Mobilizing ...," may end a quoted item
    endings = lang.get(code).paragraph_endings
    tail = cur.lines[-1].text.rstrip(_TRAILING)[-1:]
    return endings.get(tail) == "preambular"


def _one_line_paragraphs(last: str, text: str) -> bool:
    """Whether ``last`` ends a paragraph and ``text`` starts one, in text that prints a
    paragraph per line (a web page, a word processor): one of them is wider than a page, the
    first ends a sentence and the second does not go on in lower case. A comma is no end here:
    OCR text mixes wrapped and unwrapped lines ("... statements by the Greek," + "Yugoslav. ...")."""
    if len(last) <= UNWRAPPED_COLUMNS // 2 and len(text) <= UNWRAPPED_COLUMNS // 2:
        return False  # (what unwrapped tells at once of both)
    if not (unwrapped(last) or unwrapped(text)):
        return False
    return last.rstrip(_TRAILING).endswith(_SENTENCE_END) and not text.lstrip()[:1].islower()


def _phrase_comma(cur: Block, text: str, code: str | None, short: int, after: str | None) -> bool:
    """A paragraph opened by its leading phrase whose last line ran to the margin and ends
    as a preambular paragraph does (a comma) may go on after a blank line: pdfminer sets a
    paragraph's last line apart ("Welcoming the establishment of the Group on Food," / "Energy
    and Finance, chaired by ...,"). The next line goes on with it when it opens nothing (no
    number, label or leading phrase: checked before), is no heading and reads as a last line
    (short of the margin, closing a clause); in text wrapped at a page's width only (a blank
    line before a full first line, or in text a paragraph a line, starts a paragraph)."""
    if code is None or not text.lstrip()[:1].isupper() or not _phrase_opened(cur, code):
        return False
    last = cur.lines[-1].text
    if lang.get(code).paragraph_endings.get(last.rstrip(_TRAILING)[-1:]) != "preambular":
        return False
    if not short:
        return False  # lines not wrapped at a page's width: each ends its paragraph
    piece = text.strip()
    if columns(piece) >= short or not closes(piece):
        return False  # the piece set apart is a last line: it ends short, closing a clause
    # a line of the page's whole width (a paragraph's short last line ends a paragraph)
    full = columns(last.strip()) >= max(short, _PAGE_WIDE)
    return full and not _heading_line(text, after, code)


def _numbered_over_page(cur: Block, text: str, code: str | None, after: str | None) -> bool:
    """A numbered paragraph goes on over a page break with a line of the page's width that
    opens nothing (no number, label or leading phrase: checked before) and is no heading,
    even after a semicolon: an operative paragraph that lists documents ("...XIV.A of the
    Statute”;" / page break / "GC(69)/DEC/11, entitled ..."). A paragraph of the operative
    part opens with its number."""
    first = cur.lines[0].text
    numbered = _may_be_numbered(first) and bool(NUMBERED.match(first) or NUMBER_ONLY.match(first))
    if code is None or not numbered or columns(text.strip()) < _FULL_LINE:
        return False
    return not _heading_line(text, after, code) and not _NUMBERED_TITLE.match(text)


def _continues_after_break(
    cur: Block,
    text: str,
    code: str | None,
    breaks: tuple[bool, bool],
    short: int,
    after: str | None = None,
) -> bool:
    """:func:`_continues` after a blank line or a page break (``breaks``; ``after``: the next
    line's text)."""
    gap, page_break = breaks
    first = text.lstrip()[:1]
    last = cur.lines[-1].text
    if opens(text, code):
        return False
    if cur.closed and _stance_opens(text, after, code):
        return False  # "对…表示遗憾，" over a page break: a paragraph named by its object first
    if _stray_piece(text, code) or (gap and _numbered_comma(cur, code, labels=True)):
        return True
    if gap and _phrase_comma(cur, text, code, short, after):
        return True
    if page_break and _numbered_over_page(cur, text, code, after):
        return True
    if first.isupper() and cur.closed:
        return False
    if page_break:  # a capital opened (a script without case: only a leading phrase)
        return True
    whole = cur.text
    # a blank line inside a paragraph (pdfminer splits its text boxes so): the line before
    # ran to the margin and closes nothing; the next goes on whatever its case ("East,")
    # (where the text's width is not known, a line of a page's width: a title or a masthead
    # line of 60-odd columns closes nothing either, and a blank line ends it)
    full = columns(last.strip()) >= (short or _PAGE_WIDE)
    if cur.frame:  # a letter's heading closes nothing but ends there
        return False
    if closes(whole):
        return False
    if _NUMBERED_TITLE.match(whole) or _NUMBERED_TITLE.match(text):
        return False  # "79/401. Appointment of ...": a title starts, and ends, its block
    if opens(cur.lines[0].text, code):
        return True  # a paragraph opened by its number or leading phrase runs to its end
    heading = len(cur.lines) == 1 and columns(whole.strip()) < _FULL_LINE
    return full or len(whole) >= _LONG_BLOCK or not (heading or first.isupper())


def _continues(
    cur: Block,
    text: str,
    code: str | None,
    breaks: tuple[bool, bool],
    frame: tuple[bool, bool],
    shape: Shape,
    after: str | None = None,
) -> bool:
    """Whether line ``text`` continues block ``cur`` rather than starting a new one
    (``breaks``: a blank line, a page break before it; ``after``: the next line's text)."""
    gap, page_break = breaks
    short = shape.short
    last = cur.lines[-1].text
    if len(cur.lines) == 1 and (NUMBER_ONLY.match(last) or LABEL_ONLY.match(last)):
        return True
    if frame[0] or cur.frame_end:
        return False
    if section_number(text, code) and (cur.closed or gap or page_break):
        return False  # "二" after the last paragraph of the section before
    if _section_number_block(cur, code):
        return False  # the section's title under its number, whatever its first word
    if cur.section_title and not cur.closed and opens(text, code):
        return False  # the section's first paragraph, under a title of two lines
    if _one_line_paragraphs(last, text):
        return False
    first = text.lstrip()[:1]
    if page_break or gap:
        return _continues_after_break(cur, text, code, breaks, short, after)
    if shape.separated:  # without a blank line before it, only a number or a label opens
        return not (cur.closed and _numbered_opens(text))
    if shape.one_a_line:  # a line that follows a closed one is a paragraph, whatever its case
        if _whole_paragraph_before(last, text, code):
            return False
        return not cur.closed and columns(last.strip()) > _HEADING_COLUMNS
    indent = _by_indent(cur, text, code, shape)
    if indent is not None:
        return indent
    if cur.closed and _heading_line(text, after, code):
        return False  # "Social aspects" between two paragraphs, over "Noting ..."
    if (
        len(cur.lines) == 1
        and _heading_block(cur)
        and opens(text, code)
        and not opens(cur.lines[0].text, code)
    ):
        return False  # "Social aspects" (a paragraph opened by its phrase is no heading)
    if cur.closed and _numbered_comma(cur, code) and not _numbered_opens(text):
        # "1. 重申...作用，" / "并呼吁...": an operative paragraph goes on at a comma, also after
        # a line that ends short of the margin (pdfminer cuts a justified line in two)
        return True
    if (
        cur.closed
        and not last.startswith(" ")  # the tail of a line cut at a footnote call
        and not _tail_after_call(cur, short)
        and columns(last.rstrip()) < short <= columns(text.rstrip())
        and first.isalpha()
        and not first.islower()
    ):
        return False  # the line before ended short of the margin: a paragraph ended there
    if cur.closed and _stance_opens(text, after, code) and not _goes_on(cur, text, code):
        return False  # "…，" / "对…深感不安，": a preambular paragraph opened by its object
    return not (cur.closed and opens(text, code)) or _goes_on(cur, text, code)


def _whole_paragraph_before(last: str, text: str, code: str | None) -> bool:
    """In text a paragraph a line, a line wider than a page is a whole paragraph: the next line
    opens one when it opens like a paragraph (a number, a label, a leading phrase), though the
    line before lost its final comma ("... of 23 December 2000" / "Noting with appreciation
    ..."). A wrapped line (OCR text mixes them) is never that wide."""
    return unwrapped(last) and opens(text, code)


def _stance_opens(text: str, after: str | None, code: str | None) -> bool:
    """Whether a line opens a paragraph that names its object before its verb of stance (the
    language's ``stance_opening``: Chinese "对…深感不安，"), read with the next line, where the
    verb may stand ("对…进展甚微表" / "示遗憾和关切，")."""
    if code is None or not lang.get(code).stance_opening:
        return False
    joined = text.strip() + (after or "").strip()
    return re.match(lang.get(code).stance_opening, joined) is not None


def _by_indent(cur: Block, text: str, code: str | None, shape: Shape) -> bool | None:
    """In a text that indents its paragraphs' first lines, written in a script without capitals
    (Chinese, Arabic, Russian's lower-case participles): an indented line after a closed or a
    short one opens a paragraph, whatever its first words ("对…表示关切，"); a line not indented that opens
    with a leading phrase goes on with the paragraph ("…，" / "强调指出需要…"). None: the indent
    does not decide."""
    if not shape.indented or code is None or lang.get(code).capitalized_paragraphs:
        return None
    if _indented(text):  # after a closed line, or a short one (a heading: "二")
        short = columns(cur.lines[-1].text.strip()) < shape.short
        return False if cur.closed or short else None
    return True if not _numbered_opens(text) else None


def _goes_on(cur: Block, text: str, code: str | None) -> bool:
    """Whether a line that opens like a paragraph goes on with ``cur`` all the same: only a
    number or a label opens a paragraph inside a numbered one ("5. Notes also that ...," then
    "underlines ..." or 强调 at a line's start, as Russian and Chinese join a second ask by a
    comma), after a joining word at the line's end ("..., и" then "подчеркивая"), or before one
    at the line's start (并 "and also" in Chinese); the closing meeting line still ends it."""
    if _numbered_opens(text) or code is None:
        return False
    if lang.get(code).pattern("meeting").match(text.strip()):
        return False
    words = cur.lines[-1].text.split()
    if len(words) > 1 and words[-1].casefold() in _JOINERS:
        return True
    if text.lstrip().startswith(lang.get(code).joining_prefixes):
        return True
    first = cur.lines[0].text
    if cur.number is not None or bool(_may_be_numbered(first) and NUMBERED.match(first)):
        return True
    return _clause_item(first, text, code)


def _clause_item(first: str, text: str, code: str) -> bool:
    """An item of a list that is a sentence of its own, opened by a stance and going on with
    its ask ("b) принимая во внимание статью 33 1) Устава ...," / "предлагает также
    государствам-членам ..."): the ask at a line's start goes on with the item."""
    label = SUBLABEL.match(first) if _may_be_numbered(first) else None
    if label is None:
        return False
    stance = leading_phrase(first[label.end() :].lstrip(), code)
    ask = leading_phrase(text.lstrip(), code)
    return (
        stance is not None
        and stance.kind == "preambular"
        and ask is not None
        and ask.kind == "operative"
    )
