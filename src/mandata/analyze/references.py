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
from typing import cast

from mandata import lang
from mandata.analyze.dates import all_dates
from mandata.model import Reference
from mandata.symbols import SYMBOL, find_symbols

GA_NUMBER = re.compile(
    r"(?<![A-Za-z0-9_/.-])(?P<special>(?:ES|S)-)?(?P<a>\d{1,3})\s?/\s?(?P<b>\d{1,3})"
    r"(?:\s(?P<part>[A-H])(?![A-Za-z]))?(?![A-Za-z0-9_/-]|\.[A-Za-z0-9])"  # "70/1." ends a note
)
# "2118 (2013)"; not "Beijing+10 (2005)", a conference's review
SC_NUMBER = re.compile(r"(?<![A-Za-z0-9_/.+-])(?P<n>\d{1,4})\s?\((?P<year>19[4-9]\d|20\d\d)\)")
OLD_GA = re.compile(
    r"(?<![A-Za-z0-9_/.-])(?P<n>\d{1,4})(?:\s(?P<part>[A-H]))?\s?"
    r"\((?:(?P<roman>[IVXL]{1,7})|د\s?-\s?(?P<arabic>\d{1,2}))\)"  # Arabic prints (XXX) as (د-30)
)
_DATE_GAP = 45
_CONTEXT = 50
_LIST_GAP = 40


@dataclass
class _Found:
    start: int
    end: int
    ref: Reference


@cache
def _words(code: str) -> dict[str, re.Pattern[str]]:
    table = cast(dict[str, str], lang.get(code).table("ANALYSIS"))
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
        key = (f.ref.target, f.ref.date)
        if key not in seen:
            seen.add(key)
            refs.append(f.ref)
    return refs


def _symbols(text: str) -> list[_Found]:
    out: list[_Found] = []
    for m in SYMBOL.finditer(text):
        full = m["symbol"]
        tail = text[m.end() : m.end() + 40]
        joined = find_symbols(full + tail)
        for part in _split_joint(joined, full):
            ref = Reference(_symbol_type(part), _canonical(part), text=m.group(0))
            out.append(_Found(m.start(), m.end(), ref))
    return out


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
    if re.match(r"^A/DEC/", symbol):
        return "ga_decision"
    if re.match(r"^[EA]/(?:HRC/)?RES/|^E/RES/", symbol):
        return "other"
    return "document"


def _canonical(symbol: str) -> str:
    return re.sub(r"\s+", " ", symbol.strip())


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


_GA_TYPES = ("ga_resolution", "ga_decision")


def _numbers(text: str, code: str, taken: _Taken) -> list[_Found]:
    """Resolution and decision numbers outside symbols, typed by the words before them."""
    words = _words(code)
    out: list[_Found] = []
    for m in SC_NUMBER.finditer(text):
        if not taken.covers(m.start(), m.end()):
            target = f"S/RES/{int(m['n'])} ({m['year']})"
            out.append(
                _Found(m.start(), m.end(), Reference("sc_resolution", target, text=m.group(0)))
            )
            taken.add(m.start(), m.end())
    old = []
    for m in OLD_GA.finditer(text):
        if not taken.covers(m.start(), m.end()):
            part = f" {m['part']}" if m["part"] else ""
            target = f"A/RES/{int(m['n'])}{part} ({m['roman'] or _roman(int(m['arabic']))})"
            old.append(
                _Found(m.start(), m.end(), Reference("ga_resolution", target, text=m.group(0)))
            )
            taken.add(m.start(), m.end())
    out += old
    return out + _ga_numbers(text, words, taken, old)


def _ga_numbers(
    text: str, words: dict[str, re.Pattern[str]], taken: _Taken, old: list[_Found]
) -> list[_Found]:
    """The "59/50" numbers outside ``taken``, typed by the words before them; the citation a
    list continues is the last such number typed a resolution or decision, else the last of the
    ``old`` ("3380 (XXX)") numbers before it."""
    old_ends = [f.end for f in old]
    out: list[_Found] = []
    last: _Found | None = None
    for m in GA_NUMBER.finditer(text):
        if taken.covers(m.start(), m.end()):
            continue
        before = bisect_right(old_ends, m.start())
        previous = last or (old[before - 1] if before else None)
        kind = _kind_before(text, m.start(), words, previous)
        if kind is None:
            continue
        out.append(_Found(m.start(), m.end(), Reference(kind, "", text=m.group(0))))
        if kind in _GA_TYPES:
            last = out[-1]
    return out


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
    text: str, start: int, words: dict[str, re.Pattern[str]], previous: _Found | None
) -> str | None:
    """ "ga_resolution" or "ga_decision" from the nearest such word before a number (a list of
    numbers shares the word before its first item, the ``previous`` citation); None when
    neither word is near."""
    between = text[previous.end : start] if previous else ""
    typed = words["resolution_word"].search(between) or words["decision_word"].search(between)
    if previous and start - previous.end <= _LIST_GAP and not typed:
        return previous.ref.type  # the next item of a list: "64/256 of 2 March 2010, 65/122"
    window = text[max(0, start - _CONTEXT) : start]
    res = [m.end() for m in words["resolution_word"].finditer(window)]
    dec = [m.end() for m in words["decision_word"].finditer(window)]
    if not res and not dec:
        after = text[start : start + 40]
        if words["resolution_word"].search(after):  # Chinese: 第59/50号决议
            return "ga_resolution"
        return None
    if words["hrc_word"].search(window):
        return "hrc_resolution"
    return "ga_decision" if (dec[-1] if dec else -1) > (res[-1] if res else -1) else "ga_resolution"


def _rules_and_charter(text: str, code: str) -> list[_Found]:
    words = _words(code)
    out: list[_Found] = []
    for m in words["rule"].finditer(text):
        numbers = [m["num"], *re.findall(r"\d{1,3}", m["more"] or "")]
        for n in numbers:
            ref = Reference("rule_of_procedure", f"rule {int(n)}", text=m.group(0))
            out.append(_Found(m.start(), m.end(), ref))
    for m in words["charter"].finditer(text):
        ref = Reference("charter", "Charter of the United Nations", text=m.group(0))
        out.append(_Found(m.start(), m.end(), ref))
    return out


def _attach_dates(text: str, code: str, found: list[_Found]) -> None:
    """Give each citation the date written right after it (or right before, in Chinese), then
    settle the numbers of General Assembly resolutions and decisions with that date."""
    dates = sorted((m.start(), m.end(), d) for m, d in all_dates(text, code))
    starts = [d[0] for d in dates]
    for k, f in enumerate(found):
        nxt = found[k + 1].start if k + 1 < len(found) else len(text)
        first = bisect_left(starts, f.end)
        after = dates[first : first + 1]
        after = [d for d in after if d[0] <= f.end + _DATE_GAP and d[0] < nxt]
        prev = found[k - 1].end if k else 0
        lo, hi = bisect_left(starts, prev), bisect_left(starts, f.start)
        before = _date_written_before(text, code, dates, range(hi - 1, lo - 1, -1), f.start)
        near = [(d[0] - f.end, d) for d in after] + [(f.start - d[1], d) for d in before]
        chosen = min(near, key=lambda x: x[0])[1] if near else None
        date = chosen[2] if chosen else None
        if f.ref.type == "hrc_resolution" and not f.ref.target:
            m = GA_NUMBER.fullmatch(f.ref.text or "")
            assert m is not None
            f.ref.type, f.ref.target = "other", f"A/HRC/RES/{int(m['a'])}/{int(m['b'])}"
        if f.ref.type in ("ga_resolution", "ga_decision") and not f.ref.target:
            f.ref.target = _ga_target(f.ref, date)
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
    table = cast(dict[str, str], lang.get(code).table("ANALYSIS"))
    same_clause = len(between) <= 80 and not re.search(r"[；;。]", between)
    return bool(table["date_before_citation"]) and same_clause


def _ga_target(ref: Reference, date: dt.date | None) -> str:
    m = GA_NUMBER.fullmatch(ref.text or "")
    assert m is not None
    a, b = m["a"], m["b"]
    session, number = _order(a, b, date)
    special = m["special"] or ""
    part = f" {m['part']}" if m["part"] else ""
    prefix = "A/DEC" if ref.type == "ga_decision" else "A/RES"
    return f"{prefix}/{special}{session}/{number}{part}"


def _order(a: str, b: str, date: dt.date | None) -> tuple[int, int]:
    """Session and number: as printed unless the date says otherwise (Arabic "50/59" of
    2 December 2004 is 59/50; digit strings reversed by old conversions too)."""
    candidates = [(a, b), (b, a), (a[::-1], b[::-1]), (b[::-1], a[::-1])]
    if date is not None:
        expected = {_session_of(date), _session_of(date) - 1}
        for s, n in candidates:
            if int(s) in expected:
                return int(s), int(n)
    return int(a), int(b)


def session_of(date: dt.date) -> int:
    """The regular session in progress on ``date`` (session N opens in September of 1945 + N)."""
    return date.year - 1945 if date.month >= 9 else date.year - 1946


_session_of = session_of
