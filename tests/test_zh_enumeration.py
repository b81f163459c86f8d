"""A Chinese paragraph whose line ends with the enumeration comma "、" (issue 18 item 3,
issue 14 item 5).

"、" joins the items of a list ("防止冲突、和平解决争端、维持和平"); no paragraph ends with it.
When a line ends there and the next one opens with an item that reads as a leading phrase
(维持 "maintains", 支持 "supports"), the line used to count as closed, and the item as a new
paragraph: in a printed PDF where the line ends short of the margin (the next item, a symbol
such as "66/264、", did not fit), and in text. Our own text; the PDF is printed by weasyprint
with WenQuanYi Zen Hei, and the test is skipped without them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.model import Document
from mandata.parse import parse_file

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
CSS = """
@page { size: 210mm 297mm; margin: 25mm 30mm; }
body { font-family: "WenQuanYi Zen Hei"; font-size: 10pt; line-height: 1.2; }
p { text-align: justify; margin: 0 0 6pt 0; text-indent: 2em; }
"""
MASTHEAD = ["联合国 A/RES/80/52", "大会", "第八十届会议", "议程项目 15", "80/52. 和平文化"]
# the preambular paragraphs; "|" marks where a line ends, short of the margin, after "、"
PREAMBLE = [
    "大会，",
    "回顾其关于和平文化的各项决议，",
    "认识到国际社会为防止冲突、和平解决争端、|维持和平、建设和平、调解、裁军和可持续发展"
    "作出的一切努力对于和平文化具有重要促进作用，",
    "注意到大会第59/296、60/266、61/276、|66/264和70/286号决议的相关规定，",
]
OPERATIVE = [
    "1. 鼓励会员国继续推动和平文化；",
    "2. 决定将题为“和平文化”的项目列入第八十一届会议临时议程。",
]


def _html() -> str:
    body = "".join(f"<p>{text.replace('|', '<br>')}</p>" for text in [*PREAMBLE, *OPERATIVE])
    head = "".join(f'<p style="text-indent:0">{line}</p>' for line in MASTHEAD)
    return (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">'
        f"<style>{CSS}</style></head><body>{head}{body}</body></html>"
    )


def _counts(doc: Document) -> list[tuple[int, int]]:
    return [(len(r.preamble), len(r.operative)) for r in doc.resolutions]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Document:
    weasyprint = pytest.importorskip("weasyprint", reason="weasyprint prints the test PDF")
    if not FONT.exists():
        pytest.skip("no Chinese font: install fonts-wqy-zenhei (scripts/install_browser.sh)")
    path = tmp_path_factory.mktemp("zh") / "A_RES_80_52.pdf"
    weasyprint.HTML(string=_html()).write_pdf(path)
    return parse_file(path, language="zh", analysis=False, ocr="never")


def test_pdf_line_ending_in_enumeration_comma(printed: Document) -> None:
    assert _counts(printed) == [(3, 2)]
    third = printed.resolutions[0].preamble[1].text
    assert "和平解决争端、维持和平" in third.replace(" ", "")


def test_text_line_ending_in_enumeration_comma(tmp_path: Path) -> None:
    lines = [*MASTHEAD, "", *(p.replace("|", "\n") for p in PREAMBLE), *OPERATIVE]
    path = tmp_path / "A_RES_80_52.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = parse_file(path, language="zh", analysis=False)
    assert _counts(doc) == [(3, 2)]
