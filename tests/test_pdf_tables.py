"""A table inside an operative paragraph of a printed PDF (layout.py, issue 18): the UN sets a
table smaller than its paragraph under the line that introduces it with a colon ("... for the
following purposes:"), in rows whose first cell may be a section number ("2 General Assembly
affairs ... 348 510 900") or a part's title, sometimes with a title between two tables ("B.
Office of Investment Management") and a note under them. Every row goes on with the paragraph:
none is a paragraph of its own, none a paragraph number. Our own budget resolution, printed by
weasyprint in each language's script and typography (as scripts/unxml_pdf.py prints the UN's
XML); skipped without weasyprint or the fonts."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from mandata.parse import parse_file
from weasy import page, print_pdf

CSS = """
@page { size: 210mm 297mm; margin: 25mm 30mm; }
body { font-family: "FAMILY", serif; font-size: 10pt; line-height: 1.2; }
p { text-align: justify; margin: 0 0 6pt 0; text-indent: 12mm; }
p.num { text-indent: 0; } .n { display: inline-block; width: 12mm; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 0 0 6pt 0;
  border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000; }
td { padding: 1pt 3pt; vertical-align: bottom; } td.amt { text-align: end; white-space: nowrap; }
p.tnote { font-size: 8.5pt; text-indent: 0; }
"""
# (frame, asks with a table, rows of the first table, a title between tables, rows of the
# second, the table's note, the paragraph after the tables)
TEXTS = {
    "en": (
        ["The General Assembly,", "Resolves that, for the biennium:"],
        "Appropriations totalling 1,234,567,800 United States dollars are hereby approved "
        "for the following purposes:",
        [
            ("Section", "Amount (United States dollars)", ""),
            ("", "Part I. Overall policymaking, direction and coordination", ""),
            ("1", "Overall policymaking, direction and coordination", "86 769 400"),
            (
                "2",
                "General Assembly and Economic and Social Council affairs and "
                "conference management",
                "348 510 900",
            ),
            ("", "Subtotal, part I", "435 280 300"),
            ("", "Part II. Political affairs", ""),
            ("3", "Political affairs", "839 094 400"),
            ("4", "Disarmament", "13 835 800"),
        ],
        "B. Regional commissions",
        [("5", "Economic development in Europe", "37 229 400"), ("", "Total", "876 323 800")],
        "Abbreviations: GS (OL), General Service (Other level).",
        "In addition to the appropriations approved under paragraph 1 above, an amount of "
        "7,000,000 dollars is appropriated for the Tax Equalization Fund;",
    ),
    "ar": (
        ["إن الجمعية العامة،", "تقرر، بالنسبة لفترة السنتين:"],
        "الموافقة بموجب هذا القرار على اعتمادات مجموعها 800 567 234 1 دولار من دولارات "
        "الولايات المتحدة للأغراض التالية:",
        [
            ("الباب", "المبلغ (بدولارات الولايات المتحدة)", ""),
            ("", "الجزء الأول - تقرير السياسات والتوجيه والتنسيق عموما", ""),
            ("1", "تقرير السياسات والتوجيه والتنسيق عموما", "400 769 86"),
            (
                "2",
                "شؤون الجمعية العامة والمجلس الاقتصادي والاجتماعي وإدارة المؤتمرات",
                "900 510 348",
            ),
            ("", "المجموع الفرعي، الجزء الأول", "300 280 435"),
            ("", "الجزء الثاني - الشؤون السياسية", ""),
            ("3", "الشؤون السياسية", "400 094 839"),
            ("4", "نزع السلاح", "800 835 13"),
        ],
        "باء - اللجان الإقليمية",
        [("5", "التنمية الاقتصادية في أوروبا", "400 229 37"), ("", "المجموع", "800 323 876")],
        "المختصرات: خ ع (ر أ)، خدمات عامة (الرتب الأخرى).",
        "رصد مبلغ، بالإضافة إلى الاعتمادات الموافق عليها بموجب الفقرة 1 أعلاه، قدره "
        "000 000 7 دولار لصندوق معادلة الضرائب؛",
    ),
    "zh": (
        ["大会，", "决议在两年期内："],
        "特此核定批款共计1 234 567 800美元，用途如下：",
        [
            ("款次", "数额(美元)", ""),
            ("", "第一编. 全面决策、指导和协调", ""),
            ("1", "全面决策、指导和协调", "86 769 400"),
            ("2", "大会和经济及社会理事会事务和会议管理", "348 510 900"),
            ("", "第一编小计", "435 280 300"),
            ("", "第二编. 政治事务", ""),
            ("3", "政治事务", "839 094 400"),
            ("4", "裁军", "13 835 800"),
        ],
        "B. 区域委员会",
        [("5", "欧洲经济发展", "37 229 400"), ("", "共计", "876 323 800")],
        "缩略语：一般事务(其他职等)。",
        "除上文第1段核定的批款外，从衡平征税基金拨款7 000 000美元；",
    ),
}


def _row(cells: tuple[str, str, str]) -> str:
    return (
        "<tr>"
        + "".join(
            f'<td class="{"amt" if k != 1 else "lab"}">{html.escape(c)}</td>'
            for k, c in enumerate(cells)
        )
        + "</tr>"
    )


def _html(code: str) -> str:
    frame, ask, first, title, second, note, after = TEXTS[code]
    number = "1 - " if code == "ar" else "1."
    body = [f"<p>{html.escape(line)}</p>" for line in frame]
    body.append(f'<p class="num"><span class="n">{number}</span>{html.escape(ask)}</p>')
    body.append("<table>" + "".join(_row(r) for r in first) + "</table>")
    body.append(f'<p class="num" style="text-indent: 12mm">{html.escape(title)}</p>')
    body.append("<table>" + "".join(_row(r) for r in second) + "</table>")
    body.append(f'<p class="tnote">{html.escape(note)}</p>')
    number = "2 - " if code == "ar" else "2."
    body.append(f'<p class="num"><span class="n">{number}</span>{html.escape(after)}</p>')
    return page(code, CSS, body)


@pytest.mark.parametrize("code", ["en", "ar", "zh"])
def test_table_rows_go_on_with_the_paragraph_that_introduces_them(
    code: str, tmp_path: Path
) -> None:
    pdf = print_pdf(_html(code), code, tmp_path / f"budget-{code}.pdf")
    doc = parse_file(pdf, language=code, analysis=False, ocr="never")
    operative = [p for res in doc.resolutions for p in res.operative]
    numbered = [p for p in operative if p.number]
    assert [p.number for p in numbered] == ["1", "2"], [p.text[:50] for p in operative]
    # besides, at most "Resolves that, for the biennium:", the part's unnumbered first paragraph
    others = [p.text for p in operative if not p.number]
    assert all(text.endswith((":", "：")) for text in others), others
    first = numbered[0].text
    _, _, rows, title, second, note, _ = TEXTS[code]
    for cell in (rows[3][1].split()[0], rows[5][1], title.split()[-1], second[0][1], note[:8]):
        assert cell in first, cell
    assert TEXTS[code][6][:10] in numbered[1].text
