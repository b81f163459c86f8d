"""The language tables: same shape in the six languages, ordinals read by rules, real forms.

Tests that read the shared corpus take its path from ``MANDATA_CORPUS`` (default
``<repo>/../shared/corpus``) and skip when it is absent.
"""

from __future__ import annotations

import csv
import dataclasses
import importlib
import os
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from mandata.lang import LANGUAGES, get, ordinals

REPO = Path(__file__).resolve().parent.parent

# Names a single module may have on top of the shared ones.
EXTRA_NAMES = {
    "en": {"NOT_ACTIONS", "FOLDED_ACTIONS"},
    "zh": {"ZH_DIGITS", "PHRASE_NOT_BEFORE", "STANCE_OPENING", "SECTION_NUMBERS", "DATE_LIST_NEXT"},
    "ru": {"NAME_CASES_IRREGULAR", "NAME_PLURAL_NOUNS", "NAME_SOFT_FEMININE"},
    "ar": {
        "NAME_PARTICLES",
        "NAME_PARTICLES_PATTERN",
        "PHRASE_OBJECTS",
        "SECTION_NUMBERS",
        "NUMBER_PREFIXES",
        "ATTACHED_JOINERS",
        "OCR_LOST_LINES",
        "OCR_BAND_PACKS",
        "OCR_TALL_LETTERS",
        "OCR_MARKS_ABOVE",
        "OCR_SKELETON",
    },
}

STR_TABLES = ("LANGUAGE_NAMES", "ENACTING", "PREAMBULAR", "OPERATIVE", "MODIFIERS", "MASTHEAD")
INT_TABLES = ("MONTHS", "ANNEX_NUMBERS")
TUPLES = ("ADDITIVES", "PREAMBULAR_PREFIXES")


def module(code: str) -> ModuleType:
    return importlib.import_module(f"mandata.lang.{code}")


def public_names(mod: ModuleType) -> set[str]:
    return {name for name in vars(mod) if name.isupper() and not name.startswith("_")}


def action_keys(mod: ModuleType) -> set[str]:
    return set(mod.PREAMBULAR.values()) | set(mod.OPERATIVE.values())


# --- shape ---------------------------------------------------------------------------------------


def test_every_module_has_the_same_names() -> None:
    expected = public_names(module("en")) - EXTRA_NAMES["en"]
    for code in LANGUAGES:
        names = public_names(module(code)) - EXTRA_NAMES.get(code, set())
        assert names == expected, code
        assert code == module(code).CODE


@pytest.mark.parametrize("code", LANGUAGES)
def test_data_holds_the_module_tables(code: str) -> None:
    """get() gives the module's DATA, a field for each of its tables, the same objects."""
    data, mod = get(code), module(code)
    assert data is mod.DATA and data.code == code
    for field in dataclasses.fields(data):
        if hasattr(mod, field.name.upper()):
            assert getattr(data, field.name) is getattr(mod, field.name.upper()), field.name
        else:  # a table of one or two languages only, empty elsewhere
            extras = {name.lower() for names in EXTRA_NAMES.values() for name in names}
            assert field.name in extras and not getattr(data, field.name), (code, field.name)
    tables = public_names(mod) - {"DATA"} - EXTRA_NAMES.get(code, set())
    assert tables <= {field.name.upper() for field in dataclasses.fields(data)}


@pytest.mark.parametrize("code", LANGUAGES)
def test_number_tables(code: str) -> None:
    data = get(code)
    assert data.clock_times and data.scale_words and data.decimal_sign in (".", ",")
    for source in data.clock_times:
        assert {"hour"} <= set(re.compile(source).groupindex) <= {"hour", "minute", "part"}
    for source, value in (*data.scale_words, *data.scale_duals):
        assert re.compile(source).groups == 0 and value >= 1000, source


@pytest.mark.parametrize("code", LANGUAGES)
def test_table_types(code: str) -> None:
    mod = module(code)
    for name in STR_TABLES:
        table = getattr(mod, name)
        assert isinstance(table, dict) and table, (code, name)
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()), name
    for name in INT_TABLES:
        table = getattr(mod, name)
        assert all(isinstance(k, str) and isinstance(v, int) for k, v in table.items()), name
    for name in TUPLES:
        assert all(isinstance(item, str) for item in getattr(mod, name)), name
    assert isinstance(mod.DATE, str)
    assert all(isinstance(group, tuple) for group in mod.EQUIVALENT_ACTIONS)


@pytest.mark.parametrize("code", LANGUAGES)
def test_lookup_tables_are_lower_case(code: str) -> None:
    mod = module(code)
    for name in ("LANGUAGE_NAMES", "MONTHS", "ANNEX_NUMBERS", "MODIFIERS"):
        for key in getattr(mod, name):
            assert key == key.lower(), (name, key)
    for item in mod.ADDITIVES:
        assert item == item.lower()


def test_the_six_languages_offer_the_same_action_keys() -> None:
    expected = action_keys(module("en"))
    for code in LANGUAGES:
        assert action_keys(module(code)) == expected, (
            code,
            sorted(expected - action_keys(module(code))),
            sorted(action_keys(module(code)) - expected),
        )


@pytest.mark.parametrize("code", LANGUAGES)
def test_keys_follow_the_naming_rule(code: str) -> None:
    mod = module(code)
    for key in action_keys(mod):
        assert re.fullmatch(r"[a-z]+(?:_[a-z]+)*", key), key
    keys = action_keys(module("en"))
    for group in mod.EQUIVALENT_ACTIONS:
        assert len(group) > 1 and set(group) <= keys, group


@pytest.mark.parametrize("code", LANGUAGES)
def test_months_and_language_names_are_complete(code: str) -> None:
    mod = module(code)
    assert set(mod.MONTHS.values()) == set(range(1, 13))
    assert set(mod.LANGUAGE_NAMES.values()) == set(LANGUAGES)
    assert set(mod.ENACTING.values()) == {"GA", "SC", "ECOSOC", "HRC"}
    assert set(mod.ANNEX_NUMBERS.values()) >= set(range(1, 11))


# --- masthead patterns ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_masthead_has_the_keys_and_groups_of_english(code: str) -> None:
    english = module("en").MASTHEAD
    mine = module(code).MASTHEAD
    assert set(mine) == set(english)
    for name in english:
        expected = set(re.compile(english[name]).groupindex)
        assert set(get(code).pattern(name).groupindex) == expected, (code, name)


MASTHEAD_CASES: list[tuple[str, str, str, dict[str, str | None]]] = [
    ("en", "distribution", "Distr.: General", {"value": "General"}),
    ("en", "session", "Sixty-fourth session", {"ordinal": "Sixty-fourth"}),
    (
        "en",
        "adopted",
        "Resolution adopted by the General Assembly on 2 March 2010",
        {"body": "General Assembly", "date": "2 March 2010"},
    ),
    ("en", "meeting", "74th plenary meeting", {"value": "74th plenary meeting"}),
    ("en", "annex", "Annex II", {"number": "II"}),
    (
        "en",
        "letter",
        "Letter dated 3 March 2011 from the Permanent Representative of Kazakhstan to the United "
        "Nations addressed to the Secretary-General",
        {"date": "3 March 2011", "addressee": "the Secretary-General"},
    ),
    ("fr", "distribution", "Distr. générale", {"value": "générale"}),
    ("fr", "original", "Original : anglais", {"value": "anglais"}),
    ("fr", "session", "Soixante et onzième session", {"ordinal": "Soixante et onzième"}),
    ("fr", "agenda_item", "Point 125 t) de l'ordre du jour", {"value": "125 t)"}),
    (
        "fr",
        "adopted",
        "Résolution adoptée par l'Assemblée générale le 2 mars 2010",
        {"body": "Assemblée générale", "date": "2 mars 2010"},
    ),
    ("fr", "meeting", "74e séance plénière", {"value": "74e séance plénière"}),
    ("fr", "annex", "Annexe I", {"number": "I"}),
    (
        "fr",
        "letter",
        "Lettre datée du 3 mars 2011, adressée au Secrétaire général par le Représentant permanent "
        "du Kazakhstan auprès de l'Organisation des Nations Unies",
        {
            "date": "3 mars 2011",
            "addressee": "Secrétaire général",
            "sender2": "le Représentant permanent du Kazakhstan auprès de l'Organisation des "
            "Nations Unies",
        },
    ),
    ("fr", "signed", "(Signé) Jean Dupont", {"value": "Jean Dupont"}),
    ("es", "distribution", "Distr. general", {"value": "general"}),
    ("es", "session", "Sexagésimo cuarto período de sesiones", {"ordinal": "Sexagésimo cuarto"}),
    ("es", "agenda_item", "Tema 125 t) del programa", {"value": "125 t)"}),
    (
        "es",
        "adopted",
        "Resolución aprobada por la Asamblea General el 2 de marzo de 2010",
        {"body": "Asamblea General", "date": "2 de marzo de 2010"},
    ),
    ("es", "meeting", "74a sesión plenaria", {"value": "74a sesión plenaria"}),
    (
        "es",
        "letter",
        "Carta de fecha 3 de marzo de 2011 dirigida al Secretario General por el Representante "
        "Permanente de Kazajstán ante las Naciones Unidas",
        {
            "date": "3 de marzo de 2011",
            "addressee": "Secretario General",
            "sender2": "el Representante Permanente de Kazajstán ante las Naciones Unidas",
        },
    ),
    ("ru", "session", "Шестьдесят четвертая сессия", {"ordinal": "Шестьдесят четвертая"}),
    ("ru", "agenda_item", "Пункт 125 (t) повестки дня", {"value": "125 (t)"}),
    (
        "ru",
        "adopted",
        "Резолюция, принятая Генеральной Ассамблеей 2 марта 2010 года",
        {"body": "Генеральной Ассамблеей", "date": "2 марта 2010 года"},
    ),
    ("ru", "meeting", "74-е пленарное заседание", {"value": "74-е пленарное заседание"}),
    ("ru", "annex", "Приложение II", {"number": "II"}),
    (
        "ru",
        "letter",
        "Письмо Постоянного представителя Казахстана при Организации Объединенных Наций от "
        "3 марта 2011 года на имя Генерального секретаря",
        {
            "sender": "Постоянного представителя Казахстана при Организации Объединенных Наций",
            "date": "3 марта 2011 года",
            "addressee": "Генерального секретаря",
        },
    ),
    ("ar", "distribution", "Distr.: General", {"value": "General"}),
    ("ar", "original", "Original: Russian", {"value": "Russian"}),
    ("ar", "session", "الدورة الرابعة والستون", {"ordinal": "الرابعة والستون"}),
    ("ar", "session", "الدورة الاستثنائية الطارئة العاشرة", {"ordinal": "العاشرة"}),
    ("ar", "agenda_item", "البند 125 (ر) من جدول الأعمال", {"value": "125 (ر)"}),
    (
        "ar",
        "adopted",
        "قرار اتخذته الجمعية العامة في 2 آذار/مارس 2010",
        {"body": "الجمعية العامة", "date": "2 آذار/مارس 2010"},
    ),
    ("ar", "annex", "المرفق الثاني", {"number": "الثاني"}),
    ("ar", "explanatory_memorandum", "مذكرة توضيحية", {}),
    (
        "ar",
        "letter",
        "رسالة مؤرخة 3 آذار/مارس 2011 موجهة إلى الأمين العام من الممثل الدائم لكازاخستان لدى "
        "الأمم المتحدة",
        {
            "date": "3 آذار/مارس 2011",
            "addressee": "الأمين العام",
            "sender2": "الممثل الدائم لكازاخستان لدى الأمم المتحدة",
            "sender": None,
        },
    ),
    (
        "ar",
        "letter",
        "رسالة مؤرخة 3 كانون الأول/ديسمبر 2011 موجهة من رئيس مجلس الأمن إلى الأمين العام",
        {
            "date": "3 كانون الأول/ديسمبر 2011",
            "sender": "رئيس مجلس الأمن",
            "addressee": "الأمين العام",
        },
    ),
    ("ar", "signed", "(توقيع) أحمد علي", {"value": "أحمد علي"}),
    ("ar", "request_item", "طلب إدراج بند تكميلي في جدول أعمال الدورة السادسة والستين", {}),
    ("zh", "session", "第六十四届会议", {"ordinal": "六十四"}),
    ("zh", "session", "第十届紧急特别会议", {"ordinal": "十"}),
    ("zh", "agenda_item", "议程项目125(t)", {"value": "125(t)"}),
    ("zh", "adopted", "大会2010年3月2日通过的决议", {"body": "大会", "date": "2010年3月2日"}),
    ("zh", "meeting", "第74次全体会议", {"value": "第74次全体会议"}),
    ("zh", "annex", "附件二", {"number": "二"}),
    (
        "zh",
        "letter",
        "2011年3月3日哈萨克斯坦常驻联合国代表给秘书长的信",
        {
            "date": "2011年3月3日",
            "sender": "哈萨克斯坦常驻联合国代表",
            "addressee": "秘书长",
            "sender2": None,
        },
    ),
    ("zh", "request_item", "请求在第六十六届会议议程内列入一个补充项目", {}),
    ("zh", "signed", "(签名)王明", {"value": "王明"}),
    ("zh", "signed", "王明(签名)", {"value": "王明"}),
]


@pytest.mark.parametrize(("code", "name", "line", "groups"), MASTHEAD_CASES)
def test_masthead_examples(code: str, name: str, line: str, groups: dict[str, str | None]) -> None:
    match = get(code).pattern(name).search(line)
    assert match, (code, name, line)
    for group, value in groups.items():
        assert match.group(group) == value, (group, match.groupdict())


@pytest.mark.parametrize("code", LANGUAGES)
def test_session_ordinals_resolve(code: str) -> None:
    lines = {
        "en": "Sixty-fourth session",
        "fr": "Soixante-quatrième session",
        "es": "Sexagésimo cuarto período de sesiones",
        "ru": "Шестьдесят четвертая сессия",
        "ar": "الدورة الرابعة والستون",
        "zh": "第六十四届会议",
    }
    match = get(code).pattern("session").search(lines[code])
    assert match
    assert ordinals.read(" ".join(match.group("ordinal").lower().split()), code) == 64


@pytest.mark.parametrize("code", LANGUAGES)
def test_annex_numbers_resolve(code: str) -> None:
    lines = {
        "en": "Annex II",
        "fr": "Annexe II",
        "es": "Anexo II",
        "ru": "Приложение II",
        "ar": "المرفق الثاني",
        "zh": "附件二",
    }
    match = get(code).pattern("annex").search(lines[code])
    assert match and module(code).ANNEX_NUMBERS[match.group("number").lower()] == 2


DATE_CASES: list[tuple[str, str, tuple[int, int, int]]] = [
    ("en", "its resolution 59/50 of 2 December 2004,", (2, 12, 2004)),
    ("fr", "sa résolution 59/50 du 2 décembre 2004", (2, 12, 2004)),
    ("fr", "le 1er juillet 2009", (1, 7, 2009)),
    ("es", "su resolución 59/50, de 2 de diciembre de 2004", (2, 12, 2004)),
    ("es", "el 1º de julio de 2009", (1, 7, 2009)),
    ("ru", "свою резолюцию 59/50 от 2 декабря 2004 года", (2, 12, 2004)),
    ("ar", "قرارها 59/50 المؤرخ 2 كانون الأول/ديسمبر 2004", (2, 12, 2004)),
    ("ar", "المؤرخ 22 تشرين الأول/ أكتوبر 1982", (22, 10, 1982)),
    ("ar", "في 14 تموز / يوليو 2009", (14, 7, 2009)),
    ("zh", "2004年12月2日第59/50号决议", (2, 12, 2004)),
]


def _date(code: str, text: str) -> tuple[int, int, int]:
    mod = module(code)
    match = re.search(mod.DATE, text, re.IGNORECASE)
    assert match, (code, text)
    month = re.sub(r"\s*/\s*", "/", " ".join(match.group("month").lower().split()))
    return int(match.group("day")), mod.MONTHS[month], int(match.group("year"))


@pytest.mark.parametrize(("code", "text", "expected"), DATE_CASES)
def test_dates(code: str, text: str, expected: tuple[int, int, int]) -> None:
    assert _date(code, text) == expected


def test_chinese_numeral_dates() -> None:
    zh = module("zh")
    match = re.search(zh.DATE, "二〇〇九年七月十四日")
    assert match
    year = int("".join(zh.ZH_DIGITS[c] for c in match.group("year")))
    assert (year, zh.MONTHS[match.group("month")], ordinals.read(match.group("day"), "zh")) == (
        2009,
        7,
        14,
    )


# --- ordinals ------------------------------------------------------------------------------------

ORDINAL_CASES: dict[str, list[tuple[str, int]]] = {
    "en": [
        ("first", 1),
        ("sixty-fourth", 64),
        ("sixty fourth", 64),
        ("two hundredth", 200),
        ("one hundred and first", 101),
        ("64th", 64),
    ],
    "fr": [
        ("premier", 1),
        ("première", 1),
        ("soixante-quatrième", 64),
        ("soixante et onzième", 71),
        ("soixante-et-onzième", 71),
        ("quatre-vingt-unième", 81),
        ("quatre vingt unième", 81),
        ("quatre-vingtième", 80),
        ("cent unième", 101),
        ("deux centième", 200),
        ("1er", 1),
    ],
    "es": [
        ("primero", 1),
        ("primer", 1),
        ("primera", 1),
        ("sexagésimo cuarto", 64),
        ("sexagésima cuarta", 64),
        ("septuagésimo primer", 71),
        ("trigésimo quinto", 35),
        ("cuadragésimo octavo", 48),
        ("vigesimoprimero", 21),
        ("centésimo", 100),
        ("58º", 58),
        ("58o", 58),
    ],
    "ru": [
        ("первый", 1),
        ("шестьдесят четвертая", 64),
        ("шестьдесят четвертой", 64),
        ("шестьдесят четвертую", 64),
        ("шестьдесят четвёртой", 64),
        ("третьей", 3),
        ("сороковой", 40),
        ("сто первой", 101),
        ("двухсотой", 200),
        ("пятьдесят восьмой", 58),
    ],
    "ar": [
        ("الأول", 1),
        ("الأولى", 1),
        ("الرابعة والستون", 64),
        ("الرابعة والستين", 64),
        ("الرابع والستون", 64),
        ("الحادية والثمانين", 81),
        ("الحادية عشرة", 11),
        ("الحادي عشر", 11),
        ("المائة", 100),
        ("المئة", 100),
        ("رابعة وستون", 64),
        ("الثامنة والخمسين", 58),
        ("الحادية بعد المائة", 101),
    ],
    "zh": [
        ("六十四", 64),
        ("第六十四", 64),
        ("一百零一", 101),
        ("十", 10),
        ("十一", 11),
        ("一百二十", 120),
        ("两百", 200),
        ("第64", 64),
    ],
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_ordinal_examples(code: str) -> None:
    for word, number in ORDINAL_CASES[code]:
        assert ordinals.read(word, code) == number, word


@pytest.mark.parametrize("code", LANGUAGES)
def test_ordinals_cover_1_to_200(code: str) -> None:
    assert set(ordinals.words(code).values()) == set(range(1, 201))


# Forms the tables generated before the rules (up to this session) gave, in digits and in words,
# and forms they did not have (None): a number past 200, a leading zero, the wrong suffix, another
# language's suffix, Arabic-Indic digits.
DIGIT_CASES: dict[str, list[tuple[str, int | None]]] = {
    "en": [
        ("1st", 1),
        ("2nd", 2),
        ("3rd", 3),
        ("11th", 11),
        ("12th", 12),
        ("13th", 13),
        ("21st", 21),
        ("64th", 64),
        ("101st", 101),
        ("111th", 111),
        ("112th", 112),
        ("122nd", 122),
        ("200th", 200),
        ("21th", None),
        ("11st", None),
        ("111st", None),
        ("201st", None),
        ("064th", None),
        ("0th", None),
        ("64e", None),
        ("64", None),
    ],
    "fr": [
        ("64e", 64),
        ("64ème", 64),
        ("64eme", 64),
        ("64ième", 64),
        ("64ieme", 64),
        ("1er", 1),
        ("1re", 1),
        ("1ère", 1),
        ("1ere", 1),
        ("1e", 1),
        ("200e", 200),
        ("2er", None),
        ("11er", None),
        ("201e", None),
        ("64th", None),
        ("64èmes", None),
    ],
    "es": [
        ("58º", 58),
        ("58.º", 58),
        ("58ª", 58),
        ("58.ª", 58),
        ("58o", 58),
        ("58.o", 58),
        ("58a", 58),
        ("58°", 58),
        ("1.er", 1),
        ("1er", 1),
        ("3er", 3),
        ("3.er", 3),
        ("2er", None),
        ("58..º", None),
        ("201º", None),
        ("58", None),
    ],
    "ru": [
        ("64-й", 64),
        ("64-я", 64),
        ("64-го", 64),
        ("64-ого", 64),
        ("64-му", 64),
        ("64-м", 64),
        ("64-е", 64),
        ("1-й", 1),
        ("200-й", 200),
        ("201-й", None),
        ("64й", None),
        ("64-йй", None),
        ("064-й", None),
    ],
    "ar": [("64", None), ("٦٤", None), ("64th", None)],
    "zh": [
        ("第64", 64),
        ("第1", 1),
        ("第200", 200),
        ("第201", None),
        ("第064", None),
        ("第 64", None),
        ("64", None),
        ("第٦٤", None),
    ],
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_ordinals_in_digits(code: str) -> None:
    for text, number in DIGIT_CASES[code]:
        assert ordinals.read(text, code) == number, text
    for text, number in ORDINAL_CASES[code]:
        in_digits = any(c.isdigit() for c in text)
        assert ordinals.in_digits(text, code) == (number if in_digits else None), text
        assert (text in ordinals.words(code)) is not in_digits, text


@pytest.mark.parametrize("code", LANGUAGES)
def test_ordinals_read_loosely_next_to_session(code: str) -> None:
    """Next to the word for "session" a number up to 300 counts, with any language's suffix."""
    for text, number in (("64", 64), ("250th", 250), ("64-ой", 64), ("64°", 64), ("٦٤", 64)):
        assert ordinals.read(text, code, loose=True) == number, text
    for text in ("301st", "0th", "64x", "sixty"):
        assert ordinals.read(text, code, loose=True) is None, text
    assert ordinals.read("64", code) is None  # the masthead reads a bare number itself
    assert ordinals.read(ORDINAL_CASES[code][0][0], code, loose=True) == ORDINAL_CASES[code][0][1]


# Spellings num2words gets wrong, replaced before the lookup: French "quatre-vingtsième" and
# "deux centsième" (for "quatre-vingtième", "deux centième"), Spanish "quadragésimo" (for
# "cuadragésimo") and "décimoprimero" (for "decimoprimero").
NUM2WORDS_FIXES = {
    "fr": (("vingtsième", "vingtième"), ("centsième", "centième")),
    "es": (
        ("quadragésimo", "cuadragésimo"),
        ("décimoprimero", "decimoprimero"),
        ("décimosegundo", "decimosegundo"),
    ),
}
RU_CASES = ("nominative", "genitive", "dative", "accusative", "instrumental", "prepositional")


def _num2words_forms(code: str, n: int) -> list[str]:
    num2words = pytest.importorskip("num2words").num2words
    if code != "ru":
        return [num2words(n, lang=code, to="ordinal")]
    return [
        num2words(n, lang="ru", to="ordinal", case=case, gender=gender, plural=plural)
        for case in RU_CASES
        for gender in ("m", "f", "n")
        for plural in (False, True)
    ]


@pytest.mark.parametrize("code", ["en", "fr", "es", "ru"])
def test_ordinals_agree_with_num2words(code: str) -> None:
    words = ordinals.words(code)
    for n in range(1, 201):
        for word in _num2words_forms(code, n):
            word = word.lower()
            for wrong, right in NUM2WORDS_FIXES.get(code, ()):
                word = word.replace(wrong, right)
            assert words.get(word) == n, (code, n, word)


# --- leading phrases -----------------------------------------------------------------------------

_MARKS = re.compile("[\u064b-\u0652\u0670\u0640\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069*]")
_NUMBER = re.compile(r"^[-–\s]*\(?\d+\s*[-.)–]?\s*(?:[-–]\s*)?")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _normalize(text: str) -> str:
    text = _MARKS.sub("", unicodedata.normalize("NFKC", text)).translate(_DIGITS)
    return " ".join(text.replace("’", "'").split()).lower()


def _boundary(code: str, text: str, end: int) -> bool:
    return code == "zh" or end >= len(text) or not text[end].isalnum()


@cache
def _phrases(code: str) -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    mod = module(code)
    preambular = {_normalize(k): v for k, v in mod.PREAMBULAR.items()}
    operative = {_normalize(k): v for k, v in mod.OPERATIVE.items()}
    skip = {_normalize(s) for s in (*mod.ADDITIVES, *mod.MODIFIERS, *mod.PREAMBULAR_PREFIXES)}
    return preambular, operative, tuple(sorted(skip, key=len, reverse=True))


def _strip_head(code: str, text: str, skip: Iterable[str]) -> str:
    changed = True
    while changed:
        changed = False
        for item in skip:
            if text.startswith(item) and _boundary(code, text, len(item)):
                text = text[len(item) :].lstrip(" ,")
                changed = True
                break
    return text


def _drop_inner(code: str, text: str, skip: tuple[str, ...]) -> str:
    """Additives and manner words inside the first words ("We also recognize")."""
    if code == "zh":
        for subject in ("我们",):
            if text.startswith(subject):
                return subject + _strip_head(code, text[len(subject) :], skip)
        return text
    words = text.split(" ")
    head, kept, i = words[:7], [], 0
    while i < len(head):
        for item in skip:
            size = len(item.split(" "))
            if i and [w.strip(",") for w in head[i : i + size]] == item.split(" "):
                i += size
                break
        else:
            kept.append(head[i])
            i += 1
    return " ".join(kept + words[7:])


def leading_action(code: str, text: str) -> tuple[str, str] | None:
    """(phrase, key) of the longest table phrase opening ``text`` once numbers, prefixes,
    additives and manner words are set aside; None when no phrase opens it. A numbered paragraph
    is looked up in ``OPERATIVE`` first, any other in ``PREAMBULAR`` first."""
    preambular, operative, skip = _phrases(code)
    normalized = _normalize(text)
    text = _NUMBER.sub("", normalized, count=1)
    tables = (operative, preambular) if text != normalized else (preambular, operative)
    head = _strip_head(code, text, skip)
    for phrases in tables:
        best: tuple[str, str] | None = None
        for candidate in (text, head, _drop_inner(code, head, skip)):
            for phrase, key in phrases.items():
                if (
                    candidate.startswith(phrase)
                    and _boundary(code, candidate, len(phrase))
                    and (best is None or len(phrase) > len(best[0]))
                ):
                    best = (phrase, key)
        if best:
            return best
    return None


def equivalent(code: str, key: str, other: str) -> bool:
    return key == other or any(
        key in group and other in group for group in module(code).EQUIVALENT_ACTIONS
    )


@pytest.mark.parametrize(
    ("code", "text", "key"),
    [
        ("en", "Also requests the Secretary-General to submit", "request"),
        ("en", "Takes note with appreciation of the report", "take_note"),
        ("en", "Deeply concerned that", "be_concerned"),
        ("en", "We also recognize that", "recognize"),
        ("en", "Calls upon States", "call_upon"),
        ("fr", "Prie en outre le Secrétaire général", "request"),
        ("fr", "Prend note avec satisfaction du rapport", "take_note"),
        ("fr", "Convaincue que", "be_convinced"),
        ("fr", "Demande aux États Membres", "call_upon"),
        ("es", "Acoge con beneplácito también", "welcome"),
        ("es", "Solicita al Secretario General", "request"),
        ("es", "Convencida de que", "be_convinced"),
        ("ru", "будучи убеждена в том, что", "be_convinced"),
        ("ru", "принимает к сведению доклад", "take_note"),
        ("ru", "просит далее Генерального секретаря", "request"),
        ("ru", "с удовлетворением отмечает", "note"),
        ("ar", "وإذ تشير أيضا إلى قرارها", "recall"),
        ("ar", "وقد نظرت في تقرير الأمين العام", "consider"),
        ("ar", "٤ - تطلب إلى الأمين العام", "request"),
        ("ar", "١ - تحيط علماً مع التقدير بالتقرير", "take_note"),
        ("ar", "واقتناعا منها بأن", "be_convinced"),
        ("zh", "又回顾其决议", "recall"),
        ("zh", "1. 赞赏地表示注意到秘书长的报告", "take_note"),
        ("zh", "1. 赞赏地注意到秘书长的报告", "note"),  # "Notes with appreciation" (UN XML)
        ("zh", "赞赏地注意到秘书长的报告，", "note"),
        ("zh", "表示注意到秘书长的报告", "take_note"),
        ("zh", "请秘书长向大会第六十五届会议提交报告", "request"),
    ],
)
def test_leading_actions(code: str, text: str, key: str) -> None:
    found = leading_action(code, text)
    assert found and found[1] == key, found


# --- against the corpus --------------------------------------------------------------------------


def corpus() -> Path:
    path = Path(os.environ.get("MANDATA_CORPUS", REPO.parent / "shared" / "corpus"))
    if not path.is_dir():
        pytest.skip(f"corpus not found at {path} (set MANDATA_CORPUS)")
    return path


def _eosg_rows() -> list[dict[str, str]]:
    path = corpus() / "eosg" / "_action_verb_counts.csv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if int(row["count"]) >= 3]


def _eosg_covered(row: dict[str, str]) -> bool:
    """The row's verb opens an English phrase of the tables, or its example is read by one."""
    en = module("en")
    verb = _normalize(row["action_verb"]).strip(",")
    if verb in {_normalize(p).split(" ")[0] for p in (*en.PREAMBULAR, *en.OPERATIVE)}:
        return True
    found = leading_action("en", row["example_text"])
    if found is None:
        return False
    text = _normalize(row["example_text"])
    return verb.split(" ")[0] in text.split(" ")[: len(found[0].split(" ")) + 3]


def test_eosg_leading_verbs_are_covered_or_not_actions() -> None:
    rows = _eosg_rows()
    not_actions = set(module("en").NOT_ACTIONS)
    missing = [
        r["action_verb"]
        for r in rows
        if r["action_verb"] not in not_actions and not _eosg_covered(r)
    ]
    assert not missing, missing
    listed = {r["action_verb"]: r for r in rows}
    stale = [v for v in not_actions if v not in listed or _eosg_covered(listed[v])]
    assert not stale, f"NOT_ACTIONS entries that are covered or absent: {stale}"


def six_way_agreement() -> tuple[int, int, int, list[tuple[str, str, str, str]]]:
    """(rows read in English, agreeing strictly, agreeing up to EQUIVALENT_ACTIONS, misses)."""
    path = corpus() / "multi" / "unpc-dev" / "sentences.6way.tsv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    total = strict = loose = 0
    misses: list[tuple[str, str, str, str]] = []
    for row in rows:
        english = leading_action("en", row["en"])
        if english is None:
            continue
        for code in LANGUAGES:
            if code == "en":
                continue
            total += 1
            found = leading_action(code, row[code])
            key = found[1] if found else "-"
            strict += key == english[1]
            if equivalent(code, english[1], key):
                loose += 1
            else:
                misses.append((code, english[1], key, row[code][:60]))
    return total, strict, loose, misses


def test_six_way_sentences_get_the_same_action_in_every_language() -> None:
    total, strict, loose, misses = six_way_agreement()
    assert total > 500
    print(f"six-way agreement: strict {strict / total:.1%}, with equivalents {loose / total:.1%}")
    assert loose / total >= 0.90, misses[:40]


def _seed_lines() -> list[str]:
    path = corpus() / "seed" / "000_26fd981915cedf0e.txt"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    return [_normalize(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_arabic_seed_document() -> None:
    lines = [line for line in _seed_lines() if line]
    ar = get("ar")

    def first(name: str, candidates: Iterable[str]) -> re.Match[str]:
        for line in candidates:
            match = ar.pattern(name).search(line)
            if match:
                return match
        raise AssertionError(name)

    session = first("session", lines)
    assert ordinals.read(session.group("ordinal"), "ar") == 64
    assert first("request_item", lines)
    assert ar.language_names[first("original", lines).group("value").lower()] == "ru"
    title = next(i for i, line in enumerate(lines) if line.startswith("رسالة مؤرخة"))
    letter = ar.pattern("letter").search(" ".join(lines[title : title + 2]))
    assert letter and letter.group("addressee") == "الأمين العام"
    assert letter.group("sender2") == "الممثل الدائم للاتحاد الروسي لدى الأمم المتحدة"
    assert _date("ar", letter.group("date")) == (14, 7, 2009)
    assert first("signed", lines).group("value") == "فيتالي تشوركين"
    annexes = [m.group("number") for line in lines if (m := ar.pattern("annex").search(line))]
    assert [ar.annex_numbers[n] for n in annexes] == [1, 2]
    assert first("explanatory_memorandum", lines)
    enacting = lines.index("إن الجمعية العامة،")
    keys = [leading_action("ar", line) for line in lines[enacting + 1 :] if line != "-"]
    assert [k[1] if k else None for k in keys] == [
        "recall",
        "recall",
        "welcome",
        "recall",
        "emphasize",
        "take_note",
        "note",
        "invite",
        "request",
        "decide",
    ]


def _excerpt_body(name: str, enacting: str) -> list[str]:
    """The paragraphs after the enacting formula. A line not ending in punctuation, or (in French
    and Spanish, whose paragraphs open with a capital) followed by one opening with a small letter
    or a digit, is wrapped."""
    capitalized = name.startswith(("es_", "fr_"))
    path = corpus() / "multi" / "excerpts" / name
    if not path.is_file():
        pytest.skip(f"{path} not found")
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    start = next(i for i, line in enumerate(lines) if _normalize(line).rstrip(",،") == enacting)
    paragraphs: list[str] = []
    for line in lines[start + 1 :]:
        if not line:
            continue
        wrapped = not paragraphs[-1].endswith(tuple(",;:.،；，。)")) if paragraphs else False
        if wrapped or (paragraphs and capitalized and not line[0].isupper()):
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return paragraphs


@pytest.mark.parametrize(
    ("name", "code", "enacting"),
    [
        ("ar_A-RES-52-4.partial.txt", "ar", "إن الجمعية العامة"),
        ("fr_A-RES-52-4.partial.txt", "fr", "L'Assemblée générale"),
        ("es_A-RES-55-15.partial.txt", "es", "La Asamblea General"),
        ("ru_A-RES-53-15.partial.txt", "ru", "Генеральная Ассамблея"),
        ("zh_A-RES-52-4.partial.txt", "zh", "大会"),
        ("zh_A-RES-52-7.txt", "zh", "大会"),
    ],
)
def test_excerpt_paragraphs_open_with_a_table_phrase(name: str, code: str, enacting: str) -> None:
    assert module(code).ENACTING[enacting] == "GA"
    body = _excerpt_body(name, _normalize(enacting))
    # Paragraphs of the resolution end with "," or ";"; dates, meetings and notes do not.
    body = [p for p in body if p.endswith((",", ";", "；", "，", "،", ",1/", ",2/", ",3/"))]
    assert body
    unread = [p[:50] for p in body if leading_action(code, p) is None]
    assert not unread, unread


def test_languages_load() -> None:
    for code in LANGUAGES:
        assert ordinals.words(code)
