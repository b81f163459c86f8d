"""The entity names looked up from the words a name can begin with (analyze/entities.py).

The names' pattern is tried only where a word of the text is the first word of a name, found in
the text's lower case; that must give what the pattern tried at every position gives, whatever
the case, the hyphens, the apostrophes, the attached particles and the letter variants.
"""

from __future__ import annotations

import pytest

from mandata.analyze import entities
from mandata.analyze.entities import _matcher, _matches, find_entities
from mandata.scan.lowered import UNCASED

TEXTS = {
    "en": [
        "The Secretary-General visited Guinea-Bissau, GuineaBissau, guinea - bissau and the "
        "UNITED KINGDOM; Côte dʼIvoire, Côte d’Ivoire and CÔTE D'IVOIRE asked UNODC and the "
        "Collective Security Treaty Organization.",
        "Turkmenistan's and the Russian Federation's reports; the Gambia, THE BAHAMAS.",
    ],
    "fr": [
        "Le Secrétaire général s’est rendu en Guinée-Bissau, en GUINÉE-BISSAU, en Côte dʼIvoire "
        "et au Royaume-Uni de Grande-Bretagne et d’Irlande du Nord ; l’ONUDC et la Fédération "
        "de Russie.",
    ],
    "es": [
        "El Secretario General visitó Guinea-Bissau, la FEDERACIÓN DE RUSIA y Côte d’Ivoire; la "
        "UNODC y los Emiratos Árabes Unidos.",
    ],
    "ru": [
        "Генеральный секретарь посетил Гвинею-Бисау, КОТ-Д’ИВУАР, Объединённые Арабские Эмираты "
        "и Объединенные Арабские Эмираты, Того и ТОГО, Российскую Федерацию.",
    ],
    "ar": [
        "زار الأمين العام غينيا - بيساو ولبنان وبالإمارات العربية المتحدة والامارات العربية "
        "المتحدة والاتحاد الروسي.",
    ],
}


def _spans(found: object) -> list[tuple[int, int]]:
    return [match.span() for match in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, ts in TEXTS.items() for t in ts])
def test_lookup_finds_what_the_pattern_finds(code: str, text: str) -> None:
    m = _matcher(code)
    assert m.first_words is not None  # the lookup is used, not the pattern everywhere
    expected = _spans(m.pattern.finditer(text))
    assert len(expected) >= 3
    assert _spans(_matches(text, m)) == expected
    assert find_entities(text, code)


@pytest.mark.parametrize("code", ["en", "fr", "ru"])
def test_text_the_engine_folds_otherwise_is_scanned_everywhere(code: str) -> None:
    """The engine matches "ı", "ſ", "ᲀ" to "i", "s", "в"; ``str.lower`` does not."""
    m = _matcher(code)
    for text in TEXTS[code]:
        changed = text.replace("i", "ı").replace("s", "ſ").replace("в", "ᲀ")
        assert UNCASED.search(changed)
        assert _spans(_matches(changed, m)) == _spans(m.pattern.finditer(changed))


def test_chinese_is_scanned_everywhere() -> None:
    assert _matcher("zh").first_words is None
    assert entities.find_entities("秘书长访问了几内亚比绍。", "zh")
