"""The masthead: symbol, distribution, dates, languages, session, agenda items, title.

UN documents open with a block of short lines before the text proper. Arabic, Chinese and other
versions often keep parts of it in English (the seed's "Distr.: General / 11 August 2009 / Arabic /
Original: Russian"), so every pattern is tried in the document's language and in English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mandata import lang
from mandata.lang import ordinals
from mandata.normalize import Line
from mandata.normalize.join import join_lines
from mandata.scan.dates import parse_date
from mandata.segment.blocks import NUMBERED, next_texts, unwrapped
from mandata.segment.frame import codes, enacting_body, enacting_prefix, search
from mandata.segment.phrases import leading_phrase
from mandata.symbols import SYMBOL, find_symbols, symbol_with_parts

RESOLUTION_NUMBER = re.compile(
    r"^(?P<num>(?:(?:S-|ES-)?\d{1,3}\s*/\s*\d{1,3}|\d{1,4}\s*\([IVXL]+\))(?:\s?[A-H](?![\w.]))?)"
    r"\s*(?:[.．。]|\s[-–—])?(?:\s+(?P<title>\S.*))?$"
)
_LONG_HEAD = 300
_PART = re.compile(r"^[A-H]$")
_PART_TITLED = re.compile(r"^(?P<part>[A-H])\.?\s+(?P<title>\S.{0,200})$")


@dataclass
class Masthead:
    """What the head of a document says."""

    symbol: str | None = None
    distribution: str | None = None
    date: str | None = None
    original_language: str | None = None
    session: int | None = None
    agenda_items: list[str] = field(default_factory=list)
    title: str | None = None
    adopted: str | None = None
    adopted_by: str | None = None
    meeting: str | None = None
    sc_heading: bool = False
    drafts: list[str] = field(default_factory=list)
    resolution_number: str | None = None
    draft: bool = False
    decision: bool = False
    part: str | None = None
    request_item: bool = False
    parts: list[str] = field(default_factory=list)  # "A/RES/77/256 A-B": ["A", "B"]


def body_start(lines: list[Line], code: str | None) -> int:
    """Index of the first line of the text proper: an enacting formula, a letter's heading, an
    annex heading, a numbered or long paragraph, or a paragraph opening with a known phrase."""
    following = next_texts(lines)
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if not text or text == "\f" or _adoption_follows(lines, i, code):
            continue
        if len(text) > _LONG_HEAD or (NUMBERED.match(text) and len(text) > 40):
            return i
        if unwrapped(text) and not text[0].islower() and text.endswith((".", "。")):
            return i  # a paragraph on one line, wider than a page prints
        if ln.starts and _laid_out_sentence(lines, i):
            return i  # a PDF's paragraph (by its layout) that is a whole sentence
        if (
            len(text) > 15
            and text.endswith((".", ":", "。", "："))
            and not SYMBOL.search(text[-12:])
            and not _masthead_run_on(text, following[i], code)
        ):
            return i  # a sentence: amendments and one-sentence decisions have no formula
        if enacting_body(text, code, following[i]) or search("letter", text, code):
            return i
        if enacting_prefix(text, code):
            return i
        if search("annex", text, code):
            return i
        phrase = leading_phrase(text, code) if code is not None and len(text) > 60 else None
        if phrase is not None and phrase.kind == "preambular":
            return i
    return len(lines)


def _adoption_follows(lines: list[Line], i: int, code: str | None, ahead: int = 3) -> bool:
    """Whether one of the next few lines is the adoption line of a resolution ("Resolution
    adopted by the General Assembly on ..."): what stands before it is the masthead (an agenda
    item's title longer than a paragraph, one ending with a colon, a letter named as the item),
    not the text."""
    seen = 0
    for ln in lines[i + 1 :]:
        text = ln.text.strip()
        if not text or text == "\f":
            continue
        found = search("adopted", text, code)
        if found is not None and found.start() == 0:
            return True
        seen += 1
        if seen >= ahead:
            return False
    return False


def _masthead_run_on(text: str, following: str | None, code: str | None = None) -> bool:
    """A masthead line that only looks like a sentence's end: the origin of a resolution
    wrapped after "para." ("[on the report of the Second Committee (A/78/461, para." then
    "53)]"), or an agenda item's title that runs on after a colon ("...other organizations:"
    then "cooperation between ..."; in a script without capitals, a title line that opens with
    no verb and runs on into a line that opens with none either: "... والمنظمات الأخرى:" then
    "التعاون بين الأمم المتحدة ..."; a one-sentence decision opens with its verb)."""
    if text.startswith(("[", "［")) and "]" not in text and "］" not in text:
        return True
    if not text.endswith((":", "：")):
        return False
    after = (following or "").lstrip()
    if after[:1].islower():
        return True
    if code is None or lang.get(code).capitalized_paragraphs or after[:1].isupper():
        return False
    return not after[:1].isdigit() and not any(leading_phrase(line, code) for line in (text, after))


def _laid_out_sentence(lines: list[Line], i: int) -> bool:
    """The paragraph that the page layout starts at line ``i`` runs over several lines and
    ends a sentence: an amendment or a one-sentence text, not a masthead field."""
    texts = [lines[i].text.strip()]
    for ln in lines[i + 1 :]:
        if ln.starts or ln.blank or ln.text == "\f":
            break
        texts.append(ln.text.strip())
    return len(texts) > 1 and len(" ".join(texts)) > 80 and texts[-1].endswith((".", "。"))


def parse_masthead(lines: list[Line], code: str | None) -> Masthead:
    """Read the masthead from the lines before the text proper.

    Lines are classified one by one (PDF text often has no blank line between masthead lines);
    blank lines and known fields end runs of unclassified lines, and the title is the run after
    the resolution number, after the sponsors' "draft resolution" line or the request for an item,
    else the last run.
    """
    head = Masthead()
    reader = _HeadReader(head, code)
    group: list[str] = []
    for ln in lines:
        if ln.blank or ln.text == "\f":
            reader.read_block(group)
            group = []
        else:
            group.extend(split_columns(ln.text))
    reader.read_block(group)
    reader.flush()
    if head.title is None:
        head.title = reader.title()
    if head.parts and head.part is None:
        _first_part(head, lines)
    if head.sc_heading:
        _sc_symbol(head)
    return head


def _first_part(head: Masthead, lines: list[Line]) -> None:
    """The heading of the first part of "A/RES/77/264 A-C" as the last line before the enacting
    formula ("A Budget appropriations for 2023"): its letter, out of the title."""
    last = next((ln.text.strip() for ln in reversed(lines) if ln.text.strip()), "")
    titled = _PART_TITLED.match(last)
    if titled is None or titled["part"] not in head.parts:
        return
    head.part = titled["part"]
    if head.title and head.title.endswith(last) and head.title != last:
        head.title = head.title[: -len(last)].strip()


def _sc_symbol(head: Masthead) -> None:
    """A Security Council resolution read from its heading ("Resolution 699 (1991)"): its symbol
    (the year taken from its date where the heading prints none) and its adoption date (the
    date it is dated, where no adoption line gives one)."""
    head.adopted = head.adopted or head.date
    number = head.resolution_number or ""
    if number.isdigit():
        year = (head.adopted or "")[:4]
        if not year:
            head.resolution_number = None
            return
        number = head.resolution_number = f"{number} ({year})"
    head.symbol = head.symbol or f"S/RES/{number}"


def sc_adoption(text: str, code: str | None) -> tuple[str | None, str | None] | None:
    """(ISO date, meeting as printed) of a Security Council adoption line ("Adopted by the
    Security Council at its 5282nd meeting, on 17 October 2005", "Adopted unanimously at the
    2994th meeting."; either may be None: "Adopted without vote."), or None."""
    for c in codes(code):
        found = lang.get(c).pattern("sc_adoption").search(text.strip())
        if not found:
            continue
        groups = found.groupdict()
        date, meeting = groups.get("date") or groups.get("date2"), groups.get("meeting")
        meeting = _LINE_HYPHEN.sub("", " ".join(meeting.split())) if meeting else None
        return (parse_date(date, c) if date else None), meeting
    return None


# A hyphen left inside a word by a line break ("meet-ing").
_LINE_HYPHEN = re.compile(r"(?<=[^\W\d_])-\s?(?=[^\W\d_])")


_COLUMN_BREAK = re.compile(r"\s{2,}|(?<=\S)\s(?=Distr\b)|(?<=Nations)\s(?=[AES]/)")


def split_columns(text: str) -> list[str]:
    """A masthead line that PDF extraction merged from two columns ("United Nations A/80/L.1",
    "General Assembly Distr.: Limited") into its pieces."""
    text = text.strip()
    if not text or len(text) > 80:
        return [text]
    return [piece for piece in _COLUMN_BREAK.split(text) if piece]


@dataclass
class _HeadReader:
    """Line-by-line state of the masthead parse."""

    head: Masthead
    code: str | None
    runs: list[str] = field(default_factory=list)
    current: list[str] = field(default_factory=list)
    title_after: int | None = None
    absorb: str | None = None
    used_next: bool = False

    def flush(self) -> None:
        if self.current:
            text = join_lines(self.current)
            if self.absorb == "title":
                self.head.title = f"{self.head.title} {text}" if self.head.title else text
            elif self.absorb != "agenda":
                self.runs.append(text)
            self.current = []
        self.absorb = None

    def read_block(self, lines: list[str]) -> None:
        self.flush()
        k = 0
        while k < len(lines):
            used = self._classify(lines, k)
            if used == 0:
                self.current.append(lines[k])
                k += 1
            else:
                k += used

    def _classify(self, lines: list[str], k: int) -> int:
        """How many lines from ``k`` on are a known masthead field (0: none)."""
        text, head, code = lines[k], self.head, self.code
        nxt = f"{text} {lines[k + 1]}" if k + 1 < len(lines) else text
        if self._sc_resolution(text) or self._sc_adoption(text, nxt):
            return self._mark(2 if self.used_next else 1)
        one = search("adopted", text, code)
        adopted = one if one and one["date"] else search("adopted", nxt, code)
        if adopted and adopted["date"] and adopted.start() == 0:
            head.adopted = parse_date(adopted["date"], code or "en")
            head.adopted_by = adopted["body"]
            return self._mark(1 if adopted is one else 2)
        if text.startswith(("[", "［", "(")) and search("drafts", text, code):
            close = "]" if text[0] in "[［" else ")"
            used = next((j - k + 1 for j in range(k, len(lines)) if close in lines[j]), 1)
            head.drafts = find_symbols(join_lines(lines[k : k + used]))
            return self._mark(used)
        number = RESOLUTION_NUMBER.match(text)
        if number and head.resolution_number is None:
            head.resolution_number = re.sub(r"\s*/\s*", "/", number["num"])
            head.title = number["title"]
            self._mark(1)
            self.absorb = "title"
            return 1
        if search("request_item", text, code) or (
            search("draft_resolution", text, code) and len(text) < 400
        ):
            head.request_item = head.request_item or bool(search("request_item", text, code))
            head.draft = head.draft or not head.request_item
            head.decision = head.decision or bool(search("draft_decision", text, code))
            self._mark(1)
            self.title_after = len(self.runs)
            return 1
        if _PART.match(text) and head.part is None:
            head.part = text
            return self._mark(1)
        kind = _classify_line(text, code, head)
        if kind is None:
            return 0
        self._mark(1)
        if kind == "agenda":
            self.absorb = "agenda"
        return 1

    def _sc_resolution(self, text: str) -> bool:
        """ "Resolution 699 (1991)" heads a Security Council resolution: its symbol, and its date
        (on that line or the next) is the date of its adoption."""
        found = search("sc_resolution", text, self.code)
        if not found or self.head.resolution_number is not None:
            return False
        groups = found.groupdict()
        number = str(groups["num"] or groups.get("num2"))
        year = groups["year"] or groups.get("year2")
        if groups.get("date"):
            self.head.adopted = self.head.adopted or parse_date(groups["date"], self.code or "en")
        self.head.resolution_number = f"{int(number)} ({year})" if year else str(int(number))
        self.head.sc_heading = True
        self.used_next = False
        return True

    def _sc_adoption(self, text: str, nxt: str) -> bool:
        """The adoption line of a Security Council resolution, on one line or two."""
        self.used_next = False
        found = sc_adoption(text, self.code)
        if nxt != text and (found is None or found[0] is None):
            joined = sc_adoption(nxt, self.code)
            if joined is not None and joined[0] is not None:
                found, self.used_next = joined, True
        if found is None or found == (None, None):
            return False
        self.head.adopted = found[0] or self.head.adopted
        self.head.meeting = found[1] or self.head.meeting
        return True

    def _mark(self, used: int) -> int:
        """A known field ends the current run of unclassified lines."""
        self.flush()
        return used

    def title(self) -> str | None:
        if self.title_after is not None and self.title_after < len(self.runs):
            return self.runs[self.title_after]
        if len(self.runs) >= 2 and search("report_of", self.runs[-1], self.code):
            return self.runs[-2]  # "Cooperation between ..." over "Report of the Secretary-General"
        return self.runs[-1] if self.runs else None


def _classify_line(text: str, code: str | None, head: Masthead) -> str | None:
    """Fill ``head`` from one masthead line; returns what the line was, or None."""
    if not text:
        return "blank"
    if head.symbol is None and SYMBOL.fullmatch(text):
        head.symbol = text
        return "symbol"
    parted = symbol_with_parts(text) if head.symbol is None else None
    if parted is not None:  # "A/RES/77/256 A-B": a resolution in parts
        head.symbol, head.parts = parted
        return "symbol"
    found = search("distribution", text, code)
    if found:
        head.distribution = _distribution(found["value"])
        return "distribution"
    found = search("original", text, code)
    if found:
        head.original_language = _language_name(found["value"], code)
        return "original"
    if _language_name(text, code):
        return "language"
    if head.date is None and len(text) < 40:
        date = parse_date(text, code or "en")
        if date:
            head.date = date
            return "date"
    found = search("session", text, code)
    if found and head.session is None:
        session = _ordinal(found["ordinal"], code)
        if session:
            head.session = session
            return "session"
    found = search("agenda_item", text, code)
    if found:
        head.agenda_items = _agenda_items(found["value"], code)
        return "agenda"
    return None


def _distribution(value: str) -> str:
    folded = value.casefold()
    for key, words in (
        ("limited", ("limited", "limitée", "limitada", "ограниченное", "محدود", "限制")),
        ("restricted", ("restricted", "restreinte", "reservada", "исключительно", "سري", "内部")),
    ):
        if any(w in folded for w in words):
            return key
    return "general"


def _language_name(text: str, code: str | None) -> str | None:
    word = text.strip().strip(".:").casefold()
    for c in codes(code):
        names = lang.get(c).language_names
        if word in names:
            return names[word]
    return None


def _ordinal(text: str, code: str | None) -> int | None:
    key = " ".join(text.casefold().split())
    for c in codes(code):
        value = ordinals.read(key, c)
        if value is not None:
            return value
    return int(key) if key.isdigit() else None


def _agenda_items(value: str, code: str | None) -> list[str]:
    """ "125 (t)", "11 and 125", "125 t)", "125 (ر)" -> ["125 (t)"], ["11", "125"], ["125 (t)"]."""
    letters: dict[str, str] = {}
    for c in codes(code):
        letters.update(lang.get(c).subitem_letters)
    items = re.findall(r"(\d{1,3})(?:\s*\(?\s*([a-z]{1,2}|[\u0621-\u064a]{1,2})\s*\))?", value)
    return [f"{n} ({letters.get(s, s)})" if s else n for n, s in items]
