"""What the page's geometry says about paragraphs when the words say otherwise (issue 18, the
printed UN XML): a line inside a paragraph that opens with a leading phrase ("отмечая", "注意到")
goes on with it where the page shows it going on, and a frame line carried over ("... of the" /
"General Assembly,") opens nothing.

- Operative paragraphs set their number at the margin, where the preambular ones above them are
  indented: the numbers no longer outvote the indents, so the document is read as one that
  indents its paragraphs, and a page that opens at the margin goes on with the paragraph before.
- A Chinese page is not stretched to a straight right margin (its lines break between any two
  characters): a full line may stop most of a character short and still be full.
- A frame line ("الجمعية العامة،") that the layout shows going on with a line that closes
  nothing is no enacting formula.
- A footnote call alone on the line under its word is that line's call (printed by weasyprint).

The layouts are written here line by line (our own text, as PDFium gives a page: coordinates in
points from the bottom left, a right-to-left line where it stands on the page), so that each
test holds the one geometry it is about.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.model import Document
from mandata.parse import parse_file, parse_raw
from mandata.read import RawText
from mandata.read.pdf import PdfLayout, PdfLine

LEFT, RIGHT, INDENT, SIZE, STEP, GAP = 91.0, 506.0, 125.0, 13.3, 12.0, 18.0
Spot = tuple[str, float, float]  # a line's text, left and right edges


def _raw(pages: list[list[tuple[Spot, float]]]) -> RawText:
    """A PDF's text and layout from its pages' lines, each with the space above it; a space
    wider than a line and a half is a blank line in the text, as the PDF reader writes it."""
    parts: list[str] = []
    lines: list[PdfLine] = []
    pos = 0
    for number, page in enumerate(pages, start=1):
        if number > 1:
            parts.append("\f")
            pos += 1
        y = 760.0
        for k, ((text, x0, x1), above) in enumerate(page):
            if k:
                y -= above
                sep = "\n\n" if above > 1.45 * SIZE * 1.2 else "\n"
                parts.append(sep)
                pos += len(sep)
            lines.append(PdfLine(text, number, pos, x0, x1, y, SIZE))
            parts.append(text)
            pos += len(text)
    layout = PdfLayout(tuple(lines), tuple((595.0, 842.0) for _ in pages))
    return RawText("".join(parts), "pdf", None, len(pages), layout)


def _paragraph(lines: list[str], first: bool = True, rtl: bool = False) -> list[tuple[Spot, float]]:
    """A justified paragraph: its first line indented (on the right, right to left), the others
    full, the last one short; the gap of a new paragraph above it (``first``)."""
    out: list[tuple[Spot, float]] = []
    for k, text in enumerate(lines):
        last = k == len(lines) - 1 and len(lines) > 1
        x0, x1 = LEFT, RIGHT
        if k == 0 and not text[:1].isdigit():
            x0, x1 = (LEFT, RIGHT - (INDENT - LEFT)) if rtl else (INDENT, RIGHT)
        if last:
            x0, x1 = (RIGHT - 150, RIGHT) if rtl else (LEFT, LEFT + 150)
        out.append(((text, x0, x1), GAP if k == 0 and first else STEP))
    return out


# A preambular paragraph that a page break cuts after a comma, the next page opening at the margin
# with a word that opens paragraphs; then numbered operative paragraphs, more of them than
# preambular ones.
BROKEN = {
    "ru": (
        "Генеральная Ассамблея,",
        [
            "ссылаясь на свои резолюции о прибрежном рыболовстве и на доклад Генерального",
            "секретаря о ходе их осуществления, в котором приводятся данные о состоянии",
        ],
        [
            "рыбных запасов во всех регионах, о мерах по их сохранению и о сотрудничестве,",
            "отмечая при этом необходимость дальнейшего обсуждения вопроса о финансировании",
            "таких мер,",
        ],
        "просит Генерального секретаря представить доклад о ходе работы в этой области",
    ),
    "fr": (
        "L’Assemblée générale,",
        [
            "Rappelant ses résolutions sur la pêche côtière et le rapport du Secrétaire",
            "général sur leur application, qui rend compte de l’état des stocks de poissons",
        ],
        [
            "dans toutes les régions, des mesures prises pour les préserver et de la coopération,",
            "notant à cet égard la nécessité de poursuivre l’examen de la question du financement",
            "de ces mesures,",
        ],
        "Prie le Secrétaire général de lui présenter un rapport sur les progrès accomplis",
    ),
    "zh": (
        "大会，",
        [
            "回顾其关于沿海渔业的各项决议以及秘书长关于这些决议执行情况的报告，该报告",
            "介绍了所有区域鱼类种群的状况、为养护这些种群而采取的措施以及各国之间的合作，",
        ],
        [
            "注意到在这方面需要进一步审议为这些措施提供资金的问题，并强调需要加强区域合作，",
            "又注意到各国为此所作的努力，",
        ],
        "请秘书长就这方面的进展情况提出报告；",
    ),
}


# two short preambular paragraphs before it
OPENING = {
    "ru": [
        [
            "подтверждая свою резолюцию 70/1 «Преобразование нашего мира: Повестка дня в",
            "области устойчивого развития на период до 2030 года»,",
        ],
        [
            "ссылаясь на свою резолюцию 79/20 о прибрежном рыболовстве и на все свои",
            "предыдущие резолюции по этому вопросу,",
        ],
    ],
    "fr": [
        [
            "Réaffirmant sa résolution 70/1, intitulée « Transformer notre monde : le Programme",
            "de développement durable à l’horizon 2030 »,",
        ],
        [
            "Rappelant sa résolution 79/20 sur la pêche côtière et toutes ses résolutions",
            "antérieures sur la question,",
        ],
    ],
    "zh": [
        [
            "重申其题为“变革我们的世界：2030年可持续发展议程”的第70/1号决议，其中大会通过",
            "了一套全面的可持续发展目标，",
        ],
        [
            "回顾其关于沿海渔业的第79/20号决议以及关于这一问题的所有以往各项决议和秘书长",
            "的有关报告，",
        ],
    ],
}


def _broken_document(code: str) -> Document:
    formula, before, after, request = BROKEN[code]
    page1 = [
        (("A/RES/80/12", LEFT, 200.0), 0.0),
        ((formula, INDENT, 240.0), 30.0),
    ]  # the masthead stands apart
    for opening, end in OPENING[code]:
        page1 += [((opening, INDENT, RIGHT), GAP), ((end, LEFT, 300.0), STEP)]
    page1 += [((before[0], INDENT, RIGHT), GAP), ((before[1], LEFT, RIGHT), STEP)]
    page1 += [((after[0], LEFT, RIGHT), STEP)]  # full to the foot of the page, closing with a comma
    page2 = [((text, LEFT, RIGHT), STEP if k else 0.0) for k, text in enumerate(after[1:])]
    last, _ = page2[-1]
    page2[-1] = ((last[0], LEFT, LEFT + 150), page2[-1][1])
    for k in range(1, 9):
        page2 += _paragraph([f"{k}. {request}", f"{request} {k}."])
    return parse_raw(_raw([page1, page2]), language=code, analysis=False)


@pytest.mark.parametrize("code", sorted(BROKEN))
def test_a_page_at_the_margin_goes_on_where_numbers_stand_at_the_margin(code: str) -> None:
    doc = _broken_document(code)
    [resolution] = doc.resolutions
    assert len(resolution.operative) == 8
    assert len(resolution.preamble) == 3, [p.text[:30] for p in resolution.preamble]
    assert BROKEN[code][2][1][:6] in resolution.preamble[2].text


# A Chinese paragraph whose lines stop short of the margin by up to most of a character (the
# comma at a line's end pushed to the next would open it), one of them opening with 注意到.
RAGGED = [
    ("回顾其关于沿海渔业的各项决议以及秘书长关于这些决议执行情况的报告，", INDENT, 497.7),
    ("该报告介绍了所有区域鱼类种群的状况以及为养护这些种群而采取的各项措施，", LEFT, 491.7),
    ("注意到各国之间在养护鱼类种群方面的合作日益加强，并欢迎为此所作的努力，", LEFT, 503.3),
    ("强调指出需要加强区域合作和国际合作，以便实现可持续渔业的各项目标，还", LEFT, 497.7),
    ("认识到需要为此提供资金和技术支持，", LEFT, 290.0),
]


def test_a_chinese_line_short_of_the_margin_is_full() -> None:
    page = [(("A/RES/80/12", LEFT, 200.0), 0.0), (("大会，", INDENT, 151.7), GAP)]
    for _ in range(3):  # three such paragraphs
        page += [
            ((text, x0, x1), GAP if n == 0 else STEP) for n, (text, x0, x1) in enumerate(RAGGED)
        ]
    page += _paragraph(["1. 请秘书长就这方面的进展情况提出报告；"])
    doc = parse_raw(_raw([page]), language="zh", analysis=False)
    [resolution] = doc.resolutions
    assert len(resolution.preamble) == 3, [p.text[:12] for p in resolution.preamble]
    assert "注意到各国之间" in resolution.preamble[0].text


# A paragraph whose last line is the words of an enacting formula: "... the revitalization of
# the work of" / "the General Assembly,".
CARRIED = {
    "ar": (
        "إن الجمعية العامة،",
        [
            "وإذ تشير إلى قرارها المتعلق بمصائد الأسماك الساحلية وإلى قرارها المتعلق بحفظ",
            "الأرصدة السمكية وإلى تقارير الأمين العام عن تنفيذهما وإلى قرارها المتعلق بتنشيط أعمال",
        ],
        "الجمعية العامة،",
        ["وإذ تحيط علما بتقرير الأمين العام عن تنفيذ هذين القرارين،"],
        "١ - تطلب إلى الأمين العام أن يقدم تقريرا عن ذلك في دورتها المقبلة.",
    ),
    "fr": (
        "L’Assemblée générale,",
        [
            "Rappelant sa résolution sur la pêche côtière, sa résolution sur la conservation des",
            "stocks de poissons, les rapports du Secrétaire général et sa résolution sur la revitalisation de",
        ],
        "l’Assemblée générale,",
        ["Prenant note du rapport du Secrétaire général sur l’application de ces résolutions,"],
        "1. Prie le Secrétaire général de lui présenter un rapport à sa prochaine session.",
    ),
    "zh": (
        "大会，",
        [
            "回顾其关于沿海渔业的各项决议、关于养护鱼类种群的各项决议以及关于振兴",
            "大会工作的各项决议，以及秘书长就此提交的各次报告，并回顾其提交",
        ],
        "大会，",
        ["注意到秘书长关于这些决议执行情况的报告，"],
        "1. 请秘书长在下届会议上就此提出报告。",
    ),
}


@pytest.mark.parametrize("code", sorted(CARRIED))
def test_a_formula_carried_over_opens_no_resolution(code: str) -> None:
    formula, first, carried, second, operative = CARRIED[code]
    rtl = code == "ar"
    right = (RIGHT - 120, RIGHT) if rtl else (LEFT, LEFT + 120)
    page = [(("A/RES/80/12", LEFT, 200.0), 0.0)]
    page += [((formula, *((RIGHT - 110, RIGHT - 34) if rtl else (INDENT, 240.0))), GAP)]
    page += _paragraph(first, rtl=rtl)[:1]
    page += [((first[1], LEFT, RIGHT), STEP)]  # full, closing nothing
    page += [((carried, *right), STEP)]
    page += _paragraph(second, rtl=rtl)
    page += [((operative, LEFT, RIGHT - 40), GAP)]
    doc = parse_raw(_raw([page]), language=code, analysis=False)
    [resolution] = doc.resolutions
    assert len(resolution.preamble) == 2, [p.text[:20] for p in resolution.preamble]
    assert resolution.preamble[0].text.endswith(carried)


# A footnote call that the line broke before: alone on the line under its paragraph's last words,
# the last of the page's body (the notes under it used to be read from the first smaller line
# there, which was this call).
CALLED = {
    "en": (
        "The General Assembly,",
        "Takes note of the report entitled “Our Common Coasts”.",
        "Ibid.",
    ),
    "fr": (
        "L’Assemblée générale,",
        "Prend note du rapport intitulé « Nos côtes communes ».",
        "Ibid.",
    ),
    "es": (
        "La Asamblea General,",
        "Toma nota del informe titulado “Nuestras costas comunes”.",
        "Ibid.",
    ),
}
CALL_CSS = """
@page { size: 210mm 297mm; margin: 25mm 30mm; }
body { font-family: "DejaVu Sans"; font-size: 10pt; line-height: 1.2; }
p { text-align: justify; margin: 0 0 6pt 0; text-indent: 12mm; }
p.num { text-indent: 0; }
.n { display: inline-block; width: 12mm; }
.fn { float: footnote; font-size: 8pt; text-indent: 0; }
.fn::footnote-call { content: attr(data-marker); vertical-align: super; font-size: 6.5pt;
                     line-height: 0; }
.fn::footnote-marker { content: attr(data-marker); vertical-align: super; font-size: 6pt; }
"""


@pytest.mark.parametrize("code", sorted(CALLED))
def test_a_call_alone_on_its_line_is_the_call_of_the_line_above(tmp_path: Path, code: str) -> None:
    weasyprint = pytest.importorskip("weasyprint", reason="weasyprint prints the test PDF")
    formula, takes_note, note = CALLED[code]
    called = f'{takes_note}<br><span class="fn" data-marker="3">{note}</span>'
    # the last body line of the page: the notes are read from the lines under it
    paragraphs = [takes_note, takes_note.replace("“", "«").replace("”", "»"), called]
    body = f"<p>A/RES/80/12</p><p>{formula}</p>" + "".join(
        f'<p class="num"><span class="n">{k}.</span>{text}</p>'
        for k, text in enumerate(paragraphs, 1)
    )
    html = (
        f'<!DOCTYPE html><html lang="{code}"><head><meta charset="utf-8">'
        f"<style>{CALL_CSS}</style></head><body>{body}</body></html>"
    )
    printed = tmp_path / "A_RES_80_12.pdf"
    weasyprint.HTML(string=html).write_pdf(printed)
    doc = parse_file(printed, language=code, analysis=False, ocr="never")
    [resolution] = doc.resolutions
    assert [p.number for p in resolution.operative] == ["1", "2", "3"]
    assert [f.marker for f in resolution.operative[2].footnotes] == ["3"]
    assert [(f.marker, f.text) for f in doc.footnotes] == [("3", note)]


# A Chinese page of one-line paragraphs, where the paragraph gap is the most common step from one
# line to the next: the line spacing is the smaller common step, and the right margin is found
# from the lines another line of their paragraph follows (the one-line paragraphs stop anywhere).
SHORT = [
    ("重申其第70/1号决议，", 240.0),
    ("回顾其关于沿海渔业的第79/20号决议，", 320.0),
    ("认识到沿海渔业对粮食安全的重要性，", 310.0),
    ("强调需要加强区域合作，", 250.0),
    ("欢迎各国为此所作的努力，", 260.0),
    ("意识到需要提供资金和技术支持，", 290.0),
]
LONG = [
    (
        "关切任何以损害沿海社区居民利益的方式利用这些水域的鱼类资源和其他海洋资源的活动，",
        INDENT,
        491.7,
    ),
    (
        "注意到各国当局同沿海社区合作实行积极措施以促进渔业资源可持续利用的重要性，其中包",
        LEFT,
        497.7,
    ),
    ("括养护措施，", LEFT, 170.0),
]


def test_a_chinese_page_of_one_line_paragraphs() -> None:
    page = [(("A/RES/80/12", LEFT, 200.0), 0.0), (("大会，", INDENT, 151.7), 30.0)]
    for _ in range(3):
        page += [((text, INDENT, x1), GAP) for text, x1 in SHORT]
        page += [((text, x0, x1), STEP if n else GAP) for n, (text, x0, x1) in enumerate(LONG)]
    page += _paragraph(["1. 请秘书长就这方面的进展情况提出报告；"])
    doc = parse_raw(_raw([page]), language="zh", analysis=False)
    [resolution] = doc.resolutions
    assert len(resolution.preamble) == 21, [p.text[:12] for p in resolution.preamble]
    assert "注意到各国当局" in resolution.preamble[6].text


# A line inside a paragraph led by a blank (the space after a footnote call carried to the line's
# start): it stands a character right of the margin, far short of the document's indent, and it
# opens with a word that opens paragraphs; it is no paragraph's start.
LED = {
    "zh": [
        "回顾其关于沿海渔业的各项决议以及秘书长关于这些决议执行情况的报告，包括关于",
        "保护和养护鱼类种群、",
    ],
    "ru": [
        "ссылаясь на свои резолюции о прибрежном рыболовстве и на доклад Генерального",
        "отмечая при этом",
    ],
    "fr": [
        "Rappelant ses résolutions sur la pêche côtière et le rapport du Secrétaire général",
        "notant à cet égard",
    ],
}


@pytest.mark.parametrize("code", sorted(LED))
def test_a_line_led_by_a_blank_is_no_paragraph_start(code: str) -> None:
    first, led = LED[code]
    opening = OPENING[code]
    page = [(("A/RES/80/12", LEFT, 200.0), 0.0), ((BROKEN[code][0], INDENT, 240.0), 30.0)]
    for line, end in opening * 2:
        page += [((line, INDENT, RIGHT), GAP), ((end, LEFT, 300.0), STEP)]
    page += [((first, INDENT, RIGHT), GAP), ((first, LEFT, RIGHT), STEP)]
    page += [((f"{led} {first}", LEFT + SIZE, RIGHT), STEP), ((opening[0][1], LEFT, 300.0), STEP)]
    page += _paragraph([f"1. {BROKEN[code][3]}", BROKEN[code][3]])
    doc = parse_raw(_raw([page]), language=code, analysis=False)
    [resolution] = doc.resolutions
    assert len(resolution.preamble) == 5, [p.text[:20] for p in resolution.preamble]
    assert led in resolution.preamble[4].text
