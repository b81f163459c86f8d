"""Predecessors that the texts name in lists of an uneven rhythm or in words other than the
title's (#19): a list that ends with a decision, a list whose last resolution came late, a date
a missing comma gives to two resolutions, a title's word in another form ("communication" for
"communications"), the title's acronym for the name before it ("... and INTERPOL"). Paragraphs
written for the test, with the typography of the UN's texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mandata.model import Document, Paragraph, Reference, Resolution
from mandata.registry.ingest import ingest
from mandata.registry.series import bare_runs, find_series, named_latest, recalled, title_key
from mandata.registry.store import Registry
from test_series_recalls import WIDGETS, _write


def _doc(code: str, text: str, numbers: list[str]) -> dict[str, Any]:
    """One preambular paragraph citing the resolutions ``numbers`` (their words as read)."""
    refs = [Reference("ga_resolution", f"A/RES/{n}", None, "pp1", n) for n in numbers]
    res = Resolution(preamble=[Paragraph(kind="preambular", text=text, id="pp1")])
    return Document(language=code, resolutions=[res], references=refs).to_dict()


@pytest.mark.parametrize(
    ("code", "text", "title"),
    [
        (
            "en",
            "Recalling its resolutions 74/197 of 19 December 2019 and 76/189 of 17 December 2021 "
            "on information and communication technologies for sustainable development,",
            "Information and communications technologies for sustainable development",
        ),
        (
            "en",
            "Recalling its resolutions 74/197 of 19 December 2019 and 76/189 of 17 December 2021 "
            "on the promotion of widget trade for poverty eradication and environment protection,",
            "Promotion of sustainable widget trade for poverty eradication and environmental "
            "protection",
        ),
        (
            "fr",
            "Rappelant ses résolutions 74/197 du 19 décembre 2019 et 76/189 du 17 décembre 2021 "
            "sur la technologie de l’information et des communications au service du "
            "développement durable,",
            "Les technologies de l’information et des communications au service du développement "
            "durable",
        ),
        (
            "es",
            "Recordando sus resoluciones 74/197, de 19 de diciembre de 2019, y 76/189, de 17 de "
            "diciembre de 2021, sobre la tecnología de la información y las comunicaciones para "
            "el desarrollo sostenible,",
            "Las tecnologías de la información y las comunicaciones para el desarrollo sostenible",
        ),
    ],
)
def test_a_title_word_in_another_form(code: str, text: str, title: str) -> None:
    """The title's word in another form (singular for plural, "environment" for
    "environmental") is the title's word: the run before it is the series'."""
    data = _doc(code, text, ["74/197", "76/189"])
    assert [s for s, _ in recalled(data, title)] == ["A/RES/76/189", "A/RES/74/197"], code


def test_words_of_one_stem_but_other_meanings_are_not_the_title() -> None:
    """ "Developing" is no form of "development" (they share seven letters): the subject
    "<...> for developing countries" is not the title "<...> for development"."""
    text = (
        "Recalling its resolutions 74/197 of 19 December 2019 and 76/189 of 17 December 2021 on "
        "widget technologies for developing countries,"
    )
    data = _doc("en", text, ["74/197", "76/189"])
    assert recalled(data, "Widget technologies for development: a review") == []


@pytest.mark.parametrize(
    ("code", "text", "title"),
    [
        (
            "en",
            "Recalling its resolutions 73/11 of 26 November 2018 and 75/10 of 23 November 2020 "
            "concerning the cooperation between the United Nations and IWSO,",
            "Cooperation between the United Nations and the International Widget Standards "
            "Organization (IWSO)",
        ),
        (
            "fr",
            "Rappelant ses résolutions 73/11 du 26 novembre 2018 et 75/10 du 23 novembre 2020 "
            "concernant la coopération entre l’Organisation des Nations Unies et l’OING,",
            "Coopération entre l’Organisation des Nations Unies et l’Organisation internationale "
            "de normalisation des gadgets et des bidules ménagers (OING)",
        ),
        (
            "es",
            "Recordando sus resoluciones 73/11, de 26 de noviembre de 2018, y 75/10, de 23 de "
            "noviembre de 2020, relativas a la cooperación entre las Naciones Unidas y la OINA,",
            "Cooperación entre las Naciones Unidas y la Organización Internacional de "
            "Normalización de Artefactos (OINA)",
        ),
    ],
)
def test_the_titles_acronym_stands_for_its_name(code: str, text: str, title: str) -> None:
    """The organization named by the acronym the title gives in brackets: the title."""
    data = _doc(code, text, ["73/11", "75/10"])
    assert [s for s, _ in recalled(data, title)] == ["A/RES/75/10", "A/RES/73/11"], code
    # an acronym the title does not give is another organization
    other = data | {"resolutions": [{"preamble": [{"id": "pp1", "text": text[:-5] + "XYZ,"}]}]}
    assert recalled(other, title) == [], code


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "Recalling its resolutions 71/15 of 21 November 2016, 73/14 of 26 November 2018 and "
            "75/8 of 23 November 2020 and its decision 74/556 of 8 September 2020,",
        ),
        (
            "fr",
            "Rappelant ses résolutions 71/15 du 21 novembre 2016, 73/14 du 26 novembre 2018 et "
            "75/8 du 23 novembre 2020 et sa décision 74/556 du 8 septembre 2020,",
        ),
        (
            "es",
            "Recordando sus resoluciones 71/15, de 21 de noviembre de 2016, 73/14, de 26 de "
            "noviembre de 2018, y 75/8, de 23 de noviembre de 2020, y su decisión 74/556, de 8 de "
            "septiembre de 2020,",
        ),
        (
            "ru",
            "Ссылаясь на свои резолюции 71/15 от 21 ноября 2016 года, 73/14 от 26 ноября 2018 года "
            "и 75/8 от 23 ноября 2020 года и свое решение 74/556 от 8 сентября 2020 года,",
        ),
    ],
)
def test_a_bare_list_that_ends_with_a_decision(code: str, text: str) -> None:
    """A decision after the list names no resolution of another subject: the list is bare."""
    runs = bare_runs(_doc(code, text, ["71/15", "73/14", "75/8"]))
    assert [[s for s, _ in run] for run in runs] == [
        ["A/RES/71/15", "A/RES/73/14", "A/RES/75/8"]
    ], code
    # a subject named after the list is no decision: another list
    more = text.replace("74/556", "74/556 on widgets and on the safety of gadgets at sea")
    assert bare_runs(_doc(code, more, ["71/15", "73/14", "75/8"])) == [], code


def _series_dated(tmp_path: Path, docs: list[tuple[int, int, str, str, str]]) -> dict[str, Any]:
    """The series of short resolutions, each adopted on the date given (its text's dates)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for session, number, title, preamble, date in docs:
        _write(folder, session, number, title, preamble)
        path = folder / f"A_RES_{session}_{number}.txt"
        path.write_text(
            path.read_text(encoding="utf-8").replace(f"5 December {session + 1945}", date),
            encoding="utf-8",
        )
    with Registry(str(tmp_path / "r.db")) as reg:
        assert not ingest([folder], reg, workers=1).failed
        found = find_series(reg)
    return {s.title: [m.symbol.removeprefix("A/RES/") for m in s.members] for s in found}


def test_an_annual_list_whose_last_came_late_and_the_resolution_later(tmp_path: Path) -> None:
    """Annual to 75 (each December), 76/501 in March 2022, the resolution in May 2024: in step
    with the last of the list, the one the resolution follows."""
    run = (
        "Recalling its resolutions 73/501 of 5 December 2018, 74/501 of 5 December 2019, 75/501 "
        "of 5 December 2020 and 76/501 of 29 March 2022,"
    )
    series = _series_dated(tmp_path, [(78, 501, WIDGETS, run, "2 May 2024")])
    assert series[WIDGETS] == ["73/501", "74/501", "75/501", "76/501", "78/501"]


def test_a_list_whose_last_came_late_out_of_step_with_the_resolution(tmp_path: Path) -> None:
    """The same list and a resolution of December 2023: 76/501 of March 2022 is 21 months
    before, not two years: not the history."""
    run = (
        "Recalling its resolutions 73/501 of 5 December 2018, 74/501 of 5 December 2019, 75/501 "
        "of 5 December 2020 and 76/501 of 29 March 2022,"
    )
    series = _series_dated(tmp_path, [(78, 501, WIDGETS, run, "5 December 2023")])
    assert WIDGETS not in series


def test_a_date_a_missing_comma_gives_to_two_resolutions(tmp_path: Path) -> None:
    """ "71/501 of 5 December 2016 73/501 of 5 December 2018": the reading gives both
    resolutions one date; it is no one's, and the biennial list is the history."""
    run = (
        "Recalling its resolutions 67/501 of 5 December 2012, 69/501 of 5 December 2014, 71/501 "
        "of 5 December 2016 73/501 of 5 December 2018 and 75/501 of 5 December 2020,"
    )
    series = _series_dated(tmp_path, [(77, 501, WIDGETS, run, "5 December 2022")])
    assert series[WIDGETS] == ["67/501", "69/501", "71/501", "73/501", "75/501", "77/501"]


@pytest.fixture(scope="module")
def review() -> Any:
    import sys

    from conftest import ROOT, load_script

    sys.path.insert(0, str(ROOT / "scripts"))
    return load_script("eval_review")


@pytest.mark.parametrize(
    "clause",
    [
        ", designating 15 March as the International Day to Protect Widgets",
        ", in which it proclaimed 2022 the International Year to Protect Widgets",
        " calling for a high-level meeting on measures to protect widgets",
        ", by which it endorsed the declaration on measures to protect widgets",
        ", in which it granted observer status to the Council on Measures to Protect Widgets",
    ],
)
def test_the_measure_read_strictly_leaves_out_what_was_done_once(review: Any, clause: str) -> None:
    """A resolution recalled with what it did once (proclaimed a Day, called for a meeting,
    endorsed a declaration), even in the title's words, is no predecessor when the measure is
    read strictly; the loose reading counts it."""
    text = f"Recalling its resolution 76/501 of 15 March 2022{clause},"
    title = "Measures to protect widgets"
    assert review.renewed("A/RES/78/9", 78, title, [text]) == ["A/RES/76/501"]
    assert review.renewed("A/RES/78/9", 78, title, [text], titles={}) == []


def test_the_measure_read_strictly_keeps_what_a_series_says_each_time(review: Any) -> None:
    """ "In which it invited ...", "commending the articles ...": what each text of a series
    says; the predecessor stays."""
    for clause in (
        ", in which it invited Member States to continue their measures to protect widgets",
        " commending the measures to protect widgets to the attention of Governments",
    ):
        text = f"Recalling its resolutions 74/501 of 5 December 2019 and 76/501 of 5 December 2021{clause},"
        found = review.renewed("A/RES/78/9", 78, "Measures to protect widgets", [text], titles={})
        assert found == ["A/RES/76/501"], clause


def test_the_measure_read_strictly_reads_a_quoted_or_stored_title_whole(review: Any) -> None:
    """A quoted title that holds two of the resolution's three words is another title, and so
    is a stored one; one that holds all the title's words (a review of the subject) is not."""
    title = "Strengthening sustainable widget links"
    text = (
        "Recalling its resolutions 74/501 of 5 December 2019, entitled “Strengthening "
        "sustainable widget links”, and 77/501 of 16 May 2023, entitled “World Sustainable "
        "Widget Day”,"
    )
    assert review.renewed("A/RES/78/9", 78, title, [text]) == ["A/RES/77/501"]
    assert review.renewed("A/RES/78/9", 78, title, [text], titles={}) == []
    bare = "Recalling its resolution 77/501 of 5 December 2022,"
    stored = {"A/RES/77/501": "World Sustainable Widget Day"}
    assert review.renewed("A/RES/78/9", 78, title, [bare], titles=stored) == []
    review_title = {"A/RES/77/501": "Quadrennial review of strengthening sustainable widget links"}
    assert review.renewed("A/RES/78/9", 78, title, [bare], titles=review_title) == ["A/RES/77/501"]


def test_the_measure_read_strictly_gives_a_shared_predecessor_to_its_series(review: Any) -> None:
    """One resolution recalled bare by texts of two subjects ("Recalling its resolution 76/501
    of 5 December 2021,") is the predecessor of the one in a series with it; for the other it is
    another subject's, and the reading goes on to its next paragraph."""
    claims = {"A/RES/78/9": ["A/RES/76/501"], "A/RES/78/12": ["A/RES/76/501"]}
    titles = {"A/RES/78/9": "Measures to protect widgets", "A/RES/78/12": "World Gadget Day"}
    series_of = {"A/RES/78/9": {1}, "A/RES/76/501": {1}, "A/RES/78/12": {2}}
    others = review._claimed(claims, titles, series_of)
    assert others == {"A/RES/78/12": frozenset({"A/RES/76/501"})}
    text = [
        "Recalling its resolution 76/501 of 5 December 2021,",
        "Recalling also its resolutions 75/7 of 5 December 2020 and 77/8 of 5 December 2022,",
    ]
    assert review.renewed("A/RES/78/12", 78, "World Gadget Day", text, {}) == ["A/RES/76/501"]
    found = review.renewed("A/RES/78/12", 78, "World Gadget Day", text, {}, others["A/RES/78/12"])
    assert found == ["A/RES/77/8"]
    # two texts of one subject (the same title, read whole) share it: no one's other subject
    titles["A/RES/78/12"] = "Measures to protect widgets and gadgets"
    assert review._claimed(claims, titles, series_of) == {}


@pytest.mark.parametrize(
    ("code", "text", "numbers", "latest"),
    [
        (
            "ru",
            "ссылаясь на все свои предыдущие резолюции по этому вопросу, последней из которых "
            "является резолюция 76/163 от 16 декабря 2021 года,",
            ["76/163"],
            ["76/163"],
        ),
        (
            "ru",
            "ссылаясь на свои предыдущие резолюции по этому вопросу, в частности резолюции 71/59 "
            "от 5 декабря 2016 года, 73/43 от 5 декабря 2018 года и 75/46 от 7 декабря 2020 года,",
            ["71/59", "73/43", "75/46"],
            ["71/59", "73/43", "75/46"],
        ),
        (
            "ru",
            "ссылаясь на свою резолюцию 75/90 от 10 декабря 2020 года и все свои предыдущие "
            "резолюции по данному вопросу,",
            ["75/90"],
            ["75/90"],
        ),
        (
            "ar",
            "إذ تشير إلى جميع قراراتها السابقة المتعلقة بهذا الموضوع، وآخرها القرار 76/161 المؤرخ "
            "16 كانون الأول/ديسمبر 2021،",
            ["76/161"],
            ["76/161"],
        ),
        (
            "ar",
            "وإذ تعيد تأكيد قرارها 76/188 المؤرخ 16 كانون الأول/ديسمبر 2021 وجميع قراراتها السابقة "
            "بشأن هذا الموضوع،",
            ["76/188"],
            ["76/188"],
        ),
        (
            "ar",
            "إذ تشير إلى جميع قراراتها السابقة عن الموضوع، بما فيها القرار 76/151 المؤرخ 16 كانون "
            "الأول/ديسمبر 2021،",
            ["76/151"],
            ["76/151"],
        ),
        (
            "zh",
            "回顾大会关于该小组经费筹措的各项有关决议，最近的是2022年6月29日第76/289号决议，",
            ["76/289"],
            ["76/289"],
        ),
        (
            "zh",
            "回顾其以往关于这一议题的所有决议，包括2021年12月16日第76/151号决议，",
            ["76/151"],
            ["76/151"],
        ),
        (
            "zh",
            "回顾其2020年12月10日第75/90号决议及其以往关于这一问题的所有决议，",
            ["75/90"],
            ["75/90"],
        ),
    ],
)
def test_the_latest_named_without_the_title_in_russian_arabic_chinese(
    code: str, text: str, numbers: list[str], latest: list[str]
) -> None:
    """ "The most recent of which was resolution ...", "its previous resolutions on the
    subject, in particular ...", "... and all its previous resolutions on the question" in the
    wordings of the Russian, Arabic and Chinese texts."""
    found = named_latest(_doc(code, text, numbers), "Widgets and gadgets")
    assert [s for s, _ in found] == [f"A/RES/{n}" for n in latest], code


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "ru",
            "ссылаясь на свою резолюцию 75/90 от 10 декабря 2020 года и все свои предыдущие "
            "резолюции о защите морской среды от загрязнения,",
        ),
        (
            "ar",
            "وإذ تعيد تأكيد قرارها 76/188 المؤرخ 16 كانون الأول/ديسمبر 2021 وجميع قراراتها السابقة "
            "بشأن حماية البيئة البحرية من التلوث،",
        ),
    ],
)
def test_its_previous_resolutions_on_another_subject_in_russian_arabic(
    code: str, text: str
) -> None:
    """The previous resolutions on a subject that is not the title: none is the predecessor."""
    assert named_latest(_doc(code, text, ["75/90", "76/188"]), "Widgets and gadgets") == [], code


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "ссылаясь на свои резолюции 73/225 от 20 декабря 2018 года и 75/211 от 21 декабря 2020 "
            "года о роли Организации Объединенных Наций в содействии безопасности виджетов,",
            "Роль Организации Объединенных Наций в содействии безопасности виджетов",
        ),
        (
            "подтверждая свои резолюции 73/225 от 20 декабря 2018 года и 75/211 от 21 декабря 2020 "
            "года о безопасных, надежных и доступных виджетах,",
            "Безопасные, надежные и доступные виджеты",
        ),
    ],
)
def test_a_russian_title_recalled_in_another_case(text: str, title: str) -> None:
    """The title in the nominative, recalled in the prepositional ("о роли ...", "о ...
    виджетах"): its words with their case endings are the title's."""
    data = _doc("ru", text, ["73/225", "75/211"])
    assert [s for s, _ in recalled(data, title)] == ["A/RES/75/211", "A/RES/73/225"]
    other = _doc("ru", text.replace("виджет", "гаджет"), ["73/225", "75/211"])
    assert recalled(other, title) == []


def test_an_arabic_title_joined_to_its_preposition() -> None:
    """ "المتعلقة بالتعاون بين ...": the title's first word joined to "ب"."""
    text = (
        "وإذ تشير كذلك إلى قراراتها 73/11 المؤرخ 26 تشرين الثاني/نوفمبر 2018، و 75/10 المؤرخ 23 "
        "تشرين الثاني/نوفمبر 2020، المتعلقة بالتعاون بين الأمم المتحدة ومنظمة الأدوات الدولية،"
    )
    title = "التعاون بين الأمم المتحدة ومنظمة الأدوات الدولية"
    data = _doc("ar", text, ["73/11", "75/10"])
    assert [s for s, _ in recalled(data, title)] == ["A/RES/75/10", "A/RES/73/11"]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "ar",
            "وإذ تشير أيضا إلى قراراتها 71/221 المؤرخ 21 كانون الأول/ديسمبر 2016، و 73/225 المؤرخ "
            "20 كانون الأول/ديسمبر 2018، و 75/211 المؤرخ 21 كانون الأول/ديسمبر 2020،",
        ),
        (
            "ru",
            "ссылаясь также на свои резолюции 71/221 от 21 декабря 2016 года, 73/225 от 20 декабря "
            "2018 года и 75/211 от 21 декабря 2020 года,",
        ),
    ],
)
def test_a_bare_list_with_the_words_of_an_arabic_or_russian_lead(code: str, text: str) -> None:
    """ "وإذ تشير أيضا إلى قراراتها ...، و ...": the lead's particles and the "و" before each
    citation are no subject; "ссылаясь также на": nor is the preposition."""
    runs = bare_runs(_doc(code, text, ["71/221", "73/225", "75/211"]))
    assert [[s for s, _ in run] for run in runs] == [
        ["A/RES/71/221", "A/RES/73/225", "A/RES/75/211"]
    ], code


def test_a_chinese_title_before_its_run() -> None:
    """ "其题为“<title>”的…第73/11号和…第75/10号决议": the run after the title is its series';
    a resolution cited before the title, its list closed by "决议", is not."""
    text = (
        "还提及其2019年12月2日第74/9号决议和其题为“联合国同国际小部件组织的合作”的2018年11月26日"
        "第73/11号和2020年11月23日第75/10号决议，"
    )
    data = _doc("zh", text, ["74/9", "73/11", "75/10"])
    found = [s for s, _ in recalled(data, "联合国同国际小部件组织的合作")]
    assert found == ["A/RES/73/11", "A/RES/75/10"]


def test_a_chinese_bare_list() -> None:
    """ "回顾其…第71/221号、…第73/225号和…第75/211号决议，": a bare list (its numbers' "第",
    "号" and "决议" are what "its resolutions" is in English); with a title in quotes it is
    not."""
    text = (
        "回顾其2016年12月21日第71/221号、2018年12月20日第73/225号和2020年12月21日第75/211号决议，"
    )
    runs = bare_runs(_doc("zh", text, ["71/221", "73/225", "75/211"]))
    assert [[s for s, _ in run] for run in runs] == [
        ["A/RES/71/221", "A/RES/73/225", "A/RES/75/211"]
    ]
    titled = text.replace("回顾其", "回顾其题为“小部件促进可持续发展的国际金融体制”的")
    assert bare_runs(_doc("zh", titled, ["71/221", "73/225", "75/211"])) == []


def test_a_title_of_one_word() -> None:
    """A title of one long word ("Widgetry") recalls the run before it; the texts "including"
    after it touch the subject and are not read."""
    text = (
        "Recalling its resolutions 74/204 of 19 December 2019 and 76/194 of 17 December 2021 on "
        "widgetry,"
    )
    assert [s for s, _ in recalled(_doc("en", text, ["74/204", "76/194"]), "Widgetry")] == [
        "A/RES/76/194",
        "A/RES/74/204",
    ]
    including = (
        "Recalling its resolution 50/11 of 2 November 1995 and other subsequent resolutions "
        "relating to widgetry, including resolutions 72/90 A and B of 7 December 2017 and 72/161 "
        "of 19 December 2017,"
    )
    found = recalled(_doc("en", including, ["50/11", "72/90 A", "72/161"]), "Widgetry")
    assert [s for s, _ in found] == ["A/RES/50/11"]
    assert (
        recalled(_doc("en", text.replace("widgetry", "toys"), ["74/204", "76/194"]), "Toys") == []
    )


def test_arabic_titles_spelled_with_or_without_hamza_are_one() -> None:
    """ "مصائد" one year, "مصايد" the next: one title; the run before the title spelled
    otherwise in the text is the title's."""
    one = "استدامة مصائد الأدوات، والصكوك ذات الصلة"
    assert title_key(one) == title_key("استدامة مصايد الأدوات، والصكوك ذات الصلة")
    text = (
        "وإذ تشير إلى قراراتها 73/11 المؤرخ 26 تشرين الثاني/نوفمبر 2018، و 75/10 المؤرخ 23 تشرين "
        "الثاني/نوفمبر 2020، بشأن استدامة مصايد الأدوات، والصكوك ذات الصلة،"
    )
    found = recalled(_doc("ar", text, ["73/11", "75/10"]), one)
    assert [s for s, _ in found] == ["A/RES/75/10", "A/RES/73/11"]
