"""Series histories in lists of an uneven rhythm (#19): a long bare list whose rhythm slowed
(annual, then biennial), and the end of a crowded list (several resolutions of some sessions)
at the rhythm of the series its resolution's title makes. Paragraphs written for the test, with
the typography of the UN's texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mandata.registry.series import citation_runs, named_latest, preamble_citations, recalled
from test_series_recalls import WIDGETS
from test_series_unsteady import _doc, _series_dated

SLOWED = (
    "Recalling its resolutions 70/501 of 5 December 2015, 71/501 of 5 December 2016, 72/501 of "
    "5 December 2017, 73/501 of 5 December 2018 and 75/501 of 5 December 2020,"
)


def test_a_long_list_whose_rhythm_slowed_is_the_history(tmp_path: Path) -> None:
    """Annual to 73, then biennial (75, and the resolution at 77): the last two steps alike."""
    series = _series_dated(tmp_path, [(77, 501, WIDGETS, SLOWED, "5 December 2022")])
    assert series[WIDGETS] == ["70/501", "71/501", "72/501", "73/501", "75/501", "77/501"]


def test_a_short_list_whose_rhythm_slowed_is_not(tmp_path: Path) -> None:
    """Three citations (72, 73, 75) and the resolution at 77: two steps alike say too little."""
    run = (
        "Recalling its resolutions 72/501 of 5 December 2017, 73/501 of 5 December 2018 and "
        "75/501 of 5 December 2020,"
    )
    series = _series_dated(tmp_path, [(77, 501, WIDGETS, run, "5 December 2022")])
    assert WIDGETS not in series


def test_a_list_whose_rhythm_quickened_is_not(tmp_path: Path) -> None:
    """Biennial to 73, then annual (74, 75) and the resolution at 77: no one rhythm at its end."""
    run = (
        "Recalling its resolutions 67/501 of 5 December 2012, 69/501 of 5 December 2014, 71/501 of "
        "5 December 2016, 73/501 of 5 December 2018, 74/501 of 5 December 2019 and 75/501 of "
        "5 December 2020,"
    )
    series = _series_dated(tmp_path, [(77, 501, WIDGETS, run, "5 December 2022")])
    assert WIDGETS not in series


CROWDED = (
    "Recalling its resolutions 66/501 of 5 December 2011, 68/501 of 5 December 2013, 70/1 of 25 "
    "September 2015, 72/512 and 72/513 of 7 December 2017, 73/9 of 26 October 2018, 73/501 of "
    "5 December 2018, 74/501 of 5 December 2019, 75/501 of 5 December 2020 and 76/501 of "
    "5 December 2021,"
)


def test_a_crowded_lists_end_at_the_rhythm_of_the_title_s_series(tmp_path: Path) -> None:
    """After 73 (two of that session) the list names 74, 75 and 76, one a session: the history
    of an annual series that the title makes (77/501 and 78/501)."""
    renewed = "Recalling its resolution 77/501 of 5 December 2022,"
    series = _series_dated(
        tmp_path,
        [
            (77, 501, WIDGETS, CROWDED, "5 December 2022"),
            (78, 501, WIDGETS, renewed, "5 December 2023"),
        ],
    )
    assert series[WIDGETS] == ["74/501", "75/501", "76/501", "77/501", "78/501"]


def test_a_crowded_lists_end_of_three_alone_is_not(tmp_path: Path) -> None:
    """The same list for a resolution whose title makes no series: three after the crowded
    sessions say nothing of which subject they are."""
    series = _series_dated(tmp_path, [(77, 501, WIDGETS, CROWDED, "5 December 2022")])
    assert WIDGETS not in series


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "Recalling its resolutions 61/501 of 29 June 2007 and 64/501, section II of its "
            "resolution 65/501, section II of its resolution 66/501 and section II of its "
            "resolution 67/501,",
        ),
        (
            "ru",
            "ссылаясь на свои резолюции 61/501 от 29 июня 2007 года и 64/501, раздел II своей "
            "резолюции 65/501, раздел II своей резолюции 66/501 и раздел II своей резолюции 67/501,",
        ),
        (
            "zh",
            "回顾其2007年6月29日第61/501号决议、第64/501号决议、第65/501号决议第二节、"
            "第66/501号决议第二节和第67/501号决议第二节，",
        ),
    ],
    ids=["en", "ru", "zh"],
)
def test_a_list_of_sections_of_resolutions_is_no_run(code: str, text: str) -> None:
    """Sections of texts ("section II of its resolution 66/501"; Chinese "第66/501号决议第二节")
    are parts, not a run of citations: no run joins two sectioned citations."""
    numbers = ["61/501", "64/501", "65/501", "66/501", "67/501"]
    runs = citation_runs(_doc(code, text, numbers))
    assert not [run for run in runs if {"A/RES/66/501", "A/RES/67/501"} <= {s for s, _ in run}]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "Recalling all its relevant resolutions, as well as those of the Economic and Social "
            "Council on the safety of widgets at sea, including most recently Council resolution "
            "2022/15 of 21 July 2022 and General Assembly resolution 76/501 of 16 December 2021,",
        ),
        (
            "fr",
            "Rappelant toutes ses résolutions pertinentes, ainsi que celles du Conseil économique "
            "et social sur la sécurité des gadgets en mer, dont les plus récentes sont la "
            "résolution 2022/15 du Conseil, en date du 21 juillet 2022, et sa résolution 76/501 du "
            "16 décembre 2021,",
        ),
        (
            "ru",
            "ссылаясь на все свои соответствующие резолюции, а также на резолюции Экономического и "
            "Социального Совета о безопасности устройств на море, в том числе на самые последние "
            "из них — резолюцию 2022/15 Совета от 21 июля 2022 года и резолюцию 76/501 Генеральной "
            "Ассамблеи от 16 декабря 2021 года,",
        ),
        (
            "ar",
            "وإذ تشير إلى جميع قراراتها ذات الصلة، وكذلك قرارات المجلس الاقتصادي والاجتماعي بشأن "
            "سلامة الأدوات في البحر، بما في ذلك آخرها وهما قرار المجلس 2022/15 المؤرخ 21 تموز/يوليه "
            "2022 وقرار الجمعية العامة 76/501 المؤرخ 16 كانون الأول/ديسمبر 2021،",
        ),
    ],
    ids=["en", "fr", "ru", "ar"],
)
def test_the_latest_of_its_own_and_another_organs_resolutions(code: str, text: str) -> None:
    """ "... including most recently Council resolution 2022/15 ... and General Assembly
    resolution 76/501": the Assembly's latest on the subject, its title in other words."""
    assert [s for s, _ in named_latest(_doc(code, text, ["76/501"]), WIDGETS)] == [
        "A/RES/76/501"
    ], code
    # without the words that name it the latest, it is one resolution among the organs'
    plain = re.sub(
        r"including most recently|dont les plus récentes sont|в том числе на самые последние из "
        r"них —|بما في ذلك آخرها وهما",
        "and",
        text,
    )
    assert named_latest(_doc(code, plain, ["76/501"]), WIDGETS) == [], code


REORDERED = [
    (
        "en",
        "Recalling its resolutions 72/501 of 5 December 2017, 74/501 of 5 December 2019 and 76/501 "
        "of 5 December 2021, concerning the proclamation of, preparations for and observance of "
        "the International Year of Widgets and its fifth and tenth anniversaries,",
        "Preparations for and observance of the tenth anniversary of the International Year of "
        "Widgets",
        "the proclamation of, preparations for and observance of the International Year of "
        "Widgets and its fifth and tenth anniversaries",
    ),
    (
        "ru",
        "ссылаясь на свои резолюции 72/501 от 5 декабря 2017 года, 74/501 от 5 декабря 2019 года "
        "и 76/501 от 5 декабря 2021 года, касающиеся провозглашения, подготовки и проведения "
        "Международного года устройств и его пятой и десятой годовщин,",
        "Подготовка и проведение десятой годовщины Международного года устройств",
        "провозглашения, подготовки и проведения Международного года устройств и его пятой и "
        "десятой годовщин",
    ),
    (
        "ar",
        "وإذ تشير إلى قراراتها 72/501 المؤرخ 5 كانون الأول/ديسمبر 2017 و 74/501 المؤرخ 5 كانون "
        "الأول/ديسمبر 2019 و 76/501 المؤرخ 5 كانون الأول/ديسمبر 2021 المتعلقة بإعلان السنة "
        "الدولية للأدوات والأعمال التحضيرية للذكرى السنوية الخامسة والذكرى السنوية العاشرة للسنة "
        "الدولية للأدوات والاحتفال بهما،",
        "الأعمال التحضيرية للذكرى السنوية العاشرة للسنة الدولية للأدوات والاحتفال بها",
        "إعلان السنة الدولية للأدوات والأعمال التحضيرية للذكرى السنوية الخامسة والذكرى السنوية "
        "العاشرة للسنة الدولية للأدوات والاحتفال بهما",
    ),
]


@pytest.mark.parametrize(("code", "text", "title", "subject"), REORDERED, ids=["en", "ru", "ar"])
def test_a_subject_in_the_titles_words_reordered(
    code: str, text: str, title: str, subject: str
) -> None:
    """A subject after the run that holds every word of the title (of four letters or more) in
    another order and among others ("concerning the proclamation of, preparations for and
    observance of ..."; Russian in other cases, "касающиеся"; Arabic "المتعلقة بإعلان", "و"
    before a word) names the title: the run is its history."""
    numbers = ["72/501", "74/501", "76/501"]
    found = [s for s, _ in recalled(_doc(code, text, numbers), title)]
    assert found == ["A/RES/76/501", "A/RES/74/501", "A/RES/72/501"], code
    # a subject that lacks one of the title's words ("tenth") is another
    fewer = text.replace(subject, subject.split(",")[0].split(" и ")[0].split(" والأعمال")[0])
    assert recalled(_doc(code, fewer, numbers), title) == [], code


RENEWED_IN_WHICH = [
    (
        "en",
        "Recalling its resolution 76/501 of 16 December 2021, in which it encouraged Member "
        "States to promote the repair and recycling of widgets and requested the Secretariat to "
        "convene a meeting on the safe disposal of widgets,",
        "Recalling its resolution 76/501 of 16 December 2021, in which it proclaimed 2022 the "
        "International Year of the Safe Disposal, Repair and Recycling of Widgets,",
        "Safe disposal of widgets through repair and recycling",
    ),
    (
        "fr",
        "Rappelant sa résolution 76/501 du 16 décembre 2021, dans laquelle elle a encouragé les "
        "États Membres à promouvoir la réparation et le recyclage des gadgets et prié le "
        "Secrétariat de convoquer une réunion sur l’élimination sûre des gadgets,",
        "Rappelant sa résolution 76/501 du 16 décembre 2021, dans laquelle elle a proclamé 2022 "
        "Année internationale de l’élimination sûre, de la réparation et du recyclage des "
        "gadgets,",
        "Élimination sûre des gadgets grâce à la réparation et au recyclage",
    ),
    (
        "ru",
        "ссылаясь на свою резолюцию 76/501 от 16 декабря 2021 года, в которой она рекомендовала "
        "государствам-членам содействовать ремонту и переработке устройств и просила "
        "Секретариат созвать совещание по безопасной утилизации устройств,",
        "ссылаясь на свою резолюцию 76/501 от 16 декабря 2021 года, в которой она провозгласила "
        "2022 год Международным годом безопасной утилизации, ремонта и переработки устройств,",
        "Безопасная утилизация устройств путем ремонта и переработки",
    ),
]


@pytest.mark.parametrize(
    ("code", "renewed", "once", "title"), RENEWED_IN_WHICH, ids=["en", "fr", "ru"]
)
def test_one_resolution_recalled_with_what_the_series_says_each_time(
    code: str, renewed: str, once: str, title: str
) -> None:
    """ "76/501 ..., in which it encouraged ... and requested ..." with the title's words (three
    quarters of them, four or more, in any order and form) is the predecessor recalled alone;
    "in which it proclaimed ..." (the language's ``series_once``) says what another act did."""
    (cited,) = preamble_citations(_doc(code, renewed, ["76/501"]), title)
    assert cited.alone, code
    (cited,) = preamble_citations(_doc(code, once, ["76/501"]), title)
    assert not cited.alone, code


def test_a_clause_deciding_to_hold_meetings_is_another_act() -> None:
    """ "in which it decided to devote two days of plenary meetings to ..." convened meetings
    once, in whatever words of the title: no predecessor."""
    text = (
        "Recalling its resolution 76/501 of 16 December 2021, in which it decided to devote two "
        "days of plenary meetings at its seventy-seventh session to the safe disposal, repair "
        "and recycling of widgets,"
    )
    title = "Safe disposal of widgets through repair and recycling"
    (cited,) = preamble_citations(_doc("en", text, ["76/501"]), title)
    assert not cited.alone
