"""The scan package: date reading shared by the segment and analyze stages, below both."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from mandata.scan.dates import all_dates, find_dates, impossible_dates, parse_date

SRC = Path(__file__).resolve().parents[1] / "src" / "mandata"


def _imports(folder: str) -> set[str]:
    out: set[str] = set()
    for path in (SRC / folder).glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                out.add(node.module)
            elif isinstance(node, ast.Import):
                out.update(alias.name for alias in node.names)
    return out


def test_segment_does_not_import_the_analysis() -> None:
    assert not {m for m in _imports("segment") if m.startswith("mandata.analyze")}


def test_scan_imports_neither_stage() -> None:
    stages = ("mandata.segment", "mandata.analyze", "mandata.parse")
    assert not {m for m in _imports("scan") if m.startswith(stages)}


@pytest.mark.parametrize(
    ("text", "code", "valid", "impossible"),
    [
        (
            "resolution 59/50 of 2 December 2004 and the meeting of 31 February 2024",
            "en",
            ["2004-12-02"],
            ["31 February 2024"],
        ),
        (
            "la résolution 59/50 du 2 décembre 2004, adoptée le 30 février 2005",
            "fr",
            ["2004-12-02"],
            ["30 février 2005"],
        ),
        ("2014年7月28日至12月3日举行的会议", "zh", ["2014-12-03"], []),
    ],
)
def test_the_readers_of_one_text_agree(
    text: str, code: str, valid: list[str], impossible: list[str]
) -> None:
    """Every reader of a text's dates gives what one scan of it finds, asked in any order
    and again."""
    for _ in range(2):
        assert impossible_dates(text, code) == impossible
        assert [d.isoformat() for _, d in find_dates(text, code)] == valid
        assert [d.isoformat() for _, d in all_dates(text, code)] == valid
        assert parse_date(text, code) == (valid[0] if valid else None)
