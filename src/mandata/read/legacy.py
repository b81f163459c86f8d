"""Legacy word-processor files: Word 97-2003 (.doc), RTF and WordPerfect (.wpd), by content.

The UN's document system serves many documents of the 1990s and 2000s in these formats. Each is
recognised by its first bytes (never by its extension): an OLE compound file with a
``WordDocument`` stream is a Word document, ``{\\rtf`` opens RTF, ``\\xffWPC`` WordPerfect. LibreOffice
(headless, Debian's ``libreoffice-writer-nogui``) converts the file to DOCX, which the DOCX reader
reads like any other, so a .doc, an .rtf or a .wpd gives the same Document as the DOCX it was saved
from. Where LibreOffice is missing, a .doc is read by ``antiword`` as plain text.

The conversion runs in a subprocess of its own, in a temporary folder with its own LibreOffice
profile (so that conversions can run side by side), with a time limit (``MANDATA_CONVERT_SECONDS``)
after which its whole process group is killed, and the DOCX it writes is read within the size
limit of every file.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from mandata.errors import TooLarge, UnreadableDocument, UnsupportedFormat
from mandata.settings import convert_seconds_setting

__all__ = [
    "LEGACY_FORMATS",
    "convert_to_docx",
    "has_converter",
    "legacy_format",
    "read_doc_text",
]

LEGACY_FORMATS = ("doc", "rtf", "wpd")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_NAMES = {"doc": "Word 97-2003 (.doc)", "rtf": "RTF", "wpd": "WordPerfect"}


def legacy_format(data: bytes) -> str | None:
    """ "doc", "rtf" or "wpd" when the bytes are such a file, else None."""
    if data.startswith(_OLE) and _WORD_STREAM in data:
        return "doc"
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf":
        return "rtf"
    if data.startswith(b"\xffWPC"):
        return "wpd"
    return None


def _seconds() -> int:
    return convert_seconds_setting()


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, fmt: str, label: str, limit: int) -> bytes:
    """The DOCX LibreOffice makes of a legacy file (within the time and size limits)."""
    program = _soffice()
    if program is None:
        raise UnsupportedFormat(
            f"{label}: a {_NAMES[fmt]} document; reading it needs LibreOffice"
            " (libreoffice-writer-nogui; scripts/install_ocr.sh installs it)"
        )
    with tempfile.TemporaryDirectory(prefix="mandata-convert-") as folder:
        source = Path(folder) / f"in.{fmt}"
        source.write_bytes(data)
        profile = Path(folder, "profile").as_uri()
        command = [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            folder,
            str(source),
        ]
        _run(command, label, fmt)
        target = Path(folder) / "in.docx"
        if not target.exists():
            raise UnreadableDocument(f"{label}: LibreOffice could not read the {_NAMES[fmt]} file")
        size = target.stat().st_size
        if size > limit:
            raise TooLarge(f"{label}: converted to {size} bytes of DOCX, over the limit of {limit}")
        return target.read_bytes()


def _run(command: list[str], label: str, fmt: str) -> None:
    """Run a converter in a process group of its own, killed whole at the time limit."""
    seconds = _seconds()
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env={**os.environ, "HOME": os.path.dirname(command[-1])},
    )
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise UnreadableDocument(
            f"{label}: converting the {_NAMES[fmt]} file took over {seconds} s"
            " (set MANDATA_CONVERT_SECONDS to allow more)"
        ) from None


def read_doc_text(data: bytes, label: str) -> str:
    """The text of a .doc by ``antiword`` (no LibreOffice): paragraphs one a line."""
    if shutil.which("antiword") is None:
        raise UnsupportedFormat(
            f"{label}: a Word 97-2003 (.doc) document; reading it needs LibreOffice or antiword"
            " (scripts/install_ocr.sh installs them)"
        )
    with tempfile.NamedTemporaryFile(suffix=".doc") as handle:
        handle.write(data)
        handle.flush()
        try:
            done = subprocess.run(
                ["antiword", "-m", "UTF-8.txt", "-w", "0", handle.name],
                capture_output=True,
                timeout=_seconds(),
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise UnreadableDocument(f"{label}: antiword took over {_seconds()} s") from None
    if done.returncode != 0:
        raise UnreadableDocument(f"{label}: antiword could not read the .doc file")
    return done.stdout.decode("utf-8", "replace")


def has_converter(fmt: str) -> bool:
    """Whether this machine can read format ``fmt``."""
    return _soffice() is not None or (fmt == "doc" and shutil.which("antiword") is not None)
