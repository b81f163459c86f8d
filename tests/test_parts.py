"""Symbols with parts (#21 item 2): "A/RES/78/960 A-B", "A/RES/78/960 A and B" and their forms in
other languages give the symbol and one resolution a part, each with its own preamble, operative
paragraphs and closing meeting; a running head that carries the part letters is page furniture.
Our own example documents, in each language's typography."""

from __future__ import annotations

import pytest

from mandata.parse import parse_raw
from mandata.read import RawText
from mandata.symbols import part_letters, symbol_with_parts

DOCS = {
    "en": (
        "United Nations    {symbol}\nGeneral Assembly    Distr.: General\n5 January 2024\n"
        "Seventy-eighth session\nAgenda item 140\n"
        "Resolutions adopted by the General Assembly on 22 December 2023\n"
        "78/960. United Nations common system\n\nA\n\nThe General Assembly,\n\n"
        "Recalling its resolution 77/256 A of 30 December 2022,\n\n"
        "1. Approves the recommendation of the Commission;\n\n"
        "2. Decides to revise the scale with effect from 1 January 2024;\n\n"
        "50th plenary meeting\n22 December 2023\n\n"
        "\f\nA/RES/78/960 A-B    United Nations common system\n2/3\n\n"
        "B\n\nThe General Assembly,\n\n"
        "Having considered the report of the International Civil Service Commission,\n\n"
        "Reaffirming its role in the regulation of the common system,\n\n"
        "1. Takes note of the report of the Commission;\n\n"
        "51st plenary meeting\n27 December 2023\n"
    ),
    "fr": (
        "Nations Unies    {symbol}\nAssemblée générale    Distr. générale\n5 janvier 2024\n"
        "Soixante-dix-huitième session\nPoint 140 de l’ordre du jour\n"
        "Résolutions adoptées par l’Assemblée générale le 22 décembre 2023\n"
        "78/960. Régime commun des Nations Unies\n\nA\n\nL’Assemblée générale,\n\n"
        "Rappelant sa résolution 77/256 A du 30 décembre 2022,\n\n"
        "1. Approuve la recommandation de la Commission ;\n\n"
        "2. Décide de réviser le barème à compter du 1er janvier 2024 ;\n\n"
        "50e séance plénière\n22 décembre 2023\n\n"
        "\f\nA/RES/78/960 A-B    Régime commun des Nations Unies\n2/3\n\n"
        "B\n\nL’Assemblée générale,\n\n"
        "Ayant examiné le rapport de la Commission de la fonction publique internationale,\n\n"
        "Réaffirmant son rôle dans la réglementation du régime commun,\n\n"
        "1. Prend note du rapport de la Commission ;\n\n"
        "51e séance plénière\n27 décembre 2023\n"
    ),
    "ru": (
        "Организация Объединенных Наций    {symbol}\nГенеральная Ассамблея    Distr.: General\n"
        "5 January 2024\nСемьдесят восьмая сессия\nПункт 140 повестки дня\n"
        "Резолюции, принятые Генеральной Ассамблеей 22 декабря 2023 года\n"
        "78/960. Общая система Организации Объединенных Наций\n\nA\n\n"
        "Генеральная Ассамблея,\n\n"
        "ссылаясь на свою резолюцию 77/256 A от 30 декабря 2022 года,\n\n"
        "1. одобряет рекомендацию Комиссии;\n\n"
        "2. постановляет пересмотреть шкалу с 1 января 2024 года;\n\n"
        "50-е пленарное заседание\n22 декабря 2023 года\n\n"
        "\f\nA/RES/78/960 A-B    Общая система Организации Объединенных Наций\n2/3\n\n"
        "B\n\nГенеральная Ассамблея,\n\n"
        "рассмотрев доклад Комиссии по международной гражданской службе,\n\n"
        "подтверждая свою роль в регулировании общей системы,\n\n"
        "1. принимает к сведению доклад Комиссии;\n\n"
        "51-е пленарное заседание\n27 декабря 2023 года\n"
    ),
}
PRINTED = {"en": "A/RES/78/960 A and B", "fr": "A/RES/78/960 A et B", "ru": "A/RES/78/960 A и B"}


@pytest.mark.parametrize("printed", ["A/RES/78/960 A-B", "A/RES/78/960 A–B", "PRINTED"])
@pytest.mark.parametrize("code", sorted(DOCS))
def test_each_part_is_a_resolution(code: str, printed: str) -> None:
    symbol = PRINTED[code] if printed == "PRINTED" else printed
    text = DOCS[code].format(symbol=symbol)
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)
    assert doc.symbol == "A/RES/78/960 A-B"
    assert doc.doc_type == "resolution"
    shape = [(r.part, r.number, len(r.preamble), len(r.operative)) for r in doc.resolutions]
    assert shape == [("A", "78/960", 1, 2), ("B", "78/960", 2, 1)]
    assert [r.meeting is not None for r in doc.resolutions] == [True, True]
    assert doc.resolutions[0].meeting != doc.resolutions[1].meeting
    assert doc.paragraphs == []  # the running head "A/RES/78/960 A-B ..." is no paragraph


def test_part_letters() -> None:
    assert part_letters("A-C") == ["A", "B", "C"]
    assert part_letters("A and B") == ["A", "B"]
    assert symbol_with_parts("A/RES/79/93 A–B") == ("A/RES/79/93 A-B", ["A", "B"])
    assert symbol_with_parts("A/RES/77/253 B") == ("A/RES/77/253 B", ["B"])
    assert symbol_with_parts("A/RES/78/10") is None
