"""Chinese OCR: what tesseract makes of the words before a paragraph's text (its number, a list
item's label, the tab's blank) and of a few lines around them (issue 18).

Chinese pages are read as one block of text (``OCR_PSM`` 6), which Chinese alone does; the
paragraph numbers and labels stand before a tab that no other script's reading measures the
same way, so these classes are Chinese's own. The hOCR is written by hand: each line 60 pixels
below the one before, its words (text, left, right, confidence) 40 pixels high; the document's
tab at 522 pixels, the margin at 381, as the UN's Chinese resolutions are printed at 300 dpi.
"""

from __future__ import annotations

import pytest

from mandata.read.hocr import Scan, finish, rows

TEXT = "表示注意到秘书长关于第七十七届会议决议执行情况的报告；"
ITEM = "鼓励各国为移民女工实施对性别问题有敏感认识的政策；"
Word = tuple[str, int, int, int]


def _hocr(lines: list[list[Word]], feet: list[int] | None = None) -> str:
    """hOCR of lines of words; ``feet``: each line's baseline above its box's foot (pixels)."""
    out = []
    for k, words in enumerate(lines):
        top = 400 + 60 * k
        spans = "".join(
            f"<span class='ocrx_word' id='w{k}_{j}' title='bbox {a} {top} {b} {top + 40};"
            f" x_wconf {conf}'>{text}</span>"
            for j, (text, a, b, conf) in enumerate(words)
        )
        left, right = min(w[1] for w in words), max(w[2] for w in words)
        lift = feet[k] if feet else 0
        out.append(
            f"<span class='ocr_line' id='l{k}' title=\"bbox {left} {top} {right} {top + 40};"
            f' baseline 0 -{lift}; x_size 40">{spans}</span>'
        )
    return "<div class='ocr_page' title='bbox 0 0 2480 3508'>" + "".join(out) + "</div>"


def _texts(lines: list[list[Word]]) -> list[str]:
    page = finish({0: Scan(rows(_hocr(lines)), [], 3508, 300.0)})[0]
    return [ln.text for ln in page.lines]


def _numbered(number: str, text: str = TEXT, conf: int = 90) -> list[Word]:
    """A paragraph's first line: its number at the margin, its text from the tab on."""
    return [(number, 381, 413, conf), (text, 522, 2060, 92)]


def test_number_whose_box_takes_in_the_tab() -> None:
    """ "1." read as two characters with a confidence of 0 whose box runs up to the text
    ("放下", 381 to 502, the text at 522: no gap left between them) is numbered from the
    sequence as a number standing apart is; so is a list item's label read so ("全民" for
    "(b)"). Read with a good confidence, the same words stay: a line of text."""
    lines = [
        [("放下", 381, 502, 0), (TEXT, 522, 2060, 92)],
        _numbered("2."),
        [("(a)", 381, 425, 90), (ITEM, 522, 2060, 92)],
        [("全民", 381, 500, 5), (ITEM, 522, 2060, 92)],
        _numbered("3."),
    ]
    got = _texts(lines)
    assert [t[:3] for t in got] == ["1. ", "2. ", "(a)", "(b)", "3. "]
    lines[0][0] = ("放下", 381, 502, 90)
    assert _texts(lines)[0].startswith("放下")


def test_misread_line_start_past_the_tab_is_no_number() -> None:
    """A line's start that tesseract could not read, in a box that runs past the tab ("人", 381
    to 600, for "民、原籍国、" at the margin; "0" and "," to 903), is no paragraph number,
    though the numbers leave one out around it (the next one, a page below, read wrong)."""
    lines = [
        _numbered("15."),
        [("人", 381, 600, 0), ("过境国和目的地国境内移民状况有关的统计数据", 629, 2060, 92)],
        _numbered("17."),
    ]
    assert _texts(lines)[1].startswith("人")
    # nor a figure and a comma read so ("0" ","), which would be read "0." joined
    lines[1] = [
        ("0", 380, 876, 0),
        (",", 898, 903, 75),
        ("由青年充分、有效地参与，以纪念", 932, 2060, 96),
    ]
    assert not _texts(lines)[1].startswith("0.")


def test_short_numbered_line_counts_in_the_sequence() -> None:
    """A paragraph number read as one before a short line ("5. 鼓励会员国：") counts in the
    sequence: a misread label further on ("X" read with a low confidence) is not "5."."""
    lines = [
        _numbered("4."),
        _numbered("5.", "鼓励会员国："),
        [("X", 381, 413, 10), (ITEM, 522, 2060, 92)],
        _numbered("6."),
    ]
    got = _texts(lines)
    assert got[1].startswith("5.") and not got[2].startswith("5.")


def test_quotation_mark_read_in_the_tab() -> None:
    """A closing quotation mark read in the tab's blank before a paragraph's text ("16."
    "”重申…") goes, and the number counts in the sequence (a number read as a character
    before it is numbered from it); an opening one goes only when read with a low confidence."""
    lines = [
        _numbered("1."),
        [("夺", 381, 413, 0), (TEXT, 522, 2060, 92)],
        [("3.", 381, 413, 90), ("”" + TEXT, 484, 2060, 40)],
        [("(a)", 381, 425, 90), ("“" + ITEM, 466, 2060, 14)],
        [("(b)", 381, 425, 90), ("“" + ITEM, 466, 2060, 95)],
    ]
    got = _texts(lines)
    assert got[:4] == ["1. " + TEXT, "2. " + TEXT, "3. " + TEXT, "(a)" + ITEM]
    assert got[4] == "(b) “" + ITEM


def test_label_read_in_pieces_or_without_its_bracket() -> None:
    """A list item's label read as pieces before the tab ("(" "双" "。" for "(b)") is one label,
    the one the list expects; so is a label whose opening bracket OCR lost ("0)" for "(c)"). A
    roman numeral so ("ii)") keeps the sequence; footnote calls raised at a line's start ("1"
    "2") are not joined into a number."""
    lines = [
        _numbered("1."),
        [("(a)", 381, 425, 90), (ITEM, 522, 2060, 92)],
        [("(", 381, 424, 88), ("双", 405, 445, 23), ("。", 444, 467, 5), (ITEM, 522, 2060, 92)],
        [("0)", 381, 412, 36), (ITEM, 522, 2060, 92)],
        [("ii)", 381, 412, 36), (ITEM, 522, 2060, 92)],
        [("(e)", 381, 425, 90), (ITEM, 522, 2060, 92)],
    ]
    got = _texts(lines)
    assert [t.split(ITEM)[0].strip() for t in got[1:]] == ["(a)", "(b)", "(c)", "ii)", "(e)"]
    hocr = _hocr(
        [_numbered("1."), [("1", 381, 397, 90), ("2", 397, 411, 90), (TEXT, 476, 2060, 92)]]
    )
    scan = Scan(rows(hocr), [], 3508, 300.0)
    for word in scan.rows[1].words[:2]:  # raised: small and above the line's baseline
        word.box = (word.box[0], word.box[1], word.box[2], word.box[1] + 19)
    assert not finish({0: scan})[0].lines[1].text.startswith("12")


def test_justified_words_before_a_wide_gap_are_not_joined() -> None:
    """Words of a justified line before a gap as wide as a tab's ("全民" for "(k)", its box
    taking in the tab, then "重申" and a wide space): the label is read as one, the words of
    the text stay as they are."""
    lines = [
        _numbered("6."),
        [("(j)", 381, 425, 90), (ITEM, 522, 2060, 92)],
        [
            ("全民", 381, 500, 5),
            ("重申", 522, 597, 96),
            ("国际社会必须协调努力，确保", 621, 2060, 96),
        ],
    ]
    assert _texts(lines)[2] == "(k)重申国际社会必须协调努力，确保"


def test_number_read_as_zero_is_misread() -> None:
    """A paragraph number read as "0" (for "48.") is none that a paragraph has: it is numbered
    from the sequence with the misread number after it ("人" for "49.")."""
    lines = [
        _numbered("47."),
        [("0", 381, 460, 0), (TEXT, 522, 2060, 76)],
        [("人", 381, 501, 25), (TEXT, 522, 2060, 93)],
        _numbered("50."),
    ]
    assert [t[:3] for t in _texts(lines)] == ["47.", "48.", "49.", "50."]


def test_numbers_after_the_last_read_with_their_stop() -> None:
    """After the last number read, a misread number with its stop ("宛:" for "2.") is the next
    number, not a list item's label (a label has no stop); a misread word without a stop there
    is no number (a label, as the list reading takes it)."""
    lines = [_numbered("1."), [("宛", 381, 402, 0), (":", 408, 413, 0), (TEXT, 522, 2060, 95)]]
    assert _texts(lines)[1] == "2. " + TEXT
    lines = [_numbered("1."), [("宛", 381, 402, 0), (TEXT, 522, 2060, 95)]]
    assert not _texts(lines)[1].startswith("2.")


def test_section_number_apart_from_its_title() -> None:
    """A section's number a space apart from its title ("二" then, 29 pixels on, "独立…") keeps
    the space, as a text layer has it, so that the line reads as the section's heading; Chinese
    characters of running text close together ("二十国集团…") stay joined."""
    heading = [("二", 522, 561, 95), ("独立审计咨询委员会的活动", 590, 1073, 95)]
    running = [("二十", 381, 455, 95), ("国集团领导人峰会的成果文件，", 460, 2060, 95)]
    assert _texts([heading, running]) == [
        "二 独立审计咨询委员会的活动",
        "二十国集团领导人峰会的成果文件，",
    ]


def test_lone_number_misread_for_a_short_line_is_dropped() -> None:
    """A line of a Chinese page read as a number alone with a low confidence, in a box wider
    than a digit ("2" 64 pixels wide for "少，", a paragraph's last line): no line of a Chinese
    text is so; it is dropped rather than read as a paragraph number. A number read with a good
    confidence, or in a digit's width, stays."""
    body = [
        [
            (
                "还确认包容性经济增长和可持续发展对预防和防备自然灾害和其他紧急情况必不可",
                522,
                2021,
                95,
            )
        ]
    ]
    for _ in range(3):
        body.append([("强调指出可持续生产、消费和使用天然植物纤维可有助于落实议程", 381, 2060, 95)])
    assert "2" not in _texts([*body[:2], [("2", 381, 445, 42)], *body[2:]])
    assert "2" in _texts([*body[:2], [("2", 381, 445, 95)], *body[2:]])
    assert "2" in _texts([*body[:2], [("2", 381, 400, 42)], *body[2:]])


@pytest.mark.parametrize("lift", [5, 0])
def test_chinese_line_with_figures_on_its_characters_baseline(lift: int) -> None:
    """A Chinese line with figures, whose baseline tesseract puts on the figures' feet (five
    pixels above its characters' feet), stands on its characters' feet as a line of characters
    alone does: the gap from the heading above is the 60 pixels between them."""
    lines = [
        [("一", 522, 560, 95), ("内部监督事务厅的活动", 584, 989, 95)],
        [
            ("回顾", 522, 600, 95),
            ("其", 600, 640, 95),
            ("1994", 640, 740, 92),
            ("年", 740, 780, 95),
            ("7", 780, 800, 92),
            ("月", 800, 840, 95),
            ("29", 840, 880, 92),
            ("日", 880, 920, 95),
            ("第", 920, 960, 95),
            ("48/218", 960, 1100, 92),
            ("号决议、又回顾其以往各项决议及", 1100, 1700, 95),
        ],
    ]
    page = finish({0: Scan(rows(_hocr(lines, feet=[0, lift])), [], 3508, 300.0)})[0]
    assert page.lines[0].y - page.lines[1].y == pytest.approx(60 * 72 / 300)
