"""Paragraphs that lost their final comma (issue 13): printed one a line, the next paragraph
still starts on its own line; in a table, rows that end short of the margin by their columns
stay in their block. (A rule that ended a wrapped paragraph at a line short of the margin where
the next word would have fitted was tried and withdrawn: in text extracted from PDFs, set in a
proportional font, a line's characters do not tell what fits, and it split 3 ga78 resolutions.)

The examples are written for these tests; none is copied from the corpus.
"""

from __future__ import annotations

import textwrap

import pytest

from mandata.model import Document, Resolution
from mandata.normalize import normalize
from mandata.parse import parse_raw
from mandata.read import RawText
from mandata.segment.blocks import make_blocks

HEADS = {
    "es": [
        "Naciones Unidas    A/RES/78/903",
        "Asamblea General    Distr. general",
        "20 de diciembre de 2023",
        "Septuagésimo octavo período de sesiones",
        "Tema 18 del programa",
        "Resolución aprobada por la Asamblea General el 19 de diciembre de 2023",
        "78/903. Cooperación en materia de transporte",
        "La Asamblea General,",
    ],
    "fr": [
        "Nations Unies    A/RES/78/903",
        "Assemblée générale    Distr. générale",
        "20 décembre 2023",
        "Soixante-dix-huitième session",
        "Point 18 de l’ordre du jour",
        "Résolution adoptée par l’Assemblée générale le 19 décembre 2023",
        "78/903. Coopération en matière de transports",
        "L’Assemblée générale,",
    ],
    "ru": [
        "Организация Объединенных Наций    A/RES/78/903",
        "Генеральная Ассамблея    Distr.: General",
        "20 December 2023",
        "Семьдесят восьмая сессия",
        "Пункт 18 повестки дня",
        "Резолюция, принятая Генеральной Ассамблеей 19 декабря 2023 года",
        "78/903. Сотрудничество в области транспорта",
        "Генеральная Ассамблея,",
    ],
}

# Four preambular paragraphs, the second without its final comma, and two operative ones.
PARAGRAPHS = {
    "es": [
        "Recordando sus resoluciones anteriores sobre la cooperación en materia de transporte "
        "por carretera y por ferrocarril entre los países de la región y sobre la seguridad "
        "vial en las zonas rurales,",
        "Reconociendo la importancia de las redes de transporte para el comercio, el turismo "
        "y el desarrollo sostenible de los países sin litoral y de tránsito",
        "Observando con preocupación los efectos de las catástrofes naturales en las redes de "
        "transporte, en los puentes y en los puertos de los países en desarrollo, y los costos "
        "que suponen para sus economías,",
        "Acogiendo con beneplácito la labor de las comisiones regionales en la materia,",
        "1.\tAlienta a los Estados Miembros a que sigan cooperando en la planificación de "
        "corredores de transporte sostenibles y seguros, con la participación de todos los "
        "interesados pertinentes;",
        "2.\tDecide seguir examinando la cuestión en su octogésimo período de sesiones.",
    ],
    "fr": [
        "Rappelant ses résolutions antérieures sur la coopération en matière de transport "
        "routier et ferroviaire entre les pays de la région et sur la sécurité routière dans "
        "les zones rurales,",
        "Considérant l’importance des réseaux de transport pour le commerce, le tourisme et le "
        "développement durable des pays sans littoral et de transit",
        "Notant avec préoccupation les effets des catastrophes naturelles sur les réseaux de "
        "transport, sur les ponts et sur les ports des pays en développement, et les coûts "
        "qu’ils entraînent pour leurs économies,",
        "Se félicitant du travail des commissions régionales dans ce domaine,",
        "1.\tEncourage les États Membres à continuer de coopérer à la planification de "
        "couloirs de transport durables et sûrs, avec la participation de toutes les parties "
        "intéressées ;",
        "2.\tDécide de poursuivre l’examen de la question à sa quatre-vingtième session.",
    ],
    "ru": [
        "ссылаясь на свои предыдущие резолюции о сотрудничестве в области автомобильного и "
        "железнодорожного транспорта между странами региона и о безопасности дорожного "
        "движения в сельских районах,",
        "признавая важность транспортных сетей для торговли, туризма и устойчивого развития "
        "стран, не имеющих выхода к морю, и стран транзита",
        "отмечая с обеспокоенностью последствия стихийных бедствий для транспортных сетей, "
        "мостов и портов развивающихся стран и расходы, которые они влекут для их экономики,",
        "приветствуя работу региональных комиссий в этой области,",
        "1.\tпризывает государства-члены продолжать сотрудничество в планировании устойчивых "
        "и безопасных транспортных коридоров с участием всех заинтересованных сторон;",
        "2.\tпостановляет продолжить рассмотрение этого вопроса на своей восьмидесятой сессии.",
    ],
}


def _wrapped(paragraphs: list[str], width: int) -> list[str]:
    return [line for p in paragraphs for line in textwrap.wrap(p, width, break_on_hyphens=False)]


def _parse(code: str, lines: list[str]) -> Resolution:
    text = "\n".join([*HEADS[code], *lines]) + "\n"
    doc: Document = parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)
    assert len(doc.resolutions) == 1
    return doc.resolutions[0]


TABLE_ROWS = {
    "es": [
        "Sección  Monto (dólares)",
        "Parte I. Determinación de políticas",
        "1  Determinación de políticas  92 383 700",
        "Subtotal, parte I  92 383 700",
        "Parte II. Asuntos políticos",
        "3  Asuntos políticos  800 937 800",
        *[f"{k}  Misión política especial número {k}  {k} 100 400" for k in range(4, 12)],
        "Subtotal, parte II  800 937 800",
    ],
    "fr": [
        "Chapitre  Montant (dollars)",
        "Titre I. Politiques et direction",
        "1  Politiques et direction  92 383 700",
        "Total partiel, titre I  92 383 700",
        "Titre II. Affaires politiques",
        "3  Affaires politiques  800 937 800",
        *[f"{k}  Mission politique spéciale numéro {k}  {k} 100 400" for k in range(4, 12)],
        "Total partiel, titre II  800 937 800",
    ],
    "ru": [
        "Раздел  Сумма (долл. США)",
        "Часть I. Руководство и управление",
        "1  Руководство и управление  92 383 700",
        "Промежуточный итог, часть I  92 383 700",
        "Часть II. Политические вопросы",
        "3  Политические вопросы  800 937 800",
        *[f"{k}  Специальная политическая миссия номер {k}  {k} 100 400" for k in range(4, 12)],
        "Промежуточный итог, часть II  800 937 800",
    ],
}


@pytest.mark.parametrize("code", sorted(TABLE_ROWS))
def test_the_rows_of_a_table_are_no_short_lines(code: str) -> None:
    # a table's rows end short of the margin by their columns, not by a paragraph's end: the
    # rows after a part's subtotal stay in the block of the rows before it
    lines = [*_wrapped(PARAGRAPHS[code], 60), *TABLE_ROWS[code]]
    blocks = make_blocks(normalize("\n".join(lines) + "\n").lines, code)
    last = blocks[-1].text
    rows = [" ".join(row.split()) for row in TABLE_ROWS[code]]
    assert rows[1] in last and rows[-1] in last


# The same paragraphs a paragraph a line (a word processor's text): each line wider than a page.
FILLERS = {
    "es": " así como sobre la necesidad de mejorar la conectividad entre las ciudades y las zonas "
    "rurales en beneficio de todas las personas",
    "fr": " ainsi que sur la nécessité d’améliorer la connectivité entre les villes et les zones "
    "rurales dans l’intérêt de toutes les personnes",
    "ru": " а также о необходимости улучшения связи между городами и сельскими районами в "
    "интересах всех людей",
}


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_a_paragraph_a_line_without_its_comma(code: str) -> None:
    lines = []
    for k, paragraph in enumerate(PARAGRAPHS[code]):
        body, end = paragraph.rstrip(",;:."), paragraph[len(paragraph.rstrip(",;:.")) :]
        lines.append(body + FILLERS[code] + ("" if k == 1 else end))
    assert sum(len(ln) > 200 for ln in lines) >= 4
    res = _parse(code, lines)
    assert (len(res.preamble), len(res.operative)) == (4, 2)
