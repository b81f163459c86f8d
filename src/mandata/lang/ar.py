"""Arabic: the tables the parser reads. Data only; the same names in every language module.

Sources: the founding document (../shared/corpus/seed), the UN's Arabic texts of resolutions in the
six-way aligned sentences and the excerpt of A/RES/52/4 (../shared/corpus/multi).

The tables expect text as the normalizer leaves it: Arabic-Indic digits turned into ASCII digits,
NFKC applied, tatweel and bidi marks removed. They are written without short vowels (harakat):
"تحيط علما", not "تحيط علماً"; text that carries harakat must have them removed before matching
(the parser's normalization, or the caller, strips U+064B-U+0652 and U+0670).

Action keys are those of :mod:`mandata.lang.en` (see its docstring). A preambular paragraph opens
with a particle from ``PREAMBULAR_PREFIXES`` ("وإذ تشير إلى" = "Recalling", "وقد نظرت في" =
"Having considered"); the tables hold what follows it. Some preambular paragraphs open instead
with a verbal noun ("واقتناعا منها" = "Convinced", "وإدراكا منه" = "Aware"), held whole. Verbs
come in the feminine for the General Assembly (الجمعية: "تقرر"), the masculine for the councils
(المجلس: "يقرر") and the first person plural for declarations ("نقرر"). Arabic renders "Stresses",
"Emphasizes", "Underlines", "Underscores" with "تشدد" and "تؤكد", "Recognizes", "Acknowledges"
and "Aware" with "تسلم"/"تقر"/"تنوه"/"تدرك", "Invites", "Calls upon" and "Calls for" with "تدعو":
the groups are in ``EQUIVALENT_ACTIONS``. Where one Arabic verb stands for several English ones,
its key is the one the UN's English versions give it most often (sessions 77-78, paragraphs
paired with the English): "تشدد على" is "Emphasizes" 289 times, "Stresses" 139, "Underlines"
92 (``emphasize``); "تؤكد" is "Stresses" first (``stress``); "وإذ تنوه" is "Acknowledging" 46,
"Recognizing" 40 (``acknowledge``). No reading of the Arabic alone tells these apart.

"ولما كان" ("Whereas") is a phrase of the table, not a prefix: what follows it is a copula, not a
verb of the table.
"""

import re

from mandata.lang import Ending, LanguageData

CODE = "ar"
NAME = "Arabic"
NATIVE_NAME = "العربية"  # as the web pages name the language
RIGHT_TO_LEFT = True  # the script's direction
# How the UN prints a paragraph's leading phrase (the class of its span in the AKN export).
PHRASE_EMPHASIS = "bold italic"
# The letter that ends the UN's job numbers of this language version ("2421660A"), in the
# names of the UN's files ("A_RES_78_10-2323443A.xml").
UN_JOB_LETTER = "A"
# The kind of paragraph its final punctuation marks, for a text without a document's structure
# (a translator's segment): a preambular paragraph ends with a comma, an operative one with a
# semicolon (a full stop ends the last operative paragraph and prose alike: it says nothing).
PARAGRAPH_ENDINGS: dict[str, Ending] = {
    "،": "preambular",
    ",": "preambular",
    "؛": "operative",
    ";": "operative",
}

# OCR of scanned pages (read/ocr.py): tesseract's language pack for this language, and the
# script its orientation and script detection names (a scan of unknown language is probed by
# script first).
OCR_PACK = "ara"
OCR_SCRIPT = "Arabic"
# How tesseract finds the page's lines (its --psm): 3, its own page analysis. One block of text
# (6) reads the words at a paragraph's indented start better ("وقد نظرت في", where 3 gives "ف
# نظرت في") but drops lines of Arabic pages (one line in eight on a page of A/RES/78/10).
OCR_PSM = 3
# Tesseract's page analysis now and then takes two lines of an Arabic paragraph for one and reads
# only one of them (a line lost every page or two of the UN's resolutions printed in Amiri); the
# baselines it skipped are found in the image and read again (read/lostlines.py).
OCR_LOST_LINES = True
# The symbol in the masthead and the running heads is printed in Latin letters, which the Arabic
# pack reads as digits and scraps ("A/RES/78/268" as "85 |21"): the lines of a page's top band
# are read again in the Arabic and English packs together; the job number at the foot loses
# digits too ("23-24514" as "23-4"), and its line, without Arabic, is read again in English's
# (read/bandsymbol.py).
OCR_BAND_PACKS = ("ara+eng", "eng")
# The letters whose stroke rises to the ascender height (alef, lam, kaf, tah, zah), and the marks
# that stand higher still (the hamza and madda over alef, the vowel marks above a letter, shadda,
# the superscript alef). The height of a line's tall letters over its baseline tells its font
# size, where tesseract's estimate strays (read/ocr_sizes.py).
OCR_TALL_LETTERS = "الكطظ"
# Each letter's skeleton (rasm): the letter without its dots and its hamza, the shape OCR keeps
# when it loses those ("واد" for "وإذ", "ىسير" for "تشير"). The particle that opens a preambular
# paragraph read as a word of its skeleton is the particle (read/hocr.py).
OCR_SKELETON: dict[str, str] = {
    **dict.fromkeys("أإآٱ", "ا"),
    **dict.fromkeys("بتثنيى", "ى"),
    **dict.fromkeys("جحخ", "ح"),
    "ذ": "د",
    "ز": "ر",
    "ش": "س",
    "ض": "ص",
    "ظ": "ط",
    "غ": "ع",
    **dict.fromkeys("فق", "ف"),
    "ة": "ه",
    **dict.fromkeys("ؤ", "و"),
    **dict.fromkeys("ئ", "ى"),
}
OCR_MARKS_ABOVE = "أآٱ\u064b\u064c\u064e\u064f\u0651\u0652\u0654\u0670"

# Words naming a language -> ISO 639-1 code. Arabic documents print the masthead in English
# ("Original: Russian"); older ones in Arabic ("الأصل: بالروسية").
LANGUAGE_NAMES: dict[str, str] = {
    "العربية": "ar",
    "الإنكليزية": "en",
    "الإنجليزية": "en",
    "الانكليزية": "en",
    "الانجليزية": "en",
    "الفرنسية": "fr",
    "الروسية": "ru",
    "الإسبانية": "es",
    "الاسبانية": "es",
    "الصينية": "zh",
    "بالعربية": "ar",
    "بالإنكليزية": "en",
    "بالإنجليزية": "en",
    "بالانكليزية": "en",
    "بالانجليزية": "en",
    "بالفرنسية": "fr",
    "بالروسية": "ru",
    "بالإسبانية": "es",
    "بالاسبانية": "es",
    "بالصينية": "zh",
    "arabic": "ar",
    "chinese": "zh",
    "english": "en",
    "french": "fr",
    "russian": "ru",
    "spanish": "es",
}

# UN Arabic prints both the Syriac (Levantine) and the Latin-derived name: "تموز/يوليه". Both halves
# alone and the joined form (with "/" and no spaces around it) are keys, in the spellings in use
# (يوليه/يوليو, يونيه/يونيو, أبريل/ابريل/إبريل), with and without hamza on alif.
MONTHS: dict[str, int] = {
    "كانون الثاني": 1,
    "يناير": 1,
    "كانون الثاني/يناير": 1,
    "شباط": 2,
    "فبراير": 2,
    "شباط/فبراير": 2,
    "آذار": 3,
    "اذار": 3,
    "مارس": 3,
    "آذار/مارس": 3,
    "اذار/مارس": 3,
    "نيسان": 4,
    "أبريل": 4,
    "ابريل": 4,
    "إبريل": 4,
    "نيسان/أبريل": 4,
    "نيسان/ابريل": 4,
    "نيسان/إبريل": 4,
    "أيار": 5,
    "ايار": 5,
    "مايو": 5,
    "أيار/مايو": 5,
    "ايار/مايو": 5,
    "حزيران": 6,
    "يونيه": 6,
    "يونيو": 6,
    "حزيران/يونيه": 6,
    "حزيران/يونيو": 6,
    "تموز": 7,
    "يوليه": 7,
    "يوليو": 7,
    "تموز/يوليه": 7,
    "تموز/يوليو": 7,
    "آب": 8,
    "اب": 8,
    "أغسطس": 8,
    "اغسطس": 8,
    "آب/أغسطس": 8,
    "اب/اغسطس": 8,
    "آب/اغسطس": 8,
    "أيلول": 9,
    "ايلول": 9,
    "سبتمبر": 9,
    "أيلول/سبتمبر": 9,
    "ايلول/سبتمبر": 9,
    "تشرين الأول": 10,
    "تشرين الاول": 10,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "تشرين الأول/أكتوبر": 10,
    "تشرين الاول/اكتوبر": 10,
    "تشرين الثاني": 11,
    "نوفمبر": 11,
    "تشرين الثاني/نوفمبر": 11,
    "كانون الأول": 12,
    "كانون الاول": 12,
    "ديسمبر": 12,
    "كانون الأول/ديسمبر": 12,
    "كانون الاول/ديسمبر": 12,
}

# "2 كانون الأول/ديسمبر 2004", also with spaces around "/" ("تشرين الأول/ أكتوبر") or a space
# for it ("29 أيلول سبتمبر 2016"), and with the year glued to the month ("24 كانون الأول/ديسمبر2010",
# A/RES/78/247); groups day, month (a MONTHS key once whitespace around "/" is
# removed, or the space before the second name made "/"), year.
_MONTH_NAME: str = (
    r"(?:كانون\s+الثاني|شباط|[آا]ذار|نيسان|[أا]يار|حزيران|تموز|[آا]ب|[أا]يلول"
    r"|تشرين\s+ال[أا]ول|تشرين\s+الثاني|كانون\s+ال[أا]ول)"
    r"(?:(?:\s*/\s*|\s+)(?:يناير|فبراير|مارس|[أاإ]بريل|مايو|يوني[هو]|يولي[هو]|[أا]غسطس|سبتمبر"
    r"|[أا]كتوبر|نوفمبر|ديسمبر))?"
    r"|يناير|فبراير|مارس|[أاإ]بريل|مايو|يوني[هو]|يولي[هو]|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر"
    r"|ديسمبر"
)
DATE: str = (
    r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>" + _MONTH_NAME + r")\s*(?:عام\s+)?(?P<year>\d{4})(?!\d)"
)
# A month of a year without its day: "في أيار/مايو 2024".
MONTH_YEAR: str = (
    r"(?<![\d\w/])(?<!/\s)(?<!\d\s)(?P<month>"
    + _MONTH_NAME
    + r")\s*(?:عام\s+)?(?P<year>\d{4})(?!\d)"
)

# The end of a date range written after a full date (none in this language: ranges print the
# end date in full).
DATE_RANGE_END: str = ""

ENACTING: dict[str, str] = {
    "إن الجمعية العامة": "GA",
    "الجمعية العامة": "GA",
    "إن مجلس الأمن": "SC",
    "مجلس الأمن": "SC",
    "إن المجلس الاقتصادي والاجتماعي": "ECOSOC",
    "المجلس الاقتصادي والاجتماعي": "ECOSOC",
    "إن مجلس حقوق الإنسان": "HRC",
    "مجلس حقوق الإنسان": "HRC",
}

# What follows "وإذ"/"إذ"/"وقد" (feminine for the Assembly, masculine for the councils), and the
# verbal-noun openings held whole.
PREAMBULAR: dict[str, str] = {
    "تشير إلى": "recall",
    "يشير إلى": "recall",
    "تشير": "recall",
    "يشير": "recall",
    "تستذكر": "recall",
    "يستذكر": "recall",
    "تذكر": "recall",
    "يذكر": "remind",
    "تعترف": "acknowledge",
    "يعترف": "recognize",
    "تسلم": "recognize",
    "يسلم": "recognize",
    "واعترافا منها": "recognize",
    "واعترافا منه": "recognize",
    "واعترافا": "recognize",  # "and in recognition of": "واعترافا بالدور الهام الذي ..."
    "تقر": "acknowledge",
    "يقر": "acknowledge",
    "تنوه": "acknowledge",
    "ينوه": "recognize",
    "تؤكد من جديد": "reaffirm",
    "يؤكد من جديد": "reaffirm",
    "تؤكد مجددا": "reaffirm",
    "يؤكد مجددا": "reaffirm",
    "تعيد تأكيد": "reaffirm",
    "يعيد تأكيد": "reaffirm",
    "تعيد التأكيد": "reaffirm",
    "يعيد التأكيد": "reaffirm",
    "تكرر": "reiterate",
    "يكرر": "reiterate",
    "تجدد": "reiterate",
    "يجدد": "reiterate",
    "تلاحظ": "note",
    "يلاحظ": "note",
    "لاحظت": "note",
    "لاحظ": "note",
    "تحيط علما": "take_note",
    "يحيط علما": "take_note",
    "تأخذ علما": "take_note",
    "يأخذ علما": "take_note",
    "يأخذان علما": "take_note",
    "ترحب": "welcome",
    "يرحب": "welcome",
    "تعرب عن": "express",
    "يعرب عن": "express",
    "تعرب": "express",
    "يعرب": "express",
    "يعربون عن": "express",
    "يعربون": "express",
    "تبدي": "express",
    "يبدي": "express",
    "تشدد": "emphasize",
    "يشدد": "emphasize",
    "تشدد على": "emphasize",
    "يشدد على": "emphasize",
    "تؤكد": "stress",
    "يؤكد": "emphasize",
    "تبرز": "highlight",
    "يبرز": "underline",
    "تؤكد على": "emphasize",
    "يؤكد على": "underscore",
    "تسلط الضوء": "highlight",
    "يسلط الضوء": "highlight",
    "تؤكد بأن": "affirm",
    "يؤكد بأن": "affirm",
    "ترى": "consider",
    "يرى": "consider",
    "تعتبر": "consider",
    "يعتبر": "consider",
    "تعتقد": "consider",
    "يعتقد": "consider",
    "وإيمانا منها": "consider",
    "وإيمانا منه": "consider",
    "لما كان": "consider",
    "ولما كان": "consider",
    "لما كانت": "consider",
    "ولما كانت": "consider",
    "نظرت في": "consider",
    "بعد أن نظرت في": "consider",
    "تدارست": "consider",
    "تدارس": "consider",
    "بعد أن تدارست": "consider",
    "بعد أن تدارس": "consider",
    "نظر في": "consider",
    "درست": "consider",
    "درس": "consider",
    "بحثت": "consider",
    "بحث": "consider",
    "استمعت إلى": "hear",
    "استمع إلى": "hear",
    "تضع في اعتبارها": "bear_in_mind",
    "يضع في اعتباره": "bear_in_mind",
    "تضع في الاعتبار": "bear_in_mind",
    "يضع في الاعتبار": "bear_in_mind",
    "تضع نصب عينيها": "bear_in_mind",
    "يضع نصب عينيه": "bear_in_mind",
    "تأخذ في اعتبارها": "take_into_account",
    "يأخذ في اعتباره": "take_into_account",
    "تأخذ في الاعتبار": "take_into_account",
    "يأخذ في الاعتبار": "take_into_account",
    "تأخذ في الحسبان": "take_into_account",
    "يأخذ في الحسبان": "take_into_account",
    "يساورها القلق": "be_concerned",
    "يساوره القلق": "be_concerned",
    "يساورها بالغ القلق": "be_concerned",
    "يساوره بالغ القلق": "be_concerned",
    "يساورها قلق بالغ": "be_concerned",
    "يساوره قلق بالغ": "be_concerned",
    "تشعر بالقلق": "be_concerned",
    "يشعر بالقلق": "be_concerned",
    "يقلقها": "be_concerned",
    "يقلقه": "be_concerned",
    "يثير قلقها": "be_concerned",
    "يثير قلقه": "be_concerned",
    "يثير جزعها": "be_alarmed",
    "يثير جزعه": "be_alarmed",
    "يروعها": "be_alarmed",
    "يروعه": "be_alarmed",
    "تشعر بالجزع": "be_alarmed",
    "يشعر بالجزع": "be_alarmed",
    "واقتناعا منها": "be_convinced",
    "واقتناعا منه": "be_convinced",
    "واقتناعا منهما": "be_convinced",
    "اقتناعا منها": "be_convinced",
    "اقتناعا منه": "be_convinced",
    "تقتنع": "be_convinced",
    "يقتنع": "be_convinced",
    "هي مقتنعة": "be_convinced",
    "هو مقتنع": "be_convinced",
    "تدرك": "be_aware",
    "يدرك": "be_aware",
    "تعي": "be_aware",
    "يعي": "be_aware",
    "وإدراكا منها": "be_aware",
    "وإدراكا منه": "be_aware",
    "وإدراكا منهما": "be_aware",
    "إدراكا منها": "be_aware",
    "إدراكا منه": "be_aware",
    "ووعيا منها": "be_aware",
    "ووعيا منه": "be_aware",
    "وتصميما منها": "resolve",
    "وتصميما منه": "resolve",
    "عقدت العزم": "resolve",
    "عقد العزم": "resolve",
    "تعقد العزم": "resolve",
    "يعقد العزم": "resolve",
    "تصمم": "resolve",
    "يصمم": "resolve",
    "تلتزم": "commit",
    "يلتزم": "commit",
    "والتزاما منها": "commit",
    "والتزاما منه": "commit",
    "تسترشد": "be_guided",
    "يسترشد": "be_guided",
    "واسترشادا": "be_guided",
    "ورغبة منها": "desire",
    "ورغبة منه": "desire",
    "ورغبة منهما": "desire",
    "رغبة منها": "desire",
    "رغبة منه": "desire",
    "ترغب": "desire",
    "يرغب": "desire",
    "وسعيا منها": "desire",
    "وسعيا منه": "desire",
    "تسعى": "desire",
    "يسعى": "desire",
    "تشجب": "deplore",
    "يشجب": "deplore",
    "تستنكر": "deplore",
    "يستنكر": "deplore",
    "تأسف": "deplore",
    "يأسف": "regret",
    "تعرب عن أسفها": "regret",
    "يعرب عن أسفه": "regret",
    "تدين": "condemn",
    "يدين": "condemn",
    "ترفض": "reject",
    "يرفض": "reject",
    "تثني على": "commend",
    "يثني على": "commend",
    "تشيد": "commend",
    "يشيد": "commend",
    "تهنئ": "commend",
    "يهنئ": "commend",
    "تحيي": "pay_tribute",
    "يحيي": "pay_tribute",
    "تقدر": "appreciate",
    "يقدر": "appreciate",
    "وتقديرا منها": "appreciate",
    "وتقديرا منه": "appreciate",
    "تشجع": "encourage",
    "يشجع": "encourage",
    "شجعها": "be_encouraged",
    "شجعه": "be_encouraged",
    "يشجعها": "be_encouraged",
    "يشجعه": "be_encouraged",
    "تحث": "urge",
    "يحث": "urge",
    "تهيب": "call_upon",
    "يهيب": "call_upon",
    "تناشد": "call_upon",
    "يناشد": "call_upon",
    "تدعو إلى": "call_for",
    "يدعو إلى": "call_for",
    "تطلب إلى": "request",
    "يطلب إلى": "request",
    "تطلب": "request",
    "يطلب": "request",
    "تدعو": "invite",
    "يدعو": "invite",
    "تدعم": "support",
    "يدعم": "support",
    "تساند": "support",
    "يساند": "support",
    "تؤيد": "endorse",
    "يؤيد": "endorse",
    "تقرر أن الحالة": "determine",
    "يقرر أن الحالة": "determine",
    "يخلص إلى": "determine",
    "تتصرف": "act",
    "يتصرف": "act",
    "تتطلع": "look_forward",
    "يتطلع": "look_forward",
    "توجه الانتباه": "draw_attention",
    "يوجه الانتباه": "draw_attention",
    "تثق": "trust",
    "تعرب عن ثقتها": "trust",
    "تستند إلى": "build_on",
    "تبني على": "build_on",
    # Marked so by the UN (its XML of sessions 77-78: scripts/harvest_phrases.py).
    "تصميما منها": "resolve",
    # Verbs of the Assembly's preamble the tables lacked (the English they translate in the
    # UN's versions): "Deeply concerned", "Gravely concerned", "Taking into account",
    # "Mindful", "Having listened to", "Honouring", "Commemorating", "Recognizing",
    # "Remaining concerned", "Having received".
    "تشعر بقلق بالغ": "be_concerned",
    "تشعر بخيبة أمل": "regret",  # "Disappointed"
    "يساورها كغيرها بالغ القلق": "be_concerned",  # "Sharing the deep concern"
    "تواصل التشديد": "emphasize",  # "Continuing to underline"
    "تولي الاعتبار الواجب": "take_into_account",  # "Giving due consideration"
    "تترقب باهتمام": "look_forward",
    "لا تزال ترى": "consider",  # "Continuing to take the view"
    "تحيى": "pay_tribute",  # as "تحيي" is spelt now and then
    "تعيد الالتزام": "commit",
    "تظل تشعر بقلق بالغ": "be_concerned",
    "يساورها قلق شديد": "be_concerned",
    "يساوره قلق شديد": "be_concerned",
    "لا يزال القلق يساورها": "be_concerned",
    "لا يزال يساورها القلق": "be_concerned",
    "لا يزال يساورها بالغ القلق": "be_concerned",
    "ما زال يساورها القلق": "be_concerned",
    "ما زال يساورها بالغ القلق": "be_concerned",
    "يظل يساورها القلق": "be_concerned",
    "تضع في الحسبان": "take_into_account",
    "تأخذ بعين الاعتبار": "take_into_account",
    "تستحضر": "bear_in_mind",
    "أصغت إلى": "hear",
    "تكرم": "pay_tribute",
    "تجل": "pay_tribute",
    "تحتفل": "pay_tribute",
    "وإقرارا منها": "recognize",
    "وإقرارا منه": "recognize",
    "إقرارا منها": "recognize",
    "تلقت": "consider",
    "تسلمت": "consider",
    # The Security Council's (its masculine forms follow from these, below): "Reiterating"
    # marked without its object, "Expressing deep concern", "Remaining concerned", "Echoing"
    "تكرر الإعراب": "reiterate",
    "تعرب عن قلق بالغ": "express",
    "تعرب عن قلق عميق": "express",
    "لا تزال تشعر بقلق بالغ": "be_concerned",
    "يساورها القلق البالغ": "be_concerned",
    "يساورها شديد القلق": "be_concerned",
    "يشاطر": "reiterate",
}

# First person plural of declarations ("نرحب"), also after the conjunction ("ونرحب").
_WE: dict[str, str] = {
    "نشير إلى": "recall",
    "ونشير إلى": "recall",
    "نعترف": "recognize",
    "ونعترف": "recognize",
    "نسلم": "recognize",
    "ونسلم": "recognize",
    "نقر": "acknowledge",
    "ونقر": "acknowledge",
    "نؤكد من جديد": "reaffirm",
    "ونؤكد من جديد": "reaffirm",
    "نعيد تأكيد": "reaffirm",
    "ونعيد تأكيد": "reaffirm",
    "نكرر": "reiterate",
    "ونكرر": "reiterate",
    "نلاحظ": "note",
    "ونلاحظ": "note",
    "نحيط علما": "take_note",
    "ونحيط علما": "take_note",
    "نرحب": "welcome",
    "ونرحب": "welcome",
    "نعرب عن": "express",
    "ونعرب عن": "express",
    "نشدد": "stress",
    "ونشدد": "stress",
    "نؤكد": "emphasize",
    "ونؤكد": "emphasize",
    "نبرز": "underline",
    "ونبرز": "underline",
    "نؤكد على": "underscore",
    "ونؤكد على": "underscore",
    "نسلط الضوء": "highlight",
    "ونسلط الضوء": "highlight",
    "نؤكد بأن": "affirm",
    "ونؤكد بأن": "affirm",
    "نرى": "consider",
    "ونرى": "consider",
    "نعتقد": "consider",
    "ونعتقد": "consider",
    "نؤمن": "consider",
    "ونؤمن": "consider",
    "يساورنا القلق": "be_concerned",
    "ويساورنا القلق": "be_concerned",
    "يقلقنا": "be_concerned",
    "ويقلقنا": "be_concerned",
    "واقتناعا منا": "be_convinced",
    "نحن مقتنعون": "be_convinced",
    "ندرك": "be_aware",
    "وندرك": "be_aware",
    "نعقد العزم": "resolve",
    "ونعقد العزم": "resolve",
    "عقدنا العزم": "resolve",
    "وقد عقدنا العزم": "resolve",
    "نلتزم": "commit",
    "ونلتزم": "commit",
    "نتعهد": "commit",
    "ونتعهد": "commit",
    "سنواصل": "commit",
    "وسنواصل": "commit",
    "يجب علينا": "commit",
    "ويجب علينا": "commit",
    "ندين": "condemn",
    "وندين": "condemn",
    "نشجب": "deplore",
    "ونشجب": "deplore",
    "نثني على": "commend",
    "ونثني على": "commend",
    "نقدر": "appreciate",
    "ونقدر": "appreciate",
    "نشجع": "encourage",
    "ونشجع": "encourage",
    "نحث": "urge",
    "ونحث": "urge",
    "نهيب": "call_upon",
    "ونهيب": "call_upon",
    "ندعو إلى": "call_for",
    "وندعو إلى": "call_for",
    "نطلب إلى": "request",
    "ونطلب إلى": "request",
    "ندعو": "invite",
    "وندعو": "invite",
    "نقرر": "decide",
    "ونقرر": "decide",
    "ندعم": "support",
    "وندعم": "support",
    "نؤيد": "endorse",
    "ونؤيد": "endorse",
    "نعتمد": "adopt",
    "ونعتمد": "adopt",
    "نتفق": "agree",
    "ونتفق": "agree",
    "نعلن": "declare",
    "ونعلن": "declare",
    "نتطلع": "look_forward",
    "ونتطلع": "look_forward",
}
_WE_SUBJECTS: tuple[str, ...] = ("نحن", "ونحن", "إننا", "وإننا", "فإننا")

OPERATIVE: dict[str, str] = {
    "تشير إلى": "recall",
    "يشير إلى": "recall",
    "تشير": "recall",
    "يشير": "recall",
    "تذكر": "recall",
    "تذكر الدول": "remind",
    "تذكر جميع الدول": "remind",
    "يذكر": "remind",
    "تعترف": "acknowledge",
    "يعترف": "recognize",
    "تسلم": "recognize",
    "يسلم": "recognize",
    "تقر": "recognize",
    "يقر": "acknowledge",
    "تنوه": "acknowledge",
    "ينوه": "recognize",
    "تؤكد من جديد": "reaffirm",
    "يؤكد من جديد": "reaffirm",
    "تؤكد مجددا": "reaffirm",
    "يؤكد مجددا": "reaffirm",
    "تعيد تأكيد": "reaffirm",
    "يعيد تأكيد": "reaffirm",
    "تعيد التأكيد": "reaffirm",
    "يعيد التأكيد": "reaffirm",
    "تكرر": "reiterate",
    "يكرر": "reiterate",
    "تجدد": "reiterate",
    "يجدد": "reiterate",
    "تلاحظ": "note",
    "يلاحظ": "note",
    "تحيط علما": "take_note",
    "يحيط علما": "take_note",
    "تأخذ علما": "take_note",
    "يأخذ علما": "take_note",
    "يأخذان علما": "take_note",
    "ترحب": "welcome",
    "يرحب": "welcome",
    "تعرب عن": "express",
    "يعرب عن": "express",
    "تعرب": "express",
    "يعرب": "express",
    "يعربون عن": "express",
    "يعربون": "express",
    "تبدي": "express",
    "يبدي": "express",
    "تشدد": "emphasize",
    "يشدد": "emphasize",
    "تشدد على": "emphasize",
    "يشدد على": "emphasize",
    "تؤكد": "stress",
    "يؤكد": "emphasize",
    "تبرز": "highlight",
    "يبرز": "underline",
    "تؤكد على": "stress",
    "يؤكد على": "underscore",
    "تسلط الضوء": "highlight",
    "يسلط الضوء": "highlight",
    "تؤكد بأن": "affirm",
    "يؤكد بأن": "affirm",
    "ترى": "consider",
    "يرى": "consider",
    "تعتبر": "consider",
    "يعتبر": "consider",
    "تأخذ في الاعتبار": "take_into_account",
    "يأخذ في الاعتبار": "take_into_account",
    "لا يزال يساورها القلق": "be_concerned",
    "لا يزال يساوره القلق": "be_concerned",
    "لا تزال تشعر بالقلق": "be_concerned",
    "لا يزال يشعر بالقلق": "be_concerned",
    "يساورها القلق": "be_concerned",
    "يساوره القلق": "be_concerned",
    "يثير جزعها": "be_alarmed",
    "يثير جزعه": "be_alarmed",
    "لا تزال مقتنعة": "be_convinced",
    "لا يزال مقتنعا": "be_convinced",
    "تدرك": "recognize",
    "يدرك": "be_aware",
    "تعقد العزم": "resolve",
    "يعقد العزم": "resolve",
    "تلتزم": "commit",
    "يلتزم": "commit",
    "تتعهد": "commit",
    "يتعهد": "commit",
    "تشجب": "deplore",
    "يشجب": "deplore",
    "تأسف": "regret",
    "يأسف": "regret",
    "تعرب عن أسفها": "regret",
    "يعرب عن أسفه": "regret",
    "تدين": "condemn",
    "يدين": "condemn",
    "تندد": "condemn",
    "يندد": "condemn",
    "ترفض": "reject",
    "يرفض": "reject",
    "تثني على": "commend",
    "يثني على": "commend",
    "تشيد": "commend",
    "يشيد": "commend",
    "تهنئ": "commend",
    "يهنئ": "commend",
    "تحيي": "pay_tribute",
    "يحيي": "pay_tribute",
    "تقدر": "appreciate",
    "يقدر": "appreciate",
    "تشجع": "encourage",
    "يشجع": "encourage",
    "تحث": "urge",
    "يحث": "urge",
    "تهيب": "call_upon",
    "يهيب": "call_upon",
    "تناشد": "call_upon",
    "يناشد": "call_upon",
    "تدعو إلى": "call_for",
    "يدعو إلى": "call_for",
    "تطلب إلى": "request",
    "يطلب إلى": "request",
    "تطلب": "request",
    "يطلب": "request",
    "تدعو": "invite",
    "يدعو": "invite",
    "تقرر": "decide",
    "يقرر": "decide",
    "تدعم": "support",
    "يدعم": "support",
    "تساند": "support",
    "يساند": "support",
    "تؤيد": "endorse",
    "يؤيد": "endorse",
    "توافق على": "approve",
    "يوافق على": "approve",
    "توافق": "approve",
    "يوافق": "approve",
    "تعتمد": "appropriate",
    "يعتمد": "adopt",
    "تأذن": "authorize",
    "يأذن": "authorize",
    "تطالب": "demand",
    "يطالب": "demand",
    "توعز": "direct",
    "يوعز": "direct",
    "تكلف": "direct",
    "يكلف": "direct",
    "تنشئ": "establish",
    "ينشئ": "establish",
    "تعلن": "declare",
    "يعلن": "declare",
    "تحدد": "determine",
    "يحدد": "determine",
    "توصي": "recommend",
    "يوصي": "recommend",
    "تقترح": "recommend",
    "يقترح": "recommend",
    "تتفق": "agree",
    "يتفق": "agree",
    "تقبل": "accept",
    "يقبل": "accept",
    "تتطلع": "look_forward",
    "يتطلع": "look_forward",
    "توجه الانتباه": "draw_attention",
    "يوجه الانتباه": "draw_attention",
    "توجه انتباه": "draw_attention",
    "يوجه انتباه": "draw_attention",
    "تسترعي الانتباه": "draw_attention",
    "يسترعي الانتباه": "draw_attention",
    "تسترعي انتباه": "draw_attention",
    "يسترعي انتباه": "draw_attention",
    "تلفت الانتباه": "draw_attention",
    "يلفت الانتباه": "draw_attention",
    "تبقي": "maintain",
    "يبقي": "maintain",
    "تعدل": "amend",
    "يعدل": "amend",
    "تخصص": "appropriate",
    "يخصص": "appropriate",
    # First person plural (declarations), alone, after "و" or after a pronoun ("ونحن نرحب").
    **_WE,
    **{
        f"{subject} {phrase}": key
        for subject in _WE_SUBJECTS
        for phrase, key in _WE.items()
        if not phrase.startswith("و")
    },
    # Marked so by the UN (its XML of sessions 77-78: scripts/harvest_phrases.py).
    "تعرب عن تقديرها": "express",
    "تعرب عن القلق": "express",
    "تكرر تأكيد": "reiterate",
    "تعرب عن بالغ القلق": "express",
    "تعرب عن قلقها": "express",
    "تكرر التأكيد": "reiterate",
    "تكرر دعوتها": "reiterate",
    "تكرر طلبها": "reiterate",
    "تعرب عن بالغ قلقها": "express",
    "يساورها شديد القلق": "be_concerned",
    "تلاحظ بارتياح": "note",
    "تعرب عن قلقها البالغ": "express",
    "تعرب عن القلق البالغ": "express",
    "تكرر تأكيد دعوتها": "reiterate",
    "تعيد تأكيد التزامها": "reaffirm",
    "تعرب عن استيائها": "deplore",
    "تكرر تأكيد طلبها": "reiterate",
    "ترصد": "appropriate",
    "تكرر الإعراب عن تقديرها": "reiterate",
    "تؤكد من جديد التزامها": "reaffirm",
    "تكرر الإعراب عن بالغ قلقها": "reiterate",
    "تعرب عن امتنانها": "express",
    "يساورها القلق البالغ": "be_concerned",
    "تعرب عن أشد القلق": "express",
    "تكرر الإعراب عن قلقها": "reiterate",
    "تعيد تأكيد طلبها": "reaffirm",
    "تثير جزعها": "be_alarmed",
    "لا يزال يساورها بالغ القلق": "be_concerned",
    "تشير إلى طلبها": "recall",
    "تؤيد وتشجع": "support",
    "تدين بأشد العبارات الممكنة": "condemn",
    "تعرب عن ارتياحها": "express",
    "هي مقتنعة اقتناعا راسخا": "be_convinced",
    "تعرب عن شديد القلق": "express",
    "تكرر مطالبتها": "reiterate",
    "تدين بشكل قاطع": "condemn",
    "تكرر تأكيد التزامها": "reiterate",
    "تعرب عن دعمها": "support",
    "هي على بينة": "be_aware",
    "نظرت": "consider",
    "تزكي": "commend",
    "تظل تشعر ببالغ القلق": "be_concerned",
    "تكرر التشديد": "emphasize",
    "تشير على وجه الخصوص": "recall",
    "تدين إدانة قاطعة": "condemn",
    "تجدد دعوتها": "reiterate",
    "تعرب عن قلقها العميق": "express",
    "تعرب عن جزعها": "be_alarmed",
    "تعرب عن القلق الشديد": "express",
    "تكرر تأكيد قلقها البالغ": "reiterate",
    "تعرب عن تقديرها العميق": "express",
    "تشجب وتدين بأشد العبارات": "deplore",
    "تعرب عن اعتزامها": "express",
    "تجدد التزامها الراسخ": "reiterate",
    "تعيد تأكيد تصميمها": "reaffirm",
    "تعيد تأكيد دعمها القوي": "reaffirm",
    "تؤمن": "consider",
    "تشعر بانزعاج بالغ": "be_alarmed",
    "توجه نظر": "draw_attention",
    "تواصل تشجيع": "encourage",
    "تعرب عن الأمل": "express",
    "تعيد تأكيد قلقها العميق": "reaffirm",
    "تعرب عن اقتناعها": "express",
    "تكرر تأكيد تأييدها": "reiterate",
    "تجدد الالتزام": "commit",
    "تلاحظ مع القلق الشديد": "note",
    "تكرر الإعراب عن اقتناعها": "reiterate",
    "يساورها القلق العميق": "be_concerned",
    "تعرب عن التقدير": "appreciate",
    "تكرر تأييدها": "reiterate",
    "تعرب عن القلق بوجه خاص": "express",
    "تكرر الإعراب عن قلقها البالغ": "reiterate",
    "تؤكد من جديد التزامها القوي": "reaffirm",
    "تعيد تأكيد دعوتها": "reaffirm",
    "تشير بارتياح": "recall",
    # "Remains deeply concerned", "Continues to encourage", "Strongly objects", as the UN's
    # versions of the same paragraphs translate them.
    "ما زال يساورها القلق": "be_concerned",
    "ما زال يساورها بالغ القلق": "be_concerned",
    "تظل تشعر بقلق بالغ": "be_concerned",
    "تظل تشجع": "encourage",
    "تواصل التشجيع": "encourage",
    "تواصل الترحيب": "welcome",  # "Continues to welcome"
    "تواصل التشديد": "emphasize",
    "تواصل إعادة التشديد": "emphasize",  # "Continues to re-emphasize"
    "تتوقع": "look_forward",  # "Anticipates"
    "توجه الدعوة": "invite",
    "تعترض": "reject",
    "تسترشد": "be_guided",
    # The Security Council's: "Fully supports", "Clarifies", "Reiterates" marked without its
    # object
    "تؤيد تأييدا تاما": "support",
    "تؤيد تأييدا كاملا": "support",
    "توضح": "affirm",
    "تكرر الإعراب": "reiterate",
}

# "تدعو" + an actor is "Invites" ("تدعو الدول إلى ..."); "تدعو إلى" is "Calls for" (the table's
# phrase), also with "in this regard" between the verb and its "إلى" ("وتدعو في هذا الصدد إلى
# التنفيذ الكامل", and calls in this regard for the full implementation): no one is asked
ACTIONS_BY_OBJECT: dict[str, tuple[tuple[str, str], ...]] = {
    # "تدعو إلى تقديم تبرعات" is the English "Invites voluntary contributions" (an ask without
    # an addressee), where "تدعو إلى" is otherwise "Calls for"
    "تدعو إلى": ((r"\s*تقديم\s+(?:ال)?تبرعات", "invite"),),
    "تدعو": (
        (
            r"[\s،,]*(?:في\s+(?:هذا|ذلك)\s+(?:الصدد|السياق|الشأن)|بالتالي)[\s،,]*"
            r"(?:أيضا\s+)?(?:إلى|الى)\s",
            "call_for",
        ),
    ),
}

ADDITIVES: tuple[str, ...] = (
    "أيضا",
    "أيضاً",
    "ايضا",
    "كذلك",
    "كذلك أيضا",
    "مجددا",
    "مجدداً",
    "مرة أخرى",
    "فضلا عن ذلك",
    "علاوة على ذلك",
    "من جديد",
    "مع ذلك",  # "however": "لا يزال مع ذلك يساوره بالغ القلق"
    # "in particular", inside or after a verb phrase the UN marks with it ("وإذ تعيد بوجه خاص
    # تأكيد", "تدين بشكل خاص")
    "بوجه خاص",
    "بشكل خاص",
    "بصفة خاصة",
    "على وجه الخصوص",
)

MODIFIERS: dict[str, str] = {
    "مع التقدير": "with appreciation",
    "مع بالغ التقدير": "with deep appreciation",
    "مع الامتنان": "with gratitude",
    "مع الارتياح": "with satisfaction",
    "مع بالغ الارتياح": "with great satisfaction",
    "مع الاهتمام": "with interest",
    "مع القلق": "with concern",
    "بقلق": "with concern",
    "مع بالغ القلق": "with deep concern",
    "ببالغ القلق": "with deep concern",
    "بقلق بالغ": "with deep concern",
    "مع الأسف": "with regret",
    "مع بالغ الأسف": "with deep regret",
    "بشدة": "strongly",
    "بقوة": "strongly",
    "بأشد العبارات": "in the strongest terms",
    "بحزم": "firmly",
    "بالكامل": "fully",
    "رسميا": "solemnly",
    "على وجه السرعة": "urgently",
    "بحرارة": "warmly",
    "بقلق شديد": "with grave concern",
    "مع القلق الشديد": "with grave concern",
    "مع القلق البالغ": "with deep concern",
    "بقلق متزايد": "with growing concern",
    "مع الجزع": "with alarm",
    "بجزع": "with alarm",
    "بأسف شديد": "with deep regret",
    "مع التقدير والارتياح": "with appreciation and satisfaction",
    "بتقدير": "with appreciation",
    "بارتياح": "with satisfaction",
    "دون تحفظ": "unreservedly",
    "بدون تحفظ": "unreservedly",
    "على وجه الاستعجال": "urgently",
}

# "و إذ" with a space typed inside it now and then.
PREAMBULAR_PREFIXES: tuple[str, ...] = ("وإذ", "إذ", "واذ", "اذ", "وقد", "قد", "و إذ")

# Prepositions a verb governs that end a table phrase but that the UN does not print in italics
# (bold in Arabic and Chinese) with it: "ссылаясь на" is marked "ссылаясь". The phrase keeps its
# table key and action; its printed extent leaves them out.
UNMARKED_PARTICLES: tuple[str, ...] = ("إلى", "على", "في")
# Whether a paragraph's first word is capitalized (Arabic has no capitals): a flattened text is cut only
# before a capitalized leading phrase where it is.
CAPITALIZED_PARAGRAPHS: bool = False

EQUIVALENT_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("stress", "emphasize", "underline", "underscore", "highlight", "affirm"),
    ("reaffirm", "stress", "emphasize", "reiterate"),
    ("recognize", "acknowledge", "be_aware", "note"),
    ("invite", "call_upon", "call_for"),
    ("note", "recall"),
    ("determine", "decide"),
    ("approve", "agree"),
    ("commend", "pay_tribute", "appreciate"),
    ("bear_in_mind", "take_into_account"),
    ("express", "be_concerned"),
    ("acknowledge", "endorse", "approve"),
    ("commit", "resolve"),
    ("reiterate", "call_upon", "call_for", "demand", "express"),
)

# The numbers of a resolution's sections, printed alone on a line over the section's title
# (the adverbial ordinals: "ثانيا" where English prints "II") -> number.
SECTION_NUMBERS: dict[str, int] = {
    word: number
    for number, word in enumerate(
        (
            "أولا",
            "ثانيا",
            "ثالثا",
            "رابعا",
            "خامسا",
            "سادسا",
            "سابعا",
            "ثامنا",
            "تاسعا",
            "عاشرا",
            "حادي عشر",
            "ثاني عشر",
            "ثالث عشر",
            "رابع عشر",
            "خامس عشر",
            "سادس عشر",
            "سابع عشر",
            "ثامن عشر",
            "تاسع عشر",
            "عشرين",
            "حاديا وعشرين",
            "ثانيا وعشرين",
            "ثالثا وعشرين",
            "رابعا وعشرين",
            "خامسا وعشرين",
            "سادسا وعشرين",
            "سابعا وعشرين",
            "ثامنا وعشرين",
            "تاسعا وعشرين",
            "ثلاثين",
        ),
        1,
    )
}

# Annex numbers as printed after "المرفق" ("المرفق الأول") -> number.
ANNEX_NUMBERS: dict[str, int] = {
    "الأول": 1,
    "الاول": 1,
    "الثاني": 2,
    "الثالث": 3,
    "الرابع": 4,
    "الخامس": 5,
    "السادس": 6,
    "السابع": 7,
    "الثامن": 8,
    "التاسع": 9,
    "العاشر": 10,
    "الحادي عشر": 11,
    "الثاني عشر": 12,
    "الثالث عشر": 13,
    "الرابع عشر": 14,
    "الخامس عشر": 15,
    "السادس عشر": 16,
    "السابع عشر": 17,
    "الثامن عشر": 18,
    "التاسع عشر": 19,
    "العشرون": 20,
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

_MONTH = r"\S+(?:\s+\S+)?\s*/\s*\S+|\S+(?:\s+ال\S+)?"
_DATE = r"\d{1,2}\s+(?:" + _MONTH + r")\s+\d{4}"

# Sub-item letters in the abjad order UN Arabic texts use -> the Latin letter of the other
# versions ("البند 125 (ر)" is item 125 (t)).
SUBITEM_LETTERS: dict[str, str] = {
    "أ": "a",
    "ب": "b",
    "ج": "c",
    "د": "d",
    "ه": "e",
    "و": "f",
    "ز": "g",
    "ح": "h",
    "ط": "i",
    "ي": "j",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "س": "o",
    "ع": "p",
    "ف": "q",
    "ص": "r",
    "ق": "s",
    "ر": "t",
    "ش": "u",
    "ت": "v",
    "ث": "w",
    "خ": "x",
    "ذ": "y",
    "ض": "z",
    "هـ": "e",
    "ا": "a",
}

# Frequent function words, for telling apart languages that share a script (langid.py).
FUNCTION_WORDS: tuple[str, ...] = (
    "في",
    "من",
    "على",
    "إلى",
    "أن",
    "عن",
    "التي",
    "الذي",
    "مع",
    "هذا",
)

# Letters that only end a word (taa marbuta, alif maqsura): at the start of words they show text
# extracted backwards, in visual order (read/visual.py).
FINAL_ONLY_LETTERS: str = "ةى"

MASTHEAD: dict[str, str] = {
    "distribution": (
        r"^(?:Distr\.?|التوزيع)\s*:?\s*(?P<value>General|Limited|Restricted|عام|محدود|محدودة"
        r"|مقيد|مقيدة)(?!\w)"
    ),
    "original": r"^(?:Original|الأصل|الاصل)\s*:\s*(?P<value>\w+)",
    "session": (
        r"^الدورة\s+(?:الاستثنائية\s+)?(?:الطارئة\s+)?(?:الاستثنائية\s+)?"
        r"(?P<ordinal>[^\W\d_]+(?:\s+[^\W\d_]+)*?)\s*$"
    ),
    "agenda_item": (
        r"^(?:البند|البندان|البنود)\s+(?P<value>.+?)\s+من\s+جدول\s+الأعمال(?:\s+المؤقت)?\s*$"
    ),
    "adopted": (
        r"^قرار\s+(?:اتخذته|اتخذه)\s+(?P<body>.+?)(?:\s+في\s*(?P<date>" + _DATE + r"))?\s*$"
    ),
    "drafts": r"^\[(?:دون\s+(?:ال)?[إا]حالة\s+إلى\s+لجنة\s+رئيسية|بناء\s+على\s+تقرير)",
    # the closing line: "الجلسة العامة 27", "الجلسة العامة 56 (المستأنفة)", "الجلسة العامة
    # (المستأنفة) 56", an ordinal in words; not a wrapped line that opens with these words
    # ("الجلسة العامة الثالثة للجمعية التي عقدت في ...")
    "meeting": (
        r"^(?P<value>الجلسة\s+العامة\s+(?:\(المستأنفة\)\s+)?"
        r"(?:\d{1,4}|ال[^\W\d_]+(?:\s+و[^\W\d_]+)?)(?:\s+\(المستأنفة\))?)\s*$"
    ),
    # Heading and adoption line of a Security Council resolution ("القرار 2505 (2020)",
    # "الذي اتخذه مجلس الأمن في جلسته 8701، المعقودة في 13 كانون الثاني/يناير 2020").
    "sc_resolution": (
        r"^(?:القرار\s+(?P<num>\d{1,4})\s*\((?P<year>(?:19|20)\d\d)\)"
        r"|(?P<num2>\d{1,4})\s*\((?P<year2>(?:19|20)\d\d)\)\s*-?\s*قرار)"
        r"(?:\s+المؤرخ\s+(?P<date>" + _DATE + r"))?\s*$"
    ),
    "sc_adoption": (
        r"^(?:الذي\s+)?اتخذه\s+مجلس\s+الأمن\s+(?:بالإجماع\s+)?(?:في|فى)\s+"
        r"(?:(?:(?P<meeting>جلسته\s+\d{1,5})|جلسته)\s*[،,]?\s*(?:المعقودة\s+في\s+)?)?"
        r"(?P<date>" + _DATE + r")?"
    ),
    "annex": r"^المرفق(?:\s+(?P<number>[^\W_]+(?:\s+عشر)?))?\s*$",
    "explanatory_memorandum": r"^مذكرة\s+(?:توضيحية|إيضاحية|ايضاحية|تفسيرية)\s*$",
    "draft_resolution": r"(?<!\w)مشروع\s+(?:ال)?قرار(?!\w)",
    "draft_decision": r"(?<!\w)مشروع\s+(?:ال)?مقرر(?!\w)",
    "report_of": r"^(?:تقرير|مذكرة) ",
    "letter": (
        r"^(?:رسالة|رسالتان\s+متطابقتان)\s+(?:مؤرخة|مؤرختان)\s+(?P<date>" + _DATE + r")"
        r"\s+(?:موجهة|موجهتان)\s+(?:من\s+(?P<sender>.+?)\s+)?إلى\s+(?P<addressee>.+?)"
        r"(?:\s+من\s+(?P<sender2>.+))?$"
    ),
    "signed": r"^\((?:توقيع|التوقيع|وقعه|وقعته)\)\s*(?P<value>.+)$",
    "request_item": r"(?:طلب\s+)?[إا]دراج\s+بند\s+(?:تكميلي|إضافي|اضافي)",
}

# Beginnings of the words that qualify a session and may stand between its ordinal and the word
# for "session": between "الدورة" and the ordinal ("الدورة الاستثنائية الطارئة العاشرة").
SESSION_QUALIFIERS: tuple[str, ...] = ("الاستثنائية", "الطارئة", "الخاصة")

# Patterns of the analysis stage (see en.py for the keys).
ANALYSIS: dict[str, str] = {
    # the ordinals read after the word: up to twelve words, a list of four two-word ordinals
    # ("دورتيها الثالثة والثلاثين والرابعة والثلاثين والخامسة والثلاثين والسادسة والثلاثين")
    "session": (
        r"(?:الدورات|دوراتها|الدورة|دورتها|دورته|دورتي\u0652?ها|دورتي\u0652?ه|دورة)\s+"
        r"(?=(?P<ord>(?:\S+\s+){0,11}\S+))"
    ),
    "next_session": r"دورتها\s+(?:المقبلة|القادمة|التالية)",
    "current_session": r"دورتها\s+(?:الحالية|الراهنة)",
    # a request to report: to submit or prepare a report ("أن يقدم ... تقريرا"; not "when
    # preparing the report", "لدى إعداد التقرير", nor a report cited as a source, "من تقريره"),
    # to include something in one, to report ("الإبلاغ عن", "أن يبلغ عن", as "to report on")
    "report_request": (
        # the Assembly's verbs (feminine) and a council's (masculine: "يطلب إلى الأمين العام")
        r"(?:[تي]طلب|[تي]دعو|[تي]هيب|[تي]شجع|طلب(?:ها|ه)(?!\w))[^؛:]{0,1000}?"
        # not a report one is "from" ("من تقرير"), but one to the Council ("مجلس الأمن تقريرا");
        # not the means of another ask ("أن يطلع المجلس ...، بوسائل تشمل تقديم ... تقارير خطية",
        # to keep it informed "including through" reports: no report asked, as in English);
        # the Council provided with a report: "أن يوافي مجلس الأمن ... بتقرير", "موافاة المجلس"
        r"(?:(?:أن\s+(?:ي|ت)(?:قدم|عد|حيل|وافي|زود)|(?<!لدى\s)(?<!عند\s)(?<!تشمل\s)(?<!خلال\s)(?<!مجال\s)(?:تقديم(?!\s+(?:ال)?(?:دعم|مساعدة|مشورة))|إعداد|موافاة|تزويد))[^؛:]{0,200}?"
        r"(?<!\Wمن\s)(?<!بشأن\s)(?:تقرير(?!\s+المصير)|تقارير)"
        # to include in a report ("في تقرير"), not a text included in a report's chapter ("في
        # الفصل الرابع من تقرير اللجنة")
        r"|(?:إدراج|تضمين)[^؛:]{0,120}?(?<!\Wمن\s)(?:تقرير|تقارير)"
        # the verb's object may run longer before "in its reports": "أن يدرج معلومات، وتوصيات
        # ذات صلة، بشأن ...، في التقارير"
        r"|أن\s+(?:ي|ت)(?:درج|ضمن)[^؛:]{0,200}?(?<!\Wمن\s)(?:تقرير|تقارير)"
        r"|أن\s+(?:ي|ت)بلغ(?:وا)?\s+(?:الجمعية\s+العامة|عن)|(?<!\w)(?<!عملية\s)(?<!مجال\s)(?:ال|لل)إبلاغ\s+(?:عن|في)"
        # to inform the Assembly, as the English reads it: "إلى إبلاغ الجمعية العامة"
        r"|(?<!\w)إبلاغ\s+الجمعية"
        # to keep the Assembly informed: "أن تبقي الجمعية العامة على علم"; to inform it in a
        # report: "أن يفيد في تقريره"
        r"|(?:أن\s+(?:ي|ت)بقي|إبقاء)\s+الجمعية(?:\s+العامة)?\s+على\s+(?:علم|اطلاع)"
        r"|أن\s+(?:ي|ت)فيد\s+(?:الجمعية|في\s+تقرير)"
        r"|أن\s+(?:ي|ت)قدم\s+إلى\s+الجمعية\s+العامة[^؛:]{0,200}?معلومات"
        r"|(?:أن\s+(?:ي|ت)(?:وافي|زود)|موافاة|تزويد)\s+(?:الجمعية(?:\s+العامة)?|الدول\s+الأعضاء))"
    ),
    "agenda_include": r"(?:تدرج|إدراج|أن\s+تدرج)[^؛]{0,300}?(?:في|ضمن)\s+(?:جدول\s+الأعمال\s+المؤقت|مشروع\s+جدول\s+الأعمال)\s+لدورتها",
    "under_item": r"في\s+إطار\s+البند\s+المعنون\s*$",
    # "... 75/276 المؤرخ ...، المتعلقة بالتعاون بين ..." (the title's first word joined to "ب")
    "series_title_before": r"(?:بشأن|المعنون|المعنونة|عن|المتعلق\S*\s+ب)\s*[”\"]?\s*$",
    "series_title_after": r"^\s*[“\"]?\s*(?:[،,؛;.:(]|و|$)",
    "series_title_then": r"^\s*[“\"]?\s*[،,]?\s*(?:بما\s+في\s+ذلك|ومنها)\s+قرار\S*",
    "series_which": r"^\W*(?:المؤرخ\S*\W+)?(?:الذي|التي)\s",
    # what a resolution recalled with a clause of series_which did once (proclaimed, designated,
    # endorsed, convened, established, adopted, granted ...): another act, not the series' text
    "series_once": r"\s*(?:\S+\s+)?(?:أعلنت|أعلن|اعتمدت|أيدت|أقرت|عقدت|أنشأت|منحت|دعت\s+إلى\s+عقد|قررت\s+(?:عقد|إنشاء|إعلان))",
    # besides "in particular", the words a lead holds that the English one has none for ("وإذ
    # تشير أيضا إلى قرارها": "Recalling also its resolution") and the "و" that joins each
    # citation of a list to the one before ("، و 69/210 المؤرخ ...")
    "series_lead_aside": (
        r"(?:ولا\s+سيما|بوجه\s+خاص|بصفة\s+خاصة|(?<!\S)و?إذ(?!\S)|(?<!\S)إلى(?!\S)|(?<!\S)و(?!\S))"
    ),
    # a predecessor named without the title: "جميع قراراتها السابقة المتعلقة بهذا الموضوع،
    # وآخرها القرار 76/161" ("many": a list follows); "قرارها 76/188 ... وجميع قراراتها السابقة
    # بشأن ..." (the words after one recent resolution)
    "series_latest": (
        r"(?:قرارات\S*\s[^؛;]*?[،,]\s*و?(?:كان\s+)?(?:آخرها|أحدثها)"
        r"|قراراتها\s+السابقة\s+(?:بشأن|المتعلقة\s+ب|عن)\s*(?:هذا\s+الموضوع|الموضوع|هذه\s+المسألة)"
        r"[،,]\s*(?:ولا\s+سيما|بما\s+في\s+ذلك|بما\s+فيها|ومنها))"
        r"\s+(?:هو\s+)?(?:القرار|قرارها|(?P<many>القرارات|قراراتها|القراران|قراريها))\s*$"
    ),
    # the latest of its own and others' resolutions ("جميع قراراتها ذات الصلة، وكذلك قرارات المجلس
    # ...، بما في ذلك آخرها وهما قرار المجلس 51/31 ... وقرار الجمعية العامة 76/170")
    "series_latest_among": (
        r"قرارات\S*\s[^؛;]*?بما\s+في\s+ذلك\s+(?:آخرها|أحدثها)[^؛;]{0,160}?"
        r"\sو?قرار\s+الجمعية\s+العامة\s*$"
    ),
    "series_and_previous": (
        r"^\W*(?:المؤرخ\S*\W+)?(?:(?:بشأن|المتعلق\S*\s+ب)\s*(?P<subject>[^؛;]{3,200}?)\s*[،,]?\s+)?"
        r"(?:و|وكذلك\s+)(?:إلى\s+)?(?:جميع\s+)?(?:قراراتها|القرارات)\s+(?:السابقة|الأخرى)"
        r"(?:\s+ذات\s+الصلة)?(?:\s+(?:بشأن|المتعلقة\s+ب)\s*(?:هذا\s+الموضوع|هذه\s+المسألة)"
        r"|\s+(?:بشأن|المتعلقة\s+ب)\s*(?P<topic>[^،,؛;.]{3,200}?))?\s*(?:[،,؛;.:]|$)"
    ),
    "series_endings": r"(?!)",
    "series_run_closed": r"(?!)",
    # the periodic review of the title's subject ("75/233 ... بشأن الاستعراض الشامل الذي يجري
    # كل أربع سنوات لسياسة <title>"): the series' text of its session
    "series_review": r"الاستعراض\s+الشامل\s+الذي\s+يجر[يى]\s+كل\s+(?:أربع|ثلاث)\s+سنوات\s+لسياسة\s*$",
    # the lead of a clause of its own ("...، وكذلك قرارها 79/501 ...")
    "series_clause_lead": r"[،,؛;]\s*وكذلك\s+(?:إلى\s+)?قرارها\s*$",
    # a citation described before it, as Chinese writes it ("附件载有…案文的2007年12月6日第62/68号决议"):
    # no part of the run that follows (series)
    "series_described_before": r"(?!)",
    # a section of a resolution between two citations: its words ("section II of its resolution")
    # are more than a run's joining words already
    "series_section": r"(?!)",
    # what a word may have before it that the title's has not (series): the "و" that joins it
    # ("والأعمال التحضيرية" for the title's "الأعمال التحضيرية")
    "series_prefixes": r"^و(?=..)",
    # a preposition glued to the first word of a subject it leads to ("المتعلقة بإعلان ...")
    "series_glued": r"ب",
    "series_decision_after": r"(?<!\S)و(?:مقرر|مقررات)\S*\s+\d{1,3}/\d{3}(?:\s+المؤرخ\S*)?",
    "agenda_defer": r"(?:ترجئ|إرجاء|تأجيل|تؤجل|أرجأت)[^؛]{0,200}?(?:النظر|البت|اتخاذ\s+قرار)",
    "sub_item_of": r"من\s+البند\s+المعنون\s*$",
    "entitled": r"(?:بعنوان|المعنون|المعنونة)\s*$",
    "resolution_word": r"قرار\S*",
    "decision_word": r"(?:مقرر(?:ها|ه|يها|ات|اتها)?|المقرر(?:ات)?)(?!\s+(?:عقد|أن|إجراء|ل))",
    "sc_word": r"مجلس\s+الأمن",
    "rule": r"(?:المادة|المادتين|للمادة|بالمادة|المواد)\s+(?P<num>\d{1,3})(?P<more>(?:\s*(?:،|,|و)\s*\d{1,3})*)\s+من\s+النظام\s+الداخلي",
    "charter": r"ميثاق\s+الأمم\s+المتحدة",
    "annual": r"سنوي|سنويا|كل\s+سنة|كل\s+عام",
    "biennial": r"كل\s+سنتين|كل\s+عامين",
    "triennial": r"كل\s+ثلاث\s+سنوات",
    # "and" glued to the verb ("ويطلب"), or before an aside ("وفي هذا الصدد، يهيب", and in
    # this regard calls upon), or "كما" (as also: "كما يشجع"), or the comma or the semicolon
    # alone ("...، يهيب بجميع الأطراف", "...؛ يدعو الحكومة إلى", as English joins "; calls on")
    "conjunction": r"(?:[،,؛]\s*|\s+)(?:وفي\s+هذا\s+(?:الصدد|السياق)\s*[،,]?\s*|و|كما\s+)|[؛;،,]\s*",
    "verb_end": r"(?!ات|ة)",  # a second ask's verb runs on into its object pronoun or its object,
    # not into a noun's ending ("وتوصياتها", and its recommendations; "توصية", a recommendation)
    # sentence adverbs between a second ask's conjunction and its verb (see en.py)
    "ask_adverbs": r"لذلك|بالتالي|عليه|من\s+ثم",
    "session_word": r"دور",  # a cheap test before the "session" pattern
    "hrc_word": r"مجلس\s+حقوق\s+الإنسان",
    # the organ of a citation (analyze/organs.py)
    "organ_hrc": r"مجلس\s+حقوق\s+الإنسان|لجنة\s+حقوق\s+الإنسان",
    "organ_ecosoc": r"المجلس\s+الاقتصادي\s+والاجتماعي",
    "organ_unea": r"جمعية\s+الأمم\s+المتحدة\s+للبيئة",
    "organ_other": (
        r"جمعية\s+الأمم\s+المتحدة\s+للمستوطنات\s+البشرية|جمعية\s+الصحة\s+العالمية"
        r"|مؤتمر\s+(?:الدول\s+)?الأطراف|اجتماع\s+الأطراف|جمعية\s+الدول\s+الأطراف|المجلس\s+التنفيذي"
        r"|مجلس\s+الإدارة|المؤتمر\s+العام|(?<!ال)لجنة(?!\s+القانون\s+الدولي)(?!\s+حقوق\s+الإنسان)"
        r"|مجلس\s+السلطة|جمعية\s+السلطة"
    ),
    "organ_ga": r"الجمعية\s+العامة|(?<=قرار)(?:ها|اتها)\b|(?<=مقرر)(?:ها|اتها)\b",
    "organ_ga_possessive": r"(?:ها|اتها)",  # the Assembly's possessive ("its"), not its name
    "not_sc": r"(?:التوصي(?:ة|ات)\s+العام(?:ة|ة)|التعليق(?:ات)?\s+العام(?:ة)?|اتفاقية|رقم)\s*(?:رقم\s*)?$",
    "list_joiner": r"(?:[،,]\s*(?:و\s*)?|\sو\s*)$",  # the next item of a list of citations
    # a lone paragraph's kind by its last mark, where its words do not say it (Chinese)
    "preambular_end": "،,",
    "operative_end": "؛;.",
    # what a report is on ("subject": the first group that matched), and the words for the
    # present resolution (resolved to its symbol and title)
    "report_subject": r"(?:تقرير\S*|تقارير|أن\s+(?:ي|ت)بلغ)[^؛]{0,160}?\s(?:عن|بشأن|حول)\s+(?P<subject>[^،؛,;]{4,250})",
    "subject_end": r"\s+(?:إلى\s+الجمعية\s+العامة|في\s+دورتها|في\s+عام|في\s+إطار\s+البند|و\s*$|وتقرر)",  # where the subject stops: the due session, the item
    "subject_before": "",  # "1": the subject stands before the word report (关于…的报告)
    "present_resolution": r"هذا\s+القرار",
    "kind_after": "",
    "date_before_citation": "",  # "1": the date of a citation is written before it
    "reordered_numbers": "1",  # "1": numbers may be printed reordered (٥٠/٥٩ for 59/50, digits reversed)
    "opening_word": r"افتتاح|تفتتح|تبدأ",  # a decision on when a session opens
}


# The Assembly is feminine (تقرر); councils and committees are masculine (يقرر): the same phrases
# with the masculine prefix.
PREAMBULAR.update({"ي" + k[1:]: v for k, v in list(PREAMBULAR.items()) if k.startswith("ت")})
OPERATIVE.update({"ي" + k[1:]: v for k, v in list(OPERATIVE.items()) if k.startswith("ت")})

# What the UN marks in bold with a verb of stance after it: the Assembly's own concern,
# appreciation, support, commitment or call ("تعرب عن بالغ قلقها", "تكرر تأكيد التزامها الراسخ",
# "تعيد تأكيد إدانتها القوية", "Expresses its deep concern", "Reaffirming its strong
# condemnation"), and not a thing it names ("تؤكد من جديد قرارها": its resolution). A noun of
# stance with the possessive of the Assembly (-ها) or of a council (-ه), after an intensifier
# or with adjectives after it; the verbs it follows are keys of the tables above.
_STANCE_NOUNS = (
    "قلق|تقدير|دعم|تأييد|التزام|دعوت|دعوات|طلب|موافقت|إقرار|تضامن|تعاطف|امتنان|ارتياح|استيائ"
    "|رأي|اعتزام|اقتناع|إدانت|تصميم|ثقت|أمل|جزع|أسف|شكر|ترحيب|مطالبت|نداء|نداءات|إيمان|ثنائ"
    "|اعتراف|تسليم|أسا|عزم|تمسك|رفض|شجب|احترام|استعداد|خيبة أمل"
)
_INTENSIFIERS = "بالغ|عميق|شديد|أشد|خالص|كامل|استمرار"
_STANCE_ADJECTIVES = (
    "البالغ|البالغة|العميق|العميقة|الشديد|الشديدة|الراسخ|الراسخة|الثابت|الثابتة|القوي|القوية"
    "|الكامل|الكاملة|المتواصل|المتواصلة|المتزايد|المتزايدة|المستمر|المستمرة|القاطع|القاطعة"
    "|الصريح|الصريحة|الخاص|الخالص|التام|الدائم|الثابت"
)
_STANCE_DEFINITE = (
    "القلق|التقدير|الدعم|التأييد|الالتزام|الامتنان|الارتياح|الجزع|الأسف|الأسى|الشكر|الاستياء"
    "|الأمل|الثقة"
)
_STANCE = rf"(?:(?:(?:{_INTENSIFIERS})\s+)?(?:{_STANCE_NOUNS})(?:ها|ه)(?:\s+و(?:{_STANCE_NOUNS})(?:ها|ه))?)"
# after "expresses" a stance without the possessive too ("تعرب عن القلق البالغ"); after the
# others such a noun is what they reaffirm ("تؤكد من جديد الالتزام": the commitment)
_STANCE_OR_DEFINITE = rf"(?:{_STANCE}|(?:{_STANCE_DEFINITE})(?:\s+و(?:{_STANCE_DEFINITE}))?)"
_STANCE_OBJECT = rf"(?:\s+{_STANCE})?(?:\s+(?:{_STANCE_ADJECTIVES}))*"
_EXPRESSED_OBJECT = rf"(?:\s+{_STANCE_OR_DEFINITE})?(?:\s+(?:{_STANCE_ADJECTIVES}))*"
_EXPRESS_VERBS = ("تعرب عن", "تكرر الإعراب عن")
_STANCE_VERBS = (
    "تعرب عن",
    "تكرر الإعراب عن",
    "تكرر تأكيد",
    "تكرر التأكيد على",
    "تعيد تأكيد",
    "تؤكد من جديد",
    "تؤكد مجددا",
    "تؤكد مرة أخرى",
    "تؤكد",
    "تجدد",
    "تكرر",
)


def _stance_keys(tables: list[dict[str, str]]) -> dict[str, str]:
    """The table keys a stance may follow: the verbs, and the keys that already hold a stance
    ("تعرب عن قلقها", whose adjectives may follow); each with the pattern of what may follow."""
    stance = re.compile(rf"{_STANCE_OR_DEFINITE}(?:\s+(?:{_STANCE_ADJECTIVES}))*")
    out = {}
    for table in tables:
        for key in table:
            for base in _STANCE_VERBS:
                for verb in (base, "ي" + base[1:]):
                    rest = key[len(verb) :].strip() if key.startswith(verb + " ") else None
                    if key == verb or (rest and stance.fullmatch(rest)):
                        expressed = base in _EXPRESS_VERBS
                        out[key] = _EXPRESSED_OBJECT if expressed else _STANCE_OBJECT
    return out


# The Council's own state too (-ه, the Assembly's -ها) after a verb of state ("لا يزال يساوره
# بالغ القلق", "يضع في اعتباره"); a phrase listed in the masculine keeps its key. The stance
# after a verb of stance ("يعرب عن قلقه") is read by the phrase's object (PHRASE_OBJECTS), with
# the verb's own key: "تعرب عن دعمها" is the Assembly's "Supports", the Council's "يعرب عن دعمه"
# its "Expressing its support".
_FEMININE_VERBS = {"تزال": "يزال", "تظل": "يظل", "تشعر": "يشعر", "يساورها": "يساوره"}


def _masculine(phrase: str) -> str:
    words = phrase.split()
    return " ".join(
        _FEMININE_VERBS.get(w)
        or ("ي" + w[1:] if k == 0 and w.startswith("ت") else "")
        or (w[:-2] + "ه" if k and w.endswith("ها") and len(w) > 3 else w)
        for k, w in enumerate(words)
    )


_STANCE_OPENINGS = tuple(f"{v} " for verb in _STANCE_VERBS for v in (verb, "ي" + verb[1:]))
for _table in (PREAMBULAR, OPERATIVE):
    for _phrase, _key in list(_table.items()):
        if not _phrase.startswith(_STANCE_OPENINGS):
            _table.setdefault(_masculine(_phrase), _key)

PHRASE_OBJECTS: dict[str, str] = _stance_keys([PREAMBULAR, OPERATIVE])

# Numbers a paragraph states (compare/numbers.py). Clock times, read as "HH:MM": regexes with
# groups hour, minute and, where the language writes one, part (the part of the day).
CLOCK_TIMES: tuple[str, ...] = (
    # "الساعة 00:10" is 10 a.m. printed minutes first, as "00/10" is
    r"الساعة 00[:.](?P<hour>0?[1-9]|1\d|2[0-3])(?!\d)",
    r"الساعة (?P<hour>\d{1,2})[:.](?P<minute>\d{2})",
    r"الساعة (?P<minute>\d{2})/(?P<hour>\d{1,2})",
)
# The decimal sign: where it is a comma, "14.600 millones" is 14,600 million.
DECIMAL_SIGN = ","
# Amounts with a scale word: the word (a regex, to the word's end), its value. The singular,
# the plural ("9,3 بلايين", "6 تريليونات") and the accusative after 11-99 ("37 مليونا", folded
# from "مليوناً"): after a number, "مليونا" is no dual.
SCALE_WORDS: tuple[tuple[str, int], ...] = (
    ("تريليون(?:ات|ا)?(?!\\w)", 10**12),
    ("مليار(?:ات|ا)?(?!\\w)", 10**9),
    ("(?:بليونا?|بلايين)(?!\\w)", 10**9),
    ("ملايين(?!\\w)", 10**6),
    ("مليونا?(?!\\w)", 10**6),
)
# Duals of a scale word: "مليوني ين" (after folding the diacritics), two million yen.
SCALE_DUALS: tuple[tuple[str, int], ...] = (
    (r"(?<!\w)(?:مليار|بليون)(?:ين|ان|ي|ا)(?!\w)", 2 * 10**9),
    (r"(?<!\w)مليون(?:ين|ان|ي|ا)(?!\w)", 2 * 10**6),
)
# Numbers written in words, 2 and up, masculine and feminine, nominative and oblique ("الخطوات
# الثلاث عشرة", the 13 steps; "بمائة ألف", a hundred thousand), read after the article or a
# joined particle (و، ب، ل، ال) is taken off: see mandata.lang.en.NUMBER_WORDS.
_AR_UNITS: dict[int, tuple[str, ...]] = {
    2: ("اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي"),
    3: ("ثلاث", "ثلاثة"),
    4: ("أربع", "أربعة", "اربع", "اربعة"),
    5: ("خمس", "خمسة"),
    6: ("ست", "ستة"),
    7: ("سبع", "سبعة"),
    8: ("ثمان", "ثماني", "ثمانية"),
    9: ("تسع", "تسعة"),
}
_AR_TENS: dict[int, tuple[str, ...]] = {
    20: ("عشرون", "عشرين"),
    30: ("ثلاثون", "ثلاثين"),
    40: ("أربعون", "أربعين", "اربعون", "اربعين"),
    50: ("خمسون", "خمسين"),
    60: ("ستون", "ستين"),
    70: ("سبعون", "سبعين"),
    80: ("ثمانون", "ثمانين"),
    90: ("تسعون", "تسعين"),
}
NUMBER_WORDS: dict[str, int] = {
    **{w: n for n, forms in _AR_UNITS.items() for w in forms},
    **dict.fromkeys(("عشر", "عشرة"), 10),
    **{
        f"{w} {ten}": 10 + n
        for n, forms in _AR_UNITS.items()
        for w in forms
        for ten in ("عشر", "عشرة")
    },
    **dict.fromkeys(("أحد عشر", "احد عشر", "إحدى عشرة", "احدى عشرة"), 11),
    **{w: n for n, forms in _AR_TENS.items() for w in forms},
    **dict.fromkeys(("مائة", "مئة"), 100),
    **dict.fromkeys(("ألف", "الف", "آلاف", "الاف"), 1000),
}
# What a number word may carry joined before it: the article, "and", "by/with", "to"
NUMBER_PREFIXES: tuple[str, ...] = ("وبال", "وال", "بال", "لل", "ال", "و", "ب", "ل")
# Whether text from UN PDFs prints the groups of a large number in reverse order: Arabic PDFs
# print "918 483" for 483,918, so space-separated groups are read in that order.
REVERSED_NUMBER_GROUPS = True
# Month numbers of dates, not numbers of the text (where the month has no name): a regex or "".
NUMERIC_MONTHS = ""

# The search index (registry/tokens.py): the words left out of it (short on purpose, separated
# by spaces) and the Snowball stemmer of the language's words (PyStemmer's name; "" for none).
# Arabic stop words are written as the tokenizer normalizes them (ى -> ي, أ -> ا); it has
# its own light stemmer.
STOP_WORDS = "في من علي الي عن ان او مع ما لا هذا هذه ذلك تلك التي الذي الذين قد ثم و وفي ومن"
STEMMER = ""

# Names of States and bodies in running text (entities/inflect.py): the conjunction and the
# prepositions written attached ("وأرمينيا", "لجمهورية أرمينيا"), and the same as a regex the
# matcher puts before the names: its trie then holds each name once (with the stem that ل + ال
# gives: "الاتحاد" -> "لاتحاد", read after ل as "للاتحاد").
NAME_PARTICLES: tuple[str, ...] = ("و", "ل", "ب", "ول", "وب")
NAME_PARTICLES_PATTERN = "و?[لب]?"

# The tables above, as the parser reads them (mypy checks them against LanguageData).
# No joining word opens a paragraph's tail here: "و" ("and") is glued to the word it joins, and
# the Arabic opens its paragraphs with it too ("وإذ تشير").
JOINING_PREFIXES: tuple[str, ...] = ()
# "and" glued to the verb it joins: a tail printed after a paragraph's list that opens with it
# before a verb of the operative table ("وتطالب بمحاسبة ...؛", "and demands ...") goes on with
# the paragraph; no numbered paragraph opens with it ("وإذ" opens a preambular one).
ATTACHED_JOINERS: tuple[str, ...] = ("و",)

DATA = LanguageData(
    joining_prefixes=JOINING_PREFIXES,
    attached_joiners=ATTACHED_JOINERS,
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
    ocr_lost_lines=OCR_LOST_LINES,
    ocr_band_packs=OCR_BAND_PACKS,
    ocr_tall_letters=OCR_TALL_LETTERS,
    ocr_marks_above=OCR_MARKS_ABOVE,
    ocr_skeleton=OCR_SKELETON,
    language_names=LANGUAGE_NAMES,
    months=MONTHS,
    date=DATE,
    date_range_end=DATE_RANGE_END,
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
    number_prefixes=NUMBER_PREFIXES,
    reversed_number_groups=REVERSED_NUMBER_GROUPS,
    numeric_months=NUMERIC_MONTHS,
    month_year=MONTH_YEAR,
    stop_words=STOP_WORDS,
    stemmer=STEMMER,
    name_particles=NAME_PARTICLES,
    name_particles_pattern=NAME_PARTICLES_PATTERN,
    phrase_objects=PHRASE_OBJECTS,
    section_numbers=SECTION_NUMBERS,
    actions_by_object=ACTIONS_BY_OBJECT,
)
