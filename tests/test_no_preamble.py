"""A resolution without preambular paragraphs (#21 item 1): the enacting formula, with or
without its comma, followed directly by "1. Decides ...", as budget and procedural resolutions
are written. Our own example documents, in each language's typography."""

from __future__ import annotations

import pytest

from mandata.parse import parse_raw
from mandata.read import RawText

HEADS = {
    "en": (
        "United Nations    A/RES/78/950\nGeneral Assembly    Distr.: General\n5 January 2024\n"
        "Seventy-eighth session\nAgenda item 140\n"
        "Resolution adopted by the General Assembly on 22 December 2023\n"
        "78/950. Scale of assessments for the apportionment of the expenses\n\n"
    ),
    "fr": (
        "Nations Unies    A/RES/78/950\nAssemblée générale    Distr. générale\n5 janvier 2024\n"
        "Soixante-dix-huitième session\nPoint 140 de l’ordre du jour\n"
        "Résolution adoptée par l’Assemblée générale le 22 décembre 2023\n"
        "78/950. Barème des quotes-parts pour la répartition des dépenses\n\n"
    ),
    "es": (
        "Naciones Unidas    A/RES/78/950\nAsamblea General    Distr. general\n"
        "5 de enero de 2024\nSeptuagésimo octavo período de sesiones\nTema 140 del programa\n"
        "Resolución aprobada por la Asamblea General el 22 de diciembre de 2023\n"
        "78/950. Escala de cuotas para el prorrateo de los gastos\n\n"
    ),
    "ru": (
        "Организация Объединенных Наций    A/RES/78/950\nГенеральная Ассамблея    "
        "Distr.: General\n5 January 2024\nСемьдесят восьмая сессия\nПункт 140 повестки дня\n"
        "Резолюция, принятая Генеральной Ассамблеей 22 декабря 2023 года\n"
        "78/950. Шкала взносов для распределения расходов\n\n"
    ),
    "ar": (
        "الأمم المتحدة    A/RES/78/950\nالجمعية العامة    Distr.: General\n5 January 2024\n"
        "الدورة الثامنة والسبعون\nالبند 140 من جدول الأعمال\n"
        "قرار اتخذته الجمعية العامة في 22 كانون الأول/ديسمبر 2023\n"
        "78/950 - جدول الأنصبة المقررة لقسمة النفقات\n\n"
    ),
}
FORMULAS = {
    "en": "The General Assembly",
    "fr": "L’Assemblée générale",
    "es": "La Asamblea General",
    "ru": "Генеральная Ассамблея",
    "ar": "إن الجمعية العامة",
}
COMMAS = {"en": ",", "fr": ",", "es": ",", "ru": ",", "ar": "،"}
OPERATIVE = {
    "en": (
        "1. Decides that the scale of assessments shall be revised for 2025;\n\n"
        "2. Requests the Secretary-General to report to it at its seventy-ninth session.\n"
    ),
    "fr": (
        "1. Décide que le barème des quotes-parts sera révisé pour 2025 ;\n\n"
        "2. Prie le Secrétaire général de lui faire rapport à sa soixante-dix-neuvième session.\n"
    ),
    "es": (
        "1. Decide que la escala de cuotas se revise para 2025;\n\n"
        "2. Solicita al Secretario General que la informe en su septuagésimo noveno período de "
        "sesiones.\n"
    ),
    "ru": (
        "1. постановляет пересмотреть шкалу взносов на 2025 год;\n\n"
        "2. просит Генерального секретаря представить ей доклад на ее семьдесят девятой "
        "сессии.\n"
    ),
    "ar": (
        "1 - تقرر تنقيح جدول الأنصبة المقررة لعام 2025؛\n\n"
        "2 - تطلب إلى الأمين العام أن يقدم إليها تقريرا في دورتها التاسعة والسبعين.\n"
    ),
}


@pytest.mark.parametrize("comma", [True, False], ids=["comma", "no comma"])
@pytest.mark.parametrize("code", sorted(HEADS))
def test_a_resolution_without_preamble(code: str, comma: bool) -> None:
    formula = FORMULAS[code] + (COMMAS[code] if comma else "")
    text = f"{HEADS[code]}{formula}\n\n{OPERATIVE[code]}"
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)
    assert doc.symbol == "A/RES/78/950"
    assert len(doc.resolutions) == 1, doc.paragraphs
    res = doc.resolutions[0]
    assert res.preamble == []
    assert [p.number for p in res.operative] == ["1", "2"]
    assert [p.action for p in res.operative] == ["decide", "request"]


@pytest.mark.parametrize("code", sorted(HEADS))
def test_no_comma_and_the_number_on_a_line_of_its_own(code: str) -> None:
    """ "The General Assembly" without its comma, then "1." alone and "Decides ..." on the next
    line (a PDF's text export)."""
    operative = OPERATIVE[code].replace("1. ", "1.\n").replace("1 - ", "1 -\n")
    operative = operative.replace("2. ", "2.\n").replace("2 - ", "2 -\n")
    text = f"{HEADS[code]}{FORMULAS[code]}\n\n{operative}"
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)
    assert len(doc.resolutions) == 1, doc.paragraphs
    res = doc.resolutions[0]
    assert [(p.number, p.action) for p in res.operative] == [("1", "decide"), ("2", "request")]


PREAMBLE = {
    "en": "Recalling its resolution 77/256 of 30 December 2022 on the scale of assessments,\n\n",
    "fr": "Rappelant sa résolution 77/256 du 30 décembre 2022 sur le barème des quotes-parts,\n\n",
    "es": "Recordando su resolución 77/256, de 30 de diciembre de 2022, sobre la escala de "
    "cuotas,\n\n",
    "ru": "ссылаясь на свою резолюцию 77/256 от 30 декабря 2022 года о шкале взносов,\n\n",
    "ar": "إذ تشير إلى قرارها 77/256 المؤرخ 30 كانون الأول/ديسمبر 2022 بشأن جدول الأنصبة،\n\n",
}


@pytest.mark.parametrize("code", sorted(HEADS))
def test_a_resolution_whose_formula_is_left_out(code: str) -> None:
    """The title "78/950. ..." then the paragraphs, no enacting formula printed."""
    text = f"{HEADS[code]}{PREAMBLE[code]}{OPERATIVE[code]}"
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)
    assert len(doc.resolutions) == 1, doc.paragraphs
    res = doc.resolutions[0]
    assert [p.action for p in res.preamble] == ["recall"]
    assert [(p.number, p.action) for p in res.operative] == [("1", "decide"), ("2", "request")]
