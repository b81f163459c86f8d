"""The parts of OCR that need no tesseract (issue 18): the repairs of digits, the quality test of
a text layer, tesseract's hOCR read as lines (calls, rules, Chinese), the bound on a page's pixels."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from mandata.read.hocr import Scan, find_rules, finish, rows
from mandata.read.ocr import MAX_PIXELS, probe_pack, render
from mandata.read.quality import measure
from mandata.read.repair import repair_ocr

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize(
    ("seen", "meant"),
    [
        ("resolution 2758 (XXVI) of 25 October l971", "resolution 2758 (XXVI) of 25 October 1971"),
        ("A/RES/78/l0 and A/78/2O3", "A/RES/78/10 and A/78/203"),
        ("l5 December 2O23", "15 December 2023"),
        ("l. Decides to remain seized", "1. Decides to remain seized"),
        ("ll. Reaffirms its commitment", "11. Reaffirms its commitment"),
        ("report (A/T9/215).", "report (A/79/215)."),
        ("18 $/2024/113.", "18 S/2024/113."),
        ("see §/2024/95.", "see S/2024/95."),
        ("10 B/CN.6/2001/4, annex.", "10 E/CN.6/2001/4, annex."),
        ("1l. Requests the Secretary-General", "11. Requests the Secretary-General"),
        ("résolution 77/l9 du l2 décembre", "résolution 77/19 du 12 décembre"),
        ("резолюцию 75/2O7 от l7 декабря", "резолюцию 75/207 от 17 декабря"),
        ("工. 敦促会员国", "1. 敦促会员国"),
        ("9，决定在题为", "9.决定在题为"),
        ("إن الجمعية العامة»", "إن الجمعية العامة،"),
        # Latin capitals of a symbol read as their Cyrillic twins on a Russian page
        ("документ А/80/31.", "документ A/80/31."),
        ("резолюция S/RЕS/2719 (2024)", "резолюция S/RES/2719 (2024)"),
        ("см. А/С.3/78/L.5", "см. A/C.3/78/L.5"),
    ],
)
def test_digits_repaired_inside_numbers(seen: str, meant: str) -> None:
    assert repair_ocr(seen) == meant


@pytest.mark.parametrize(
    "text",
    [
        "Oil and lO, I, l, O are words here",
        "I. Introduction",
        "II. Follow-up",
        "TD/B/T1 and A/TIU",
        "US$ 5/2 and § 3",
        "SUB/CN.4 and B/C.2",
        "III. Decides",
        "Part IV, (XXVI), Iol",
        "lo que la Asamblea decide o no",
        "工作组的报告",
        "2024，年",
        "ООН/ЮНЕП и ОМ/2 и ВОЗ/ЮНИСЕФ",
    ],
)
def test_words_and_numerals_left_alone(text: str) -> None:
    assert repair_ocr(text) == text


@pytest.mark.parametrize("code", ["ar", "en", "es", "fr", "ru", "zh"])
def test_good_text_is_usable(code: str) -> None:
    text = (EXAMPLES / code / "resolution.txt").read_text(encoding="utf-8")
    for page in text.split("\n\n\n") or [text]:
        if len(page.split()) > 30:
            assert measure(page).usable, measure(page)


def test_garbage_layers_are_not_usable() -> None:
    arabic = (EXAMPLES / "ar" / "resolution.txt").read_text(encoding="utf-8")
    mojibake = arabic.encode("cp1256", "replace").decode("latin-1")  # Arabic read as Latin-1
    assert not measure(mojibake).usable
    noise = "tHe Gcn~ral AssemhIy, ,R3calliug it5 resoIuti0n 7$/l0 oF l5 Dccembcr ;; " * 20
    assert not measure(noise).usable
    assert not measure("\ufffd\ufffd \ue001\ue002 \ufffd " * 30).usable
    assert not measure("12").usable  # a page number is no text layer


HOCR = """<div class='ocr_page' title='bbox 0 0 2480 3508'>
<p class='ocr_par'>
<span class='ocr_line' id='line_1' title="bbox 300 400 2100 450; baseline 0 -10; x_size 42; x_descenders 9; x_ascenders 11">
<span class='ocrx_word' id='w1' title='bbox 300 400 560 440; x_wconf 96'>Recalling</span>
<span class='ocrx_word' id='w2' title='bbox 580 400 700 440; x_wconf 95'>resolution</span>
<span class='ocrx_word' id='w3' title='bbox 720 400 860 440; x_wconf 91'>77/l9,</span>
<span class='ocrx_word' id='w4' title='bbox 870 395 884 414; x_wconf 60'>!</span>
<span class='ocrx_word' id='w5' title='bbox 900 400 990 440; x_wconf 95'>and</span>
</span>
</p>
<p class='ocr_par'>
<span class='ocr_line' id='line_2' title="bbox 300 3000 1200 3030; baseline 0 -8; x_size 30; x_descenders 6; x_ascenders 8">
<span class='ocrx_word' id='w6' title='bbox 300 2990 310 3008; x_wconf 50'>°</span>
<span class='ocrx_word' id='w7' title='bbox 330 3000 500 3030; x_wconf 93'>See</span>
<span class='ocrx_word' id='w8' title='bbox 520 3000 700 3030; x_wconf 93'>A/78/1.</span>
</span>
<span class='ocr_line' id='line_3' title="bbox 300 3100 1200 3130; baseline 0 -8; x_size 30">
<span class='ocrx_word' id='w9' title='bbox 300 3100 330 3130; x_wconf 90'>大</span>
<span class='ocrx_word' id='w10' title='bbox 331 3100 360 3130; x_wconf 90'>会</span>
<span class='ocrx_word' id='w11' title='bbox 380 3100 420 3130; x_wconf 90'>|</span>
</span>
</p></div>"""


def test_hocr_lines_calls_and_rules() -> None:
    scan = Scan(rows(HOCR), [(2950, 300, 700)], 3508, 300.0)
    page = finish({0: scan})[0]
    texts = [line.text for line in page.lines]
    # the call "!" misread for a raised 1 is numbered; the marker under the rule too
    assert texts == ["Recalling resolution 77/19, 1 and", "__________", "1 See A/78/1.", "大会"]
    body, rule, note, _ = page.lines
    assert body.raised == ((texts[0].index(" 1 ") + 1, texts[0].index(" 1 ") + 2),)
    assert note.raised == ((0, 1),)
    assert rule.y > note.y  # the rule stands above the note (PDF y grows upwards)
    assert abs(body.size - 42 * 72 / 300) < 0.01
    assert 85 < page.confidence < 95


def test_rules_found_in_the_image() -> None:
    width, height = 2480, 400
    rows_ = [bytearray(b"\xff" * width) for _ in range(height)]
    for x in range(300, 750):  # a 1.5-inch separator
        rows_[200][x] = 0
        rows_[201][x] = 0
    for x in range(100, 2400):  # a rule across the page (a table's): not a separator
        rows_[50][x] = 0
    for x in [*range(1000, 1283), *range(1284, 1300)]:  # a separator broken by a light pixel
        rows_[350][x] = 0
    for x in [*range(300, 1000), *range(2000, 2300, 3)]:  # a separator beside a bar code
        rows_[380][x] = 0
    for x in range(300, 330):  # text: short runs
        rows_[300][x] = 0
    pgm = b"P5\n%d %d\n255\n" % (width, height) + b"".join(bytes(r) for r in rows_)
    assert find_rules(pgm) == [(200, 300, 750), (350, 1000, 1300), (380, 300, 1000)]


def test_huge_page_rendered_within_the_pixel_bound(tmp_path: Path) -> None:
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(14400, 14400)  # 200 by 200 inches
    page = pdf[0]
    image, dpi = render(page)
    width, height = (int(v) for v in image.split(b"\n", 2)[1].split())
    assert width * height <= MAX_PIXELS * 1.01
    assert dpi < 300


def test_probe_packs_follow_the_script() -> None:
    assert probe_pack("Latin") == "eng+spa+fra"
    assert probe_pack("Cyrillic") == "rus"
    assert probe_pack("Han") == "chi_sim"
    assert probe_pack("Arabic") == "ara"
    assert probe_pack(None) == "eng"


def _line_hocr(words: list[str]) -> str:
    """One hOCR line of ``words``, each set on the baseline (no geometry marks a call)."""
    spans = "".join(
        f"<span class='ocrx_word' id='w{k}' title='bbox {300 + 200 * k} 400 {480 + 200 * k} 440;"
        f" x_wconf 90'>{w}</span>\n"
        for k, w in enumerate(words)
    )
    return (
        "<div class='ocr_page' title='bbox 0 0 2480 3508'><p class='ocr_par'>"
        "<span class='ocr_line' id='l1' title=\"bbox 300 400 2100 450; baseline 0 -10;"
        f' x_size 42">\n{spans}</span></p></div>'
    )


@pytest.mark.parametrize(
    ("words", "meant"),
    [
        (["report", "of", "the", "Secretary-General;?"], "report of the Secretary-General;1"),
        (["Declaration", "of", "Human", "Rights,!", "and"], "Declaration of Human Rights,1 and"),
        (
            ["for", "Sustainable", "Development,”", "whereby"],
            "for Sustainable Development,1 whereby",
        ),
        (["its", "resolution", "70/1.°"], "its resolution 70/1.1"),
        # a quotation closed after its own punctuation is no call
        (["entitled", "“Our", "common", "agenda,”"], "entitled “Our common agenda,”"),
        (["reads:", "“Decides.”"], "reads: “Decides.”"),
        (["Is", "it", "so?", "Yes!"], "Is it so? Yes!"),
    ],
)
def test_call_read_as_a_sign_after_punctuation(words: list[str], meant: str) -> None:
    page = finish({0: Scan(rows(_line_hocr(words)), [], 3508, 300.0)})[0]
    assert page.lines[0].text == meant
    called = meant != " ".join(words)
    assert bool(page.lines[0].raised) == called


def test_word_cut_in_two_by_ocr_is_joined() -> None:
    """A symbol at a line's end read as two words whose boxes overlap ("Rev." and "1")."""
    hocr = _line_hocr(["(see", "S/C.5/41/Rev.", "1", "and"])
    # "Rev." ends at 680; its "1" read apart, from 670 to 690 ("and" stays a word apart)
    hocr = hocr.replace("bbox 700 400 880 440", "bbox 670 395 690 445")
    page = finish({0: Scan(rows(hocr), [], 3508, 300.0)})[0]
    assert page.lines[0].text == "(see S/C.5/41/Rev.1 and"
    # words of running text whose boxes overlap stay apart
    hocr = _line_hocr(["resolution", "71/243", "of", "21", "December"])
    hocr = hocr.replace("bbox 900 400 1080 440", "bbox 870 395 890 445")
    page = finish({0: Scan(rows(hocr), [], 3508, 300.0)})[0]
    assert page.lines[0].text == "resolution 71/243 of 21 December"


FOOT_HOCR = """<div class='ocr_page' title='bbox 0 0 2480 3300'>
<p class='ocr_par'>
<span class='ocr_line' id='l1' title="bbox 515 2915 2033 2953; baseline 0 -9; x_size 38">
<span class='ocrx_word' id='w1' title='bbox 515 2915 700 2944; x_wconf 95'>Recalling</span>
<span class='ocrx_word' id='w2' title='bbox 720 2915 900 2944; x_wconf 95'>the</span>
<span class='ocrx_word' id='w3' title='bbox 920 2915 1100 2944; x_wconf 95'>report,</span>
<span class='ocrx_word' id='w4' title='bbox 1104 2905 1116 2925; x_wconf 60'>1</span>
</span>
<span class='ocr_line' id='l2' title="bbox 251 3123 295 3149; baseline 0 -1; x_size 34">
<span class='ocrx_word' id='w5' title='bbox 251 3123 295 3149; x_wconf 94'>4/9</span>
</span>
<span class='ocr_line' id='l3' title="bbox 489 3024 666 3054; baseline 0 -1; x_size 34">
<span class='ocrx_word' id='w6' title='bbox 489 3024 498 3040; x_wconf 24'>'</span>
<span class='ocrx_word' id='w7' title='bbox 514 3028 666 3054; x_wconf 24'>A/80/95.</span>
</span>
<span class='ocr_line' id='l4' title="bbox 900 3200 1300 3260; baseline 0 -1; x_size 50">
<span class='ocrx_word' id='w8' title='bbox 900 3200 1300 3260; x_wconf 30'>Hi</span>
<span class='ocrx_word' id='w9' title='bbox 1310 3200 1400 3260; x_wconf 30'>ll</span>
</span>
</p></div>"""


def test_low_confidence_footnote_at_the_foot_is_kept_in_order() -> None:
    """A footnote read with low confidence in the page's lowest band is no graphic, and it
    comes before the page number tesseract gave first; a bar code's noise is still dropped."""
    page = finish({0: Scan(rows(FOOT_HOCR), [(2997, 415, 715)], 3300, 300.0)})[0]
    texts = [line.text for line in page.lines]
    # the marker read as "'" is numbered in sequence
    assert texts == ["Recalling the report, 1", "__________", "1 A/80/95.", "4/9"]


LOST_MARKER_HOCR = """<div class='ocr_page' title='bbox 0 0 2480 3300'>
<p class='ocr_par'>
<span class='ocr_line' id='l1' title="bbox 515 2405 2032 2443; baseline 0 -9; x_size 38">
<span class='ocrx_word' id='w1' title='bbox 515 2409 700 2434; x_wconf 95'>Recalling</span>
<span class='ocrx_word' id='w2' title='bbox 720 2405 900 2434; x_wconf 95'>reports,</span>
<span class='ocrx_word' id='w3' title='bbox 904 2395 916 2415; x_wconf 60'>1</span>
</span>
<span class='ocr_line' id='l2' title="bbox 515 2531 1892 2564; baseline 0 -8; x_size 33">
<span class='ocrx_word' id='w4' title='bbox 515 2532 566 2556; x_wconf 93'>See</span>
<span class='ocrx_word' id='w5' title='bbox 577 2531 833 2561; x_wconf 91'>A/C.3/70/SR.5.</span>
</span>
<span class='ocr_line' id='l3' title="bbox 515 2581 1892 2614; baseline 0 -8; x_size 33">
<span class='ocrx_word' id='w6' title='bbox 489 2581 499 2597; x_wconf 93'>2</span>
<span class='ocrx_word' id='w7' title='bbox 515 2581 833 2611; x_wconf 91'>A/70/9.</span>
</span>
</p></div>"""


def test_footnote_marker_lost_by_ocr_is_put_back() -> None:
    """The first line under the separator opens a footnote even when its marker was not read."""
    page = finish({0: Scan(rows(LOST_MARKER_HOCR), [(2500, 415, 715)], 3300, 300.0)})[0]
    texts = [line.text for line in page.lines]
    assert texts == ["Recalling reports, 1", "__________", "1 See A/C.3/70/SR.5.", "2 A/70/9."]
    assert page.lines[2].raised == ((0, 1),)


JOB_HOCR = """<div class='ocr_page' title='bbox 0 0 2480 3300'>
<p class='ocr_par'>
<span class='ocr_line' id='l1' title="bbox 514 2918 2030 2956; baseline 0 -9; x_size 38">
<span class='ocrx_word' id='w1' title='bbox 514 2918 653 2947; x_wconf 96'>Combat</span>
<span class='ocrx_word' id='w2' title='bbox 670 2918 731 2947; x_wconf 93'>and</span>
</span>
<span class='ocr_line' id='l2' title="bbox 273 3072 2046 3177; baseline 0 -61; x_size 51">
<span class='ocrx_word' id='w3' title='bbox 273 3087 439 3117; x_wconf 91'>24-01234</span>
<span class='ocrx_word' id='w4' title='bbox 455 3087 505 3177; x_wconf 57'>‘i</span>
<span class='ocrx_word' id='w5' title='bbox 562 3087 687 3117; x_wconf 96'>020124</span>
<span class='ocrx_word' id='w6' title='bbox 1740 3117 1836 3141; x_wconf 96'>Please</span>
<span class='ocrx_word' id='w7' title='bbox 1850 3124 1896 3141; x_wconf 80'>ree</span>
<span class='ocrx_word' id='w8' title='bbox 1917 3072 2046 3156; x_wconf 46'>tee)</span>
</span>
</p></div>"""


def test_job_number_read_with_the_bar_code_is_dropped() -> None:
    """The first page's foot read as one line with the graphics beside the job number."""
    page = finish({0: Scan(rows(JOB_HOCR), [], 3300, 300.0)})[0]
    assert [line.text for line in page.lines] == ["Combat and"]


SPLIT_MARKER_HOCR = """<div class='ocr_page' title='bbox 0 0 2480 3300'>
<p class='ocr_par'>
<span class='ocr_line' id='l1' title="bbox 489 3024 666 3054; baseline 0 -1; x_size 34">
<span class='ocrx_word' id='w1' title='bbox 489 3024 498 3040; x_wconf 80'>1</span>
<span class='ocrx_word' id='w2' title='bbox 501 3024 511 3040; x_wconf 80'>8</span>
<span class='ocrx_word' id='w3' title='bbox 520 3028 666 3054; x_wconf 15'>S/2024/95.</span>
</span>
</p></div>"""


def test_two_digit_marker_read_as_two_digits_is_one_marker() -> None:
    """ "1 8" before a footnote read with low confidence at the foot: footnote 18."""
    page = finish({0: Scan(rows(SPLIT_MARKER_HOCR), [(2997, 415, 715)], 3300, 300.0)})[0]
    assert [line.text for line in page.lines] == ["__________", "18 S/2024/95."]
    assert page.lines[1].raised == ((0, 2),)


def _numbered_hocr(words: list[str], gap: int) -> str:
    """One hOCR line: a short first word (a paragraph number), ``gap`` pixels of white, then the
    other words 20 pixels apart."""
    boxes = [(300, 340)] + [(340 + gap + 200 * k, 520 + gap + 200 * k) for k in range(len(words))]
    spans = "".join(
        f"<span class='ocrx_word' id='w{k}' title='bbox {a} 400 {b} 440; x_wconf 90'>{w}</span>\n"
        for k, (w, (a, b)) in enumerate(zip(words, boxes, strict=False))
    )
    return (
        "<div class='ocr_page' title='bbox 0 0 2480 3508'><p class='ocr_par'>"
        "<span class='ocr_line' id='l1' title=\"bbox 300 400 2100 450; baseline 0 -10;"
        f' x_size 42">\n{spans}</span></p></div>'
    )


@pytest.mark.parametrize(
    ("words", "meant"),
    [
        (["1,", "приветствует", "работу"], "1. приветствует работу"),
        (["3:", "Decides", "to"], "3. Decides to"),
        (["2", "Prie", "le"], "2. Prie le"),
        (["12", "决定"], "12.决定"),
    ],
)
def test_paragraph_number_with_its_stop_misread(words: list[str], meant: str) -> None:
    """A paragraph number whose full stop OCR read as a comma, a colon or nothing, set well
    apart from its paragraph's first word, gets its full stop; in running text ("2 December",
    words a space apart) a number stays as read."""
    page = finish({0: Scan(rows(_numbered_hocr(words, 120)), [], 3508, 300.0)})[0]
    assert page.lines[0].text.replace(". ", ".") == meant.replace(". ", ".")
    page = finish({0: Scan(rows(_numbered_hocr(words, 12)), [], 3508, 300.0)})[0]
    assert "." not in page.lines[0].text


@pytest.mark.parametrize("words", [["22", "January", "2020,"], ["15", "декабря", "2020"]])
def test_a_number_before_a_wide_justified_space_stays(words: list[str]) -> None:
    """A date at a line's start in a justified line (a space up to a line height wide) keeps
    its number as read: only a tab's width sets a paragraph number apart."""
    page = finish({0: Scan(rows(_numbered_hocr(words, 40)), [], 3508, 300.0)})[0]
    assert page.lines[0].text == " ".join(words)


def _dash_hocr(words: list[str], dash: int) -> str:
    """One hOCR line of ``words`` whose word ``dash`` is a dash at mid-height (its foot well
    above the baseline, as a raised call's is)."""
    spans = []
    for k, w in enumerate(words):
        top, bottom = (415, 420) if k == dash else (400, 440)
        box = f"{300 + 200 * k} {top} {480 + 200 * k} {bottom}"
        spans.append(f"<span class='ocrx_word' id='w{k}' title='bbox {box}; x_wconf 90'>{w}</span>")
    return (
        "<div class='ocr_page' title='bbox 0 0 2480 3508'><p class='ocr_par'>"
        "<span class='ocr_line' id='l1' title=\"bbox 300 400 2100 450; baseline 0 -10;"
        ' x_size 42">\n' + "\n".join(spans) + "</span></p></div>"
    )


@pytest.mark.parametrize(
    ("words", "dash"),
    [
        (["2", "-", "تعرب", "عن", "تقديرها"], 1),
        (["the", "period", "2031", "–", "2040"], 3),
        (["на", "период", "2031", "—", "2040"], 3),
    ],
)
def test_a_dash_at_mid_height_is_no_footnote_call(words: list[str], dash: int) -> None:
    """A dash stands above the baseline and is small, as a raised call is, but it is never one
    (the Arabic paragraph number "2 -" read "2 4" when the dash was numbered as a call)."""
    page = finish({0: Scan(rows(_dash_hocr(words, dash)), [], 3508, 300.0)})[0]
    assert page.lines[0].text == " ".join(words)
    assert page.lines[0].raised == ()


def _cjk_page(lines: list[tuple[str, int, str]]) -> str:
    """hOCR of Chinese lines: a first word (its confidence given), a tab's gap, then the
    line's text as one word."""
    out = []
    for k, (first, conf, text) in enumerate(lines):
        top = 400 + 60 * k
        out.append(
            f"<span class='ocr_line' id='l{k}' title=\"bbox 300 {top} 2100 {top + 42};"
            f' baseline 0 -2; x_size 60">'
            f"<span class='ocrx_word' id='a{k}' title='bbox 300 {top} 340 {top + 42};"
            f" x_wconf {conf}'>{first}</span>"
            f"<span class='ocrx_word' id='b{k}' title='bbox 460 {top} 2100 {top + 42};"
            f" x_wconf 92'>{text}</span></span>"
        )
    return "<div class='ocr_page' title='bbox 0 0 2480 3508'>" + "".join(out) + "</div>"


def test_chinese_paragraph_number_read_as_a_character() -> None:
    """Chinese: the paragraph number "1." read as a character of its shape ("开") or, with a
    low confidence, as another ("夺") between none and "2."; a scrap of a line read apart in a
    preamble ("生", with no number after it one apart) stays. The lines' size comes from their
    characters' boxes, not from tesseract's x_size."""
    text = "表示注意到秘书长关于第77/7号决议执行情况的报告；"
    for first in ("开", "夺"):
        hocr = _cjk_page([(first, 0, text), ("2.", 90, text), ("3.", 90, text)])
        page = finish({0: Scan(rows(hocr), [], 3508, 300.0)})[0]
        assert [ln.text[:2] for ln in page.lines] == ["1.", "2.", "3."]
        assert {round(ln.size, 1) for ln in page.lines} == {round(42 * 72 / 300, 1)}
    hocr = _cjk_page([("生", 0, text), ("又", 90, text), ("1.", 90, text)])
    page = finish({0: Scan(rows(hocr), [], 3508, 300.0)})[0]
    assert page.lines[0].text.startswith("生")


def _cjk_row(words: list[tuple[str, int, int]], top: int = 400) -> str:
    """hOCR of one line read as one block: each word a character 40 pixels wide, with its own
    left edge and top (a character of the line below stands lower)."""
    spans = "".join(
        f"<span class='ocrx_word' id='w{k}' title='bbox {x} {y} {x + 40} {y + 40}; x_wconf 90'>"
        f"{w}</span>"
        for k, (w, x, y) in enumerate(words)
    )
    return (
        "<div class='ocr_page' title='bbox 0 0 2480 3508'>"
        f"<span class='ocr_line' id='l0' title=\"bbox 300 {top} 2100 {top + 90};"
        f' baseline 0 -50; x_size 60">{spans}</span></div>'
    )


def test_chinese_line_below_read_into_the_line_is_its_own_line() -> None:
    """Chinese read as one block: the short last line of a paragraph ("用，" under an indented
    first line) read into the line above, its character first: it is a line of its own, under
    the line and at the margin, so the paragraph it ends and the indent of the next show."""
    text = "认识到支持人员在组织和发展体育运动方面发挥重要作"
    words = [("用", 300, 452)] + [(c, 440 + 42 * k, 400) for k, c in enumerate(text)]
    page = finish({0: Scan(rows(_cjk_row(words)), [], 3508, 300.0)})[0]
    assert [ln.text for ln in page.lines] == [text, "用"]
    first, last = page.lines
    assert first.x0 == pytest.approx(440 * 72 / 300) and last.x0 == pytest.approx(300 * 72 / 300)
    assert first.y > last.y
    # a line whose characters stand a little unevenly (a comma low, a bracket high) stays one
    uneven = [(c, 300 + 42 * k, 400 + (k % 3) * 6) for k, c in enumerate(text + "，")]
    page = finish({0: Scan(rows(_cjk_row(uneven)), [], 3508, 300.0)})[0]
    assert [ln.text for ln in page.lines] == [text + "，"]


def test_chinese_line_size_from_its_characters_not_inflated_boxes() -> None:
    """A short Chinese line whose boxes tesseract made taller than the em for half its words
    ("国", "宪", "章" 57 pixels high where the line's characters stand 41): its size is that of
    its characters, the body's, not a heading's; punctuation and "一" do not count."""
    spans = []
    for k, (word, tall) in enumerate(
        [("遵循", 0), ("《联合", 0), ("国", 1), ("宪", 1), ("章", 1), ("》", 1), ("，", 0)]
    ):
        top, bottom = (1049, 1106) if tall else (1053, 1094)
        if word == "，":
            top = 1083
        x = 522 + 60 * k
        spans.append(
            f"<span class='ocrx_word' id='w{k}' title='bbox {x} {top} {x + 50} {bottom};"
            f" x_wconf 90'>{word}</span>"
        )
    hocr = (
        "<div class='ocr_page' title='bbox 0 0 2480 3508'>"
        "<span class='ocr_line' id='l0' title=\"bbox 522 1049 942 1106; baseline 0 -12;"
        f' x_size 60">{"".join(spans)}</span></div>'
    )
    page = finish({0: Scan(rows(hocr), [], 3508, 300.0)})[0]
    assert page.lines[0].text == "遵循《联合国宪章》，"
    assert page.lines[0].size == pytest.approx(41 * 72 / 300)


def _cjk_lines(lines: list[tuple[int, int, str]]) -> str:
    """hOCR of Chinese lines 50 pixels apart, each (left, right, text) one word 40 high."""
    out = []
    for k, (left, right, text) in enumerate(lines):
        top = 400 + 50 * k
        out.append(
            f"<span class='ocr_line' id='l{k}' title=\"bbox {left} {top} {right} {top + 40};"
            f' baseline 0 0; x_size 40">'
            f"<span class='ocrx_word' id='w{k}' title='bbox {left} {top} {right} {top + 40};"
            f" x_wconf 90'>{text}</span></span>"
        )
    return "<div class='ocr_page' title='bbox 0 0 2480 3508'>" + "".join(out) + "</div>"


def test_chinese_last_line_whose_start_ocr_lost_stays_at_the_margin() -> None:
    """A paragraph's last line whose first character OCR lost ("治独立，" for "政治独立，")
    stands a character right of the margin after a full line that does not close: it goes on
    its paragraph (at the margin), as does a line opening with a comma after a lost start and
    a closing line of a character or three ("用；" for "作用；"), even near the indent. A
    line at the page's paragraph indent opens a paragraph even after a line that does not close
    (its comma lost), and so does any indented line after a line that closes."""
    full = (
        "重申根据宪章第二条第四项各会员国在其国际关系上不得使用威胁或武力侵害任何国家之领土完整或"
    )
    lines = [
        (522, 2060, "重申各国在其国际关系上不得以任何方式侵害任何会员国或国家之领土完整或"),
        (380, 2060, full),
        (421, 570, "治独立，"),
        (522, 2060, "认识到信息和通信技术活动从一国领土或信息和通信技术基础设施物体发起"),
        (380, 2060, full),
        (770, 2060, "，以及为司法协助请求和引渡等国际合作相关程序提供便利，以促进诉诸"),
        (380, 600, "司法，"),
        (522, 2060, "强调各国应当根据国际法和国内立法下的义务以技术和公正的方式开展合作"),
        (380, 2060, full),
        (522, 2060, "又认识到各国有义务不从事任何旨在干预或干涉他国内政的诽谤运动和宣传"),
        (380, 900, "并回顾其以往的决议，"),
        (421, 2060, "还认识到各国有义务不从事任何旨在干预或干涉他国内政的诽谤运动和宣传"),
        (380, 2060, full),
        (506, 580, "用；"),
        (522, 2060, "请秘书长向大会第八十届会议提交关于本决议执行情况的报告并提出建议；"),
    ]
    page = finish({0: Scan(rows(_cjk_lines(lines)), [], 3508, 300.0)})[0]
    lefts = [ln.x0 * 300 / 72 for ln in page.lines]
    meant = [522, 380, 380, 522, 380, 380, 380, 522, 380, 522, 380, 421, 380, 380, 522]
    assert lefts == [pytest.approx(x, abs=2) for x in meant]


def test_chinese_paragraph_number_with_stray_marks_and_scraps_around() -> None:
    """A Chinese paragraph number whose stop OCR read as stray marks ("12，。", "7.。") is the
    number and its stop; a number read as a character between none and "2." is "1." though a
    scrap of a preamble line read with a low confidence ("中") stands before it; the footnotes
    under a page's rule ("2 第ES-11/1号决议") set no number for the paragraphs after them."""
    text = "表示注意到秘书长关于第77/7号决议执行情况的报告；"
    hocr = _cjk_page([("11.", 90, text), ("12，。", 60, text), ("13.。", 40, text)])
    page = finish({0: Scan(rows(hocr), [], 3508, 300.0)})[0]
    assert [ln.text[:3] for ln in page.lines] == ["11.", "12.", "13."]
    notes = Scan(
        rows(_cjk_page([("2", 90, "第ES-11/1号决议和第ES-11/2号决议。")])),
        [(300, 300, 1000)],
        3508,
        300.0,
    )
    hocr = _cjk_page([("中", 0, text), ("未", 20, text), ("2.", 90, text)])
    pages = finish({0: notes, 1: Scan(rows(hocr), [], 3508, 300.0)})
    assert [ln.text[:2] for ln in pages[1].lines] == ["中表", "1.", "2."]


def test_chinese_paragraph_numbers_read_as_characters_in_a_run() -> None:
    """Two paragraph numbers in a row read as characters ("允" with its stop read apart, "凶")
    between "1." and "4." are "2." and "3."."""
    text = "表示注意到秘书长关于第77/7号决议执行情况的报告；"
    chars = [(c, 523 + 42 * k, 400) for k, c in enumerate(text)]
    lines = [
        rows(_cjk_row([("1.", 381, 400), *chars])),
        rows(_cjk_row([("允", 381, 400), (".", 408, 400), *chars])),
        rows(_cjk_row([("凶", 381, 400), *chars])),
        rows(_cjk_row([("4.", 381, 400), *chars])),
    ]
    for k, line in enumerate(lines):  # one below the other
        for row in line:
            row.box = (row.box[0], row.box[1] + 60 * k, row.box[2], row.box[3] + 60 * k)
            row.baseline += 60 * k
    scan = Scan([row for line in lines for row in line], [], 3508, 300.0)
    for row in scan.rows:  # read with a low confidence
        if row.words[0].text in ("允", "凶"):
            row.words[0].conf = 0
    page = finish({0: scan})[0]
    assert [ln.text[:2] for ln in page.lines] == ["1.", "2.", "3.", "4."]


def test_chinese_list_labels_misread_follow_the_sequence() -> None:
    """The labels of a Chinese list read as "()", "(人", "(C)", "(g", or once the numbers have
    begun as a character read with a low confidence ("关"), are the labels the sequence expects
    ("(a)" after a paragraph number, one letter after the label before); a roman "(ii)", a
    scrap of a preamble line ("生") and a bracket inside running text (no tab after it) stay."""
    text = "鼓励各国为移民女工实施对性别问题有敏感认识的政策；"
    firsts = ["生", "1.", "(人", "(b)", "()", "(C)", "(ii)", "(g", "2.", "()", "关"]
    hocr = _cjk_page([(first, 0 if len(first) == 1 else 60, text) for first in firsts])
    page = finish({0: Scan(rows(hocr), [], 3508, 300.0)})[0]
    labels = [ln.text.split(text)[0].strip() for ln in page.lines]
    assert labels == ["生", "1.", "(a)", "(b)", "(c)", "(d)", "(ii)", "(e)", "2.", "(a)", "(b)"]
    running = _numbered_hocr(["(人", "民)", "表示"], 12)
    assert finish({0: Scan(rows(running), [], 3508, 300.0)})[0].lines[0].text.startswith("(人")


def test_chinese_enacting_formula_misread_after_the_title() -> None:
    """The enacting formula "大会，" read as Latin scraps ("SR，"): the short line ending with a
    comma that follows the resolution's number and title is the formula of the body the page's
    masthead names ("大会"). A formula read right stays; without a masthead nothing is guessed;
    a preambular paragraph's short first line after a formula read right stays as read."""
    head = [(380, 520, "大会"), (380, 900, "第七十九届会议"), (380, 1400, "2024年12月2日大会决议")]
    title = (522, 1600, "79/12. 和平利用外层空间的国际合作")
    body = [
        (522, 1500, "重申和平利用外层空间是各国的共同利益，"),
        (522, 1300, "回顾其以往的决议，"),
    ]
    for formula in ("SR，", "大会，"):
        page = finish(
            {0: Scan(rows(_cjk_lines([*head, title, (522, 700, formula), *body])), [], 3508, 300.0)}
        )[0]
        assert [ln.text for ln in page.lines][3:6] == [
            "79/12. 和平利用外层空间的国际合作",
            "大会，",
            body[0][2],
        ]
    page = finish({0: Scan(rows(_cjk_lines([title, (522, 700, "SR，"), *body])), [], 3508, 300.0)})[
        0
    ]
    assert page.lines[1].text == "SR，"
    short = (522, 700, "注意到，")
    page = finish(
        {0: Scan(rows(_cjk_lines([*head, title, (522, 700, "大会，"), short])), [], 3508, 300.0)}
    )[0]
    assert page.lines[-1].text == "注意到，"


def _cjk_numbered(lines: list[tuple[str | None, str]], conf: int = 90) -> str:
    """hOCR of Chinese lines 60 pixels apart: a paragraph's first words (a number, or none;
    words split at a space) from the margin, its text as one word from the tab on."""
    out = []
    for k, (number, text) in enumerate(lines):
        top = 400 + 60 * k
        first = "".join(
            f"<span class='ocrx_word' id='a{k}_{j}' title='bbox {300 + 50 * j} {top}"
            f" {340 + 50 * j} {top + 42}; x_wconf {conf}'>{word}</span>"
            for j, word in enumerate((number or "").split())
        )
        out.append(
            f"<span class='ocr_line' id='l{k}' title=\"bbox 300 {top} 2100 {top + 42};"
            f' baseline 0 -2; x_size 60">{first}'
            f"<span class='ocrx_word' id='b{k}' title='bbox 460 {top} 2100 {top + 42};"
            f" x_wconf 92'>{text}</span></span>"
        )
    return "<div class='ocr_page' title='bbox 0 0 2480 3508'>" + "".join(out) + "</div>"


def test_chinese_first_paragraph_number_lost_before_two() -> None:
    """The numbers begin at "2.": the paragraph opening before it at the tab with a phrase of
    the language's table ("决定") lost its "1." (read from its tab on, it was the preamble's
    last paragraph); it gets it back. It gets none when the "1." stands between, read
    otherwise: as "工." (a shape of "1." with its stop), as "昨" "。" a tab
    before its text, or glued to its text ("1.邀请"). A line with no phrase of the table
    ("为此目的，") gets none either."""
    pre = "欢迎各国为筹备这一国际日开展的各项活动，"
    decides = "决定宣布每年5月20日为国际合作日，以提高人们的认识；"
    invites = "邀请所有会员国以适当方式纪念这一国际日；"

    def texts(lines: list[tuple[str | None, str]]) -> list[str]:
        page = finish({0: Scan(rows(_cjk_numbered(lines)), [], 3508, 300.0)})[0]
        return [ln.text for ln in page.lines]

    assert texts([(None, pre), (None, decides), ("2.", invites)])[1] == "1. " + decides
    got = texts([(None, decides), ("工.", invites), ("2.", invites)])
    assert got[:2] == [decides, "1. " + invites]
    got = texts([(None, decides), ("昨 。", invites), ("2.", invites)])
    assert got[0] == decides
    got = texts([(None, decides), ("", "1.邀请所有会员国纪念这一国际日；"), ("2.", invites)])
    assert got[0] == decides
    got = texts([(None, pre), (None, "为此目的，各国应当开展合作；"), ("2.", invites)])
    assert got[1] == "为此目的，各国应当开展合作；"


def test_chinese_small_scrap_on_a_line_is_its_start() -> None:
    """A scrap tesseract read as a line of its own, much smaller, on the same baseline as a
    paragraph's last line and overlapping its start ("旦本" for "害" before "的个人，"): it is
    joined to the line's front, which then stands at the margin and goes on its paragraph. A
    line of the body's size beside another stays apart."""
    full = "又回顾公约将强迫失踪行为受害人界定为失踪者和任何因强迫失踪而受到直接伤"

    def page(scrap_height: int) -> list[tuple[str, int]]:
        spans = []
        boxes = [
            (380, 400, 2060, 440, full),
            (380, 490 - scrap_height, 500, 490, "旦本"),
            (421, 450, 570, 490, "的个人，"),
            (522, 500, 2060, 540, "强调指出工作组所做工作的重要性，"),
        ]
        for k, (left, top, right, bottom, text) in enumerate(boxes):
            spans.append(
                f"<span class='ocr_line' id='l{k}' title=\"bbox {left} {top} {right} {bottom};"
                f' baseline 0 0; x_size 40">'
                f"<span class='ocrx_word' id='w{k}' title='bbox {left} {top} {right} {bottom};"
                f" x_wconf 90'>{text}</span></span>"
            )
        hocr = "<div class='ocr_page' title='bbox 0 0 2480 3508'>" + "".join(spans) + "</div>"
        got = finish({0: Scan(rows(hocr), [], 3508, 300.0)})[0]
        return [(ln.text, round(ln.x0 * 300 / 72)) for ln in got.lines]

    assert page(20)[1:] == [("旦本的个人，", 380), ("强调指出工作组所做工作的重要性，", 522)]
    assert [text for text, _ in page(40)] == [
        full,
        "旦本",
        "的个人，",
        "强调指出工作组所做工作的重要性，",
    ]


def test_chinese_paragraph_number_read_as_two_characters() -> None:
    """A paragraph number OCR read as two characters with a low confidence ("放下" for "1."),
    a tab apart from its text, is numbered from the sequence as one character is; with a good
    confidence the two characters stay (a word of the text)."""
    text = "表示注意到秘书长关于第77/7号决议执行情况的报告；"
    hocr = _cjk_page([("放下", 0, text), ("红", 0, text), ("3.", 90, text)])
    page = finish({0: Scan(rows(hocr), [], 3508, 300.0)})[0]
    assert [ln.text[:2] for ln in page.lines] == ["1.", "2.", "3."]
    hocr = _cjk_page([("放下", 90, text), ("2.", 90, text)])
    page = finish({0: Scan(rows(hocr), [], 3508, 300.0)})[0]
    assert page.lines[0].text.startswith("放下")


def test_chinese_paragraph_number_with_its_stop_read_as_a_full_stop_apart() -> None:
    """A paragraph number "1." read as a character with a low confidence and the Chinese full
    stop "。" as a word of its own ("昨" "。") a tab before the text: the stop joins the
    character, which the sequence numbers "1." before "2."."""
    text = "重申相互了解及宗教间和文化间对话是不同文明之间和平的重要基础；"
    hocr = _cjk_numbered([("昨 。", text), ("2.", text)], conf=0)
    page = finish({0: Scan(rows(hocr), [], 3508, 300.0)})[0]
    assert [ln.text[:2] for ln in page.lines] == ["1.", "2."]
