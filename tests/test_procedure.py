"""The procedure engine's calendar (rule 1) and request checks (rules 13 (c), 14, 15, 20)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from mandata.cli import main
from mandata.parse import parse_file
from mandata.procedure.calendar import opening
from mandata.procedure.checks import check_request
from mandata.procedure.openings import fixed_openings
from mandata.registry.ingest import ingest
from mandata.registry.store import Registry

PUBLISHED = {
    64: "2009-09-15",
    72: "2017-09-12",
    73: "2018-09-18",
    74: "2019-09-17",
    75: "2020-09-15",
    76: "2021-09-14",
    77: "2022-09-13",
    78: "2023-09-12",
    79: "2024-09-17",
    80: "2025-09-16",
    81: "2026-09-15",
}


@pytest.mark.parametrize(("session", "date"), sorted(PUBLISHED.items()))
def test_rule_1_gives_the_published_openings(session: int, date: str) -> None:
    assert opening(session).opening.isoformat() == date
    assert opening(session).basis == "rule 1"


def test_the_53rd_session_opened_on_a_date_the_assembly_fixed() -> None:
    fixed = opening(53)
    assert fixed.opening == dt.date(1998, 9, 9) and fixed.basis == "fixed by A/RES/52/232"


DECISION = """United Nations
A/RES/89/301

General Assembly
Distr.: General
20 June 2035

Eighty-ninth session
Agenda item 120

Resolution adopted by the General Assembly on 19 June 2035

[without reference to a Main Committee (A/89/L.90)]

89/301. Opening date of the ninetieth session of the General Assembly

The General Assembly,

Recalling rule 1 of its rules of procedure,

Decides that the ninetieth session of the General Assembly shall open on Wednesday, 12 September 2035.

100th plenary meeting
19 June 2035
"""


def test_the_registry_extends_the_fixed_openings(tmp_path: Path) -> None:
    (tmp_path / "A_RES_89_301.txt").write_text(DECISION, encoding="utf-8")
    with Registry(str(tmp_path / "r.db")) as registry:
        ingest([tmp_path / "A_RES_89_301.txt"], registry)
        fixed = fixed_openings(registry)
    assert fixed == {90: (dt.date(2035, 9, 12), "A/RES/89/301")}
    assert opening(90).opening == dt.date(2035, 9, 18)  # rule 1 alone: 1 September is a Saturday
    assert opening(90, fixed).opening == dt.date(2035, 9, 12)
    result = CliRunner().invoke(main, ["session", "90", "--db", str(tmp_path / "r.db"), "--json"])
    assert json.loads(result.output)["opening"] == "2035-09-12"


def test_a_registry_made_before_the_stored_openings_gets_them(tmp_path: Path) -> None:
    """A registry at 0005_indexes (no ``opens_session``, ``opens_on``) is migrated on open and
    the facts are read from the paragraphs it holds: the same openings as a new registry."""
    from alembic import command
    from sqlalchemy import create_engine, inspect

    from mandata.registry import migrate

    (tmp_path / "A_RES_89_301.txt").write_text(DECISION, encoding="utf-8")
    (tmp_path / "A_RES_52_232.txt").write_text(A_RES_52_232, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with Registry(url) as registry:
        ingest(sorted(tmp_path.glob("*.txt")), registry)
        new = fixed_openings(registry)
        stored = registry.execute("SELECT COUNT(*) AS n FROM paragraphs")[0]["n"]
    engine = create_engine(url)
    with engine.begin() as connection:
        config = migrate._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0005_indexes")  # as main left it before #16
    assert "opens_on" not in {c["name"] for c in inspect(engine).get_columns("paragraphs")}
    engine.dispose()
    with Registry(url) as registry:
        assert (
            fixed_openings(registry)
            == new
            == {
                90: (dt.date(2035, 9, 12), "A/RES/89/301"),
                53: (dt.date(1998, 9, 9), "A/RES/52/232"),
            }
        )
        assert registry.execute("SELECT COUNT(*) AS n FROM paragraphs")[0]["n"] == stored
        assert registry.execute("SELECT version_num FROM alembic_version") == [
            {"version_num": migrate.head()}
        ]


def test_the_seed_meets_rules_14_and_20(corpus: Path) -> None:
    result = check_request(parse_file(corpus / "seed" / "000_26fd981915cedf0e.txt"))
    assert result.ok and result.rule == 14 and result.session == 64
    assert (result.opening, result.letter_date, result.days_before_opening) == (
        "2009-09-15",
        "2009-07-14",
        63,
    )
    assert [c.rule for c in result.checks] == [14, 20, 20]
    assert all(str(c.rule) in c.message for c in result.checks)


def test_the_seed_dated_1_september_falls_under_rule_15(corpus: Path, tmp_path: Path) -> None:
    text = (corpus / "seed" / "000_26fd981915cedf0e.txt").read_text(encoding="utf-8")
    late = tmp_path / "late.txt"
    late.write_text(text.replace("١٤ تموز/يوليه ٢٠٠٩", "١ أيلول/سبتمبر ٢٠٠٩"), encoding="utf-8")
    result = check_request(parse_file(late))
    assert result.rule == 15 and result.days_before_opening == 14
    (timing,) = [c for c in result.checks if c.rule == 15]
    assert "important and urgent" in timing.message and "two-thirds" in timing.message


def test_check_command_exit_codes(tmp_path: Path, corpus: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(main, ["check", str(corpus / "seed" / "000_26fd981915cedf0e.txt"), "--json"])
    assert ok.exit_code == 0 and json.loads(ok.output)["rule"] == 14
    not_a_request = runner.invoke(main, ["check", str(EXAMPLES / "en" / "resolution.txt")])
    assert not_a_request.exit_code == 1
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    unreadable = runner.invoke(main, ["check", str(empty)])
    assert unreadable.exit_code == 2 and unreadable.stderr.startswith("mandata: error:")


def test_an_item_already_ordered_for_that_session_is_reported(tmp_path: Path) -> None:
    """The example resolution puts the Eurasian Economic Union item on the 82nd session's
    agenda (rule 13 (c)); a request for the same item at that session is needless."""
    shutil.copy(EXAMPLES / "en" / "resolution.txt", tmp_path / "resolution.txt")
    letter = (EXAMPLES / "en" / "request_letter.txt").read_text(encoding="utf-8")
    for old, new in (("Eightieth session", "Eighty-second session"), ("2025", "2027")):
        letter = letter.replace(old, new)
    (tmp_path / "letter.txt").write_text(letter, encoding="utf-8")
    db = str(tmp_path / "r.db")
    with Registry(db) as registry:
        ingest([tmp_path / "resolution.txt"], registry)
    result = CliRunner().invoke(main, ["check", str(tmp_path / "letter.txt"), "--db", db, "--json"])
    out = json.loads(result.output)
    assert result.exit_code == 1 and out["rule"] == 14 and out["session"] == 82
    (conflict,) = [c for c in out["checks"] if not c["ok"]]
    assert conflict["rule"] == "13(c)" and "A/RES/80/123" in conflict["message"]


A_RES_52_232 = """United Nations
A/RES/52/232

General Assembly
Distr.: General
10 July 1998

Fifty-second session
Agenda item 11

Resolution adopted by the General Assembly on 4 June 1998

[without reference to a Main Committee (A/52/L.75)]

52/232. Opening date of the fifty-third session of the General Assembly

The General Assembly,

Decides that the fifty-third session of the General Assembly shall open on Wednesday, 9 September 1998.

89th plenary meeting
4 June 1998
"""


def test_the_53rd_opening_from_resolution_52_232_in_the_registry(tmp_path: Path) -> None:
    """A text written for this test in the manner of resolution 52/232."""
    (tmp_path / "A_RES_52_232.txt").write_text(A_RES_52_232, encoding="utf-8")
    with Registry(str(tmp_path / "r.db")) as registry:
        ingest([tmp_path / "A_RES_52_232.txt"], registry)
        fixed = fixed_openings(registry)
    assert fixed == {53: (dt.date(1998, 9, 9), "A/RES/52/232")}
    assert opening(53, fixed).to_dict() == {
        "session": 53,
        "opening": "1998-09-09",
        "year": 1998,
        "basis": "fixed by A/RES/52/232",
    }
    assert opening(53, {}).opening == dt.date(1998, 9, 9), "the built-in table knows it too"
