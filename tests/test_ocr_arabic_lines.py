"""Arabic lines as OCR reads them, repaired from where they stand on the page (issue 18): the
comma that ends a paragraph read as a hamza, the particle that opens a preambular paragraph read
as a scrap at its indented start, the tens of a paragraph number lost. Our own lines."""

from __future__ import annotations

from mandata.read.hocr import (
    OcrLine,
    OcrPage,
    Row,
    Word,
    _arabic_commas,
    _arabic_number,
    _arabic_prefixes,
    _arabic_tens,
)

MARGIN, INDENT, SIZE = 504.0, 470.0, 12.5


def _line(text: str, right: float = MARGIN, y: float = 700.0) -> OcrLine:
    return OcrLine(text, 92.0, right, y, SIZE, ())


BODY = [
    _line("والسبعين، الذي يتضمن مشاريع الاستنتاجات المتعلقة بتحديد القواعد الآمرة في القانون"),
    _line("الدولي العمومي وبنتائجها القانونية وبالتعليقات عليها وبالملاحظات المبداة بشأنها"),
    _line("في الدورة السابعة والسبعين للجمعية العامة وفي مناقشات اللجنة السادسة المتعلقة"),
]


def test_hamza_before_a_paragraph_opening_is_the_comma() -> None:
    lines = [
        _line("وبنتائجها القانونية، مشفوعة بمرفقهاء", right=300.0),
        _line("وإذ تحيط علما بتوصية لجنة القانون الدولي الواردة في الفقرة 41 من تقريرها،", INDENT),
        _line("إلى أن تعزز الدول الأعضاء تعاونها في هذا المجال وفي غيره من المجالات سواء"),
        _line("في ذلك الدول النامية وغيرها من الدول الأعضاء في الأمم المتحدة والمنظمات"),
        _line("منها", right=300.0),
        _line("2 - تطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار."),
    ]
    texts = [ln.text for ln in _arabic_commas(lines)]
    assert texts[0].endswith("بمرفقها،")
    assert texts[2].endswith("سواء")  # a hamza inside a paragraph stays


def test_particle_read_as_a_scrap_at_an_indented_start() -> None:
    lines = [
        *BODY,
        _line("ذ تشير كذلك إلى أن المفهوم الأساسي يتمثل في وقف الأعمال القتالية", INDENT),
        _line("ف نظرت في الفصل الرابع من تقرير لجنة القانون الدولي عن أعمال دورتها", INDENT),
        _line("1 تسلم بالدور الرئيسي للدول الأعضاء في التأهب والتصدي لتفشي الأمراض", INDENT),
        _line("1 - تسلم بالدور الرئيسي للدول الأعضاء في التأهب والتصدي لتفشي الأمراض"),
        _line("إن الجمعية العامة،", INDENT),
        _line("6 - تشجع الدول الأعضاء على مواصلة تعزيز الجهود المبذولة في سبيل التنسيق", INDENT),
        *BODY,
    ]
    texts = [ln.text for ln in _arabic_prefixes(lines)]
    assert texts[3].startswith("وإذ تشير كذلك")
    assert texts[4].startswith("وإذ نظرت في") or texts[4].startswith("وقد نظرت في")
    assert texts[5].startswith("وإذ تسلم بالدور")
    assert texts[6].startswith("1 - تسلم")  # a number at the margin stays
    assert texts[7] == "إن الجمعية العامة،"
    assert texts[8].startswith("6 - تشجع")  # an indented number stays


def test_paragraph_numbers_whose_tens_were_lost() -> None:
    numbered = [_line(f"{k} - تطلب إلى الأمين العام أن يقدم تقريرا؛") for k in range(8, 10)]
    numbered += [_line("0 - تسلم بما تعود به الشراكات من فوائد؛")]
    numbered += [_line("1- تطلب إلى الأمين العام أن يقدم تقريرا؛")]
    page = OcrPage(tuple(BODY + numbered), 90.0, 100)
    texts = [ln.text for ln in _arabic_tens({0: page})[0].lines]
    assert [t.split(" ")[0] for t in texts[3:]] == ["8", "9", "10", "11-"]


def test_paragraph_number_whose_units_were_lost() -> None:
    """ "1-" where 16 is expected and 17 follows is 16; a "1" that opens a new sequence (the
    next number read is 2) stays 1."""
    numbered = [_line(f"{k} - تطلب إلى الأمين العام أن يقدم تقريرا؛") for k in range(14, 16)]
    numbered += [_line("1- تشير إلى تضمين خطة التنمية المستدامة جملة أمور؛")]
    numbered += [_line("17 - تطلب إلى الأمين العام أن يقدم تقريرا؛")]
    numbered += [_line("1 - تقرر أن تبقي المسألة قيد نظرها؛")]
    numbered += [_line("2 - تطلب إلى الأمين العام أن يقدم تقريرا؛")]
    page = OcrPage(tuple(BODY + numbered), 90.0, 100)
    texts = [ln.text for ln in _arabic_tens({0: page})[0].lines]
    assert [t.split(" ")[0] for t in texts[3:]] == ["14", "15", "16-", "17", "1", "2"]


def test_paragraph_number_misread_between_the_numbers_around_it() -> None:
    """ "38 -" between "9 -" and "1 -" (11 with its tens lost) is 10."""
    numbered = [_line(f"{k} - تطلب إلى الأمين العام أن يقدم تقريرا؛") for k in (8, 9, 38, 1, 2)]
    page = OcrPage(tuple(BODY + numbered), 90.0, 100)
    texts = [ln.text for ln in _arabic_tens({0: page})[0].lines]
    assert [t.split(" ")[0] for t in texts[3:]] == ["8", "9", "10", "11", "12"]


def test_paragraph_number_read_after_its_dash() -> None:
    """ "4 -" at a line's right end read as two words, the dash first: the words stand where
    the page shows them (the dash left of the 4), the number goes first."""
    words = [
        Word("-", (2050, 304, 2078, 334), 64),
        Word("4", (2078, 304, 2100, 334), 64),
        Word("تلاحظ", (1860, 302, 1958, 334), 90),
        Word("أن", (1802, 293, 1839, 341), 93),
    ]
    row = Row((1802, 293, 2100, 341), 334.0, 50.0, words)
    _arabic_number(row)
    assert [w.text for w in row.words[:3]] == ["4", "-", "تلاحظ"]
    # a dash that stands right of a number (running text, "2015 - 2030") is left alone
    words = [
        Word("-", (2080, 304, 2100, 334), 90),
        Word("4", (2040, 304, 2062, 334), 90),
        Word("تلاحظ", (1860, 302, 1958, 334), 90),
    ]
    row = Row((1860, 302, 2100, 334), 334.0, 50.0, words)
    _arabic_number(row)
    assert [w.text for w in row.words[:2]] == ["-", "4"]


def test_paragraph_number_whose_dash_was_lost() -> None:
    """A number at the operative margin whose dash OCR lost, under a line that closes, is the
    number the sequence expects when the next number read confirms it: "1" before "2 -" opening
    the operative part (its verb garbled, "حب" for "ترحب"), "8" between "4 -" and "6 -" (a 5
    misread). A number at the margin under a line that does not close (a date going on), or not
    confirmed by the next number, stays as read."""
    lines = [
        _line("وإذ تشير إلى قرارها السابق المتعلق بالمسألة قيد النظر وإلى جميع الأعمال", INDENT),
        _line("ذات الصلة التي اضطلعت بها الأمم المتحدة في هذا المجال،"),
        _line("1 حب بالأنشطة التي يضطلع بها المكتب في المنطقة دون الإقليمية وخارجها"),
        _line("وفي البلدان المجاورة لها؛"),
        _line("2 - تلاحظ مع الارتياح الدعم الذي قدمه البلد المضيف إلى المكتب في عام"),
        _line("15 كانون الأول/ديسمبر من أجل تعزيز أنشطته؛"),
        _line("3 - تطلب إلى الأمين العام أن يقدم تقريرا؛"),
        _line("4 - تطلب أيضا إلى الأمين العام أن يقدم تقريرا؛"),
        _line("8 قتع المكتب على مواصلة التعاون مع المنظمات الإقليمية ودون الإقليمية"),
        _line("وعلى الاستثمار في علاقاته معها؛"),
        _line("6 - تقرر أن تبقي المسألة قيد نظرها؛"),
        _line("9 تقارير الأمين العام السابقة المقدمة إليها؛"),
    ]
    page = OcrPage(tuple(lines), 90.0, 100)
    texts = [ln.text for ln in _arabic_tens({0: page})[0].lines]
    assert texts[2].startswith("1 - حب بالأنشطة")
    assert texts[5].startswith("15 كانون")  # under a line that does not close
    assert texts[8].startswith("5 - قتع المكتب")
    assert texts[11].startswith("9 تقارير")  # no number after it confirms it
