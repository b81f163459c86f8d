"""Tests of stage 1, file bytes -> text (:mod:`mandata.read`).

Sample sentences are written for these tests; real documents are read from the shared corpus
(``MANDATA_CORPUS``, default ``<repo>/../shared/corpus``) and the tests that need it are skipped
when it is absent.
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import zipfile
from collections import Counter
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.text.paragraph import Paragraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandata.errors import (
    EncryptedDocument,
    MandataError,
    NoTextLayer,
    TooLarge,
    UnreadableDocument,
    UnsupportedFormat,
)
from mandata.read import DEFAULT_MAX_BYTES, RawText, detect_format, read_bytes, read_file

CORPUS = Path(
    os.environ.get("MANDATA_CORPUS", Path(__file__).resolve().parents[1] / ".." / "shared/corpus")
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def corpus(sub: str) -> Path:
    """A folder of the shared corpus, or skip the test when it is not there."""
    path = CORPUS / sub
    if not path.exists():
        pytest.skip(f"corpus folder {path} not found (set MANDATA_CORPUS)")
    return path


def corpus_pdfs() -> list[Path]:
    pdfs = sorted(corpus("ga80/pdf").glob("*.pdf")) + sorted(corpus("pdf/ga73").glob("*.pdf"))
    assert pdfs
    return pdfs


# --------------------------------------------------------------------------------------------
# Text encodings (sentences written for these tests)
# --------------------------------------------------------------------------------------------

ARABIC = (
    "إن الجمعية العامة،\n"
    "إذ تشير إلى قرارها ٦٤/١ المؤرخ ١٦ أيلول/سبتمبر ٢٠٠٩، وإذ تؤكد أهمية التعاون "
    "بين الأمم المتحدة والمنظمات الإقليمية، «تقرر» إدراج هذا البند في جدول أعمال دورتها المقبلة؛"
)
RUSSIAN = (
    "Генеральная Ассамблея,\n"
    "ссылаясь на свою резолюцию 64/1 от 16 сентября 2009 года, «постановляет» включить "
    "в предварительную повестку дня своей следующей сессии пункт, озаглавленный "
    "«Сотрудничество между Организацией Объединенных Наций и региональными организациями»;"
)
CHINESE = (
    "大会，\n"
    "回顾其2009年9月16日第64/1号决议，强调联合国与区域组织之间合作的重要性，"
    "决定将题为“联合国与区域组织之间的合作”的项目列入其下届会议临时议程。"
)
FRENCH = (
    "L'Assemblée générale,\n"
    "Rappelant sa résolution 64/1 du 16 septembre 2009, « décide » d'inscrire à l'ordre du jour "
    "provisoire de sa prochaine session la question intitulée « Coopération entre "
    "l'Organisation des Nations Unies et les organisations régionales »;"
)
SPANISH = (
    "La Asamblea General,\n"
    "Recordando su resolución 64/1, de 16 de septiembre de 2009, decide incluir en el programa "
    "provisional de su próximo período de sesiones el tema titulado «Cooperación entre las "
    "Naciones Unidas y las organizaciones regionales»;"
)
SAMPLES = {"ar": ARABIC, "ru": RUSSIAN, "zh": CHINESE, "fr": FRENCH, "es": SPANISH}
LEGACY = {"ar": "cp1256", "ru": "cp1251", "zh": "gb18030", "fr": "cp1252", "es": "cp1252"}


# Windows-1256 has no Arabic-Indic digits: texts in it use ASCII digits.
_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


@pytest.mark.parametrize("lang", sorted(LEGACY))
def test_legacy_code_pages_are_detected(lang: str) -> None:
    text = SAMPLES[lang].translate(_INDIC)
    raw = read_bytes(text.encode(LEGACY[lang]), f"{lang}.txt")
    assert (raw.format, raw.encoding, raw.text) == ("text", LEGACY[lang], text)


@pytest.mark.parametrize("lang", sorted(SAMPLES))
@pytest.mark.parametrize(
    ("codec", "reported"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),  # with BOM
        ("utf-16-le", "utf-16-le"),  # without BOM
        ("utf-16-be", "utf-16-be"),
        ("utf-32", "utf-32"),
    ],
)
def test_unicode_encodings_are_detected(lang: str, codec: str, reported: str) -> None:
    raw = read_bytes(SAMPLES[lang].encode(codec), "doc.txt")
    assert (raw.encoding, raw.text) == (reported, SAMPLES[lang])


def test_bom_less_utf16_of_plain_english() -> None:
    text = "The General Assembly,\nDecides to include the item."
    for codec in ("utf-16-le", "utf-16-be"):
        assert read_bytes(text.encode(codec)).text == text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_are_normalized(newline: str) -> None:
    raw = read_bytes(RUSSIAN.replace("\n", newline).encode("cp1251"), "ru.txt")
    assert raw.text == RUSSIAN


def test_legacy_detection_on_aligned_un_sentences() -> None:
    """Five aligned UN sentences at a time, in each language's legacy code page and UTF-16."""
    path = corpus("multi/unpc-dev") / "sentences.6way.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    results: Counter[bool] = Counter()
    for start in range(0, len(rows), 5):
        for lang, codec in LEGACY.items():
            text = "\n".join(row[lang] for row in rows[start : start + 5])
            for enc in (codec, "utf-16-le"):
                data = text.encode(enc, errors="replace")
                if data.isascii():
                    continue
                try:
                    results[read_bytes(data).encoding == enc] += 1
                except MandataError:
                    results[False] += 1
    assert results[True] > 3000
    assert results[False] <= results[True] * 0.005


def test_undecodable_bytes() -> None:
    data = b"\x81\x8d\x8f\x90\x9d\x83 " * 20  # no code page makes words of these
    with pytest.raises(UnreadableDocument, match="undecodable"):
        read_bytes(data, "odd.txt")


def test_random_binary_is_refused() -> None:
    rng = random.Random(7)
    for size in (64, 1000, 100_000):
        data = bytes(rng.randrange(256) for _ in range(size))
        with pytest.raises(UnreadableDocument):
            read_bytes(data, "noise.bin")


def test_random_high_bytes_are_not_decoded_as_cp1251() -> None:
    rng = random.Random(11)
    for _ in range(50):
        data = bytes(rng.randrange(0x20, 0x100) for _ in range(400))
        with pytest.raises(UnreadableDocument):
            read_bytes(data, "noise.txt")


# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------


def _symbol(pdf: Path) -> str:
    """The document symbol a corpus file name stands for: A_80_L.1.pdf -> A/80/L.1."""
    stem = re.sub(r"-EN$", "", pdf.stem)
    return stem.replace("_", "/")


def test_corpus_pdfs_are_read_page_by_page() -> None:
    for pdf in corpus_pdfs():
        raw = read_file(pdf)
        doc = pdfium.PdfDocument(pdf)
        try:
            expected = len(doc)
        finally:
            doc.close()
        assert raw.format == "pdf" and raw.encoding is None
        assert raw.pages == expected, pdf.name
        pages = raw.text.split("\f")
        assert len(pages) == expected, pdf.name
        assert all(page.strip() for page in pages), pdf.name
        assert "\r" not in raw.text and "\ufffe" not in raw.text
        if pdf.name.startswith("A_"):
            assert _symbol(pdf) in pages[0], pdf.name


def test_pdf_page_count_agrees_with_pypdf() -> None:
    pypdf = pytest.importorskip("pypdf")
    for pdf in corpus_pdfs()[:10]:
        assert read_file(pdf).pages == len(pypdf.PdfReader(pdf).pages), pdf.name


def test_pdfium_hyphen_marks_become_hyphens() -> None:
    raw = read_file(corpus("ga80/pdf") / "A_80_L.13.pdf")
    assert "Secretary-General" in raw.text


def test_truncated_pdf() -> None:
    data = (corpus("ga80/pdf") / "A_80_L.10.pdf").read_bytes()
    with pytest.raises(UnreadableDocument, match=r"A_80_L\.10\.pdf: damaged or truncated PDF"):
        read_bytes(data[: len(data) // 2], "A_80_L.10.pdf")


def test_damaged_pdf() -> None:
    with pytest.raises(UnreadableDocument, match="damaged"):
        read_bytes(b"%PDF-1.7\n" + b"garbage " * 100, "bad.pdf")
    with pytest.raises(UnreadableDocument, match="damaged"):
        read_bytes(b"this is not a pdf at all", "bad.pdf")


def _blank_pdf() -> bytes:
    pdf = pdfium.PdfDocument.new()
    try:
        pdf.new_page(612, 792).close()
        out = io.BytesIO()
        pdf.save(out)
    finally:
        pdf.close()
    return out.getvalue()


def test_pdf_without_text_layer() -> None:
    with pytest.raises(NoTextLayer, match=r"scan\.pdf: .*no text layer and no scanned image"):
        read_bytes(_blank_pdf(), "scan.pdf")
    with pytest.raises(NoTextLayer, match=r"scan\.pdf: .*read it with --ocr auto"):
        read_bytes(_blank_pdf(), "scan.pdf", None, "never")


def test_encrypted_pdf() -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(EncryptedDocument, match=r"locked\.pdf: encrypted"):
        read_bytes(out.getvalue(), "locked.pdf")


# --------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------

_MULTILEVEL = f"""
<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="(%2)"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>
    <w:lvlText w:val="(%3)"/></w:lvl>
</w:abstractNum>"""
_NUMS = f"""
<w:numbering xmlns:w="{W_NS}">
  <w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>
  <w:num w:numId="91"><w:abstractNumId w:val="90"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"""


def _add_multilevel_numbering(document: DocxDocument) -> None:
    """Give the document a list "1." / "(a)" / "(i)" as numId 90, and numId 91 restarting it."""
    numbering = document.part.numbering_part.element
    first_num = numbering.find(f"{{{W_NS}}}num")
    first_num.addprevious(parse_xml(_MULTILEVEL))
    for num in parse_xml(_NUMS):
        numbering.append(num)


def _numbered(document: DocxDocument, text: str, num_id: int, ilvl: int) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def _footnote_ref(paragraph: Paragraph, note_id: int) -> None:
    paragraph._p.append(
        parse_xml(f'<w:r xmlns:w="{W_NS}"><w:footnoteReference w:id="{note_id}"/></w:r>')
    )


_FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W_NS}">
  <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
  <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>
    </w:r></w:p></w:footnote>
  <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Official
    Records of the General Assembly, Sixty-fourth Session.</w:t></w:r></w:p></w:footnote>
  <w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>See A/64/1.</w:t></w:r>
  </w:p></w:footnote>
</w:footnotes>"""


def _with_footnotes(data: bytes) -> bytes:
    """Add a footnotes part to a DOCX package written by python-docx."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            blob = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                blob = blob.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                blob = blob.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>",
                )
            target.writestr(item, blob)
        target.writestr("word/footnotes.xml", _FOOTNOTES)
    return out.getvalue()


def _resolution_docx() -> bytes:
    document = docx.Document()
    _add_multilevel_numbering(document)
    document.add_paragraph("The General Assembly,")
    recalling = document.add_paragraph("Recalling its resolution 64/1,")
    _footnote_ref(recalling, 2)
    document.add_paragraph("Decides to include the item;", style="List Number")
    document.add_paragraph("Requests the Secretary-General to report;", style="List Number")
    table = document.add_table(rows=2, cols=3)
    for i, row in enumerate(table.rows):
        for j, cell in enumerate(row.cells):
            cell.text = f"row {i} cell {j}"
    document.add_paragraph("Also decides to remain seized.", style="List Number")
    document.add_paragraph("Before the break").add_run().add_break(WD_BREAK.PAGE)
    _numbered(document, "Calls upon States:", 90, 0)
    _numbered(document, "to cooperate;", 90, 1)
    _numbered(document, "in particular:", 90, 1)
    _numbered(document, "by sharing information;", 90, 2)
    _numbered(document, "to report.", 90, 1)
    _numbered(document, "Encourages", 90, 0)
    _numbered(document, "Parties;", 90, 1)
    _numbered(document, "Restarted list.", 91, 0)
    footnoted = document.add_paragraph("Takes note of the report.")
    _footnote_ref(footnoted, 1)
    out = io.BytesIO()
    document.save(out)
    return _with_footnotes(out.getvalue())


def test_docx_numbering_tables_breaks_and_footnotes() -> None:
    raw = read_bytes(_resolution_docx(), "resolution.docx")
    assert (raw.format, raw.encoding, raw.pages) == ("docx", None, None)
    assert raw.text == (
        "The General Assembly,\n\n"
        "Recalling its resolution 64/1,\n\n"
        "1. Decides to include the item;\n\n"
        "2. Requests the Secretary-General to report;\n\n"
        "row 0 cell 0 | row 0 cell 1 | row 0 cell 2\n"
        "row 1 cell 0 | row 1 cell 1 | row 1 cell 2\n\n"
        "3. Also decides to remain seized.\n\n"
        "Before the break\n\n\f"
        "1. Calls upon States:\n\n"
        "(a) to cooperate;\n\n"
        "(b) in particular:\n\n"
        "(i) by sharing information;\n\n"
        "(c) to report.\n\n"
        "2. Encourages\n\n"
        "(a) Parties;\n\n"
        "1. Restarted list.\n\n"
        "Takes note of the report.\n\n"
        "__________________\n"
        "1 See A/64/1.\n"
        "2 Official Records of the General Assembly, Sixty-fourth Session."
    )


def test_docx_file_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(_resolution_docx())
    assert read_file(path).text.startswith("The General Assembly,")


def test_damaged_docx() -> None:
    data = _resolution_docx()
    with pytest.raises(UnreadableDocument, match=r"x\.docx: damaged DOCX"):
        read_bytes(data[: len(data) // 2], "x.docx")
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("word/document.xml", "<not-xml")
    with pytest.raises(UnreadableDocument, match="damaged DOCX"):
        read_bytes(package.getvalue(), "y.docx")


def test_encrypted_office_document() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512 + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(EncryptedDocument):
        read_bytes(ole, "secret.docx")
    with pytest.raises(UnsupportedFormat, match="not a Word document"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "old.doc")


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

_HTML = """<!DOCTYPE html>
<html dir="rtl"><head><meta charset="windows-1256"><title>ignored title</title>
<style>p { color: red }</style><script>var x = "<p>no</p>";</script></head>
<body><h1>الجمعية العامة</h1>
<p>إن الجمعية العامة،
   <b>إذ تشير</b> إلى قرارها 64/1؛</p>
<p>تقرر&nbsp;إدراج البند &amp; &#1575;لموضوع<br>في جدول الأعمال.</p>
<!-- a comment -->
<table><tr><td>الأول</td><td>الثاني</td></tr></table>
<ul><li>أ</li><li>ب</li></ul></body></html>"""


def test_html_with_meta_charset_windows_1256() -> None:
    raw = read_bytes(_HTML.encode("cp1256"), "page.htm")
    assert (raw.format, raw.encoding, raw.pages) == ("html", "cp1256", None)
    assert raw.text == (
        "الجمعية العامة\n\n"
        "إن الجمعية العامة، إذ تشير إلى قرارها 64/1؛\n\n"
        "تقرر\u00a0إدراج البند & الموضوع\nفي جدول الأعمال.\n\n"
        "الأول | الثاني\n\n"
        "أ\nب"
    )


def test_html_utf8_and_detection_without_charset() -> None:
    page = "<html><body><p>Генеральная Ассамблея</p><div>постановляет</div></body></html>"
    assert read_bytes(page.encode("utf-8")).text == "Генеральная Ассамблея\n\nпостановляет"
    raw = read_bytes(page.encode("cp1251"), "ru.html")
    assert (raw.encoding, raw.text) == ("cp1251", "Генеральная Ассамблея\n\nпостановляет")


def test_html_pre_keeps_lines() -> None:
    raw = read_bytes(b"<html><body><pre>a  b\n  c</pre><p>x\ny</p></body></html>")
    assert raw.text == "a  b\nc\n\nx y"


def test_html_without_text() -> None:
    with pytest.raises(UnreadableDocument, match="no text"):
        read_bytes(b"<html><head><title>t</title></head><frameset></frameset></html>", "f.html")


# --------------------------------------------------------------------------------------------
# Formats, sizes, files
# --------------------------------------------------------------------------------------------


def test_detect_format() -> None:
    assert detect_format(b"%PDF-1.7\n...") == "pdf"
    assert detect_format(_resolution_docx()) == "docx"
    assert detect_format(b"\xef\xbb\xbf  <!DOCTYPE html><html>") == "html"
    assert detect_format("<html><body>".encode("utf-16")) == "html"
    assert detect_format(b"<?xml version='1.0'?>\n<!-- x --><html>") == "html"
    assert detect_format(b"<body>text") == "html"
    assert detect_format(b"plain", "a.HTM") == "html"
    assert detect_format(b"plain", "a.pdf") == "pdf"
    assert detect_format(b"plain", "a.docx") == "docx"
    assert detect_format(b"plain", "a.txt") == "text"
    assert detect_format(b"The <html> tag") == "text"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        b"\xff\xd8\xff\xe0" + bytes(100),
        b"GIF89a" + bytes(50),
    ],
)
def test_foreign_formats_are_unsupported(data: bytes) -> None:
    with pytest.raises(UnsupportedFormat, match=r"f\.bin: "):
        read_bytes(data, "f.bin")


def test_zip_that_is_not_docx() -> None:
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("data.csv", "a,b\n1,2\n")
    with pytest.raises(UnsupportedFormat, match="not a Word"):
        read_bytes(package.getvalue(), "data.zip")
    with pytest.raises(UnreadableDocument, match="damaged DOCX"):
        read_bytes(package.getvalue(), "data.docx")


@pytest.mark.parametrize(
    "data", [b"", b"  \n\t ", b"\xef\xbb\xbf", "\ufeff \n".encode("utf-8-sig"), "".encode("utf-16")]
)
def test_empty_files(data: bytes, tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match=r"empty\.txt: empty file"):
        read_bytes(data, "empty.txt")
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(UnreadableDocument, match="empty file"):
        read_file(path)


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(DEFAULT_MAX_BYTES + 1)  # sparse: reading it would take 50 MB of memory
    with pytest.raises(TooLarge, match=r"huge\.txt: .*over the limit"):
        read_file(path)


def test_size_limit_argument_and_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "note.txt"
    path.write_text("The General Assembly decides.", encoding="utf-8")
    with pytest.raises(TooLarge):
        read_file(path, max_bytes=10)
    with pytest.raises(TooLarge):
        read_bytes(b"x" * 11, "note.txt", max_bytes=10)
    monkeypatch.setenv("MANDATA_MAX_BYTES", "10")
    with pytest.raises(TooLarge):
        read_file(path)
    assert read_file(path, max_bytes=1000).text == "The General Assembly decides."
    monkeypatch.setenv("MANDATA_MAX_BYTES", "lots")
    with pytest.raises(MandataError, match="MANDATA_MAX_BYTES"):
        read_file(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match=r"nothing\.pdf: cannot read"):
        read_file(tmp_path / "nothing.pdf")
    with pytest.raises(UnreadableDocument, match="cannot read"):
        read_file(tmp_path)


def test_error_messages_are_one_line() -> None:
    with pytest.raises(MandataError) as info:
        read_bytes(b"%PDF-1.4\n%%EOF\n", "two\nlines.pdf")
    # the newline is shown escaped, so that the name printed is the file's (#12)
    assert "\n" not in str(info.value) and "two\\nlines.pdf" in str(info.value)


# --------------------------------------------------------------------------------------------
# Properties: whatever the input, a RawText or a MandataError
# --------------------------------------------------------------------------------------------

NAMES = st.sampled_from(["", "a.txt", "a.pdf", "a.docx", "a.html", "a.bin"])


def _read_or_fail(data: bytes, name: str) -> None:
    try:
        raw = read_bytes(data, name)
    except MandataError as err:
        assert "\n" not in str(err)
        return
    assert isinstance(raw, RawText) and raw.text.strip()
    assert "\r" not in raw.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), NAMES)
def test_random_bytes_never_crash(data: bytes, name: str) -> None:
    _read_or_fail(data, name)


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=500),
    st.sampled_from(["utf-8", "utf-16", "utf-16-le", "gb18030", "utf-32"]),
    NAMES,
)
def test_random_text_never_crashes(text: str, codec: str, name: str) -> None:
    _read_or_fail(text.encode(codec, errors="replace"), name)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["%PDF-1.7\n", "<html><body>", "PK\x03\x04"]))
def test_random_tails_after_magic_never_crash(text: str, magic: str) -> None:
    _read_or_fail(magic.encode() + text.encode("utf-8"), "x")
