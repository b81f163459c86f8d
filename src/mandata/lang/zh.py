"""Chinese: the tables the parser reads. Data only; the same names in every language module.

Sources: the UN's Chinese texts of resolutions (the excerpts of A/RES/52/7 and A/RES/52/4 and the
six-way aligned sentences in ../shared/corpus/multi).

Action keys are those of :mod:`mandata.lang.en` (see its docstring). Chinese uses one form of the
verb for preambular and operative paragraphs (回顾, 注意到, 欢迎, 请, 决定 ...): the paragraph
numbering decides which it is, so ``PREAMBULAR`` and ``OPERATIVE`` hold the same phrases (with
one exception, below).
Additives (又, 还, 并, 也, 再次) and manner words (赞赏地, 满意地, 关切地, 深为) come before the
verb: "又回顾" = "Recalling also", "赞赏地注意到" = "Notes with appreciation". Chinese cannot
always tell keys apart: 注意到 serves for "Notes" and "Takes note of" (表示注意到 is "Takes note"
only; ``OPERATIVE`` reads 注意到 as ``take_note``, ``PREAMBULAR`` as ``note``), 重申 for
"Reaffirms" and "Reiterates", 强调 for "Stresses" and "Emphasizes", 请 for "Requests" and
"Invites", 关切 for "Concerned" and "Expressing concern": the groups are in ``EQUIVALENT_ACTIONS``.

Numbers: the normalizer turns full-width digits into ASCII (NFKC) but leaves Chinese numerals
("第六十四届", "二〇〇九年"); ``mandata.lang.ordinals`` reads the numerals of 1 to 200 and ``ZH_DIGITS`` the
digits of a year written digit by digit.
"""

from mandata.lang import Ending, LanguageData

CODE = "zh"
NAME = "Chinese"
NATIVE_NAME = "中文"  # as the web pages name the language
RIGHT_TO_LEFT = False  # the script's direction
# How the UN prints a paragraph's leading phrase (the class of its span in the AKN export).
PHRASE_EMPHASIS = "bold"
# The letter that ends the UN's job numbers of this language version ("2421660C"), in the
# names of the UN's files ("A_RES_78_10-2323443C.xml").
UN_JOB_LETTER = "C"
# The kind of paragraph its final punctuation marks, for a text without a document's structure
# (a translator's segment): a preambular paragraph ends with a comma, an operative one with a
# semicolon (a full stop ends the last operative paragraph and prose alike: it says nothing).
PARAGRAPH_ENDINGS: dict[str, Ending] = {
    "，": "preambular",
    ",": "preambular",
    "；": "operative",
    ";": "operative",
}

# OCR of scanned pages (read/ocr.py): tesseract's language pack for this language, and the
# script its orientation and script detection names (a scan of unknown language is probed by
# script first).
OCR_PACK = "chi_sim"
OCR_SCRIPT = "Han"
# How tesseract finds the page's lines (its --psm): 6, one block of text, for Chinese: its page
# analysis (3) cuts lines into pieces read out of context ("强周《联合国完章》第十三 和 坎" for
# "强调《联合国宪章》第十三条第一项", the paragraph number "2." as "公，"); two-column pages are
# still read with the page analysis (read/ocr.py).
OCR_PSM = 6

# Words naming a language -> ISO 639-1 code. Chinese documents print the masthead in English
# ("Original: English"), some in Chinese ("原文：英文").
LANGUAGE_NAMES: dict[str, str] = {
    "中文": "zh",
    "汉语": "zh",
    "英文": "en",
    "英语": "en",
    "法文": "fr",
    "法语": "fr",
    "俄文": "ru",
    "俄语": "ru",
    "西班牙文": "es",
    "西班牙语": "es",
    "阿拉伯文": "ar",
    "阿拉伯语": "ar",
    "arabic": "ar",
    "chinese": "zh",
    "english": "en",
    "french": "fr",
    "russian": "ru",
    "spanish": "es",
}

MONTHS: dict[str, int] = {
    "一月": 1,
    "二月": 2,
    "三月": 3,
    "四月": 4,
    "五月": 5,
    "六月": 6,
    "七月": 7,
    "八月": 8,
    "九月": 9,
    "十月": 10,
    "十一月": 11,
    "十二月": 12,
    "1月": 1,
    "2月": 2,
    "3月": 3,
    "4月": 4,
    "5月": 5,
    "6月": 6,
    "7月": 7,
    "8月": 8,
    "9月": 9,
    "10月": 10,
    "11月": 11,
    "12月": 12,
    "01月": 1,
    "02月": 2,
    "03月": 3,
    "04月": 4,
    "05月": 5,
    "06月": 6,
    "07月": 7,
    "08月": 8,
    "09月": 9,
}

# Digit characters of a year written digit by digit ("二〇〇九年" -> "2009"); "○" (U+25CB) and
# "零" stand for zero too. Days and months in numerals ("十四日") are read as ordinals.
ZH_DIGITS: dict[str, str] = {
    "〇": "0",
    "○": "0",
    "零": "0",
    "一": "1",
    "二": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
}

# "2004年12月2日", "二〇〇九年七月十四日"; groups day (digits or an ordinal numeral), month (a
# MONTHS key, with 月), year (digits or ZH_DIGITS).
# A month of a year without its day: "2024年5月" (not "2024年5月27日", nor a month a number
# follows).
MONTH_YEAR: str = (
    r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2}|十[一二]?|[一二三四五六七八九])月"
    r"(?!\s*[\d〇○零一二三四五六七八九十])"
)
DATE: str = (
    r"(?P<year>\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*"
    r"(?P<month>(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月)\s*"
    r"(?:\d{1,2}\s*[日号]?\s*(?:至|到|和|、|-|–|—)\s*)?"  # a range: its last day, as the other languages
    r"(?P<day>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]"
)

# The end of a date range written after a date, sharing its year ("2014年7月28日至12月3日",
# "2015年2月17和18日"): the other languages print only the end date in full.
# A day after 和 is the range's (a list of two days, "2015年2月17和18日", as the others give it);
# a month and day after 和 are the next date of a list (``DATE_LIST_NEXT``).
DATE_RANGE_END: str = (
    r"\s*[日号]?\s*(?:(?:至|到|-|–|—)\s*(?:(?P<month>\d{1,2})\s*月\s*)?|和\s*)"
    r"(?P<day>\d{1,2})\s*[日号]"
)

# The next date of a list that shares the year of the date before it: "2022年5月10日和9月22日",
# "2023年1月9日至20日、4月11日至21日和8月21日至9月1日" (each may open a range of its own): the other
# languages print the last date of such a list with its year and the others with their month.
DATE_LIST_NEXT: str = (
    r"\s*[日号]?\s*(?:和|、|及|以及|与)\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]"
)

ENACTING: dict[str, str] = {
    "大会": "GA",
    "安全理事会": "SC",
    "安理会": "SC",
    "经济及社会理事会": "ECOSOC",
    "经社理事会": "ECOSOC",
    "人权理事会": "HRC",
}

PREAMBULAR: dict[str, str] = {
    "回顾": "recall",
    "忆及": "recall",
    "提醒": "remind",
    "确认": "recognize",
    "认识到": "recognize",
    "承认": "acknowledge",
    "肯定": "acknowledge",
    "重申": "reaffirm",
    "再次申明": "reiterate",
    "再次重申": "reaffirm",
    "再次表示": "reiterate",
    "再次呼吁": "reiterate",
    "再次确认": "reaffirm",
    # 再次 ("again") before an ask renders "Reiterates its request / call / appreciation"
    "再次 请": "reiterate",
    "再次 促请": "reiterate",
    "再次 吁请": "reiterate",
    "再次 邀请": "reiterate",
    "再次 要求": "reiterate",
    "再次 赞赏": "reiterate",
    "再次 感谢": "reiterate",
    "再次 认可": "reiterate",
    "再次 谴责": "reiterate",
    "再次 关切": "reiterate",
    "再次表示 关切": "reiterate",
    "再次表示 支持": "reiterate",
    # 重申 is printed in bold with some of what it reaffirms ("重申深为关切", "重申支持")
    "重申 关切": "reiterate",
    "重申 支持": "reaffirm",
    "重申 决心": "reaffirm",
    "重申 决意": "reaffirm",
    "重申 谴责": "reaffirm",
    "重申 核可": "reaffirm",
    "重申 核准": "reiterate",
    "重申 深信": "reiterate",
    "重申 坚信": "reiterate",
    "重申 邀请": "reiterate",
    "重申 认定": "reaffirm",
    "注意到": "note",
    "指出": "note",
    # 表示 ("expresses") is printed in bold with what it expresses, manner words included
    # ("表示深为关切", "表示赞赏地注意到"): a space in a phrase marks where they may stand
    "表示注意到": "take_note",
    "表示 注意到": "take_note",
    "表示 关切": "express",
    "表示 关切的是": "express",
    "表示 关注": "express",
    "表示 赞赏": "express",
    "表示 赞扬": "express",
    "表示 感谢": "express",
    "表示 支持": "express",
    "表示 声援": "express",
    "表示 坚信": "express",
    "表示 深信": "express",
    "表示 希望": "express",
    "表示 打算": "express",
    "表示 决心": "express",
    "表示 致力于": "express",
    "表示 震惊": "express",
    "表示 震惊的是": "express",
    "欢迎": "welcome",
    "表示欢迎": "welcome",
    "欣见": "welcome",
    "欣悉": "welcome",
    "表示": "express",
    "表达": "express",
    "深表": "express",
    "强调指出": "stress",
    # 强调 renders "Emphasizes" nine times in ten in the UN's versions, "Stresses" (强调指出)
    # the rest
    "强调": "emphasize",
    "特别强调": "emphasize",
    "着重指出": "underline",
    "特别指出": "underscore",
    "重点指出": "highlight",
    "突出强调": "highlight",
    "申明": "affirm",
    "认为": "consider",
    "鉴于": "consider",
    "审议了": "consider",
    "审查了": "consider",
    "研究了": "consider",
    "听取了": "hear",
    "铭记": "bear_in_mind",
    "念及": "bear_in_mind",
    "考虑到": "take_into_account",
    "顾及": "take_into_account",
    "关切": "be_concerned",
    "关注": "be_concerned",
    "感到关切": "be_concerned",
    "感到关切的是": "be_concerned",
    "深感关切的是": "be_concerned",
    "深感不安的是": "be_alarmed",
    "感到震惊并关切的是": "be_alarmed",
    "感到欣慰的是": "be_encouraged",
    "感到鼓舞的是": "be_encouraged",
    "担心": "be_concerned",
    "震惊": "note",
    "深感震惊": "be_alarmed",
    "惊恐": "be_alarmed",
    "深信": "be_convinced",
    "确信": "be_convinced",
    "坚信": "be_convinced",
    "相信": "trust",
    "意识到": "be_aware",
    "知悉": "acknowledge",
    "决心": "resolve",
    "下定决心": "resolve",
    "承诺": "commit",
    "致力于": "commit",
    "遵循": "be_guided",
    "希望": "desire",
    "愿意": "desire",
    "力求": "desire",
    "痛惜": "deplore",
    "遗憾": "regret",
    "表示遗憾": "regret",
    "感到遗憾": "regret",
    "感到遗憾的是": "regret",
    "感到失望的是": "regret",
    "表扬": "commend",
    "谴责": "condemn",
    "拒绝": "reject",
    "反对": "reject",
    "赞扬": "commend",
    "称赞": "commend",
    "祝贺": "commend",
    "缅怀": "pay_tribute",
    "致敬": "pay_tribute",
    "赞赏": "appreciate",
    "鼓励": "encourage",
    "受到鼓舞": "be_encouraged",
    "感到鼓舞": "be_encouraged",
    "敦促": "urge",
    "吁请": "call_upon",
    "促请": "call_upon",
    "呼吁": "call_for",
    "请": "request",
    "邀请": "invite",
    "决定": "decide",
    "正式决定": "resolve",  # "Resolves that, for 2023:" (the budget's appropriations)
    "支持": "support",
    "赞同": "endorse",
    "认可": "endorse",
    "核准": "approve",
    "批准": "approve",
    "通过": "adopt",
    "授权": "authorize",
    "要求": "demand",
    "指示": "direct",
    "责成": "direct",
    "设立": "establish",
    "建立": "establish",
    "宣布": "declare",
    "宣告": "declare",
    "认定": "determine",
    "断定": "determine",
    "根据《联合国宪章》第七章采取行动": "act",
    "根据《宪章》第七章采取行动": "act",
    "采取行动": "act",
    "建议": "recommend",
    "同意": "agree",
    "商定": "agree",
    "接受": "accept",
    "期待": "look_forward",
    "期望": "look_forward",
    "提请注意": "draw_attention",
    "提请": "draw_attention",
    "维持": "maintain",
    "保持": "maintain",
    "修正": "amend",
    "修订": "amend",
    "批款": "appropriate",
    "核拨": "appropriate",
    "借鉴": "build_on",
    "在此基础上": "build_on",
    # Marked so by the UN (its XML of sessions 77-78: scripts/harvest_phrases.py).
    "感到震惊的是": "be_alarmed",
    "斥责": "deplore",
    "在这方面欢迎": "welcome",
    "在这方面注意到": "note",
    "非常关切地注意到": "note",
    "提及": "recall",
    "纪念": "pay_tribute",
    "极为关切地注意到": "note",
    "大力鼓励": "encourage",
    "仍深为关切": "be_concerned",
    "核可": "approve",
    "感谢": "express",
    "继续鼓励": "encourage",
    "断然谴责": "condemn",
    "感兴趣地注意到": "note",
    "毫无保留地谴责": "condemn",
    # The Security Council's (its XML of 2020-2021): the key of the English each translates
    "呼应": "reiterate",  # "Echoing"
    "应和": "reiterate",
    "表示 愿意": "express",
    "表示 失望": "express",
    "表示 震惊于": "express",
    "震惊于": "be_alarmed",
    "依然 关切": "be_concerned",
    "仍然 关切": "be_concerned",
}

# The same phrases open operative paragraphs, but there 注意到 mostly renders "Takes note of"
# (the English "Notes" is rarer in operative paragraphs); declarations add "我们" ("我们重申").
OPERATIVE: dict[str, str] = {
    **PREAMBULAR,
    "注意到": "note",
    **{"我们" + phrase: key for phrase, key in PREAMBULAR.items()},
    "我们将": "commit",
    "我们将继续": "commit",
    "我们必须": "commit",
    # The Security Council's (its XML of 2020-2021): the key of the English each translates
    "继续 敦促": "urge",
    "澄清": "affirm",  # "Clarifies"
}

# 呼吁 renders both "Appeals to"/"Calls upon" (an actor right after it: 呼吁会员国…,
# 呼吁国际社会…, 呼吁各国弘扬…, 呼吁原籍国和庇护国创造…, 呼吁经济及社会理事会…, 呼吁亚洲及太平洋
# 区域的会员国…; not 各国之间, between States) and "Calls for" (what is called for: 呼吁加强合作,
# calls for strengthened cooperation): an actor who is asked makes it a call upon
ACTIONS_BY_OBJECT: dict[str, tuple[tuple[str, str], ...]] = {
    "呼吁": (
        (
            r"(?:全体|所有|各)?(?:会员国|各国政府|国际社会|工会|目前尚未|有能力的)"
            r"|各国(?!之间|间|的)|所有(?:国家|[^，；。]{0,8}?缔约国)"
            r"|原籍国|(?:经济及社会|安全|人权)理事会|[^，；。]{1,10}?的(?:会员国|缔约国)"
            # the media, the States parties: 呼吁媒体传播…, 呼吁所有公约缔约国按时缴付…
            r"|媒体|(?:全体|所有|各)?(?:公约)?缔约国",
            "call_upon",
        ),
    ),
}

ADDITIVES: tuple[str, ...] = (
    "又",
    "还",
    "并",
    "也",
    "再次",
    "另外",
    "此外",
    "进一步",
    "同时",
    "但是",
    "但",
    "同样",
    "在这方面",  # "In this regard": 在这方面，回顾 / 在这方面欢迎
    "却",  # "however": 却依然深为关切
)

MODIFIERS: dict[str, str] = {
    "赞赏地": "with appreciation",
    "感谢地": "with gratitude",
    "满意地": "with satisfaction",
    "十分满意地": "with great satisfaction",
    "关切地": "with concern",
    "深为关切地": "with deep concern",
    "严重关切地": "with grave concern",
    "遗憾地": "with regret",
    "深为": "deeply",
    "特别": "particularly",
    "深感": "deeply",
    "深切": "deeply",
    "严重": "gravely",
    "强烈": "strongly",
    "最强烈地": "in the strongest terms",
    "坚决": "firmly",
    "充分": "fully",
    "郑重": "solemnly",
    "紧急": "urgently",
    "热烈": "warmly",
    "大力": "strongly",
    "坚定": "firmly",
    "坚定地": "firmly",
    "坚定不移地": "firmly",
    "明确": "explicitly",
    "完全": "fully",
    "尤其": "particularly",
    "尤为": "particularly",
    "极为": "extremely",
    "极其": "extremely",
    "非常": "very",
    "最严重": "most gravely",
    "日益": "increasingly",
    "持续": "continuing",
    "感兴趣地": "with interest",
    "震惊地": "with alarm",
    "全力": "fully",
    "迫切": "urgently",
}

PREAMBULAR_PREFIXES: tuple[str, ...] = ()

# Prepositions a verb governs that end a table phrase but that the UN does not print in italics
# (bold in Arabic and Chinese) with it: "ссылаясь на" is marked "ссылаясь". The phrase keeps its
# table key and action; its printed extent leaves them out.
UNMARKED_PARTICLES: tuple[str, ...] = ()
# Whether a paragraph's first word is capitalized (Chinese has no capitals): a flattened text is cut only
# before a capitalized leading phrase where it is.
CAPITALIZED_PARAGRAPHS: bool = False

EQUIVALENT_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("note", "take_note", "acknowledge"),
    ("reaffirm", "reiterate"),
    ("stress", "emphasize", "underline", "underscore", "highlight"),
    ("request", "invite", "call_upon"),
    ("be_concerned", "express"),
    ("express", "appreciate"),
    ("recognize", "acknowledge", "be_aware"),
    ("call_for", "call_upon", "urge"),
    ("consider", "take_into_account", "be_convinced"),
    ("demand", "request"),
    ("endorse", "approve"),
    ("commit", "resolve"),
    ("reiterate", "call_upon", "call_for", "demand", "express", "condemn"),
)

# The numbers of a resolution's sections, printed alone on a line over the section's title
# ("二" where English prints "II") -> number.
SECTION_NUMBERS: dict[str, int] = {
    word: number
    for number, word in enumerate(
        (
            *"一二三四五六七八九十",
            *(f"十{unit}" for unit in "一二三四五六七八九"),
            "二十",
            *(f"二十{unit}" for unit in "一二三四五六七八九"),
            "三十",
        ),
        1,
    )
}

ANNEX_NUMBERS: dict[str, int] = {
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "十二": 12,
    "十三": 13,
    "十四": 14,
    "十五": 15,
    "十六": 16,
    "十七": 17,
    "十八": 18,
    "十九": 19,
    "二十": 20,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
    **{str(n): n for n in range(1, 21)},
}

_DATE = (
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月"
    r"\s*(?:\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日"
)
_BODY = r"大会|安全理事会|安理会|经济及社会理事会|经社理事会|人权理事会"

# Sub-item letters printed otherwise than in Latin -> Latin letter (none here).
SUBITEM_LETTERS: dict[str, str] = {}

# Frequent function words, for telling apart languages that share a script (langid.py).
FUNCTION_WORDS: tuple[str, ...] = ("的", "和", "在", "与", "对", "并", "其", "为", "以", "及")

# Letters that only end a word, in a script written right to left (none here; see ar.py).
FINAL_ONLY_LETTERS: str = ""

MASTHEAD: dict[str, str] = {
    "distribution": r"^(?:Distr\.?|分发)\s*:?\s*(?P<value>General|Limited|Restricted|普遍|限制)",
    "original": r"^(?:Original|原文)\s*:\s*(?P<value>\w+)",
    "session": r"^第\s*(?P<ordinal>[〇零一二三四五六七八九十百两\d]+)\s*届(?:特别|紧急特别)?会议",
    "agenda_item": r"^(?:临时)?议程项目\s*(?P<value>.+?)\s*$",
    # "大会2023年11月21日通过的决议", and as the resolutions print it: "2023年11月21日大会决议"
    # (the date, before or after the body, read by a lookahead: the same groups as elsewhere)
    "adopted": (
        r"^(?:(?=.*?(?P<date>" + _DATE + r"))|)(?:" + _DATE + r")?\s*(?P<body>" + _BODY + r")\s*"
        r"(?:" + _DATE + r")?\s*(?:通过的)?决议\s*$"
    ),
    "drafts": r"^\[(?:未经发交主要委员会|根据.+?的报告)",
    "meeting": r"^(?P<value>第\s*\d+\s*次全体会议(?:\s*[(（]续会[)）])?)\s*$",
    # Heading and adoption line of a Security Council resolution ("第2505(2020)号决议",
    # "2020年1月13日安全理事会第8701次会议通过", "安全理事会2020年6月22日通过").
    "sc_resolution": (
        r"^(?:(?P<date>" + _DATE + r")\s*)?(?:第\s*(?P<num>\d{1,4})\s*[(（]\s*"
        r"(?P<year>(?:19|20)\d\d)\s*[)）]\s*号决议|(?P<num2>\d{1,4})\s*[(（]\s*"
        r"(?P<year2>(?:19|20)\d\d)\s*[)）]\s*号决议)\s*$"
    ),
    "sc_adoption": (
        r"^(?=.*?(?:次会议|日)\s*(?:一致)?通过)(?=.*?(?P<date>"
        + _DATE
        + r"))?(?:"
        + _DATE
        + r"\s*)?(?:安全理事会|安理会)?\s*(?:于\s*)?(?:"
        + _DATE
        + r"\s*)?"
        # the line ends there: "…日通过了…", "…日通过《班吉宣言》时…" is a date in a paragraph
        r"(?:在\s*)?(?P<meeting>第?\s*\d{1,5}\s*次会议)?\s*(?:上\s*)?(?:一致)?通过\s*[。.]?\s*$"
    ),
    "annex": r"^附件\s*(?P<number>[一二三四五六七八九十]+|[IVXL]+|\d+|[A-H])?\s*$",
    "explanatory_memorandum": r"^解释性备忘录\s*$",
    "draft_resolution": r"(?:决议|决定)草案",
    "draft_decision": r"决定草案",
    "report_of": r"(?:的报告|的说明)$",
    "letter": (
        r"^(?P<date>" + _DATE + r")\s*(?P<sender>.+?)给(?P<addressee>.+?)的(?:同文)?信"
        r"(?P<sender2>(?!))?\s*$"
    ),
    # The mark comes before or after the name: "(签名)叶尔兰" or "叶尔兰(签名)".
    "signed": (
        r"^(?=.*\((?:签名|签字)\))(?:\((?:签名|签字)\)\s*)?(?P<value>[^()]+?)\s*"
        r"(?:\((?:签名|签字)\))?\s*$"
    ),
    "request_item": r"(?:列入|增列)(?:一个)?(?:补充|额外)项目|增列项目",
}

# Beginnings of the words that qualify a session and may stand between its ordinal and the word
# for "session": none: Chinese writes "第十届紧急特别会议", the ordinal first.
SESSION_QUALIFIERS: tuple[str, ...] = ()

# After the verb 报告 (to report): not the noun ("报告中", "的报告", "报告书", "报告员"), nor what a
# report holds ("报告所述", "报告所载"), nor a kind of reporting ("报告方法", "报告义务", "报告机制",
# "报告调查表", "报告模板", "报告程序"), nor reporting as a time or a field ("报告前", "在…报告之前", "向其
# 报告方面", before reporting, in respect of reporting); "报告所采取的措施" (to report the measures
# taken) is the verb
_VERB_AFTER = (
    r"(?![中的书员附第和及时前]|所(?:述|载|列|提|指|示|反映|涉)|方法|义务|机制|调查表|模板|程序"
    r"|之前|方面)"
)

# Patterns of the analysis stage (see en.py for the keys).
ANALYSIS: dict[str, str] = {
    # 届 alone is any numbered edition ("第一届颁奖", "第三届首脑会议"): a session is 届会议, 届会
    # or 届(紧急)特别会议
    "session": (
        r"(?:第|(?<=[、和及或至]))(?P<ord>[一二三四五六七八九十百零〇\d]+)"
        r"(?:届(?:会议|会|特别会议|紧急特别会议|(?=[和、至及或]第))"
        r"|(?=(?:[、和及或至]第?[一二三四五六七八九十百零〇\d]+)+届(?:会议|会|特别会议)))"
    ),
    "next_session": r"下届会议",
    "current_session": r"本届会议",
    "report_request": (
        r"(?:请|邀请|吁请|鼓励|(?<!决议)(?<!所)要求)"
        # the ask runs on to its report: not past another ask's verb that asks none (敦促, urges)
        # nor past what only looks forward to a report (期待), nor into a clause of the means
        # ("包括…每90天提交书面报告", including through written reports, where the English asks to
        # keep the Council informed): a 包括 clause that a comma, 在内 or a quotation's end closes
        r"(?:(?!期待|敦促|包括)[^；;。]|包括[^，,；;。”]{0,200}?(?:[，,”]|在内)){0,400}?"
        # to submit, present, prepare or transmit (转交) a report; not a report cited by who
        # wrote it ("专家组提交的报告", the report submitted by the group: 的 makes the verb a
        # relative clause), nor the time of one ("在编写报告时", when preparing the report)
        r"(?:(?<!协助)(?<!帮助)(?<!以备)(?<!供)(?<!通过)(?:提交|提出|编写|列入|印发|转交)(?!的)[^；;。]{0,150}?报告"
        # not a report named as the place of what others wrote or input ("报告中拟定的", "报告
        # 有关的", "为…报告提供实质性投入"), nor the work of preparing one ("编写科学报告过程中")
        r"(?!时|的|\s*所述|方法|义务|机制|调查表|模板|过程|有关|和其他|提供(?:实质性)?投入|方面|前|之前"
        r"|中(?:拟定|所载|所述|所列|提出的|指出的|建议的))"
        # but a report to come ("纳入即将提交的…报告", to include in the coming report), or one
        # asked to be written in ("在…提交的年度报告中报告", to report in the annual report it submits)
        r"|(?:即将|将要)(?:提交|提出|印发)的[^；;。]{0,100}?报告"
        r"|(?:提交|提出|编写)的[^；;。，]{0,60}?报告中(?!所载|所述|所列|提出|指出|的)"
        # to report to a body: 向大会报告, 向预防犯罪和刑事司法委员会第三十四届会议报告
        r"|向[^；;。，]{1,40}?报告" + _VERB_AFTER + r"|向大会[^；;。，]{0,40}?通报|继续报告"
        # the verb after when it is due: 至迟于大会第七十八届会议报告, 在2023年报告, 100个工作日内报告
        r"|(?:于|在)[^；;。，]{0,30}?(?:届会议|年|期间|内)(?:上)?报告"
        + _VERB_AFTER
        + r"|在(?:其|他|她|它|各自的?)(?:下一次|今后的|年度)?报告中(?!提出的|所载|所述|所列|指出的|建议的)"
        # to report in a text to come: "在下一次拟议预算中报告", "在方案预算报告中报告"
        r"|在[^；;。，]{1,30}?中报告"
        + _VERB_AFTER
        # the verb 报告 ("to report") right after the addressee or a joining 并: "请秘书长报告…",
        # "并报告有关情况"; not the noun ("报告中", "的报告")
        + r"|(?:(?<=请)[^；;。，的\s]{1,8}?(?<![将该])|并|并酌情|并每年|并定期)报告"
        + _VERB_AFTER
        # "in the next report", "in his report on ... to provide": 在下一次报告中说明, 在关于…的报告中报告
        + r"|在(?:其|他|她|它)?(?:下一次|下次|下一份|今后的?|即将提交的|上述)[^；;。，]{0,40}?报告中"
        r"|在(?:其|他|她|它|各自)?(?:关于|有关)[^；;。]{0,80}?的[^；;。，]{0,10}?报告中[，,]?(?:充分|详细|进一步|全面)?"
        r"(?:提供|说明|列报|报告|纳入|列入|介绍|阐述|载列|列出)(?!的)"
        # in the reports it is asked for, or when it reports regularly: "在规定的报告中酌情通报最新
        # 情况", "在定期向安理会报告时提供…"
        r"|在(?:其|他|她|它)?(?:规定的|定期)[^；;。，]{0,12}?报告(?:中|时)[，,]?(?:酌情)?"
        r"(?:提供|说明|通报|纳入|列入|介绍)(?!的))"
    ),
    # 列入…临时议程, and as resolutions usually write it: 决定在大会第八十一届会议临时议程…列入…
    "agenda_include": (
        r"(?:在|将)(?:大会|其)?第[^；;。]{0,20}?届会议[^；;。]{0,12}?(?:临时议程|议程草案)[^；;。]{0,300}?列入"
        r"|列入[^；;。]{0,300}?(?:临时议程|议程草案)"
    ),
    "under_item": r"(?:在|议程)题为$",
    # the title before the run of citations that recall it ("其题为“<title>”的2010年3月2日第
    # 64/256号、……和2021年4月28日第75/276号决议", "其关于<title>的……第75/46号决议"): the
    # words before the title, after it, and the "的" after which the run begins
    "series_title_before": r"(?:题为|关于)\s*[“\"《]?\s*$",
    "series_title_after": r"^\s*[”\"》]?\s*(?:的|[，,；;。]|$)",
    "series_title_then": r"^\s*[”\"》]?\s*的",
    "series_which": r"^\s*号?\s*决议\s*[，,]\s*(?:其中|大会在该决议中)",
    # what a resolution recalled with a clause of series_which did once (proclaimed, designated,
    # endorsed, convened, established, adopted, granted ...): another act, not the series' text
    "series_once": r"\s*(?:大会)?(?:还)?(?:决定)?(?:宣布|宣告|指定|核可|赞同|召开|设立|通过|给予)",
    # besides "in particular", the words around each number ("第76/151号决议": "resolution
    # 76/151"), which the English lead's "its resolution" is
    "series_lead_aside": r"特别是|尤其是|第|号|决议",
    # a predecessor named without the title: "...各项有关决议，最近的是2022年6月29日第76/289号决议",
    # "其以往关于这一议题的所有决议，包括2021年12月16日第76/151号决议" (the words before its
    # number, its date among them); "第75/90号决议及其以往关于这一问题的所有决议" (after it)
    "series_latest": (
        r"(?:决议[^；;。]{0,200}?[，,]\s*(?:最近的|最近一项|最新的)(?:是|为|一项是)"
        r"|其?以往关于(?:这一|该|此)(?:议题|问题|主题|事项)的(?:所有|各项)?(?:相关)?决议[，,]\s*"
        r"(?:包括|特别是|尤其是))"
        r"其?(?:\d{4}年\d{1,2}月\d{1,2}日)?\s*第\s*$"
    ),
    # the latest of its own and others' resolutions: "包括最近…第76/170号决议" is read otherwise
    "series_latest_among": (r"(?!)"),
    "series_and_previous": (
        r"^\s*号?\s*决议\s*[，,]?\s*(?:以及|及|和)其?(?:以往|先前|此前|过去)"
        r"(?:关于(?:这一|该|此)(?:问题|议题|主题|事项)的)?(?:所有|各项|一切)?(?:相关)?决议"
        r"\s*(?:[，,；;。：:]|$)"
    ),
    "series_endings": r"(?!)",
    # the word that closes a list of citations, the run of a title coming after it ("第64/256
    # 号决议和关于<title>的…": 64/256 is not of that title's run)
    "series_run_closed": r"决议",
    # the periodic review of the title's subject (a Chinese text names it after the title:
    # "关于<title>四年度全面政策审查的"), not read
    "series_review": r"(?!)",
    # the lead of a clause of its own (Chinese puts the clauses otherwise): not read
    "series_clause_lead": r"(?!)",
    # a citation described before it ("附件载有…案文的2007年12月6日第62/68号决议"): no part of the
    # run that follows; the text before the number, its date and "第" taken out, ends with "的"
    "series_described_before": r"的\s*其?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*第?\s*$",
    # a section of a resolution between two citations ("第65/250号决议第二节、第66/236号决议第二节"):
    # a list of parts of texts, no run of citations
    "series_section": r"第[一二三四五六七八九十]+(?:\.?[A-Z])?节",
    # what a word may have before it that the title's has not (series): nothing
    "series_prefixes": r"(?!)",
    # a preposition glued to the first word of a subject it leads to: none
    "series_glued": r"(?!)",
    "series_decision_after": r"(?:以及|及|和)其?(?:\d{4}年\d{1,2}月\d{1,2}日)?第\d{1,3}/\d{3}号决定",
    "agenda_defer": r"推迟[^；;。]{0,200}?(?:审议|作出决定)",
    "sub_item_of": r"(?!)",
    "entitled": r"题为$",
    "resolution_word": r"决议",
    "decision_word": r"决定",
    "sc_word": r"安全理事会|安理会",
    "rule": r"议事规则第(?P<num>\d{1,3})(?P<more>(?:\s*(?:、|和|及)\s*\d{1,3})*)条",
    "charter": r"《?联合国宪章》?",
    "annual": r"每年|年度",
    "biennial": r"每两年",
    "triennial": r"每三年",
    # a second ask joins the first by 并/又/还, or by the comma alone ("核可…活动，鼓励…")
    "conjunction": r"(?:[，,；;]\s*(?:并|又|还)?|并|又|还)\s*(?:在这方面|在此方面|为此|就此)?[，,]?\s*",
    "verb_end": "",  # a second ask's verb runs on into its object pronoun or its object
    # what joins the sessions a request names, each its own mention ("第七十八届和第七十九届会议",
    # "第七十八和七十九届会议"): a report due at each
    "session_joiner": r"[、和及]",
    # sentence adverbs between a second ask's conjunction and its verb (see en.py)
    "ask_adverbs": r"因此|因而|据此|为此|特此",
    # what makes a joined verb an aside of the ask before it rather than an ask of its own:
    # "，同时促请各国…" is the English "while urging States ...", a participle
    "not_ask_before": r"同时",
    # the end of a qualifier of the first addressees that the same verb repeated then follows for
    # more ("请观察员部队在现有能力和资源范围内，并请会员国…采取", "鼓励会员国根据各自的职责并鼓励
    # 其他利益攸关方继续…"), or of their act whose object the next addressees' act shares ("促请
    # 会员国考虑批准或加入并促请缔约国执行《议定书》", where no comma ends the first act): the English
    # names them all after one verb
    "repeated_ask": (
        r"(?:(?:范围内|职责|职权|任务规定)[，,]?\s*(?:并|以及)?|(?:签署|批准|加入|核准)(?:并|和))\s*$"
    ),
    # a colon opens a list whose items are verbs of the ask before it ("促请所有国家：", Calls upon
    # all States:): the English writes them "(a) To encourage ...", no ask of their own
    "items_open": r"：(?=\s|$)",  # a paragraph's end, not a colon in a title (《…：…》)
    # leading actions besides the asks whose list's items are verbs of their own: "决定：(a) 邀请…"
    # is the English "Decides: (a) To invite ...", no ask (separated by spaces)
    "items_of": "decide",
    "session_word": r"届",  # a cheap test before the "session" pattern
    "hrc_word": r"人权理事会",
    # the organ of a citation (analyze/organs.py): before the number in Chinese
    "organ_hrc": r"人权理事会|人权委员会",
    "organ_ecosoc": r"经济及社会理事会|经社理事会",
    "organ_unea": r"(?:联合国)?环境大会",
    "organ_other": (
        r"(?:联合国)?人居大会|世界卫生大会|缔约方大会|缔约方会议|缔约国会议|缔约国大会"
        r"|执行局|执行理事会"
        r"|大会(?<=管理局大会)|(?<!国际法)(?<!人权)委员会"
    ),
    "organ_ga": r"(?<!环境)(?<!人居)(?<!卫生)(?<!方)(?<!国)大会|其(?=(?:\d{4}年\d{1,2}月\d{1,2}日)?(?:的)?第)",
    "organ_ga_possessive": r"其",  # the Assembly's possessive ("its"), not its name
    "not_sc": r"$^",  # Chinese writes the kind after the number: kind_after says it
    # the citation word after the number, for each item of a list: 第50/51号、…和第58/80号决议
    "list_joiner": "",  # Chinese lists: kind_after
    # a lone paragraph's kind by its last mark, where its words do not say it (Chinese)
    "preambular_end": "，,",
    "operative_end": "；;。",
    # what a report is on ("subject": the first group that matched), and the words for the
    # present resolution (resolved to its symbol and title)
    "report_subject": (
        r"关于(?P<subject>[^，；。]{2,80}?)的[^，；。]{0,10}?报告"
        r"|报告(?P<subject2>[^，；。]{2,80}?(?:情况|进展|活动|工作))"
        r"|就(?P<subject3>[^，；。]{2,60}?)(?:向|提出|提交)|报告，说明(?P<subject4>[^，；。]{2,80})"
    ),
    "subject_end": r"$^",  # where the subject stops: the due session, the item
    "subject_before": "1",  # "1": the subject stands before the word report (关于…的报告)
    "present_resolution": r"本决议",
    "kind_after": (
        r"(?:\s*号?\s*(?:、|和|及|以及|与|，)\s*(?:大会)?(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?"
        r"(?:的)?\s*第?\s*(?:ES-|S-)?\d{1,4}\s?/\s?\d{1,3}"
        r"(?:\s?[A-Z](?:\s?(?:至|和|-|–)\s?[A-Z])*)?(?:\s?\([IVXL]+\))?)*"
        r"\s*号\s*(?P<kind>决议|决定|一般性建议|一般性意见|公约)"
    ),
    "date_before_citation": "1",  # "1": the date of a citation is written before it
    "reordered_numbers": "",  # "1": numbers may be printed reordered (٥٠/٥٩ for 59/50, digits reversed)
    "opening_word": r"开幕|开始",  # a decision on when a session opens
}

# Numbers a paragraph states (compare/numbers.py). Clock times, read as "HH:MM": regexes with
# groups hour, minute and, where the language writes one, part (the part of the day).
CLOCK_TIMES: tuple[str, ...] = (
    # the end of a range in one part of the day, "下午3时至6时": 6时 is in the afternoon too
    r"(?<=(?P<part>上午|下午|晚上)\d时至)(?P<hour>\d{1,2})时(?:(?P<minute>\d{1,2})分)?",
    r"(?<=(?P<part>上午|下午|晚上)\d\d时至)(?P<hour>\d{1,2})时(?:(?P<minute>\d{1,2})分)?",
    r"(?<=(?P<part>上午|下午|晚上)\d时\d\d分至)(?P<hour>\d{1,2})时(?:(?P<minute>\d{1,2})分)?",
    r"(?<=(?P<part>上午|下午|晚上)\d\d时\d\d分至)(?P<hour>\d{1,2})时(?:(?P<minute>\d{1,2})分)?",
    r"(?P<part>上午|下午|晚上|凌晨|中午)?(?P<hour>\d{1,2})时(?:(?P<minute>\d{1,2})分)?",
)
# The decimal sign: where it is a comma, "14.600 millones" is 14,600 million.
DECIMAL_SIGN = "."
# Amounts with a scale word ("480万美元", "2,779亿", "4万亿" = 4 * 10**12): the word (a regex),
# its value; 万亿 before 亿 and 万.
SCALE_WORDS: tuple[tuple[str, int], ...] = (("万亿", 10**12), ("亿", 10**8), ("万", 10**4))
# Duals of a scale word ("مليوني", two million): a regex and the value.
SCALE_DUALS: tuple[tuple[str, int], ...] = ()
# Numbers written in words other than the Chinese numerals (which are read as such: "十七",
# "一百零一"), 2 and up: see mandata.lang.en.NUMBER_WORDS.
NUMBER_WORDS: dict[str, int] = {"两": 2, "俩": 2}
# Whether text from UN PDFs prints the groups of a large number in reverse order.
REVERSED_NUMBER_GROUPS = False
# Month numbers of dates, not numbers of the text: "2015年9月", where the other languages write
# the month's name.
NUMERIC_MONTHS = r"(?<!\d)(?:1[0-2]|0?[1-9])(?=月)"

# The search index (registry/tokens.py): the words left out of it (short on purpose, separated
# by spaces) and the Snowball stemmer of the language's words (PyStemmer's name; "" for none).
# jieba segments Chinese: no stemmer.
STOP_WORDS = "的 了 和 与 及 或 在 是 于 为 其 之 并 等 也"
STEMMER = ""

# "And also" glued to the verb it joins (并鼓励, 并请): a wrapped line opening so goes on with its
# numbered paragraph (segment/blocks.py).
# The same words join a second verb to a leading phrase, in bold with it ("欢迎并鼓励", "支持和鼓励").
JOINING_PREFIXES: tuple[str, ...] = ("并", "和")

# A table phrase followed by the possessive 的 is a noun, not the verb that opens a paragraph:
# "批款的筹措" (the financing of the appropriation) is a heading of a budget resolution; 的是
# ("深为关切的是，", it is with deep concern that) goes on with the verb.
PHRASE_NOT_BEFORE = "的(?!是)"

# A paragraph that names what it is about before its verb of stance, the UN printing both in bold
# ("对危害人类罪一再发生深感不安，", "对…进展甚微表示遗憾和关切，"): no table phrase opens it, yet a
# line that opens so after a line that closed a clause starts a paragraph. Its first clause
# (up to the comma) holds the verb; the line is read joined to the next, where the verb may be.
STANCE_OPENING = r"^(?:又|还|并)?对[^，；。]{1,100}?(?:表示|深感|感到|深表)[^，；。]{0,12}[，；]"

# The tables above, as the parser reads them (mypy checks them against LanguageData).
DATA = LanguageData(
    code=CODE,
    name=NAME,
    native_name=NATIVE_NAME,
    right_to_left=RIGHT_TO_LEFT,
    phrase_emphasis=PHRASE_EMPHASIS,
    un_job_letter=UN_JOB_LETTER,
    paragraph_endings=PARAGRAPH_ENDINGS,
    ocr_pack=OCR_PACK,
    ocr_script=OCR_SCRIPT,
    ocr_psm=OCR_PSM,
    language_names=LANGUAGE_NAMES,
    months=MONTHS,
    date=DATE,
    date_range_end=DATE_RANGE_END,
    date_list_next=DATE_LIST_NEXT,
    enacting=ENACTING,
    preambular=PREAMBULAR,
    operative=OPERATIVE,
    additives=ADDITIVES,
    modifiers=MODIFIERS,
    preambular_prefixes=PREAMBULAR_PREFIXES,
    unmarked_particles=UNMARKED_PARTICLES,
    capitalized_paragraphs=CAPITALIZED_PARAGRAPHS,
    equivalent_actions=EQUIVALENT_ACTIONS,
    annex_numbers=ANNEX_NUMBERS,
    subitem_letters=SUBITEM_LETTERS,
    function_words=FUNCTION_WORDS,
    final_only_letters=FINAL_ONLY_LETTERS,
    masthead=MASTHEAD,
    session_qualifiers=SESSION_QUALIFIERS,
    analysis=ANALYSIS,
    clock_times=CLOCK_TIMES,
    decimal_sign=DECIMAL_SIGN,
    scale_words=SCALE_WORDS,
    scale_duals=SCALE_DUALS,
    number_words=NUMBER_WORDS,
    reversed_number_groups=REVERSED_NUMBER_GROUPS,
    numeric_months=NUMERIC_MONTHS,
    month_year=MONTH_YEAR,
    stop_words=STOP_WORDS,
    stemmer=STEMMER,
    joining_prefixes=JOINING_PREFIXES,
    phrase_not_before=PHRASE_NOT_BEFORE,
    actions_by_object=ACTIONS_BY_OBJECT,
    stance_opening=STANCE_OPENING,
    zh_digits=ZH_DIGITS,
    section_numbers=SECTION_NUMBERS,
)
