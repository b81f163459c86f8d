"""The scan package: date reading shared by the segment and analyze stages, below both."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from mandata import lang
from mandata.lang import LANGUAGES
from mandata.scan.dates import all_dates, find_dates, impossible_dates, parse_date
from mandata.scan.needles import ASCII_TWINS, may_match, needle

SRC = Path(__file__).resolve().parents[1] / "src" / "mandata"


def _imports(folder: str) -> set[str]:
    out: set[str] = set()
    for path in (SRC / folder).glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                out.add(node.module)
            elif isinstance(node, ast.Import):
                out.update(alias.name for alias in node.names)
    return out


def test_segment_does_not_import_the_analysis() -> None:
    assert not {m for m in _imports("segment") if m.startswith("mandata.analyze")}


def test_scan_imports_neither_stage() -> None:
    stages = ("mandata.segment", "mandata.analyze", "mandata.parse")
    assert not {m for m in _imports("scan") if m.startswith(stages)}


@pytest.mark.parametrize(
    ("text", "code", "valid", "impossible"),
    [
        (
            "resolution 59/50 of 2 December 2004 and the meeting of 31 February 2024",
            "en",
            ["2004-12-02"],
            ["31 February 2024"],
        ),
        (
            "la résolution 59/50 du 2 décembre 2004, adoptée le 30 février 2005",
            "fr",
            ["2004-12-02"],
            ["30 février 2005"],
        ),
        ("2014年7月28日至12月3日举行的会议", "zh", ["2014-12-03"], []),
    ],
)
def test_the_readers_of_one_text_agree(
    text: str, code: str, valid: list[str], impossible: list[str]
) -> None:
    """Every reader of a text's dates gives what one scan of it finds, asked in any order
    and again."""
    for _ in range(2):
        assert impossible_dates(text, code) == impossible
        assert [d.isoformat() for _, d in find_dates(text, code)] == valid
        assert [d.isoformat() for _, d in all_dates(text, code)] == valid
        assert parse_date(text, code) == (valid[0] if valid else None)


@pytest.mark.parametrize(
    ("source", "flags", "expected"),
    [
        (r"\b(?P<day>\d{1,2})\s+(?P<month>May|June)\s+(?P<year>\d{4})\b", re.I, r"[\d]"),
        (r"(?P<year>\d{4}|[〇一二]{4})\s*年\s*(?P<month>\d{1,2})月", 0, "年"),
        (r"\brules?\s+\d{1,3}\s+of\s+procedure", re.I, "procedure"),
        (r"Charter\s+of|United\s+Nations\s+Charter", 0, "Charter|Nations"),
        (r"(?:abc)?\s+x", 0, "x"),
    ],
)
def test_the_needle_is_a_part_every_match_holds(source: str, flags: int, expected: str) -> None:
    found = needle(re.compile(source, flags))
    assert found is not None
    assert found.pattern.pattern == expected
    assert found.pattern.flags & re.IGNORECASE == flags & re.IGNORECASE


@pytest.mark.parametrize(
    "source",
    [
        r"abc|\s+",  # a branch without one
        r"(?i:abc)",  # flags of its own: not searched with the pattern's
        r"(?:abc)*\s",  # a part a match may leave out
        r"[^;]+",  # in nearly every text
    ],
)
def test_no_needle_where_none_is_certain(source: str) -> None:
    assert needle(re.compile(source)) is None


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_written_date_passes_its_needle(code: str) -> None:
    """The needle of each language's date pattern lets every date of the pattern through, and
    a text with no date still gives none."""
    pattern = re.compile(lang.get(code).date, re.IGNORECASE)
    for text in _DATES[code]:
        assert pattern.search(text), text
        assert may_match(pattern, text)
        assert find_dates(f"... {text} ...", code)
    assert not list(find_dates("Recalling its resolutions on the question", code))


_DATES = {
    "ar": ["2 كانون الأول/ديسمبر 2004", "15 آذار/مارس 2006"],
    "en": ["2 December 2004", "September 19, 2014", "1st March 2020"],
    "es": ["2 de diciembre de 2004", "1º de enero de 2020"],
    "fr": ["2 décembre 2004", "1er janvier 2020"],
    "ru": ["2 декабря 2004 года", "15 марта 2006 г."],
    "zh": ["2004年12月2日", "二〇〇九年七月十四日"],
}


def test_the_ascii_twins_are_every_character_matching_an_ascii_letter() -> None:
    """What ``may_match`` relies on to look for an ASCII word in a text's lower case."""
    others = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    twins = set(re.findall("[a-z]", others, re.IGNORECASE))
    assert twins == set(ASCII_TWINS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("to consider the question at its NEXT SESSION", True),
        (
            "at its next \u017fession",
            True,
        ),  # the long s: the pattern matches it, so does the needle
        ("at its next meeting", False),
        ("à sa prochaine séance, l’Assemblée", False),
    ],
)
def test_a_word_needle_ignores_case_as_the_pattern_does(text: str, expected: bool) -> None:
    pattern = re.compile(r"\bnext\s+session\b", re.IGNORECASE)
    found = needle(pattern)
    assert found is not None and found.words == ("session",) and found.folded
    assert (pattern.search(text) is not None) is expected
    assert may_match(pattern, text) is expected


def test_a_case_sensitive_word_needle_keeps_its_case() -> None:
    pattern = re.compile(r"\bCharter\s+of\b")
    assert may_match(pattern, "the Charter of the United Nations")
    assert not may_match(pattern, "the charter of the organization")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # A/RES/78/94: two ranges of one year, the second across two months
        (
            "2022年9月12日至15日和11月28日至12月4日及2023年3月2日至8日和6月1日至5日",
            ["2022-09-15", "2022-12-04", "2023-03-08", "2023-06-05"],
        ),
        # A/RES/78/229: three ranges of one year, listed with 、 and 和
        (
            "分别于2023年1月9日至20日、4月11日至21日和8月21日至9月1日举行",
            ["2023-01-20", "2023-04-21", "2023-09-01"],
        ),
        # A/RES/78/121: two days of one month, then a day of another month
        ("2023年5月3日和4日以及9月20日举行会议", ["2023-05-04", "2023-09-20"]),
        ("2015年2月17和18日", ["2015-02-18"]),
        # a year of its own is another date, not an item of the list
        ("2022年10月28日和2023年4月11日至14日", ["2022-10-28", "2023-04-14"]),
    ],
)
def test_a_chinese_list_of_dates_shares_its_year(text: str, dates: list[str]) -> None:
    """The dates of a list after the first share its year ("2022年5月10日和9月22日"): each is a
    date, a range giving its end, as the other languages print the last in full."""
    assert [d.isoformat() for _, d in all_dates(text, "zh")] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # A/RES/78/189: "33/12 و 33/13 المؤرخين 29 أيلول سبتمبر 2016"
        ("المؤرخين 29 أيلول سبتمبر 2016 و", ["2016-09-29"]),
        ("المؤرخ 30 حزيران يونيه 2023", ["2023-06-30"]),
        ("المؤرخ 2 كانون الأول ديسمبر 2004", ["2004-12-02"]),
        # A/RES/78/247: the year glued to the month
        ("و 65/250 المؤرخ 24 كانون الأول/ديسمبر2010 و", ["2010-12-24"]),
        ("المؤرخ 14 كانون الأول/ديسمبر2015", ["2015-12-14"]),
    ],
)
def test_an_arabic_date_missing_a_slash_or_a_space_is_read(text: str, dates: list[str]) -> None:
    assert [d.isoformat() for _, d in all_dates(text, "ar")] == dates
