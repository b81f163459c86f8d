"""Page furniture of UN documents: recognize it, drop it, and set the footnotes apart.

What UN PDFs print on every page besides the text, as it comes out of text extraction: a running
head repeating the symbol and the title, the page number ("2/4"), the job number
("24-21660 (E)  100925"), the barcode ("*2421660*"), "Please recycle" and its symbol, and at the
foot of a page a separator line ("__________") above the footnotes.

The strict kinds (page number, job number, barcode, recycle) are dropped wherever they stand.
Symbol lines and title fragments are dropped only inside a cluster around a page break, so that a
symbol or a title quoted in the text survives. A page break stays in the body as a line holding a
form feed, so the segmenter can rejoin a paragraph split across pages.
"""

from __future__ import annotations

import re

from mandata.normalize.join import join_lines
from mandata.normalize.lines import Line, RawFootnote
from mandata.symbols import PART_LETTERS

PAGE_NUMBER = re.compile(
    r"^\s*(?:\d{2}-\d{5}\s*(?:\([A-Z]\))?\s+)?\d{1,3}\s*/\s*\d{1,3}"
    r"(?:\s+\d{2}-\d{5}(?:\s*\([A-Z]\))?)?\s*$"
)
JOB_NUMBER = re.compile(r"^\s*\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{6})?\s*$")
BARCODE = re.compile(r"^\s*\*\d{6,}\*\s*$")
# "Please recycle" and its symbol, also as text exports damage them ("Please rec cle", a lone
# "♲").
RECYCLE = re.compile(
    r"^\s*(?:Please\s+rec\s?y?\s?cle|Merci\s+de\s+rec\s?y?\s?cler|Sírvase\s+reciclar|"
    r"Просьба\s+отправить\s+на\s+вторичную\s+переработку|يرجى\s+إعادة\s+الاستعمال|请回收|♲)\s*♲?\s*$",
    re.IGNORECASE,
)
# What some text exports leave of a footnote reference field: "0F", "1F" on a line of its own.
FIELD_CODE = re.compile(r"^\s*\d{1,3}F\s*$")
SEPARATOR = re.compile(r"^\s*_{5,}\s*$")
# "* * *" between two parts of a text: an ornament, not a paragraph nor a footnote.
ORNAMENT = re.compile(r"^\s*\*(?:\s*\*){2}\s*$")
SYMBOL_LINE = re.compile(
    r"^\s*(?:[AES]|UNEP|TD|DP|ST|CRC|CEDAW)/[\w.\-]+(?:/[\w.\-]+)*"
    r"(?:\s*-\s*S/[\w.\-]+(?:/[\w.\-]+)*)?"
    rf"(?:\s+{PART_LETTERS})?\s*$"  # the part letters of a running head: "A/RES/79/245 B"
)
SYMBOL_ANY = re.compile(
    r"(?:[AES]|ST)/[\w.\-]+(?:/[\w.\-]+)*(?:\s\(\d{4}\))?"
    rf"(?:\s+{PART_LETTERS}(?![\w/]))?"
)
FOOTNOTE_START = re.compile(
    r"^\s*(?P<marker>\(\d{1,3}\)|\d{1,3}/?|\*{1,3}|[a-z])\)?\s+(?P<text>\S.*)$"
)
# Older documents number footnotes "1/" and print them at the end, without a separator.
SLASH_NOTE = re.compile(r"^\s*\d{1,3}/\s+\S")

ASTERISK_NOTE = re.compile(r"^\s*\*{1,3}\s+\S")
FOOTNOTE_MARKER = re.compile(r"^(?:\(\d{1,3}\)|\d{1,3}|\*{1,3})$")
# a numbered paragraph of the text ("2.  Reaffirms", "2.\t重申", "2 - يعيد"): a note's marker
# takes no full stop and no dash
_TEXT_PARAGRAPH = re.compile(r"^\s*\d{1,3}(?:\.|\s+-)(?:\s|$)")

_STRICT = (PAGE_NUMBER, JOB_NUMBER, BARCODE, RECYCLE, ORNAMENT, FIELD_CODE)
_MAX_HEAD_LINES = 4
_HEAD_LINES = 30
_MAX_NOTE_LINES = 6


_STRICT_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in _STRICT), re.IGNORECASE)


def is_strict(text: str) -> bool:
    """Whether a line is furniture wherever it stands."""
    return _STRICT_ANY.match(text) is not None


def drop_furniture(
    lines: list[Line], title_hint: str | None = None
) -> tuple[list[Line], list[RawFootnote], int]:
    """Split lines into body lines and footnotes; return them and the number of pages."""
    head, first_page = _head_text(lines, title_hint)
    markers = [
        i
        for i, ln in enumerate(lines)
        if ln.text == "\f" or (ln.text.lstrip()[:1].isdigit() and _is_break_marker(lines, i))
    ]
    drop = [False] * len(lines)
    breaks: list[int] = []
    for i in markers:
        if drop[i]:
            continue
        lo, hi = _cluster(lines, i, head, first_page)
        for k in range(lo, hi + 1):
            drop[k] = True
        breaks.append(lo)
    strict = _STRICT_ANY.match  # is_strict, line by line
    for i, ln in enumerate(lines):
        if not drop[i] and ln.text and strict(ln.text) is not None:
            drop[i] = True
    _drop_stray_heads(lines, drop, first_page)
    _number_pages(lines, sorted(set(breaks)))
    _mark_trailing_notes(lines, drop)
    footnotes = _take_footnotes(lines, drop)
    body = _body_with_breaks(lines, drop, sorted(set(breaks)))
    pages = body[-1].page if body else 1
    return body, footnotes, max(pages, max((f.page for f in footnotes), default=1))


def _drop_stray_heads(lines: list[Line], drop: list[bool], first_page: int) -> None:
    """The document's own symbol on a line of its own between blank lines, after the first
    page: a running head that a text export wrote away from the page break (pdfminer.six
    places the head's text box in the middle of a page's text). A symbol the text quotes is
    not the document's own, or stands in a sentence."""
    own = next((m.group(0) for ln in lines[:first_page] if (m := SYMBOL_ANY.search(ln.text))), None)
    if own is None:
        return
    for i in range(first_page, len(lines)):
        if drop[i] or lines[i].text.strip() != own:
            continue
        before = lines[i - 1].text.strip() if i > 0 else ""
        after = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
        if before in ("", "\f") and after in ("", "\f"):
            drop[i] = True


def _is_break_marker(lines: list[Line], i: int) -> bool:
    """A form feed, a page number, or a job number not in the first page's masthead."""
    text = lines[i].text
    if text == "\f":
        return True
    if not text.lstrip()[:1].isdigit():
        return False
    if PAGE_NUMBER.match(text):
        return True
    if JOB_NUMBER.match(text):
        after = [ln.text for ln in lines[i + 1 : i + 4]]
        return not any(BARCODE.match(t) for t in after)
    return False


def _norm(text: str) -> str:
    """A line compared with the first page's text: lower case, single spaces, and no space
    beside a wide (Chinese) character, where the first page's lines were joined by one: a
    running head prints on one line a title the first page wraps ("鱼类" / "种群")."""
    return _WIDE_GAP.sub("", " ".join(text.lower().split()))


_WIDE = "\u3000-\u9fff\uff00-\uffef"
_WIDE_GAP = re.compile(rf"(?<=[{_WIDE}])\s+|\s+(?=[{_WIDE}])")


def _head_text(lines: list[Line], title_hint: str | None) -> tuple[str, int]:
    """The first page's text, where running heads take their title from, and the number of
    lines it was taken from (those lines are the first page itself, not a running head)."""
    first: list[str] = []
    end = 0
    for end, ln in enumerate(lines):  # noqa: B007 (end is used after the loop)
        if ln.text == "\f" or PAGE_NUMBER.match(ln.text) or len(first) >= _HEAD_LINES:
            break
        if ln.text.strip():
            first.append(ln.text)
    else:
        end = len(lines)
    return _norm(" ".join(first) + " " + (title_hint or "")), end


def _headish(text: str, head: str) -> bool:
    """Whether a line may be a running head's title: words of the first page's text with a word
    of three letters or more (a Chinese title is one word, whose commas "、" do not make it less of
    one), and not a sentence that opens a list ("Décide que, pour 2024 :", which the first page
    also holds)."""
    norm = _norm(text)
    if norm.endswith((":", ";")):
        return False
    words = (w.strip("()[]{},.;:“”‘’\"'«»") for w in norm.split())
    # a word of letters, hyphenated ones too ("Budget-programme de 2023")
    words = (re.sub(r"[-\u2010\u2011]", "", w) for w in words)
    return any(len(w) >= 3 and sum(map(str.isalpha, w)) >= 3 for w in words) and norm in head


def _symbol_line(text: str) -> bool:
    """A symbol alone, or with nothing but numbers beside it ("(2025–2034)   A/RES/78/314"); not
    a footnote that cites one ("14 A/77/282.", "14 A/77/282。": a full stop, which no head has)."""
    if SYMBOL_LINE.match(text):
        return True
    if text.rstrip().endswith((".", "。")):
        return False
    rest = _unsymbolled(text)
    return rest != text and not any(ch.isalpha() for ch in rest)


def _unsymbolled(text: str) -> str:
    """A running head without its symbol ("Measures to eliminate ... A/RES/78/115")."""
    return SYMBOL_ANY.sub(" ", text) if "/" in text else text


def _title_run(taken: list[str], text: str, step: int) -> str:
    """The title lines of a running head taken so far with ``text`` beside them: the head is
    one run of the first page's text, so a word of the page after it ("Recalling", which the
    first page also holds) is not taken for its next line."""
    return " ".join([*taken, text] if step > 0 else [text, *taken])


def _cluster(lines: list[Line], i: int, head: str, first_page: int) -> tuple[int, int]:
    """The run of furniture lines around break marker ``i``."""

    def grow(k: int, step: int) -> int:
        taken: list[str] = []  # the running head's title lines, in the page's order
        last = k
        k += step
        while 0 <= k < len(lines):
            text = lines[k].text
            if not text.strip() or text == "\f" or is_strict(text) or _symbol_line(text):
                last = k if text.strip() else last
            elif (
                len(taken) < _MAX_HEAD_LINES
                and k >= first_page
                and _headish(_title_run(taken, _unsymbolled(text), step), head)
            ):
                title = _unsymbolled(text)
                taken = [*taken, title] if step > 0 else [title, *taken]
                last = k
            else:
                break
            k += step
        return last

    lo, hi = grow(i, -1), grow(i, 1)
    while lo < i and not lines[lo].text.strip():
        lo += 1
    return lo, hi


def _take_footnotes(lines: list[Line], drop: list[bool]) -> list[RawFootnote]:
    """Footnotes: from a separator line to the next dropped line (the page's foot), or to a
    numbered paragraph after a blank line (a note that the text itself sets under a short rule,
    as a quoted statute does: the text goes on after it)."""
    notes: list[RawFootnote] = []
    i = 0
    while i < len(lines):
        first = lines[i].text.lstrip()[:1]
        if (
            drop[i]
            or first not in ("_", "*")
            or not (SEPARATOR.match(lines[i].text) or _bare_asterisk_note(lines, drop, i))
        ):
            i += 1
            continue
        separator = bool(SEPARATOR.match(lines[i].text))
        drop[i] = separator
        k = i + 1 if separator else i
        gap = False
        while k < len(lines) and not drop[k] and lines[k].text != "\f":
            text = lines[k].text.strip()
            if notes and _TEXT_PARAGRAPH.match(text) and (gap or _asterisks(notes)):
                break  # a note inside the text (a quoted statute's), then the text goes on
            gap = not text
            m = FOOTNOTE_START.match(text)
            if m:
                notes.append(RawFootnote(m["marker"], m["text"].strip(), lines[k].page))
            elif FOOTNOTE_MARKER.match(text):
                notes.append(RawFootnote(text, "", lines[k].page))
            elif text and notes:
                notes[-1].text = _join_note(notes[-1].text, text)
            drop[k] = True
            k += 1
        i = k
    return notes


def _asterisks(notes: list[RawFootnote]) -> bool:
    """Notes called by asterisks only: a numbered paragraph right under them, without a blank
    line, is the text going on (a page's own notes are numbered "1", "2", without a full
    stop)."""
    return all(n.marker.startswith("*") for n in notes)


def _number_pages(lines: list[Line], breaks: list[int]) -> None:
    """Set each line's page: one more after each page break found."""
    starts = [b for b in breaks if b > 0]
    k = 0
    for i, ln in enumerate(lines):
        while k < len(starts) and starts[k] <= i:
            k += 1
        ln.page = k + 1


def _mark_trailing_notes(lines: list[Line], drop: list[bool]) -> None:
    """Turn "1/ A/52/456." lines at the very end of a document into a footnote zone, by
    putting a separator line before them."""
    k = len(lines) - 1
    while k >= 0 and (lines[k].blank or drop[k]):
        k -= 1
    first = None
    while k >= 0 and (lines[k].blank or SLASH_NOTE.match(lines[k].text)):
        if SLASH_NOTE.match(lines[k].text):
            first = k
        k -= 1
    if first is not None:
        lines.insert(first, Line("__________", lines[first].start, lines[first].page))
        drop.insert(first, False)


def _bare_asterisk_note(lines: list[Line], drop: list[bool], i: int) -> bool:
    """An asterisk note ("* Any changes to the list of sponsors ...") printed without a
    separator line: it runs to the foot of the page."""
    if not ASTERISK_NOTE.match(lines[i].text):
        return False
    text_lines = 0
    for k in range(i + 1, len(lines)):
        if drop[k] or lines[k].text == "\f":
            return True
        text_lines += not lines[k].blank
        if text_lines > _MAX_NOTE_LINES:
            return False
    return True


def _body_with_breaks(lines: list[Line], drop: list[bool], breaks: list[int]) -> list[Line]:
    """Body lines with one form-feed line at each page break."""
    starts = set(breaks)
    body: list[Line] = []
    for i, ln in enumerate(lines):
        if i in starts and body:
            body.append(Line("\f", ln.start, ln.page))
        if not drop[i]:
            body.append(ln)
    return body


def _join_note(before: str, line: str) -> str:
    """A footnote's lines joined as a paragraph's are (a symbol or a number a Chinese line cuts
    stays whole: "(A/77" / "/17)")."""
    return join_lines([before, line])
