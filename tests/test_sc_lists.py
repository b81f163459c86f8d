"""Security Council resolutions print what the Assembly's rarely do (issue 13, SC 2020-2021): a
paragraph opened by a finite verb inside the preamble ("Recalls that …,"), items marked with
bullets, dashes or "a." under an item of a list, text under a titled item ("(a) Stabilisation"),
and annexes lettered "Annex A". None of them is an operative paragraph."""

from __future__ import annotations

import pytest

from mandata.parse import parse_raw
from mandata.read import RawText

TEXTS = {
    "en": (
        "The Security Council,\n\nRecalling its resolution 2500 (2019),\n\n"
        "Recalls that the deployment of the Force is a step towards a durable peace on the "
        "basis of resolution 338 (1973),\n\nExpressing concern at the situation,\n\n"
        "1. Decides that the Mission shall have the following objectives:\n\n"
        "(i) Assist the political transition\n\n"
        "a. Assist, through good offices, the transition;\n\n"
        "b. Provide technical assistance to the drafting process;\n\n"
        "(ii) Support peacebuilding:\n\n"
        "To support the national authorities in the protection of civilians;\n\n"
        "(iii) Stabilization\n\n"
        "Provide coordination between the Government and its partners;\n\n"
        "2. Requests the Secretary-General to include in his reports:\n\n"
        "• steps taken to prevent sexual exploitation;\n\n"
        "• progress in implementing the mandate;\n\n"
        "3. Decides to remain seized of the matter.\n\n"
        "Annex A\n\nItems subject to the Committee’s approval\n\n"
        "1. Surface to air missiles;\n\n2. Weapons with a calibre greater than 12.7 mm.\n"
    ),
    "fr": (
        "Le Conseil de sécurité,\n\nRappelant sa résolution 2500 (2019),\n\n"
        "Rappelle que le déploiement de la Force constitue un pas vers une paix durable sur la "
        "base de la résolution 338 (1973),\n\nSe déclarant préoccupé par la situation,\n\n"
        "1. Décide que la Mission aura les objectifs suivants :\n\n"
        "i) Appuyer la transition politique\n\n"
        "a. Aider, par ses bons offices, la transition ;\n\n"
        "b. Fournir une assistance technique à la rédaction de la constitution ;\n\n"
        "ii) Appuyer la consolidation de la paix :\n\n"
        "Aider les autorités nationales à protéger les civils ;\n\n"
        "iii) Stabilisation\n\n"
        "Assurer la coordination entre le Gouvernement et ses partenaires ;\n\n"
        "2. Prie le Secrétaire général de faire figurer dans ses rapports :\n\n"
        "– les mesures prises pour prévenir l’exploitation sexuelle ;\n\n"
        "– les progrès accomplis dans l’exécution du mandat ;\n\n"
        "3. Décide de rester saisi de la question.\n\n"
        "Annexe A\n\nArticles soumis à l’approbation préalable du Comité\n\n"
        "1. Missiles sol-air ;\n\n2. Armes d’un calibre supérieur à 12,7 mm.\n"
    ),
    "es": (
        "El Consejo de Seguridad,\n\nRecordando su resolución 2500 (2019),\n\n"
        "Recuerda que el despliegue de la Fuerza es un paso hacia una paz duradera sobre la "
        "base de la resolución 338 (1973),\n\nExpresando preocupación por la situación,\n\n"
        "1. Decide que la Misión tendrá los siguientes objetivos:\n\n"
        "i) Prestar apoyo a la transición política\n\n"
        "a. Prestar apoyo, mediante sus buenos oficios, a la transición;\n\n"
        "b. Prestar asistencia técnica al proceso de redacción de la constitución;\n\n"
        "ii) Prestar apoyo a la consolidación de la paz:\n\n"
        "Ayudar a las autoridades nacionales a proteger a los civiles;\n\n"
        "iii) Estabilización\n\n"
        "Coordinar la labor del Gobierno y sus asociados;\n\n"
        "2. Solicita al Secretario General que incluya en sus informes:\n\n"
        "• las medidas adoptadas para prevenir la explotación sexual;\n\n"
        "• los progresos realizados en la ejecución del mandato;\n\n"
        "3. Decide seguir ocupándose de la cuestión.\n\n"
        "Anexo A\n\nArtículos sujetos a la aprobación previa del Comité\n\n"
        "1. Misiles tierra-aire;\n\n2. Armas de calibre superior a 12,7 mm.\n"
    ),
    "ru": (
        "Совет Безопасности,\n\nссылаясь на свою резолюцию 2500 (2019),\n\n"
        "напоминает, что развертывание Сил является шагом к прочному миру на основе "
        "резолюции 338 (1973),\n\nвыражая обеспокоенность положением,\n\n"
        "1. постановляет, что Миссия будет иметь следующие цели:\n\n"
        "i) содействие политическому переходу\n\n"
        "a. оказание добрых услуг в интересах переходного процесса;\n\n"
        "b. оказание технической помощи в разработке конституции;\n\n"
        "ii) содействие миростроительству:\n\n"
        "оказание помощи национальным органам в защите гражданского населения;\n\n"
        "iii) стабилизация\n\n"
        "обеспечение координации между правительством и его партнерами;\n\n"
        "2. просит Генерального секретаря включать в свои доклады:\n\n"
        "• информацию о мерах по предотвращению сексуальной эксплуатации;\n\n"
        "• информацию о ходе выполнения мандата;\n\n"
        "3. постановляет продолжать заниматься этим вопросом.\n\n"
        "Приложение В\n\nПредметы, на поставку которых требуется санкция Комитета\n\n"
        "1. Ракеты класса «земля — воздух»;\n\n2. Оружие калибра более 12,7 мм.\n"
    ),
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_security_council_lists_and_annexes(code: str) -> None:
    doc = parse_raw(RawText(TEXTS[code], "text", "utf-8", None), language=code)
    (res,) = doc.resolutions
    assert len(res.preamble) == 3
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert res.preamble[1].kind == "preambular"
    items = " ".join(s.text for s in res.operative[0].subparagraphs)
    for words in ("b. ", "338", "(1973)"):
        assert words not in res.operative[0].text
    assert len(items) > 200  # the items of paragraph 1, every one kept under it
    assert len(res.operative[1].subparagraphs) == 2
    (annex,) = doc.annexes
    assert len(annex.paragraphs) == 2
