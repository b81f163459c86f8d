"""Symbols with parts (issue 21, item 2) where the text is printed with no blank line between
the lines of a part's beginning: the part's heading after the meeting date of the part before
("7 December 2023" / "B Title"), or with its enacting formula without a comma on the next line
("C Title" / "The General Assembly"); the meeting of a resumed session closing a part. Our own
example documents, in each language's typography."""

from __future__ import annotations

import pytest

from mandata.parse import parse_raw
from mandata.read import RawText

# part B's heading on the line after the meeting date, no blank line between (the date and the
# heading join in one block)
AFTER_DATE = {
    "en": (
        "United Nations    A/RES/78/960 A-B\nGeneral Assembly    Distr.: General\n"
        "11 December 2023\nSeventy-eighth session\nAgenda item 37\n"
        "Resolutions adopted by the General Assembly on 7 December 2023\n"
        "78/960. Questions relating to information\n"
        "A Information in the service of humanity\n"
        "The General Assembly,\n"
        "Taking note of the report of the Committee on Information,\n"
        "1. Urges all countries to cooperate in reducing disparities in information flows;\n"
        "45th plenary meeting\n7 December 2023\n"
        "B United Nations global communications policies and activities of the\n"
        "Department\n"
        "The General Assembly,\n"
        "Emphasizing the role of the Committee on Information,\n"
        "1. Reaffirms its resolution 13 (I) of 13 February 1946;\n"
        "45th plenary meeting\n7 December 2023\n"
    ),
    "fr": (
        "Nations Unies    A/RES/78/960 A-B\nAssemblée générale    Distr. générale\n"
        "11 décembre 2023\nSoixante-dix-huitième session\nPoint 37 de l’ordre du jour\n"
        "Résolutions adoptées par l’Assemblée générale le 7 décembre 2023\n"
        "78/960. Questions relatives à l’information\n"
        "A L’information au service de l’humanité\n"
        "L’Assemblée générale,\n"
        "Prenant acte du rapport du Comité de l’information,\n"
        "1. Demande instamment que tous les pays coopèrent pour réduire les disparités ;\n"
        "45e séance plénière\n7 décembre 2023\n"
        "B Politiques et activités de l’Organisation des Nations Unies en matière de\n"
        "communication globale\n"
        "L’Assemblée générale,\n"
        "Soulignant le rôle du Comité de l’information,\n"
        "1. Réaffirme sa résolution 13 (I) du 13 février 1946 ;\n"
        "45e séance plénière\n7 décembre 2023\n"
    ),
    "es": (
        "Naciones Unidas    A/RES/78/960 A-B\nAsamblea General    Distr. general\n"
        "11 de diciembre de 2023\nSeptuagésimo octavo período de sesiones\n"
        "Tema 37 del programa\n"
        "Resoluciones aprobadas por la Asamblea General el 7 de diciembre de 2023\n"
        "78/960. Cuestiones relativas a la información\n"
        "A La información al servicio de la humanidad\n"
        "La Asamblea General,\n"
        "Tomando nota del informe del Comité de Información,\n"
        "1. Insta a todos los países a que cooperen para reducir las disparidades;\n"
        "45ª sesión plenaria\n7 de diciembre de 2023\n"
        "B Políticas y actividades de las Naciones Unidas en materia de\n"
        "comunicación global\n"
        "La Asamblea General,\n"
        "Destacando el papel del Comité de Información,\n"
        "1. Reafirma su resolución 13 (I), de 13 de febrero de 1946;\n"
        "45ª sesión plenaria\n7 de diciembre de 2023\n"
    ),
}


@pytest.mark.parametrize("code", sorted(AFTER_DATE))
def test_a_parts_heading_on_the_line_after_the_meeting_date(code: str) -> None:
    doc = parse_raw(RawText(AFTER_DATE[code], "text", "utf-8", None), language=code)
    assert doc.symbol == "A/RES/78/960 A-B"
    assert [r.part for r in doc.resolutions] == ["A", "B"]
    assert [len(r.operative) for r in doc.resolutions] == [1, 1]
    assert (doc.resolutions[1].title or "").split()[0] in ("United", "Politiques", "Políticas")


# part C's heading with the formula, without its comma, on its next line (both indented, as a
# centred heading is printed), a page break after them; a resumed meeting
FORMULA_BELOW = {
    "en": (
        "United Nations    A/RES/78/961 A-C\nGeneral Assembly    Distr.: General\n"
        "5 January 2024\nSeventy-eighth session\nAgenda item 138\n"
        "Resolutions adopted by the General Assembly on 22 December 2023\n"
        "78/961. Programme budget for 2024\n\n"
        "A Budget appropriations for 2024\n\nThe General Assembly,\n\n"
        "1. Resolves that appropriations totalling 3,588,431,600 dollars are approved;\n\n"
        "50th (resumed) plenary meeting\n22 December 2023\n\n"
        "B Income estimates for 2024\n\nThe General Assembly,\n\n"
        "1. Resolves that estimates of income of 345,399,400 dollars are approved;\n\n"
        "50th (resumed) plenary meeting\n22 December 2023\n\n"
        "\tC Financing of appropriations for 2024\n\tThe General Assembly\n\n"
        "\f\nProgramme budget for 2024\nA/RES/78/961 A-C\n\n3/3\n24-00001\n\n"
        "1. Resolves that budget appropriations shall be financed in accordance with the "
        "Financial Regulations;\n\n"
        "50th (resumed) plenary meeting\n22 December 2023\n"
    ),
    "fr": (
        "Nations Unies    A/RES/78/961 A-C\nAssemblée générale    Distr. générale\n"
        "5 janvier 2024\nSoixante-dix-huitième session\nPoint 138 de l’ordre du jour\n"
        "Résolutions adoptées par l’Assemblée générale le 22 décembre 2023\n"
        "78/961. Budget-programme de 2024\n\n"
        "A Crédits ouverts pour 2024\n\nL’Assemblée générale,\n\n"
        "1. Décide que des crédits d’un montant de 3 588 431 600 dollars sont ouverts ;\n\n"
        "50e séance plénière (reprise)\n22 décembre 2023\n\n"
        "B Prévisions de recettes pour 2024\n\nL’Assemblée générale,\n\n"
        "1. Décide que des prévisions de recettes de 345 399 400 dollars sont approuvées ;\n\n"
        "50e séance plénière (reprise)\n22 décembre 2023\n\n"
        "\tC Financement des crédits ouverts pour 2024\n\tL’Assemblée générale\n\n"
        "\f\nBudget-programme de 2024\nA/RES/78/961 A-C\n\n3/3\n24-00001\n\n"
        "1. Décide que les crédits seront financés conformément au Règlement financier ;\n\n"
        "50e séance plénière (reprise)\n22 décembre 2023\n"
    ),
    "es": (
        "Naciones Unidas    A/RES/78/961 A-C\nAsamblea General    Distr. general\n"
        "5 de enero de 2024\nSeptuagésimo octavo período de sesiones\nTema 138 del programa\n"
        "Resoluciones aprobadas por la Asamblea General el 22 de diciembre de 2023\n"
        "78/961. Presupuesto por programas para 2024\n\n"
        "A Consignaciones para 2024\n\nLa Asamblea General,\n\n"
        "1. Resuelve que se aprueben consignaciones por valor de 3.588.431.600 dólares;\n\n"
        "50ª sesión plenaria (continuación)\n22 de diciembre de 2023\n\n"
        "B Estimaciones de ingresos para 2024\n\nLa Asamblea General,\n\n"
        "1. Resuelve que se aprueben estimaciones de ingresos de 345.399.400 dólares;\n\n"
        "50ª sesión plenaria (continuación)\n22 de diciembre de 2023\n\n"
        "\tC Financiación de las consignaciones para 2024\n\tLa Asamblea General\n\n"
        "\f\nPresupuesto por programas para 2024\nA/RES/78/961 A-C\n\n3/3\n24-00001\n\n"
        "1. Resuelve que las consignaciones se financien de conformidad con el Reglamento "
        "Financiero;\n\n"
        "50ª sesión plenaria (continuación)\n22 de diciembre de 2023\n"
    ),
}


@pytest.mark.parametrize("code", sorted(FORMULA_BELOW))
def test_a_parts_heading_with_its_formula_on_the_next_line(code: str) -> None:
    doc = parse_raw(RawText(FORMULA_BELOW[code], "text", "utf-8", None), language=code)
    assert doc.symbol == "A/RES/78/961 A-C"
    assert [r.part for r in doc.resolutions] == ["A", "B", "C"]
    assert all(r.meeting for r in doc.resolutions), [r.meeting for r in doc.resolutions]


# a part closed by the meeting of a resumed session, then the next part's letter
RESUMED = {
    "zh": (
        "联合国    A/RES/78/962 A-B\n大会    Distr.: General\n2024年1月5日\n第七十八届会议\n"
        "议程项目140\n2023年12月22日大会决议\n78/962. 联合国共同制度\n\nA\n\n大会，\n\n"
        "回顾其2022年12月30日第77/256 A号决议，\n\n1.\t核准委员会的建议；\n\n"
        "第50次全体会议(续会)\n\n2023年12月22日\n\nB\n\n大会，\n\n"
        "审议了国际公务员制度委员会的报告，\n\n1.\t表示注意到委员会的报告；\n\n"
        "第50次全体会议(续会)\n\n2023年12月22日\n"
    ),
    "es": (
        "Naciones Unidas    A/RES/78/962 A-B\nAsamblea General    Distr. general\n"
        "5 de enero de 2024\nSeptuagésimo octavo período de sesiones\nTema 140 del programa\n"
        "Resoluciones aprobadas por la Asamblea General el 22 de diciembre de 2023\n"
        "78/962. Régimen común de las Naciones Unidas\n\nA\n\nLa Asamblea General,\n\n"
        "Recordando su resolución 77/256 A, de 30 de diciembre de 2022,\n\n"
        "1. Aprueba la recomendación de la Comisión;\n\n"
        "50ª sesión plenaria (continuación)\n\n22 de diciembre de 2023\n\nB\n\n"
        "La Asamblea General,\n\n"
        "Habiendo examinado el informe de la Comisión de Administración Pública "
        "Internacional,\n\n1. Toma nota del informe de la Comisión;\n\n"
        "50ª sesión plenaria (continuación)\n\n22 de diciembre de 2023\n"
    ),
    "fr": (
        "Nations Unies    A/RES/78/962 A-B\nAssemblée générale    Distr. générale\n"
        "5 janvier 2024\nSoixante-dix-huitième session\nPoint 140 de l’ordre du jour\n"
        "Résolutions adoptées par l’Assemblée générale le 22 décembre 2023\n"
        "78/962. Régime commun des Nations Unies\n\nA\n\nL’Assemblée générale,\n\n"
        "Rappelant sa résolution 77/256 A du 30 décembre 2022,\n\n"
        "1. Approuve la recommandation de la Commission ;\n\n"
        "50e séance plénière (reprise)\n\n22 décembre 2023\n\nB\n\nL’Assemblée générale,\n\n"
        "Ayant examiné le rapport de la Commission de la fonction publique internationale,\n\n"
        "1. Prend note du rapport de la Commission ;\n\n"
        "50e séance plénière (reprise)\n\n22 décembre 2023\n"
    ),
}


@pytest.mark.parametrize("code", sorted(RESUMED))
def test_a_part_closed_by_a_resumed_meeting(code: str) -> None:
    doc = parse_raw(RawText(RESUMED[code], "text", "utf-8", None), language=code)
    assert doc.symbol == "A/RES/78/962 A-B"
    assert [r.part for r in doc.resolutions] == ["A", "B"]
    assert doc.resolutions[0].meeting, [r.meeting for r in doc.resolutions]
