"""The numbers a paragraph states, apart from those its other facts already account for.

Translators write "1,000", "1 000" and "1.000": grouped digits are read as one value. Every other
digit run counts alone, so "10.47 a.m.", "10 h 47", "10时47分" and "2.5", "2,5" give the same
runs; a decimal part's trailing zeros are dropped ("0.20" is "0.2", "17.0" is "17"). Arabic text taken from UN PDFs prints the groups of a large number in reverse order
("918 483" for 483,918); in Arabic, space-separated groups are read in that order.

Clock times ("3 p.m.", "15 heures", "下午3时") are read as "HH:MM" and amounts with a scale word
("$4.8 million", "480万") as their value, in each language's own way of writing them.

Digits that belong to a date, a cited symbol, a session, the paragraph's number, a sub-paragraph
label or a footnote marker are removed first, so that "resolution 59/50 of 2 December 2004"
states no other number. So are page numbers ("p. 28", "pág. 30", "第26页": each language edition
of the cited report has its own pages), months in Chinese dates ("2015年9月", where the other
languages write the month's name), and footnote markers glued to a word ("Crime1", "годов1") or
in brackets ("[23]"). Numbers written in words are not read, except Arabic duals of a scale word
("مليوني", two million).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from mandata import lang
from mandata.lang import ordinals

# Grouped digits use one separator throughout ("1,630,000"); a decimal part with the other
# separator may follow ("1,630.8": 1630 and 8, as "1630,8" gives).
GROUPED = re.compile(
    r"(?<![\d.,])\d{1,3}(?P<sep>[,.\u00a0\u202f ])\d{3}(?:(?P=sep)\d{3})*(?![\d]|(?P=sep)\d)"
)
ARABIC_GROUPED = re.compile(
    r"(?<![\d.,])\d{3}(?:[\u00a0\u202f ]\d{3})*[\u00a0\u202f ]\d{1,3}(?![\d])"
)
DIGITS = re.compile(r"\d+")
DECIMAL = r"(?P<value>\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?)"
# Not numbers of the text: page numbers of a cited document, footnote markers (and the month
# numbers of dates where a language writes them: ``numeric_months``).
PAGES = re.compile(
    r"(?<!\w)(?:pp?\.|págs?\.|стр\.|с\.|ص\.?)\s?\d+(?:\s?[-–]\s?\d+)?|第\d+(?:-\d+)?页"
)
MARKERS = re.compile(r"(?<=[a-zà-ÿа-яё]{3})\d{1,2}(?![\d.,]\d)|\[\d{1,3}\]")
# The UN's Arabic prints an item "(i)" as "’1‘": a label in a paragraph's text, no number.
QUOTED_LABELS = re.compile(r"’\d{1,2}‘")
ANY_TIME = re.compile(r"(?<![\d.,/])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d])")
AFTERNOON = {"p", "下午", "晚上"}


@dataclass(frozen=True)
class _Language:
    """What a language's tables say about its numbers (``mandata.lang``), compiled."""

    dropped: tuple[re.Pattern[str], ...] = ()  # month numbers of dates: not numbers of the text
    times: tuple[re.Pattern[str], ...] = ()  # clock times ("3 p.m.", "15 heures", "下午3时")
    scales: tuple[tuple[re.Pattern[str], int], ...] = ()  # "$4.8 million", "480万"
    duals: tuple[tuple[re.Pattern[str], str], ...] = ()  # "مليوني", two million
    reversed_groups: bool = False
    decimal_comma: bool = False


@cache
def _language(code: str | None) -> _Language:
    if code is None or code not in lang.LANGUAGES:
        return _Language()
    data = lang.get(code)
    return _Language(
        (re.compile(data.numeric_months),) if data.numeric_months else (),
        tuple(re.compile(p) for p in data.clock_times),
        tuple((re.compile(DECIMAL + r"\s*(?:多|余)?" + w), n) for w, n in data.scale_words),
        tuple((re.compile(p), str(n)) for p, n in data.scale_duals),
        data.reversed_number_groups,
        data.decimal_sign == ",",
    )


def _take(
    pattern: re.Pattern[str], text: str, value: Callable[[re.Match[str]], str], found: list[str]
) -> str:
    """``text`` with every match of ``pattern`` blanked out; each match's ``value`` appended to
    ``found`` (one pass: what is read as a time or an amount is not read again as digits)."""

    def keep(m: re.Match[str]) -> str:
        found.append(value(m))
        return " "

    return pattern.sub(keep, text)


def _time(m: re.Match[str]) -> str:
    groups = m.groupdict()
    hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
    if groups.get("part") in AFTERNOON and hour < 12:
        hour += 12
    return f"{hour:02d}:{minute:02d}"


def _scaled(scale: int, comma: bool) -> Callable[[re.Match[str]], str]:
    """The value of an amount with its scale word: "4.8 million" -> "4800000", "14.600
    millones" -> "14600000000" (``comma``: the language's decimal sign is a comma)."""

    def value(m: re.Match[str]) -> str:
        digits = re.sub(r"[\s\u00a0\u202f]", "", m["value"])
        if comma:
            digits = re.sub(r"\.(?=\d{3}(?!\d))", "", digits).replace(",", ".")
        else:
            digits = re.sub(r",(?=\d{3}(?!\d))", "", digits).replace(",", ".")
        return str(round(float(digits) * scale))

    return value


def _grouped(m: re.Match[str]) -> str:
    return str(int("".join(DIGITS.findall(m.group()))))


def _reversed_groups(m: re.Match[str]) -> str:
    return str(int("".join(reversed(DIGITS.findall(m.group())))))


def _constant(value: str) -> Callable[[re.Match[str]], str]:
    return lambda m: value


def _values(text: str, language: str | None) -> list[str]:
    values: list[str] = []
    data = _language(language)
    for pattern in (PAGES, MARKERS, QUOTED_LABELS, *data.dropped):
        text = _take(pattern, text, _constant(""), [])  # not numbers of the text: dropped
    for pattern in (*data.times, ANY_TIME):
        text = _take(pattern, text, _time, values)
    for pattern, scale in data.scales:
        text = _take(pattern, text, _scaled(scale, data.decimal_comma), values)
    for pattern, value in data.duals:
        text = _take(pattern, text, _constant(value), values)
    if data.reversed_groups:
        text = _take(ARABIC_GROUPED, text, _reversed_groups, values)
    text = _take(GROUPED, text, _grouped, values)
    text = ZERO_FRACTION.sub(_without_zeros, text)
    return values + [str(int(run)) for run in DIGITS.findall(text)]


# the zero of a decimal part: "17.0" is "17", and "0.20" is "0.2" (after a whole part of 0
# only: "rules 7,10" lists two numbers)
ZERO_FRACTION = re.compile(
    r"(?:(?<=\d)(?P<sign>[.,])0|(?<=(?<![\d.,])0)(?P<sign2>[.,])(?P<digits>\d)0)(?![\d]|[.,]\d)"
)


def _without_zeros(m: re.Match[str]) -> str:
    """A decimal part without its trailing zeros, and without its sign where nothing is left."""
    return f"{m['sign2']}{m['digits']}" if m["digits"] else ""


def numbers(text: str, accounted: Iterable[str] = (), language: str | None = None) -> Counter[str]:
    """The numbers in ``text`` (canonical values, with their counts), less the digit runs in
    ``accounted`` (dates, symbols, sessions already compared as such)."""
    found: Counter[str] = Counter(_values(text, language))
    for token in accounted:
        for run in DIGITS.findall(token):
            key = str(int(run))
            if found[key] > 0:
                found[key] -= 1
    return +found


# Words of a text as :func:`cardinals_in` reads them: letters, with their hyphens ("twenty-one")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Chinese numerals ("十七", "一百零一", "两")
_CHINESE_NUMERALS = re.compile(r"[〇零一二两俩三四五六七八九十百千]+")
_LONGEST_NUMBER = 3  # words of the longest entry of a language's ``number_words``
_SCALES = frozenset({100, 1000})


def cardinals_in(text: str, language: str | None) -> frozenset[int]:
    """The numbers ``text`` writes in words (2 and up; ``mandata.lang`` ``number_words``): "the
    13 steps" is written "الخطوات الثلاث عشرة", "the 10 fundamental Conventions" "los diez
    convenios fundamentales", "Article 17" "第十七条". A number followed by a word of a hundred or
    a thousand is also read as their product ("بمائة ألف", a hundred thousand)."""
    if language is None or language not in lang.LANGUAGES:
        return frozenset()
    data = lang.get(language)
    if language == "zh":
        chinese = ordinals.words("zh")
        chinese_found = {
            chinese.get(m[0]) or data.number_words.get(m[0])
            for m in _CHINESE_NUMERALS.finditer(text)
        }
        return frozenset(n for n in chinese_found if n and n > 1)
    words = [
        _bare(w, data.number_words, data.number_prefixes) for w in _WORDS.findall(text.casefold())
    ]
    values: list[int | None] = []
    i = 0
    while i < len(words):
        for n in range(min(_LONGEST_NUMBER, len(words) - i), 0, -1):
            value = data.number_words.get(" ".join(words[i : i + n]))
            if value is not None:
                values.append(value)
                i += n
                break
        else:
            values.append(None)
            i += 1
    found: set[int] = {v for v in values if v}
    found |= {a * b for a, b in pairwise(values) if a and b and b in _SCALES}
    return frozenset(found)


def _bare(word: str, table: dict[str, int], prefixes: tuple[str, ...]) -> str:
    """``word`` without the particle joined before it where that leaves a number word."""
    if word in table:
        return word
    for prefix in prefixes:
        if word.startswith(prefix) and word[len(prefix) :] in table:
            return word[len(prefix) :]
    return word
