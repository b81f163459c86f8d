"""Readers that neither explode nor cut short (issue #12, items 10 and 18).

A DOCX may not expand beyond bounds relative to the byte limit: a 600 kB package of 200 MB of
one-letter paragraphs, or a list numbered from 5,200,000 (200,000-letter labels), is refused
with a clear error instead of taking minutes and gigabytes. An HTML page nested deeper than
libxml2's limit (legacy pages that never close ``<font>``) is read whole, or refused, never cut
short in silence.

Every file is built by the tests.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from mandata.errors import TooLarge, UnreadableDocument
from mandata.parse import parse_raw
from mandata.read import read_bytes

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ONE_LETTER = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>"


def _package_with_body(write_body: object) -> bytes:
    """A python-docx package whose word/document.xml is written, streamed, by ``write_body``
    (a function of the open member), so that a body of hundreds of MB is never held whole."""
    base = io.BytesIO()
    docx.Document().save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                target.writestr(item, source.read(item.filename))
                continue
            info = zipfile.ZipInfo("word/document.xml")
            info.compress_type = zipfile.ZIP_DEFLATED
            with target.open(info, "w", force_zip64=True) as member:
                member.write(f'<w:document xmlns:w="{W_NS}"><w:body>'.encode())
                write_body(member)  # type: ignore[operator]
                member.write(b"</w:body></w:document>")
    return out.getvalue()


def _one_letter_paragraphs(total: int) -> bytes:
    chunk = ONE_LETTER * 30_000

    def write(member: io.BufferedIOBase) -> None:
        for _ in range(total // len(chunk) + 1):
            member.write(chunk)

    return _package_with_body(write)


def test_a_small_docx_of_200_mb_of_one_letter_paragraphs_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_one_letter_paragraphs(200_000_000))
    assert bomb.stat().st_size < 1_000_000
    env = {k: v for k, v in os.environ.items() if k != "MANDATA_MAX_BYTES"}
    # the timeout only guards against a hang (this took 156 s and 5.4 GB before the bound)
    proc = subprocess.run(
        [sys.executable, "-m", "mandata.cli", "parse", str(bomb)],
        capture_output=True,
        text=True,
        env=env,
        timeout=90,
    )
    assert proc.returncode == 1, proc.stderr[-500:]
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("mandata: error:"), lines
    assert "bomb.docx: DOCX holds over 1638400 paragraphs" in lines[0]


def test_the_paragraph_bound_follows_the_limit() -> None:
    data = _one_letter_paragraphs(3_000_000)  # about 88,000 paragraphs, 3 MB of XML
    with pytest.raises(TooLarge, match="paragraphs, one per 32 bytes"):
        read_bytes(data, "many.docx", max_bytes=1_000_000)
    raw = read_bytes(data, "many.docx", max_bytes=4_000_000)
    assert raw.text.count("a") > 80_000


def test_xml_far_beyond_the_limit_is_refused_before_it_is_read() -> None:
    def write(member: io.BufferedIOBase) -> None:
        member.write(b"<w:p><w:r><w:t>" + b"a" * 5_000_000 + b"</w:t></w:r></w:p>")

    with pytest.raises(TooLarge, match="bytes of XML, over 4x the limit"):
        read_bytes(_package_with_body(write), "long.docx", max_bytes=1_000_000)


_LIST = f"""
<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="77">
  <w:lvl w:ilvl="0"><w:start w:val="{{start}}"/><w:numFmt w:val="{{fmt}}"/>
    <w:lvlText w:val="({{text}})"/></w:lvl>
</w:abstractNum>"""


def _numbered_docx(start: int, fmt: str, text: str = "%1", count: int = 3) -> bytes:
    """A DOCX whose ``count`` paragraphs are a list numbered from ``start`` in ``fmt``."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.find(f"{{{W_NS}}}num").addprevious(
        parse_xml(_LIST.format(start=start, fmt=fmt, text=text))
    )
    numbering.append(
        parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="77"><w:abstractNumId w:val="77"/></w:num>')
    )
    for k in range(count):
        paragraph = document.add_paragraph(f"Item {k} of the list;")
        paragraph._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr>'
            )
        )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("start", "fmt", "text"),
    [
        (5_200_000, "lowerLetter", "%1"),  # 200,000 letters a label
        (10**70, "decimal", "%1"),  # 71 digits
        (27, "upperLetter", "%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1"),
    ],
)
def test_a_list_label_beyond_64_characters_is_refused(start: int, fmt: str, text: str) -> None:
    with pytest.raises(TooLarge, match="list label of"):
        read_bytes(_numbered_docx(start, fmt, text), "labels.docx")


def test_ordinary_list_labels_are_still_rendered() -> None:
    raw = read_bytes(_numbered_docx(27, "lowerLetter"), "labels.docx")
    assert raw.text.splitlines()[0] == "(aa) Item 0 of the list;"
    raw = read_bytes(_numbered_docx(3999, "upperRoman"), "labels.docx")
    assert raw.text.startswith("(MMMCMXCIX) Item 0")


# --- HTML nested deeper than libxml2 goes ------------------------------------------------------


def _legacy_page(paragraphs: int) -> bytes:
    """A page as old word processors wrote them: every paragraph opens a <font> it never closes."""
    body = "".join(
        f'<p><font face="Times New Roman" size="3">{k}. Decides to remain seized of the '
        f"matter, paragraph {k};\n"
        for k in range(1, paragraphs + 1)
    )
    return f"<html><head><title>A/RES/1</title></head><body>{body}</body></html>".encode()


@pytest.mark.parametrize("paragraphs", [399, 3000])
def test_html_with_unclosed_font_tags_is_read_whole(paragraphs: int) -> None:
    raw = read_bytes(_legacy_page(paragraphs), "legacy.html")
    assert raw.text.count("Decides to remain seized") == paragraphs
    assert raw.text.rstrip().endswith(f"paragraph {paragraphs};")


def test_the_parsed_legacy_page_keeps_every_paragraph() -> None:
    raw = read_bytes(_legacy_page(399), "legacy.html")
    doc = parse_raw(raw, language="en", analysis=False)
    numbers = [p.number for p in doc.all_paragraphs()]
    assert numbers[-1] == "399" and len(numbers) == 399


def test_html_too_deep_to_read_whole_is_refused() -> None:
    page = (
        b"<html><body>"
        + b"<div>" * 3000
        + b"deep"
        + b"</div>" * 3000
        + b"<p>after</p></body></html>"
    )
    with pytest.raises(UnreadableDocument, match="nested too deeply to be read whole"):
        read_bytes(page, "deep.html")


def test_a_docx_with_a_damaged_member_is_a_damaged_docx() -> None:
    """Found by tests/test_fuzz.py: the paragraph count read a member whose header was
    overwritten, and zipfile's BadZipFile escaped as a traceback."""
    data = bytearray(_numbered_docx(1, "decimal"))
    header = data.find(b"word/document.xml") - 30  # that member's local header
    assert data[header : header + 4] == b"PK\x03\x04"
    data[header : header + 4] = b"PK\x00\x00"
    with pytest.raises(UnreadableDocument, match="damaged DOCX"):
        read_bytes(bytes(data), "damaged.docx")
