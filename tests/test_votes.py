"""Votes and sponsors (#19 item 6): R data files of roll calls read without R, stored for
resolutions the registry does not hold, and shown with the votes the UN XML records, in the
CLI, the API and on the series timeline."""

from __future__ import annotations

import gzip
import json
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from mandata.cli import main
from mandata.errors import MandataError
from mandata.read.rdata import read_rdata, table
from mandata.registry.store import Registry
from mandata.registry.votes import import_roll_calls, resolution_of, votes_of
from test_registry import pg_database

# --- a small R data file, serialized here as R writes one (XDR, format version 3) ---


def _i(*values: int) -> bytes:
    return struct.pack(f">{len(values)}i", *values)


def _chars(text: str | None) -> bytes:
    if text is None:
        return _i(0x9, -1)
    raw = text.encode()
    return _i(0x40009, len(raw)) + raw


def _attrs(pairs: list[tuple[str, bytes]]) -> bytes:
    out = b""
    for name, value in pairs:  # a pairlist node with a tag: the tag is a symbol
        out += _i(0x402) + _i(1) + _chars(name) + value
    return out + _i(254)


def _strings(*values: str | None, attrs: bytes = b"") -> bytes:
    return _i(16 | (0x200 if attrs else 0), len(values)) + b"".join(map(_chars, values)) + attrs


def _ints(*values: int | None, attrs: bytes = b"") -> bytes:
    raw = [-(2**31) if v is None else v for v in values]
    return _i(13 | (0x200 if attrs else 0), len(raw)) + _i(*raw) + attrs


def _reals(*values: float, attrs: bytes = b"") -> bytes:
    head = _i(14 | (0x200 if attrs else 0), len(values))
    return head + struct.pack(f">{len(values)}d", *values) + attrs


def _frame(columns: dict[str, bytes], n: int) -> bytes:
    attrs = _attrs(
        [
            ("names", _strings(*columns)),
            ("class", _strings("data.frame")),
            ("row.names", _ints(None, -n)),
        ]
    )
    return _i(0x213, len(columns)) + b"".join(columns.values()) + attrs


def _rda(path: Path, objects: dict[str, bytes]) -> Path:
    body = b"RDX3\nX\n" + _i(3, 0x40200, 0x30500) + _i(5) + b"UTF-8"
    body += _attrs(list(objects.items()))
    path.write_bytes(gzip.compress(body))
    return path


def _roll_calls(folder: Path) -> list[Path]:
    days = 14_000.0  # 2008-05-01
    calls = _frame(
        {
            "rcid": _ints(11, 12, 13),
            "session": _reals(62.0, 62.0, 5.0),
            "date": _reals(days, days, -5000.0, attrs=_attrs([("class", _strings("Date"))])),
            "unres": _strings("R/62/277", "R/62/277", "R/5/399A"),
            "amend": _ints(0, 1, None),
            "short": _strings("Made-up title ", None, "An early one"),
        },
        3,
    )
    factor = _attrs(
        [("levels", _strings("Human rights", "Colonialism")), ("class", _strings("factor"))]
    )
    issues = _frame({"rcid": _ints(11, 13), "issue": _ints(2, 1, attrs=factor)}, 2)
    return [
        _rda(folder / "calls.rda", {"un_roll_calls": calls}),
        _rda(folder / "issues.rda", {"un_roll_call_issues": issues}),
    ]


def test_an_r_data_table_is_read_with_its_dates_factors_and_missing_values(tmp_path: Path) -> None:
    calls, issues = _roll_calls(tmp_path)
    rows = table(read_rdata(calls)["un_roll_calls"])
    assert [r["rcid"] for r in rows] == [11, 12, 13]
    assert rows[0]["date"] == "2008-05-01" and rows[2]["date"] == "1956-04-24"
    assert rows[1]["short"] is None and rows[2]["amend"] is None
    assert [r["issue"] for r in table(read_rdata(issues)["un_roll_call_issues"])] == [
        "Colonialism",
        "Human rights",
    ]


def test_what_is_not_r_data_is_one_error(tmp_path: Path) -> None:
    bad = tmp_path / "x.rda"
    bad.write_bytes(gzip.compress(b"RDX3\nA\nnot xdr"))
    with pytest.raises(MandataError, match="not R data"):
        read_rdata(bad)


def test_the_datasets_resolution_numbers_as_symbols() -> None:
    assert resolution_of("R/54/175", 54) == "A/RES/54/175"
    assert resolution_of("A/RES/74/19", 74) == "A/RES/74/19"
    assert resolution_of("R/33/12A", 33) == "A/RES/33/12 A"
    assert resolution_of("R/1/66", 1) == "A/RES/66(I)"
    assert resolution_of("R/14/1514", 15) == "A/RES/1514(XV)"
    assert resolution_of("ESS/10/2", 51) == "A/RES/ES-10/2"
    assert resolution_of("A/RES/ES-10/19", 72) == "A/RES/ES-10/19"
    assert resolution_of("R/42/70/A", 42) == "A/RES/42/70 A"
    assert resolution_of("R/33/116A/IV", 33) == "A/RES/33/116 A"
    assert resolution_of("R/31/208/I", 31) == "A/RES/31/208"
    assert resolution_of("", None) is None


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "r.db")
    else:
        with pg_database() as url:
            yield url


def test_roll_calls_stored_and_shown_with_the_vote_of_the_document(db: str, tmp_path: Path) -> None:
    files = _roll_calls(tmp_path)
    with Registry(db) as registry:
        assert import_roll_calls(registry, files, "test") == 3
        assert import_roll_calls(registry, files, "test") == 3  # replaces, does not add
        found = votes_of(registry, "A/RES/62/277")
    assert [(r["roll_call"], r["part"], r["issues"]) for r in found["roll_calls"]] == [
        (11, None, ["Colonialism"]),
        (12, "amendment", []),
    ]
    assert found["vote"] is None and found["roll_calls"][0]["title"] == "Made-up title"
    out = CliRunner().invoke(main, ["votes", "62/277", "--db", db, "--json"])
    assert out.exit_code == 0 and json.loads(out.output)["roll_calls"][1]["roll_call"] == 12
    out = CliRunner().invoke(main, ["votes", "import", str(tmp_path / "none.rda"), "--db", db])
    assert out.exit_code == 1 and "Traceback" not in out.output


def test_the_corpus_roll_calls(corpus: Path, tmp_path: Path) -> None:
    folder = corpus / "votes" / "data"
    if not (folder / "un_roll_calls.rda").exists():
        pytest.skip(f"no roll calls at {folder}")
    with Registry(str(tmp_path / "r.db")) as registry:
        n = import_roll_calls(registry, sorted(folder.glob("*.rda")), "unvotes")
        rows = registry.execute("SELECT symbol, issues FROM votes")
    symbols = {r["symbol"] for r in rows}
    assert n == len(rows) > 5000
    assert all(s.startswith("A/RES/") for s in symbols)
    assert sum(json.loads(r["issues"]) != [] for r in rows) > len(rows) / 2
