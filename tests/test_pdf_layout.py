"""PDFs read by their layout (issue 14): running heads and feet, footnotes under the rule, raised
footnote calls, paragraphs cut by a page break, first-line indents and gaps.

The documents are our own, printed by ``tests/pdfmaker.py`` in the UN's layout, in English,
French, Spanish and Russian: several pages, a running head and foot on each, footnotes called
in the text with raised markers, and paragraphs whose every line opens with a capital letter, so
that a paragraph cut by a page break looks like a new one to anything but its layout.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TypedDict

import pytest

from mandata.model import Document, Paragraph
from mandata.parse import parse_file
from pdfmaker import Doc, Para, font_for, make_pdf

# Title-case names: any line of these paragraphs opens with a capital letter.
NAMES = {
    "en": "the United Nations Office on Drugs and Crime, the United Nations Development "
    "Programme, the Illicit Small Arms and Light Weapons Programme, the Regional Centre for "
    "Peace and Disarmament in Africa, the Economic Commission for Europe",
    "fr": "l’Office des Nations Unies contre la Drogue et le Crime, le Programme des Nations "
    "Unies pour le Développement, le Programme Armes Légères et de Petit Calibre Illicites, le "
    "Centre Régional pour la Paix et le Désarmement en Afrique",
    "es": "la Oficina de las Naciones Unidas contra la Droga y el Delito, el Programa de las "
    "Naciones Unidas para el Desarrollo, el Programa sobre Armas Pequeñas y Armas Ligeras "
    "Ilícitas, el Centro Regional para la Paz y el Desarme en África",
    "ru": "Управление Организации Объединенных Наций по Наркотикам и Преступности, Программа "
    "Развития Организации Объединенных Наций, Региональный Центр по Вопросам Мира и "
    "Разоружения в Африке, Европейская Экономическая Комиссия",
}


class Texts(TypedDict):
    """What the printed resolution of one language is made of."""

    masthead: list[str]
    head: str
    formula: str
    pre: str
    op: str
    notes: str
    action: tuple[str, str]


TEXTS: dict[str, Texts] = {
    "en": {
        "masthead": [
            "United Nations    A/RES/80/9",
            "General Assembly    Distr.: General",
            "10 December 2025",
            "Eightieth session",
            "Agenda item 12",
            "Resolution adopted by the General Assembly on 5 December 2025",
            "80/9. Cooperation between the United Nations and the Eurasian Economic Union",
        ],
        "head": "A/RES/80/9 Cooperation between the United Nations and the Eurasian Economic Union",
        "formula": "The General Assembly,",
        "pre": "Recalling its resolution 79/{k}^{m}^ of 2 December 2024 on the work of {names},",
        "op": "Requests the Secretary-General to report in 2026^{m}^ on the cooperation with "
        "{names};",
        "notes": "See the report of the Secretary-General on the matter, document A/80/3{k}.",
        "action": ("recall", "request"),
    },
    "fr": {
        "masthead": [
            "Nations Unies    A/RES/80/9",
            "Assemblée générale    Distr. générale",
            "10 décembre 2025",
            "Quatre-vingtième session",
            "Point 12 de l’ordre du jour",
            "Résolution adoptée par l’Assemblée générale le 5 décembre 2025",
            "80/9. Coopération entre l’Organisation des Nations Unies et l’Union économique "
            "eurasienne",
        ],
        "head": "A/RES/80/9 Coopération entre l’Organisation des Nations Unies et l’Union "
        "économique eurasienne",
        "formula": "L’Assemblée générale,",
        "pre": "Rappelant sa résolution 79/{k}^{m}^ du 2 décembre 2024 sur les travaux de {names},",
        "op": "Prie le Secrétaire général de lui faire rapport en 2026^{m}^ sur la coopération "
        "avec {names} ;",
        "notes": "Voir le rapport du Secrétaire général sur la question, document A/80/3{k}.",
        "action": ("recall", "request"),
    },
    "es": {
        "masthead": [
            "Naciones Unidas    A/RES/80/9",
            "Asamblea General    Distr. general",
            "10 de diciembre de 2025",
            "Octogésimo período de sesiones",
            "Tema 12 del programa",
            "Resolución aprobada por la Asamblea General el 5 de diciembre de 2025",
            "80/9. Cooperación entre las Naciones Unidas y la Unión Económica Euroasiática",
        ],
        "head": "A/RES/80/9 Cooperación entre las Naciones Unidas y la Unión Económica "
        "Euroasiática",
        "formula": "La Asamblea General,",
        "pre": "Recordando su resolución 79/{k}^{m}^, de 2 de diciembre de 2024, relativa a "
        "{names},",
        "op": "Solicita al Secretario General que le informe en 2026^{m}^ sobre la cooperación "
        "con {names};",
        "notes": "Véase el informe del Secretario General sobre la cuestión, documento A/80/3{k}.",
        "action": ("recall", "request"),
    },
    "ru": {
        "masthead": [
            "Организация Объединенных Наций    A/RES/80/9",
            "Генеральная Ассамблея    Distr.: General",
            "10 декабря 2025 года",
            "Восьмидесятая сессия",
            "Пункт 12 повестки дня",
            "Резолюция, принятая Генеральной Ассамблеей 5 декабря 2025 года",
            "80/9. Сотрудничество между Организацией Объединенных Наций и Евразийским "
            "экономическим союзом",
        ],
        "head": "A/RES/80/9 Сотрудничество между Организацией Объединенных Наций и "
        "Евразийским экономическим союзом",
        "formula": "Генеральная Ассамблея,",
        "pre": "ссылаясь на свою резолюцию 79/{k}^{m}^ от 2 декабря 2024 года о работе: {names},",
        "op": "просит Генерального секретаря представить в 2026 году^{m}^ доклад о "
        "сотрудничестве: {names};",
        "notes": "См. доклад Генерального секретаря по этому вопросу, документ A/80/3{k}.",
        "action": ("recall", "request"),
    },
}
PREAMBLE, OPERATIVE = 8, 10


def _doc(language: str) -> Doc:
    t = TEXTS[language]
    names = NAMES[language]
    paras = [Para(t["formula"])]
    notes: dict[str, str] = {}
    for k in range(1, PREAMBLE + 1):
        paras.append(Para(t["pre"].format(k=k, m=k, names=names)))
        notes[str(k)] = t["notes"].format(k=k)
    for k in range(1, OPERATIVE + 1):
        m = PREAMBLE + k
        paras.append(Para(t["op"].format(m=m, names=names), number=f"{k}."))
        notes[str(m)] = t["notes"].format(k=m)
    return Doc(language, t["masthead"], paras, notes, head=t["head"])


@pytest.fixture(scope="module", params=sorted(TEXTS))
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    language = request.param
    if font_for(language) is None:
        pytest.skip(
            f"no font for {language}: install fonts-dejavu-core (scripts/install_browser.sh)"
        )
    doc = _doc(language)
    path = make_pdf(doc, tmp_path_factory.mktemp(language) / "A_RES_80_9.pdf")
    return language, doc, parse_file(path)


def _paragraphs(doc: Document) -> list[Paragraph]:
    return [p for r in doc.resolutions for p in [*r.preamble, *r.operative]]


def test_several_pages_with_heads_and_feet(printed: tuple) -> None:
    _, _, doc = printed
    assert doc.pages is not None and doc.pages >= 3  # so that page breaks cut paragraphs
    assert doc.symbol == "A/RES/80/9" and doc.adopted == "2025-12-05"


def test_every_paragraph_once_whatever_the_page_breaks(printed: tuple) -> None:
    language, _, doc = printed
    paras = _paragraphs(doc)
    kinds = [p.kind for p in paras]
    assert kinds == ["preambular"] * PREAMBLE + ["operative"] * OPERATIVE, language
    assert [p.number for p in paras[PREAMBLE:]] == [str(k) for k in range(1, OPERATIVE + 1)]
    pre, op = TEXTS[language]["action"]
    assert {p.action for p in paras[:PREAMBLE]} == {pre}
    assert {p.action for p in paras[PREAMBLE:]} == {op}


def test_running_heads_feet_and_notes_are_not_text(printed: tuple) -> None:
    language, source, doc = printed
    head = " ".join(TEXTS[language]["head"].split()[1:4])
    for para in _paragraphs(doc):
        assert head not in para.text, para.text
        assert source.job not in para.text, para.text
        for note in source.footnotes.values():
            assert note not in para.text, para.text


def test_each_paragraph_reads_as_written(printed: tuple) -> None:
    _, source, doc = printed
    written = [" ".join(re.sub(r"\^\S+?\^", "", p.text).split()) for p in source.paragraphs[1:]]
    for para, text in zip(_paragraphs(doc), written, strict=True):
        got = " ".join(para.text.split())
        assert got == text


def test_raised_calls_become_footnotes_of_their_paragraph(printed: tuple) -> None:
    _, source, doc = printed
    paras = _paragraphs(doc)
    assert [[f.marker for f in p.footnotes] for p in paras] == [
        [str(k)] for k in range(1, PREAMBLE + OPERATIVE + 1)
    ]
    for k, para in enumerate(paras, start=1):
        assert para.footnotes[0].text == source.footnotes[str(k)]
        # the call is not glued to the number before it ("79/1" + "1", "2026" + "6")
        assert f"79/{k}{k}" not in para.text and f"2026{k}" not in para.text


def test_pdf_from_path_neutral_name(tmp_path: Path) -> None:
    if font_for("en") is None:
        pytest.skip("no font: install fonts-dejavu-core (scripts/install_browser.sh)")
    path = make_pdf(_doc("en"), tmp_path / "document.pdf")
    assert parse_file(path).symbol == "A/RES/80/9"
