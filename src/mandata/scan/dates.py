"""Dates in the six languages: "2 December 2004", "2 كانون الأول/ديسمبر 2004", "2004年12月2日".

Each language module gives ``DATE`` (a regex with groups day, month, year) and ``MONTHS``; the logic
here is shared. Chinese years may be written in Chinese numerals ("二〇〇九年"): ``zh_digits`` maps them.

A text is read once (:func:`scan_dates`, kept for the last texts read): a paragraph's dates, its
impossible dates and its citations' dates all come from that one pass, and a text without what
every date of its language holds (a digit; 年 in Chinese: :mod:`mandata.scan.needles`) is not
scanned at all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from mandata import lang
from mandata.lang import ordinals
from mandata.scan import lowered
from mandata.scan.needles import may_match


@cache
def _pattern(code: str) -> re.Pattern[str]:
    return re.compile(lang.get(code).date, re.IGNORECASE)


@cache
def _months(code: str) -> dict[str, int]:
    months = lang.get(code).months
    return {_month_key(k): v for k, v in months.items()}


def _month_key(text: str) -> str:
    return re.sub(r"\s*/\s*", "/", " ".join(text.casefold().split()))


def _number(text: str, code: str) -> int | None:
    if text.isdigit():
        return int(text)
    digits = lang.get(code).zh_digits
    numeral = ordinals.read(text, code) if digits else None
    if numeral is not None:
        return numeral  # a day in numerals: "十四日"
    converted = "".join(digits.get(ch, ch) for ch in text)
    return int(converted) if converted.isdigit() else None


def find_dates(text: str, code: str) -> Iterator[tuple[re.Match[str], dt.date]]:
    """Every valid date in ``text`` written in language ``code``, with its match. A date that
    opens a range ("2014年7月28日至12月3日") gives the range's end, as the other languages write it."""
    yield from scan_dates(text, code).valid


def all_dates(text: str, code: str) -> list[tuple[re.Match[str], dt.date]]:
    """Dates in the language of the text and, where they do not overlap, in English (UN texts
    in other languages keep some dates in English)."""
    return list(_all_dates(text, code))


def impossible_dates(text: str, code: str) -> list[str]:
    """Dates written in ``text`` that no calendar has ("31 February 2024"): reported, never
    turned into another date."""
    return list(scan_dates(text, code).impossible)


@dataclass(frozen=True, slots=True)
class DateScan:
    """The dates of one text in one language, read in one pass of the language's pattern:
    the ``valid`` ones (a range given as its end) and the ``impossible`` ones as written."""

    valid: tuple[tuple[re.Match[str], dt.date], ...]
    impossible: tuple[str, ...]


# The analysers of a paragraph (its dates, its problems, its citations' dates, the organs near
# them) ask for the dates of the same text one after another: a few recent texts are kept.
_RECENT = 64


@lru_cache(maxsize=_RECENT)
def scan_dates(text: str, code: str) -> DateScan:
    """The dates of ``text`` in language ``code`` (kept for the few texts read last)."""
    if not may_match(_pattern(code), text):  # no digit (Chinese: no 年): most paragraphs
        return _NO_DATES
    valid: list[tuple[re.Match[str], dt.date]] = []
    impossible: list[str] = []
    for m, date in _candidates(text, code):
        if date is None:
            impossible.append(m.group(0))
            continue
        valid += _listed(text, code, m, date)
    return DateScan(tuple(valid), tuple(impossible))


def _listed(
    text: str, code: str, m: re.Match[str], date: dt.date
) -> list[tuple[re.Match[str], dt.date]]:
    """The date of ``m`` (the end of the range it opens) and those of the list it opens that
    share its year ("2022年5月10日和9月22日", "2023年1月9日至20日、4月11日至21日和8月21日至9月1日")."""
    range_end, list_next = _optional(code, "date_range_end"), _optional(code, "date_list_next")
    out: list[tuple[re.Match[str], dt.date]] = []
    current: re.Match[str] | None = m
    while current is not None:
        end = range_end.match(text, current.end()) if range_end else None
        if end:
            month = int(end["month"]) if end["month"] else date.month
            try:
                date = dt.date(date.year, month, int(end["day"]))
            except ValueError:
                return out
        out.append((current, date))
        after = end.end() if end else current.end()
        current = list_next.match(text, after) if list_next else None
        if current is not None:
            try:
                date = dt.date(date.year, int(current["month"]), int(current["day"]))
            except ValueError:
                return out
    return out


_NO_DATES = DateScan((), ())


@cache
def _optional(code: str, field: str) -> re.Pattern[str] | None:
    """The language's pattern ``field`` (``date_range_end``, ``date_list_next``,
    ``month_year``), compiled once; None where the language has none."""
    source: str = getattr(lang.get(code), field)
    return re.compile(source) if source else None


@lru_cache(maxsize=_RECENT)
def _all_dates(text: str, code: str) -> tuple[tuple[re.Match[str], dt.date], ...]:
    found = list(scan_dates(text, code).valid)
    if code != "en":
        spans = [(m.start(), m.end()) for m, _ in found]
        for m, date in scan_dates(text, "en").valid:
            if not any(a < m.end() and m.start() < b for a, b in spans):
                found.append((m, date))
    return tuple(sorted(found, key=lambda f: f[0].start()))


def _candidates(text: str, code: str) -> Iterator[tuple[re.Match[str], dt.date | None]]:
    months = _months(code)
    for m in lowered.finditer(_pattern(code), text):
        parts = _parts(m)
        month = _month(months, parts["month"]) if parts["month"] else None
        if month is None and parts["month"] and parts["month"].isdigit():
            month = int(parts["month"])
        day, year = _number(parts["day"] or "", code), _number(parts["year"] or "", code)
        if month is None or day is None or year is None:
            yield m, None
            continue
        try:
            yield m, dt.date(year, month, day)
        except ValueError:
            yield m, None


def _month(months: dict[str, int], name: str) -> int | None:
    """The month ``name`` gives; a double name whose "/" a space stands for ("أيلول سبتمبر" for
    "أيلول/سبتمبر") as the double name."""
    key = _month_key(name)
    found = months.get(key)
    if found is None and "/" not in key and " " in key:
        found = months.get("/".join(key.rsplit(" ", 1)))
    return found


def _parts(m: re.Match[str]) -> dict[str, str | None]:
    """Day, month and year of a match; a language may write a second order of the three
    (English "September 19, 2014") in the groups ``day_b``, ``month_b`` and ``year_b``."""
    groups = m.groupdict()
    if groups.get("month_b"):
        return {"day": groups["day_b"], "month": groups["month_b"], "year": groups["year_b"]}
    return {"day": groups["day"], "month": groups["month"], "year": groups["year"]}


def month_dates(text: str, code: str) -> list[tuple[str, str]]:
    """The months of a year that ``text`` names without a day ("en mai 2024", "мае 2024 года",
    "2024年5月", "أيار/مايو 2024"), each as written and as ``YYYY-MM``; not those inside a full
    date."""
    pattern = _optional(code, "month_year")
    if pattern is None or not may_match(pattern, text):
        return []
    spans = [(m.start(), m.end()) for m, _ in scan_dates(text, code).valid]
    months = _months(code)
    out: list[tuple[str, str]] = []
    for m in pattern.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        name = m["month"]
        month = _month(months, name) or _month(months, name + "月") or _number(name, code)
        if month and 1 <= month <= 12:
            out.append((m.group(0), f"{int(m['year']):04d}-{month:02d}"))
    return out


def parse_date(text: str, code: str) -> str | None:
    """The first date in ``text`` as ISO ``YYYY-MM-DD``, trying language ``code`` then English."""
    for c in dict.fromkeys((code, "en")):
        for _, date in find_dates(text, c):
            return date.isoformat()
    return None
