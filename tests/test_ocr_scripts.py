"""Scans of Arabic and Chinese resolutions read by OCR (issue 18 acceptance 2): our own text,
printed by weasyprint in the UN's layout (DejaVu Sans right to left for Arabic, WenQuanYi Zen Hei
for Chinese), rendered to an image-only PDF and parsed: the paragraphs and their numbers as
printed. What tesseract does to these pages and what is repaired:

- Arabic: the paragraph number "3 -" read as "2-3", the "2" a box one pixel wide (made up);
  the Arabic comma that ends a paragraph read as a hamza ("بمرفقهاء");
- Chinese: the page read with tesseract's page analysis cut lines into pieces read out of
  context, and a paragraph number "1." read as a character ("开", "工").

Skipped without tesseract, weasyprint or the fonts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mandata.model import Document
from mandata.parse import parse_file
from scans import rasterize

FONTS = {
    "ar": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    "zh": Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
}
FAMILY = {"ar": "DejaVu Sans", "zh": "WenQuanYi Zen Hei"}
CSS = """
@page {{ size: 210mm 297mm; margin: 25mm 30mm; }}
body {{ font-family: "{family}"; font-size: 10pt; line-height: 1.2; }}
p {{ text-align: justify; margin: 0 0 6pt 0; }}
.indent, .n {{ display: inline-block; width: 12mm; }}
html[lang=zh] p {{ text-indent: 12mm; }}
html[lang=zh] p.num {{ text-indent: 0; }}
"""

AR_MASTHEAD = [
    "الأمم المتحدة A/RES/80/31",
    "الجمعية العامة",
    "الدورة الثمانون",
    "البند 77 من جدول الأعمال",
    "قرار اتخذته الجمعية العامة في 4 كانون الأول/ديسمبر 2025",
    "80/31 التعاون الدولي في مجال النقل المستدام",
]
AR_PREAMBLE = [
    "إن الجمعية العامة،",
    "إذ تشير إلى قراراتها السابقة بشأن النقل المستدام وإلى تقرير الأمين العام عن تنفيذها، "
    "وإلى تقرير الفريق الاستشاري الرفيع المستوى المعني بالنقل المستدام مشفوعا بمرفقه "
    "وبالتوصيات الواردة فيه، وإلى ما أعربت عنه الدول الأعضاء من آراء بشأنه ومقترحات لتنفيذه،",
    "وإذ تلاحظ أن للنقل المستدام أهمية كبرى في تحقيق أهداف التنمية المستدامة وفي الحد من "
    "الفقر وتعزيز النمو الاقتصادي المطرد والشامل للجميع في البلدان النامية وفي غيرها منها،",
    "وإذ تسلم بالدور الذي تضطلع به اللجان الإقليمية في دعم الدول الأعضاء في جهودها الرامية "
    "إلى وضع سياسات للنقل المستدام وتنفيذها على الصعيدين الوطني والإقليمي وفي تعزيز قدراتها،",
]
AR_OPERATIVE = [
    "تحيط علما بتقرير الأمين العام وبالتوصيات الواردة فيه؛",
    "تشجع الدول الأعضاء على وضع سياسات للنقل المستدام وتنفيذها على جميع المستويات؛",
    "تدعو منظومة الأمم المتحدة إلى تقديم الدعم التقني إلى البلدان النامية في هذا المجال؛",
    "تطلب إلى الأمين العام أن يقدم إليها في دورتها الثانية والثمانين تقريرا عن تنفيذ هذا القرار.",
]

ZH_MASTHEAD = ["联合国 A/RES/80/52", "大会", "第八十届会议", "议程项目 15", "80/52. 可持续交通"]
ZH_PREAMBLE = [
    "大会，",
    "回顾其关于可持续交通的各项决议以及秘书长关于这些决议执行情况的报告，",
    "强调《联合国宪章》第十三条第一项(子)款所述国际法编纂和逐渐发展的持续重要性，",
    "注意到可持续交通对于实现可持续发展目标、消除贫困和促进持续、包容和可持续的经济增长"
    "具有重要意义，并确认各区域委员会在这方面发挥的作用，",
]
ZH_OPERATIVE = [
    "欣见秘书长的报告及其中所载的各项建议，并鼓励会员国在这方面继续开展合作；",
    "表示赞赏区域委员会不断促进可持续交通领域的区域合作；",
    "鼓励会员国制定和执行各级可持续交通政策；",
    "请秘书长向大会第八十二届会议提交关于本决议执行情况的报告。",
]


def _html(code: str) -> str:
    masthead, preamble, operative = (
        (AR_MASTHEAD, AR_PREAMBLE, AR_OPERATIVE)
        if code == "ar"
        else (ZH_MASTHEAD, ZH_PREAMBLE, ZH_OPERATIVE)
    )
    stop = " -" if code == "ar" else "."
    head = "".join(f"<p>{line}</p>" for line in masthead)
    body = f"<p>{preamble[0]}</p>"
    indent = '<span class="indent"></span>' if code == "ar" else ""
    body += "".join(f"<p>{indent}{text}</p>" for text in preamble[1:])
    body += "".join(
        f'<p class="num"><span class="n">{k}{stop}</span>{text}</p>'
        for k, text in enumerate(operative, 1)
    )
    direction = ' dir="rtl"' if code == "ar" else ""
    css = CSS.format(family=FAMILY[code])
    return (
        f'<!DOCTYPE html><html lang="{code}"{direction}><head><meta charset="utf-8">'
        f"<style>{css}</style></head><body>{head}{body}</body></html>"
    )


def _scan(code: str, folder: Path) -> Document:
    weasyprint = pytest.importorskip("weasyprint", reason="weasyprint prints the test PDF")
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed: scripts/install_ocr.sh")
    if not FONTS[code].exists():
        pytest.skip(f"no font for {code}: scripts/install_ocr.sh")
    printed = folder / "printed.pdf"
    weasyprint.HTML(string=_html(code)).write_pdf(printed)
    scan = folder / f"scan-{code}.pdf"
    scan.write_bytes(rasterize(printed.read_bytes()))
    return parse_file(scan, language=code, analysis=False, ocr="always")


@pytest.mark.parametrize("code", ["ar", "zh"])
def test_scan_gives_the_printed_paragraphs(code: str, tmp_path: Path) -> None:
    doc = _scan(code, tmp_path)
    assert [(len(r.preamble), len(r.operative)) for r in doc.resolutions] == [(3, 4)]
    assert [p.number for p in doc.resolutions[0].operative] == ["1", "2", "3", "4"]
