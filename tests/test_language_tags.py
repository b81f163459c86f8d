"""The language a file name gives, and ``--lang`` lists (issue #12, item 4).

A tag in the name (``-EN``, ``_en``, ``.en.``, ``(en)``, the UN's job-number letter
``-2421660E``) wins over detection, which is unsure on short texts: the English "Sendai, Japan,
14-18 March 2015" reads as French, and ``mandata compare`` of six such files refused to run.
Where detection disagrees with the tag, a warning says so. ``--lang`` takes one code per path for
``parse``, ``ingest`` and ``compare``.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mandata.cli import main
from mandata.langid import detect_language

# The same line in the six languages, written for these tests: place and dates, nothing else.
SENDAI = {
    "ar": "سنداي، اليابان، ١٤-١٨ آذار/مارس ٢٠١٥",
    "en": "Sendai, Japan, 14-18 March 2015",
    "es": "Sendai (Japón), 14 a 18 de marzo de 2015",
    "fr": "Sendai (Japon), 14-18 mars 2015",
    "ru": "Сендай, Япония, 14–18 марта 2015 года",
    "zh": "2015年3月14日至18日，日本仙台",
}
# Each tagged another way.
TAGGED = {
    "ar": "sendai-AR.txt",
    "en": "sendai_en.txt",
    "es": "sendai.es.txt",
    "fr": "sendai (fr).txt",
    "ru": "A_CONF.224_CRP.1-1504321R.txt",
    "zh": "A_CONF.224_CRP.1-ZH.txt",
}


def invoke(args: list[str]) -> Result:
    return CliRunner().invoke(main, args)


def write_six(folder: Path, texts: dict[str, str], names: dict[str, str]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for code, text in texts.items():
        path = folder / names[code]
        path.write_text(text + "\n", "utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("report-EN.txt", "en"),
        ("report_en.docx", "en"),
        ("report.fr.txt", "fr"),
        ("report (es).html", "es"),
        ("ru.txt", "ru"),
        ("A_RES_78_10-2323443E.xml", "en"),
        ("A_RES_78_10-2323443C.xml", "zh"),
        ("A_RES_78_10-2323443A.xml", "ar"),
        ("A_RES_78_10-2323443S.xml", "es"),
        ("A_RES_78_10-2323443F.xml", "fr"),
        ("N2342142R.pdf", "ru"),
        ("A_RES_78_1-ZH.pdf", "zh"),
        ("guide-en-ligne.txt", None),  # French words, not a tag at the end
        ("A_ES-10_L.22.txt", None),  # an emergency special session, not Spanish
        ("A_RES_ES-10_24.txt", None),
        ("report_de.txt", None),
        ("resolution.txt", None),
        ("fr/resolution.txt", None),  # a folder's name is no tag of the file
    ],
)
def test_the_language_a_file_name_gives(name: str, code: str | None) -> None:
    from mandata.langtag import language_of_name

    assert language_of_name(name) == code


def test_a_tag_in_the_name_wins_over_detection(tmp_path: Path) -> None:
    assert detect_language(SENDAI["en"]) != "en"  # what made compare refuse to run
    path = tmp_path / "sendai-EN.txt"
    path.write_text(SENDAI["en"] + "\n", "utf-8")
    result = invoke(["parse", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["language"] == "en"


def test_a_disagreement_is_a_warning_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "note_es.txt"
    path.write_text(
        "The General Assembly decided that the Committee would meet in New York and asked the "
        "Secretary-General to report on the work of the Committee at its next session.\n",
        "utf-8",
    )
    result = invoke(["parse", str(path), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["language"] == "es"
    warnings = result.stderr.splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("mandata: warning:"), warnings
    assert "note_es.txt: the file name says Spanish (es), the text reads as English" in warnings[0]


def test_six_one_line_files_tagged_by_name_compare_clean(tmp_path: Path) -> None:
    paths = write_six(tmp_path / "six", SENDAI, TAGGED)
    result = invoke(["compare", *map(str, paths), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert sorted(out["languages"]) == sorted(SENDAI)
    assert out["differences"] == []
    assert [p["aligned"] for p in out["summary"]] == [1] * 5


def test_a_changed_year_in_one_tagged_file_is_found(tmp_path: Path) -> None:
    texts = {**SENDAI, "fr": "Sendai (Japon), 14-18 mars 2014"}
    paths = write_six(tmp_path / "six", texts, TAGGED)
    result = invoke(["compare", *map(str, paths)])
    assert result.exit_code == 1
    assert "high   date" in result.stdout and "2014-03-18" in result.stdout


def test_lang_lists_one_code_per_path(tmp_path: Path) -> None:
    names = {code: f"line{k}.txt" for k, code in enumerate(SENDAI)}  # no tags
    paths = [str(p) for p in write_six(tmp_path / "six", SENDAI, names)]
    codes = ",".join(SENDAI)
    result = invoke(["compare", *paths, "--lang", codes, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["differences"] == []

    lines = invoke(["parse", "--jsonl", "--workers", "1", *paths, "--lang", codes]).stdout
    assert [json.loads(line)["language"] for line in lines.splitlines()] == list(SENDAI)

    db = tmp_path / "tags.db"
    ingested = invoke(["ingest", "--db", str(db), "--workers", "1", *paths, "--lang", codes])
    assert ingested.exit_code == 0, ingested.output
    with sqlite3.connect(db) as conn:
        stored = dict(conn.execute("SELECT source, language FROM documents").fetchall())
    assert [stored[p] for p in paths] == list(SENDAI)


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["parse", "A", "--lang", "en,fr"], 2, "--lang gives 2 languages for 1 paths"),
        (["parse", "--jsonl", "A", "B", "--lang", "en,fr,es"], 2, "3 languages for 2 paths"),
        (["compare", "A", "B", "--lang", "en,fr,es"], 2, "3 languages for 2 paths"),
        (["ingest", "--db", "DB", "A", "B", "--lang", "en,fr,es"], 2, "3 languages for 2 paths"),
        (["parse", "A", "--lang", "de"], 1, "unknown language 'de'"),
        (["ingest", "--db", "DB", "A", "B", "--lang", "en,xx"], 1, "unknown language 'xx'"),
    ],
)
def test_bad_lang_lists_are_one_line_errors(
    tmp_path: Path, args: list[str], code: int, needle: str
) -> None:
    for name in ("A", "B"):
        (tmp_path / name).write_text(SENDAI["en"], "utf-8")
    real = [str(tmp_path / a) if a in ("A", "B", "DB") else a for a in args]
    result = invoke(real)
    assert result.exit_code == code, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("mandata: error:") and needle in lines[0], lines
