"""Wrapped lines without blank lines or indents: where a line that looks like a paragraph's start
goes on with the paragraph before it (issue 13, paragraph counts in Arabic, Chinese, Russian).

- a line cut inside a bracketed number ("第1373(20" / "01)号决议", "resolution 1373 (20" /
  "01)") is no paragraph numbered "01)";
- inside a numbered paragraph only a number or a label opens the next one: a wrapped line that
  starts with a verb after a comma ("强调", "подчеркивает", "تشجع") goes on;
- a line after a joining word ("..., и" / "подчеркивая") or opening with one (并鼓励) goes on;
- sub-paragraph labels as each language prints them: "㈠", "’1‘", and "с)" typed with a
  Cyrillic letter.

The examples are written for these tests; none is copied from the corpus.
"""

from __future__ import annotations

import pytest

from mandata.model import Document, Resolution
from mandata.parse import parse_raw
from mandata.read import RawText

HEADS = {
    "en": [
        "United Nations    A/RES/78/902",
        "General Assembly    Distr.: General",
        "20 December 2023",
        "Seventy-eighth session",
        "Agenda item 18",
        "Resolution adopted by the General Assembly on 19 December 2023",
        "78/902. Countering terrorism",
        "The General Assembly,",
    ],
    "fr": [
        "Nations Unies    A/RES/78/902",
        "Assemblée générale    Distr. générale",
        "20 décembre 2023",
        "Soixante-dix-huitième session",
        "Point 18 de l’ordre du jour",
        "Résolution adoptée par l’Assemblée générale le 19 décembre 2023",
        "78/902. Lutte contre le terrorisme",
        "L’Assemblée générale,",
    ],
    "ru": [
        "Организация Объединенных Наций    A/RES/78/902",
        "Генеральная Ассамблея    Distr.: General",
        "20 December 2023",
        "Семьдесят восьмая сессия",
        "Пункт 18 повестки дня",
        "Резолюция, принятая Генеральной Ассамблеей 19 декабря 2023 года",
        "78/902. Борьба с терроризмом",
        "Генеральная Ассамблея,",
    ],
    "zh": [
        "联合国    A/RES/78/902",
        "大会    Distr.: General",
        "20 December 2023",
        "第七十八届会议",
        "议程项目18",
        "2023年12月19日大会决议",
        "78/902. 打击恐怖主义",
        "大会，",
    ],
    "ar": [
        "الأمم المتحدة    A/RES/78/902",
        "الجمعية العامة    Distr.: General",
        "20 December 2023",
        "الدورة الثامنة والسبعون",
        "البند 18 من جدول الأعمال",
        "قرار اتخذته الجمعية العامة في 19 كانون الأول/ديسمبر 2023",
        "78/902 - مكافحة الإرهاب",
        "إن الجمعية العامة،",
    ],
}


def _parse(code: str, lines: list[str]) -> Resolution:
    text = "\n".join([*HEADS[code], *lines]) + "\n"
    doc: Document = parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)
    assert len(doc.resolutions) == 1
    return doc.resolutions[0]


def _counts(res: Resolution) -> tuple[int, int]:
    return len(res.preamble), len(res.operative)


# A line cut inside the year of a Security Council resolution, printed without blank lines.
CUT_NUMBER = {
    "zh": [
        "回顾安全理事会2001年9月28日第1373(20",
        "01)号决议，",
        "又回顾其以往各项决议，",
        "1.\t强烈谴责一切形式和表现的恐怖主义；",
        "2.\t决定继续处理此案。",
    ],
    "en": [
        "Recalling Security Council resolution 1373 (20",
        "01) of 28 September 2001,",
        "Recalling also its previous resolutions,",
        "1. Strongly condemns terrorism in all its forms and manifestations;",
        "2. Decides to remain seized of the matter.",
    ],
    "fr": [
        "Rappelant la résolution 1373 (20",
        "01) du Conseil de sécurité, en date du 28 septembre 2001,",
        "Rappelant également ses résolutions antérieures,",
        "1. Condamne énergiquement le terrorisme sous toutes ses formes ;",
        "2. Décide de demeurer saisie de la question.",
    ],
}


@pytest.mark.parametrize("code", sorted(CUT_NUMBER))
def test_a_line_cut_inside_a_bracketed_number_goes_on(code: str) -> None:
    res = _parse(code, CUT_NUMBER[code])
    assert _counts(res) == (2, 2)
    assert "1373" in res.preamble[0].text.replace(" ", "")


# A numbered paragraph whose wrapped line starts with a verb after a comma.
NUMBERED_GOES_ON = {
    "zh": [
        "回顾其以往各项决议，",
        "1.\t注意到会员国为执行《全球反恐战略》所作的努力，",
        "强调必须加强这方面的国际合作；",
        "2.\t决定继续处理此案。",
    ],
    "ru": [
        "ссылаясь на свои предыдущие резолюции,",
        "1. отмечает усилия государств-членов по осуществлению Стратегии,",
        "подчеркивает необходимость укрепления международного сотрудничества;",
        "2. постановляет продолжать заниматься этим вопросом.",
    ],
    "ar": [
        "إذ تشير إلى قراراتها السابقة،",
        "1 - تلاحظ الجهود التي تبذلها الدول الأعضاء لتنفيذ الاستراتيجية،",
        "تشجع الدول الأعضاء على تعزيز التعاون الدولي؛",
        "2 - تقرر أن تبقي المسألة قيد نظرها.",
    ],
}


@pytest.mark.parametrize("code", sorted(NUMBERED_GOES_ON))
def test_inside_a_numbered_paragraph_only_a_number_opens(code: str) -> None:
    res = _parse(code, NUMBERED_GOES_ON[code])
    assert _counts(res) == (1, 2)
    assert res.operative[0].number == "1"


# A line after a joining word at the end of the line before, or opening with one.
JOINED = {
    "ru": [
        "ссылаясь на свои предыдущие резолюции,",
        "признавая, что терроризм угрожает миру и безопасности, и",
        "подчеркивая необходимость укрепления международного сотрудничества,",
        "1. постановляет продолжать заниматься этим вопросом.",
    ],
    "zh": [
        "回顾其以往各项决议，",
        "注意到会员国为执行《全球反恐战略》所作的努力，",
        "并鼓励会员国进一步加强这方面的国际合作，",
        "1.\t决定继续处理此案。",
    ],
    "en": [
        "Recalling its previous resolutions,",
        "Recognizing that terrorism threatens peace and security, and",
        "Welcoming the efforts of Member States,",
        "1. Decides to remain seized of the matter.",
    ],
}


@pytest.mark.parametrize("code", sorted(JOINED))
def test_a_joining_word_carries_the_line_on(code: str) -> None:
    assert _counts(_parse(code, JOINED[code])) == (2, 1)


# Sub-paragraph labels as each language prints them.
LABELS = {
    "zh": [
        "回顾其以往各项决议，",
        "1.\t促请各国：",
        "㈠\t加强边境管制；",
        "㈡\t交流信息；",
        "2.\t决定继续处理此案。",
    ],
    "ar": [
        "إذ تشير إلى قراراتها السابقة،",
        "1 - تهيب بالدول:",
        "’1‘ أن تعزز مراقبة الحدود؛",
        "’2‘ أن تتبادل المعلومات؛",
        "2 - تقرر أن تبقي المسألة قيد نظرها.",
    ],
    "ru": [
        "ссылаясь на свои предыдущие резолюции,",
        "1. призывает государства:",
        "a) укреплять пограничный контроль;",
        "b) обмениваться информацией;",
        "с) сотрудничать друг с другом;",
        "2. постановляет продолжать заниматься этим вопросом.",
    ],
}


@pytest.mark.parametrize("code", sorted(LABELS))
def test_labels_as_each_language_prints_them(code: str) -> None:
    res = _parse(code, LABELS[code])
    assert _counts(res) == (1, 2)
    labels = [s.label for s in res.operative[0].subparagraphs]
    assert len(labels) == (3 if code == "ru" else 2), labels


# A resolution in sections, each with a preamble of its own after the operative paragraphs of the
# section before ("一" / title / "回顾……，" / "1. ……"), separated by blank lines.
SECTIONS = {
    "zh": (
        ["一", "联合国反恐中心的活动"],
        "回顾其2022年10月27日第77/3号决议，",
        "1.\t表示注意到秘书长的报告；",
        ["二", "特别法庭的补助金"],
        "回顾其2021年4月16日第75/253 B号决议第四节，",
        "1.\t核准提供补助金；",
    ),
    "en": (
        ["I", "Activities of the Counter-Terrorism Centre"],
        "Recalling its resolution 77/3 of 27 October 2022,",
        "1. Takes note of the report of the Secretary-General;",
        ["II", "Subvention to the Special Tribunal"],
        "Recalling section IV of its resolution 75/253 B of 16 April 2021,",
        "1. Approves a subvention;",
    ),
    "ru": (
        ["I", "Деятельность Центра по борьбе с терроризмом"],
        "ссылаясь на свою резолюцию 77/3 от 27 октября 2022 года,",
        "1. принимает к сведению доклад Генерального секретаря;",
        ["II", "Субсидия Специальному трибуналу"],
        "ссылаясь на раздел IV своей резолюции 75/253 B от 16 апреля 2021 года,",
        "1. утверждает субсидию;",
    ),
}


@pytest.mark.parametrize("code", sorted(SECTIONS))
def test_each_section_has_its_preamble(code: str) -> None:
    head1, pre1, op1, head2, pre2, op2 = SECTIONS[code]
    lines: list[str] = []
    for block in (*head1, pre1, op1, *head2, pre2, op2):
        lines += ["", block]
    res = _parse(code, lines)
    assert _counts(res) == (2, 2)
    assert [p.section for p in res.preamble] == [head1[0], head2[0]]


# "по‑прежнему" with a non-breaking hyphen, as the UN's Russian prints it
def test_a_phrase_with_a_non_breaking_hyphen() -> None:
    res = _parse(
        "ru",
        [
            "будучи по\u2011прежнему глубоко обеспокоена положением беженцев,",
            "будучи крайне озабочена тяжелыми условиями жизни,",
            "1. постановляет продолжать заниматься этим вопросом.",
        ],
    )
    assert [p.action for p in res.preamble] == ["be_concerned", "be_concerned"]
