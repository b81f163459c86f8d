"""OCR of Latin and Cyrillic pages (issue 18): item labels and paragraph numbers misread by OCR
mended from their sequence, line sizes from the letters where tesseract's estimate is far off,
and the RES of a symbol read "BE$". hOCR fragments written for the test, no tesseract needed."""

from __future__ import annotations

import pytest

from mandata.read.hocr import Scan, finish, rows
from mandata.read.repair import repair_ocr


def _page(lines: list[tuple[str, int, str]], sizes: list[float] | None = None) -> str:
    """hOCR of lines: a first word at ``x`` (a mark), a tab's gap, then the text's words, each
    a word box 40 pixels high (30 for words of x-height letters only)."""
    out = []
    for k, (first, x, text) in enumerate(lines):
        top = 300 + 50 * k
        size = sizes[k] if sizes else 39
        words = [(first, x, x + 30)]
        left = x + 145
        for word in text.split():
            words.append((word, left, left + 20 * len(word)))
            left += 20 * len(word) + 20
        spans = "".join(
            f"<span class='ocrx_word' id='w{k}_{j}' title='bbox {a} {top} {b} {top + 30};"
            f" x_wconf 90'>{w}</span> "
            for j, (w, a, b) in enumerate(words)
        )
        out.append(
            f"<span class='ocr_line' id='l{k}' title=\"bbox {x} {top} {left} {top + 40};"
            f' baseline 0 -8; x_size {size}">{spans}</span>'
        )
    return "<div class='ocr_page' title='bbox 0 0 2480 3508'>" + "".join(out) + "</div>"


def _texts(hocr: str) -> list[str]:
    return [ln.text for ln in finish({0: Scan(rows(hocr), [], 3508, 300.0)})[0].lines]


@pytest.mark.parametrize(
    ("code", "verb", "item"),
    [
        ("ru", "призывает государства:", "принимать меры"),
        ("fr", "invite les États :", "prendre des mesures"),
        ("es", "exhorta a los Estados a:", "adoptar medidas"),
    ],
)
def test_item_labels_misread_are_mended_by_their_sequence(code: str, verb: str, item: str) -> None:
    """The labels of a list read as Cyrillic letters, digits or signs ("Ь)", "9)", "0", "|)")
    are the letters in turn after "a)"; the next paragraph number ends the list, and a number
    out of the paragraphs' sequence inside it is a label."""
    seen = ["а)", "Ь)", "с)", "9)", "е)", "19)", "5)", "в)", "0", "|)", "К)", "1.", "D"]
    lines = [("4.", 380, verb)] + [(s, 380, item) for s in seen] + [("5.", 380, verb)]
    texts = _texts(_page(lines))
    labels = [seen[0], *[f"{c})" for c in "bcdefghijklm"]]  # the first reads as "a)" already
    assert [t.split()[0] for t in texts] == ["4.", *labels, "5."]


def test_labels_of_a_list_in_order_stay() -> None:
    """A list read right stays as read; a label indented further (an item of an item) is not
    one of the list's; a label OCR lost ("b)" between "a)" and "c)") leaves the others as read."""
    lines = [
        ("1.", 380, "decides:"),
        ("a)", 380, "to act"),
        ("(i)", 520, "one"),
        ("b)", 380, "to go"),
    ]
    texts = _texts(_page(lines))
    assert [t.split()[0] for t in texts] == ["1.", "a)", "(i)", "b)"]
    lines = [
        ("1.", 380, "decides:"),
        ("a)", 380, "to act"),
        ("c)", 380, "to go"),
        ("0)", 380, "to"),
    ]
    assert [t.split()[0] for t in _texts(_page(lines))] == ["1.", "a)", "c)", "d)"]


@pytest.mark.parametrize(
    ("before", "seen", "after", "text"),
    [
        ("16.", "У.", "18.", "просит Генерального секретаря"),
        ("16.", "Il.", "18.", "prie le Secrétaire général"),
        ("16.", "Ii.", "18.", "solicita al Secretario General"),
    ],
)
def test_paragraph_number_read_as_letters(before: str, seen: str, after: str, text: str) -> None:
    """A paragraph number read as letters ("У." for "17.") between 16 and 18 is 17."""
    texts = _texts(_page([(before, 380, text), (seen, 380, text), (after, 380, text)]))
    assert [t.split()[0] for t in texts] == ["16.", "17.", "18."]


@pytest.mark.parametrize(
    "text", ["постановляет продолжить", "décide de poursuivre", "decide seguir"]
)
def test_paragraph_number_read_with_a_sign_between_its_digits(text: str) -> None:
    """ "1-2" after paragraph 11 is 12; after paragraph 3 it stays as read."""
    assert _texts(_page([("11.", 380, text), ("1-2", 380, text)]))[1].startswith("12.")
    assert _texts(_page([("3.", 380, text), ("1-2", 380, text)]))[1].startswith("1-2")


@pytest.mark.parametrize(
    "text",
    [
        "и в области сама вновь он",
        "on en some mean ever room",
        "como con una nunca mas ese",
    ],
)
def test_line_size_from_letters_where_tesseract_is_far_off(text: str) -> None:
    """A line of the body whose x_size tesseract estimated a third too small (per block) gets
    the body's size from its letters; the page's highest line (a running head) keeps its own."""
    sizes = [33.0, 39.0, 39.0, 25.0, 38.0, 40.0, 39.0]
    lines = [("x", 380, text)] * len(sizes)
    page = finish({0: Scan(rows(_page(lines, sizes)), [], 3508, 300.0)})[0]
    got = [round(ln.size * 300 / 72) for ln in page.lines]
    assert got[0] == 33 and got[3] == got[1] == got[2] and got[3] >= 37


@pytest.mark.parametrize(
    ("seen", "meant"),
    [
        ("A/BE$/78/119 Укрепление координации", "A/RES/78/119 Укрепление координации"),
        ("А/ВЕ5/78/169", "A/RES/78/169"),
        ("résolution A/BE$/77/1", "résolution A/RES/77/1"),
        ("resolución S/BE$/2719 (2024)", "resolución S/RES/2719 (2024)"),
    ],
)
def test_res_of_a_symbol_read_as_be_dollar(seen: str, meant: str) -> None:
    assert repair_ocr(seen) == meant
