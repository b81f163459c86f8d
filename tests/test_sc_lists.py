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


# the items of a list announced by a colon at the end of a nested item ("(ii) … as follows:"),
# printed without their dashes (a text export drops a leading "- "), each ending with a
# semicolon or, in a list of tasks, a comma; then the next numbered paragraph. In a script
# without capitals (a lower-case first word joins the item to the line before in the others)
UNMARKED_ITEMS = {
    "zh": (
        "安全理事会，\n\n回顾其第2500(2019)号决议，\n\n"
        "1. 决定特派团的任务包括以下各项：\n\n"
        "(a) 保护平民\n\n"
        "㈠ 保护面临人身暴力威胁的平民；\n\n"
        "㈡ 采取积极步骤预防针对平民的威胁，具体如下：\n\n"
        "以全面综合的办法确保有效保护平民；\n\n"
        "加强其预警机制；\n\n"
        "2. 敦促各方在任务期结束前采取以下措施：\n\n"
        "完成宪法改革，\n\n"
        "继续启用北部发展区，\n\n"
        "落实关于妇女参与问题讲习班的建议，\n\n"
        "3. 决定继续处理此案。\n"
    ),
    "ar": (
        "إن مجلس الأمن،\n\nإذ يشير إلى قراره 2500 (2019)،\n\n"
        "1 - يقرر أن تشتمل ولاية البعثة على المهام التالية:\n\n"
        "(أ) حماية المدنيين\n\n"
        "’1‘ حماية السكان المدنيين المعرضين لخطر العنف الجسدي؛\n\n"
        "’2‘ اتخاذ خطوات فعالة لاستباق التهديدات المحدقة بالمدنيين، على النحو التالي:\n\n"
        "كفالة حماية المدنيين باتباع نهج شامل؛\n\n"
        "تعزيز آليتها للإنذار المبكر؛\n\n"
        "2 - يحث الأطراف على اتخاذ التدابير التالية قبل نهاية الولاية:\n\n"
        "إنجاز الإصلاح الدستوري،\n\n"
        "مواصلة تفعيل منطقة التنمية الشمالية،\n\n"
        "تنفيذ توصيات حلقة العمل المتعلقة بمشاركة المرأة،\n\n"
        "3 - يقرر أن يبقي المسألة قيد نظره.\n"
    ),
}


@pytest.mark.parametrize("code", sorted(UNMARKED_ITEMS))
def test_unmarked_items_stay_in_their_paragraph(code: str) -> None:
    doc = parse_raw(RawText(UNMARKED_ITEMS[code], "text", "utf-8", None), language=code)
    res = doc.resolutions[0]
    assert [p.number for p in res.operative] == ["1", "2", "3"]
