"""Scanned PDFs read by OCR (issue 18): our own documents printed in the UN's layout, rendered to
images (a scan) and parsed: the same Document as their text layer, in English, French and Russian;
the pages OCRed and the confidence recorded; a garbage text layer replaced; two columns read in
column order; a blank scan, a slow scan and OCR turned off give one-line errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fpdf import FPDF

from mandata.errors import NoTextLayer, TooLarge, UnreadableDocument
from mandata.model import Document
from mandata.parse import parse_file
from pdfmaker import Doc, Para, font_for, make_pdf
from scans import images_pdf, page_images, rasterize
from test_pdf_layout import NAMES, TEXTS

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract is not installed: scripts/install_ocr.sh"
)


def _doc(language: str) -> Doc:
    """A one-page resolution: 2 preambular and 3 operative paragraphs, 5 footnotes."""
    t = TEXTS[language]
    names = NAMES[language].split(", ")[0]
    paras = [Para(t["formula"])]
    notes: dict[str, str] = {}
    for k in range(1, 3):
        paras.append(Para(t["pre"].format(k=k, m=k, names=names)))
        notes[str(k)] = t["notes"].format(k=k)
    for k in range(1, 4):
        paras.append(Para(t["op"].format(m=k + 2, names=names), number=f"{k}."))
        notes[str(k + 2)] = t["notes"].format(k=k + 2)
    return Doc(language, t["masthead"], paras, notes, head=t["head"])


def _shape(doc: Document) -> list[tuple[int, int, list[str | None]]]:
    return [
        (len(r.preamble), len(r.operative), [p.number for p in r.operative])
        for r in doc.resolutions
    ]


@needs_tesseract
@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_scan_gives_the_text_layers_document(language: str, tmp_path: Path) -> None:
    if font_for(language) is None:
        pytest.skip("DejaVu Sans is not installed")
    printed = make_pdf(_doc(language), tmp_path / "printed.pdf")
    scan = tmp_path / "scan.pdf"  # no language in the name: it is found from the page
    scan.write_bytes(rasterize(printed.read_bytes()))
    layer = parse_file(printed)
    ocred = parse_file(scan)  # --ocr auto: the scan has no text layer
    assert layer.ocr_pages == [] and layer.ocr_confidence is None
    assert ocred.ocr_pages == list(range(1, (ocred.pages or 0) + 1)) and ocred.pages
    assert ocred.ocr_confidence is not None and ocred.ocr_confidence > 80
    assert ocred.language == language
    assert ocred.symbol == layer.symbol
    assert _shape(ocred) == _shape(layer) == [(2, 3, ["1", "2", "3"])]
    assert {r.target for r in ocred.references} == {r.target for r in layer.references}
    assert [f.marker for f in ocred.footnotes] == [f.marker for f in layer.footnotes]
    leading = [p.action for r in ocred.resolutions for p in r.preamble + r.operative]
    assert leading == [p.action for r in layer.resolutions for p in r.preamble + r.operative]


@needs_tesseract
def test_garbage_text_layer_is_read_by_ocr(tmp_path: Path) -> None:
    """A page that shows text but whose layer is nonsense (an old OCR's): auto reads the page."""
    if font_for("en") is None:
        pytest.skip("DejaVu Sans is not installed")
    printed = make_pdf(_doc("en"), tmp_path / "printed.pdf")
    image = tmp_path / "page.png"
    page_images(printed.read_bytes(), 300)[0].save(image)
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.image(str(image), 0, 0, 612, 792)
    pdf.add_font("body", fname=str(font_for("en")))
    pdf.set_font("body", size=10)
    pdf.text_mode = "INVISIBLE"
    for k in range(40):
        pdf.text(72, 80 + k * 15, "tHe Gcn~ral AssemhIy ,R3calliug it5 resoIuti0n 7$/l0 oF;;")
    bad = tmp_path / "bad_layer.pdf"
    pdf.output(str(bad))
    assert parse_file(bad, ocr="never").resolutions == []
    doc = parse_file(bad)
    assert doc.ocr_pages == [1]
    assert _shape(doc) == [(2, 3, ["1", "2", "3"])]


@needs_tesseract
def test_two_columns_read_in_column_order(tmp_path: Path) -> None:
    """An old compilation's page: paragraphs 1-4 in the left column, 5-8 in the right."""
    font = font_for("en")
    if font is None:
        pytest.skip("DejaVu Sans is not installed")
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.add_font("body", fname=str(font))
    pdf.set_font("body", size=10)
    pdf.set_xy(60, 60)
    pdf.multi_cell(492, 14, "The General Assembly,", align="C")
    for k in range(8):
        x = 60 if k < 4 else 320
        y = 100 + (k % 4) * 150
        pdf.set_xy(x, y)
        text = (
            f"{k + 1}. Requests the Secretary-General to report on the matter number {k + 1} "
            "to the General Assembly at its next session, with the views of Member States "
            "and of the regional organizations concerned;"
        )
        pdf.multi_cell(232, 14, text)
    printed = tmp_path / "columns.pdf"
    pdf.output(str(printed))
    scan = tmp_path / "columns_scan.pdf"
    scan.write_bytes(rasterize(printed.read_bytes()))
    doc = parse_file(scan, language="en")
    numbers = [p.number for p in doc.all_paragraphs() if p.number]
    assert numbers == [str(k) for k in range(1, 9)]


@needs_tesseract
def test_scan_without_text_is_a_one_line_error(tmp_path: Path) -> None:
    from PIL import Image

    blank = tmp_path / "blank_scan.pdf"
    blank.write_bytes(images_pdf([Image.new("L", (2550, 3300), 255)] * 2))
    with pytest.raises(UnreadableDocument, match="no recognisable text on the 2 scanned pages"):
        parse_file(blank)
    run = subprocess.run(
        [sys.executable, "-m", "mandata.cli", "parse", str(blank)], capture_output=True, text=True
    )
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and "no recognisable text" in run.stderr


@needs_tesseract
def test_slow_scan_stops_at_the_time_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if font_for("en") is None:
        pytest.skip("DejaVu Sans is not installed")
    printed = make_pdf(_doc("en"), tmp_path / "printed.pdf")
    pages = page_images(printed.read_bytes())
    scan = tmp_path / "long_scan.pdf"
    scan.write_bytes(images_pdf(pages * 6))
    monkeypatch.setenv("MANDATA_OCR_SECONDS", "1")
    with pytest.raises(TooLarge, match=r"OCR stopped at its time limit of 1 s after \d+ of 6"):
        parse_file(scan, language="en")


def test_ocr_off_or_missing_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(images_pdf([Image.new("L", (850, 1100), 255)]))
    with pytest.raises(NoTextLayer, match="read it with --ocr auto"):
        parse_file(scan, ocr="never")
    import mandata.read.ocr as ocr

    monkeypatch.setattr(ocr, "tesseract_available", lambda: False)
    with pytest.raises(NoTextLayer, match="tesseract is not installed"):
        parse_file(scan)


def test_good_text_layer_is_not_ocred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--ocr auto leaves a PDF with a good text layer to its layer: no page is OCRed."""
    if font_for("fr") is None:
        pytest.skip("DejaVu Sans is not installed")
    import mandata.read.ocr as ocr

    def refuse(*args: object) -> None:
        raise AssertionError("OCR was run on a good text layer")

    monkeypatch.setattr(ocr, "ocr_pages", refuse)
    doc = parse_file(make_pdf(_doc("fr"), tmp_path / "good.pdf"), ocr="auto")
    assert doc.ocr_pages == [] and _shape(doc) == [(2, 3, ["1", "2", "3"])]
