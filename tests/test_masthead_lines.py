"""Masthead lines as the UN's resolutions print them (issue 13, issue 21 item 8): the Chinese
adoption line with its date first, the origin line wrapped after "para.", an agenda item's
title that runs on after a colon, a symbol cut at its slash by a Chinese line break."""

from __future__ import annotations

import pytest

from mandata.parse import parse_raw
from mandata.read import RawText

HEADS = {
    "en": (
        "United Nations   A/RES/78/999\nGeneral Assembly\nDistr.: General\n20 December 2023\n"
        "Seventy-eighth session\nAgenda item 127 (v)\nCooperation between the United Nations and "
        "regional and other organizations:\ncooperation between the United Nations and the "
        "Organization of Mountain States\nResolution adopted by the General Assembly on "
        "19 December 2023\n[on the report of the Second Committee (A/78/461, para.\n53)]\n"
        "78/999. Cooperation with the Organization of Mountain States\n"
        "The General Assembly,\nRecalling its resolution 77/1,\n1. Decides to remain seized of "
        "the matter.\n"
    ),
    "fr": (
        "Nations Unies   A/RES/78/999\nAssemblée générale\nDistr. générale\n20 décembre 2023\n"
        "Soixante-dix-huitième session\nPoint 127 v) de l’ordre du jour\nCoopération entre "
        "l’Organisation des Nations Unies et les organisations régionales ou autres :\n"
        "coopération entre l’Organisation des Nations Unies et l’Organisation des États de "
        "montagne\nRésolution adoptée par l’Assemblée générale le 19 décembre 2023\n"
        "[sur la base du rapport de la Deuxième Commission (A/78/461, par.\n53)]\n"
        "78/999. Coopération avec l’Organisation des États de montagne\n"
        "L’Assemblée générale,\nRappelant sa résolution 77/1,\n1. Décide de rester saisie de "
        "la question.\n"
    ),
    "es": (
        "Naciones Unidas   A/RES/78/999\nAsamblea General\nDistr. general\n"
        "20 de diciembre de 2023\nSeptuagésimo octavo período de sesiones\n"
        "Tema 127 v) del programa\nCooperación entre las Naciones Unidas y las organizaciones "
        "regionales y de otro tipo:\ncooperación entre las Naciones Unidas y la Organización de "
        "Estados de Montaña\nResolución aprobada por la Asamblea General el 19 de diciembre de "
        "2023\n[sobre la base del informe de la Segunda Comisión (A/78/461, párr.\n53)]\n"
        "78/999. Cooperación con la Organización de Estados de Montaña\n"
        "La Asamblea General,\nRecordando su resolución 77/1,\n1. Decide seguir ocupándose de "
        "la cuestión.\n"
    ),
    "zh": (
        "联合国   A/RES/78/999\n大会\nDistr.: General\n20 December 2023\n第七十八届会议\n"
        "议程项目127(v)\n联合国同区域组织和其他组织的合作：联合国同山地国家组织的合作\n"
        "2023年12月19日大会决议\n[根据第二委员会的报告通过 (A\n/78/461，第53段)]\n"
        "78/999. 同山地国家组织的合作\n大会，\n回顾其第77/1号决议，\n1. 决定继续处理此事项。\n"
    ),
    "ar": (
        "الأمم المتحدة   A/RES/78/999\nالجمعية العامة\nDistr.: General\n20 December 2023\n"
        "الدورة الثامنة والسبعون\nالبند 127 (ت) من جدول الأعمال\n"
        "التعاون بين الأمم المتحدة والمنظمات الإقليمية وغيرها من المنظمات\n"
        "قرار اتخذته الجمعية العامة في19 كانون الأول/ديسمبر 2023\n"
        "[بناء على تقرير اللجنة الثانية (A/78/461، الفقرة 53)]\n"
        "78/999 - التعاون مع منظمة الدول الجبلية\nإن الجمعية العامة،\n"
        "إذ تشير إلى قرارها 77/1،\n1 - تقرر أن تبقي المسألة قيد نظرها.\n"
    ),
}


@pytest.mark.parametrize("code", sorted(HEADS))
def test_adoption_date_and_origin(code: str) -> None:
    doc = parse_raw(RawText(HEADS[code], "text", "utf-8", None), language=code)
    assert doc.adopted == "2023-12-19"
    assert doc.drafts == ["A/78/461"]
    assert doc.session == 78
    assert [len(r.operative) for r in doc.resolutions] == [1]


def test_an_arabic_title_runs_on_after_a_colon() -> None:
    # Arabic has no capitals: the line after the item's colon does not say "continued" by its
    # case; it opens with no verb, and the title's first line neither
    head = HEADS["ar"].replace(
        "التعاون بين الأمم المتحدة والمنظمات الإقليمية وغيرها من المنظمات\n",
        "التعاون بين الأمم المتحدة والمنظمات الإقليمية وغيرها من المنظمات:\n"
        "التعاون بين الأمم المتحدة ومنظمة الدول الجبلية\n",
    )
    doc = parse_raw(RawText(head, "text", "utf-8", None), language="ar")
    assert doc.adopted == "2023-12-19"
    assert doc.drafts == ["A/78/461"]
    assert [len(r.operative) for r in doc.resolutions] == [1]


def test_an_arabic_decision_of_one_sentence_with_a_colon_is_text() -> None:
    text = (
        "الأمم المتحدة   A/DEC/78/999\nالجمعية العامة\nDistr.: General\n20 December 2023\n"
        "تقرر الجمعية العامة إدخال التعديلات التالية على نظامها الداخلي:\n"
        "يستعاض عن عبارة الدورة العادية بعبارة الدورة.\n"
    )
    doc = parse_raw(RawText(text, "text", "utf-8", None), language="ar")
    assert doc.paragraphs and doc.paragraphs[0].text.startswith("تقرر الجمعية العامة")
