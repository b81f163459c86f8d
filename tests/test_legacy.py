"""Legacy word-processor files (issue 18): .doc, .rtf and .wpd, recognised by their content and
read through LibreOffice, give the same Document as the DOCX they were saved from; conversion is
bounded in time."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from legacy_files import convert, soffice, write_docx, write_wpd
from mandata.errors import UnreadableDocument, UnsupportedFormat
from mandata.parse import parse_file
from mandata.read import detect_format, read_file

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

needs_soffice = pytest.mark.skipif(
    soffice() is None, reason="LibreOffice (soffice) is not installed: scripts/install_ocr.sh"
)


def _same(doc: Any) -> dict[str, Any]:
    out = doc.to_dict()
    for key in ("source", "format", "encoding"):
        out.pop(key)
    return out


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Our resolutions in several languages as DOCX, .doc, .rtf and .wpd (names without an
    extension: the content says the format)."""
    folder = tmp_path_factory.mktemp("legacy")
    out: dict[str, dict[str, Path]] = {}
    docs = []
    for code in ("en", "fr", "ru", "es"):
        text = (EXAMPLES / code / "resolution.txt").read_text(encoding="utf-8")
        path = write_docx(text, folder / f"resolution_{code}.docx")
        docs.append(path)
        out[code] = {"docx": path}
        if code in ("en", "es", "ru"):
            out[code]["wpd"] = write_wpd(text, folder / f"resolution_{code}.wpd", folder)
    for fmt in ("doc", "rtf"):
        for path in convert(docs, fmt, folder):
            out[path.stem.rsplit("_", 1)[1]][fmt] = path
    for files in out.values():  # neutral names: no extension tells the format
        for fmt, path in list(files.items()):
            files[fmt] = path.rename(path.with_name(f"{path.stem}-{fmt}"))
    return out


@needs_soffice
@pytest.mark.parametrize(
    ("code", "fmt"),
    [(c, f) for c in ("en", "fr", "ru") for f in ("doc", "rtf")]
    + [(c, "wpd") for c in ("en", "es", "ru")],
)
def test_legacy_file_gives_the_docx_document(
    made: dict[str, dict[str, Path]], code: str, fmt: str
) -> None:
    path = made[code][fmt]
    assert detect_format(path.read_bytes(), path.name) == fmt
    docx_doc = parse_file(made[code]["docx"])
    legacy = parse_file(path)
    assert legacy.format == fmt
    assert legacy.language == code
    assert docx_doc.resolutions and docx_doc.references
    assert _same(legacy) == _same(docx_doc)


def test_formats_by_content() -> None:
    assert detect_format(b"{\\rtf1\\ansi hello}", "note.txt") == "rtf"
    assert detect_format(b"\xffWPC" + b"\x00" * 40, "letter.doc") == "wpd"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
    assert detect_format(ole + "WordDocument".encode("utf-16-le"), "x.bin") == "doc"
    # an OLE file without a Word stream (a spreadsheet) is still refused
    with pytest.raises(UnsupportedFormat, match="not a Word document"):
        read_file_bytes(ole + "Workbook".encode("utf-16-le"))


def read_file_bytes(data: bytes) -> Any:
    from mandata.read import read_bytes

    return read_bytes(data, "sheet.xls")


@needs_soffice
def test_conversion_is_bounded_in_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, made: dict[str, dict[str, Path]]
) -> None:
    """A converter that hangs is killed at MANDATA_CONVERT_SECONDS, with a one-line error."""
    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nsleep 30\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("MANDATA_CONVERT_SECONDS", "1")
    with pytest.raises(UnreadableDocument, match=r"took over 1 s") as err:
        read_file(made["en"]["rtf"])
    assert "\n" not in str(err.value)


def test_folders_and_names_know_the_legacy_extensions(tmp_path: Path) -> None:
    from mandata.batch import iter_paths
    from mandata.langtag import language_of_name
    from mandata.symbols import symbol_from_filename

    for name in ("A_RES_79_10.doc", "A_RES_79_11.rtf", "A_RES_79_12.wpd"):
        (tmp_path / name).write_bytes(b"{\\rtf1 x}")
    found = sorted(p.name for p in iter_paths([tmp_path]))
    assert found == ["A_RES_79_10.doc", "A_RES_79_11.rtf", "A_RES_79_12.wpd"]
    assert symbol_from_filename("A_RES_79_10.doc") == "A/RES/79/10"
    assert symbol_from_filename("A_RES_79_12.wpd") == "A/RES/79/12"
    assert language_of_name("resolution_fr.rtf") == "fr"
