"""Ordinal numbers 1 to 200 in the six languages, written in words or in digits.

:func:`read` is the one reader of an ordinal: the masthead ("Sixty-fourth session"), the session
analysis ("at its sixty-fourth session", "الدورة الرابعة والستين") and the comparison use it. The
word forms are computed from the rules below at first use and kept (:func:`words`); the forms in
digits are read by one pattern per language (``DIGIT_FORMS``), not listed. Every form is lower case,
words separated by one space, as it reads after the normalization the parser applies (NFKC: "58º"
becomes "58o"). Each language gives every gender, case and spelling that UN documents print for
session names and ordinal references:

- en: "sixty-fourth", "sixty fourth", "one hundred and first", "one hundred first", "64th".
- fr: traditional spelling ("soixante et onzième", "quatre-vingt-unième"), the same without hyphens,
  the 1990 spelling with hyphens throughout ("soixante-et-onzième"), "premier"/"première",
  "second"/"seconde", and "64e", "64ème", "1er", "1re".
- es: masculine, feminine and apocopated forms ("septuagésimo primer"), written apart or fused
  ("vigesimocuarto"), with and without accents, and "58º", "58.º" (also as NFKC leaves them: "58o").
- ru: every gender, number and case of the last word ("шестьдесят четвертой"), with е and ё,
  and "64-й", "64-я", "64-го" ...
- ar: masculine and feminine, nominative and genitive/accusative ("الرابعة والستون",
  "الرابعة والستين"), with and without the article, with and without hamza on alif, "المائة"
  and "المئة" spellings.
- zh: Chinese numerals ("六十四", "一百零一", "两百") and the same with "第", and "第64".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

MAX = 200

# The forms in digits, 1 to MAX without a leading zero: group 1 (or the one group that matched)
# holds the number. English takes the suffix of its number ("21st", "11th", "112th"; not "21th").
DIGIT_FORMS: dict[str, str] = {
    "en": r"(?=[1-9])(?:([0-9]*(?:1[123]|[04-9]))th|((?:[0-9]*[02-9])?1)st"
    r"|((?:[0-9]*[02-9])?2)nd|((?:[0-9]*[02-9])?3)rd)",
    "fr": r"(?=[1-9])(?:([0-9]+)(?:e|i?[eè]me)|(1)(?:er|[eè]?re))",  # 64e, 64ème, 1er, 1re
    # "58º" / "58.º" / "58ª" and what NFKC makes of them ("58o", "58.o", "58a"); "1.er", "3er"
    "es": r"(?=[1-9])(?:([0-9]+)\.?[ºªoa°]|([13])\.?er)",
    "ru": r"(?=[1-9])([0-9]+)-(?:й|я|е|го|му|м|ю|х|ой|ая|ый|ого)",
    "ar": r"(?!)",  # Arabic writes its ordinals in words
    "zh": r"第(?=[1-9])([0-9]+)",
}


# Digits as the session analysis reads them next to the word for "session": a number up to 300,
# with any language's suffix or none ("64", "64th", "64-ой", "64°").
_LOOSE_DIGITS = re.compile(r"^(\d{1,3})(?:st|nd|rd|th|e|er|re|º|ª|°|-?[а-я]+)?$")


def read(text: str, code: str, *, loose: bool = False) -> int | None:
    """The ordinal that ``text`` is in language ``code`` (lower case, words separated by one
    space: "sixty-fourth", "64th", "الرابعة والستين", "第64"), or ``None``; ``loose``: also any
    number up to 300 with any language's ordinal suffix or none (next to the word "session")."""
    value = words(code).get(text)
    if value is None:
        value = in_digits(text, code)
    if value is None and loose and (digits := _LOOSE_DIGITS.match(text)):
        number = int(digits[1])
        return number if 0 < number <= 300 else None
    return value


def in_digits(text: str, code: str) -> int | None:
    """The ordinal that ``text`` writes in digits ("64th", "58.º", "64-й"), or ``None``."""
    m = _digit_pattern(code).fullmatch(text)
    if m is None:
        return None
    value = int(next(group for group in m.groups() if group))
    return value if value <= MAX else None


@cache
def _digit_pattern(code: str) -> re.Pattern[str]:
    return re.compile(DIGIT_FORMS[code])


@cache
def words(code: str) -> dict[str, int]:
    """Every ordinal of ``code`` written in words -> its number, sorted by the form (as the
    generated tables were: IGov's session labels take the last one-word form of a number)."""
    rules = _RULES[code]
    table: dict[str, int] = {}
    for n in range(1, MAX + 1):
        for form in rules(n):
            key = " ".join(form.lower().split())
            if table.get(key, n) != n:
                raise ValueError(f"{key!r} means both {table[key]} and {n}")
            table[key] = n
    return dict(sorted(table.items()))


@cache
def first_words(code: str) -> frozenset[str]:
    """The words an ordinal of ``code`` in words can begin with: most words of a text are not."""
    return frozenset(key.split()[0] for key in words(code))


# --- English -------------------------------------------------------------------------------------

_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_ORD_UNITS = [
    "_",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
]
_EN_ORD_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_EN_ORD_TENS = "_ _ twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"


def _en_below_100(n: int) -> list[str]:
    if n < 10:
        return [_EN_ORD_UNITS[n]]
    if n < 20:
        return [_EN_ORD_TEENS[n - 10]]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return [_EN_ORD_TENS.split()[tens]]
    return [f"{_EN_TENS[tens]}-{_EN_ORD_UNITS[unit]}", f"{_EN_TENS[tens]} {_EN_ORD_UNITS[unit]}"]


def _english(n: int) -> list[str]:
    """ "sixty-fourth", "sixty fourth", "one hundred and first", "one hundred first"."""
    if n < 100:
        return _en_below_100(n)
    if n == 100:
        return ["hundredth", "one hundredth", "one-hundredth"]
    if n == 200:
        return ["two hundredth", "two-hundredth"]
    rest = _en_below_100(n - 100)
    return [f"one hundred and {r}" for r in rest] + [f"one hundred {r}" for r in rest]


# --- French --------------------------------------------------------------------------------------

_FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_FR_TEENS = [
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
_FR_TENS = ["_", "_", "vingt", "trente", "quarante", "cinquante", "soixante"]


def _fr_cardinal(n: int) -> str:
    """Traditional spelling (hyphens below 100 except around "et")."""
    if n < 10:
        return _FR_UNITS[n]
    if n < 20:
        return _FR_TEENS[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return _FR_TENS[tens]
        if unit == 1:
            return f"{_FR_TENS[tens]} et un"
        return f"{_FR_TENS[tens]}-{_FR_UNITS[unit]}"
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante-{_FR_TEENS[n - 70]}"
    if n == 80:
        return "quatre-vingts"
    if n < 100:
        return f"quatre-vingt-{_fr_cardinal(n - 80)}"
    if n == 100:
        return "cent"
    if n < 200:
        return f"cent {_fr_cardinal(n - 100)}"
    return "deux cents"


def _fr_ordinal_word(word: str) -> str:
    special = {"un": "unième", "cinq": "cinquième", "neuf": "neuvième", "vingts": "vingtième"}
    if word in special:
        return special[word]
    if word == "cents":
        return "centième"
    return (word[:-1] if word.endswith("e") else word) + "ième"


def _fr_ordinal(n: int) -> str:
    cardinal = _fr_cardinal(n)
    cut = max(cardinal.rfind(" "), cardinal.rfind("-"))
    return cardinal[: cut + 1] + _fr_ordinal_word(cardinal[cut + 1 :])


def _french(n: int) -> list[str]:
    """The traditional spelling ("soixante et onzième", "quatre-vingt-unième"), the same without
    hyphens, the 1990 spelling ("soixante-et-onzième"), each also without accents."""
    if n == 1:
        forms = ["premier", "première", "premiere"]
    else:
        traditional = _fr_ordinal(n)
        forms = [traditional, traditional.replace("-", " "), traditional.replace(" ", "-")]
        if n == 2:
            forms += ["second", "seconde"]
    return forms + [_strip_accents(f) for f in forms]


# --- Spanish -------------------------------------------------------------------------------------

_ES_UNITS = [
    "_",
    "primero",
    "segundo",
    "tercero",
    "cuarto",
    "quinto",
    "sexto",
    "séptimo",
    "octavo",
    "noveno",
]
_ES_TENS = [
    "_",
    "décimo",
    "vigésimo",
    "trigésimo",
    "cuadragésimo",
    "quincuagésimo",
    "sexagésimo",
    "septuagésimo",
    "octogésimo",
    "nonagésimo",
]
_ES_TEENS_FUSED = {
    11: ["undécimo", "decimoprimero"],
    12: ["duodécimo", "decimosegundo"],
}


# Tens the UN's Spanish misspells now and then: "en su octagésimo primer período de sesiones"
# (A/RES/78/142), read as what it means; only the form written apart, as found.
_ES_TENS_MISSPELT = {8: "octagésimo"}


def _es_masculine(n: int) -> list[str]:
    """Masculine full forms of 1-99 (written apart and, where in use, fused)."""
    if n < 10:
        return [_ES_UNITS[n]] + (["séptimo", "sétimo"] if n == 7 else [])
    tens, unit = divmod(n, 10)
    spellings = [_ES_TENS[tens]] + ([_ES_TENS_MISSPELT[tens]] if tens in _ES_TENS_MISSPELT else [])
    if unit == 0:
        return spellings
    units = [_ES_UNITS[unit]] + (["sétimo"] if unit == 7 else [])
    apart = [f"{t} {u}" for t in spellings for u in units]
    fused_tens = _strip_accents(_ES_TENS[tens])
    fused = [fused_tens + u for u in units]
    if n == 18:
        fused.append("decimoctavo")
    return _ES_TEENS_FUSED.get(n, []) + apart + fused


def _es_variants(masculine: str) -> list[str]:
    """Masculine, feminine and apocopated forms of one masculine ordinal."""
    words = masculine.split(" ")
    feminine = " ".join(w[:-1] + "a" if w.endswith("o") else w for w in words)
    forms = [masculine, feminine]
    if masculine.endswith("primero") or masculine.endswith("tercero"):
        forms.append(masculine[:-1])
    return forms


def _spanish(n: int) -> list[str]:
    """Masculine, feminine and apocopated forms ("septuagésimo primer"), written apart or fused
    ("vigesimocuarto"), with and without accents."""
    if n < 100:
        masculines = _es_masculine(n)
    elif n == 100:
        masculines = ["centésimo"]
    elif n == 200:
        masculines = ["ducentésimo"]
    else:
        masculines = [f"centésimo {m}" for m in _es_masculine(n - 100)]
    forms = [v for m in masculines for v in _es_variants(m)]
    return forms + [_strip_accents(f) for f in forms]


# --- Russian -------------------------------------------------------------------------------------

_RU_ORD = {
    1: "первый",
    2: "второй",
    3: "третий",
    4: "четвертый",
    5: "пятый",
    6: "шестой",
    7: "седьмой",
    8: "восьмой",
    9: "девятый",
    10: "десятый",
    11: "одиннадцатый",
    12: "двенадцатый",
    13: "тринадцатый",
    14: "четырнадцатый",
    15: "пятнадцатый",
    16: "шестнадцатый",
    17: "семнадцатый",
    18: "восемнадцатый",
    19: "девятнадцатый",
    20: "двадцатый",
    30: "тридцатый",
    40: "сороковой",
    50: "пятидесятый",
    60: "шестидесятый",
    70: "семидесятый",
    80: "восьмидесятый",
    90: "девяностый",
    100: "сотый",
    200: "двухсотый",
}
_RU_TENS = {
    20: "двадцать",
    30: "тридцать",
    40: "сорок",
    50: "пятьдесят",
    60: "шестьдесят",
    70: "семьдесят",
    80: "восемьдесят",
    90: "девяносто",
}
# Endings of an adjective with a hard stem: all genders, both numbers, all six cases.
_RU_HARD = ("ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ою", "ое", "ые", "ых", "ыми")
_RU_THIRD = [
    "третий",
    "третьего",
    "третьему",
    "третьим",
    "третьем",
    "третья",
    "третьей",
    "третью",
    "третьею",
    "третье",
    "третьи",
    "третьих",
    "третьими",
]


def _ru_declined(masculine: str) -> list[str]:
    if masculine == "третий":
        return list(_RU_THIRD)
    stem = masculine[:-2]
    forms = [stem + ending for ending in _RU_HARD]
    if masculine.endswith("ой"):  # stressed ending: "второй", "шестой", "сороковой"
        forms.remove(stem + "ый")
    return forms


def _ru_words(n: int) -> list[str]:
    """Every declined form of ordinal ``n`` (only the last word of a compound declines)."""
    if n in _RU_ORD:
        return _ru_declined(_RU_ORD[n])
    if n < 100:
        tens, unit = divmod(n, 10)
        return [f"{_RU_TENS[tens * 10]} {form}" for form in _ru_words(unit)]
    return [f"сто {form}" for form in _ru_words(n - 100)]


def _russian(n: int) -> list[str]:
    """Every gender, number and case of the last word ("шестьдесят четвертой"), with е and ё."""
    forms = _ru_words(n)
    return forms + [f.replace("четверт", "четвёрт") for f in forms if "четверт" in f]


# --- Arabic --------------------------------------------------------------------------------------

_AR_UNITS_M = [
    "_",
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
]
_AR_UNITS_F = [
    "_",
    "الأولى",
    "الثانية",
    "الثالثة",
    "الرابعة",
    "الخامسة",
    "السادسة",
    "السابعة",
    "الثامنة",
    "التاسعة",
    "العاشرة",
]
# Tens: (nominative, genitive/accusative); the same for both genders.
_AR_TENS = {
    2: ("العشرون", "العشرين"),
    3: ("الثلاثون", "الثلاثين"),
    4: ("الأربعون", "الأربعين"),
    5: ("الخمسون", "الخمسين"),
    6: ("الستون", "الستين"),
    7: ("السبعون", "السبعين"),
    8: ("الثمانون", "الثمانين"),
    9: ("التسعون", "التسعين"),
}
_AR_HUNDRED = ("المائة", "المئة")
_AR_TWO_HUNDRED = ("المائتان", "المائتين", "المئتان", "المئتين")


def _ar_compound_units(unit: int) -> list[str]:
    """The unit word inside 11-19 and 21-99: "الحادي"/"الحادية" for one, else the plain ordinal."""
    if unit == 1:
        return ["الحادي", "الحادية", "الواحد", "الواحدة"]
    return [_AR_UNITS_M[unit], _AR_UNITS_F[unit]]


def _ar_below_100(n: int) -> list[str]:
    if n <= 10:
        return [_AR_UNITS_M[n], _AR_UNITS_F[n]]
    if n < 20:
        unit = n - 10
        if unit == 1:
            return ["الحادي عشر", "الحادية عشرة"]
        return [f"{_AR_UNITS_M[unit]} عشر", f"{_AR_UNITS_F[unit]} عشرة"]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return list(_AR_TENS[tens])
    return [f"{u} و{t}" for u in _ar_compound_units(unit) for t in _AR_TENS[tens]]


def _ar_without_article(form: str) -> str:
    words = []
    for word in form.split(" "):
        if word.startswith("وال"):
            word = "و" + word[3:]
        elif word.startswith("ال"):
            word = word[2:]
        words.append(word)
    return " ".join(words)


def _ar_plain_alif(form: str) -> str:
    return form.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


def _arabic(n: int) -> list[str]:
    """Masculine and feminine, nominative and genitive/accusative ("الرابعة والستون", "الرابعة
    والستين"), with and without the article, with and without hamza on alif, "المائة" and "المئة"."""
    if n < 100:
        forms = _ar_below_100(n)
    elif n == 100:
        forms = list(_AR_HUNDRED)
    elif n == 200:
        forms = list(_AR_TWO_HUNDRED)
    else:
        rest = _ar_below_100(n - 100)
        if n == 101:
            rest += ["الحادي", "الحادية"]
        forms = [f"{r} بعد {h}" for r in rest for h in _AR_HUNDRED]
    forms += [_ar_without_article(f) for f in forms]
    return forms + [_ar_plain_alif(f) for f in forms]


# --- Chinese -------------------------------------------------------------------------------------

_ZH_DIGITS = "〇一二三四五六七八九"


def _zh_numerals(n: int) -> list[str]:
    if n < 10:
        return [_ZH_DIGITS[n]]
    if n < 100:
        tens, unit = divmod(n, 10)
        head = "十" if tens == 1 else _ZH_DIGITS[tens] + "十"
        forms = [head + (_ZH_DIGITS[unit] if unit else "")]
        if tens == 1:
            forms.append("一" + forms[0])  # "一十二" inside larger numbers
        return forms
    if n == 200:
        return ["二百", "两百"]
    if n == 100:
        return ["一百", "百"]
    rest = n - 100
    if rest < 10:
        return [f"一百零{_ZH_DIGITS[rest]}", f"一百〇{_ZH_DIGITS[rest]}"]
    tens, unit = divmod(rest, 10)
    body = _ZH_DIGITS[tens] + "十" + (_ZH_DIGITS[unit] if unit else "")
    forms = [f"一百{body}"]
    if tens == 1:
        forms.append(f"一百十{_ZH_DIGITS[unit] if unit else ''}")
    return forms


def _chinese(n: int) -> list[str]:
    """Chinese numerals ("六十四", "一百零一", "两百") and the same after "第"."""
    forms = _zh_numerals(n)
    return forms + ["第" + f for f in forms]


# --- Shared --------------------------------------------------------------------------------------


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not _is_accent(c)))


def _is_accent(char: str) -> bool:
    return unicodedata.category(char) == "Mn" and char != "\u0306"  # keep й


_RULES: dict[str, Callable[[int], list[str]]] = {
    "ar": _arabic,
    "en": _english,
    "es": _spanish,
    "fr": _french,
    "ru": _russian,
    "zh": _chinese,
}
