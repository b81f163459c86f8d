"""Make legacy word-processor files of our own example texts for the tests (in a temp folder).

DOCX with python-docx, one paragraph per line of the text; .doc and .rtf saved from that DOCX
by LibreOffice (one ``soffice`` run per format for all files); WordPerfect, which LibreOffice
reads but does not write, as a minimal WordPerfect 5.1 file written here: the 16-byte header, then
the text, a hard return (0x0A) ending each paragraph, and each character outside ASCII as
WordPerfect's four-byte extended character (0xC0, index, character set, 0xC0). The index of a
character in WordPerfect's sets is learnt by asking LibreOffice to read every index of sets 1
(multinational), 4 (typographic) and 10 (Cyrillic) once, so the table is LibreOffice's own.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from functools import cache
from pathlib import Path

import docx

_SETS = (1, 4, 10)


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def write_docx(text: str, path: Path) -> Path:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    document.save(str(path))
    return path


def convert(paths: list[Path], fmt: str, folder: Path) -> list[Path]:
    """Save each DOCX as ``fmt`` (doc, rtf, txt) with LibreOffice; the new files."""
    program = soffice()
    assert program is not None
    profile = (folder / "lo-profile").as_uri()
    target = {"doc": "doc:MS Word 97", "rtf": "rtf", "txt": "txt:Text (encoded):UTF8"}[fmt]
    command = [program, f"-env:UserInstallation={profile}", "--headless", "--convert-to"]
    subprocess.run(
        [*command, target, "--outdir", str(folder), *map(str, paths)],
        capture_output=True,
        timeout=300,
        check=True,
    )
    return [folder / f"{p.stem}.{fmt}" for p in paths]


def _wp5(body: bytes) -> bytes:
    return b"\xffWPC" + struct.pack("<I", 16) + bytes([1, 10, 0, 1]) + b"\x00" * 4 + body


@cache
def wp_charmap(folder: str) -> dict[str, tuple[int, int]]:
    """character -> (set, index) of WordPerfect 5, as LibreOffice reads them."""
    probe = b""
    for charset in _SETS:
        probe += b"\x0a"
        for index in range(256):
            probe += bytes([0xC0, index, charset, 0xC0]) + b"|"
    path = Path(folder) / "wp-probe.wpd"
    path.write_bytes(_wp5(probe))
    text = convert([path], "txt", Path(folder))[0].read_text(encoding="utf-8-sig")
    out: dict[str, tuple[int, int]] = {}
    for charset, line in zip(_SETS, text.splitlines()[1:], strict=False):
        for index, char in enumerate(line.split("|")[:256]):
            if len(char) == 1 and not char.isspace():
                out.setdefault(char, (charset, index))
    return out


def write_wpd(text: str, path: Path, folder: Path) -> Path:
    """A WordPerfect 5.1 file of ``text`` (one paragraph per line)."""
    table = wp_charmap(str(folder))
    body = bytearray()
    for line in text.splitlines():
        for char in line:
            if char == "\u00a0":
                body += b"\xa0"  # WordPerfect's hard space
            elif " " <= char <= "~":
                body += char.encode("ascii")
            else:
                charset, index = table[char]
                body += bytes([0xC0, index, charset, 0xC0])
        body += b"\x0a"
    path.write_bytes(_wp5(bytes(body)))
    return path
