"""Resolutions in sections (the budget's "special subjects"), printed with no blank line between
paragraphs: each section's number alone on a line ("II", "二", "ثانيا"), its title on the next
line or two, its own preamble, its numbered paragraphs; a section may have one operative
paragraph without a number ("核准…预算…美元；"). Our own example documents, in each language's
typography."""

from __future__ import annotations

import pytest

from mandata.model import Document
from mandata.parse import parse_raw
from mandata.read import RawText

HEAD = {
    "en": (
        "United Nations    A/RES/78/990\nGeneral Assembly    Distr.: General\n"
        "29 December 2023\nSeventy-eighth session\nAgenda item 140\n"
        "Resolution adopted by the General Assembly on 22 December 2023\n"
        "78/990. Special subjects relating to the proposed programme budget for 2024\n"
        "The General Assembly,\n"
    ),
    "zh": (
        "联合国    A/RES/78/990\n大会    Distr.: General\n29 December 2023\n"
        "第七十八届会议\n议程项目140\n2023年12月22日大会决议\n"
        "78/990. 与2024年拟议方案预算有关的特别问题\n大会，\n"
    ),
    "ar": (
        "الأمم المتحدة    A/RES/78/990\nالجمعية العامة    Distr.: General\n"
        "29 December 2023\nالدورة الثامنة والسبعون\nالبند 140 من جدول الأعمال\n"
        "قرار اتخذته الجمعية العامة في 22 كانون الأول/ديسمبر 2023\n"
        "78/990 - المواضيع الخاصة المتصلة بالميزانية البرنامجية المقترحة لعام 2024\n"
        "إن الجمعية العامة،\n"
    ),
}

# two sections, each with two preambular paragraphs and two numbered ones, the second title
# over two lines; no blank line anywhere
SECTIONS = {
    "en": (
        "I\nOffice accommodation in Nairobi\n"
        "Recalling section VI of its resolution 77/990 of 30 December 2022,\n"
        "Having considered the report of the Secretary-General and the related report of the\n"
        "Advisory Committee,\n"
        "1. Takes note of the report of the Secretary-General;\n"
        "2. Endorses the conclusions and recommendations of the Advisory Committee;\n"
        "II\nProgress in the renovation of the buildings of the regional commission in\n"
        "Santiago\n"
        "Recalling section X of its resolution 77/990,\n"
        "Having considered the report of the Secretary-General,\n"
        "1. Takes note of the progress made in the renovation;\n"
        "2. Requests the Secretary-General to report at its seventy-ninth session;\n"
    ),
    "zh": (
        "一\n内罗毕办公房地\n"
        "回顾其2022年12月30日第77/990号决议第六节，\n"
        "审议了秘书长的报告和行政和预算问题咨询委员会的相关报告，\n"
        "1.\t表示注意到秘书长的报告；\n"
        "2.\t认可行预咨委会报告所载结论和建议；\n"
        "二\n圣地亚哥区域委员会大楼翻修工程的\n进展情况\n"
        "回顾其第77/990号决议第十节，\n"
        "审议了秘书长的报告，\n"
        "1.\t表示注意到翻修工程取得的进展；\n"
        "2.\t请秘书长向大会第七十九届会议提出报告；\n"
    ),
    "ar": (
        "أولا\nأماكن المكاتب في نيروبي\n"
        "إذ تشير إلى الجزء السادس من قرارها 77/990 المؤرخ 30 كانون الأول/ديسمبر 2022،\n"
        "وقد نظرت في تقرير الأمين العام وتقرير اللجنة الاستشارية ذي الصلة،\n"
        "1 - تحيط علما بتقرير الأمين العام؛\n"
        "2 - تؤيد الاستنتاجات والتوصيات الواردة في تقرير اللجنة الاستشارية؛\n"
        "ثانيا\nالتقدم المحرز في تجديد مباني اللجنة الإقليمية في\nسانتياغو\n"
        "إذ تشير إلى الجزء العاشر من قرارها 77/990،\n"
        "وقد نظرت في تقرير الأمين العام،\n"
        "1 - تحيط علما بالتقدم المحرز في أعمال التجديد؛\n"
        "2 - تطلب إلى الأمين العام أن يقدم تقريرا في دورتها التاسعة والسبعين؛\n"
    ),
}


def _parse(text: str, code: str) -> Document:
    return parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)


@pytest.mark.parametrize("code", sorted(SECTIONS))
def test_sections_without_blank_lines(code: str) -> None:
    res = _parse(HEAD[code] + SECTIONS[code], code).resolutions[0]
    assert len(res.preamble) == 4
    assert len(res.operative) == 4
    assert [p.section for p in res.preamble] == [p.section for p in res.operative]
    assert len({p.section for p in res.preamble}) == 2
    # each paragraph opens with its verb: no title glued to the paragraph under it, no
    # section's preamble in the last paragraph of the section before
    assert all(p.phrase for p in [*res.preamble, *res.operative])
    words = ("Santiago", "圣地亚哥", "سانتياغو", "Nairobi", "内罗毕", "نيروبي")
    assert not any(w in p.text for p in [*res.preamble, *res.operative] for w in words)


# a section with one paragraph, unnumbered, opened by a verb of both parts in Chinese (核准):
# it ends as operative paragraphs do
ONE_PARAGRAPH = (
    "一\n联合检查组\n"
    "审议了秘书长的说明和行预咨委会的有关报告，\n"
    "核准联合检查组2024年毛额预算9 100 000美元；\n"
    "二\n应急基金\n"
    "回顾其第77/990号决议，\n"
    "1.\t注意到应急基金仍有余额；\n"
    "2.\t决定将2025年应急基金数额定为核定方案预算的0.75%。\n"
)


def test_section_of_one_unnumbered_paragraph() -> None:
    res = _parse(HEAD["zh"] + ONE_PARAGRAPH, "zh").resolutions[0]
    assert [p.text[:4] for p in res.preamble] == ["审议了秘", "回顾其第"]
    assert [p.text[:4] for p in res.operative] == ["核准联合", "注意到应", "决定将2"]


# the last paragraph of a section announces its items with a colon; the next section's numbers
# start again at 1: its paragraphs are its own, not a text the colon quotes
AFTER_COLON = {
    "en": (
        "I\nFinancial performance report\n"
        "Having considered the report of the Secretary-General,\n"
        "1. Approves a credit of 10,000,000 dollars, on account of the following:\n"
        "(a) Savings under the expenditure sections;\n"
        "(b) Income above the estimates;\n"
        "II\nSpecial Court\n"
        "Recalling section III of its resolution 77/990,\n"
        "1. Takes note of the report of the Secretary-General;\n"
        "2. Requests the Secretary-General to report at its seventy-ninth session;\n"
    ),
    "zh": (
        "一\n财务执行情况报告\n"
        "审议了秘书长的报告，\n"
        "1.\t核准贷项10 000 000美元，原因是：\n"
        "(a) 各支出款次有支出结余；\n"
        "(b) 实收收入高于估计数；\n"
        "二\n特别法庭\n"
        "回顾其第77/990号决议第三节，\n"
        "1.\t表示注意到秘书长的报告；\n"
        "2.\t请秘书长向大会第七十九届会议提出报告；\n"
    ),
    "ar": (
        "أولا\nتقرير الأداء المالي\n"
        "وقد نظرت في تقرير الأمين العام،\n"
        "1 - توافق على رصيد دائن قدره 000 000 10 دولار، للأسباب التالية:\n"
        "(أ) وجود وفورات في أبواب النفقات؛\n"
        "(ب) زيادة الإيرادات عن التقديرات؛\n"
        "ثانيا\nالمحكمة الخاصة\n"
        "إذ تشير إلى الجزء الثالث من قرارها 77/990،\n"
        "1 - تحيط علما بتقرير الأمين العام؛\n"
        "2 - تطلب إلى الأمين العام أن يقدم تقريرا في دورتها التاسعة والسبعين؛\n"
    ),
}


@pytest.mark.parametrize("code", sorted(AFTER_COLON))
def test_a_new_section_numbers_its_paragraphs_again(code: str) -> None:
    res = _parse(HEAD[code] + AFTER_COLON[code], code).resolutions[0]
    assert [p.number for p in res.operative] == ["1", "1", "2"]
    assert len(res.operative[0].subparagraphs) == 2
    assert len(res.preamble) == 2


def test_a_sections_one_paragraph_may_announce_its_items() -> None:
    text = (
        "一\n安全和安保部\n"
        "审议了秘书长的说明，\n"
        "核准安全和安保部2024年毛额预算9 100 000美元，细分如下：\n"
        "(a) 纽约：5 000 000美元；\n"
        "(b) 日内瓦：4 100 000美元；\n"
        "二\n应急基金\n"
        "回顾其第77/990号决议，\n"
        "1.\t注意到应急基金仍有余额；\n"
    )
    res = _parse(HEAD["zh"] + text, "zh").resolutions[0]
    assert [p.text[:4] for p in res.preamble] == ["审议了秘", "回顾其第"]
    assert [p.text[:4] for p in res.operative] == ["核准安全", "注意到应"]
