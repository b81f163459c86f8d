"""A running head OCR misread on one page (issue 18): the title beside the symbol comes out
different on each page ("... the Olympic ide A/RES/80/5"), so its text no longer repeats; the
symbol at the same place at the top of other pages still makes it the running head, in every
language. Our own lines, set as a scan's OCR gives them."""

from __future__ import annotations

import pytest

from mandata.layout import normalize_layout
from mandata.read.pdf import PdfLayout, PdfLine

HEADS = {
    "en": (
        "Cooperation in sustainable transport A/RES/80/5",
        "A/RES/80/5 Cooperation in sustainable transport",
        "Cooperation in sustainable transpert A/RES/80/5",
    ),
    "fr": (
        "Coopération dans le domaine des transports durables A/RES/80/5",
        "A/RES/80/5 Coopération dans le domaine des transports durables",
        "Coopération dans le domaine des transparts durahles A/RES/80/5",
    ),
    "ru": (
        "Сотрудничество в области устойчивого транспорта A/RES/80/5",
        "A/RES/80/5 Сотрудничество в области устойчивого транспорта",
        "Сотрудннчество в области устойчнвого транспорта A/RES/80/5",
    ),
}
BODY = {
    "en": "the Member States and the organizations concerned to continue their work",
    "fr": "les États Membres et les organisations intéressées à poursuivre leurs travaux",
    "ru": "государства-члены и соответствующие организации продолжать свою работу",
}


def _layout(heads: tuple[str, ...], body: str, high: float = 0.0) -> tuple[str, PdfLayout]:
    """Four pages: the first without a head, the others a head at the top (in the size OCR
    measured, near the body's) and three body lines; the last page's head ``high`` points
    higher than the others'."""
    parts: list[str] = []
    lines: list[PdfLine] = []
    pos = 0
    for page in range(1, 5):
        y = 803.5 + page % 2 * 0.4 + (high if page == 4 else 0.0)
        rows = [] if page == 1 else [(heads[page - 2], 85.0, 510.0, y, 8.8)]
        words = body.split()
        rows += [
            (" ".join(words[page + k :] + words[: page + k]), 91.0, 504.0, 760.0 - 12 * k, 9.2)
            for k in range(3)
        ]
        if page > 1:
            parts.append("\f")
            pos += 1
        for k, (text, x0, x1, y, size) in enumerate(rows):
            if k:
                parts.append("\n")
                pos += 1
            lines.append(PdfLine(text, page, pos, x0, x1, y, size))
            parts.append(text)
            pos += len(text)
    return "".join(parts), PdfLayout(tuple(lines), ((595.0, 842.0),) * 4)


@pytest.mark.parametrize("code", ["en", "fr", "ru"])
def test_misread_running_head_is_furniture(code: str) -> None:
    text, layout = _layout(HEADS[code], BODY[code])
    body = [ln.text for ln in normalize_layout(text, layout).lines if ln.text.strip("\f")]
    assert not any("A/RES/80/5" in t for t in body)
    assert len(body) == 12


@pytest.mark.parametrize("code", ["en", "fr", "ru"])
def test_running_head_read_higher_is_furniture(code: str) -> None:
    """A running head set on two lines (a long title), which OCR reads as one row with the
    upper line's baseline: its symbol stands 9 points higher than on the other pages."""
    heads = (*HEADS[code][:2], HEADS[code][2].replace("A/RES/80/5", "A/RES/80/5 e"))
    text, layout = _layout(heads, BODY[code], high=9.0)
    body = [ln.text for ln in normalize_layout(text, layout).lines if ln.text.strip("\f")]
    assert not any("A/RES/80/5" in t for t in body)
    assert len(body) == 12
