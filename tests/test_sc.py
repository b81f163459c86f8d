"""Security Council resolutions (issues 14 and 21): the symbol with its year, the adoption date
and meeting, in six languages; symbols from file names only when they are well-formed.

The examples are our own, written in each language's typography after the forms of the UN's
2020-2021 texts (the adoption lines of the UN XML).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import load_script
from mandata.parse import parse_file
from mandata.symbols import symbol_from_filename, well_formed

# (language, text, meeting as printed): a resolution as the Council issues it today.
ADOPTED = [
    (
        "en",
        """Resolution 2810 (2025)
Adopted by the Security Council at its 10045th meeting, on 14 November 2025

The Security Council,

Recalling its resolution 2719 (2023) on the financing of peace operations,

1. Decides to extend the mandate of the Mission until 15 November 2026;

2. Decides to remain seized of the matter.
""",
        "10045th meeting",
    ),
    (
        "fr",
        """Résolution 2810 (2025)
Adoptée par le Conseil de sécurité à sa 10045e séance, le 14 novembre 2025

Le Conseil de sécurité,

Rappelant sa résolution 2719 (2023) sur le financement des opérations de paix,

1. Décide de proroger le mandat de la Mission jusqu’au 15 novembre 2026 ;

2. Décide de rester saisi de la question.
""",
        "10045e séance",
    ),
    (
        "es",
        """Resolución 2810 (2025)
Aprobada por el Consejo de Seguridad en su 10045ª sesión, celebrada el 14 de noviembre de 2025

El Consejo de Seguridad,

Recordando su resolución 2719 (2023), relativa a la financiación de las operaciones de paz,

1. Decide prorrogar el mandato de la Misión hasta el 15 de noviembre de 2026;

2. Decide seguir ocupándose de la cuestión.
""",
        "10045ª sesión",
    ),
    (
        "ru",
        """Резолюция 2810 (2025),
принятая Советом Безопасности на его 10045\u2011м заседании 14 ноября 2025 года

Совет Безопасности,

ссылаясь на свою резолюцию 2719 (2023) о финансировании операций в пользу мира,

1. постановляет продлить мандат Миссии до 15 ноября 2026 года;

2. постановляет продолжать заниматься этим вопросом.
""",
        "10045-м заседании",  # the non-breaking hyphen folded
    ),
    (
        "ar",
        """القرار ٢٨١٠ (٢٠٢٥)
الذي اتخذه مجلس الأمن في جلسته ١٠٠٤٥، المعقودة في ١٤ تشرين الثاني/نوفمبر ٢٠٢٥

إن مجلس الأمن،

إذ يشير إلى قراره ٢٧١٩ (٢٠٢٣) بشأن تمويل عمليات السلام،

١ - يقرر تمديد ولاية البعثة حتى ١٥ تشرين الثاني/نوفمبر ٢٠٢٦؛

٢ - يقرر أن يبقي المسألة قيد نظره.
""",
        "جلسته 10045",
    ),
    (
        "zh",
        """第2810（2025）号决议
2025年11月14日安全理事会第10045次会议通过

安全理事会，

回顾其关于维持和平行动经费筹措的第2719（2023）号决议，

1. 决定将特派团的任务期限延长至2026年11月15日；

2. 决定继续处理此案。
""",
        "第10045次会议",
    ),
]


@pytest.mark.parametrize(("language", "text", "meeting"), ADOPTED, ids=[a[0] for a in ADOPTED])
def test_adoption_line_in_six_languages(
    tmp_path: Path, language: str, text: str, meeting: str
) -> None:
    path = tmp_path / "document.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert doc.language == language
    assert doc.symbol == "S/RES/2810 (2025)"
    assert doc.adopted == "2025-11-14"
    assert doc.meeting == meeting
    assert doc.doc_type == "resolution"
    assert len(doc.resolutions[0].operative) == 2


# Older texts close with the adoption line and print the date under the heading.
CLOSING = [
    ("en", "Resolution 699 (1991)\nof 17 June 1991", "Adopted unanimously at the\n2994th meeting."),
    (
        "en",
        "699 (1991). Resolution of 17 June 1991",
        "Adopted at the 2994th meeting by\n13 votes to none, with 2 abstentions (Cuba, Yemen).",
    ),
    (
        "en",
        "RESOLUTION 699 (1991)\nof 17 June 1991",
        "Adopted unanimously at the\n\n2994th meeting.",
    ),
    ("fr", "Résolution 699 (1991)\ndu 17 juin 1991", "Adoptée à l’unanimité à la 2994e séance."),
    (
        "es",
        "Resolución 699 (1991)\nde 17 de junio de 1991",
        "Aprobada por unanimidad en la 2994ª sesión.",
    ),
]
BODY = {
    "en": "The Security Council,\n\nRecalling its resolution 687 (1991) of 3 April 1991,\n\n"
    "1. Approves the plan contained in the report of the Secretary-General;\n\n"
    "2. Decides to remain seized of the matter.\n",
    "fr": "Le Conseil de sécurité,\n\nRappelant sa résolution 687 (1991) du 3 avril 1991,\n\n"
    "1. Approuve le plan figurant dans le rapport du Secrétaire général ;\n\n"
    "2. Décide de rester saisi de la question.\n",
    "es": "El Consejo de Seguridad,\n\nRecordando su resolución 687 (1991), de 3 de abril de "
    "1991,\n\n1. Aprueba el plan que figura en el informe del Secretario General;\n\n"
    "2. Decide seguir ocupándose de la cuestión.\n",
}


@pytest.mark.parametrize(("language", "heading", "closing"), CLOSING)
def test_closing_adoption_line_gives_the_meeting(
    tmp_path: Path, language: str, heading: str, closing: str
) -> None:
    path = tmp_path / "S_RES_0699_1991_EN_GOLD.txt"
    path.write_text(f"{heading}\n\n{BODY[language]}\n{closing}\n", encoding="utf-8")
    doc = parse_file(path)
    assert doc.symbol == "S/RES/699 (1991)"
    assert doc.adopted == "1991-06-17"
    assert doc.meeting is not None and "2994" in doc.meeting
    operative = doc.resolutions[0].operative
    assert [p.number for p in operative] == ["1", "2"]  # the adoption line is no paragraph
    assert doc.paragraphs == []


def test_symbol_from_the_text_not_from_a_padded_file_name(tmp_path: Path) -> None:
    text = "RESOLUTION 761 (1992)\nof 29 June 1992\n\n" + BODY["en"]
    for name in ("S_RES_0700_1991_EN_GOLD.txt", "document.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert parse_file(path).symbol == "S/RES/761 (1992)", name
    path = tmp_path / "S_RES_0700_1991_EN_GOLD.txt"
    path.write_text(BODY["en"], encoding="utf-8")
    assert parse_file(path).symbol is None  # no symbol printed, none made of the file name


@pytest.mark.parametrize(
    ("name", "symbol"),
    [
        ("A_RES_79_10.txt", "A/RES/79/10"),
        ("A_C.3_80_L.5.pdf", "A/C.3/80/L.5"),
        ("A_78_L.1_Rev.1.txt", "A/78/L.1/Rev.1"),
        ("A_HRC_RES_52_1.docx", "A/HRC/RES/52/1"),
        ("E_CN.6_2024_L.3.txt", "E/CN.6/2024/L.3"),
        ("S_RES_1631_(2005).pdf", "S/RES/1631 (2005)"),
        ("S_RES_2505_2020.txt", "S/RES/2505 (2020)"),
        ("S_RES_0700_1991_EN_GOLD.txt", None),
        ("S_RES_0700_1991.txt", None),
        ("A_RES_78_x.txt", None),
        ("Annex_of_the_letter.txt", None),
        ("A_Cooperation_between_the_United_Nations.txt", None),  # a title, not a symbol
        ("E_Conference.pdf", None),
    ],
)
def test_symbols_from_file_names_only_when_well_formed(name: str, symbol: str | None) -> None:
    assert symbol_from_filename(name) == symbol


def test_well_formed_symbols() -> None:
    assert well_formed("S/RES/1631 (2005)") and well_formed("ST/SGB/2019/1")
    assert not well_formed("S/RES/0700/1991/EN/GOLD")
    assert not well_formed("A/RES/78/10 (2005)")  # the year in brackets is the Council's


def test_a_draft_gets_no_adoption(tmp_path: Path) -> None:
    path = tmp_path / "S_2025_700.txt"
    path.write_text(
        "United Nations    S/2025/700\nSecurity Council    Distr.: General\n10 November 2025\n\n"
        "Albania and Japan: draft resolution\n\n" + BODY["en"] + "\nRecalling the declaration\n"
        "adopted on 26 May 2013 by the Assembly of the African Union,\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.adopted is None and doc.meeting is None
    assert doc.date == "2025-11-10"


def test_corpus_sc_texts(corpus: Path) -> None:
    """Issue 21 acceptance 3 and issue 14 acceptance 4 on ../shared/corpus/sc: a well-formed
    symbol with its year under the file's own name and a neutral one (>= 99%), the adoption
    date and meeting where printed (>= 98%)."""
    counts = load_script("eval_sc").sc_texts(corpus)
    assert counts["symbol"].printed >= 690
    floors = load_script("baseline").floors("eval_sc")
    for key, floor in floors.items():  # symbol, neutral name >= 99%; date, meeting >= 98%
        assert counts[key].right / counts[key].printed >= floor, counts[key].misses


def test_corpus_sc_drafts(corpus: Path) -> None:
    """The Security Council drafts of pdf/unbench print no adoption line: none is invented."""
    counts = load_script("eval_sc").unbench(corpus)
    assert counts["no adoption invented"].printed >= 30
    assert not counts["no adoption invented"].misses
    assert not counts["document date"].misses


def test_unxml_adoption_lines_in_six_languages(corpus: Path) -> None:
    """The adoption lines of the UN's SC resolutions of 2020-2021 in six languages against
    the metadata: >= 98% in each, Arabic aside (>= 97%: two of its lines are damaged in the
    markup itself, one without a year, one holding a paragraph's text)."""
    folder = Path(os.environ.get("MANDATA_UNXML", Path.home() / ".cache/mandata/unxml")) / "sc"
    if not folder.is_dir():
        pytest.skip(f"UN XML not laid out at {folder} (run {corpus}/unxml/unpack)")
    counts = load_script("eval_sc").unxml(folder)
    for key, count in counts.items():
        assert count.printed >= 45, key
        floor = 0.97 if key.endswith(" ar") else 0.98
        assert count.right / count.printed >= floor, (key, count.misses)
