"""Series whose predecessors the texts name without their title (#19): "Recalling its resolution
79/77 of 2 December 2024," (the gap of a series' rhythm, or a paragraph recalling one recent
resolution and nothing else) and a run of citations that names members of the series. Written
for the test: a registry of short English resolutions."""

from __future__ import annotations

from pathlib import Path

from mandata.registry.ingest import ingest
from mandata.registry.series import find_series
from mandata.registry.store import Registry

HEAD = """United Nations
A/RES/{session}/{number}

General Assembly
Distr.: General
{day} December {year}

Agenda item 70

Resolution adopted by the General Assembly on {day} December {year}

[on the report of the Second Committee (A/{session}/999)]

{session}/{number}. {title}

The General Assembly,

{preamble}

1. Encourages Member States to continue their efforts;

2. Decides to include in the provisional agenda of its {next} session the item entitled “{title}”.
{operative}
50th plenary meeting
{day} December {year}
"""

NEXT = {77: "seventy-eighth", 78: "seventy-ninth", 80: "eighty-first"}
WIDGETS = "Safety of widgets"


def _write(
    folder: Path, session: int, number: int, title: str, preamble: str, operative: str = ""
) -> None:
    text = HEAD.format(
        operative=f"\n{operative}\n" if operative else "",
        session=session,
        number=number,
        title=title,
        preamble=preamble,
        day=5,
        year=session + 1945,
        next=NEXT[session],
    )
    (folder / f"A_RES_{session}_{number}.txt").write_text(text, encoding="utf-8")


def _series(
    tmp_path: Path, docs: list[tuple[int, int, str, str]], operative: str = ""
) -> dict[str, list[str]]:
    """The series of the documents; ``operative`` is a third operative paragraph of the last."""
    folder = tmp_path / "in"
    folder.mkdir()
    for k, (session, number, title, preamble) in enumerate(docs):
        _write(folder, session, number, title, preamble, operative if k == len(docs) - 1 else "")
    with Registry(str(tmp_path / "r.db")) as reg:
        assert not ingest([folder], reg, workers=1).failed
        found = find_series(reg)
    return {s.title: [m.symbol.removeprefix("A/RES/") for m in s.members] for s in found}


def test_the_gap_of_an_annual_series_is_the_one_resolution_cited_by_its_date(
    tmp_path: Path,
) -> None:
    """77, 78, 80 stored: the 2025 text cites three resolutions of session 79, one with a subject
    of its own ("entitled"), one of March 2025 (out of a series of Decembers), and the one
    that is its predecessor."""
    last = (
        "Recalling its resolution 79/1 of 22 September 2024, entitled “Pact for the Future”,\n\n"
        "Recalling also its resolution 79/601 of 25 March 2025,\n\n"
        "Recalling further its resolution 79/501 of 4 December 2024,"
    )
    series = _series(
        tmp_path,
        [
            (77, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (78, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (80, 501, WIDGETS, last),
        ],
    )
    assert series[WIDGETS] == ["77/501", "78/501", "79/501", "80/501"]


def test_a_run_of_citations_naming_two_members_is_the_series_history(tmp_path: Path) -> None:
    run = (
        "Recalling its resolutions 75/501 of 7 December 2020, 76/501 of 6 December 2021, "
        "77/501 of 5 December 2022 and 78/501 of 5 December 2023,\n\n"
        "Recalling also its resolutions 69/193 and 69/196 of 18 December 2014, 70/178 of "
        "17 December 2015 and 78/501 of 5 December 2023,"
    )
    series = _series(
        tmp_path,
        [
            (77, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (78, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (80, 501, WIDGETS, run),
        ],
    )
    # the run that names two resolutions of session 69 names several subjects: none joins
    assert series[WIDGETS] == ["75/501", "76/501", "77/501", "78/501", "80/501"]


def test_a_resolution_recalled_alone_goes_to_the_series_that_renews_it(tmp_path: Path) -> None:
    """76/777 recalled alone by the next resolution on road widgets and by the one proclaiming a
    Day: it is the predecessor of the first, a series already, not of the Day."""
    recall = "Recalling its resolution 76/777 of 16 December 2021,"
    series = _series(
        tmp_path,
        [
            (78, 777, "Road widgets", recall),
            (80, 777, "Road widgets", "Recalling the importance of road widgets,"),
            (78, 778, "World Widget Day", recall),
        ],
    )
    assert series["Road widgets"] == ["76/777", "78/777", "80/777"]
    assert "World Widget Day" not in series


def test_an_old_resolution_recalled_alone_is_no_predecessor(tmp_path: Path) -> None:
    series = _series(
        tmp_path,
        [(78, 888, "Widget statistics", "Recalling its resolution 46/182 of 19 December 1991,")],
    )
    assert "Widget statistics" not in series


def test_a_list_of_several_resolutions_of_the_gaps_session_names_no_predecessor(
    tmp_path: Path,
) -> None:
    last = (
        "Reaffirming its resolutions 41/213 of 19 December 1986, 79/601, 79/602 and 79/603 "
        "of 4 December 2024,"
    )
    series = _series(
        tmp_path,
        [
            (77, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (78, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (80, 501, WIDGETS, last),
        ],
    )
    assert series[WIDGETS] == ["77/501", "78/501", "80/501"]


GAP_IN_OPERATIVE = (
    "3. Notes with satisfaction that, consistent with the call contained in paragraph 4 of its "
    "resolution 79/501 of 4 December 2024, more States have acted;"
)


def test_the_gaps_predecessor_cited_only_in_an_operative_paragraph(tmp_path: Path) -> None:
    """The preamble names no resolution of session 79; an operative paragraph cites one, bare."""
    series = _series(
        tmp_path,
        [
            (77, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (78, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (80, 501, WIDGETS, "Recalling its resolution 66/10 of 18 November 2011,"),
        ],
        operative=GAP_IN_OPERATIVE,
    )
    assert series[WIDGETS] == ["77/501", "78/501", "79/501", "80/501"]


def test_the_gaps_predecessor_cited_in_a_subparagraph(tmp_path: Path) -> None:
    sub = (
        "3. There shall be set off against this allocation:\n\n(a) Credits to Member States;\n\n"
        "(b) Advances paid in accordance with its resolution 79/501 of 4 December 2024;"
    )
    series = _series(
        tmp_path,
        [
            (77, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (78, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (80, 501, WIDGETS, "Recalling the importance of safe widgets,"),
        ],
        operative=sub,
    )
    assert series[WIDGETS] == ["77/501", "78/501", "79/501", "80/501"]


def test_an_operative_citation_is_no_predecessor_when_the_text_cites_two_of_the_gaps_session(
    tmp_path: Path,
) -> None:
    series = _series(
        tmp_path,
        [
            (77, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (78, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (
                80,
                501,
                WIDGETS,
                "Recalling its resolution 79/2 of 4 December 2024 on the safety of gadgets,",
            ),
        ],
        operative=GAP_IN_OPERATIVE,
    )
    assert series[WIDGETS] == ["77/501", "78/501", "80/501"]


OLD_VALLEY = "Situation of widgets in the occupied valley"
NEW_VALLEY = "Situation of widgets in the occupied territories of the valley, including the lake"


def test_a_renamed_series_is_one_when_the_new_title_recalls_the_old_run(tmp_path: Path) -> None:
    """The title changed in session 78; 80 recalls the old run under the old title and the new
    one under its own: one series."""
    both = (
        "Recalling its resolutions 76/601 of 6 December 2021 and 77/601 of 5 December 2022 on "
        "the situation of widgets in the occupied valley, as well as its resolution 78/601 of "
        "5 December 2023 on the situation of widgets in the occupied territories of the valley, "
        "including the lake,"
    )
    series = _series(
        tmp_path,
        [
            (77, 601, OLD_VALLEY, "Recalling its resolution 76/601 of 6 December 2021,"),
            (78, 601, NEW_VALLEY, "Recalling the importance of widgets,"),
            (80, 601, NEW_VALLEY, both),
        ],
    )
    assert series[NEW_VALLEY] == ["76/601", "77/601", "78/601", "80/601"]


def test_another_countrys_situation_recalled_by_its_title_is_another_series(
    tmp_path: Path,
) -> None:
    recall = (
        "Recalling its resolution 77/602 of 5 December 2022 on the situation of widgets in the "
        "southern republic,"
    )
    series = _series(
        tmp_path,
        [
            (77, 602, "Situation of widgets in the southern republic", "Recalling widgets,"),
            (78, 603, "Situation of widgets in the northern republic", recall),
        ],
    )
    assert not any("northern" in t.casefold() for t in series)


def test_a_crowded_list_names_the_gaps_predecessor_at_the_members_place(tmp_path: Path) -> None:
    """The run pairs each session's resolutions under one date; the member of session 77 is the
    second of its pair, so is the predecessor of session 79. A list of another length decides
    nothing."""
    paired = (
        "Recalling its resolutions 77/500 and 77/501 of 5 December 2022 and 79/500 and 79/501 of "
        "4 December 2024,"
    )
    series = _series(
        tmp_path,
        [
            (77, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (78, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (80, 501, WIDGETS, paired),
        ],
    )
    assert series[WIDGETS] == ["77/501", "78/501", "79/501", "80/501"]


def test_a_crowded_list_of_another_length_names_no_predecessor(tmp_path: Path) -> None:
    uneven = (
        "Recalling its resolutions 77/500 and 77/501 of 5 December 2022 and 79/500, 79/501 and "
        "79/502 of 4 December 2024,"
    )
    series = _series(
        tmp_path,
        [
            (77, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (78, 501, WIDGETS, "Recalling the importance of safe widgets,"),
            (80, 501, WIDGETS, uneven),
        ],
    )
    assert series[WIDGETS] == ["77/501", "78/501", "80/501"]


def test_a_misprinted_latest_resolution_of_another_subject_joins_nothing(tmp_path: Path) -> None:
    """The text names 78/778 as the latest on widgets; the registry holds 78/778, on gadgets."""
    misprint = (
        "Reaffirming all its previous resolutions on safety of widgets, the most recent of which "
        "was resolution 78/778 of 5 December 2023,"
    )
    series = _series(
        tmp_path,
        [
            (78, 778, "Cooperatives in gadget making", "Recalling the importance of gadgets,"),
            (80, 501, WIDGETS, misprint),
        ],
    )
    assert all("78/778" not in members for members in series.values())


def test_the_latest_previous_resolution_named_without_its_title_joins(tmp_path: Path) -> None:
    latest = (
        "Reaffirming all its previous resolutions on safety of widgets, the most recent of which "
        "was resolution 78/501 of 5 December 2023,"
    )
    series = _series(tmp_path, [(80, 501, WIDGETS, latest)])
    assert series[WIDGETS] == ["78/501", "80/501"]


BIENNIAL = (
    "Recalling its resolutions 72/701 of 4 December 2017, 74/701 of 5 December 2019 and 76/701 "
    "of 6 December 2021,"
)


def test_a_paragraph_recalling_nothing_but_a_steady_run_is_the_history(tmp_path: Path) -> None:
    series = _series(tmp_path, [(78, 701, "Widget literacy", BIENNIAL)])
    assert series["Widget literacy"] == ["72/701", "74/701", "76/701", "78/701"]


def test_a_run_with_a_subject_of_its_own_or_out_of_step_is_no_history(tmp_path: Path) -> None:
    named = BIENNIAL.removesuffix(",") + " on the safety of gadgets,"
    uneven = (
        "Recalling its resolutions 71/702 of 4 December 2016, 74/702 of 5 December 2019 and "
        "76/702 of 6 December 2021,"
    )
    series = _series(
        tmp_path,
        [(78, 701, "Widget literacy", named), (78, 702, "Widget numeracy", uneven)],
    )
    assert series == {}


def test_a_run_holding_a_stored_resolution_of_another_subject_is_no_history(
    tmp_path: Path,
) -> None:
    series = _series(
        tmp_path,
        [
            (77, 701, "Cooperatives in gadget making", "Recalling the importance of gadgets,"),
            (
                78,
                701,
                "Widget literacy",
                "Recalling its resolutions 75/701 of 7 December 2020, 76/701 of 6 December 2021 "
                "and 77/701 of 5 December 2022,",
            ),
        ],
    )
    assert series == {}
