"""Arabic lines as OCR reads them (issue 18): their font size from the height of their tall
letters (tesseract's own estimate strays by half on lines of one size, and a page's first body
lines read small went with the running head), a row of scraps read on a line's baseline, a line
cut in two rows, a paragraph number read with a direction mark, the particle read as a word of
its skeleton, a line whose first word was lost, a label whose opening bracket was lost. Our own lines, set as a scan's OCR gives them."""

from __future__ import annotations

from mandata.read.hocr import (
    OcrLine,
    Row,
    Scan,
    Word,
    _arabic_lines,
    _arabic_number,
    finish,
)

DPI = 300.0
PITCH, ASCENT = 50, 32  # pixels: the body's line pitch and the height of its alef over the line
BODY = (
    "وإذ تشير إلى قراراتها السابقة المتعلقة بالمسألة قيد النظر وإلى جميع الأعمال ذات الصلة",
    "التي اضطلعت بها الأمم المتحدة في هذا المجال على الصعيد العالمي والإقليمي والوطني",
    "وإذ تلاحظ مع التقدير الجهود التي تبذلها الدول الأعضاء من أجل تعزيز التعاون الدولي",
)


def _row(text: str, baseline: int, size: float, ascent: int = ASCENT) -> Row:
    """A right-to-left row of words across the column (pixels 382 to 2100), each word's top
    ``ascent`` over the baseline when it holds a tall letter (alef, lam), 24 pixels over it when
    it does not."""
    words = []
    step = (2100 - 382) // len(text.split())
    for k, word in enumerate(text.split()):
        right = 2100 - step * k
        tall = any(c in "الكطظ" for c in word)
        top = baseline - (ascent if tall else 24)
        words.append(Word(word, (right - step + 10, top, right, baseline + 12), 90))
    box = (min(w.box[0] for w in words), min(w.box[1] for w in words), 2100, baseline + 12)
    return Row(box, float(baseline), size, words)


def test_line_sizes_from_the_tall_letters() -> None:
    """Body lines that tesseract sized 25 to 66 pixels, all with their alef 31 to 33 pixels
    high, come out one size; the notes (alef 26 high) stay smaller than the body."""
    sizes = [59, 25, 66, 52, 27, 55, 51, 22, 60]
    rows = [
        _row(BODY[k % 3], 400 + PITCH * k, size, ASCENT + (k % 3) - 1)
        for k, size in enumerate(sizes)
    ]
    rows += [_row("(1) القرار 70/1، المرفق.", 3000 + 45 * k, 47, 26) for k in range(2)]
    page = finish({0: Scan(rows, [], 3508, DPI)})[0]
    body = {round(ln.size, 1) for ln in page.lines[: len(sizes)]}
    assert len(body) == 1
    notes = [ln.size for ln in page.lines[len(sizes) :]]
    assert all(size < 0.9 * min(body) for size in notes)


def test_row_of_scraps_on_a_line_is_dropped() -> None:
    """Pieces of a line's words read again as a row of their own on its baseline (the ends
    its word boxes cut short) are no line; the lines above and below stay."""
    rows = [_row(BODY[k % 3], 400 + PITCH * k, 52) for k in range(4)]
    scraps = _row("في مة ة: في ية د", 400 + PITCH * 2, 27)
    scraps.box = (400, scraps.box[1], 1990, scraps.box[3])
    page = finish({0: Scan([*rows[:2], scraps, *rows[2:]], [], 3508, DPI)})[0]
    assert [ln.text for ln in page.lines] == [BODY[k % 3] for k in range(4)]


def test_line_cut_in_two_rows_side_by_side_is_one() -> None:
    """The last line of a paragraph read as two rows on its baseline, the halves of its word
    ("إمكانا:" and "تهم،"): one line, right to left."""
    rows = [_row(BODY[k % 3], 400 + PITCH * k, 52) for k in range(3)]
    right = Row((2003, 420, 2100, 452), 550.0, 41, [Word("إمكانا:", (2003, 420, 2100, 452), 90)])
    left = Row((1941, 425, 2004, 452), 551.0, 35, [Word("تهم،", (1941, 425, 2004, 452), 90)])
    tail = _row(BODY[2], 625, 52)
    page = finish({0: Scan([*rows, left, right, tail], [], 3508, DPI)})[0]
    texts = [ln.text for ln in page.lines]
    assert texts[3] == "إمكانا: تهم،"
    assert len(texts) == 5


def test_paragraph_number_read_with_a_direction_mark() -> None:
    """ "-3" with a right-to-left mark glued to it is "3-", as without the mark; "2--" is
    "2-"."""
    words = [
        Word("-3\u200f", (2040, 304, 2100, 334), 80),
        Word("تشدد", (1860, 302, 1958, 334), 90),
        Word("أيضا", (1760, 293, 1839, 341), 93),
    ]
    row = Row((1760, 293, 2100, 341), 334.0, 50.0, words)
    _arabic_number(row)
    assert row.words[0].text.startswith("3-")
    # its dash read twice ("2--"): one dash
    words = [Word("2--", (2023, 303, 2098, 334), 9), *words[1:]]
    row = Row((1760, 293, 2100, 341), 334.0, 50.0, words)
    _arabic_number(row)
    assert row.words[0].text == "2-"


MARGIN, INDENT, SIZE = 504.0, 470.0, 12.5


def _line(text: str, right: float = MARGIN) -> OcrLine:
    return OcrLine(text, 92.0, right, 700.0, SIZE, ())


def test_particle_read_as_a_word_of_its_skeleton() -> None:
    """ "واد تشير" (the particle "وإذ" without its hamza and its dot) at an indented start is
    "وإذ تشير"; the hamza that ends the line above is then the paragraph's comma."""
    lines = [
        _line(BODY[1]),
        _line(BODY[1]),
        _line("برنامج الأمم المتحدة للبيئة واتفاقيات البحار الإقليمية وخطط عملهاء", 300.0),
        _line("واد تشير إلى القرارات المتعلقة بالإدارة المتكاملة للمناطق الساحلية", INDENT),
        _line("ويد تشير إلى القرارات المتعلقة بالإدارة المتكاملة للمناطق الساحلية", INDENT),
        _line("والد تلقى عليه المسؤولية في هذا الصدد وفي غيره من المجالات ذات الصلة", INDENT),
        _line(BODY[1]),
    ]
    texts = [ln.text for ln in _arabic_lines(lines)]
    assert texts[3].startswith("وإذ تشير إلى")
    assert texts[2].endswith("عملها،")
    assert texts[4].startswith("ويد")  # another skeleton: no particle
    assert texts[5].startswith("والد")


def test_line_whose_first_word_was_lost_goes_on() -> None:
    """ "د مصالح الطفل" ("تأخذ مصالح الطفل", its first word lost) standing a word short of the
    margin after a full line that does not close: at the margin. A paragraph's indented first
    line, and a short line after one that closes, stay where they stand."""
    lines = [
        _line(BODY[1]),
        _line("وإذ تسلم بمسؤولية الدول عن حماية الأطفال غير المصحوبين، وإذ تكفل أن", INDENT),
        _line("أو المنفصلين عن ذويهم وأن تكفل في جميع الإجراءات المتعلقة بهم أن"),
        _line("د مصالح الطفل الفضلى في المقام الأول،", MARGIN - 15.0),
        _line("وإذ تشير إلى قراراتها السابقة المتعلقة بحقوق الطفل وإلى جميع", INDENT),
        _line(BODY[1] + "،"),
        _line("تسلم بأهمية الأعمال ذات الصلة،", MARGIN - 15.0),
        _line(BODY[1]),
    ]
    lines = _arabic_lines(lines)
    assert lines[3].x1 == MARGIN
    assert lines[4].x1 == INDENT
    assert lines[6].x1 == MARGIN - 15.0  # after a line that closes
    assert lines[1].x1 == INDENT


def test_label_whose_opening_bracket_was_lost() -> None:
    lines = [
        _line(BODY[1]),
        _line("ه) أن تطلب إلى الممثلة الخاصة للأمين العام أن تواصل تقديم تقاريرها", INDENT),
        _line("(و) أن تطلب إلى المقررة الخاصة أن تواصل تقديم تقاريرها السنوية", INDENT),
        _line(") ز( أن تكفل حصول الجميع على مياه الشرب المأمونة والميسورة التكلفة", INDENT),
        _line("(ح] أن تبذل الجهود الرامية إلى التقليص بقدر كبير من كمية المياه", INDENT),
        _line(BODY[1]),
    ]
    texts = [ln.text for ln in _arabic_lines(lines)]
    assert texts[1].startswith("(ه) أن تطلب")
    assert texts[2].startswith("(و) أن تطلب")
    assert texts[3].startswith("(ز) أن تكفل")
    assert texts[4].startswith("(ح) أن تبذل")
    assert texts[5] == BODY[1]
