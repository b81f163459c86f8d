"""Patterns that ignore case, searched in the text's lower case (scan/lowered.py).

The copy must find exactly what the pattern finds, with the pattern's own matches (groups read
from the text), in the six languages' scripts; a text holding a character the engine folds
otherwise than ``str.lower`` is searched with the pattern itself.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found,unused-ignore]
import re
import sys

import pytest

from mandata.lang import LANGUAGES
from mandata.scan import lowered
from mandata.scan.dates import _pattern as date_pattern
from mandata.scan.lowered import UNCASED


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.group(), m.groups()) for m in pattern.finditer(text)]


def _found_lowered(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.group(), m.groups()) for m in lowered.finditer(pattern, text)]


CASES = [
    (r"\b(?P<w>Charter)\s+of\s+the\s+(United\s+Nations)\b", "The CHARTER of the united Nations."),
    (r"\b[A-Z][a-z]+\s+Session\b", "at its Seventy-Eighth SESSION and its eightieth session"),
    (r"(?P<q>[«“])(?P<t>[^»”]{2,40})[»”]", "le « Programme ÉLARGI » et « Élan »"),
    (r"\bсесси[яи]\b|\bСЕССИЯ\b", "на семьдесят восьмой Сессии; СЕССИЯ; сессия"),
    (r"(?<!\w)(?:الدورة|دورتها)\s+(\S+)", "في دورتها الثامنة والسبعين، والدورة العاشرة"),
    (r"第(?P<n>[一二三四五六七八九十]+)届会议|Session", "大会第七十八届会议和 SESSION"),
    (r"([a-z])\1", "Aa bB cc DD"),  # a back-reference compares lower case with lower case
]


@pytest.mark.parametrize(("source", "text"), CASES)
def test_the_copy_finds_what_the_pattern_finds(source: str, text: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    assert lowered.lowered(pattern) is not None
    expected = _found(pattern, text)
    assert expected
    assert _found_lowered(pattern, text) == expected
    for pos in range(len(text) + 1):  # search from each position: the pattern's first match
        want, got = pattern.search(text, pos), lowered.search(pattern, text, pos)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


@pytest.mark.parametrize("code", LANGUAGES)
def test_dates_found_in_lower_case(code: str) -> None:
    texts = {
        "en": "On 2 DECEMBER 2004 and September 19, 2014, and 31 february 2024.",
        "fr": "Le 2 DÉCEMBRE 2004 et le 1er janvier 2020.",
        "es": "El 2 de DICIEMBRE de 2004 y el 1 de enero de 2020.",
        "ru": "2 ДЕКАБРЯ 2004 года и 1 января 2020 года.",
        "ar": "في 2 كانون الأول/ديسمبر 2004 و 1 كانون الثاني/يناير 2020.",
        "zh": "2004年12月2日和2020年1月1日。",
    }
    pattern = date_pattern(code)
    assert _found_lowered(pattern, texts[code]) == _found(pattern, texts[code])
    assert _found(pattern, texts[code])


def test_text_the_engine_folds_otherwise_is_searched_with_the_pattern() -> None:
    pattern = re.compile(r"\bsession\b|\bвосьмой\b", re.IGNORECASE)
    text = "SEſSION, ſession, воᲀьмой"  # "ſ" is "s" to the engine, not to str.lower
    assert not lowered.plain(text)
    assert _found_lowered(pattern, text) == _found(pattern, text)


def test_patterns_that_cannot_be_copied() -> None:
    assert lowered.lowered(re.compile(r"(?-i:Resolution)\s+adopted", re.IGNORECASE)) is None
    assert lowered.lowered(re.compile(r"session")) is None  # does not ignore case
    wide = re.compile(r"[\u0041-\u04ff]+", re.IGNORECASE)  # letters too many to list
    assert lowered.lowered(wide) is None
    assert _found_lowered(wide, "Abc Дд") == _found(wide, "Abc Дд")


@pytest.mark.slow
def test_lower_case_is_the_engines_outside_the_uncased_characters() -> None:
    """Every other character has one lower-case character, the one the engine compares when it
    ignores case, and is a word character exactly when that one is."""
    for point in range(sys.maxunicode + 1):
        ch = chr(point)
        if UNCASED.search(ch):
            continue
        low = ch.lower()
        assert low == chr(_sre.unicode_tolower(point)), hex(point)
        assert bool(re.match(r"\w", ch)) == bool(re.match(r"\w", low)), hex(point)
