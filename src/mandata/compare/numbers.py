"""The numbers a paragraph states, apart from those its other facts already account for.

Translators write "1,000", "1 000" and "1.000": grouped digits are read as one value. Every other
digit run counts alone, so "10.47 a.m.", "10 h 47", "10时47分" and "2.5", "2,5" give the same
runs. Arabic text taken from UN PDFs prints the groups of a large number in reverse order
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
# Languages whose decimal sign is a comma: there "14.600 millones" is 14,600 million.
DECIMAL_COMMA = frozenset({"ar", "es", "fr", "ru"})

# Not numbers of the text: page numbers of a cited document, footnote markers, Chinese months.
PAGES = re.compile(
    r"(?<!\w)(?:pp?\.|págs?\.|стр\.|с\.|ص\.?)\s?\d+(?:\s?[-–]\s?\d+)?|第\d+(?:-\d+)?页"
)
MARKERS = re.compile(r"(?<=[a-zà-ÿа-яё]{3})\d{1,2}(?![\d.,]\d)|\[\d{1,3}\]")
CHINESE_MONTH = re.compile(r"(?<!\d)(?:1[0-2]|0?[1-9])(?=月)")

# Clock times, read as "HH:MM": "3 p.m.", "15 heures", "15.00 horas", "15 ч. 00 м.", "下午3时",
# "الساعة 15:00" (and "00/15", minutes first, as Arabic PDFs print it). Named groups: hour,
# minute, and where the language writes one, the part of the day.
TIMES: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (
        re.compile(r"(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?\s*(?P<part>[ap])\.\s?m\."),
        re.compile(r"(?<=\b[Aa]t )(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\b"),
        re.compile(
            r"\b(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?= and [012]\d{3} hours| hours\b|Z\b)"
        ),
    ),
    "fr": (
        re.compile(r"(?P<hour>\d{1,2}) ?h ?(?P<minute>\d{1,2})?(?![\w\d])"),
        # "18 heures" is a time after "à", "de", "vers", "entre", "après", "avant" ("à 15
        # heures"), else a duration ("jusqu'à 18 heures" a day)
        re.compile(
            r"(?:(?<=(?<!jusqu')\bà )|(?<=\bde )|(?<=\bvers )|(?<=\bentre )|(?<=\baprès )"
            r"|(?<=\bavant ))(?P<hour>\d{1,2}) heures?(?: ?(?P<minute>\d{2}))?"
        ),
    ),
    "es": (
        re.compile(r"(?P<hour>\d{1,2})[.:](?P<minute>\d{2}) horas"),
        re.compile(r"(?<=\blas )(?P<hour>\d{1,2})[.:](?P<minute>\d{2})"),
        # "a las 15 horas", "después de las 22 horas"; not "dentro de las 24 horas siguientes"
        re.compile(
            r"(?:(?<=\ba las )|(?<=\bdespués de las )|(?<=\bantes de las )|(?<=\bpartir de las ))"
            r"(?P<hour>\d{1,2})(?= horas)"
        ),
    ),
    "ru": (
        re.compile(r"(?P<hour>\d{1,2}) ч(?:ас)?\.(?: ?(?P<minute>\d{2}) м(?:ин)?\.)?"),
        re.compile(r"(?:(?<=\bпосле )|(?<=\bв ))(?P<hour>\d{1,2}) час(?:ов|а)?\b"),
    ),
    "zh": (
        re.compile(
            r"(?P<part>上午|下午|晚上|凌晨|中午)?(?P<hour>\d{1,2})时(?:(?P<minute>\d{1,2})分)?"
        ),
    ),
    "ar": (
        # "الساعة 00:10" is 10 a.m. printed minutes first, as "00/10" is
        re.compile(r"الساعة 00[:.](?P<hour>0?[1-9]|1\d|2[0-3])(?!\d)"),
        re.compile(r"الساعة (?P<hour>\d{1,2})[:.](?P<minute>\d{2})"),
        re.compile(r"الساعة (?P<minute>\d{2})/(?P<hour>\d{1,2})"),
    ),
}
ANY_TIME = re.compile(r"(?<![\d.,/])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d])")
AFTERNOON = {"p", "下午", "晚上"}

# Amounts with a scale word: "$4.8 million", "480万美元", "2,779亿", "100 mil", "2,5 млрд.".
SCALES: dict[str, tuple[tuple[re.Pattern[str], int], ...]] = {
    code: tuple(
        (re.compile(DECIMAL + r"\s*(?:多|余)?" + word + ("" if code == "zh" else r"(?!\w)")), scale)
        for word, scale in words
    )
    for code, words in {
        "en": (("billion", 10**9), ("million", 10**6)),
        "fr": (("milliards?", 10**9), ("millions?", 10**6)),
        "es": (("mil millones", 10**9), ("millones", 10**6), ("millón", 10**6), ("mil", 10**3)),
        "ru": (
            (r"млрд\.?", 10**9),
            (r"миллиард\w*", 10**9),
            (r"млн\.?", 10**6),
            (r"миллион\w*", 10**6),
        ),
        "zh": (("亿", 10**8), ("万", 10**4)),
        "ar": (("مليار", 10**9), ("بليون", 10**9), ("ملايين", 10**6), ("مليون", 10**6)),
    }.items()
}
# Arabic duals: "مليوني ين" (after folding the diacritics), two million yen.
ARABIC_DUALS = (
    (re.compile(r"(?<!\w)(?:مليار|بليون)(?:ين|ان|ي|ا)(?!\w)"), str(2 * 10**9)),
    (re.compile(r"(?<!\w)مليون(?:ين|ان|ي|ا)(?!\w)"), str(2 * 10**6)),
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


def _scaled(scale: int, language: str | None) -> Callable[[re.Match[str]], str]:
    """The value of an amount with its scale word: "4.8 million" -> "4800000", "14.600
    millones" -> "14600000000" (the decimal sign is the language's)."""
    comma = language in DECIMAL_COMMA

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
    for pattern in (PAGES, MARKERS, *((CHINESE_MONTH,) if language == "zh" else ())):
        text = _take(pattern, text, _constant(""), [])  # not numbers of the text: dropped
    for pattern in (*TIMES.get(language or "", ()), ANY_TIME):
        text = _take(pattern, text, _time, values)
    for pattern, scale in SCALES.get(language or "", ()):
        text = _take(pattern, text, _scaled(scale, language), values)
    if language == "ar":
        for pattern, value in ARABIC_DUALS:
            text = _take(pattern, text, _constant(value), values)
        text = _take(ARABIC_GROUPED, text, _reversed_groups, values)
    text = _take(GROUPED, text, _grouped, values)
    return values + [str(int(run)) for run in DIGITS.findall(text)]


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
