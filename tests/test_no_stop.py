"""No single document stops a batch (issue 13, item 4): an unexpected exception while parsing one
file (a fault of mandata, injected here) gives that file's one-line error, the others are parsed,
and the command exits 1: `parse --jsonl` (in this process and in workers), `parse` of one file,
`ingest` (the failure is recorded) and `compare` (the other versions are compared). The
traceback is shown only with `--debug`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from mandata.cli import main
from mandata.model import Document
from mandata.parse import parse_file as real_parse_file


def _failing_on(name: str) -> Any:
    """A parse_file that raises an unexpected KeyError on the file called ``name``."""

    def parse_file(path: Any, *args: Any, **kwargs: Any) -> Document:
        if Path(path).name == name:
            raise KeyError("accueillant")
        return real_parse_file(path, *args, **kwargs)

    return parse_file


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for code in ("en", "fr", "zh"):
        shutil.copy(EXAMPLES / code / "resolution.txt", tmp_path / f"{code}_resolution.txt")
    return tmp_path


@pytest.mark.parametrize("workers", ["1", "2"])
def test_parse_jsonl_goes_on(folder: Path, monkeypatch: pytest.MonkeyPatch, workers: str) -> None:
    monkeypatch.setattr("mandata.batch.parse_file", _failing_on("fr_resolution.txt"))
    result = CliRunner().invoke(main, ["parse", "--jsonl", "--workers", workers, str(folder)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(x["source"]).name for x in lines] == [
        "en_resolution.txt",
        "fr_resolution.txt",
        "zh_resolution.txt",
    ]
    assert set(lines[1]) == {"source", "error"}
    assert lines[1][
        "error"
    ] == "fr_resolution.txt: internal error: KeyError: 'accueillant'".replace(
        "fr_resolution.txt", str(folder / "fr_resolution.txt")
    )
    assert lines[0]["symbol"] == lines[2]["symbol"] == "A/RES/80/123"
    assert "Traceback" not in result.output


def test_debug_shows_the_traceback(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("mandata.batch.parse_file", _failing_on("fr_resolution.txt"))
    args = ["parse", "--jsonl", "--workers", "1", "--debug", str(folder)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "Traceback" in result.stderr and "KeyError: 'accueillant'" in result.stderr


def test_one_file_is_one_line(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("mandata.cli.parse.parse_file", _failing_on("fr_resolution.txt"))
    result = CliRunner().invoke(main, ["parse", str(folder / "fr_resolution.txt")])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert (
        result.stderr.startswith("mandata: error: ") and "internal error: KeyError" in result.stderr
    )


def test_ingest_records_the_failure(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("mandata.registry.ingest.parse_file", _failing_on("fr_resolution.txt"))
    db = str(tmp_path / "registry.db")
    result = CliRunner().invoke(
        main, ["ingest", "--db", db, "--workers", "2", "--json", str(folder)]
    )
    assert result.exit_code == 1
    out = json.loads(result.stdout)
    assert (out["files"], out["added"]) == (3, 2)
    assert [Path(f["source"]).name for f in out["failed"]] == ["fr_resolution.txt"]
    assert "internal error: KeyError: 'accueillant'" in out["failed"][0]["error"]
    listed = CliRunner().invoke(main, ["documents", "--db", db, "--json"])
    assert len(json.loads(listed.stdout)["documents"]) == 2


def test_compare_compares_the_other_versions(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("mandata.cli.compare.parse_file", _failing_on("fr_resolution.txt"))
    files = [str(p) for p in sorted(folder.glob("*.txt"))]
    result = CliRunner().invoke(main, ["compare", "--json", *files])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["languages"] == ["en", "zh"]
    assert "internal error: KeyError" in result.stderr and "Traceback" not in result.stderr
