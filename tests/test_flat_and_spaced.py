"""Text that lost its layout (#14 item 4, #21 item 3): a resolution on one line (flattened, as
databases and web pages store it), a paragraph number on a line of its own, words in spaced type
as PDF extraction gives them ("I n v i t e s"). Our own example documents, in each language's
typography."""

from __future__ import annotations

import pytest

from mandata.model import Document
from mandata.parse import parse_raw
from mandata.read import RawText

# (title line, formula, two preambular paragraphs, three operative paragraphs)
TEXTS: dict[str, tuple[str, str, tuple[str, str], tuple[str, str, str]]] = {
    "en": (
        "78/970. Situation in the region",
        "The General Assembly,",
        (
            "Recalling its resolution 77/10 of 5 December 2022 on the situation in the region "
            "and all its previous resolutions on the question,",
            "Noting with concern the report of the Secretary-General on the humanitarian "
            "situation,",
        ),
        (
            "Decides to remain seized of the matter;",
            "Invites all States to cooperate fully with the Special Envoy;",
            "Requests the Secretary-General to report to it at its seventy-ninth session.",
        ),
    ),
    "fr": (
        "78/970. Situation dans la région",
        "L’Assemblée générale,",
        (
            "Rappelant sa résolution 77/10 du 5 décembre 2022 sur la situation dans la région et "
            "toutes ses résolutions antérieures sur la question,",
            "Notant avec préoccupation le rapport du Secrétaire général sur la situation "
            "humanitaire,",
        ),
        (
            "Décide de rester saisie de la question ;",
            "Invite tous les États à coopérer pleinement avec l’Envoyé spécial ;",
            "Prie le Secrétaire général de lui faire rapport à sa soixante-dix-neuvième session.",
        ),
    ),
    "ru": (
        "78/970. Положение в регионе",
        "Генеральная Ассамблея,",
        (
            "ссылаясь на свою резолюцию 77/10 от 5 декабря 2022 года о положении в регионе и на "
            "все свои предыдущие резолюции по этому вопросу,",
            "с обеспокоенностью отмечая доклад Генерального секретаря о гуманитарном положении,",
        ),
        (
            "постановляет продолжать заниматься этим вопросом;",
            "предлагает всем государствам в полной мере сотрудничать со Специальным посланником;",
            "просит Генерального секретаря представить ей доклад на ее семьдесят девятой сессии.",
        ),
    ),
    "es": (
        "78/970. Situación en la región",
        "La Asamblea General,",
        (
            "Recordando su resolución 77/10, de 5 de diciembre de 2022, sobre la situación en la "
            "región y todas sus resoluciones anteriores sobre la cuestión,",
            "Observando con preocupación el informe del Secretario General sobre la situación "
            "humanitaria,",
        ),
        (
            "Decide seguir ocupándose de la cuestión;",
            "Invita a todos los Estados a que cooperen plenamente con el Enviado Especial;",
            "Solicita al Secretario General que la informe en su septuagésimo noveno período de "
            "sesiones.",
        ),
    ),
    "zh": (
        "78/970. 该区域局势",
        "大会，",
        (
            "回顾其2022年12月5日关于该区域局势的第77/10号决议以及关于这个问题的所有以往各项决议，",
            "关切地注意到秘书长关于人道主义局势的报告，",
        ),
        (
            "决定继续处理此案；",
            "邀请所有国家同特使充分合作；",
            "请秘书长向大会第七十九届会议提交报告。",
        ),
    ),
    "ar": (
        "78/970 - الحالة في المنطقة",
        "إن الجمعية العامة،",
        (
            "إذ تشير إلى قرارها 77/10 المؤرخ 5 كانون الأول/ديسمبر 2022 بشأن الحالة في المنطقة "
            "وإلى جميع قراراتها السابقة المتعلقة بهذه المسألة،",
            "وإذ تلاحظ مع القلق تقرير الأمين العام عن الحالة الإنسانية،",
        ),
        (
            "تقرر أن تبقي المسألة قيد نظرها؛",
            "تدعو جميع الدول إلى التعاون التام مع المبعوث الخاص؛",
            "تطلب إلى الأمين العام أن يقدم إليها تقريرا في دورتها التاسعة والسبعين.",
        ),
    ),
}
ACTIONS = (["recall", "note"], ["decide", "invite", "request"])


def _parse(text: str, code: str) -> Document:
    return parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)


def _shape(doc: Document) -> tuple[list[str | None], list[tuple[str | None, str | None]]]:
    assert len(doc.resolutions) == 1, doc.paragraphs
    res = doc.resolutions[0]
    return [p.action for p in res.preamble], [(p.number, p.action) for p in res.operative]


def _numbered(code: str, k: int) -> str:
    return f"{k} - " if code == "ar" else f"{k}. "


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_a_flattened_resolution(code: str) -> None:
    """The whole resolution on one line: cut at the formula, the paragraph numbers and the
    preamble's leading phrases."""
    title, formula, preamble, operative = TEXTS[code]
    space = "" if code == "zh" else " "
    numbered = [f"{_numbered(code, k)}{text}" for k, text in enumerate(operative, 1)]
    text = space.join([title, formula, *preamble, *numbered]) + "\n"
    if code == "zh":
        text = text.replace("大会，", "大会, ")  # as a database stores it
    pre, op = _shape(_parse(text, code))
    assert (pre, op) == (ACTIONS[0], list(zip(["1", "2", "3"], ACTIONS[1], strict=True)))


@pytest.mark.parametrize("blank", [True, False], ids=["blank line", "next line"])
@pytest.mark.parametrize("code", ["ar", "en", "fr", "ru"])
def test_a_number_on_a_line_of_its_own(code: str, blank: bool) -> None:
    """ "2" on a line of its own, then "Invites ..." (after a blank line or not); a number that
    does not follow the paragraph before is no paragraph number (a footnote's marker cut by the
    line's end)."""
    title, formula, preamble, operative = TEXTS[code]
    parts = [title, "", formula, ""]
    for text in preamble:
        parts.extend([text, ""])
    for k, text in enumerate(operative, 1):
        parts.extend([str(k), *([""] if blank else []), text, ""])
    pre, op = _shape(_parse("\n".join(parts), code))
    assert (pre, op) == (ACTIONS[0], list(zip(["1", "2", "3"], ACTIONS[1], strict=True)))


@pytest.mark.parametrize("code", ["en", "es", "fr", "ru"])
def test_words_in_spaced_type(code: str) -> None:
    """The first word of each paragraph letter-spaced ("I n v i t e s")."""
    title, formula, preamble, operative = TEXTS[code]
    parts = [title, "", formula, ""]
    spaced = [" ".join(t.split()[0]) + t[len(t.split()[0]) :] for t in (*preamble, *operative)]
    for k, text in enumerate(spaced):
        parts.extend([text if k < 2 else f"{k - 1}. {text}", ""])
    pre, op = _shape(_parse("\n".join(parts), code))
    assert (pre, op) == (ACTIONS[0], list(zip(["1", "2", "3"], ACTIONS[1], strict=True)))


QUOTED = {
    "en": (
        "14. Decides to approve the following amendment to the statute: Article 9, new "
        "paragraph 4:",
        "4. In hearing an appeal, the Tribunal shall examine whether the facts were established.",
        "IV",
        "Other issues",
        "15. Invites the Sixth Committee to consider the legal aspects of the report;",
    ),
    "fr": (
        "14. Décide d’approuver la modification suivante du statut : article 9, nouveau "
        "paragraphe 4 :",
        "4. Lorsqu’il connaît d’un recours, le Tribunal examine si les faits sont établis.",
        "IV",
        "Autres questions",
        "15. Invite la Sixième Commission à examiner les aspects juridiques du rapport ;",
    ),
    "es": (
        "14. Decide aprobar la siguiente enmienda del estatuto: artículo 9, nuevo párrafo 4:",
        "4. Al conocer de una apelación, el Tribunal examinará si los hechos están probados.",
        "IV",
        "Otras cuestiones",
        "15. Invita a la Sexta Comisión a que examine los aspectos jurídicos del informe;",
    ),
}


@pytest.mark.parametrize("code", sorted(QUOTED))
def test_the_paragraph_after_a_quoted_numbered_text(code: str) -> None:
    """No blank lines: "15." after a quoted "4." and a section heading is paragraph 15."""
    title, formula, preamble, _ = TEXTS[code]
    lines = [title, formula, preamble[0], *QUOTED[code]]
    _, op = _shape(_parse("\n".join(lines) + "\n", code))
    assert [number for number, _ in op] == ["14", "15"]
    assert op[1][1] == "invite"
