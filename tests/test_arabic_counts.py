"""Paragraph counts of Arabic resolutions as the UN prints them (issue 13, acceptance 1): a
list's tail opened by "and" written on its verb ("وتطالب ...", "and demands ..."), the doubled
letters that label a list's items after "(ي)" ("(أ أ)", as "(aa)"), and "واعترافا" ("and in
recognition of") opening a preambular paragraph. Each is read as the other languages read
theirs."""

from __future__ import annotations

import pytest

from mandata.parse import parse_raw
from mandata.read import RawText


def _parse(text: str, code: str):  # type: ignore[no-untyped-def]
    return parse_raw(RawText(text, "text", "utf-8", None), language=code).resolutions[0]


TAILS = {
    "ar": (
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 75/10 المؤرخ 8 كانون الأول/ديسمبر 2020،\n\n"
        "1 - تحيط علما بالتقارير التالية:\n\n"
        "(أ) تقرير الأمين العام عن تنفيذ البرنامج في عام 2022؛\n\n"
        "(ب) تقرير الفريق العامل المعني باستعراض البرنامج؛\n\n"
        "وتطالب بتقديم المسؤولين عن التأخير إلى المساءلة؛\n\n"
        "2 - تقرر أن تبقي المسألة قيد نظرها.\n"
    ),
    "en": (
        "The General Assembly,\n\nRecalling its resolution 75/10 of 8 December 2020,\n\n"
        "1. Takes note of the following reports:\n\n"
        "(a) The report of the Secretary-General on the programme in 2022;\n\n"
        "(b) The report of the working group on the review of the programme;\n\n"
        "and demands that those responsible for the delay be held accountable;\n\n"
        "2. Decides to remain seized of the matter.\n"
    ),
    "fr": (
        "L’Assemblée générale,\n\nRappelant sa résolution 75/10 du 8 décembre 2020,\n\n"
        "1. Prend note des rapports suivants :\n\n"
        "a) Le rapport du Secrétaire général sur le programme en 2022 ;\n\n"
        "b) Le rapport du groupe de travail chargé d’examiner le programme ;\n\n"
        "et exige que les responsables du retard aient à répondre de leurs actes ;\n\n"
        "2. Décide de rester saisie de la question.\n"
    ),
    "es": (
        "La Asamblea General,\n\nRecordando su resolución 75/10, de 8 de diciembre de 2020,\n\n"
        "1. Toma nota de los informes siguientes:\n\n"
        "a) El informe del Secretario General sobre el programa en 2022;\n\n"
        "b) El informe del grupo de trabajo encargado de examinar el programa;\n\n"
        "y exige que los responsables del retraso rindan cuentas;\n\n"
        "2. Decide seguir ocupándose de la cuestión.\n"
    ),
}


@pytest.mark.parametrize("code", sorted(TAILS))
def test_a_lists_tail_opened_by_and_goes_on(code: str) -> None:
    res = _parse(TAILS[code], code)
    assert [p.number for p in res.operative] == ["1", "2"]
    first = res.operative[0]
    labels = [s.label for s in first.subparagraphs if s.label]
    assert labels == (["أ", "ب"] if code == "ar" else ["a", "b"])
    whole = " ".join([first.text] + [s.text for s in first.subparagraphs])
    assert TAILS[code].split("\n\n")[-2].split()[1] in whole  # the tail is paragraph 1's
    assert len(res.preamble) == 1


def test_an_arabic_tail_needs_a_verb_after_and() -> None:
    """ "و" glued to a word that is no verb of the operative table opens no tail of its own: a
    paragraph that opens with "وإذ" is still the preamble's."""
    text = TAILS["ar"].replace("وتطالب بتقديم", "وإذ تشير إلى تقديم")
    res = _parse(text, "ar")
    assert len(res.operative) >= 2  # the line is not taken into paragraph 1
    assert "وإذ تشير" not in res.operative[0].text


_ITEMS_AR = "".join(
    f"({letter}) أن تتخذ التدابير المناسبة رقم {n} لدعم المرأة الريفية؛\n\n"
    for n, letter in enumerate("أبجدهوزحطي", 1)
)
_ITEMS_EN = "".join(
    f"({letter}) To take appropriate measure {n} to support rural women;\n\n"
    for n, letter in enumerate("abcdefghijklmnopqrstuvwxyz", 1)
)
_ITEMS_FR = "".join(
    f"{letter}) De prendre la mesure {n} pour soutenir les femmes rurales ;\n\n"
    for n, letter in enumerate("abcdefghijklmnopqrstuvwxyz", 1)
)
DOUBLED = {
    "ar": (
        "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة بشأن المرأة الريفية،\n\n"
        "1 - تحث الدول الأعضاء على ما يلي:\n\n"
        + _ITEMS_AR
        + "(أ أ) أن تكفل تسجيل جميع المواليد؛\n\n"
        "(ب ب) أن تدعم إنشاء نظام تعليمي شامل؛\n\n2 - تقرر أن تبقي المسألة قيد نظرها.\n"
    ),
    "en": (
        "The General Assembly,\n\nRecalling its previous resolutions on rural women,\n\n"
        "1. Urges Member States:\n\n"
        + _ITEMS_EN
        + "(aa) To ensure the registration of all births;\n\n"
        "(bb) To support an inclusive education system;\n\n"
        "2. Decides to remain seized of the matter.\n"
    ),
    "fr": (
        "L’Assemblée générale,\n\nRappelant ses résolutions antérieures sur les femmes rurales,\n\n"
        "1. Exhorte les États Membres :\n\n" + _ITEMS_FR + "aa) De garantir l’enregistrement de "
        "toutes les naissances ;\n\nbb) D’appuyer un système éducatif inclusif ;\n\n"
        "2. Décide de rester saisie de la question.\n"
    ),
}


@pytest.mark.parametrize("code", sorted(DOUBLED))
def test_doubled_letters_label_items(code: str) -> None:
    res = _parse(DOUBLED[code], code)
    assert [p.number for p in res.operative] == ["1", "2"]
    labels = [s.label for s in res.operative[0].subparagraphs]
    assert labels[-2:] == (["أأ", "بب"] if code == "ar" else ["aa", "bb"])


def test_arabic_in_recognition_opens_a_preambular_paragraph() -> None:
    text = (
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 76/296 المؤرخ 21 تموز/يوليه 2022،\n\n"
        "واعترافا بالدور الهام الذي تؤديه اللجان الإقليمية في دعم الدول الأعضاء،\n\n"
        "1 - تقرر أن تعقد مؤتمرا رفيع المستوى في عام 2025؛\n\n"
        "2 - تقرر أيضا أن تبقي المسألة قيد نظرها.\n"
    )
    res = _parse(text, "ar")
    assert len(res.preamble) == 2
    assert res.preamble[1].phrase == "واعترافا"
    assert res.preamble[1].action == "recognize"
    assert [p.number for p in res.operative] == ["1", "2"]


REPEATED = {
    "ar": (
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 76/237 المؤرخ 24 كانون الأول/ديسمبر 2021،\n\n"
        "1 - تكرر تأكيد طلبها أن يضمن الأمين العام أن تتضمن التقارير ما يلي:\n\n"
        "(أ) موجزا للتقرير؛\n\n(ب) المعلومات الأساسية ذات الصلة؛\n\n"
        "وطلبها أن تبرز الاستنتاجات والتوصيات بحروف داكنة؛\n\n"
        "2 - تقرر أن تبقي المسألة قيد نظرها.\n"
    ),
    "en": (
        "The General Assembly,\n\nRecalling its resolution 76/237 of 24 December 2021,\n\n"
        "1. Reiterates its request that the Secretary-General ensure that reports contain:\n\n"
        "(a) A summary of the report;\n\n(b) Relevant background information;\n\n"
        "and its request that conclusions and recommendations be set out in bold print;\n\n"
        "2. Decides to remain seized of the matter.\n"
    ),
    "es": (
        "La Asamblea General,\n\nRecordando su resolución 76/237, de 24 de diciembre de 2021,\n\n"
        "1. Reitera su solicitud de que el Secretario General asegure que los informes "
        "contengan:\n\na) Un resumen del informe;\n\nb) La información de antecedentes "
        "pertinente;\n\ny su solicitud de que las conclusiones y recomendaciones figuren en "
        "negrita;\n\n2. Decide seguir ocupándose de la cuestión.\n"
    ),
}


@pytest.mark.parametrize("code", sorted(REPEATED))
def test_a_tail_that_repeats_the_paragraphs_object_goes_on(code: str) -> None:
    """A tail "and its request that ..." after a list that "reiterates its request": Arabic
    writes the "and" on the noun it repeats ("وطلبها")."""
    res = _parse(REPEATED[code], code)
    assert [p.number for p in res.operative] == ["1", "2"]
    assert len(res.preamble) == 1


def test_an_arabic_tail_of_a_new_word_is_no_tail() -> None:
    """A "و" on a word the paragraph's opening does not hold, and no verb: no tail is read."""
    text = REPEATED["ar"].replace("وطلبها أن تبرز", "ووضعها أن تبرز")
    res = _parse(text, "ar")
    assert len(res.operative) == 3
