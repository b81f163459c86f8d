"""What the UN XML reader gives the analysis: text folded as the text path folds its lines,
unnumbered lines of a schedule read as paragraphs. The documents are small AKN4UN files written
for the tests (our own words)."""

from __future__ import annotations

import re

import pytest

from mandata.model import Document
from mandata.normalize.fold import fold, fold_characters
from mandata.parse import parse_akn

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_LANG3 = {"ar": "ara", "en": "eng", "es": "spa", "fr": "fra", "ru": "rus", "zh": "zho"}


def _un_file(code: str, body: str, preamble: str = "") -> bytes:
    """A GA resolution of the UN's markup with ``body`` (``<paragraph>``\\ s) as its mainBody
    and ``preamble`` (``<container>``\\ s) as its preamble."""
    iri = "/akn/un/statement/deliberation/unga/2023-12-19/78-999/"
    return f"""<?xml version="1.0" encoding="utf-8"?>
<akomaNtoso xmlns="{AKN}"><statement name="resolution">
<meta><identification source="#DGACM"><FRBRWork><FRBRthis value="{iri}!main/"/>
<FRBRuri value="{iri}"/></FRBRWork><FRBRExpression><FRBRthis value="{iri}"/>
<FRBRlanguage language="{_LANG3[code]}"/></FRBRExpression></identification></meta>
<coverPage><p><docNumber refersTo="#symbol">A/RES/78/999</docNumber></p></coverPage>
<preamble>{preamble}</preamble><mainBody>{body}</mainBody></statement></akomaNtoso>""".encode()


def _paragraph(num: str, phrase: str, rest: str, em: str = "italic") -> str:
    number = f"<num>{num}</num>" if num else ""
    lead = f'<span class="{em}">{phrase}</span>' if phrase else ""
    return (
        f'<paragraph class="SingleTxt">{number}<content><p xml:space="preserve">\t{lead}{rest}'
        "</p></content></paragraph>"
    )


def _read(code: str, *paragraphs: str) -> Document:
    return parse_akn(_un_file(code, "".join(paragraphs)), source=f"{code}.xml", language=code)


def test_fold_characters_folds_as_a_line_is_folded() -> None:
    raw = "تُدرج\u0640 ٧٩\u00a0soixante\u2011dix\u2010neuf ７９"
    assert fold_characters(raw) == "تدرج 79 soixante-dix-neuf 79"
    assert fold_characters(raw) == fold(raw)[0]
    assert fold_characters("plain text") == "plain text"


@pytest.mark.parametrize(
    ("code", "phrase", "rest", "text"),
    [
        (
            "ar",
            "تقرر",
            " أن تُدرج في جدول الأعمال المؤقت لدورتها التاسعة والسبعين البند المعنون "
            "”تعزيز التعاون“.",
            "أن تدرج في جدول الأعمال المؤقت لدورتها التاسعة والسبعين",
        ),
        (
            "fr",
            "Décide",
            " d\u2019inscrire à l\u2019ordre du jour provisoire de sa soixante\u2011dix\u2011"
            "neuvième session la question intitulée «\u00a0Coopération\u00a0».",
            "soixante-dix-neuvième session",
        ),
        (
            "ru",
            "постановляет",
            " включить в предварительную повестку дня своей семьдесят девятой сессии пункт "
            "«Сотрудничество»\u00a0\u2011 пункт ٢.",
            "«Сотрудничество» - пункт 2.",
        ),
    ],
)
def test_paragraph_text_is_folded_as_the_text_path_folds_it(
    code: str, phrase: str, rest: str, text: str
) -> None:
    para = _read(code, _paragraph("1.", phrase, rest, "bold" if code == "ar" else "italic"))
    para_ = para.resolutions[0].operative[0]
    assert text in para_.text
    assert para_.text == fold_characters(para_.text)


def test_the_session_of_an_agenda_item_reads_through_folded_characters() -> None:
    ar = _read(
        "ar",
        _paragraph(
            "1.",
            "تقرر",
            " أن تُدرج في جدول الأعمال المؤقت لدورتها "
            "التاسعة والسبعين البند الفرعي المعنون ”تعزيز التعاون“.",
            "bold",
        ),
    )
    fr = _read(
        "fr",
        _paragraph(
            "1.",
            "Décide",
            " d\u2019inscrire à l\u2019ordre du jour "
            "provisoire de sa soixante\u2011dix\u2011neuvième session la question "
            "intitulée «\u00a0Coopération\u00a0».",
            "italic",
        ),
    )
    for doc in (ar, fr):
        assert [m.session for m in doc.mandates if m.type == "agenda_item"] == [79], doc.language


@pytest.mark.parametrize(
    ("code", "phrase", "lines"),
    [
        ("zh", "又决定", ["3月2日，星期一：上午10时至下午1时", "3月3日，星期二：下午3时至6时"]),
        (
            "fr",
            "Décide également",
            ["Lundi 2 mars, de 10 heures à 13 heures", "Mardi 3 mars, de 15 heures à 18 heures"],
        ),
        (
            "ru",
            "постановляет также",
            [
                "понедельник, 2 марта — с 10 ч 00 мин до 13 ч 00 мин",
                "вторник, 3 марта — с 15 ч 00 мин до 18 ч 00 мин",
            ],
        ),
        (
            "ar",
            "تقرر أيضا",
            [
                "الاثنين 2 آذار/مارس: من الساعة 10:00 إلى الساعة 13:00",
                "الثلاثاء 3 آذار/مارس: من الساعة 15:00 إلى الساعة 18:00",
            ],
        ),
    ],
)
def test_unnumbered_lines_of_a_schedule_are_paragraphs(
    code: str, phrase: str, lines: list[str]
) -> None:
    em = "bold" if code in ("ar", "zh") else "italic"
    body = [_paragraph("1.", phrase, " ...", em), *(_paragraph("", "", line) for line in lines)]
    body.append(_paragraph("2.", phrase, " ...", em))
    doc = _read(code, *body)
    operative = doc.resolutions[0].operative
    assert [p.text for p in operative[1:3]] == lines
    assert [p.number for p in operative] == ["1", None, None, "2"]
    assert [p.section for p in operative] == [None] * 4


def test_a_short_unnumbered_line_without_numbers_is_still_a_heading() -> None:
    doc = _read(
        "en",
        _paragraph("1.", "Decides", " ..."),
        _paragraph("", "", "Human rights"),
        _paragraph("2.", "Requests", " ..."),
    )
    operative = doc.resolutions[0].operative
    assert [(p.number, p.section) for p in operative] == [("1", None), ("2", "Human rights")]


@pytest.mark.parametrize(
    ("code", "phrase", "title"),
    [
        ("zh", "决定", "2022年7月1日至2023年6月30日期间预算执行情况报告"),
        (
            "en",
            "Decides",
            "Budget performance report for the period from 1 July 2022 to 30 June 2023",
        ),
        ("fr", "Décide", "Rapport sur l’exécution du budget de l’exercice 2022/23"),
    ],
)
def test_a_heading_with_the_dates_of_a_period_is_still_a_heading(
    code: str, phrase: str, title: str
) -> None:
    em = "bold" if code == "zh" else "italic"
    doc = _read(
        code,
        _paragraph("1.", phrase, " ...", em),
        _paragraph("", "", title),
        _paragraph("2.", phrase, " ...", em),
    )
    operative = doc.resolutions[0].operative
    assert [(p.number, p.section) for p in operative] == [("1", None), ("2", title)]


@pytest.mark.parametrize(
    ("code", "phrase", "title"),
    [
        ("en", "Decides", "Listing Criteria"),
        ("fr", "Décide", "Critères de désignation"),
        ("es", "Decide", "Criterios de inclusión en la Lista"),
    ],
)
def test_a_heading_set_in_the_italics_of_a_phrase_is_still_a_heading(
    code: str, phrase: str, title: str
) -> None:
    """The Security Council's markup sets its headings in italics, as it does leading phrases:
    a paragraph that is all italics, short and without a closing mark, is a heading."""
    doc = _read(
        code,
        _paragraph("1.", phrase, " ..."),
        _paragraph("", title, ""),
        _paragraph("2.", phrase, " ..."),
    )
    operative = doc.resolutions[0].operative
    assert [(p.number, p.section) for p in operative] == [("1", None), ("2", title)]


def _container(name: str, p: str) -> str:
    return f'<container name="{name}"><p xml:space="preserve">{p}</p></container>'


@pytest.mark.parametrize(
    ("code", "em", "phrases", "heading"),
    [
        ("en", "italic", ("Recalling", "Noting"), "Trade routes of landlocked States"),
        ("ru", "italic", ("ссылаясь", "отмечая"), "Торговые пути стран, не имеющих выхода к морю"),
        ("zh", "bold", ("回顾", "注意到"), "内陆国家的贸易路线"),
    ],
)
def test_a_heading_between_preambular_paragraphs_is_no_paragraph(
    code: str, em: str, phrases: tuple[str, str], heading: str
) -> None:
    """A heading set in bold in a preamble container of its own is not a preambular paragraph
    (a preambular paragraph ends with its comma); the paragraphs around it stay."""
    first, second = (f'\t<span class="{em}">{p}</span> the work done so far,' for p in phrases)
    preamble = "".join(
        [
            _container(phrases[0], first),
            _container("", f'<span class="bold"> {heading} </span>'),
            _container("", heading),
            _container(phrases[1], second),
        ]
    )
    doc = parse_akn(
        _un_file(code, _paragraph("1.", "Decides", " ..."), preamble),
        source=f"{code}.xml",
        language=code,
    )
    assert [p.phrase for p in doc.resolutions[0].preamble] == list(phrases)


@pytest.mark.parametrize(
    ("code", "phrase", "title"),
    [
        (
            "es",
            "Decide",
            "Informe sobre la ejecución del presupuesto de la misión para el período "
            "comprendido entre el 1 de julio de 2031 y el 30 de junio de 2032",
        ),
        (
            "ar",
            "تقرر",
            "تقرير أداء ميزانية البعثة للفترة من 1 تموز/يوليه 2031 إلى 30 حزيران/يونيه 2032",
        ),
        (
            "en",
            "Decides",
            "Budget performance report for the period from 1 July 2031 to 30 June 2032",
        ),
    ],
)
def test_an_unnumbered_line_all_in_bold_is_a_heading(code: str, phrase: str, title: str) -> None:
    """A period's title set in bold between numbered paragraphs (longer in Spanish than a plain
    heading may be) is the section of the paragraphs after it, not a paragraph."""
    doc = _read(
        code,
        _paragraph("1.", phrase, " ..."),
        _paragraph("", title, "", em="bold"),
        _paragraph("2.", phrase, " ..."),
    )
    operative = doc.resolutions[0].operative
    assert [(p.number, p.section) for p in operative] == [("1", None), ("2", title)]


@pytest.mark.parametrize(
    ("code", "phrase", "first", "second", "date"),
    [
        (
            "fr",
            "Réaffirme",
            " la Convention de Genève du 12\u00a0août 1949",
            "<sup>2</sup>, continue de s’appliquer",
            "1949-08-12",
        ),
        (
            "en",
            "Reaffirms",
            " the Geneva Convention of 12\u00a0August 1949",
            ",<sup>2</sup> continue to apply",
            "1949-08-12",
        ),
        (
            "ru",
            "вновь подтверждает",
            ", что Женевская конвенция от 12 августа 1949 года",
            "<sup>2</sup> по-прежнему применима",
            "1949-08-12",
        ),
        (
            "zh",
            "重申",
            "1949年8月12日《关于战时保护平民之日内瓦公约》",
            "<sup>2</sup> 的所有相关规定继续适用",
            "1949-08-12",
        ),
    ],
)
def test_a_footnote_called_again_is_no_number_of_the_text(
    code: str, phrase: str, first: str, second: str, date: str
) -> None:
    """A note called a second time is a ``<sup>`` with its marker alone (A/RES/78/11: "du 12
    août 1949<sup>2</sup>"): where the document has a note of that marker, it is no digit of
    the text (else "19492", a year that is none)."""
    note = (
        '<authorialNote marker="2" placement="bottom" eId="authorialNote_2"><p xml:space='
        '"preserve">\t\tUnited Nations, Treaty Series, vol. 75, No. 973.</p></authorialNote>'
    )
    doc = _read(
        code,
        _paragraph("1.", phrase, first + note + " ;"),
        _paragraph("2.", phrase, first + second + " ;"),
    )
    para = doc.resolutions[0].operative[1]
    printed = first + second.replace("<sup>2</sup>", "")
    assert re.sub(r"\D", "", para.text) == re.sub(r"\D", "", printed)
    assert para.dates == [date]


def test_a_superscript_number_without_a_note_of_its_number_is_text() -> None:
    doc = _read("fr", _paragraph("1.", "Décide", " d’une surface de 300 m<sup>2</sup> ;"))
    assert "300 m2" in doc.resolutions[0].operative[0].text


def _listed(num: str, intro: str, labels: tuple[str, ...], item: str) -> str:
    points = "".join(
        f'<point><num>{label}</num><content><p xml:space="preserve">\t{item}</p></content></point>'
        for label in labels
    )
    return (
        f'<paragraph class="SingleTxt"><num>{num}</num><list><intro><p xml:space="preserve">'
        f"\t{intro}</p></intro>{points}</list></paragraph>"
    )


@pytest.mark.parametrize(
    ("code", "intro", "labels", "after", "item", "label"),
    [
        ("en", "Calls upon States:", ("(c)", "(d)"), "(e)", "To ratify the Convention;", "e"),
        ("fr", "Demande aux États :", ("(c)", "(d)"), "(e)", "De ratifier la Convention ;", "e"),
        ("ru", "призывает государства:", ("(c)", "(d)"), "(e)", "ратифицировать Конвенцию;", "e"),
        ("zh", "吁请各国：", ("(c)", "(d)"), "(e)", "批准《公约》；", "e"),
        ("ar", "تهيب بالدول:", ("(ج)", "(د)"), "(ﻫ)", "أن تصدق على الاتفاقية؛", "ه"),
        ("ar", "تهيب بالدول:", ("(ن ن)", "(س س)"), "(ع ع)", "أن تصدق على الاتفاقية؛", "عع"),
        ("ar", "تحث الدول:", ("(ذ)", "(ض)"), "(أ أ)", "السعي إلى ضمان فرص العمل؛", "أأ"),
        ("en", "Urges States:", ("(y)", "(z)"), "(aa)", "To seek decent work;", "aa"),
    ],
)
def test_an_item_set_after_its_list_is_the_next_item(
    code: str, intro: str, labels: tuple[str, ...], after: str, item: str, label: str
) -> None:
    """An item the markup sets as an unnumbered paragraph after its list, its label in its text
    (A/RES/78/217 ar: "(ﻫ)", a presentation form of ه, after a list ending at "(د)"; the Arabic
    letters after the last are doubled, "(أ أ)" after "(ض)" in A/RES/78/181): the next item
    of that list."""
    doc = _read(
        code,
        _listed("4.", intro, labels, item),
        _paragraph("", "", f"{after}\t{item}"),
        _paragraph("5.", "", item),
    )
    operative = doc.resolutions[0].operative
    assert [p.number for p in operative] == ["4", "5"]
    assert [s.label for s in operative[0].subparagraphs][-1] == label
    assert operative[0].subparagraphs[-1].text == item
