"""More wordings that name a resolution's predecessors (#19): "its previous resolutions on the
subject, in particular resolutions ...", "... on <subject> and its previous resolutions on the
issue" (the subject checked against the title), "concerning <title>", "on the question of a
<title>", "and all its other resolutions on <title>", a title that ends with a bracket, the
part letters of citations ("75/245 B") and the parts of one resolution recalled together.
Paragraphs written for the test, with the typography of the UN's texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, load_script
from mandata.model import Document, Paragraph, Reference, Resolution
from mandata.registry.ingest import ingest
from mandata.registry.series import (
    Member,
    bare_runs,
    find_series,
    merge_parts,
    named_latest,
    preamble_citations,
    recalled,
)
from mandata.registry.store import Registry
from test_series_recalls import HEAD, WIDGETS, _series


def _doc(code: str, text: str, cited: dict[str, str]) -> dict[str, Any]:
    """One preambular paragraph citing ``cited`` (the words read: the resolution)."""
    refs = [
        Reference("ga_resolution", f"A/RES/{target}", None, "pp1", words)
        for words, target in cited.items()
    ]
    res = Resolution(preamble=[Paragraph(kind="preambular", text=text, id="pp1")])
    return Document(language=code, resolutions=[res], references=refs).to_dict()


def _plain(*numbers: str) -> dict[str, str]:
    return {n: n for n in numbers}


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "Recalling its previous resolutions on the subject, in particular resolutions 71/59 of "
            "5 December 2016, 73/43 of 5 December 2018 and 75/46 of 7 December 2020,",
        ),
        (
            "fr",
            "Rappelant ses résolutions antérieures sur la question, en particulier les résolutions "
            "71/59 du 5 décembre 2016, 73/43 du 5 décembre 2018 et 75/46 du 7 décembre 2020,",
        ),
        (
            "es",
            "Recordando sus resoluciones anteriores sobre la cuestión, en particular las "
            "resoluciones 71/59, de 5 de diciembre de 2016, 73/43, de 5 de diciembre de 2018, y "
            "75/46, de 7 de diciembre de 2020,",
        ),
    ],
)
def test_the_list_of_its_previous_resolutions_in_particular(code: str, text: str) -> None:
    """The list after "in particular resolutions" is the series' history: its last, 75/46,
    the predecessor."""
    data = _doc(code, text, _plain("71/59", "73/43", "75/46"))
    assert [s for s, _ in named_latest(data, "Widgets of the 1925 Protocol")] == [
        "A/RES/71/59",
        "A/RES/73/43",
        "A/RES/75/46",
    ], code


def test_its_previous_resolutions_on_the_subject_of_its_title() -> None:
    text = (
        "Recalling its previous resolutions on the subject of chemical weapons, in particular "
        "resolution 76/29 of 6 December 2021,"
    )
    data = _doc("en", text, _plain("76/29"))
    title = "Implementation of the Convention on the Prohibition of Chemical Weapons"
    assert [s for s, _ in named_latest(data, title)] == ["A/RES/76/29"]
    assert named_latest(data, "Safety of widgets") == []  # another subject


def test_a_list_naming_two_of_one_session_gives_its_first_alone() -> None:
    """ "The most recent of which being resolutions 76/180 ..., 75/287 ..., 75/238 ...": two of
    session 75 (the situation in Myanmar besides the Rohingya's): not a history."""
    text = (
        "Recalling also its previous resolutions on the situation of human rights in Myanmar, "
        "the most recent of which being resolutions 76/180 of 16 December 2021, 75/287 of 18 "
        "June 2021 and 75/238 of 31 December 2020,"
    )
    data = _doc("en", text, _plain("76/180", "75/287", "75/238"))
    assert [s for s, _ in named_latest(data, "Widgets in Myanmar")] == ["A/RES/76/180"]


@pytest.mark.parametrize(
    ("code", "text", "title"),
    [
        (
            "en",
            "Recalling its resolution 76/213 of 17 December 2021 on science, technology and "
            "innovation for development and its previous resolutions on the issue,",
            "Science, technology and innovation for sustainable development",
        ),
        (
            "fr",
            "Rappelant sa résolution 76/213 du 17 décembre 2021 sur la science, la technologie et "
            "l’innovation au service du développement et ses résolutions antérieures sur la "
            "question,",
            "La science, la technologie et l’innovation au service du développement durable",
        ),
        (
            "es",
            "Recordando su resolución 76/213, de 17 de diciembre de 2021, sobre ciencia, "
            "tecnología e innovación para el desarrollo y sus resoluciones anteriores sobre la "
            "cuestión,",
            "Ciencia, tecnología e innovación para el desarrollo sostenible",
        ),
    ],
)
def test_one_resolution_on_its_subject_and_its_previous_ones(
    code: str, text: str, title: str
) -> None:
    """The resolution recalled with its subject, that subject the title or nearly, and its
    previous resolutions: the predecessor. Another title, and it is none."""
    data = _doc(code, text, _plain("76/213"))
    assert [s for s, _ in named_latest(data, title)] == ["A/RES/76/213"], code
    assert named_latest(data, "Safety of widgets in mountains") == [], code


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "Recalling its resolution 76/126 of 10 December 2021, as well as its previous "
            "resolutions on the question,",
        ),
        (
            "fr",
            "Rappelant sa résolution 76/126 du 10 décembre 2021, ainsi que ses résolutions "
            "antérieures sur la question,",
        ),
        (
            "es",
            "Recordando su resolución 76/126, de 10 de diciembre de 2021, así como sus "
            "resoluciones anteriores sobre la cuestión,",
        ),
    ],
)
def test_one_resolution_as_well_as_its_previous_ones(code: str, text: str) -> None:
    data = _doc(code, text, _plain("76/126"))
    assert [s for s, _ in named_latest(data, "Assistance to widgets")] == ["A/RES/76/126"], code


def test_one_resolution_and_all_relevant_ones_on_its_title_before_another_clause() -> None:
    """ "... and all relevant resolutions on the girl child, and recalling its resolution 66/170
    ...": 66/170 stands in a clause of its own; a resolution cited only in the paragraph's
    footnote (its words not in the text) does not count either."""
    text = (
        "Reaffirming its resolution 76/146 of 16 December 2021 and all relevant resolutions on "
        "the girl child, and recalling its resolution 66/170 of 19 December 2011 on the "
        "International Day of the Girl Child,"
    )
    data = _doc("en", text, _plain("76/146", "66/170", "58/200"))
    assert [s for s, _ in named_latest(data, "The girl child")] == ["A/RES/76/146"]
    before = "Reaffirming its resolutions 66/170 and 76/146 of 16 December 2021 and all relevant "
    data = _doc("en", before + "resolutions on the girl child,", _plain("76/146", "66/170"))
    assert named_latest(data, "The girl child") == []


@pytest.mark.parametrize(
    ("code", "text", "title"),
    [
        (
            "en",
            "Recalling its resolutions 74/119 of 18 December 2019 and 76/135 of 16 December 2021 "
            "concerning cooperatives in social development,",
            "Cooperatives in social development",
        ),
        (
            "fr",
            "Rappelant ses résolutions 74/119 du 18 décembre 2019 et 76/135 du 16 décembre 2021 "
            "concernant les coopératives dans le développement social,",
            "Les coopératives dans le développement social",
        ),
        (
            "en",
            "Recalling also its resolutions 73/175 of 17 December 2018 and 76/135 of 16 December "
            "2021 on the question of a moratorium on the use of the death penalty, in which it "
            "called upon States to establish a moratorium,",
            "Moratorium on the use of the death penalty",
        ),
        (
            "fr",
            "Rappelant également ses résolutions 73/175 du 17 décembre 2018 et 76/135 du "
            "16 décembre 2021 sur la question d’un moratoire sur l’application de la peine de mort,",
            "Moratoire sur l’application de la peine de mort",
        ),
        (
            "es",
            "Recordando también sus resoluciones 73/175, de 17 de diciembre de 2018, y 76/135, de "
            "16 de diciembre de 2021, sobre la cuestión de una moratoria del uso de la pena de "
            "muerte,",
            "Moratoria del uso de la pena de muerte",
        ),
        (
            "en",
            "Recalling its resolutions 73/175 of 17 December 2018 and 76/135 of 16 December 2021 "
            "and all its other resolutions on women in development,",
            "Women in development",
        ),
        (
            "fr",
            "Rappelant ses résolutions 73/175 du 17 décembre 2018 et 76/135 du 16 décembre 2021 "
            "et toutes ses autres résolutions sur les femmes et le développement,",
            "Les femmes et le développement",
        ),
        (
            "es",
            "Recordando sus resoluciones 73/175, de 17 de diciembre de 2018, y 76/135, de 16 de "
            "diciembre de 2021, y todas sus demás resoluciones sobre la mujer en el desarrollo,",
            "La mujer en el desarrollo",
        ),
    ],
)
def test_a_run_recalled_under_the_title_in_other_words(code: str, text: str, title: str) -> None:
    """ "concerning <title>", "on the question of a <title>", "and all its other resolutions on
    <title>": the run before is the series'."""
    first = "74/119" if "74/119" in text else "73/175"
    data = _doc(code, text, _plain(first, "76/135"))
    assert sorted(s for s, _ in recalled(data, title)) == [f"A/RES/{first}", "A/RES/76/135"], (
        code,
        text,
    )


def test_a_title_that_ends_with_a_bracket() -> None:
    text = (
        "Recalling its previous resolution 76/133 on the inclusive policies to address "
        "homelessness, including in the aftermath of the coronavirus disease (COVID-19), adopted "
        "on 16 December 2021,"
    )
    title = (
        "Inclusive policies to address homelessness, including in the aftermath of the "
        "coronavirus disease (COVID-19)"
    )
    assert [s for s, _ in recalled(_doc("en", text, _plain("76/133")), title)] == ["A/RES/76/133"]


def test_part_letters_are_no_words() -> None:
    """ "75/245 B of 16 April 2021" alone in its paragraph is recalled alone; "53/77 D" and
    "55/33 S" do not make a list of citations a list with words of its own."""
    alone = _doc(
        "en", "Recalling its resolution 75/245 B of 16 April 2021,", {"75/245": "75/245 B"}
    )
    (one,) = preamble_citations(alone)
    assert one.bare and one.alone
    text = (
        "Recalling its resolutions 53/77 D of 4 December 1998, 55/33 S of 20 November 2000, "
        "71/43 of 5 December 2016, 73/44 of 5 December 2018 and 75/41 of 7 December 2020,"
    )
    cited = {"53/77": "53/77 D", "55/33": "55/33 S"} | _plain("71/43", "73/44", "75/41")
    assert len(bare_runs(_doc("en", text, cited))) == 1


def test_the_parts_of_one_resolution_recalled_together() -> None:
    """ "Recalling also its resolutions 76/235 A of 24 December 2021 and 76/235 B of 29 June
    2022,": the paragraph recalls one resolution, in its two parts (read with the same words,
    "76/235", or each with its letter)."""
    text = (
        "Recalling also its resolutions 76/235 A of 24 December 2021 and 76/235 B of 29 June 2022,"
    )
    for cited in (
        [("76/235", "76/235 A"), ("76/235", "76/235 B")],
        [("76/235 A", "76/235 A"), ("76/235 B", "76/235 B")],
    ):
        refs = [Reference("ga_resolution", f"A/RES/{t}", None, "pp1", w) for w, t in cited]
        res = Resolution(preamble=[Paragraph(kind="preambular", text=text, id="pp1")])
        data = Document(language="en", resolutions=[res], references=refs).to_dict()
        found = preamble_citations(data)
        assert [(c.symbol, c.bare, c.alone) for c in found] == [
            ("A/RES/76/235 A", True, True),
            ("A/RES/76/235 B", True, True),
        ], cited
    two = "Recalling also its resolutions 76/235 A of 24 December 2021 and 76/236 of 29 June 2022,"
    refs = [
        Reference("ga_resolution", f"A/RES/{n}", None, "pp1", n) for n in ("76/235 A", "76/236")
    ]
    res = Resolution(preamble=[Paragraph(kind="preambular", text=two, id="pp1")])
    data = Document(language="en", resolutions=[res], references=refs).to_dict()
    assert not any(c.alone for c in preamble_citations(data))  # two resolutions


def test_a_first_part_cited_of_a_resolution_held_under_its_number() -> None:
    group = {
        "A/RES/77/253": Member("A/RES/77/253", 77, None, "Widgets", True),
        "A/RES/77/253 B": Member("A/RES/77/253 B", 77, None, "Widgets", True),
        "A/RES/77/253 A": Member("A/RES/77/253 A", 77, None, basis="recalled"),
        "A/RES/79/245 A": Member("A/RES/79/245 A", 79, None, basis="recalled"),
    }
    merge_parts(group)
    assert sorted(group) == ["A/RES/77/253", "A/RES/77/253 B", "A/RES/79/245 A"]


def test_no_gap_is_filled_right_after_a_member(tmp_path: Path) -> None:
    """A biennial series (70, 72, 74, each ordering the item two sessions on) renewed three
    years on (77): 75 is no gap of its rhythm, and the resolution of session 75 that an
    operative paragraph cites (on another subject) is no member."""
    run = (
        "Recalling its resolutions 70/501 of 5 December 2015, 72/501 of 5 December 2017 and "
        "74/501 of 5 December 2019 on safety of widgets,"
    )
    operative = (
        "\n3. Notes the importance of the quadrennial review, in line with its resolution 75/601 "
        "of 4 December 2020;\n"
    )
    folder = tmp_path / "in"
    folder.mkdir()
    for session, preamble, extra, later in (
        (77, run, operative, "seventy-ninth"),
        (78, "Recalling the importance of safe widgets,", "", "eightieth"),
    ):
        text = HEAD.format(
            operative=extra,
            session=session,
            number=501,
            title=WIDGETS,
            preamble=preamble,
            day=5,
            year=session + 1945,
            next=later,
        )
        (folder / f"A_RES_{session}_501.txt").write_text(text, encoding="utf-8")
    with Registry(str(tmp_path / "r.db")) as reg:
        assert not ingest([folder], reg, workers=1).failed
        found = {
            s.title: [m.symbol.removeprefix("A/RES/") for m in s.members] for s in find_series(reg)
        }
    assert found[WIDGETS] == ["70/501", "72/501", "74/501", "77/501", "78/501"]


@pytest.fixture(scope="module")
def review() -> Any:
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    return load_script("eval_review")


def test_the_coverage_measure_counts_no_decision(review: Any) -> None:
    """ "Recalling its resolutions 70/46 ... and 75/59 ..., and its decision 76/516 ...": the
    latest resolution it renews is 75/59, not the decision."""
    text = (
        "Recalling its resolutions 70/46 of 7 December 2015, 73/67 of 5 December 2018 and 75/59 "
        "of 7 December 2020, and its decision 76/516 of 6 December 2021,"
    )
    assert review.renewed("A/RES/77/64", 77, "Widgets", [text]) == ["A/RES/75/59"]


def test_the_end_of_a_run_after_sessions_of_several_subjects(tmp_path: Path) -> None:
    """ "69/193 and 69/196 of 18 December 2014, 70/178 and 70/182 of 17 December 2015, 71/501
    ..., 76/501": from 71 on, one a session, the series' history; a run whose end after such a
    session is short (three) is not."""
    long = (
        "Reaffirming its resolutions 69/601 and 69/602 of 18 December 2014, 70/601 and 70/602 "
        "of 17 December 2015, 71/501 of 5 December 2016, 72/501 of 5 December 2017, 73/501 of "
        "5 December 2018 and 74/501 of 5 December 2019, 75/501 of 5 December 2020 and 76/501 of "
        "5 December 2021,"
    )
    short = (
        "Recalling its resolutions 73/701 and 73/702 of 5 December 2018, 74/701 and 74/702 of "
        "5 December 2019, 75/701 of 5 December 2020, 76/701 of 5 December 2021 and 77/701 of "
        "5 December 2022,"
    )
    series = _series(tmp_path, [(77, 501, WIDGETS, long), (78, 701, "Road widgets", short)])
    assert series[WIDGETS] == ["71/501", "72/501", "73/501", "74/501", "75/501", "76/501", "77/501"]
    assert "Road widgets" not in series


def test_a_biennial_run_renewed_three_years_on(tmp_path: Path) -> None:
    run = (
        "Recalling its resolutions 68/501 of 5 December 2013, 70/501 of 5 December 2015, 72/501 "
        "of 5 December 2017 and 74/501 of 5 December 2019,"
    )
    series = _series(tmp_path, [(77, 501, WIDGETS, run)])
    assert series[WIDGETS] == ["68/501", "70/501", "72/501", "74/501", "77/501"]


def test_the_coverage_measure_counts_no_resolution_of_another_subject(review: Any) -> None:
    """A citation whose clause names a subject that is not the title ("76/172 of 16 December
    2021 on the protection of migrants") is not one the resolution renews; its own run ("...
    75/226 of 21 December 2020 on international migration and development") is."""
    text = (
        "Recalling its resolutions 73/241 of 20 December 2018 and 75/226 of 21 December 2020 on "
        "international migration and development, its resolutions 74/148 of 18 December 2019 "
        "and 76/172 of 16 December 2021 on the protection of migrants,"
    )
    title = "International migration and development"
    assert review.renewed("A/RES/77/176", 77, title, [text]) == ["A/RES/75/226"]
    organs = (
        "Strengthening and promoting effective measures and international cooperation on organ "
        "donation and transplantation to prevent and combat trafficking in persons for the "
        "purpose of organ removal and trafficking in human organs"
    )
    entitled = (
        f"Recalling its resolutions 75/195 of 16 December 2020, entitled “{organs}”, and 76/186 "
        "of 16 December 2021, entitled “Improving the coordination of efforts against "
        "trafficking in persons”,"
    )
    assert review.renewed("A/RES/77/236", 77, organs, [entitled]) == ["A/RES/75/195"]


@pytest.mark.parametrize(
    ("code", "text", "title"),
    [
        (
            "en",
            "Recalling its resolution 76/87 of 9 December 2021 on the implementation of the "
            "Declaration by the specialized agencies and the international institutions associated "
            "with the United Nations,",
            "Implementation of the Declaration on the Granting of Independence to Colonial "
            "Countries and Peoples by the specialized agencies and the international institutions "
            "associated with the United Nations",
        ),
        (
            "fr",
            "Rappelant sa résolution 76/87 du 9 décembre 2021 sur l’application de la Déclaration "
            "par les institutions spécialisées et les organismes internationaux associés à "
            "l’Organisation des Nations Unies,",
            "Application de la Déclaration sur l’octroi de l’indépendance aux pays et aux peuples "
            "coloniaux par les institutions spécialisées et les organismes internationaux associés "
            "à l’Organisation des Nations Unies",
        ),
        (
            "en",
            "Recalling its resolutions 73/148 of 17 December 2018 and 76/87 of 16 December 2020 on "
            "the intensification of efforts to eliminate all forms of violence against women and "
            "girls,",
            "Intensification of efforts to prevent and eliminate all forms of violence against "
            "women and girls: gender stereotypes and negative social norms",
        ),
        (
            "en",
            "Recalling its biennial resolutions on the status of the Protocols Additional to the "
            "Geneva Conventions of 1949 and relating to the protection of victims of armed "
            "conflicts, including its resolution 76/87 of 15 December 2020,",
            "Status of the Protocols Additional to the Geneva Conventions of 1949 and relating to "
            "the protection of victims of armed conflicts",
        ),
    ],
)
def test_the_title_with_some_of_its_words_left_out(code: str, text: str, title: str) -> None:
    """The subject in the title's words, some left out (the Declaration's name, the subtitle),
    or the title with a year its key leaves out: the run is the series'."""
    cited = _plain(*[n for n in ("73/148", "76/87") if n in text])
    assert "A/RES/76/87" in [s for s, _ in recalled(_doc(code, text, cited), title)], code


def test_a_title_whose_head_is_left_out_is_another_subject() -> None:
    """ "On combating sand and dust storms" is the subject of the series, not of the Day."""
    text = "Recalling its resolution 77/171 of 14 December 2022 on combating sand and dust storms,"
    data = _doc("en", text, _plain("77/171"))
    assert recalled(data, "International Day of Combating Sand and Dust Storms") == []
    assert recalled(data, "Combating sand and dust storms: a global call") != []
