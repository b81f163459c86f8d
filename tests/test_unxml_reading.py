"""What the UN XML reader gives the analysis: text folded as the text path folds its lines,
unnumbered lines of a schedule read as paragraphs. The documents are small AKN4UN files written
for the tests (our own words)."""

from __future__ import annotations

import pytest

from mandata.model import Document
from mandata.normalize.fold import fold, fold_characters
from mandata.parse import parse_akn

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_LANG3 = {"ar": "ara", "en": "eng", "es": "spa", "fr": "fra", "ru": "rus", "zh": "zho"}


def _un_file(code: str, body: str) -> bytes:
    """A GA resolution of the UN's markup with ``body`` (``<paragraph>``\\ s) as its mainBody."""
    iri = "/akn/un/statement/deliberation/unga/2023-12-19/78-999/"
    return f"""<?xml version="1.0" encoding="utf-8"?>
<akomaNtoso xmlns="{AKN}"><statement name="resolution">
<meta><identification source="#DGACM"><FRBRWork><FRBRthis value="{iri}!main/"/>
<FRBRuri value="{iri}"/></FRBRWork><FRBRExpression><FRBRthis value="{iri}"/>
<FRBRlanguage language="{_LANG3[code]}"/></FRBRExpression></identification></meta>
<coverPage><p><docNumber refersTo="#symbol">A/RES/78/999</docNumber></p></coverPage>
<preamble/><mainBody>{body}</mainBody></statement></akomaNtoso>""".encode()


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
