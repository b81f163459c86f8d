"""What a paragraph cites, in canonical form.

Numbers are found first, the same in every language: ``59/50`` (a General Assembly resolution, or
a decision when the words before it say so), ``1631 (2005)`` (a Security Council resolution),
``3380 (XXX)`` (an old General Assembly resolution), ``S-30/1`` and ``ES-10/24`` (special and
emergency special sessions), and document symbols (``A/79/302-S/2024/600`` gives both documents,
``A/64/L.45 and Add.1`` both). The words before a number (``ANALYSIS["resolution_word"]`` and the
like) say what it is. A date right after a citation ("of 2 December 2004", Chinese: right before)
is the date of that citation, so a list "64/256 of 2 March 2010, 65/122 of 13 December 2010" gives
each item its own date.

Arabic texts converted long ago print "٥٠/٥٩" for resolution 59/50, and sometimes reverse digit
strings: with a date, the reading whose session fits the date wins (session N runs from
September of 1945 + N to September of the next year).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from functools import cache

from mandata import lang
from mandata.analyze.organs import Organ, organ_after, organ_near
from mandata.model import Reference
from mandata.scan.dates import all_dates
from mandata.scan.needles import may_match
from mandata.symbols import SYMBOL, find_symbols

# Arabic prints the special sessions' prefixes in its letters ("دإ-19/2", "دإط-10/24") and the
# parts of a resolution by the names of its letters ("56/210 باء")
GA_NUMBER = re.compile(
    r"(?<![A-Za-z0-9_/.-])(?P<special>(?:ES|S)[-‑]|دإط\s?-\s?|دإ\s?-\s?)?"
    r"(?P<a>\d{1,3})\s?/\s?(?P<b>\d{1,3})"
    r"(?:\s?(?P<part>[A-ZАВСЕН])(?![A-Za-zА-Яа-я])|\s(?P<arabic_part>ألف|باء|جيم|دال|هاء|واو|زاي|حاء)(?!\w))?"
    # "70/1." ends a note; "57/284 A-B": a hyphen before a part letter
    r"(?![A-Za-z0-9_/]|-(?![A-HАВСЕН](?![A-Za-z]))|\.[A-Za-z0-9])"
)
_ARABIC_PARTS = dict(
    zip(["ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء"], "ABCDEFGH", strict=True)
)
# Russian texts print some parts in the Cyrillic letters that look like them ("43/78 Н")
_CYRILLIC_PARTS = str.maketrans("АВСЕН", "ABCEH")
# "2118 (2013)"; not "Beijing+10 (2005)", a conference's review
SC_NUMBER = re.compile(r"(?<![A-Za-z0-9_/.+-])(?P<n>\d{1,4})\s?\((?P<year>19[4-9]\d|20\d\d)\)")
# "2018/14": a resolution or decision of the Economic and Social Council (a year, a number)
YEAR_NUMBER = re.compile(
    r"(?<![A-Za-z0-9_/.-])(?P<a>(?:19[4-9]|20\d)\d)\s?/\s?(?P<b>\d{1,3})"
    r"(?![A-Za-z0-9_/-]|\.[A-Za-z0-9])"
)
OLD_GA = re.compile(  # the part as a Latin letter or as Arabic names it: "217 ألف (د-3)"
    r"(?<![A-Za-z0-9_/.-])(?P<n>\d{1,4})(?:\s?(?P<part>[A-H]|" + "|".join(_ARABIC_PARTS) + r"))?\s?"
    r"\((?:(?P<roman>[IVXL]{1,7})|د\s?-\s?(?P<arabic>\d{1,2}))\)"  # Arabic prints (XXX) as (د-30)
)
_DIGIT = re.compile(r"\d")
_DATE_GAP = 45
_CONTEXT = 50
_LIST_GAP = 40


@dataclass
class _Found:
    start: int
    end: int
    ref: Reference
    organ: Organ | None = None  # the organ named beside a resolution or decision number
    year_first: bool = False  # "2018/14": an Economic and Social Council number
    listed: bool = False  # the next item of a list of numbers ("64/256 ..., 65/122")
    more_parts: tuple[str, ...] = ()  # the parts after the first: "51/211 A to E" -> B, C, D, E


@cache
def _words(code: str) -> dict[str, re.Pattern[str]]:
    table = lang.get(code).analysis
    names = ("resolution_word", "decision_word", "sc_word", "hrc_word", "rule", "charter")
    return {name: re.compile(table[name], re.IGNORECASE) for name in names}


def find_references(text: str, code: str, paragraph: str | None = None) -> list[Reference]:
    """Every citation in ``text`` (language ``code``), in order, each with its own date."""
    found = _symbols(text)
    found += _numbers(text, code, _Taken([(f.start, f.end) for f in found]))
    found += _rules_and_charter(text, code)
    found.sort(key=lambda f: f.start)
    _attach_dates(text, code, found)
    refs: list[Reference] = []
    seen: set[tuple[str, str | None]] = set()
    for f in found:
        f.ref.paragraph = paragraph
        for ref in [f.ref, *_parts_of(f)]:
            key = (ref.target, ref.date)
            if key not in seen:
                seen.add(key)
                refs.append(ref)
    return refs


# the part letters after a resolution's first part: a range ("A to E", "A à E", "A a E",
# "A至E", "A‑E", "ألف إلى هاء") or a list ("A and B", "A et B", "A y B", "A и B", "A和B")
_PART_NAME = (
    r"[A-ZАВСЕН](?![A-Za-zА-Яа-я0-9/]|\.[A-Za-z0-9])|(?:" + "|".join(_ARABIC_PARTS) + r")(?!\w)"
)
_MORE_PARTS = re.compile(
    r"\s*(?P<sep>[-–‑]|,|、|至|\s(?:to|à|a|по|إلى|and|et|y|и|و)\s|和)\s*"
    rf"(?P<letter>{_PART_NAME})"
)
_RANGE = ("-", "–", "‑", "至", "to", "à", "a", "по", "إلى")


def more_parts(text: str, end: int, first: str) -> tuple[str, ...]:
    """The part letters printed after a resolution's ``first`` part, which ends at ``end``:
    ("B", "C", "D", "E") for "51/211 A to E", ("B",) for "53/243 A and B"; none when none
    follows."""
    letters: list[str] = []
    pos, last = end, first
    while m := _MORE_PARTS.match(text, pos):
        letter = _ARABIC_PARTS.get(m["letter"], m["letter"].translate(_CYRILLIC_PARTS))
        if m["sep"].strip() in _RANGE and letter > last:
            letters += [chr(c) for c in range(ord(last) + 1, ord(letter) + 1)]
        elif letter != last:
            letters.append(letter)
        pos, last = m.end(), letter
    return tuple(letters)


def _parts_of(f: _Found) -> list[Reference]:
    """The other parts a citation names ("51/211 A to E": B to E), each a resolution of its
    own, with the first part's date."""
    m = re.fullmatch(r"(?P<base>.+ )(?P<part>[A-Z])", f.ref.target)
    if not f.more_parts or m is None or f.ref.type != "ga_resolution":
        return []
    return [
        Reference(f.ref.type, f"{m['base']}{letter}", f.ref.date, text=f.ref.text)
        for letter in f.more_parts
        if letter != m["part"]
    ]


def _symbols(text: str) -> list[_Found]:
    out: list[_Found] = []
    if "/" not in text:  # every symbol has one: no need to scan
        return out
    for m in SYMBOL.finditer(text):
        full = m["symbol"]
        tail = text[m.end() : _word_end(text, m.end() + 40)]
        joined = find_symbols(full + tail)
        printed = m.group(0)
        # "A/70/95-S/2015/446" (a hyphen or a non-breaking one): one document
        if out and text[out[-1].end : m.start()] in ("-", "\u2011"):
            printed = out[-1].ref.text = f"{out[-1].ref.text}-{printed}"
        for part in _split_joint(joined, full):
            ref = Reference(_symbol_type(part), _canonical(part), text=printed)
            out.append(_Found(m.start(), m.end(), ref))
    return out


def _word_end(text: str, end: int) -> int:
    """``end``, moved on to the end of the word it cuts: a symbol cut there ("A/69/53/Add.1/C"
    of "…/Corr.1") is not another symbol."""
    while end < len(text) and not text[end].isspace():
        end += 1
    return end


def _split_joint(symbols: list[str], first: str) -> list[str]:
    """ "A/79/302-S/2024/600" -> both; keep the addenda that follow the first symbol."""
    parts = first.split("-S/")
    out = [parts[0]] + [f"S/{p}" for p in parts[1:]]
    out += [s for s in symbols if s.startswith(first + "/")]
    return out


def _symbol_type(symbol: str) -> str:
    if re.match(r"^A/RES/", symbol):
        return "ga_resolution"
    if re.match(r"^S/RES/", symbol):
        return "sc_resolution"
    for pattern, kind in _SYMBOL_TYPES:
        if pattern.match(symbol):
            return kind
    return "document"


_SYMBOL_TYPES = (
    (re.compile(r"^A/DEC/"), "ga_decision"),
    (re.compile(r"^A/HRC/RES/"), "hrc_resolution"),
    (re.compile(r"^A/HRC/DEC/"), "hrc_decision"),
    (re.compile(r"^E/RES/"), "ecosoc_resolution"),
    (re.compile(r"^E/DEC/"), "ecosoc_decision"),
    (re.compile(r"^UNEP/EA\.\d+/RES\."), "unea_resolution"),
    (re.compile(r"^[EA]/[A-Z.0-9]+/(?:RES|DEC)/"), "other_resolution"),
)


def _canonical(symbol: str) -> str:
    """A symbol as the UN writes it: single spaces, plain hyphens ("A/ES\u201110/273" printed with
    a non-breaking one is A/ES-10/273), its qualifier after a space ("A/77/6 (Sect. 26)")."""
    symbol = re.sub(r"\s*\(\s*", " (", symbol.strip().replace("\u2011", "-"))
    return re.sub(r"\s+", " ", symbol)


class _Taken:
    """The spans already cited, sorted: whether a span lies inside one of them is a bisection
    among the few that start close enough, not a scan (a paragraph citing thousands of
    documents stays linear)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.widest = max((b - a for a, b in spans), default=0)

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))
        self.widest = max(self.widest, end - start)

    def covers(self, start: int, end: int) -> bool:
        lo = bisect_left(self.spans, (start - self.widest, -1))
        hi = bisect_right(self.spans, (start, end + self.widest + 1))
        return any(a <= start and end <= b for a, b in self.spans[lo:hi])


def _numbers(text: str, code: str, taken: _Taken) -> list[_Found]:
    """Resolution and decision numbers outside symbols, typed by the words around them."""
    words = _words(code)
    out: list[_Found] = []
    # what every number has, looked for first: most paragraphs cite none
    if not _DIGIT.search(text):
        return out
    bracket, slash = "(" in text, "/" in text
    for m in SC_NUMBER.finditer(text) if bracket else ():
        if not taken.covers(m.start(), m.end()) and not _not_sc(text, m, code):
            target = f"S/RES/{int(m['n'])} ({m['year']})"
            out.append(
                _Found(m.start(), m.end(), Reference("sc_resolution", target, text=m.group(0)))
            )
            taken.add(m.start(), m.end())
    old = []
    for m in OLD_GA.finditer(text) if bracket else ():
        if not taken.covers(m.start(), m.end()):
            # the symbol of the document: "217 A (III)" is part A of A/RES/217 (III)
            target = f"A/RES/{int(m['n'])} ({m['roman'] or _roman(int(m['arabic']))})"
            old.append(
                _Found(m.start(), m.end(), Reference("ga_resolution", target, text=m.group(0)))
            )
            taken.add(m.start(), m.end())
    out += old
    if not slash:  # "59/50" and "2018/14" have one
        return out
    numbered = _ga_numbers(text, code, words, taken, old)
    for f in numbered:
        taken.add(f.start, f.end)
    return out + numbered + _ga_numbers(text, code, words, taken, [], YEAR_NUMBER)


def _not_sc(text: str, m: re.Match[str], code: str) -> bool:
    """A treaty body's text numbered like a Security Council resolution: "general
    recommendation No. 21 (1992)", "Convention No. 169 (1989)", Chinese 第21(1992)号一般性建议."""
    before = text[max(0, m.start() - 40) : m.start()]
    if _table(code)["not_sc"] and re.search(_table(code)["not_sc"], before, re.IGNORECASE):
        return True
    after = _kind_after(code).match(text, m.end()) if _table(code)["kind_after"] else None
    return bool(after and after["kind"] not in _CITATION_KINDS)


@cache
def _table(code: str) -> dict[str, str]:
    return lang.get(code).analysis


@cache
def _kind_after(code: str) -> re.Pattern[str]:
    return re.compile(_table(code)["kind_after"])


_CITATION_KINDS = ("决议", "决定")


def _ga_numbers(
    text: str,
    code: str,
    words: dict[str, re.Pattern[str]],
    taken: _Taken,
    old: list[_Found],
    pattern: re.Pattern[str] | None = None,
) -> list[_Found]:
    """The "59/50" numbers (``pattern``: "2018/14" for the Economic and Social Council's) outside
    ``taken``, typed by the words around them; the citation a list continues is the last such
    number, else the last of the ``old`` ("3380 (XXX)") numbers before it."""
    old_ends = [f.end for f in old]
    found = [m for m in (pattern or GA_NUMBER).finditer(text) if not taken.covers(*m.span())]
    out: list[_Found] = []
    last: _Found | None = None
    for k, m in enumerate(found):
        before = bisect_right(old_ends, m.start())
        previous = last or (old[before - 1] if before else None)
        kind, listed = _kind_before(text, m, code, words, previous)
        if kind is None:
            continue
        f = _Found(m.start(), m.end(), Reference(kind, "", text=m.group(0)))
        f.year_first = pattern is YEAR_NUMBER
        if m.groupdict().get("part") or m.groupdict().get("arabic_part"):
            first = (m["part"] or "").translate(_CYRILLIC_PARTS)
            first = first or _ARABIC_PARTS.get(m["arabic_part"] or "", "A")
            f.more_parts = more_parts(text, m.end(), first)
        f.listed = listed and last is not None
        nxt = found[k + 1].start() if k + 1 < len(found) else len(text)
        if f.listed and last is not None:  # the list's organ, or one named right after it
            f.organ = last.organ or organ_after(text, m.end(), code, nxt, words["resolution_word"])
        else:
            lo = previous.end if previous else 0
            citation_words = [words["resolution_word"], words["decision_word"]]
            f.organ = organ_near(text, m.start(), m.end(), code, citation_words, lo, nxt)
        out.append(f)
        last = f
    _share_organ_named_after(out)
    return out


def _share_organ_named_after(found: list[_Found]) -> None:
    """The organ named after the last number of a list is the whole list's ("les résolutions
    27/22, 32/21 et 38/6 du Conseil des droits de l'homme")."""
    for k in range(len(found) - 1, 0, -1):
        f, before = found[k], found[k - 1]
        if f.listed and f.organ and not f.organ.before and before.organ is None:
            before.organ = f.organ


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _kind_before(
    text: str,
    m: re.Match[str],
    code: str,
    words: dict[str, re.Pattern[str]],
    previous: _Found | None,
) -> tuple[str | None, bool]:
    """ "ga_resolution" or "ga_decision" from the nearest such word before a number (a list of
    numbers shares the word before its first item, the ``previous`` citation; Chinese writes it
    after the list: 第50/51号、…和第58/80号决议), None when neither word is near; and whether
    the number continues a list."""
    start = m.start()
    if _table(code)["kind_after"]:
        after = _kind_after(code).match(text, m.end())
        if after:
            if after["kind"] not in _CITATION_KINDS:
                return None, False
            decision = words["decision_word"].fullmatch(after["kind"])
            return ("ga_decision" if decision else "ga_resolution"), _listed(text, previous, start)
    between = text[previous.end : start] if previous else ""
    typed = words["resolution_word"].search(between) or words["decision_word"].search(between)
    if previous and not typed and (start - previous.end <= _LIST_GAP or _joined(between, code)):
        return _GA_KIND.get(
            previous.ref.type, "ga_resolution"
        ), True  # "64/256 of 2 March 2010, 65/122"
    window = text[max(0, start - _CONTEXT) : start]
    res = [w.end() for w in words["resolution_word"].finditer(window)]
    dec = [w.end() for w in words["decision_word"].finditer(window)]
    if not res and not dec:
        if words["resolution_word"].search(text[start : start + 40]):
            return "ga_resolution", False
        return None, False
    last_decision = (dec[-1] if dec else -1) > (res[-1] if res else -1)
    return ("ga_decision" if last_decision else "ga_resolution"), False


def _joined(between: str, code: str) -> bool:
    """Whether a number is the next item of the list before it, however long the words of the
    previous item ("77/1 of 14 December 2022 on ..., and 77/298"): joined to it by the
    language's list word, in the same sentence part."""
    joiner = _table(code)["list_joiner"]
    return (
        bool(joiner)
        and len(between) <= _LONG_LIST_GAP
        and not re.search(r"[;:؛；：]|\.\s", between)
        and re.search(joiner, between) is not None
    )


_LONG_LIST_GAP = 400


def _listed(text: str, previous: _Found | None, start: int) -> bool:
    """Whether a Chinese number continues the list the ``previous`` citation opened (its date
    between them: 第50/51号、1996年12月17日第51/208号)."""
    if previous is None:
        return False
    gap = text[previous.end : start]
    return len(gap) <= _LIST_GAP and not re.search(r"[；。]|决议|决定", gap)


# the kind of citation a list goes on with, whatever organ its first item named
_GA_KIND = {
    f"{organ}_{kind}": f"ga_{kind}"
    for organ in ("ga", "hrc", "ecosoc", "unea", "other")
    for kind in ("resolution", "decision")
}


def _rules_and_charter(text: str, code: str) -> list[_Found]:
    words = _words(code)
    out: list[_Found] = []
    # a rule is cited by its number (group ``num``, digits): a text without digits cites none
    rules = _DIGIT.search(text) and may_match(words["rule"], text)
    for m in words["rule"].finditer(text) if rules else ():
        numbers = [m["num"], *re.findall(r"\d{1,3}", m["more"] or "")]
        for n in numbers:
            ref = Reference("rule_of_procedure", f"rule {int(n)}", text=m.group(0))
            out.append(_Found(m.start(), m.end(), ref))
    for m in words["charter"].finditer(text) if may_match(words["charter"], text) else ():
        ref = Reference("charter", "Charter of the United Nations", text=m.group(0))
        out.append(_Found(m.start(), m.end(), ref))
    return out


def _attach_dates(text: str, code: str, found: list[_Found]) -> None:
    """Give each citation the date written right after it (or right before, in Chinese), then
    settle the numbers of General Assembly resolutions and decisions with that date."""
    if not found:
        return
    dates = sorted((m.start(), m.end(), d) for m, d in all_dates(text, code))
    starts = [d[0] for d in dates]
    settled: _Found | None = None  # the last resolution or decision number settled
    for k, f in enumerate(found):
        nxt = found[k + 1].start if k + 1 < len(found) else len(text)
        first = bisect_left(starts, f.end)
        after = dates[first : first + 1]
        after = [d for d in after if d[0] <= f.end + _DATE_GAP and d[0] < nxt]
        prev = found[k - 1].end if k else 0
        lo, hi = bisect_left(starts, prev), bisect_left(starts, f.start)
        before = _date_written_before(text, code, dates, range(hi - 1, lo - 1, -1), f.start)
        if _table(code)["date_before_citation"]:
            after = []  # Chinese: a date after a citation is the next one's
        near = [(d[0] - f.end, d) for d in after] + [(f.start - d[1], d) for d in before]
        chosen = min(near, key=lambda x: x[0])[1] if near else None
        date = chosen[2] if chosen else None
        if f.ref.type in ("ga_resolution", "ga_decision") and not f.ref.target:
            _settle(f, date, code, _list_organ(f, settled))
            settled = f
        if date is not None and f.ref.type != "charter":
            f.ref.date = date.isoformat()


_Dated = tuple[int, int, dt.date]


def _date_written_before(
    text: str, code: str, dates: list[_Dated], backwards: range, start: int
) -> list[_Dated]:
    """The first of ``dates`` at the indices ``backwards`` (those between the previous citation
    and this one, last first) that ends before ``start`` and is the date of the citation there
    (Chinese: 2004年12月2日第59/50号决议, 2015年9月25日题为“…”的第70/1号决议), in a list, or none."""
    for i in backwards:
        d = dates[i]
        if d[1] <= start and _date_before(text[d[1] : start], code):
            return [d]
    return []


def _date_before(between: str, code: str) -> bool:
    """Whether a date written before a citation is its date: right before it, or, in the
    languages that write the date first, within the same clause."""
    if between.strip() in ("", "第"):
        return True
    table = lang.get(code).analysis
    same_clause = len(between) <= 80 and not re.search(r"[；;。]", between)
    return bool(table["date_before_citation"]) and same_clause


def _list_organ(f: _Found, settled: _Found | None) -> str | None:
    """The organ a number inherits from the list it continues: that of the item before it when
    that one was settled as another organ's ("Council resolutions 50/3 of 7 July 2022, 47/1 of
    12 July 2021": the first item's date fits no session of the Assembly, so neither does the
    list), None otherwise."""
    if not f.listed or f.organ is not None or settled is None:
        return None
    organ = settled.ref.type.rsplit("_", 1)[0]
    return None if organ == "ga" else organ


def _settle(f: _Found, date: dt.date | None, code: str, inherited: str | None = None) -> None:
    """The organ, type and target of a resolution or decision number. A General Assembly
    number is one unless another organ is named before it, or after it when its date fits no
    session of the Assembly (a date that fits none names another organ, named or not), or the
    list it continues is another organ's (``inherited``), or its session is one that numbered
    its resolutions the old way ("3380 (XXX)": a "5/14" is another organ's)."""
    kind = "decision" if f.ref.type == "ga_decision" else "resolution"
    if f.year_first:
        _settle_year_first(f, kind)
        return
    m = GA_NUMBER.fullmatch(f.ref.text or "")
    assert m is not None
    reordered = bool(_table(code)["reordered_numbers"]) and not inherited and not m["special"]
    order = _order(m["a"], m["b"], date, reordered)
    organ = f.organ.key if f.organ else inherited
    if organ and (organ == "other" or not f.organ or not f.organ.before) and order and date:
        organ = "ga"  # "resolution 60/251 of 15 March 2006 ... Human Rights Council"
    if organ in (None, "ga") and order is None and not m["special"]:
        organ = "other"  # "the Environment Assembly ... in its resolution 5/14 of 2 March 2022"
    if (
        organ in (None, "ga")
        and kind == "resolution"
        and not m["special"]
        and (order or (0, 0))[0] < FIRST_NUMBERED_SESSION
    ):
        organ = "other"  # "Conference resolution 9/4", "resolution 5/3 of 29 November 2013"
    session, number = order or (int(m["a"]), int(m["b"]))
    if organ in (None, "ga"):
        special = _special(m["special"])
        letter = (m["part"] or "").translate(_CYRILLIC_PARTS) or _ARABIC_PARTS.get(
            m["arabic_part"] or ""
        )
        part = f" {letter}" if letter else ""
        prefix = "A/DEC" if kind == "decision" else "A/RES"
        f.ref.target = f"{prefix}/{special}{session}/{number}{part}"
    elif organ == "hrc":  # its special sessions too: A/HRC/RES/S-30/1
        special = _special(m["special"])
        f.ref.target = f"A/HRC/{kind[:3].upper()}/{special}{int(m['a'])}/{int(m['b'])}"
    elif organ == "unea":
        f.ref.target = f"UNEP/EA.{int(m['a'])}/{kind[:3].upper()}.{int(m['b'])}"
    else:
        organ = "other"
        f.ref.target = f"{kind} {_special(m['special'])}{int(m['a'])}/{int(m['b'])}"
    f.ref.type = f"{organ or 'ga'}_{kind}"


def _special(prefix: str | None) -> str:
    """ "S-" or "ES-" (a special or emergency special session), as the prefix was printed."""
    if not prefix:
        return ""
    bare = re.sub(r"[\s\-‑]", "", prefix)
    return "ES-" if bare in ("ES", "دإط") else "S-"


def _settle_year_first(f: _Found, kind: str) -> None:
    """ "2018/14": the Economic and Social Council's (the Commission on Human Rights' when it is
    named: E/CN.4/RES/2005/69), or another organ's when one is named."""
    m = YEAR_NUMBER.fullmatch(f.ref.text or "")
    assert m is not None
    organ = f.organ.key if f.organ else "ecosoc"
    code = kind[:3].upper()
    if organ in ("ecosoc", "ga"):
        f.ref.type, f.ref.target = f"ecosoc_{kind}", f"E/{code}/{m['a']}/{int(m['b'])}"
    elif organ == "hrc":
        f.ref.type, f.ref.target = f"other_{kind}", f"E/CN.4/{code}/{m['a']}/{int(m['b'])}"
    else:
        f.ref.type, f.ref.target = f"other_{kind}", f"{kind} {m['a']}/{int(m['b'])}"


def _order(a: str, b: str, date: dt.date | None, reordered: bool = False) -> tuple[int, int] | None:
    """Session and number: as printed unless the date says otherwise, in a language whose old
    texts print numbers ``reordered`` (Arabic "50/59" of 2 December 2004 is 59/50; digit
    strings reversed by old conversions too, where a part opens with a zero: "05/95"); None when a
    date fits no reading (the number of another organ). Digits are not read reversed otherwise:
    "27/5" of 18 May 2018 is another organ's, not 72/5 (a conversion that reversed the digits
    would have reversed the date's year too)."""
    if date is None:
        return int(a), int(b)
    candidates = [(a, b), (b, a)] if reordered else [(a, b)]
    if reordered and (a.startswith("0") or b.startswith("0")):
        candidates += [(a[::-1], b[::-1]), (b[::-1], a[::-1])]
    expected = {_session_of(date), _session_of(date) - 1}
    for s, n in candidates:
        if int(s) in expected:
            return int(s), int(n)
    near = range(_session_of(date) - _SESSION_SLACK, _session_of(date) + _SESSION_SLACK + 1)
    return (int(a), int(b)) if int(a) in near else None


# the first session of the Assembly that numbered its resolutions "31/1" (those before: "3380
# (XXX)", the session in Roman numerals)
FIRST_NUMBERED_SESSION = 31

# a date a session or two off is a slip (or a changed date: compare reports it as a date), not
# another organ's number: those are decades off ("resolution 5/14 of 2 March 2022")
_SESSION_SLACK = 2


def session_of(date: dt.date) -> int:
    """The regular session in progress on ``date`` (session N opens in September of 1945 + N)."""
    return date.year - 1945 if date.month >= 9 else date.year - 1946


_session_of = session_of
