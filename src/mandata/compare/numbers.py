"""The numbers a paragraph states, apart from those its other facts already account for.

Translators write "1,000", "1 000" and "1.000": grouped digits are read as one value. Every other
digit run counts alone, so "10.47 a.m.", "10 h 47", "10时47分" and "2.5", "2,5" give the same
runs. Arabic text taken from UN PDFs prints the groups of a large number in reverse order
("918 483" for 483,918); in Arabic, space-separated groups are read in that order.

Clock times ("3 p.m.", "15 heures", "下午3时") are read as "HH:MM" and amounts with a scale word
("$4.8 million", "480万") as their value, in each language's own way of writing them.

Digits that belong to a date, a cited symbol, a session, the paragraph's number, a sub-paragraph
label or a footnote marker are removed first, so that "resolution 59/50 of 2 December 2004"
states no other number. Numbers written in words are not read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d]|[.,]\d)")
ARABIC_GROUPED = re.compile(
    r"(?<![\d.,])\d{3}(?:[\u00a0\u202f ]\d{3})*[\u00a0\u202f ]\d{1,3}(?![\d])"
)
DIGITS = re.compile(r"\d+")
DECIMAL = r"(\d+(?:[.,]\d+)?)"

# Clock times, read as "HH:MM": "3 p.m.", "15 heures", "15.00 horas", "15 ч. 00 м.", "下午3时",
# "الساعة 15:00" (and "00/15", minutes first, as Arabic PDFs print it). Groups: hour, minute,
# and for English and Chinese the part of the day.
TIMES: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (
        re.compile(r"(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.\s?m\."),
        re.compile(r"(?<=\b[Aa]t )([01]\d|2[0-3])([0-5]\d)\b()"),
        re.compile(r"\b([01]\d|2[0-3])([0-5]\d)(?= and [012]\d{3} hours| hours\b|Z\b)()"),
    ),
    "fr": (
        re.compile(r"(\d{1,2}) ?h ?(\d{1,2})?(?![\w\d])()"),
        # "18 heures" is a time after "à", "de", "vers" ("à 15 heures"), else a duration
        re.compile(r"(?:(?<=\bà )|(?<=\bde )|(?<=\bvers ))(\d{1,2}) heures?(?: ?(\d{2}))?()"),
    ),
    "es": (
        re.compile(r"(\d{1,2})[.:](\d{2}) horas()"),
        re.compile(r"(?<=\blas )(\d{1,2})[.:](\d{2})()"),
        re.compile(r"(?<=\blas )(\d{1,2})()(?= horas)()"),
    ),
    "ru": (re.compile(r"(\d{1,2}) ч(?:ас)?\.(?: ?(\d{2}) м(?:ин)?\.)?()"),),
    "zh": (re.compile(r"(上午|下午|晚上|凌晨|中午)?(\d{1,2})时(?:(\d{1,2})分)?"),),
    "ar": (re.compile(r"الساعة (\d{1,2})[:.](\d{2})()"),),
}
ARABIC_REVERSED_TIME = re.compile(r"الساعة (\d{2})/(\d{1,2})")
ANY_TIME = re.compile(r"(?<![\d.,/])([01]?\d|2[0-3]):([0-5]\d)(?![\d])")
AFTERNOON = {"p", "下午", "晚上"}

# Amounts with a scale word: "$4.8 million", "480万美元", "2,779亿", "100 mil", "2,5 млрд.".
SCALES: dict[str, tuple[tuple[str, int], ...]] = {
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
}


def _times(text: str, language: str | None) -> tuple[str, list[str]]:
    """``text`` without its clock times, and the times as "HH:MM"."""
    found: list[str] = []

    def keep(hour: str, minute: str | None, part: str | None) -> str:
        h = int(hour) + (12 if part in AFTERNOON and int(hour) < 12 else 0)
        found.append(f"{h:02d}:{int(minute or 0):02d}")
        return " "

    for pattern in TIMES.get(language or "", ()):
        if language == "zh":
            text = pattern.sub(lambda m: keep(m.group(2), m.group(3), m.group(1)), text)
        else:
            text = pattern.sub(lambda m: keep(m.group(1), m.group(2), m.group(3)), text)
    if language == "ar":
        text = ARABIC_REVERSED_TIME.sub(lambda m: keep(m.group(2), m.group(1), None), text)
    text = ANY_TIME.sub(lambda m: keep(m.group(1), m.group(2), None), text)
    return text, found


def _amounts(text: str, language: str | None) -> tuple[str, list[str]]:
    """``text`` without its scaled amounts, and their values ("4.8 million" -> "4800000")."""
    found: list[str] = []
    for word, scale in SCALES.get(language or "", ()):
        pattern = re.compile(DECIMAL + r"\s*" + word)

        def keep(m: re.Match[str], scale: int = scale) -> str:
            number = float(m.group(1).replace(",", "."))
            found.append(str(round(number * scale)))
            return " "

        text = pattern.sub(keep, text)
    return text, found


def _values(text: str, language: str | None) -> list[str]:
    text, values = _times(text, language)
    text, amounts = _amounts(text, language)
    values += amounts
    if language == "ar":
        for m in ARABIC_GROUPED.finditer(text):
            values.append(str(int("".join(reversed(DIGITS.findall(m.group()))))))
        text = ARABIC_GROUPED.sub(" ", text)
    for m in GROUPED.finditer(text):
        values.append(str(int("".join(DIGITS.findall(m.group())))))
    text = GROUPED.sub(" ", text)
    values += [str(int(run)) for run in DIGITS.findall(text)]
    return values


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
