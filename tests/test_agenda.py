"""Acceptance: the provisional agendas of sessions 79 and 81 that the ga78 and ga80 resolutions
order (rule 13 (c)), against the agenda items of the hand-verified sample
(tests/data/mandates_gold.json), and one item from a request and the resolution on it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from mandata.procedure import status as mandate_status
from mandata.procedure.agenda import provisional_agenda, render
from mandata.registry import queries
from mandata.registry.ingest import ingest
from mandata.registry.store import Registry

GOLD = json.loads((ROOT / "tests" / "data" / "mandates_gold.json").read_text(encoding="utf-8"))


def _norm(title: str | None) -> str:
    return " ".join((title or "").replace("“", "").replace("”", "").split()).casefold()


@pytest.fixture(scope="module")
def registry(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Registry:
    db = tmp_path_factory.mktemp("agenda") / "corpus.db"
    reg = Registry(str(db))
    ingest([corpus / "ga78", corpus / "ga80"], reg, workers=2)
    return reg


def _expected(prefix: str, session: int) -> list[tuple[str, dict[str, object]]]:
    return [
        (case["source"], m)
        for case in GOLD
        if case["source"].startswith(prefix)
        for m in case["mandates"]
        if m["type"] == "agenda_item" and m["session"] == session
    ]


@pytest.mark.parametrize(("prefix", "session"), [("ga80/", 81), ("ga78/", 79)])
def test_agenda_holds_the_hand_verified_items(
    registry: Registry, prefix: str, session: int
) -> None:
    entries = provisional_agenda(registry, session)
    links = queries.draft_links(registry)  # a draft of the sample counts by its resolution
    by_title = {_norm(e.title): e for e in entries}
    expected = _expected(prefix, session)
    assert len(expected) >= 10
    for source, mandate in expected:
        entry = by_title.get(_norm(str(mandate["title"])))
        assert entry is not None, f"{source}: {mandate['title']} missing from agenda {session}"
        symbol = Path(source).stem.replace("_", "/")
        adopted_as = {link["resolution"] for link in links if link["draft"] == symbol}
        assert ({symbol} | adopted_as) & {b["symbol"] for b in entry.basis}, source
        assert _norm(entry.parent) == _norm(mandate.get("parent")), source  # type: ignore[arg-type]
        assert not entry.expected


def test_sub_items_are_grouped_under_their_item(registry: Registry) -> None:
    text = render(81, provisional_agenda(registry, 81))
    assert "General and complete disarmament\n    (a) " in text


REQUEST_AND_RESOLUTION = """United Nations
A/RES/64/256

General Assembly
Distr.: General
10 March 2010

Sixty-fourth session
Agenda item 163

Resolution adopted by the General Assembly on 2 March 2010

[without reference to a Main Committee (A/64/L.45 and Add.1)]

64/256. Cooperation between the United Nations and the Collective Security Treaty Organization

The General Assembly,

Recalling its resolution 59/50 of 2 December 2004, by which it granted observer status to the Collective Security Treaty Organization,

1. Takes note of the activities of the Collective Security Treaty Organization to strengthen regional cooperation;

2. Requests the Secretary-General to submit to the General Assembly at its sixty-fifth session a report on the implementation of the present resolution;

3. Decides to include in the provisional agenda of its sixty-fifth session the sub-item entitled “Cooperation between the United Nations and the Collective Security Treaty Organization”.

71st plenary meeting
2 March 2010
"""


def test_the_request_and_the_resolution_give_one_item(corpus: Path, tmp_path: Path) -> None:
    shutil.copy(corpus / "seed" / "000_26fd981915cedf0e.txt", tmp_path / "seed.txt")
    (tmp_path / "A_RES_64_256.txt").write_text(REQUEST_AND_RESOLUTION, encoding="utf-8")
    with Registry(str(tmp_path / "r.db")) as reg:
        ingest([tmp_path], reg)
        (entry,) = provisional_agenda(reg, 65)
        items = reg.execute("SELECT COUNT(*) AS n FROM items")[0]["n"]
    assert items == 1, "the Arabic draft's item and the English resolution's are one item"
    assert [(b["symbol"], b["paragraph"]) for b in entry.basis] == [("A/RES/64/256", "op3")]
    assert isinstance(entry.basis[0]["document"], int)  # the registry row, for a link
    assert entry.periodicity == "annual"
    # the draft in the request proposes; only the adopted resolution orders the report
    assert entry.reports == [
        {
            "addressee": "un:secretary-general",
            "symbol": "A/RES/64/256",
            "paragraph": "op2",
            "document": entry.basis[0]["document"],
        }
    ]


REPORT = """United Nations
A/82/300

General Assembly
Distr.: General
1 August 2027

Eighty-second session
Item 125 (t) of the provisional agenda

Cooperation between the United Nations and regional and other organizations

Report of the Secretary-General

1. The present report is submitted pursuant to General Assembly resolution 80/123.
"""


def test_a_report_due_is_pending_overdue_or_fulfilled(tmp_path: Path) -> None:
    from conftest import EXAMPLES

    shutil.copy(EXAMPLES / "en" / "resolution.txt", tmp_path / "resolution.txt")
    with Registry(str(tmp_path / "r.db")) as reg:
        ingest([tmp_path / "resolution.txt"], reg)

        def status(current: int) -> list[str | None]:
            rows = mandate_status.mandates(reg, session=82, type="report", current_session=current)
            return [m["status"] for m in rows]

        assert status(81) == ["pending"]
        assert status(83) == ["overdue"]
        (tmp_path / "A_82_300.txt").write_text(REPORT, encoding="utf-8")
        ingest([tmp_path / "A_82_300.txt"], reg)
        assert status(83) == ["fulfilled"], "a report of session 82 titled like the item"


def test_the_life_of_the_csto_item(corpus: Path, tmp_path: Path) -> None:
    """Requested in Arabic in the seed, proposed by its draft, ordered by the resolution: one
    item across languages and documents."""
    from click.testing import CliRunner

    from mandata.cli import main

    shutil.copy(corpus / "seed" / "000_26fd981915cedf0e.txt", tmp_path / "seed.txt")
    (tmp_path / "A_RES_64_256.txt").write_text(REQUEST_AND_RESOLUTION, encoding="utf-8")
    db = str(tmp_path / "r.db")
    with Registry(db) as reg:
        ingest([tmp_path], reg)
    result = CliRunner().invoke(
        main, ["item", "Collective Security Treaty Organization", "--history", "--db", db, "--json"]
    )
    assert result.exit_code == 0, result.output
    (found,) = json.loads(result.output)["items"]
    assert found["key"] == "entities:org:csto"
    events = [(e["session"], e["event"], e["symbol"], e["language"]) for e in found["events"]]
    assert events == [
        (64, "requested", None, "ar"),
        (65, "proposed", None, "ar"),
        (65, "ordered", "A/RES/64/256", "en"),
    ]


def test_an_item_found_by_any_part_of_its_name(corpus: Path, tmp_path: Path) -> None:
    """Part of a title in any language, or of a name of the organization the item is about,
    finds the item; candidates come best first, listed with their sessions (#12 item 6)."""
    from click.testing import CliRunner

    from conftest import EXAMPLES
    from mandata.cli import main

    shutil.copy(corpus / "seed" / "000_26fd981915cedf0e.txt", tmp_path / "seed.txt")
    (tmp_path / "A_RES_64_256.txt").write_text(REQUEST_AND_RESOLUTION, encoding="utf-8")
    db = str(tmp_path / "r.db")
    with Registry(db) as reg:
        ingest([tmp_path, EXAMPLES], reg)

    def keys(query: str) -> list[tuple[str, list[int]]]:
        result = CliRunner().invoke(main, ["item", query, "--db", db, "--json"])
        assert result.exit_code == 0, result.output
        return [(i["key"], i["sessions"]) for i in json.loads(result.output)["items"]]

    csto, eaeu = ("entities:org:csto", [65]), ("entities:org:eaeu", [82])
    assert keys("Collective Security Treaty") == [csto]
    assert keys("Eurasian Economic") == [eaeu]  # the item's first title is Arabic
    assert keys("Union économique eurasienne") == [eaeu]
    assert keys("集体安全") == [csto]  # a name of the CSTO: no Chinese title is stored
    assert keys("ОДКБ") == [csto]
    assert keys("Cooperation between the United Nations") == [eaeu, csto]  # the latest first
    listed = CliRunner().invoke(main, ["item", "cooperation", "--db", db])
    assert listed.exit_code == 0, listed.output
    lines = listed.output.splitlines()
    assert lines[0] == "2 items match 'cooperation', best first:"
    assert lines[1].endswith("(entities:org:eaeu)  sessions 82")
    assert "Eurasian Economic Union" in lines[1] and "sessions 65" in lines[2]


def test_an_item_expected_by_its_rhythm(corpus: Path, tmp_path: Path) -> None:
    """Ordered at session 64 for session 65 (annual): session 66 expects it, flagged."""
    (tmp_path / "A_RES_64_256.txt").write_text(REQUEST_AND_RESOLUTION, encoding="utf-8")
    with Registry(str(tmp_path / "r.db")) as reg:
        ingest([tmp_path], reg)
        (entry,) = provisional_agenda(reg, 66)
        assert provisional_agenda(reg, 67) == []
    assert entry.expected and entry.periodicity == "annual"
    assert [(b["symbol"], b["paragraph"]) for b in entry.basis] == [("A/RES/64/256", "op3")]
    assert isinstance(entry.basis[0]["document"], int)  # the registry row, for a link
    assert "expected by its periodicity" in render(66, [entry])
