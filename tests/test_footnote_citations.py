"""Citations made in footnotes, and footnote markers glued to the number before them (issues 13
and 21, item 7), on short resolutions written for each language."""

from __future__ import annotations

import pytest

from mandata.model import Document
from mandata.parse import parse_raw
from mandata.read import RawText

RULE = "__________________"

# The 2030 Agenda cited in a footnote the first preambular paragraph calls (marker after its
# word); a footnote a sub-paragraph calls; a resolution number and a year with their marker glued.
EXAMPLES = {
    "en": (
        "The General Assembly,\n\n"
        "Reaffirming the 2030 Agenda for Sustainable Development,1\n\n"
        "Recalling its resolution 77/1722 of 14 December 2022 and the conference held in 20233,\n\n"
        "1. Takes note of the report of the Secretary-General;\n\n"
        "2. Welcomes:\n\n"
        "(a) The outcome of the high-level meeting;4\n\n"
        "(b) The political declaration;\n\n"
        f"{RULE}\n1 Resolution 70/1.\n2 See also resolution 76/129.\n3 See A/CONF.240/5.\n"
        "4 Resolution 78/1, annex.\n"
    ),
    "fr": (
        "L’Assemblée générale,\n\n"
        "Réaffirmant le Programme de développement durable à l’horizon 2030 1,\n\n"
        "Rappelant sa résolution 77/1722 du 14 décembre 2022 et la conférence tenue en 20233,\n\n"
        "1. Prend note du rapport du Secrétaire général ;\n\n"
        "2. Se félicite :\n\n"
        "a) Des résultats de la réunion de haut niveau ;4\n\n"
        "b) De la déclaration politique ;\n\n"
        f"{RULE}\n1 Résolution 70/1.\n2 Voir aussi la résolution 76/129.\n3 Voir A/CONF.240/5.\n"
        "4 Résolution 78/1, annexe.\n"
    ),
    "es": (
        "La Asamblea General,\n\n"
        "Reafirmando la Agenda 2030 para el Desarrollo Sostenible1,\n\n"
        "Recordando su resolución 77/1722, de 14 de diciembre de 2022, y la conferencia "
        "celebrada en 20233,\n\n"
        "1. Toma nota del informe del Secretario General;\n\n"
        "2. Acoge con beneplácito:\n\n"
        "a) Los resultados de la reunión de alto nivel;4\n\n"
        "b) La declaración política;\n\n"
        f"{RULE}\n1 Resolución 70/1.\n2 Véase también la resolución 76/129.\n"
        "3 Véase A/CONF.240/5.\n4 Resolución 78/1, anexo.\n"
    ),
    "ru": (
        "Генеральная Ассамблея,\n\n"
        "вновь подтверждая Повестку дня в области устойчивого развития на период до 2030 года1,\n\n"
        "ссылаясь на свою резолюцию 77/1722 от 14 декабря 2022 года и на конференцию, "
        "состоявшуюся в 20233 году,\n\n"
        "1. принимает к сведению доклад Генерального секретаря;\n\n"
        "2. приветствует:\n\n"
        "a) итоги заседания высокого уровня;4\n\n"
        "b) политическую декларацию;\n\n"
        f"{RULE}\n1 Резолюция 70/1.\n2 См. также резолюцию 76/129.\n3 См. A/CONF.240/5.\n"
        "4 Резолюция 78/1, приложение.\n"
    ),
    "ar": (
        "إن الجمعية العامة،\n\n"
        "إذ تعيد تأكيد خطة التنمية المستدامة لعام 2030(1)،\n\n"
        "وإذ تشير إلى قرارها 77/172(2) المؤرخ 14 كانون الأول/ديسمبر 2022 وإلى المؤتمر المعقود "
        "في عام 2023(3)،\n\n"
        "1 - تحيط علما بتقرير الأمين العام؛\n\n"
        "2 - ترحب بما يلي:\n\n"
        "(أ) نتائج الاجتماع الرفيع المستوى؛(4)\n\n"
        "(ب) الإعلان السياسي؛\n\n"
        f"{RULE}\n(1) القرار 70/1.\n(2) انظر أيضا القرار 76/129.\n(3) انظر A/CONF.240/5.\n"
        "(4) القرار 78/1، المرفق.\n"
    ),
    "zh": (
        "大会，\n\n"
        "重申《2030年可持续发展议程》，1\n\n"
        "回顾其2022年12月14日第77/172号决议2和2023年举行的会议，3\n\n"
        "1. 注意到秘书长的报告；\n\n"
        "2. 欢迎：\n\n"
        "(a) 高级别会议的成果；4\n\n"
        "(b) 政治宣言；\n\n"
        f"{RULE}\n1 第70/1号决议。\n2 另见第76/129号决议。\n3 见A/CONF.240/5。\n"
        "4 第78/1号决议，附件。\n"
    ),
}


def _parse(code: str) -> Document:
    return parse_raw(RawText(EXAMPLES[code], "text", "utf-8", None), language=code)


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_footnote_citations_belong_to_the_calling_paragraph(code: str) -> None:
    doc = _parse(code)
    refs = {(r.target, r.paragraph, r.found_in) for r in doc.references}
    assert ("A/RES/70/1", "pp1", "footnote") in refs
    assert ("A/RES/78/1", "op2", "footnote") in refs, "a sub-paragraph's note is its paragraph's"
    assert ("A/CONF.240/5", "pp2", "footnote") in refs
    assert ("A/RES/76/129", "pp2", "footnote") in refs, "a call that runs on: 决议2和"


@pytest.mark.parametrize("code", ["en", "fr", "es", "ru"])
def test_marker_glued_to_a_number_is_no_digit_of_it(code: str) -> None:
    doc = _parse(code)
    targets = {r.target for r in doc.references}
    assert "A/RES/77/172" in targets and "A/RES/77/1722" not in targets
    assert ("A/RES/76/129", "pp2") in {(r.target, r.paragraph) for r in doc.references}
    pp2 = doc.resolutions[0].preamble[1]
    assert "2023" in pp2.text and "20233" not in pp2.text
    assert [f.marker for f in pp2.footnotes] == ["2", "3"]


def test_note_no_paragraph_calls_belongs_to_the_document() -> None:
    text = EXAMPLES["en"] + "5 Resolution 75/1.\n"
    doc = parse_raw(RawText(text, "text", "utf-8", None), language="en")
    refs = {(r.target, r.paragraph, r.found_in) for r in doc.references}
    assert ("A/RES/75/1", None, "footnote") in refs


# A footnote wrapped by characters, as Chinese is: the symbol cut at a line's end stays whole.
CUT_NOTES = {
    "zh": (
        "大会，\n\n回顾联合国人权会议的报告，1\n\n1.\t决定继续处理此案。\n\n"
        f"{RULE}\n1 见《世界人权会议的报告，1993年6月14日至25日，维也纳》(A/CON\n"
        "F.157/24 (Part I))，第三章；及《大会正式记录，第七十七届会议，补编第17号》(A/77\n"
        "/17)。\n"
    ),
    "en": (
        "The General Assembly,\n\nRecalling the report of the World Conference,1\n\n"
        "1. Decides to remain seized of the matter.\n\n"
        f"{RULE}\n1 See A/CONF.157/24\n(Part I), chap. III; and Official Records of the General"
        " Assembly, Seventy-seventh Session, Supplement No. 17 (A/77/\n17).\n"
    ),
}


@pytest.mark.parametrize("code", sorted(CUT_NOTES))
def test_a_symbol_cut_in_a_footnote_stays_whole(code: str) -> None:
    doc = parse_raw(RawText(CUT_NOTES[code], "text", "utf-8", None), language=code)
    targets = sorted(r.target for r in doc.references)
    # the part is the symbol's own (the UN links "A/CONF.157/24(PartI)")
    assert targets == ["A/77/17", "A/CONF.157/24 (Part I)"], targets


# A note whose call the text lost (OCR read the superscript as "!"), and a decimal number in a
# later paragraph whose digit after the decimal sign is the note's marker: the number stays whole.
DECIMALS = {
    "en": (
        "The General Assembly,\n\nReaffirming the Paris Agreement,!\n\n"
        "Noting the impacts of global warming of 1.5 degrees Celsius above pre-industrial levels,"
        "\n\n1. Decides to remain seized of the matter.\n\n"
    ),
    "es": (
        "La Asamblea General,\n\nReafirmando el Acuerdo de París!,\n\n"
        "Observando los efectos de un calentamiento global de 1,5 °C con respecto a los niveles "
        "preindustriales,\n\n1. Decide seguir ocupándose de la cuestión.\n\n"
    ),
    "fr": (
        "L’Assemblée générale,\n\nRéaffirmant l’Accord de Paris!,\n\n"
        "Notant les conséquences d’un réchauffement planétaire de 1,5 degré Celsius par rapport "
        "aux niveaux préindustriels,\n\n1. Décide de demeurer saisie de la question.\n\n"
    ),
    "ru": (
        "Генеральная Ассамблея,\n\nвновь подтверждая Парижское соглашение!,\n\n"
        "отмечая последствия глобального потепления на 1,5 градуса Цельсия сверх "
        "доиндустриальных уровней,\n\n1. постановляет продолжать заниматься этим вопросом.\n\n"
    ),
}


@pytest.mark.parametrize("code", sorted(DECIMALS))
def test_a_decimal_digit_is_no_call_of_a_lost_marker(code: str) -> None:
    text = DECIMALS[code] + f"{RULE}\n5 Resolution 63/239, annex.\n"
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code)
    pp2 = doc.resolutions[0].preamble[1]
    assert ("1.5 " if code == "en" else "1,5 ") in pp2.text
    assert not pp2.footnotes


# A note's marker is the whole part or the fraction of numbers before its call ("282.3",
# "3.8"): the call is the one after the paragraph's end ("2023; 3").
AMOUNTS = {
    "en": (
        "The General Assembly,\n\nRecalling its resolution 55/235,\n\n"
        "1. Notes the amount of 282.3 million dollars, representing some 3.8 per cent of the "
        "total;\n\n2. Takes note of the report for the period ended 30 June 2023; 3\n\n"
    ),
    "es": (
        "La Asamblea General,\n\nRecordando su resolución 55/235,\n\n"
        "1. Observa la suma de 282,3 millones de dólares, que representa un 3,8 % del total;\n\n"
        "2. Toma nota del informe para el período terminado el 30 de junio de 2023 3;\n\n"
    ),
    "fr": (
        "L’Assemblée générale,\n\nRappelant sa résolution 55/235,\n\n"
        "1. Note le montant de 282,3 millions de dollars, soit quelque 3,8 % du total ;\n\n"
        "2. Prend note du rapport pour la période close le 30 juin 2023 3 ;\n\n"
    ),
}


@pytest.mark.parametrize("code", sorted(AMOUNTS))
def test_the_digits_of_an_amount_are_no_call(code: str) -> None:
    text = AMOUNTS[code] + f"{RULE}\n3 A/78/622.\n"
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code)
    op1, op2 = doc.resolutions[0].operative
    sign = "." if code == "en" else ","
    assert f"282{sign}3 " in op1.text and f"3{sign}8 " in op1.text
    assert [f.marker for f in op2.footnotes] == ["3"] and not op1.footnotes
