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


# --- the cover page before the adoption line (#13) ------------------------------------------------

# (masthead lines up to the agenda item, adoption line, origin line, heading, formula, paragraphs)
COVERS = {
    "en": (
        "United Nations   A/RES/78/998\nGeneral Assembly\nDistr.: General\n20 December 2023\n"
        "Seventy-eighth session\nAgenda item 53\n",
        "{adopted} by the General Assembly on 7 December 2023\n",
        "[on the report of the Fourth Committee (A/78/424, para. 9)]\n78/998. Mountain rivers\n"
        "The General Assembly,\nRecalling its resolution 77/1,\n1. Decides to remain seized of "
        "the matter.\n",
    ),
    "fr": (
        "Nations Unies   A/RES/78/998\nAssemblée générale\nDistr. générale\n20 décembre 2023\n"
        "Soixante-dix-huitième session\nPoint 53 de l’ordre du jour\n",
        "{adopted} par l’Assemblée générale le 7 décembre 2023\n",
        "[sur la base du rapport de la Quatrième Commission (A/78/424, par. 9)]\n"
        "78/998. Les rivières de montagne\nL’Assemblée générale,\nRappelant sa résolution 77/1,\n"
        "1. Décide de rester saisie de la question.\n",
    ),
    "es": (
        "Naciones Unidas   A/RES/78/998\nAsamblea General\nDistr. general\n"
        "20 de diciembre de 2023\nSeptuagésimo octavo período de sesiones\nTema 53 del programa\n",
        "{adopted} por la Asamblea General el 7 de diciembre de 2023\n",
        "[sobre la base del informe de la Cuarta Comisión (A/78/424, párr. 9)]\n"
        "78/998. Los ríos de montaña\nLa Asamblea General,\nRecordando su resolución 77/1,\n"
        "1. Decide seguir ocupándose de la cuestión.\n",
    ),
    "ru": (
        "Организация Объединенных Наций   A/RES/78/998\nГенеральная Ассамблея\n"
        "Distr.: General\n20 December 2023\nСемьдесят восьмая сессия\nПункт 53 повестки дня\n",
        "{adopted} Генеральной Ассамблеей 7 декабря 2023 года\n",
        "[по докладу Четвертого комитета (A/78/424, пункт 9)]\n78/998. Горные реки\n"
        "Генеральная Ассамблея,\nссылаясь на свою резолюцию 77/1,\n"
        "1. постановляет продолжать заниматься этим вопросом.\n",
    ),
}
ADOPTED = {
    "en": ("Resolution adopted", "Resolutions adopted"),
    "fr": ("Résolution adoptée", "Résolutions adoptées"),
    "es": ("Resolución aprobada", "Resoluciones aprobadas"),
    "ru": ("Резолюция, принятая", "Резолюции, принятые"),
}
# an agenda item's title as long as a paragraph, on one line; one that ends with a colon before
# a capitalized sub-item title; a letter named as the item
TITLES = {
    "en": (
        "Oceans and the law of the sea: " + "sustainable mountain rivers and lakes, " * 8 + "and "
        "related instruments\n",
        "Review of the Concluding Document of the Special Session:\nRegional Centre for Peace\n",
        "Letter dated 28 February 2014 from the Permanent Representative of Utopia to the "
        "President of the Security Council (S/2014/136)\n",
    ),
    "fr": (
        "Les océans et le droit de la mer : "
        + "viabilité des rivières et des lacs de montagne, " * 8
        + "et instruments connexes\n",
        "Examen du Document final de la session extraordinaire :\nCentre régional pour la paix\n",
        "Lettre datée du 28 février 2014, adressée au Président du Conseil de sécurité par le "
        "Représentant permanent de l’Utopie (S/2014/136)\n",
    ),
    "es": (
        "Los océanos y el derecho del mar: "
        + "sostenibilidad de los ríos y lagos de montaña, " * 8
        + "e instrumentos conexos\n",
        "Examen del Documento Final del período extraordinario de sesiones:\n"
        "Centro Regional para la Paz\n",
        "Carta de fecha 28 de febrero de 2014 dirigida a la Presidencia del Consejo de Seguridad "
        "por el Representante Permanente de Utopía (S/2014/136)\n",
    ),
    "ru": (
        "Мировой океан и морское право: " + "устойчивость горных рек и озер, " * 10 + "и "
        "соответствующие документы\n",
        "Обзор Заключительного документа специальной сессии Генеральной Ассамблеи:\n"
        "Региональный центр по вопросам мира\n",
        "Письмо Постоянного представителя Утопии от 28 февраля 2014 года на имя Председателя "
        "Совета Безопасности (S/2014/136)\n",
    ),
}


@pytest.mark.parametrize("code", sorted(COVERS))
@pytest.mark.parametrize("plural", [False, True])
@pytest.mark.parametrize("title", [0, 1, 2])
def test_the_cover_page_runs_to_the_adoption_line(code: str, plural: bool, title: int) -> None:
    """The lines before "Resolution(s) adopted by ..." are the masthead, whatever they look
    like: a one-line agenda title longer than a paragraph, a title ending with a colon, a letter
    named as the item (#13: the adoption date and drafts were lost, the title taken for text)."""
    head, adopted, rest = COVERS[code]
    text = head + TITLES[code][title] + adopted.format(adopted=ADOPTED[code][plural]) + rest
    assert title != 0 or len(TITLES[code][0]) > 300
    doc = parse_raw(RawText(text, "text", "utf-8", None), source="x.txt", language=code)
    assert (doc.adopted, doc.drafts) == ("2023-12-07", ["A/78/424"])
    assert [(len(r.preamble), len(r.operative)) for r in doc.resolutions] == [(1, 1)]


def test_a_russian_year_glued_to_its_word() -> None:
    """ "30 ноября 2022года" (no space, as one UN Russian cover page prints it) is a date."""
    head, adopted, rest = COVERS["ru"]
    line = adopted.format(adopted="Резолюция, принятая").replace("2023 года", "2023года")
    doc = parse_raw(RawText(head + line + rest, "text", "utf-8", None), language="ru")
    assert doc.adopted == "2023-12-07"


def test_a_russian_line_that_opens_with_adopted_is_no_council_adoption_line() -> None:
    """A wrapped line "принятая 28 сентября 2023 года," inside a paragraph (a resolution
    "adopted on") is not the Security Council's adoption line: the text goes on (#13: the rest
    of a resolution was lost)."""
    head, adopted, _ = COVERS["ru"]
    body = (
        "[по докладу Первого комитета (A/78/424, пункт 9)]\n78/998. Горные реки\n"
        "Генеральная Ассамблея,\n"
        "    принимая к сведению резолюции Генеральной конференции, последней из которых является\n"
        "резолюция GC(67)/RES/13,\nпринятая 28 сентября 2023 года,\n"
        "    ссылаясь на свою резолюцию 77/1,\n"
        "    1. постановляет продолжать заниматься этим вопросом.\n"
    )
    text = head + adopted.format(adopted="Резолюция, принятая") + body
    doc = parse_raw(RawText(text, "text", "utf-8", None), language="ru")
    assert [(len(r.preamble), len(r.operative)) for r in doc.resolutions] == [(2, 1)]


WRAPPED_ADOPTED = {
    "en": (
        "The General Assembly,\nRecalling all its previous resolutions on the question and the\n"
        "resolutions adopted by the Human Rights Council on 5 April 2023,\n"
        "Recalling also its resolution 77/1,\n1. Decides to remain seized of the matter.\n"
    ),
    "ru": (
        "Генеральная Ассамблея,\nссылаясь на все свои предыдущие резолюции по этому вопросу и\n"
        "резолюции, принятые Советом по правам человека 5 апреля 2023 года,\n"
        "ссылаясь также на свою резолюцию 77/1,\n"
        "1. постановляет продолжать заниматься этим вопросом.\n"
    ),
}


@pytest.mark.parametrize("code", sorted(WRAPPED_ADOPTED))
def test_a_wrapped_line_on_resolutions_adopted_is_text(code: str) -> None:
    """A line of a paragraph that opens with "resolutions adopted by ..." in lower case is
    text, not the adoption line that the masthead runs to (the formula before it stays)."""
    head, adopted, _ = COVERS[code]
    line = adopted.format(adopted=ADOPTED[code][0])
    text = head + line + "[x (A/78/424)]\n78/998. X\n" + WRAPPED_ADOPTED[code]
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code)
    assert [(len(r.preamble), len(r.operative)) for r in doc.resolutions] == [(2, 1)]


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
