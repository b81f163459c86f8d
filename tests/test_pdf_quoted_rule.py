"""A rule of underscores that the text itself prints (layout.py, issue 18): an operative
paragraph that amends a statute quotes its articles, with the statute's own note under a rule
("____________" / "* Dependency allowances ..."), and the next numbered paragraph goes on under
them on the same page. The rule is no footnote separator (it is set in the body's print, and the
body's print goes on under it): what follows is paragraph 2, not a footnote, and the quoted note
stays in paragraph 1. Our own text, printed by weasyprint in each language's typography (as
scripts/unxml_pdf.py prints the UN's XML); skipped without weasyprint or the fonts."""

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
p.num, p.item { text-indent: 0; } .n { display: inline-block; width: 12mm; }
p.small { font-size: 8.5pt; text-indent: 0; }
"""
# frame, paragraph 1 (it quotes), the quoted lines, the statute's note, paragraph 2, 3
TEXTS = {
    "en": (
        "The General Assembly,",
        "Decides to amend article 10 of the statute of the Commission to read as follows:",
        [
            "Article 10",
            "The Commission shall make recommendations to the General Assembly on:",
            "(a) The broad principles for the determination of the conditions of service;",
            "(b) Allowances and benefits of staff which are determined by the General Assembly*;",
            "(c) Staff assessment.",
        ],
        "* Dependency allowances and language incentive for staff in the Professional and higher "
        "categories, education grant, home leave and repatriation grant.",
        "Reaffirms the authority of the Commission to continue to establish post adjustment "
        "multipliers for duty stations in the common system;",
        "Requests the Commission to report thereon to the General Assembly at its next session.",
    ),
    "ru": (
        "Генеральная Ассамблея,",
        "постановляет внести в статью 10 статута Комиссии поправку, чтобы она гласила следующее:",
        [
            "Статья 10",
            "Комиссия выносит рекомендации Генеральной Ассамблее в отношении:",
            "a) широких принципов определения условий службы персонала;",
            "b) надбавок и пособий персоналу, которые определяются Генеральной Ассамблеей*;",
            "c) налогообложения персонала.",
        ],
        "* Надбавки на иждивенцев и поощрение за знание языков для персонала категории "
        "специалистов и выше, субсидия на образование и субсидия на репатриацию.",
        "подтверждает полномочия Комиссии продолжать устанавливать множители корректива по "
        "месту службы для мест службы в общей системе;",
        "просит Комиссию представить информацию по этому вопросу Генеральной Ассамблее на ее "
        "следующей сессии.",
    ),
    "ar": (
        "إن الجمعية العامة،",
        "تقرر تعديل المادة 10 من النظام الأساسي للجنة بحيث يصبح نصها كما يلي:",
        [
            "المادة 10",
            "تقدم اللجنة توصيات إلى الجمعية العامة بشأن ما يلي:",
            "(أ) المبادئ العامة لتحديد شروط الخدمة؛",
            "(ب) البدلات والاستحقاقات التي تحددها الجمعية العامة للموظفين*؛",
            "(ج) الاقتطاعات الإلزامية من مرتبات الموظفين.",
        ],
        "* بدلات الإعالة وحافز اللغات لموظفي الفئة الفنية وما فوقها، ومنحة التعليم، وإجازة "
        "زيارة الوطن، ومنحة الإعادة إلى الوطن.",
        "تؤكد من جديد سلطة اللجنة في مواصلة تحديد مضاعفات تسوية مقر العمل لمراكز العمل في "
        "النظام الموحد؛",
        "تطلب إلى اللجنة أن تقدم إلى الجمعية العامة في دورتها المقبلة تقريرا عن ذلك.",
    ),
}


def _html(code: str, small_note: bool) -> str:
    frame, first, quoted, note, second, third = TEXTS[code]
    body = [f"<p>{html.escape(frame)}</p>"]
    for k, text in enumerate((first, second, third), start=1):
        number = f"{k} - " if code == "ar" else f"{k}."
        body.append(f'<p class="num"><span class="n">{number}</span>{html.escape(text)}</p>')
        if k == 1:
            body += [f'<p class="item">{html.escape(line)}</p>' for line in quoted]
            body.append("<p>____________</p>")
            body.append(f'<p class="{"small" if small_note else "item"}">{html.escape(note)}</p>')
    return page(code, CSS, body)


@pytest.mark.parametrize("small_note", [True, False], ids=["note-small", "note-body"])
@pytest.mark.parametrize("code", ["en", "ru", "ar"])
def test_a_rule_the_text_prints_separates_no_footnotes(
    code: str, small_note: bool, tmp_path: Path
) -> None:
    pdf = print_pdf(_html(code, small_note), code, tmp_path / f"statute-{code}.pdf")
    doc = parse_file(pdf, language=code, analysis=False, ocr="never")
    operative = [p for res in doc.resolutions for p in res.operative]
    assert [p.number for p in operative] == ["1", "2", "3"], [p.text[:40] for p in operative]
    _, _, quoted, note, second, _ = TEXTS[code]
    first = " ".join([operative[0].text, *(sub.text for sub in operative[0].subparagraphs)])
    assert quoted[-1][-12:] in first
    assert note.split()[2] in first  # the statute's note, in the paragraph quoting it
    assert second.split()[1] in operative[1].text
    assert not doc.footnotes, doc.footnotes
