"""Series of recurring resolutions, superseded citations and `mandata diff` (#19): on the UN's
own XML of sessions 77 and 78 (the CSTO resolution 77/13 and its predecessors, "Nuclear
disarmament" 77/65 and 78/53), and on resolutions written for the test."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from click.testing import CliRunner

from mandata.cli import main
from mandata.model import Document, Paragraph, Reference, Resolution
from mandata.procedure import review
from mandata.procedure.renewal import align, diff_documents, tokens
from mandata.procedure.versions import agreement, diff_versions
from mandata.registry import queries
from mandata.registry.ingest import ingest
from mandata.registry.series import (
    Member,
    bare_runs,
    merge_parts,
    named_latest,
    periodicity,
    recalled,
)
from mandata.registry.store import Registry
from test_registry import pg_database

CSTO = ["64/256", "65/122", "67/6", "69/12", "71/12", "73/331", "75/276", "77/13"]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def registry(
    request: pytest.FixtureRequest, unxml: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Registry]:
    """Resolution 77/13 in English and the six language versions of 77/65 and 78/53, in each
    database."""
    files = [unxml / "ga/77/en/A_RES_77_13-2226535E.xml"]
    for session, stem in (("77", "A_RES_77_65-2228155"), ("78", "A_RES_78_53-2324488")):
        files += sorted((unxml / "ga" / session).glob(f"*/{stem}?.xml"))
    with ExitStack() as stack:
        if request.param == "sqlite":
            url = str(tmp_path_factory.mktemp("series") / "r.db")
        else:
            url = stack.enter_context(pg_database())
        reg = stack.enter_context(Registry(url))
        assert not ingest(files, reg, workers=1).failed
        yield reg


def test_the_csto_series_from_the_predecessors_its_preamble_recalls(registry: Registry) -> None:
    (found,) = review.find_series(registry, "77/13")
    timeline = review.series_timeline(registry, int(found["id"]))
    assert timeline is not None
    assert [m["symbol"] for m in timeline["members"]] == [f"A/RES/{n}" for n in CSTO]
    assert timeline["periodicity"] == "biennial"
    last = timeline["members"][-1]
    assert last["stored"] and not timeline["members"][0]["stored"]
    assert timeline["members"][0]["date"] == "2010-03-02"
    kinds = {(o["type"], o["session"]) for o in last["ordered"]}
    assert kinds == {("report", 79), ("agenda_item", 79)}
    assert last["vote"]["outcome"] == "adoptedRecordedVote" and len(last["sponsors"]) == 6


def test_two_stored_resolutions_with_one_title_are_one_series(registry: Registry) -> None:
    (found,) = review.find_series(registry, "78/53")
    assert found["title"] == "Nuclear disarmament" and found["periodicity"] == "annual"
    timeline = review.series_timeline(registry, int(found["id"]))
    assert timeline is not None
    symbols = [m["symbol"] for m in timeline["members"]]
    assert symbols[-2:] == ["A/RES/77/65", "A/RES/78/53"]
    assert review.find_series(registry, "nuclear disarmament")[0]["id"] == found["id"]


def test_a_citation_of_a_replaced_resolution_is_flagged(registry: Registry) -> None:
    cites = {r["target"]: r for r in queries.refs(registry, "A/RES/78/53")["cites"]}
    assert cites["A/RES/76/46"]["superseded_by"] == "A/RES/77/65"
    assert cites["A/RES/77/65"]["superseded_by"] is None
    cites = {r["target"]: r for r in queries.refs(registry, "A/RES/77/13")["cites"]}
    assert cites["A/RES/64/256"]["superseded_by"] == "A/RES/75/276"
    assert cites["A/RES/59/50"]["superseded_by"] is None  # observer status: no series


def test_the_diff_of_two_years_aligns_alike_in_six_languages(registry: Registry) -> None:
    result = review.diff_symbols(registry, "77/65", "78/53")
    assert result is not None and result["language"] == "en"
    assert result["languages"] == {c: True for c in ("ar", "en", "es", "fr", "ru", "zh")}
    changed = [p for p in result["paragraphs"] if p["status"] == "changed"]
    assert changed and all(any(op != "=" for op, _ in p["words"]) for p in changed)
    out = CliRunner().invoke(main, ["diff", "77/65", "78/53", "--db", registry.url, "--json"])
    assert out.exit_code == 0 and json.loads(out.output)["summary"] == result["summary"]


def test_an_entitys_mandates(registry: Registry) -> None:
    found = review.entity_mandates(registry, "un:secretary-general")
    assert found["by_type"]["report"] >= 3 and found["by_session"]["79"] >= 1
    assert [m["source"]["session"] for m in found["oldest"]][:1] == [77]
    renewed = {(g["title"], g["type"]): g["times"] for g in found["most_renewed"]}
    assert renewed[("Nuclear disarmament", "report")] == 2
    assert {"entity": "un:secretary-general", "mandates": found["total"]} in [
        {"entity": e["entity"], "mandates": e["mandates"]} for e in review.entities(registry)
    ]


def _doc(symbol: str, session: int, operative: list[str]) -> Document:
    ops = [
        Paragraph(kind="operative", text=t, id=f"op{k}", number=str(k))
        for k, t in enumerate(operative, start=1)
    ]
    res = Resolution(number=symbol, operative=ops)
    return Document(symbol=symbol, session=session, language="en", resolutions=[res])


def test_added_removed_and_changed_paragraphs_and_words() -> None:
    old = _doc(
        "A/RES/79/1",
        79,
        [
            "Welcomes the cooperation between the two organizations;",
            "Requests the Secretary-General to submit a report at its eighty-first session;",
            "Decides to remain seized of the matter.",
        ],
    )
    new = _doc(
        "A/RES/81/1",
        81,
        [
            "Welcomes the close cooperation between the two organizations;",
            "Encourages both organizations to meet regularly;",
            "Requests the Secretary-General to submit a report at its eighty-third session;",
        ],
    )
    result = diff_documents(old, new)
    statuses = [(p["status"], p["old"], p["new"]) for p in result["paragraphs"]]
    assert statuses == [
        ("changed", "op1", "op1"),
        ("added", None, "op2"),
        ("changed", "op2", "op3"),
        ("removed", "op3", None),
    ]
    assert ["+", "close"] in result["paragraphs"][0]["words"]


def test_alignment_keeps_the_order_and_a_threshold() -> None:
    a = [tokens("alpha beta gamma delta"), tokens("one two three four")]
    b = [tokens("one two three four five"), tokens("zeta eta theta iota")]
    assert align(a, b) == [(0, None, 0.0), (1, 0, pytest.approx(0.888, abs=0.01)), (None, 1, 0.0)]


def test_recalled_predecessors_end_at_the_title_and_stop_at_another_subject() -> None:
    text = (
        "Recalling its resolutions 76/41 of 6 December 2021 on regional disarmament, 75/63 of "
        "7 December 2020 and 76/46 of 6 December 2021 on nuclear disarmament,"
    )
    refs = [
        Reference("ga_resolution", f"A/RES/{n}", None, "pp1", n)
        for n in ("76/41", "75/63", "76/46")
    ]
    res = Resolution(preamble=[Paragraph(kind="preambular", text=text, id="pp1")])
    doc = Document(language="en", resolutions=[res], references=refs)
    assert [s for s, _ in recalled(doc.to_dict(), "Nuclear disarmament")] == [
        "A/RES/76/46",
        "A/RES/75/63",
    ]


@pytest.mark.parametrize(
    ("code", "text", "title"),
    [
        (
            "en",
            "Recalling its resolution 52/4 of 16 October 1997 and all its subsequent resolutions "
            "on cooperation between the United Nations and the Pacific Forum, including its "
            "resolution 78/7 of 3 November 2023,",
            "Cooperation between the United Nations and the Pacific Forum",
        ),
        (
            "fr",
            "Rappelant sa résolution 52/4 du 16 octobre 1997 et toutes ses résolutions ultérieures "
            "sur la coopération entre l’Organisation des Nations Unies et le Forum du Pacifique, "
            "notamment la résolution 78/7 du 3 novembre 2023,",
            "Coopération entre l’Organisation des Nations Unies et le Forum du Pacifique",
        ),
        (
            "es",
            "Recordando su resolución 52/4, de 16 de octubre de 1997, y todas sus resoluciones "
            "posteriores relativas a la cooperación entre las Naciones Unidas y el Foro del "
            "Pacífico, incluida su resolución 78/7, de 3 de noviembre de 2023,",
            "Cooperación entre las Naciones Unidas y el Foro del Pacífico",
        ),
    ],
)
def test_the_first_resolution_and_all_its_subsequent_ones(code: str, text: str, title: str) -> None:
    """ "Its resolution 52/4 ... and all its subsequent resolutions on <title>": 52/4 began the
    series."""
    refs = [Reference("ga_resolution", f"A/RES/{n}", None, "pp1", n) for n in ("52/4", "78/7")]
    res = Resolution(preamble=[Paragraph(kind="preambular", text=text, id="pp1")])
    doc = Document(language=code, resolutions=[res], references=refs)
    found = [s for s, _ in recalled(doc.to_dict(), title)]
    assert "A/RES/52/4" in found, code


def test_periodicity_from_the_gaps() -> None:
    members = [Member(f"A/RES/{s}/1", s) for s in (71, 73, 75, 77, 79)]
    assert periodicity(members) == "biennial"
    assert periodicity(members[:1]) is None


def test_the_migration_adds_the_series_tables_to_an_older_registry(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine, inspect

    from mandata.registry import migrate

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        config = migrate._config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0002_provenance")
        connection.exec_driver_sql("DROP TABLE series_members")  # as 0001 left them before #19
        connection.exec_driver_sql("DROP TABLE series")
    assert not inspect(engine).has_table("series")
    with Registry(url) as reg:
        assert inspect(reg.engine).has_table("series")
        assert inspect(reg.engine).has_table("series_members")
        assert reg.execute("SELECT COUNT(*) AS n FROM series") == [{"n": 0}]


def test_a_paragraph_moved_elsewhere_is_one_pair() -> None:
    old = _doc(
        "A/RES/79/2",
        79,
        [
            "Welcomes the memorandum of understanding signed between the two secretariats;",
            "Encourages both organizations to meet regularly;",
            "Decides to remain seized of the matter.",
        ],
    )
    new = _doc(
        "A/RES/81/2",
        81,
        [
            "Encourages both organizations to meet regularly;",
            "Decides to remain seized of the matter;",
            "Welcomes the memorandum of understanding signed between the two secretariats in 2025;",
        ],
    )
    result = diff_documents(old, new)
    statuses = [(p["status"], p["old"], p["new"]) for p in result["paragraphs"]]
    assert ("moved", "op1", "op3") in statuses
    assert result["summary"]["added"] == result["summary"]["removed"] == 0
    moved = next(p for p in result["paragraphs"] if p["status"] == "moved")
    assert ["+", "in 2025"] in moved["words"]


def _version(symbol: str, language: str, operative: list[str]) -> Document:
    doc = _doc(symbol, int(symbol.split("/")[2]), operative)
    doc.language = language
    return doc


_EN_OLD = [
    "Welcomes the cooperation between the two organizations;",
    "Endorses the decision of the Committee to grant observer status to the Association for "
    "the Development of Research;",
    "Decides to remain seized of the matter.",
]
_EN_NEW = [
    _EN_OLD[0],
    "Endorses the decision of the Committee to grant observer status to the European "
    "Astronomical Society;",
    _EN_OLD[2],
]
_FR_OLD = [
    "Se félicite de la coopération entre les deux organisations;",
    "Approuve la décision du Comité d’accorder le statut d’observateur à l’Association pour le "
    "développement de la recherche;",
    "Décide de rester saisie de la question.",
]
_FR_NEW = [
    _FR_OLD[0],
    "Fait sienne la décision prise par le Comité d’octroyer à la Société européenne "
    "d’astronomie le statut d’observateur;",
    _FR_OLD[2],
]


def test_the_language_versions_share_one_alignment() -> None:
    """The rewritten paragraph is alike enough in English, not in French: aligned on the two
    versions' words together, both pair it, and the French says its words alone would not."""
    versions = {
        "en": (_version("A/RES/79/3", "en", _EN_OLD), _version("A/RES/81/3", "en", _EN_NEW)),
        "fr": (_version("A/RES/79/3", "fr", _FR_OLD), _version("A/RES/81/3", "fr", _FR_NEW)),
    }
    alone = {c: diff_documents(a, b) for c, (a, b) in versions.items()}
    assert alone["en"]["summary"]["changed"] == 1 and alone["fr"]["summary"]["added"] == 1
    results = diff_versions(versions, "en")
    for code in ("en", "fr"):
        statuses = [(p["status"], p["old"], p["new"]) for p in results[code]["paragraphs"]]
        assert statuses[1] == ("changed", "op2", "op2"), code
    assert results["en"]["own_alignment_agrees"] and not results["fr"]["own_alignment_agrees"]
    assert agreement(results, versions, "en") == {"en": True, "fr": True}


def test_a_version_whose_markup_splits_a_paragraph_keeps_the_others_numbers() -> None:
    """The French markup cuts the last paragraph in two (the second half unnumbered): the
    paragraphs are found by their numbers, the extra half stays alone."""
    old = _version("A/RES/79/3", "fr", [*_FR_OLD[:2], "Décide de rester", "saisie de la question."])
    old.resolutions[0].operative[3].number = None
    versions = {
        "en": (_version("A/RES/79/3", "en", _EN_OLD), _version("A/RES/81/3", "en", _EN_NEW)),
        "fr": (old, _version("A/RES/81/3", "fr", _FR_NEW)),
    }
    results = diff_versions(versions, "en")
    fr = [(p["old"], p["new"]) for p in results["fr"]["paragraphs"]]
    assert fr[:2] == [("op1", "op1"), ("op2", "op2")] and ("op4", None) in fr
    assert results["fr"]["aligned_by"] == "all"


def test_a_citation_of_the_whole_of_a_part_is_the_part() -> None:
    group = {
        "A/RES/55/33": Member("A/RES/55/33", 55, None, basis="recalled"),
        "A/RES/55/33 T": Member("A/RES/55/33 T", 55, "2000-11-20", basis="recalled"),
        "A/RES/56/24": Member("A/RES/56/24", 56, None, basis="recalled"),
        "A/RES/57/79": Member("A/RES/57/79", 57, None, "Nuclear disarmament", True),
    }
    merge_parts(group)
    assert sorted(group) == ["A/RES/55/33 T", "A/RES/56/24", "A/RES/57/79"]


@pytest.mark.parametrize(
    ("code", "text", "title"),
    [
        (
            "en",
            "Recalling its resolution 79/5 of 4 December 2024 and its previous resolutions on "
            "safety of widgets,",
            "Safety of widgets",
        ),
        (
            "en",  # a footnote number read into the line, glued to "on"
            "Recalling its resolution 79/5 of 4 December 2024 and all previous resolutions 3on "
            "the safety of widgets,",
            "Safety of widgets",
        ),
        (
            "fr",
            "Rappelant sa résolution 79/5 du 4 décembre 2024 et ses résolutions antérieures sur "
            "la sécurité des gadgets,",
            "Sécurité des gadgets",
        ),
        (
            "es",
            "Recordando su resolución 79/5, de 4 de diciembre de 2024, y sus resoluciones "
            "anteriores sobre la seguridad de los artilugios,",
            "Seguridad de los artilugios",
        ),
    ],
)
def test_the_last_resolution_and_its_previous_ones(code: str, text: str, title: str) -> None:
    """ "Its resolution 79/5 ... and its previous resolutions on <title>": 79/5 is the
    predecessor, though five words stand between it and the title."""
    refs = [Reference("ga_resolution", "A/RES/79/5", None, "pp1", "79/5")]
    res = Resolution(preamble=[Paragraph(kind="preambular", text=text, id="pp1")])
    doc = Document(language=code, resolutions=[res], references=refs)
    assert [s for s, _ in recalled(doc.to_dict(), title)] == ["A/RES/79/5"], code


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "Recalling all its previous resolutions on the subject, the most recent of which was "
            "resolution 79/5 of 4 December 2024, and recalling also 70/1 of 25 September 2015,",
        ),
        (
            "en",
            "Recalling its resolution 79/5 of 4 December 2024 and all its previous relevant resolutions,",
        ),
        (
            "en",
            "Recalling its resolution 79/5 of 4 December 2024 and all previous relevant resolutions,",
        ),
        (
            "en",
            "Recalling all of its previous resolutions on the subject, including resolution 79/5 "
            "of 4 December 2024, and 70/1 of 25 September 2015,",
        ),
        (
            "fr",
            "Rappelant toutes ses résolutions antérieures sur la question, dont la plus récente est "
            "la résolution 79/5 du 4 décembre 2024, et rappelant aussi la résolution 70/1,",
        ),
        (
            "fr",
            "Rappelant sa résolution 79/5 du 4 décembre 2024 et toutes ses résolutions antérieures pertinentes,",
        ),
        (
            "es",
            "Recordando todas sus resoluciones anteriores sobre la cuestión, la más reciente de las "
            "cuales es la resolución 79/5, de 4 de diciembre de 2024, y recordando también la 70/1,",
        ),
        (
            "es",
            "Recordando su resolución 79/5, de 4 de diciembre de 2024, y todas sus resoluciones anteriores pertinentes,",
        ),
    ],
)
def test_the_latest_of_its_previous_resolutions_named_without_a_title(code: str, text: str) -> None:
    """The predecessor named as the latest of the Assembly's own previous resolutions, not the
    other resolution of the paragraph."""
    refs = [
        Reference("ga_resolution", f"A/RES/{n}", None, "pp1", n)
        for n in ("79/5", "70/1")
        if n in text
    ]
    res = Resolution(preamble=[Paragraph(kind="preambular", text=text, id="pp1")])
    doc = Document(language=code, resolutions=[res], references=refs)
    assert [s for s, _ in named_latest(doc.to_dict())] == ["A/RES/79/5"], code


def test_a_resolution_recalled_with_another_subject_is_not_named_latest() -> None:
    text = "Recalling its resolution 79/5 of 4 December 2024 on the safety of widgets and all its previous relevant resolutions,"
    refs = [Reference("ga_resolution", "A/RES/79/5", None, "pp1", "79/5")]
    res = Resolution(preamble=[Paragraph(kind="preambular", text=text, id="pp1")])
    doc = Document(language="en", resolutions=[res], references=refs)
    assert named_latest(doc.to_dict()) == []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "Recalling its resolutions 72/7 of 4 December 2017, 74/7 of 5 December 2019 and 76/7 "
            "of 6 December 2021,",
        ),
        (
            "fr",
            "Rappelant ses résolutions 72/7 du 4 décembre 2017, 74/7 du 5 décembre 2019 et 76/7 "
            "du 6 décembre 2021,",
        ),
        (
            "es",
            "Recordando sus resoluciones 72/7, de 4 de diciembre de 2017, 74/7, de 5 de diciembre "
            "de 2019, y 76/7, de 6 de diciembre de 2021,",
        ),
    ],
)
def test_a_paragraph_that_is_nothing_but_a_run(code: str, text: str) -> None:
    """A list alone is a bare run; with a subject of its own it is not."""
    refs = [
        Reference("ga_resolution", f"A/RES/{n}", None, "pp1", n) for n in ("72/7", "74/7", "76/7")
    ]
    subject = {"en": " on widgets", "fr": " sur les gadgets", "es": " sobre los artilugios"}[code]
    for paragraph, runs in ((text, 1), (text.removesuffix(",") + subject + ",", 0)):
        res = Resolution(preamble=[Paragraph(kind="preambular", text=paragraph, id="pp1")])
        doc = Document(language=code, resolutions=[res], references=refs)
        assert len(bare_runs(doc.to_dict())) == runs, (code, paragraph)
