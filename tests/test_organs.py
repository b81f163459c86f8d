"""The organ of a citation (issue 21, item 6) and Chinese citations (item 8), on sentences
written for each language."""

from __future__ import annotations

import pytest

from mandata.analyze.references import find_references
from mandata.parse import parse_raw
from mandata.read import RawText

# a Human Rights Council resolution, then the Assembly's own: not A/RES/24/14
HRC = {
    "en": "Recalling Human Rights Council resolution 24/14 of 27 September 2013 and its "
    "resolution 77/189 of 15 December 2022,",
    "fr": "Rappelant la résolution 24/14 du Conseil des droits de l’homme, en date du "
    "27 septembre 2013, et sa résolution 77/189 du 15 décembre 2022,",
    "es": "Recordando la resolución 24/14 del Consejo de Derechos Humanos, de 27 de septiembre "
    "de 2013, y su resolución 77/189, de 15 de diciembre de 2022,",
    "ru": "ссылаясь на резолюцию 24/14 Совета по правам человека от 27 сентября 2013 года и свою "
    "резолюцию 77/189 от 15 декабря 2022 года,",
    "ar": "وإذ تشير إلى قرار مجلس حقوق الإنسان 24/14 المؤرخ 27 أيلول/سبتمبر 2013 وإلى قرارها "
    "77/189 المؤرخ 15 كانون الأول/ديسمبر 2022،",
    "zh": "回顾人权理事会2013年9月27日第24/14号决议和其2022年12月15日第77/189号决议，",
}

# the Assembly's decision and the Economic and Social Council's resolution and decision
DECISIONS = {
    "en": "Recalling its decision 58/520, Economic and Social Council resolution 2018/14 and "
    "Council decision 2019/205,",
    "fr": "Rappelant sa décision 58/520, la résolution 2018/14 du Conseil économique et social et "
    "la décision 2019/205 du Conseil,",
    "es": "Recordando su decisión 58/520, la resolución 2018/14 del Consejo Económico y Social y "
    "la decisión 2019/205 del Consejo,",
    "ru": "ссылаясь на свое решение 58/520, резолюцию 2018/14 Экономического и Социального Совета "
    "и решение 2019/205 Совета,",
    "ar": "وإذ تشير إلى مقررها 58/520 وإلى قرار المجلس الاقتصادي والاجتماعي 2018/14 ومقرر "
    "المجلس 2019/205،",
    "zh": "回顾其第58/520号决定、经济及社会理事会第2018/14号决议和理事会第2019/205号决定，",
}

# a treaty body's text numbered like a Security Council resolution, then one of the Council's
TREATY = {
    "en": "Recalling general recommendation No. 21 (1992) of the Committee and Security Council "
    "resolution 1325 (2000),",
    "fr": "Rappelant la recommandation générale no 21 (1992) du Comité et la résolution "
    "1325 (2000) du Conseil de sécurité,",
    "es": "Recordando la recomendación general núm. 21 (1992) del Comité y la resolución "
    "1325 (2000) del Consejo de Seguridad,",
    "ru": "ссылаясь на общую рекомендацию № 21 (1992) Комитета и резолюцию 1325 (2000) Совета "
    "Безопасности,",
    "ar": "وإذ تشير إلى التوصية العامة رقم 21 (1992) للجنة وإلى قرار مجلس الأمن 1325 (2000)،",
    "zh": "回顾委员会第21(1992)号一般性建议和安全理事会第1325(2000)号决议，",
}

# another organ's resolution, dated decades after the Assembly's session of that number
UNEA = {
    "en": "Recalling United Nations Environment Assembly resolution 5/14 of 2 March 2022 and "
    "resolution 5/12 of 2 March 2022 of the Assembly,",
    "fr": "Rappelant la résolution 5/14 de l’Assemblée des Nations Unies pour l’environnement, "
    "en date du 2 mars 2022, et la résolution 5/12 du 2 mars 2022,",
    "es": "Recordando la resolución 5/14 de la Asamblea de las Naciones Unidas sobre el Medio "
    "Ambiente, de 2 de marzo de 2022, y la resolución 5/12, de 2 de marzo de 2022,",
    "ru": "ссылаясь на резолюцию 5/14 Ассамблеи Организации Объединенных Наций по окружающей "
    "среде от 2 марта 2022 года и резолюцию 5/12 от 2 марта 2022 года,",
    "ar": "وإذ تشير إلى قرار جمعية الأمم المتحدة للبيئة 5/14 المؤرخ 2 آذار/مارس 2022 وإلى "
    "القرار 5/12 المؤرخ 2 آذار/مارس 2022،",
    "zh": "回顾联合国环境大会2022年3月2日第5/14号决议和2022年3月2日第5/12号决议，",
}


def _cited(text: str, code: str) -> list[tuple[str, str]]:
    return [(r.type, r.target) for r in find_references(text, code)]


@pytest.mark.parametrize("code", sorted(HRC))
def test_a_human_rights_council_resolution_is_not_the_assemblys(code: str) -> None:
    assert _cited(HRC[code], code) == [
        ("hrc_resolution", "A/HRC/RES/24/14"),
        ("ga_resolution", "A/RES/77/189"),
    ]


@pytest.mark.parametrize("code", sorted(DECISIONS))
def test_decisions_and_economic_and_social_council(code: str) -> None:
    assert _cited(DECISIONS[code], code) == [
        ("ga_decision", "A/DEC/58/520"),
        ("ecosoc_resolution", "E/RES/2018/14"),
        ("ecosoc_decision", "E/DEC/2019/205"),
    ]


@pytest.mark.parametrize("code", sorted(TREATY))
def test_a_treaty_body_text_is_no_security_council_resolution(code: str) -> None:
    assert _cited(TREATY[code], code) == [("sc_resolution", "S/RES/1325 (2000)")]


@pytest.mark.parametrize("code", sorted(UNEA))
def test_another_organs_resolution_by_its_name_or_its_date(code: str) -> None:
    cited = _cited(UNEA[code], code)
    assert cited[0] == ("unea_resolution", "UNEP/EA.5/RES.14")
    assert cited[1][0] in ("unea_resolution", "other_resolution")
    assert not any(target.startswith("A/RES/") for _, target in cited)


def test_the_assemblys_resolution_on_the_council_stays_the_assemblys() -> None:
    text = "Recalling General Assembly resolution 60/251 of 15 March 2006 of the Assembly, "
    text += "and resolution 60/251 of 15 March 2006 on the Human Rights Council,"
    assert {t for _, t in _cited(text, "en")} == {"A/RES/60/251"}


LISTS = {
    "en": "Recalling its resolutions 77/165 of 14 December 2022 on the International Year of "
    "Glaciers’ Preservation, and 77/172 of 14 December 2022, and resolution 52/169 M,",
    "fr": "Rappelant ses résolutions 77/165 du 14 décembre 2022 sur l’Année internationale de la "
    "préservation des glaciers, et 77/172 du 14 décembre 2022, et la résolution 52/169 M,",
    "ar": "وإذ تشير إلى قراراتها 77/165 المؤرخ 14 كانون الأول/ديسمبر 2022 بشأن السنة الدولية "
    "لصون الأنهار الجليدية، و 77/172 المؤرخ 14 كانون الأول/ديسمبر 2022، والقرار 52/169 ميم،",
    "zh": "回顾其2022年12月14日关于国际冰川保护年的第77/165号、2022年12月14日第77/172号和"
    "第52/169 M号决议，",
}


@pytest.mark.parametrize("code", sorted(LISTS))
def test_a_list_goes_on_past_the_title_of_its_items(code: str) -> None:
    targets = [t for _, t in _cited(LISTS[code], code)]
    assert targets[:2] == ["A/RES/77/165", "A/RES/77/172"]
    if code != "ar":
        assert targets[2] == "A/RES/52/169 M"


def test_arabic_parts_and_special_sessions() -> None:
    text = "وإذ تشير إلى قرارها 56/210 باء وإلى القرار دإ-19/2 والقرار دإط-10/24،"
    assert [t for _, t in _cited(text, "ar")] == [
        "A/RES/56/210 B",
        "A/RES/S-19/2",
        "A/RES/ES-10/24",
    ]


def test_chinese_list_with_dates_before_each_item() -> None:
    text = (
        "回顾其1995年12月11日第50/51号、1996年12月17日第51/208号和2003年12月9日第58/80号决议"
        "以及第58/520号决定，"
    )
    refs = find_references(text, "zh")
    assert [(r.type, r.target, r.date) for r in refs] == [
        ("ga_resolution", "A/RES/50/51", "1995-12-11"),
        ("ga_resolution", "A/RES/51/208", "1996-12-17"),
        ("ga_resolution", "A/RES/58/80", "2003-12-09"),
        ("ga_decision", "A/DEC/58/520", None),
    ]


def test_chinese_numbers_cut_by_a_line_break() -> None:
    text = (
        "大会，\n\n回顾其2018年12月13日第73/\n135号决议、2019年1\n2月10日第74/2\n号决议和"
        "第74\n/3号决定，\n\n1. 注意到秘书长的报告；\n"
    )
    doc = parse_raw(RawText(text, "text", "utf-8", None), language="zh")
    refs = [(r.target, r.date) for r in doc.references]
    assert refs == [
        ("A/RES/73/135", "2018-12-13"),
        ("A/RES/74/2", "2019-12-10"),
        ("A/DEC/74/3", None),
    ]
