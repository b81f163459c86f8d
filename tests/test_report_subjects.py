"""Whose Secretary-General a mandate addresses (issue 21, item 9) and what a report is on, "the
present resolution" read as the resolution's symbol and title (item 10): sentences and short
resolutions written for each language."""

from __future__ import annotations

import pytest

from mandata.analyze.mandates import Context
from mandata.analyze.paragraph import analyze_paragraph
from mandata.parse import parse_raw
from mandata.read import RawText

OWN = "A/RES/78/999 (Sustainable mountain development)"

# the Secretary-General of an organization named before ("of the Authority") or in full
OFFICERS = {
    "en": (
        "Invites the Secretary-General of the Authority to submit a report on the activities of "
        "the Authority;",
        "Requests the Secretary-General of the Collective Security Treaty Organization to report "
        "on the implementation of the present resolution;",
    ),
    "fr": (
        "Invite le Secrétaire général de l’Autorité à lui présenter un rapport sur les activités "
        "de l’Autorité ;",
        "Prie le Secrétaire général de l’Organisation du Traité de sécurité collective de lui "
        "présenter un rapport sur l’application de la présente résolution ;",
    ),
    "es": (
        "Invita al Secretario General de la Autoridad a que le presente un informe sobre las "
        "actividades de la Autoridad;",
        "Solicita al Secretario General de la Organización del Tratado de Seguridad Colectiva que "
        "le presente un informe sobre la aplicación de la presente resolución;",
    ),
    "ru": (
        "предлагает Генеральному секретарю Органа представить доклад о деятельности Органа;",
        "просит Генерального секретаря Организации Договора о коллективной безопасности "
        "представить доклад о ходе осуществления настоящей резолюции;",
    ),
    "ar": (
        "تدعو الأمين العام للسلطة إلى أن يقدم تقريرا عن أنشطة السلطة؛",
        "تطلب إلى الأمين العام لمنظمة معاهدة الأمن الجماعي أن يقدم تقريرا عن تنفيذ هذا القرار؛",
    ),
    "zh": (
        "请管理局秘书长提交关于管理局活动的报告；",
        "请集体安全条约组织秘书长提交关于本决议执行情况的报告；",
    ),
}


def _reports(text: str, code: str) -> list[tuple[str | None, str | None]]:
    facts = analyze_paragraph(text, code, 78, "operative", "op1", Context(("org:isa",), OWN))
    return [(m.addressee, m.subject) for m in facts.mandates if m.type == "report"]


@pytest.mark.parametrize("code", sorted(OFFICERS))
def test_the_officer_of_an_organization_named_before(code: str) -> None:
    [(addressee, subject)] = _reports(OFFICERS[code][0], code)
    assert addressee == "org:isa"
    assert subject and len(subject) > 4


@pytest.mark.parametrize("code", sorted(OFFICERS))
def test_the_officer_of_an_organization_named_in_full(code: str) -> None:
    [(addressee, subject)] = _reports(OFFICERS[code][1], code)
    assert addressee == "org:csto"
    assert subject is not None and OWN in subject


SUBJECTS = {
    "en": "Requests the Secretary-General to report to the General Assembly at its eightieth "
    "session, under the item entitled “Sustainable development”, on progress made in the "
    "implementation of the present resolution.",
    "fr": "Prie le Secrétaire général de lui rendre compte, à sa quatre-vingtième session, de "
    "l’application de la présente résolution.",
    "es": "Solicita al Secretario General que le presente en su octogésimo período de sesiones un "
    "informe sobre la aplicación de la presente resolución.",
    "ru": "просит Генерального секретаря представить Генеральной Ассамблее на ее восьмидесятой "
    "сессии доклад о ходе осуществления настоящей резолюции.",
    "ar": "تطلب إلى الأمين العام أن يقدم إلى الجمعية العامة في دورتها الثمانين تقريرا عن تنفيذ "
    "هذا القرار.",
    "zh": "请秘书长向大会第八十届会议提交报告，说明本决议的执行情况。",
}


@pytest.mark.parametrize("code", sorted(SUBJECTS))
def test_the_subject_of_a_report_on_the_present_resolution(code: str) -> None:
    [(addressee, subject)] = _reports(SUBJECTS[code], code)
    assert addressee == "un:secretary-general"
    assert subject is not None and OWN in subject
    assert "session" not in subject and "сессии" not in subject


def test_a_resolution_gives_its_symbol_and_title_to_the_present_resolution() -> None:
    text = (
        "United Nations   A/RES/78/999\nGeneral Assembly\nDistr.: General\n20 December 2023\n"
        "Seventy-eighth session\nAgenda item 20\n\nResolution adopted by the General Assembly on "
        "19 December 2023\n\n78/999. Sustainable mountain development\n\nThe General Assembly,\n\n"
        "Recalling its resolution 77/172,\n\n1. Requests the Secretary-General to submit to it at "
        "its eightieth session a report on the implementation of the present resolution.\n"
    )
    doc = parse_raw(RawText(text, "text", "utf-8", None), language="en")
    [report] = [m for m in doc.mandates if m.type == "report"]
    assert report.subject == f"the implementation of {OWN}"
