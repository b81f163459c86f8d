"""A paragraph number printed without its full stop ("1 Encomia al Comité ...": some of the
UN's XML types the number in the paragraph's text, with a tab and no stop) still numbers an
operative paragraph when an operative leading phrase follows it and it is the next number;
a note's number before other words does not (issue 13).

The examples are written for these tests; none is copied from the corpus.
"""

from __future__ import annotations

import pytest

from mandata.model import Document, Resolution
from mandata.parse import parse_raw
from mandata.read import RawText
from mandata.segment.blocks import bare_numbered

HEADS = {
    "es": [
        "Naciones Unidas    A/RES/78/904",
        "Asamblea General    Distr. general",
        "20 de diciembre de 2023",
        "Septuagésimo octavo período de sesiones",
        "Tema 18 del programa",
        "Resolución aprobada por la Asamblea General el 19 de diciembre de 2023",
        "78/904. Comité Especial",
        "La Asamblea General,",
    ],
    "fr": [
        "Nations Unies    A/RES/78/904",
        "Assemblée générale    Distr. générale",
        "20 décembre 2023",
        "Soixante-dix-huitième session",
        "Point 18 de l’ordre du jour",
        "Résolution adoptée par l’Assemblée générale le 19 décembre 2023",
        "78/904. Comité spécial",
        "L’Assemblée générale,",
    ],
    "ru": [
        "Организация Объединенных Наций    A/RES/78/904",
        "Генеральная Ассамблея    Distr.: General",
        "20 December 2023",
        "Семьдесят восьмая сессия",
        "Пункт 18 повестки дня",
        "Резолюция, принятая Генеральной Ассамблеей 19 декабря 2023 года",
        "78/904. Специальный комитет",
        "Генеральная Ассамблея,",
    ],
}

BODIES = {
    "es": [
        "Recordando sus resoluciones anteriores sobre la cuestión,",
        "Tomando nota del informe del Comité Especial,",
        "1 Encomia al Comité Especial por su labor;",
        "2 Solicita al Comité Especial que le presente un informe;",
        "3. Decide seguir examinando la cuestión.",
    ],
    "fr": [
        "Rappelant ses résolutions antérieures sur la question,",
        "Prenant note du rapport du Comité spécial,",
        "1 Félicite le Comité spécial de ses travaux ;",
        "2 Prie le Comité spécial de lui présenter un rapport ;",
        "3. Décide de poursuivre l’examen de la question.",
    ],
    "ru": [
        "ссылаясь на свои предыдущие резолюции по этому вопросу,",
        "принимая к сведению доклад Специального комитета,",
        "1 высоко оценивает работу Специального комитета;",
        "2 просит Специальный комитет представить ей доклад;",
        "3. постановляет продолжить рассмотрение этого вопроса.",
    ],
}


def _parse(code: str, lines: list[str]) -> Resolution:
    text = "\n".join([*HEADS[code], *lines]) + "\n"
    doc: Document = parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)
    assert len(doc.resolutions) == 1
    return doc.resolutions[0]


@pytest.mark.parametrize("code", sorted(BODIES))
@pytest.mark.parametrize("blank", [False, True])
def test_a_number_without_its_stop_numbers_an_operative_paragraph(code: str, blank: bool) -> None:
    lines = BODIES[code]
    if blank:
        lines = [x for ln in lines for x in (ln, "")]
    res = _parse(code, lines)
    assert (len(res.preamble), len(res.operative)) == (2, 3)
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert not res.operative[0].text[:1].isdigit()


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("es", "2 Resolución 217 A (III)."),
        ("fr", "2 Résolution 217 A (III)."),
        ("ru", "2 резолюция 217 A (III)."),
        ("es", "10 000 personas desplazadas"),
    ],
)
def test_a_number_before_other_words_is_no_paragraph_number(code: str, text: str) -> None:
    assert bare_numbered(text, code) is None
