"""A Chinese line that ends short of the margin only because the figure after it did not fit
(layout.py, issue 18): "……通过了关于……的MSC." / "489(103)号决议，……". The line before ends
with a full stop (the designation's), but a paragraph opens with a figure only as its number:
the carried figure goes on with the paragraph. Our own numbered paragraphs, each naming a
designation at a different place, printed by weasyprint in WenQuanYi Zen Hei (as
scripts/unxml_pdf.py prints the UN's Chinese) so that some of them break before its figures;
skipped without weasyprint or the font."""

from __future__ import annotations

from pathlib import Path

from mandata.parse import parse_file
from weasy import page, print_pdf

CSS = """
@page { size: 210mm 297mm; margin: 25mm 30mm; }
body { font-family: "FAMILY"; font-size: 10pt; line-height: 1.2; }
p { text-align: justify; margin: 0 0 6pt 0; }
.n { display: inline-block; width: 12mm; }
"""
LEAD = "注意到国际海事组织海上安全委员会第一〇三届会议为解决几内亚湾海盗和海上武装抢劫问题"
TAIL = (
    "通过了关于建议采取的行动的MSC.489(103)号决议，回顾该区域各国在应对海盗和海上武装抢劫"
    "的威胁并解决其根源问题方面所发挥的首要作用，并促请该区域各国根据国际法开展合作；"
)


def _html() -> str:
    paragraphs = [
        f'<p><span class="n">{k}.</span>{LEAD[:k]}{TAIL}</p>' for k in range(1, len(LEAD) + 1)
    ]
    return page("zh", CSS, ["<p>大会，</p>", *paragraphs])


def test_a_figure_carried_to_the_next_line_starts_no_paragraph(tmp_path: Path) -> None:
    pdf = print_pdf(_html(), "zh", tmp_path / "carried-zh.pdf")
    doc = parse_file(pdf, language="zh", analysis=False, ocr="never")
    operative = [p for res in doc.resolutions for p in res.operative]
    carried = [p.text[:30] for p in operative if p.number is None]
    assert not carried, carried
    assert [p.number for p in operative] == [str(k) for k in range(1, len(LEAD) + 1)]
    assert all("489(103)号决议" in p.text.replace(" ", "") for p in operative)
