"""A paragraph's last figures carried over to a line of their own ("... of 17 May" /
"2003,"), of which OCR may keep only a part ("03,"): the line has no letter, so on a
right-to-left page it is not mirrored and stands where an indented first line would, and on
any page a lost first figure moves it off the margin. Under a full line that does not close it
goes on with its paragraph (issue 18). Our own lines, set as a scan's OCR gives them."""

from __future__ import annotations

import pytest

from mandata.layout import normalize_layout
from mandata.read.pdf import PdfLayout, PdfLine

WIDTH = 612.0
BODY = {
    "ar": (
        "وإذ تشير إلى قرارها بشأن تمويل البعثة وإلى قراراتها اللاحقة المتخذة في هذا الصدد",
        "وآخرها القرار المؤرخ في السابع عشر من أيار/مايو من عام",
        "وإذ تعيد تأكيد المبادئ العامة التي يستند إليها تمويل عمليات حفظ السلام،",
    ),
    "en": (
        "Recalling its resolution on the financing of the mission and its subsequent",
        "resolutions thereon, the latest of which was adopted on 17 May",
        "Reaffirming the general principles underlying the financing of operations,",
    ),
    "fr": (
        "Rappelant sa résolution relative au financement de la mission et ses résolutions",
        "ultérieures sur la question, dont la plus récente date du 17 mai",
        "Réaffirmant les principes généraux sur lesquels repose le financement,",
    ),
    "ru": (
        "ссылаясь на свою резолюцию о финансировании миссии и последующие резолюции",
        "по этому вопросу, последней из которых является резолюция от 17 мая",
        "вновь подтверждая общие принципы финансирования операций,",
    ),
}


def _layout(code: str, tail: str) -> tuple[str, PdfLayout]:
    """One page: an indented paragraph of three full lines and a tail of figures, then two more
    indented paragraphs. Coordinates as printed: a right-to-left line starts at the right."""
    first, full, other = BODY[code]
    rtl = code == "ar"
    rows = [(first, 34.0, 412.0), (full, 0.0, 412.0), (full, 0.0, 412.0), (tail, 14.0, 40.0)]
    rows += [(other, 34.0, 412.0), (full, 0.0, 412.0), (full, 0.0, 412.0), (other, 0.0, 200.0)]
    lines: list[PdfLine] = []
    parts: list[str] = []
    pos = 0
    for k, (text, start, end) in enumerate(rows):
        x0, x1 = 92.0 + start, 92.0 + end
        if rtl and any(ch.isalpha() for ch in text):
            x0, x1 = WIDTH - x1, WIDTH - x0
        elif rtl:  # a figure keeps the place it was printed at, on the right
            x0, x1 = WIDTH - 92.0 - (x1 - x0) - start, WIDTH - 92.0 - start
        if k:
            parts.append("\n")
            pos += 1
        lines.append(PdfLine(text, 1, pos, x0, x1, 760.0 - 17 * k, 14.0))
        parts.append(text)
        pos += len(text)
    return "".join(parts), PdfLayout(tuple(lines), ((WIDTH, 792.0),))


@pytest.mark.parametrize("code", ["ar", "en", "fr", "ru"])
@pytest.mark.parametrize("tail", ["2003,", "03,", "6,"])
def test_figures_carried_over_go_on_with_their_paragraph(code: str, tail: str) -> None:
    text, layout = _layout(code, tail)
    starts = [ln.starts for ln in normalize_layout(text, layout).lines]
    assert starts[3] is False
    assert starts[4] is True


SCRAPS = {"ar": "ن؛", "en": "s;", "fr": "s,", "ru": "й,"}


@pytest.mark.parametrize("code", ["ar", "en", "fr", "ru"])
def test_scrap_of_a_last_word_goes_on_with_its_paragraph(code: str) -> None:
    """What OCR kept of a paragraph's last word carried over to a line of its own ("ن؛" for
    "الإنسان؛"), standing where its letters were read, right of the margin: no word that opens
    a paragraph."""
    text, layout = _layout(code, SCRAPS[code])
    starts = [ln.starts for ln in normalize_layout(text, layout).lines]
    assert starts[3] is False
    assert starts[4] is True
