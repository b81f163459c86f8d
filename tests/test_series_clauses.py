"""Predecessors named in a paragraph that says more than its list (#19): a run of citations at
the end of a paragraph that first recalls other texts with clauses of their own, or followed by
what the series says each time ("commending the articles ...", "in which it invited ..."); the
periodic review of the title's subject ("on the quadrennial comprehensive policy review of
<title>"), the series' text of its session; one resolution and "its previous resolutions" in a
clause of their own after other citations. Paragraphs written for the test, with the typography of the UN's texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.registry.series import citation_runs, clause_runs, named_latest, recalled
from test_series_recalls import WIDGETS
from test_series_unsteady import _doc, _series_dated

NUMBERS = ["62/30", "65/28", "68/114", "71/143", "74/189"]
RUN = ["A/RES/65/28", "A/RES/68/114", "A/RES/71/143", "A/RES/74/189"]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "Recalling its resolution 62/30 of 6 December 2007, the annex to which contains the "
            "text of the articles on the safety of widgets, as well as its resolutions 65/28 of 6 "
            "December 2010, 68/114 of 16 December 2013, 71/143 of 13 December 2016 and 74/189 of "
            "18 December 2019,",
        ),
        (
            "en",
            "Recalling its resolution 62/30 of 6 December 2007 and its resolutions 65/28 of 6 "
            "December 2010, 68/114 of 16 December 2013, 71/143 of 13 December 2016 and 74/189 of "
            "18 December 2019 commending the articles to the attention of Governments,",
        ),
        (
            "fr",
            "Rappelant sa résolution 62/30 du 6 décembre 2007, dont l’annexe contient le texte des "
            "articles sur la sécurité des gadgets, ainsi que ses résolutions 65/28 du 6 décembre "
            "2010, 68/114 du 16 décembre 2013, 71/143 du 13 décembre 2016 et 74/189 du "
            "18 décembre 2019, dans lesquelles elle a recommandé les articles à l’attention des "
            "gouvernements,",
        ),
        (
            "es",
            "Recordando su resolución 62/30, de 6 de diciembre de 2007, en cuyo anexo figura el "
            "texto de los artículos sobre la seguridad de los aparatos, así como sus resoluciones "
            "65/28, de 6 de diciembre de 2010, 68/114, de 16 de diciembre de 2013, 71/143, de 13 "
            "de diciembre de 2016, y 74/189, de 18 de diciembre de 2019,",
        ),
        (
            "ru",
            "ссылаясь на свою резолюцию 62/30 от 6 декабря 2007 года, в приложении к которой "
            "содержится текст статей о безопасности приборов, а также на свои резолюции 65/28 от "
            "6 декабря 2010 года, 68/114 от 16 декабря 2013 года, 71/143 от 13 декабря 2016 года "
            "и 74/189 от 18 декабря 2019 года,",
        ),
        (
            "zh",
            "回顾附件载有小器具安全条款案文的其2007年12月6日第62/30号决议，以及其2010年12月6日"
            "第65/28号、2013年12月16日第68/114号、2016年12月13日第71/143号和2019年12月18日"
            "第74/189号决议，",
        ),
    ],
)
def test_a_run_that_ends_a_paragraph_saying_more(code: str, text: str) -> None:
    """The run that ends the paragraph, nothing after it but what the series says each time,
    is read; the resolution with its annex before it is no part of it."""
    assert [[s for s, _ in run] for run in clause_runs(_doc(code, text, NUMBERS))] == [RUN], code


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "Recalling its resolution 62/30 of 6 December 2007, as well as its resolutions 65/28 "
            "of 6 December 2010, 68/114 of 16 December 2013, 71/143 of 13 December 2016 and "
            "74/189 of 18 December 2019 on the protection of gadgets at sea,",
        ),
        (
            "fr",
            "Rappelant sa résolution 62/30 du 6 décembre 2007, ainsi que ses résolutions 65/28 du "
            "6 décembre 2010, 68/114 du 16 décembre 2013, 71/143 du 13 décembre 2016 et 74/189 du "
            "18 décembre 2019 sur la protection des gadgets en mer,",
        ),
        (
            "es",
            "Recordando su resolución 62/30, de 6 de diciembre de 2007, así como sus resoluciones "
            "65/28, de 6 de diciembre de 2010, 68/114, de 16 de diciembre de 2013, 71/143, de 13 "
            "de diciembre de 2016, y 74/189, de 18 de diciembre de 2019, sobre la protección de "
            "los aparatos en el mar,",
        ),
        (
            "zh",
            "回顾其2007年12月6日第62/30号决议，以及其关于保护海上器具的2010年12月6日第65/28号、"
            "2013年12月16日第68/114号、2016年12月13日第71/143号和2019年12月18日第74/189号决议，",
        ),
    ],
)
def test_a_run_on_another_subject_is_none(code: str, text: str) -> None:
    """A run that the paragraph gives a subject of its own ("on ...", "关于...的") is another
    list, whatever its rhythm."""
    assert clause_runs(_doc(code, text, NUMBERS)) == [], code


def test_a_triennial_run_that_ends_a_paragraph_is_the_history(tmp_path: Path) -> None:
    """A resolution that nothing else gives a predecessor, whose paragraph recalls a founding
    text with its annex and then a triennial run in step of dates: the run is its series'
    history."""
    text = (
        "Recalling its resolution 62/30 of 6 December 2007, the annex to which contains the "
        "articles on the safety of widgets, and its resolutions 69/126 of 5 December 2014, "
        "72/122 of 5 December 2017 and 75/143 of 5 December 2020 commending the articles to the "
        "attention of Governments,"
    )
    series = _series_dated(tmp_path, [(78, 501, WIDGETS, text, "5 December 2023")])
    assert series[WIDGETS] == ["69/126", "72/122", "75/143", "78/501"]


def test_a_run_out_of_step_that_ends_a_paragraph_is_not(tmp_path: Path) -> None:
    """The same run and a resolution of May: the run's Decembers are another subject's."""
    text = (
        "Recalling its resolution 62/30 of 6 December 2007, the annex to which contains the "
        "articles on the safety of widgets, and its resolutions 69/126 of 5 December 2014, "
        "72/122 of 5 December 2017 and 75/143 of 5 December 2020,"
    )
    series = _series_dated(tmp_path, [(78, 501, WIDGETS, text, "15 May 2024")])
    assert WIDGETS not in series


@pytest.mark.parametrize(
    ("code", "text", "title"),
    [
        (
            "en",
            "Reaffirming its resolution 75/501 of 21 December 2020 on the quadrennial "
            "comprehensive policy review of widget activities for development of the United "
            "Nations system, including its general guidelines,",
            "Widget activities for development of the United Nations system",
        ),
        (
            "fr",
            "Réaffirmant sa résolution 75/501 du 21 décembre 2020 sur l’examen quadriennal complet "
            "des activités de gadgets pour le développement du système des Nations Unies, "
            "notamment ses orientations générales,",
            "Activités de gadgets pour le développement du système des Nations Unies",
        ),
        (
            "ru",
            "подтверждая свою резолюцию 75/501 от 21 декабря 2020 года о четырехгодичном "
            "всеобъемлющем обзоре политики в области приборной деятельности в целях развития, "
            "включая его общие руководящие принципы,",
            "Приборная деятельность в целях развития",
        ),
        (
            "ar",
            "إذ تؤكد من جديد قرارها 75/501 المؤرخ 21 كانون الأول/ديسمبر 2020 بشأن الاستعراض الشامل "
            "الذي يجري كل أربع سنوات لسياسة أنشطة الأدوات من أجل التنمية، بما في ذلك مبادئه "
            "التوجيهية العامة،",
            "أنشطة الأدوات من أجل التنمية",
        ),
    ],
)
def test_the_periodic_review_of_the_subject(code: str, text: str, title: str) -> None:
    """The resolution recalled "on the quadrennial comprehensive policy review of <title>" is
    the series' text of its session (the annual texts skip it)."""
    found = recalled(_doc(code, text, ["75/501"]), title)
    assert [s for s, _ in found] == ["A/RES/75/501"], code


def test_the_title_in_the_context_of_a_review_is_another_subject() -> None:
    """ "On the repositioning of ... in the context of the quadrennial comprehensive policy
    review of <title>": the words that lead to the review are no "on"; another subject."""
    text = (
        "Reaffirming its resolution 72/501 of 31 May 2018 on the repositioning of the widget "
        "system in the context of the quadrennial comprehensive policy review of widget "
        "activities for development of the United Nations system,"
    )
    title = "Widget activities for development of the United Nations system"
    assert recalled(_doc("en", text, ["72/501"]), title) == []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "Recalling its resolutions 55/501 of 20 December 2000 and 56/501 of 21 December 2001, "
            "entitled “Towards a stronger gadget architecture”, as well as its resolution 79/501 "
            "of 19 December 2024 and its previous resolutions,",
        ),
        (
            "fr",
            "Rappelant ses résolutions 55/501 du 20 décembre 2000 et 56/501 du 21 décembre 2001, "
            "intitulées « Vers une architecture des gadgets plus solide », ainsi que sa résolution "
            "79/501 du 19 décembre 2024 et ses résolutions antérieures,",
        ),
        (
            "es",
            "Recordando sus resoluciones 55/501, de 20 de diciembre de 2000, y 56/501, de 21 de "
            "diciembre de 2001, tituladas “Hacia una arquitectura de los aparatos más sólida”, así "
            "como su resolución 79/501, de 19 de diciembre de 2024, y sus resoluciones anteriores,",
        ),
        (
            "ru",
            "ссылаясь на свои резолюции 55/501 от 20 декабря 2000 года и 56/501 от 21 декабря "
            "2001 года, озаглавленные «На пути к более прочной архитектуре приборов», а также на "
            "свою резолюцию 79/501 от 19 декабря 2024 года и свои предыдущие резолюции,",
        ),
    ],
)
def test_one_resolution_and_its_previous_ones_in_a_clause_of_their_own(
    code: str, text: str
) -> None:
    """ "..., as well as its resolution 79/501 ... and its previous resolutions,": the latest,
    in a clause of its own after the resolutions of the series' earlier title."""
    found = named_latest(_doc(code, text, ["55/501", "56/501", "79/501"]), "Widgets")
    assert found == [("A/RES/79/501", None)], code


def test_one_resolution_and_its_previous_ones_after_others_in_one_clause() -> None:
    """Without a clause of its own ("..., and its resolution 79/501 ... and its previous
    resolutions"), the list before it is of the same clause: no latest named alone."""
    text = (
        "Recalling its resolutions 55/501 of 20 December 2000 and 56/501 of 21 December 2001 "
        "and its resolution 79/501 of 19 December 2024 and its previous resolutions,"
    )
    assert named_latest(_doc("en", text, ["55/501", "56/501", "79/501"]), "Widgets") == []


def test_a_chinese_clause_between_two_citations_ends_a_run() -> None:
    """Chinese writes a clause without spaces: counted by its characters, "、附件载有…案文的" between
    two citations is no joining word; the resolution it describes, its list closed by "决议", stands
    alone, and the run after it is the list's."""
    text = (
        "回顾其2001年12月12日第56/501号决议、附件载有小器具安全原则案文的2006年12月4日第61/36号"
        "决议，以及2010年12月6日第65/28号、2013年12月16日第68/114号和2016年12月13日第71/143号决议，"
    )
    runs = citation_runs(_doc("zh", text, ["56/501", "61/36", "65/28", "68/114", "71/143"]))
    assert [[s for s, _ in run] for run in runs] == [
        ["A/RES/65/28", "A/RES/68/114", "A/RES/71/143"]
    ]
