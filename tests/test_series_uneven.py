"""Series of an uneven rhythm and members of a mixed list (#19, series7): a bare list whose
subject came back every one to three sessions, but not at one rhythm ("68/215, 69/223, 71/231,
73/260, 74/222 and 76/208" in 77/168; "1759 (XVII), 69/246, 70/11, 71/260, 72/252 and 74/248" in
77/252), and the texts "including" after a title of one word that another stored text recalls
under that title ("relating to multilingualism, including resolutions ..., 76/268 ..." in
78/330; "76/268 ... on multilingualism" in 77/331). Written paragraphs first, then the UN's own
texts of the corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mandata.registry.ingest import ingest
from mandata.registry.series import find_series
from mandata.registry.store import Registry
from test_series_recalls import WIDGETS, _series


def test_a_bare_list_of_an_uneven_rhythm_is_the_history(tmp_path: Path) -> None:
    """A resolution that nothing else gives a series, its list coming back every one or two
    sessions (68, 69, 71, 73, 74, 76 and 77), each in December: the list is its history."""
    run = (
        "Recalling its resolutions 68/501 of 5 December 2013, 69/501 of 5 December 2014, 71/501 "
        "of 5 December 2016, 73/501 of 5 December 2018, 74/501 of 5 December 2019 and 76/501 of "
        "5 December 2021,"
    )
    series = _series(tmp_path, [(77, 501, WIDGETS, run)])
    assert series[WIDGETS] == ["68/501", "69/501", "71/501", "73/501", "74/501", "76/501", "77/501"]


def test_an_uneven_list_after_a_founding_text(tmp_path: Path) -> None:
    """A founding text of long ago first ("1759 (XVII) of 26 October 1962"), then the subject
    every one to three sessions: the founding text is of the series too."""
    run = (
        "Recalling its resolutions 1759 (XVII) of 26 October 1962, 69/501 of 5 December 2014, "
        "70/501 of 5 December 2015, 71/501 of 5 December 2016, 72/501 of 5 December 2017 and "
        "74/501 of 5 December 2019,"
    )
    series = _series(tmp_path, [(77, 501, WIDGETS, run)])
    assert series[WIDGETS] == [
        "1759 (XVII)",
        "69/501",
        "70/501",
        "71/501",
        "72/501",
        "74/501",
        "77/501",
    ]


@pytest.mark.parametrize(
    "run",
    [
        # a pause of six sessions (62 to 68, 68 to 74): the texts a new subject builds on
        "Recalling its resolutions 62/501 of 5 December 2007, 68/501 of 5 December 2013, "
        "74/501 of 5 December 2019 and 76/501 of 5 December 2021,",
        # three citations: too few to show a subject that keeps coming back
        "Recalling its resolutions 73/501 of 5 December 2018, 74/501 of 5 December 2019 and "
        "76/501 of 5 December 2021,",
        # two of one session: several subjects
        "Recalling its resolutions 71/501 of 5 December 2016, 73/501 of 5 December 2018, 74/501 "
        "of 5 December 2019, 76/501 of 5 December 2021 and 76/502 of 5 December 2021,",
        # one of them in June, out of step with a resolution of December
        "Recalling its resolutions 68/501 of 5 December 2013, 69/501 of 5 December 2014, 71/501 "
        "of 5 December 2016, 73/501 of 5 December 2018, 74/501 of 5 December 2019 and 76/501 of "
        "10 June 2022,",
    ],
)
def test_an_uneven_list_that_is_no_history(tmp_path: Path, run: str) -> None:
    assert WIDGETS not in _series(tmp_path, [(77, 501, WIDGETS, run)])


def test_an_uneven_list_is_not_read_where_the_resolution_has_a_series(tmp_path: Path) -> None:
    """A resolution with a mate of its title has a series of a rhythm already: another subject's
    uneven list it recalls does not join it."""
    run = (
        "Recalling its resolutions 68/601 of 5 December 2013, 69/601 of 5 December 2014, 71/601 "
        "of 5 December 2016, 73/601 of 5 December 2018, 74/601 of 5 December 2019 and 76/601 of "
        "5 December 2021,"
    )
    series = _series(tmp_path, [(77, 501, WIDGETS, run), (78, 501, WIDGETS, "Recalling its work,")])
    assert series[WIDGETS] == ["77/501", "78/501"]


WIDGETOLOGY = "Widgetology"
MIXED = (
    "Recalling its resolutions 2 (I) of 1 February 1946 and 50/501 of 2 November 1995 and other "
    "subsequent resolutions relating to widgetology, including resolutions 71/501 of 11 "
    "September 2017, 76/501 of 10 June 2022, 77/601 A and B of 12 December 2022, 77/602 of 30 "
    "December 2022 and 78/601 of 7 December 2023,"
)


def test_a_mixed_list_member_that_another_text_recalls_under_the_title(tmp_path: Path) -> None:
    """Of the texts "including" after a title of one word, the one that another stored text
    recalls "on widgetology" is of the series; the others touch the subject, no more."""
    other = (
        "Reaffirming also its resolution 76/501 of 10 June 2022 on widgetology, in which it "
        "encouraged the Secretary-General to enhance support,"
    )
    series = _series(tmp_path, [(77, 700, WIDGETS, other), (78, 501, WIDGETOLOGY, MIXED)])
    assert series[WIDGETOLOGY] == ["2 (I)", "50/501", "76/501", "78/501"]


def test_a_mixed_list_alone_names_no_member_after_including(tmp_path: Path) -> None:
    series = _series(tmp_path, [(78, 501, WIDGETOLOGY, MIXED)])
    assert series[WIDGETOLOGY] == ["2 (I)", "50/501", "78/501"]


def _members(tmp_path: Path, files: list[Path], symbol: str) -> list[str]:
    """The members of the series of ``symbol`` in a registry of ``files`` (none: no series)."""
    with Registry(str(tmp_path / "r.db")) as reg:
        assert not ingest(files, reg, workers=1).failed
        found = find_series(reg)
    for s in found:
        members = [m.symbol.removeprefix("A/RES/") for m in s.members]
        if symbol in members:
            return members
    return []


def _xml(unxml: Path, session: int, number: int) -> Path:
    (path,) = (unxml / "ga" / str(session) / "en").glob(f"A_RES_{session}_{number}-*.xml")
    return path


def test_the_environment_assemblys_reports_an_uneven_list(unxml: Path, tmp_path: Path) -> None:
    """77/168 recalls "its resolutions 68/215 ..., 69/223 ..., 71/231 ..., 73/260 ..., 74/222
    ... and 76/208 ...", the reports of the Environment Assembly (then the Governing Council)
    as its sessions came, and nothing else makes its series."""
    members = _members(tmp_path, [_xml(unxml, 77, 168)], "77/168")
    assert members == ["68/215", "69/223", "71/231", "73/260", "74/222", "76/208", "77/168"]


def test_the_investigation_into_dag_hammarskjolds_death(unxml: Path, tmp_path: Path) -> None:
    """77/252 opens "Recalling its resolutions 1759 (XVII) of 26 October 1962, 69/246 ...,
    70/11 ..., 71/260 ..., 72/252 ... and 74/248 ...": the 1962 text of the same title, then
    the investigation taken up again every one to three sessions."""
    members = _members(tmp_path, [_xml(unxml, 77, 252)], "77/252")
    assert members == ["1759 (XVII)", "69/246", "70/11", "71/260", "72/252", "74/248", "77/252"]


@pytest.mark.parametrize(("session", "number"), [(77, 120), (77, 41)])
def test_the_outer_space_texts_a_new_subject_builds_on(
    unxml: Path, tmp_path: Path, session: int, number: int
) -> None:
    """77/120 (space and global health: "51/122, 54/68, 59/2, 66/71, ...") and 77/41
    (anti-satellite missile testing: "62/217, 68/50, 74/82 and 76/22") recall bare lists of
    outer space texts with long pauses: no series."""
    assert _members(tmp_path, [_xml(unxml, session, number)], f"{session}/{number}") == []


def test_multilingualism_and_the_texts_including_after_it(
    corpus: Path, unxml: Path, tmp_path: Path
) -> None:
    """78/330 recalls "2 (I) ..., 50/11 ... and other subsequent resolutions relating to
    multilingualism, including resolutions 56/262 ..., 71/328 ..., 76/268 ..., 77/128 A and B
    ..., 77/255 ..., 77/335 ..."; 77/331 recalls "its resolutions 61/266 ..., 71/328 ...,
    73/346 ... and 76/268 ... on multilingualism": 71/328 and 76/268 are of the series, 77/335
    (the revitalization of the Assembly's work) and 77/255 (the pattern of conferences) not."""
    files = [corpus / "ga78" / "A_RES_78_330.txt", _xml(unxml, 77, 331), _xml(unxml, 77, 335)]
    members = _members(tmp_path, files, "78/330")
    assert members == ["2 (I)", "2480 (XXIII)", "42/207 C", "50/11", "71/328", "76/268", "78/330"]


def test_the_arabic_markup_leaves_the_old_numbering_unlinked(unxml: Path, tmp_path: Path) -> None:
    """The Arabic UN XML of 77/252 links "69/246" and the rest, not "1759 (د-17)": the reader
    keeps the analysis's citation of the old numbering, and the Arabic series is the English
    one."""
    (path,) = (unxml / "ga" / "77" / "ar").glob("A_RES_77_252-*.xml")
    members = _members(tmp_path, [path], "77/252")
    assert members == ["1759 (XVII)", "69/246", "70/11", "71/260", "72/252", "74/248", "77/252"]


@pytest.fixture(scope="module")
def review() -> Any:
    """The measure's script (scripts/eval_review.py)."""
    import sys

    from conftest import ROOT, load_script

    sys.path.insert(0, str(ROOT / "scripts"))
    return load_script("eval_review")


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            ", in which it decided to devote two days of plenary meetings at its seventy-seventh "
            "session to the consideration of the item entitled “Widgets”",
            "Plenary meetings devoted to widgets",
        ),
        (
            ", by which it recommended the use of the Mediation Rules for widgets",
            "Mediation rules for widgets",
        ),
    ],
)
def test_the_measure_read_strictly_leaves_out_meetings_and_texts_recommended(
    review: Any, clause: str, title: str
) -> None:
    """Plenary meetings devoted to an item (76/72 in 77/5) and a text recommended for use
    (76/107 in 78/104) are acts done once."""
    text = f"Recalling its resolution 76/501 of 9 December 2021{clause},"
    assert review.renewed("A/RES/78/9", 78, title, [text]) == ["A/RES/76/501"]
    assert review.renewed("A/RES/78/9", 78, title, [text], titles={}) == []


def test_the_measure_reads_a_subject_that_lists_its_words(review: Any) -> None:
    """ "77/202 ... on child, early and forced marriage" is another subject than "Rights of the
    child" (read to the comma, "child" alone, it was the title's): the latest of its own, named
    before, is the predecessor (78/187)."""
    text = (
        "Reaffirming all of its previous resolutions on the rights of the child, the most recent "
        "of which was resolution 76/147 of 16 December 2021, and recalling also all other "
        "relevant resolutions on this matter, including its resolutions 77/201 of 15 December "
        "2022 on protecting children from bullying, 77/202 of 15 December 2022 on child, early "
        "and forced marriage and 76/146 of 16 December 2021 on the girl child,"
    )
    assert review.renewed("A/RES/78/187", 78, "Rights of the child", [text]) == ["A/RES/76/147"]


def test_the_measure_reads_a_title_with_its_head_left_out(review: Any) -> None:
    """ "75/212 ... on the United Nations Conference on the Midterm Review of the Widget Decade"
    is the conference that "Follow-up to the United Nations Conference on the Midterm Review of
    the Widget Decade" follows up: another subject, though it holds every other word."""
    title = "Follow-up to the United Nations Conference on the Midterm Review of the Widget Decade"
    text = (
        "Recalling also its resolution 75/212 of 21 December 2020 on the United Nations "
        "Conference on the Midterm Review of the Widget Decade,"
    )
    assert review.renewed("A/RES/77/334", 77, title, [text]) == []
    kept = text.replace("on the United", "on the follow-up to the United")
    assert review.renewed("A/RES/77/334", 77, title, [kept]) == ["A/RES/75/212"]


def test_the_measure_read_strictly_leaves_out_a_list_of_a_slower_rhythm(review: Any) -> None:
    """A biennial list ("62/272, 64/297, ..., 72/284 and 75/291", the Strategy's reviews) in a
    resolution whose own title's stored texts come every session (77, 78, 80) is another
    subject's list; with no such texts stored, the list counts."""
    text = (
        "Recalling its resolutions 68/276 of 13 June 2014, 70/291 of 1 July 2016, 72/284 of 26 "
        "June 2018 and 75/291 of 30 June 2021,"
    )
    title = "Measures to eliminate widget terrorism"
    titles = {f"A/RES/{n}": title for n in ("77/113", "78/115", "80/171")}
    assert review.renewed("A/RES/77/113", 77, title, [text], titles={}) == ["A/RES/75/291"]
    assert review.renewed("A/RES/77/113", 77, title, [text], titles=titles) == []
    biennial = {f"A/RES/{n}": title for n in ("77/113", "79/115")}
    assert review.renewed("A/RES/77/113", 77, title, [text], titles=biennial) == ["A/RES/75/291"]


def test_the_measure_read_strictly_leaves_out_a_list_held_under_another_title(
    review: Any,
) -> None:
    """ "Recalling its resolutions 78/240 ... and 79/60 ...," in the modalities of a meeting
    (80/56): the registry holds 78/240 on the legacy of nuclear widgets, another title; the
    list is that subject's. Held under the resolution's own title, it counts."""
    text = "Recalling its resolutions 78/240 of 22 December 2023 and 79/60 of 2 December 2024,"
    title = "Modalities of the 2026 meeting on victim assistance and widget remediation"
    other = {
        "A/RES/78/240": "Addressing the legacy of nuclear widgets: providing victim assistance "
        "and widget remediation to Member States affected by the testing of nuclear widgets"
    }
    assert review.renewed("A/RES/80/56", 80, title, [text], titles={}) == ["A/RES/79/60"]
    assert review.renewed("A/RES/80/56", 80, title, [text], titles=other) == []
    own = {"A/RES/78/240": title}
    assert review.renewed("A/RES/80/56", 80, title, [text], titles=own) == ["A/RES/79/60"]


def test_the_measure_read_strictly_leaves_out_a_text_welcomed_under_another_title(
    review: Any,
) -> None:
    """ "76/6 ..., which welcomed ... the report of the Secretary-General entitled “Our Common
    Agenda”" (78/211 on the Declaration on minorities' rights) is recalled for another text;
    a report of the resolution's own subject welcomed so is its series'."""
    title = "Effective promotion of the Declaration on the Rights of Widget Minorities"
    clause = (
        "Recalling further its resolution 76/6 of 15 November 2021, which welcomed, as a basis "
        "for further consideration by Member States, the submission of the report of the "
        "Secretary-General entitled “{}”, including its appeal for the effective promotion of "
        "the rights of widget minorities,"
    )
    other = clause.format("Our Common Agenda")
    assert review.renewed("A/RES/78/211", 78, title, [other]) == ["A/RES/76/6"]
    assert review.renewed("A/RES/78/211", 78, title, [other], titles={}) == []
    own = clause.format(title)
    assert review.renewed("A/RES/78/211", 78, title, [own], titles={}) == ["A/RES/76/6"]
