"""Arabic leading phrases as the UN marks them (bold) and the action keys the UN's English versions
give them (issue 13, issue 21 item 5). The examples are written for these tests."""

from __future__ import annotations

import pytest

from mandata.analyze.paragraph import analyze_paragraph
from mandata.lang import folded_action
from mandata.parse import parse_raw
from mandata.read import RawText
from mandata.segment.phrases import leading_phrase


@pytest.mark.parametrize(
    ("text", "phrase", "action"),
    [
        # the verb, then an Arabic comma and an inserted clause
        ("تقرر، وفقا للمادة 13 من نظامها الداخلي، أن تنظر في المسألة؛", "تقرر", "decide"),
        ("ترحب، في هذا الصدد، بالتقدم المحرز في المفاوضات؛", "ترحب", "welcome"),
        ("تشير، في هذا السياق، إلى أن الدول الأعضاء اتفقت على ذلك؛", "تشير", "recall"),
    ],
)
def test_a_verb_before_an_arabic_comma(text: str, phrase: str, action: str) -> None:
    found = leading_phrase(text, "ar")
    assert found is not None
    assert (found.text, found.action) == (phrase, action)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the Assembly's own stance is marked with the verb ("Expresses its deep appreciation")
        ("تعرب عن بالغ تقديرها للدول التي قدمت تبرعات؛", "تعرب عن بالغ تقديرها"),
        ("تعرب عن تضامنها وتعاطفها مع الشعوب المتضررة؛", "تعرب عن تضامنها وتعاطفها"),
        ("تعرب عن التأييد الكامل لعمل المبعوث الخاص؛", "تعرب عن التأييد الكامل"),
        ("تكرر تأكيد التزامها الراسخ بتحقيق هذه الأهداف؛", "تكرر تأكيد التزامها الراسخ"),
        ("وإذ تعرب عن استيائها الشديد أيضا من استمرار العنف،", "وإذ تعرب عن استيائها الشديد أيضا"),
        ("تؤكد التزامها العميق بالتعددية؛", "تؤكد التزامها العميق"),
        # a document or a thing it names is not marked with it
        ("تؤكد من جديد قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015؛", "تؤكد من جديد"),
        ("تؤكد من جديد الالتزام بتنفيذ خطة عام 2030؛", "تؤكد من جديد"),
        ("وإذ تشير إلى قرارها 76/12،", "وإذ تشير"),
    ],
)
def test_a_stance_after_the_verb_is_part_of_the_phrase(text: str, phrase: str) -> None:
    found = leading_phrase(text, "ar")
    assert found is not None and found.text == phrase


@pytest.mark.parametrize(
    ("text", "phrase", "action"),
    [
        # "in particular" inside and after a verb phrase
        (
            "وإذ تعيد بوجه خاص تأكيد قرار مجلس الأمن 2558 (2020)،",
            "وإذ تعيد بوجه خاص تأكيد",
            "reaffirm",
        ),
        ("تدين بشكل خاص الهجمات على المدنيين؛", "تدين بشكل خاص", "condemn"),
        # manner words the UN marks with the verb
        ("وإذ تلاحظ بقلق شديد استمرار الأزمة،", "وإذ تلاحظ بقلق شديد", "note"),
        ("تلاحظ مع التقدير والارتياح التقدم المحرز؛", "تلاحظ مع التقدير والارتياح", "note"),
        # verbs the tables lacked
        (
            "وإذ تشعر بقلق بالغ إزاء التفاوت في فرص الحصول على اللقاحات،",
            "وإذ تشعر بقلق بالغ",
            "be_concerned",
        ),
        ("وإقرارا منها بما تقدمه الرياضة من مساهمة في التنمية،", "وإقرارا منها", "recognize"),
        ("وقد أصغت إلى شعوب العالم،", "وقد أصغت", "hear"),
        ("وإذ تضع في الحسبان قرارها 1803 (د-17)،", "وإذ تضع في الحسبان", "take_into_account"),
        ("وإذ تكرم ذكرى جميع الضحايا،", "وإذ تكرم", "pay_tribute"),
        ("تظل تشجع الدول على التعاون؛", "تظل تشجع", "encourage"),
        ("تعترض بشدة على تطبيق تلك القوانين خارج الحدود الإقليمية؛", "تعترض بشدة", "reject"),
        ("و إذ تسلم بأهمية التعاون الإقليمي،", "و إذ تسلم", "recognize"),
        ("وإذ تشعر بخيبة أمل لعدم إحراز تقدم في المفاوضات،", "وإذ تشعر بخيبة أمل", "regret"),
        ("تواصل الترحيب بالجهود التي تبذلها المنظمة؛", "تواصل الترحيب", "welcome"),
        ("تتوقع أن تكتمل الأعمال في موعدها؛", "تتوقع", "look_forward"),
    ],
)
def test_arabic_phrases_the_tables_now_know(text: str, phrase: str, action: str) -> None:
    found = leading_phrase(text, "ar")
    assert found is not None
    assert (found.text, found.action) == (phrase, action)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # "Emphasizes" is the UN's most frequent English for تشدد على, "Stresses" for تؤكد
        ("تشدد على أهمية التعاون الدولي؛", "emphasize"),
        ("وإذ تشدد على ضرورة التعاون،", "emphasize"),
        ("تؤكد أهمية التعاون الدولي؛", "stress"),
        ("وإذ تنوه بالجهود التي تبذلها الدول الأعضاء،", "acknowledge"),
    ],
)
def test_an_arabic_verb_takes_the_english_key_the_un_gives_it_most(text: str, action: str) -> None:
    found = leading_phrase(text, "ar")
    # the table's key, reported as the English module folds it (emphasize is reported stress)
    assert found is not None and found.action == folded_action(action)


def test_a_resolution_with_commas_after_its_verbs() -> None:
    text = "\n".join(
        [
            "إن الجمعية العامة،",
            "",
            "إذ تشير إلى قرارها 76/12،",
            "",
            "1 - تقرر، وفقا للمادة 13 من نظامها الداخلي، أن تنظر في المسألة؛",
            "",
            "2 - تعرب عن بالغ تقديرها للدول التي قدمت تبرعات؛",
        ]
    )
    doc = parse_raw(RawText(text, "text", "utf-8", None), language="ar", analysis=False)
    operative = doc.resolutions[0].operative
    assert [(p.phrase, p.action) for p in operative] == [
        ("تقرر", "decide"),
        ("تعرب عن بالغ تقديرها", "express"),
    ]


def test_a_verb_without_the_preambular_particle_opens_an_operative_paragraph() -> None:
    # a one-paragraph decision, its paragraph unnumbered: "تحيط علما" without "وإذ" is "Takes
    # note", not "Taking note" (a preambular paragraph of an Arabic text opens with its particle)
    text = "\n".join(
        [
            "إن الجمعية العامة،",
            "",
            "إذ تشير إلى قرارها 60/251،",
            "",
            "وقد نظرت في تقرير مجلس حقوق الإنسان،",
            "",
            "تحيط علما بتقرير مجلس حقوق الإنسان والتوصيات الواردة فيه.",
        ]
    )
    doc = parse_raw(RawText(text, "text", "utf-8", None), language="ar", analysis=False)
    res = doc.resolutions[0]
    assert [p.phrase for p in res.preamble] == ["إذ تشير", "وقد نظرت"]
    assert [(p.phrase, p.action) for p in res.operative] == [("تحيط علما", "take_note")]
    found = leading_phrase("وإذ تحيط علما بتقرير الأمين العام،", "ar")
    assert found is not None and found.kind == "preambular"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # asked to report, in the words Arabic uses for it
        ("تطلب إلى الأمين العام الإبلاغ في مقترح الميزانية المقبل عن الجهود المبذولة؛", ["report"]),
        (
            "تطلب إلى الأمين العام أن يواصل بحث أفضل الممارسات، وأن يوافي الجمعية العامة بانتظام "
            "بالنتائج المحققة؛",
            ["report"],
        ),
        (
            "تشجع الأمين العام على أن يدرج معلومات عن الشعوب الأصلية ضمن التقارير السنوية المقبلة؛",
            ["report"],
        ),
        (
            "تطلب أيضا إلى الأمين العام أن يقدم إلى الجمعية العامة في دورتها الثمانين معلومات عن "
            "حالة الاتجار غير المشروع بالأحياء البرية؛",
            ["report"],
        ),
        # not a report: self-determination (تقرير المصير), preparing the report, a cited report,
        # reporting as one activity of a list
        (
            "تهيب بالدولة القائمة بالإدارة القيام بإعداد برامج تثقيف سياسي لتوعية الشعب بحقه في "
            "تقرير المصير؛",
            ["directive"],
        ),
        (
            "تطلب أيضا إلى الأمين العام، لدى إعداد التقرير، أن يتشاور مع الدول الأعضاء؛",
            ["directive"],
        ),
        (
            "تطلب إلى الأمين العام أن يحيل إلى اللجنة محاضر المناقشة التي جرت بشأن تقريرها؛",
            ["directive"],
        ),
        ("تهيب بالدول أن تعزز جمع البيانات والإبلاغ عنها واستخدامها؛", ["directive"]),
    ],
)
def test_arabic_requests_to_report(text: str, types: list[str]) -> None:
    facts = analyze_paragraph(text, "ar", 78, "operative")
    assert [m.type for m in facts.mandates] == types


def test_a_wrapped_line_that_opens_with_the_words_of_the_meeting_line_goes_on() -> None:
    # "الجلسة العامة الثالثة للجمعية ..." inside a paragraph is not the closing "الجلسة العامة 27"
    text = "\n".join(
        [
            "إن الجمعية العامة،",
            "إذ تشير إلى مقرر مكتبها بشأن الترتيبات التي اعتمدت في",
            "الجلسة العامة الثالثة للجمعية التي عقدت في 16 أيلول/سبتمبر 2022،",
            "    تقرر أن تعتمد الترتيبات التنظيمية للجلسات العامة على النحو الوارد في المرفق.",
            "    الجلسة العامة 27",
            "    9 تشرين الثاني/نوفمبر 2022",
        ]
    )
    doc = parse_raw(RawText(text, "text", "utf-8", None), language="ar", analysis=False)
    res = doc.resolutions[0]
    assert [p.phrase for p in res.preamble] == ["إذ تشير"]
    assert [p.phrase for p in res.operative] == ["تقرر"]


@pytest.mark.parametrize(
    ("formula", "preambular", "first", "second"),
    [
        (
            "إن الجمعية العامة،",
            "إذ تشير إلى قرارها 76/12،",
            "1- ترحب باختتام أعمال اللجنة وتحيط علما بتقريرها",
            "2 - تعرب عن تقديرها للجنة؛",
        ),
        (
            "The General Assembly,",
            "Recalling its resolution 76/12,",
            "1- Welcomes the conclusion of the work of the Commission on the topic",
            "2 - Expresses its appreciation to the Commission;",
        ),
        (
            "L’Assemblée générale,",
            "Rappelant sa résolution 76/12,",
            "1- Se félicite que la Commission ait achevé ses travaux sur le sujet",
            "2 - Remercie la Commission;",
        ),
    ],
)
def test_a_number_with_its_dash_glued_opens_a_paragraph_without_its_closing_mark(
    formula: str, preambular: str, first: str, second: str
) -> None:
    """ "1-" (the dash glued to the number, as OCR reads the Arabic "1 -") numbers a paragraph
    even when its closing mark was lost: it is no heading."""
    code = "ar" if formula.startswith("إن") else ("en" if formula.startswith("The") else "fr")
    text = "\n".join([formula, "", preambular, "", first, "", second])
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)
    res = doc.resolutions[0]
    assert (len(res.preamble), [p.number for p in res.operative]) == (1, ["1", "2"])


def test_preambular_paragraph_whose_verb_ocr_garbled_is_no_heading() -> None:
    # OCR garbled the verb after the particle ("تتعلم" for "تسلم") and lost the closing comma:
    # the short unclosed paragraph reads like a heading, but no heading opens with "وإذ" ("and
    # whereas"), the particle of the preamble alone
    text = "\n".join(
        [
            "إن الجمعية العامة،",
            "",
            "إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،",
            "",
            "وإذ تتعلم بالمصالح المشتركة في تعزيز التعاون الإقليمي وحسن الجوار",
            "",
            "وإذ تلاحظ أن عام 2023 يصادف الذكرى السنوية الخامسة والعشرين للبرنامج،",
            "",
            "1 - تقرر أن تبقي المسألة قيد نظرها.",
        ]
    )
    doc = parse_raw(RawText(text, "text", "utf-8", None), language="ar", analysis=False)
    res = doc.resolutions[0]
    assert len(res.preamble) == 3
    assert res.preamble[1].text.startswith("وإذ تتعلم")
