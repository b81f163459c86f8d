"""Lines tesseract's page analysis skipped on an Arabic page, found in the image and read again
(read/lostlines.py, issue 18). Our own text, printed by weasyprint right to left in DejaVu Sans
(as scripts/unxml_pdf.py prints the UN's Arabic), rendered at 300 dpi and read by tesseract; a
line of what it read is taken away, as its page analysis loses one now and then, and the line must
come back from the image, in its place. And the running head's symbol and the foot's job number,
printed in Latin letters, read again in their script (read/bandsymbol.py). Skipped without
tesseract, its Arabic pack, weasyprint or the font."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from mandata import lang
from mandata.parse import parse_file
from mandata.read import hocr, ocr
from mandata.read.hocr import Row
from mandata.read.lostlines import recover
from scans import rasterize

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
CSS = """
@page { size: 210mm 297mm; margin: 25mm 30mm; }
body { font-family: "DejaVu Sans"; font-size: 10pt; line-height: 1.2; }
p { text-align: justify; margin: 0 0 6pt 0; }
.indent, .n { display: inline-block; width: 12mm; }
hr { width: 40mm; margin: 30pt auto 6pt 0; border: 0; border-top: 1px solid black; }
.note { font-size: 8pt; }
"""
PREAMBLE = [
    "إن الجمعية العامة،",
    "إذ تشير إلى قراراتها السابقة بشأن حماية التراث الثقافي في أوقات النزاع المسلح وإلى تقرير "
    "الأمين العام عن تنفيذها، وإلى ما أعربت عنه الدول الأعضاء من آراء بشأن سبل تعزيز التعاون "
    "الدولي في هذا المجال، ولا سيما في مجال استرداد الممتلكات الثقافية المنقولة بصورة غير مشروعة "
    "وإعادتها إلى بلدانها الأصلية، وفي مجال تدريب العاملين في المتاحف والمكتبات ودور المحفوظات،",
    "وإذ تلاحظ أن التراث الثقافي يسهم في تعزيز الحوار بين الثقافات وفي بناء السلام والمصالحة "
    "بعد انتهاء النزاعات، وأن تدميره المتعمد يلحق ضررا بالغا بالمجتمعات المحلية وبهويتها "
    "وذاكرتها، وإذ تسلم بالدور الذي تضطلع به المنظمات الإقليمية في هذا الصدد وفي غيره،",
]
OPERATIVE = [
    "تحيط علما بتقرير الأمين العام وبالتوصيات الواردة فيه، وتشجع الدول الأعضاء على النظر في "
    "تنفيذها على النحو المناسب وفقا لأولوياتها الوطنية وفي حدود الموارد المتاحة لها؛",
    "تدعو الدول الأعضاء إلى تعزيز تعاونها في مجال حماية التراث الثقافي وتبادل المعلومات "
    "والخبرات والممارسات الجيدة في هذا المجال، بما في ذلك عن طريق المنظمات الإقليمية "
    "والدولية المختصة وعن طريق برامج التدريب وبناء القدرات؛",
    "تطلب إلى الأمين العام أن يقدم إليها في دورتها المقبلة تقريرا عن تنفيذ هذا القرار.",
]
NOTE = "انظر الوثيقة الرسمية للجمعية العامة عن هذا البند من جدول الأعمال."


def _page(folder: Path) -> tuple[bytes, float, Path]:
    """Our page printed, rendered as OCR renders it (a grey PGM, its resolution), and as a scan."""
    weasyprint = pytest.importorskip("weasyprint", reason="weasyprint prints the test PDF")
    if shutil.which("tesseract") is None or "ara" not in ocr.packs_installed():
        pytest.skip("tesseract or its Arabic pack is not installed: scripts/install_ocr.sh")
    if not FONT.exists():
        pytest.skip("no Arabic font: scripts/install_ocr.sh")
    body = f"<p>{PREAMBLE[0]}</p>"
    body += "".join(f'<p><span class="indent"></span>{text}</p>' for text in PREAMBLE[1:])
    body += "".join(
        f'<p><span class="n">{k} -</span>{text}</p>' for k, text in enumerate(OPERATIVE, 1)
    )
    body += f'<hr><p class="note">(1) {NOTE}</p>'
    html = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<style>{CSS}</style></head><body>{body}</body></html>"
    )
    printed = folder / "printed.pdf"
    weasyprint.HTML(string=html).write_pdf(printed)
    pdf = pdfium.PdfDocument(str(printed))
    try:
        image, dpi = ocr.render(pdf[0])
    finally:
        pdf.close()
    scan = folder / "scan.pdf"
    scan.write_bytes(rasterize(printed.read_bytes()))
    return image, dpi, scan


def _read(dpi: float) -> Callable[[bytes], str]:
    return lambda strip: ocr._read_line(strip, dpi, "ara", 60)


def _inside(found: list[Row]) -> int:
    """The index of a line inside a paragraph: full lines above and below it, one pitch apart."""
    for k in range(1, len(found) - 1):
        above, row, below = found[k - 1], found[k], found[k + 1]
        step = row.baseline - above.baseline
        same = abs((below.baseline - row.baseline) - step) < 0.1 * step
        if same and len(above.words) > 5 and len(row.words) > 5 and len(below.words) > 5:
            return k
    raise AssertionError("no line inside a paragraph")


def _words(row: Row) -> list[str]:
    return [w.text for w in row.words]


def test_a_lost_line_comes_back_in_its_place(tmp_path: Path) -> None:
    image, dpi, _ = _page(tmp_path)
    found = ocr.read_page(image, dpi, "ara").rows
    k = _inside(found)
    lost = found[k]
    back = recover(image, found[:k] + found[k + 1 :], dpi, _read(dpi))
    assert len(back) == len(found)
    again = back[k]
    assert abs(again.baseline - lost.baseline) < 0.2 * lost.size
    same = set(_words(again)) & set(_words(lost))
    assert len(same) >= 0.8 * len(_words(lost))


def test_a_lost_last_line_before_a_paragraph_gap_comes_back(tmp_path: Path) -> None:
    """The short last line of a paragraph: a gap of two and a half pitches was left."""
    image, dpi, _ = _page(tmp_path)
    found = ocr.read_page(image, dpi, "ara").rows
    k = next(k for k, row in enumerate(found) if "التدريب" in _words(row))
    assert len(found[k].words) < 8  # the last line of its paragraph, short
    back = recover(image, found[:k] + found[k + 1 :], dpi, _read(dpi))
    assert len(back) == len(found)
    assert "التدريب" in _words(back[k])


def test_nothing_is_added_when_no_line_was_lost(tmp_path: Path) -> None:
    """Paragraph gaps, the footnote separator and the space under the text are no lines."""
    image, dpi, _ = _page(tmp_path)
    found = ocr.read_page(image, dpi, "ara").rows
    assert hocr.find_rules(image)  # the separator is there to be left alone
    back = recover(image, list(found), dpi, _read(dpi))
    assert [_words(row) for row in back] == [_words(row) for row in found]


def test_a_scan_keeps_its_paragraphs_when_a_line_is_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page read with the first line of an operative paragraph lost, its number with it: the
    line is found again, and the paragraphs and their numbers are the printed ones."""
    _, _, scan = _page(tmp_path)
    read = hocr.rows  # what read/ocr.py calls, replaced there below

    def losing(hocr: str) -> list[Row]:
        found = read(hocr)
        return [row for row in found if not row.words[0].text.startswith("2")]

    monkeypatch.setattr(ocr, "rows", losing)
    doc = parse_file(scan, language="ar", analysis=False, ocr="always")
    assert [(len(r.preamble), len(r.operative)) for r in doc.resolutions] == [(2, 3)]
    assert [p.number for p in doc.resolutions[0].operative] == ["1", "2", "3"]


def _headed_page(folder: Path) -> tuple[bytes, float]:
    """A page of our text under a running head as the UN prints it: the title in Arabic, the
    symbol in bold Latin letters; the job number and the page at the foot."""
    weasyprint = pytest.importorskip("weasyprint", reason="weasyprint prints the test PDF")
    if shutil.which("tesseract") is None or "ara" not in ocr.packs_installed():
        pytest.skip("tesseract or its Arabic pack is not installed: scripts/install_ocr.sh")
    css = CSS + (
        "@page { @top-left { content: 'A/RES/80/268'; font-size: 9pt; font-weight: bold; }"
        " @top-right { content: 'اليوم الدولي للعب'; font-size: 8pt; }"
        " @bottom-left { content: '25-24514'; font-size: 8pt; }"
        " @bottom-right { content: '2/3'; font-size: 9pt; } }"
    )
    body = "".join(f'<p><span class="indent"></span>{text}</p>' for text in PREAMBLE[1:])
    html = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<style>{css}</style></head><body>{body}</body></html>"
    )
    printed = folder / "headed.pdf"
    weasyprint.HTML(string=html).write_pdf(printed)
    pdf = pdfium.PdfDocument(str(printed))
    try:
        return ocr.render(pdf[0])
    finally:
        pdf.close()


def test_the_symbol_and_job_number_in_latin_are_read_in_their_script(tmp_path: Path) -> None:
    """The Arabic pack reads the running head's Latin symbol and the foot's job number as
    digits and scraps; the page's bands are read again in the language's band packs."""
    image, dpi = _headed_page(tmp_path)
    packs = lang.get("ar").ocr_band_packs
    rows = ocr.read_page(image, dpi, "ara", band_packs=packs).rows
    texts = [" ".join(_words(row)) for row in rows]
    assert "A/RES/80/268" in texts[0]
    assert "25-24514" in texts[-1]
    assert "اليوم الدولي للعب" in texts[0]  # the title stays
