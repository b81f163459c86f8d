"""Russian: the tables the parser reads. Data only; the same names in every language module.

Sources: the UN's Russian texts of resolutions (the six-way aligned sentences in
../shared/corpus/multi, the excerpts of A/RES/53/15 and A/69/972 there). Paragraphs of Russian
resolutions start in lower case ("напоминая", "просит"); all matching is case-insensitive.

Action keys are those of :mod:`mandata.lang.en` (see its docstring). Preambular paragraphs use
adverbial participles ("признавая", "принимая к сведению") and "будучи" + short adjective in the
feminine (the Assembly: "будучи убеждена"), masculine (the Council: "будучи убежден") or plural;
operative paragraphs use the third person ("постановляет") and declarations the first person
plural ("мы признаем"). Russian renders "Stresses", "Underlines", "Underscores" all as
"подчеркивает", "Encourages" as "призывает", "рекомендует" or "поддерживает", "Recognizes" and
"Acknowledges" both as "признает": the groups are in ``EQUIVALENT_ACTIONS``. Both е and ё spellings
of the ordinals are read (``mandata.lang.ordinals``); the phrases below use е as UN Russian texts do.
"""

from mandata.lang import Ending, LanguageData

CODE = "ru"
NAME = "Russian"
NATIVE_NAME = "Русский"  # as the web pages name the language
RIGHT_TO_LEFT = False  # the script's direction
# How the UN prints a paragraph's leading phrase (the class of its span in the AKN export).
PHRASE_EMPHASIS = "italic"
# The letter that ends the UN's job numbers of this language version ("2421660R"), in the
# names of the UN's files ("A_RES_78_10-2323443R.xml").
UN_JOB_LETTER = "R"
# The kind of paragraph its final punctuation marks, for a text without a document's structure
# (a translator's segment): a preambular paragraph ends with a comma, an operative one with a
# semicolon (a full stop ends the last operative paragraph and prose alike: it says nothing).
PARAGRAPH_ENDINGS: dict[str, Ending] = {",": "preambular", ";": "operative"}

# OCR of scanned pages (read/ocr.py): tesseract's language pack for this language, and the
# script its orientation and script detection names (a scan of unknown language is probed by
# script first).
OCR_PACK = "rus"
OCR_SCRIPT = "Cyrillic"
# How tesseract finds the page's lines (its --psm): 3, its own page analysis (columns, blocks).
OCR_PSM = 3

# Words naming a language -> ISO 639-1 code. Russian documents print the masthead in English
# ("Original: English"), older ones in Russian ("Подлинный текст: английский").
LANGUAGE_NAMES: dict[str, str] = {
    "английский": "en",
    "арабский": "ar",
    "испанский": "es",
    "китайский": "zh",
    "русский": "ru",
    "французский": "fr",
    "arabic": "ar",
    "chinese": "zh",
    "english": "en",
    "french": "fr",
    "russian": "ru",
    "spanish": "es",
}

# Nominative, genitive ("2 декабря 2004 года") and prepositional ("в марте 2016 года").
MONTHS: dict[str, int] = {
    "январь": 1,
    "января": 1,
    "январе": 1,
    "февраль": 2,
    "февраля": 2,
    "феврале": 2,
    "март": 3,
    "марта": 3,
    "марте": 3,
    "апрель": 4,
    "апреля": 4,
    "апреле": 4,
    "май": 5,
    "мая": 5,
    "мае": 5,
    "июнь": 6,
    "июня": 6,
    "июне": 6,
    "июль": 7,
    "июля": 7,
    "июле": 7,
    "август": 8,
    "августа": 8,
    "августе": 8,
    "сентябрь": 9,
    "сентября": 9,
    "сентябре": 9,
    "октябрь": 10,
    "октября": 10,
    "октябре": 10,
    "ноябрь": 11,
    "ноября": 11,
    "ноябре": 11,
    "декабрь": 12,
    "декабря": 12,
    "декабре": 12,
}

# "2 декабря 2004 года"; groups day, month (a MONTHS key), year.
# A month of a year without its day: "в мае 2024 года", "май 2024 года".
MONTH_YEAR: str = (
    r"(?i)(?<!\w)(?<!\d\s)(?P<month>январ[ьея]|феврал[ьея]|март[еа]?|апрел[ьея]|ма[йея]|июн[ьея]|июл[ьея]"
    r"|август[еа]?|сентябр[ьея]|октябр[ьея]|ноябр[ьея]|декабр[ьея])\s+(?P<year>\d{4})"
    r"\s*(?:года|г\.)"
)
DATE: str = (
    r"(?<!\w)(?P<day>\d{1,2})\s+"
    r"(?P<month>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября"
    r"|декабря)\s+(?P<year>\d{4})(?:\s*(?:года|г\.))?"
)

# The end of a date range written after a full date (none in this language: ranges print the
# end date in full).
DATE_RANGE_END: str = ""

ENACTING: dict[str, str] = {
    "Генеральная Ассамблея": "GA",
    "Совет Безопасности": "SC",
    "Экономический и Социальный Совет": "ECOSOC",
    "Совет по правам человека": "HRC",
}

PREAMBULAR: dict[str, str] = {
    "ссылаясь на": "recall",
    "ссылаясь": "recall",
    "напоминая": "recall",
    "напоминая о": "recall",
    "напоминая государствам": "remind",
    "напоминая всем государствам": "remind",
    "признавая": "recognize",
    "констатируя": "acknowledge",
    "вновь подтверждая": "reaffirm",
    "подтверждая вновь": "reaffirm",
    "вновь заявляя": "reiterate",
    "вновь призывая": "reiterate",
    "вновь обращаясь": "reiterate",
    # "Reiterating its concern / appreciation" (reiterate in English) said "again"
    "вновь выражая": "reiterate",
    "отмечая": "note",
    "принимая к сведению": "take_note",
    "приветствуя": "welcome",
    "выражая": "express",
    "заявляя о": "express",
    "вновь заявляя о": "reiterate",
    "подчеркивая": "stress",
    "особо отмечая": "emphasize",
    "особо указывая": "underscore",
    "особо подчеркивая": "highlight",
    "акцентируя внимание": "underscore",
    "обращая особое внимание": "underline",
    "подтверждая": "reaffirm",
    "заявляя": "affirm",
    "утверждая": "affirm",
    "считая": "recognize",
    "полагая": "consider",
    "рассмотрев": "consider",
    "получив": "consider",
    "изучив": "consider",
    "заслушав": "hear",
    "памятуя": "bear_in_mind",
    "принимая во внимание": "bear_in_mind",
    "имея в виду": "bear_in_mind",
    "учитывая": "recognize",
    "с учетом": "take_into_account",
    "будучи обеспокоена": "be_concerned",
    "будучи обеспокоен": "be_concerned",
    "будучи обеспокоены": "be_concerned",
    "будучи озабочена": "be_concerned",
    "будучи озабочен": "be_concerned",
    "будучи озабочены": "be_concerned",
    "будучи по-прежнему обеспокоена": "be_concerned",
    "будучи по-прежнему обеспокоен": "be_concerned",
    "испытывая обеспокоенность": "be_concerned",
    "будучи встревожена": "be_alarmed",
    "будучи встревожен": "be_alarmed",
    "будучи потрясена": "be_alarmed",
    "будучи потрясен": "be_alarmed",
    "будучи убеждена": "be_convinced",
    "будучи убежден": "be_convinced",
    "будучи убеждены": "be_convinced",
    "будучи уверена": "be_convinced",
    "будучи уверен": "be_convinced",
    "сознавая": "be_aware",
    "осознавая": "be_aware",
    "будучи осведомлена": "be_aware",
    "будучи преисполнена решимости": "resolve",
    "будучи преисполнен решимости": "resolve",
    "будучи исполнена решимости": "resolve",
    "будучи полна решимости": "resolve",
    "преисполненная решимости": "resolve",
    "будучи привержена": "commit",
    "будучи привержен": "commit",
    "обязуясь": "commit",
    "руководствуясь": "be_guided",
    "желая": "desire",
    "стремясь": "desire",
    "порицая": "deplore",
    "сожалея": "regret",
    "выражая сожаление": "deplore",
    "осуждая": "condemn",
    "отвергая": "reject",
    "отклоняя": "reject",
    "высоко оценивая": "commend",
    "воздавая должное": "pay_tribute",
    "отдавая дань уважения": "pay_tribute",
    "ценя": "appreciate",
    "поощряя": "encourage",
    "будучи воодушевлена": "be_encouraged",
    "будучи воодушевлен": "be_encouraged",
    "настоятельно призывая": "urge",
    "призывая": "call_upon",
    "обращаясь с призывом": "call_upon",
    "призывая к": "call_for",
    "обращаясь с просьбой": "request",
    "прося": "request",
    "предлагая": "invite",
    "приглашая": "invite",
    "поддерживая": "support",
    "одобряя": "welcome",
    "определяя": "determine",
    "констатируя, что положение": "determine",
    "действуя": "act",
    "ожидая": "look_forward",
    "с нетерпением ожидая": "look_forward",
    "обращая внимание": "draw_attention",
    "выражая уверенность": "trust",
    "опираясь на": "build_on",
    "основываясь на": "build_on",
    # Marked so by the UN (its XML of sessions 77-78: scripts/harvest_phrases.py).
    "выражая обеспокоенность": "express",
    "с большой обеспокоенностью отмечая": "note",
    "выражая глубокую обеспокоенность": "express",
    "выражая озабоченность": "express",
    "рекомендуя": "encourage",
    "выражая глубокую озабоченность": "express",
    "выражая признательность": "express",
    "выражая серьезную обеспокоенность": "express",
    "подтверждая свою приверженность": "reaffirm",
    "выражая серьезную озабоченность": "express",
    "выражая глубочайшую озабоченность": "express",
    "отдавая должное": "commend",
    "повторяя": "reiterate",
    "c удовлетворением отмечая": "note",
    "будучи крайне обеспокоена": "be_concerned",
    "приветствуя в этой связи": "welcome",
    "считая необходимым": "recognize",
    "признавая и подтверждая": "recognize",
    "выражая глубокое сожаление": "express",
    "испытывая озабоченность": "be_concerned",
    "отмечая в этой связи": "note",
    "выражая свою признательность": "express",
    "акцентируя": "underscore",
    "с глубоким беспокойством отмечая": "note",
    "выражая удовлетворение": "express",
    "подтверждая свою убежденность": "reiterate",
    "подтверждая свою решимость": "reaffirm",
    "выражая глубокую признательность": "express",
    # "Remaining deeply concerned", "Expressing continued concern", "Continuing to take the
    # view", "Emphasizing", "Encouraging", "Welcoming" as the UN's Russian words them
    "продолжая испытывать обеспокоенность": "be_concerned",
    "продолжая испытывать глубокую обеспокоенность": "be_concerned",
    "продолжая выражать обеспокоенность": "express",
    "продолжая считать": "consider",
    "делая особый упор": "stress",
    "высказываясь": "encourage",
    "позитивно отмечая": "welcome",
    "позитивно оценивая": "welcome",
    # "Seriously concerned", "Highlighting", "Paying tribute to the memory" as the UN's Russian
    # words them
    "испытывая серьезную обеспокоенность": "be_concerned",
    "будучи сильно озабочена": "be_concerned",
    "особо выделяя": "highlight",
    "отдавая долг памяти": "pay_tribute",
    "отдавая дань памяти": "pay_tribute",
    # The Security Council's (its XML of 2020-2021): the key of the English each translates
    "выражая тревогу": "express",
    "присоединяясь": "reiterate",  # "Echoing"
    "положительно оценивая": "welcome",
    "высоко оценивая и поощряя": "commend",
    "повторяя свою просьбу": "reiterate",
    "рассчитывая": "look_forward",
    "особо заявляя": "stress",
    "требуя": "demand",
}

OPERATIVE: dict[str, str] = {
    "напоминает": "recall",
    "ссылается на": "recall",
    "ссылается": "recall",
    "напоминает государствам": "remind",
    "напоминает всем государствам": "remind",
    "признает": "recognize",
    "констатирует": "acknowledge",
    "вновь подтверждает": "reaffirm",
    "подтверждает вновь": "reaffirm",
    "вновь заявляет": "reiterate",
    "вновь призывает": "reiterate",
    "вновь обращается": "reiterate",
    # "Reiterates its request / invitation / appreciation" (reiterate in English) said "again"
    "вновь просит": "reiterate",
    "вновь предлагает": "reiterate",
    "вновь выражает": "reiterate",
    "отмечает": "note",
    "принимает к сведению": "take_note",
    "приветствует": "welcome",
    "выражает": "express",
    "заявляет о": "express",
    "вновь заявляет о": "reiterate",
    "подчеркивает": "stress",
    "особо отмечает": "emphasize",
    "особо указывает": "underscore",
    "особо подчеркивает": "emphasize",
    "акцентирует внимание": "underscore",
    "обращает особое внимание": "underline",
    "подтверждает": "reaffirm",
    "заявляет": "affirm",
    "утверждает, что": "affirm",
    "считает": "recognize",
    "полагает": "consider",
    "учитывает": "recognize",
    "принимает во внимание": "recognize",
    "обеспокоена": "be_concerned",
    "по-прежнему обеспокоена": "be_concerned",
    "по-прежнему обеспокоен": "be_concerned",
    "по-прежнему озабочена": "be_concerned",
    "встревожена": "be_alarmed",
    "убеждена": "be_convinced",
    "по-прежнему убеждена": "be_convinced",
    "по-прежнему убежден": "be_convinced",
    "сознает": "recognize",
    "осознает": "be_aware",
    "преисполнена решимости": "resolve",
    "исполнена решимости": "resolve",
    "обязуется": "commit",
    "берет на себя обязательство": "commit",
    "порицает": "deplore",
    "выражает сожаление": "deplore",
    "сожалеет": "regret",
    "осуждает": "condemn",
    "отвергает": "reject",
    "отклоняет": "reject",
    "высоко оценивает": "commend",
    "дает высокую оценку": "commend",
    "поздравляет": "commend",
    "воздает должное": "pay_tribute",
    "отдает дань уважения": "pay_tribute",
    "ценит": "appreciate",
    "поощряет": "encourage",
    "настоятельно призывает": "urge",
    "призывает": "call_upon",
    "обращается с призывом": "call_upon",
    "вновь обращается с призывом": "reiterate",
    "призывает к": "call_for",
    "просит": "request",
    "обращается с просьбой": "request",
    "вновь обращается с просьбой": "reiterate",
    "предлагает": "invite",
    "приглашает": "invite",
    "постановляет": "decide",
    "решает": "decide",
    "поддерживает": "support",
    "одобряет": "endorse",
    "утверждает": "approve",
    "принимает": "adopt",
    "уполномочивает": "authorize",
    "санкционирует": "authorize",
    "разрешает": "authorize",
    "требует": "demand",
    "поручает": "direct",
    "учреждает": "establish",
    "создает": "establish",
    "объявляет": "declare",
    "провозглашает": "declare",
    "определяет": "determine",
    "рекомендует": "encourage",
    # the same verb with its actor in a clause ("рекомендует, чтобы Управление продолжало"):
    # the English "Recommends that"; as an ask it is "Encourages" (ANALYSIS "ask_as")
    "рекомендует, чтобы": "recommend",
    "соглашается": "agree",
    "выражает согласие": "agree",
    "принимает приглашение": "accept",
    "принимает предложение": "accept",
    "с нетерпением ожидает": "look_forward",
    "с интересом ожидает": "look_forward",
    "ожидает": "look_forward",
    "обращает внимание": "draw_attention",
    "привлекает внимание": "draw_attention",
    "сохраняет": "maintain",
    "вносит изменения": "amend",
    "вносит поправки": "amend",
    "изменяет": "amend",
    "ассигнует": "appropriate",
    # First person plural (declarations).
    "мы напоминаем": "recall",
    "мы ссылаемся на": "recall",
    "мы признаем": "recognize",
    "мы констатируем": "acknowledge",
    "мы вновь подтверждаем": "reaffirm",
    "мы вновь заявляем": "reiterate",
    "мы отмечаем": "note",
    "мы принимаем к сведению": "take_note",
    "мы приветствуем": "welcome",
    "мы с удовлетворением": "welcome",
    "мы выражаем": "express",
    "выражаем": "express",
    "мы подчеркиваем": "stress",
    "мы особо отмечаем": "emphasize",
    "мы особо подчеркиваем": "underline",
    "мы акцентируем внимание": "underscore",
    "мы обращаем особое внимание": "highlight",
    "мы подтверждаем": "reaffirm",
    "мы заявляем": "affirm",
    "мы считаем": "consider",
    "мы полагаем": "consider",
    "мы обеспокоены": "be_concerned",
    "мы убеждены": "be_convinced",
    "мы сознаем": "be_aware",
    "мы осознаем": "be_aware",
    "мы преисполнены решимости": "resolve",
    "мы полны решимости": "resolve",
    "мы обязуемся": "commit",
    "мы вновь обязуемся": "commit",
    "мы продолжим": "commit",
    "мы будем": "commit",
    "мы должны": "commit",
    "мы осуждаем": "condemn",
    "мы порицаем": "deplore",
    "мы высоко оцениваем": "commend",
    "мы ценим": "appreciate",
    "мы поощряем": "encourage",
    "мы настоятельно призываем": "urge",
    "мы настойчиво призываем": "urge",
    "мы призываем": "call_upon",
    "мы призываем к": "call_for",
    "мы настаиваем на": "call_for",
    "мы просим": "request",
    "мы предлагаем": "invite",
    "мы постановляем": "decide",
    "мы решаем": "decide",
    "мы поддерживаем": "support",
    "мы одобряем": "endorse",
    "мы принимаем": "adopt",
    "мы соглашаемся": "agree",
    "мы объявляем": "declare",
    "мы с нетерпением ожидаем": "look_forward",
    # Marked so by the UN (its XML of sessions 77-78: scripts/harvest_phrases.py).
    "выражает признательность": "express",
    "выражает обеспокоенность": "express",
    "выражает глубокую обеспокоенность": "express",
    "высказывается": "encourage",
    "выражает свою признательность": "express",
    "настоятельно рекомендует": "encourage",
    "выражает серьезную обеспокоенность": "express",
    "выражает озабоченность": "express",
    "выражает серьезную озабоченность": "express",
    "обращается": "call_upon",
    "выражает глубокую озабоченность": "express",
    "выражает удовлетворение": "welcome",
    "приветствует и поддерживает": "welcome",
    "безоговорочно осуждает": "condemn",
    "самым настоятельным образом призывает": "urge",
    "поддерживает и поощряет": "support",
    "заявляет о своей решимости": "resolve",
    "подтверждает свою приверженность": "reaffirm",
    "акцентирует": "emphasize",
    "выступает": "support",
    "выражает глубокую признательность": "express",
    "считает важным": "consider",
    "выражает сожаление и самое решительное осуждение": "deplore",
    "предлагает и рекомендует": "invite",
    "c озабоченностью отмечает": "note",
    "повторяет": "reiterate",
    "отдает должное": "commend",
    "повторяет свое требование": "reiterate",
    "повторяет свой призыв": "reiterate",
    "рассчитывает": "look_forward",
    "с большой обеспокоенностью отмечает": "note",
    "положительно оценивает": "appreciate",
    "высказывается за": "encourage",
    "c удовлетворением отмечает": "note",
    "подтверждает свою решимость": "reaffirm",
    "подтверждает свое обязательство": "reaffirm",
    "выражает особую обеспокоенность": "express",
    "считает необходимым": "recognize",
    "выражает весьма серьезную обеспокоенность": "express",
    # "Strongly encourages", "Reiterates", "Urgently requests", "Underscores", "Objects to",
    # "Remains deeply concerned" as the UN's Russian words them
    "убедительно рекомендует": "encourage",
    "повторно рекомендует": "encourage",
    "вновь указывает": "reiterate",
    "вновь указывает на": "reiterate",
    "настоятельно просит": "request",
    "придает особое значение": "stress",
    "возражает против": "reject",
    "испытывает глубокую обеспокоенность": "be_concerned",
    "продолжает испытывать глубокую обеспокоенность": "be_concerned",
    # The Security Council's (its XML of 2020-2021): the key of the English each translates
    "выражает намерение": "express",
    "выражает особую озабоченность": "express",
    "выражает свою озабоченность": "express",
    "выражает готовность": "express",
    "выражает разочарование": "express",
    "заявляет о своем намерении": "express",
    "заявляет о своей поддержке": "express",
    "подтверждает свое требование": "reiterate",
    "приветствует и поощряет": "welcome",
    "признает и поощряет": "recognize",
    "обращается с просьбой и призывом": "request",
    "сохраняет обеспокоенность": "be_concerned",
    "сохраняет глубокую обеспокоенность": "be_concerned",
    "особо выделяет": "highlight",
    "особо заявляет": "stress",
    "возобновляет": "reiterate",  # "Renews"
    "продолжает настоятельно призывать": "urge",
    "уточняет": "affirm",  # "Clarifies"
    # the UN's Russian for "Continues to urge", "Continues to call upon", "Encourages"
    "продолжает призывать": "call_upon",
    "побуждает": "encourage",
    # "Reiterates its strong encouragement" (as "вновь призывает" is "Reiterates its call")
    "вновь настоятельно рекомендует": "reiterate",
}

# "призывает" renders both "Calls upon" (an actor in the accusative: "призывает государства
# обеспечить") and "Calls for" (an infinitive with no actor: "призывает обеспечить доступ",
# calls for ensuring access; "призывает незамедлительно принять меры"): the infinitive, after
# up to two adverbs or additives ("призывает также уважать", and also calls for respect; "более
# решительно и без промедления принимать"), makes
# it a call for something, which asks no one
_INFINITIVE = (
    r"\s*(?:(?:[а-яё]+но(?:\s+и\s+(?:[а-яё]+но|без\s+промедления))?|без\s+промедления"
    r"|в\s+полной\s+мере|и\s+впредь|(?:еще\s+)?более|как\s+можно\s+\w+"
    r"|также|далее|вновь|еще\s+раз"
    r"|в\s+(?:этом|данном)\s+контексте|в\s+этой\s+связи),?\s+){0,2}"
    r"(?:[а-яё]+(?:ать|ять|еть|ить|оть|уть|ыть|ться|чь)|[а-яё]*(?:вести|нести|йти))(?![а-яё])"
)
ACTIONS_BY_OBJECT: dict[str, tuple[tuple[str, str], ...]] = {
    "призывает": (
        (_INFINITIVE, "call_for"),
        # "и призывает в этой связи к осуществлению ...": "к" after an aside, calls for
        (r"\s*,?\s*(?:в\s+этой\s+связи|в\s+этом\s+контексте),?\s+к\s", "call_for"),
        # "призывает — в свете ... — к принятию мер": "к" after an aside between dashes
        (r"\s*—[^—;]{1,400}—\s*к\s", "call_for"),
    ),
    # "призывает к тому, чтобы государства ...": the actor named in the clause is called upon
    "призывает к": ((r"\s*тому\s*,\s*чтобы\b", "call_upon"),),
    "продолжает призывать": ((_INFINITIVE, "call_for"),),
    # "предлагает вниманию правительств ..." is "Commends to the attention of Governments":
    # nothing asked
    "предлагает": ((r"\s+(?:(?:также|вновь|далее|еще\s+раз)\s+)?вниманию\b", "commend"),),
}

ADDITIVES: tuple[str, ...] = (
    "также",
    "далее",
    "вновь",
    "еще раз",
    "ещё раз",
    "кроме того",
    "снова",
    "в свою очередь",
    "однако",
    "тем не менее",
    "при этом",
)

MODIFIERS: dict[str, str] = {
    "с удовлетворением": "with satisfaction",
    "с большим удовлетворением": "with great satisfaction",
    "с признательностью": "with appreciation",
    "с благодарностью": "with gratitude",
    "с интересом": "with interest",
    "с обеспокоенностью": "with concern",
    "с озабоченностью": "with concern",
    "с беспокойством": "with concern",
    "с глубокой обеспокоенностью": "with deep concern",
    "с глубокой озабоченностью": "with deep concern",
    "с серьезной обеспокоенностью": "with serious concern",
    "с серьезной озабоченностью": "with serious concern",
    "с тревогой": "with alarm",
    "с глубокой тревогой": "with deep alarm",
    "с растущей обеспокоенностью": "with growing concern",
    "с большой озабоченностью": "with great concern",
    "с особым интересом": "with particular interest",
    "с сожалением": "with regret",
    "с глубоким сожалением": "with deep regret",
    "глубоко": "deeply",
    "крайне": "extremely",
    "по-прежнему": "still",
    "серьезно": "seriously",
    "решительно": "strongly",
    "самым решительным образом": "in the strongest terms",
    "твердо": "firmly",
    "полностью": "fully",
    "торжественно": "solemnly",
    "срочно": "urgently",
    "горячо": "warmly",
    "недвусмысленно": "unequivocally",
    "должным образом": "duly",
    "с особым удовлетворением": "with particular satisfaction",
}

PREAMBULAR_PREFIXES: tuple[str, ...] = ()

# Prepositions a verb governs that end a table phrase but that the UN does not print in italics
# (bold in Arabic and Chinese) with it: "ссылаясь на" is marked "ссылаясь". The phrase keeps its
# table key and action; its printed extent leaves them out.
UNMARKED_PARTICLES: tuple[str, ...] = ("на", "о", "к", "чтобы")
# Whether a paragraph's first word is capitalized (Russian paragraphs open in lower case): a flattened text is cut only
# before a capitalized leading phrase where it is.
CAPITALIZED_PARAGRAPHS: bool = False

EQUIVALENT_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("stress", "emphasize", "underline", "underscore", "highlight"),
    ("recognize", "acknowledge", "take_into_account", "note"),
    ("reaffirm", "affirm", "reiterate"),
    ("encourage", "call_upon", "recommend", "support", "urge"),
    ("call_upon", "call_for", "urge"),
    ("recall", "remind", "take_note", "bear_in_mind"),
    ("note", "take_note"),
    ("bear_in_mind", "take_into_account", "consider"),
    ("endorse", "approve", "agree"),
    ("adopt", "accept"),
    ("commend", "appreciate", "pay_tribute"),
    ("invite", "request", "recommend", "direct"),
    ("express", "be_concerned"),
    ("consider", "be_convinced"),
    ("commit", "resolve"),
    ("reiterate", "call_upon", "call_for", "demand", "express"),
    ("recognize", "bear_in_mind"),  # "Sachant", "учитывая": "Recognizing", "Bearing in mind"
)

ANNEX_NUMBERS: dict[str, int] = {
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
    "xi": 11,
    "xii": 12,
    "xiii": 13,
    "xiv": 14,
    "xv": 15,
    "xvi": 16,
    "xvii": 17,
    "xviii": 18,
    "xix": 19,
    "xx": 20,
    **{str(n): n for n in range(1, 21)},
}

_DATE = r"\d{1,2}\s+[^\W\d_]+\s+\d{4}(?:\s*года)?"  # "2022года" as printed too

# Sub-item letters printed otherwise than in Latin -> Latin letter (none here).
SUBITEM_LETTERS: dict[str, str] = {}

# Frequent function words, for telling apart languages that share a script (langid.py).
FUNCTION_WORDS: tuple[str, ...] = ("и", "в", "на", "по", "с", "о", "для", "что", "его", "ее")

# Letters that only end a word, in a script written right to left (none here; see ar.py).
FINAL_ONLY_LETTERS: str = ""

MASTHEAD: dict[str, str] = {
    "distribution": (
        r"^(?:Distr\.?|Распространение)\s*:?\s*(?P<value>General|Limited|Restricted|общее"
        r"|ограниченное)\b"
    ),
    "original": r"^(?:Original|Подлинный\s+текст|Язык\s+оригинала)\s*:\s*(?P<value>\w+)",
    "session": (r"^(?P<ordinal>[\w\- ]+?)\s+(?:чрезвычайная\s+)?(?:специальная\s+)?сесси[яи]\b"),
    "agenda_item": (
        r"^(?:Предварительн\w+\s+)?Пункты?\s+(?P<value>.+?)\s+(?:предварительной\s+)?"
        r"повестки\s+дня\s*$"
    ),
    "adopted": (
        r"^(?-i:Резолюци[яи]),?\s+принят(?:ая|ые)\s+(?P<body>.+?)(?:\s+(?P<date>"
        + _DATE
        + r"))?\s*$"
    ),
    "drafts": (r"^[\[(](?:без\s+передачи\s+в\s+главн\w+\s+комитет\w*|по\s+докладу)"),
    "meeting": r"^(?P<value>\d+\s*-?\s*е\s+пленарное\s+заседание)\s*$",
    # Heading and adoption line of a Security Council resolution ("Резолюция 2505 (2020),",
    # "принятая Советом Безопасности на его 8701‑м заседании 13 января 2020 года").
    "sc_resolution": (
        r"^(?:Резолюция\s+(?P<num>\d{1,4})\s*\((?P<year>(?:19|20)\d\d)\)"
        r"|(?P<num2>\d{1,4})\s*\((?P<year2>(?:19|20)\d\d)\)\.?\s+Резолюция)"
        r"(?:,?\s+от\s+(?P<date>" + _DATE + r"))?[,.]?\s*$"
    ),
    "sc_adoption": (
        # lower case only where the Council or its meeting follows: a wrapped line "принятая
        # 28 сентября 2023 года," inside a paragraph (a resolution "adopted on") is no such line
        r"^(?:(?-i:Принята)\s+(?=единогласно|без\s|Советом\s+Безопасности|на\s|\d)"
        r"|(?-i:принятая)\s+(?=единогласно|без\s|Советом\s+Безопасности|на\s+(?:его\s+)?\d))"
        r"(?:единогласно\s+)?(?:Советом\s+Безопасности\s*)?"
        r"(?:на\s+(?:его\s+)?(?P<meeting>\d{1,5}\s*[-‐‑]?\s*(?:м\s*)?заседании))?"
        r"(?:[^.]*?(?P<date>" + _DATE + r"))?"
    ),
    "annex": r"^Приложение(?:\s+(?P<number>[IVXL]+|\d+|[A-HАВСЕН]))?\s*$",
    "explanatory_memorandum": r"^Пояснительная\s+записка\s*$",
    "draft_resolution": r"(?<!\w)проект\s+(?:резолюции|решения)(?!\w)",
    "draft_decision": r"(?<!\w)проект\s+решения(?!\w)",
    "report_of": r"^(?:Доклад|Записка)\b",
    "letter": (
        r"^(?:Идентичные\s+письма|Письмо)\s+(?:(?P<sender>.+?)\s+)?от\s+(?P<date>" + _DATE + r")"
        r"\s+(?:(?P<sender2>.+?)\s+)?на\s+имя\s+(?P<addressee>.+?)\s*$"
    ),
    "signed": r"^\((?:Подпись|Подписано|Подписал[аи]?)\)\s*(?P<value>.+)$",
    "request_item": (
        r"(?<!\w)(?:просьба\s+о\s+включении\s+(?:дополнительного|нового)\s+пункта"
        r"|включени[еия]\s+дополнительного\s+пункта)"
    ),
}

# Beginnings of the words that qualify a session and may stand between its ordinal and the word
# for "session": between the ordinal and "сессия" ("десятая чрезвычайная специальная сессия"), any case.
SESSION_QUALIFIERS: tuple[str, ...] = ("чрезвычайн", "специальн")

# Patterns of the analysis stage (see en.py for the keys).
ANALYSIS: dict[str, str] = {
    "session": (
        r"(?P<ord>(?:[а-яё-]+,?\s+){0,6}(?:[а-яё-]+|\d{1,3}-?[а-я]{0,3}))"
        r"\s+(?:\(возобновленной\)\s+)?сесси(?:ях|ям|ями|ий|ей|[ияюей])\b"
    ),
    "next_session": r"\b(?:ее|своей)\s+следующей\s+сесси[ияюей]\b",
    "current_session": r"\b(?:ее|своей)\s+(?:нынешней|текущей)\s+сесси[ияюей]\b",
    "report_request": (
        r"(?:просит|предлагает|призывает|рекомендует|поручает|просьб(?:у|ой|а))[^;:]{0,1000}?"
        # not a duty the paragraph recalls ("их обязательство представлять доклады")
        r"(?:(?<!обязательство\s)(?<!обязательства\s)"
        r"\b(?:представить|представлять|подготовить|готовить|препроводить|направить)\b"
        # a quoted item's title may stand between; not a report already written ("препроводить
        # этот доклад", transmit this report)
        # a report ("доклад"), or a State's return ("представлять ... отчеты о своих военных расходах"),
        # not the record of a debate or meeting ("отчеты о прениях", "краткий отчет об этом заседании")
        r"(?:[^;:«]|«[^»]{0,400}»){0,320}?(?<!\bэтот\s)(?<!\bданный\s)(?<!\bуказанный\s)(?:доклад|(?<!под)отчет(?!ност)(?!\w*\s+(?:о|об)\s+(?:прениях|(?:этом\s+|этой\s+)?(?:заседани|совещани|встрече|мероприяти))))"
        # the subjunctive: "просит, чтобы Генеральный секретарь ... представил ... доклад"
        r"|\bчтобы\b[^;:]{0,200}?\b(?:представил|подготовил|препроводил)[аио]?\b[^;:]{0,250}?доклад"
        r"|\bдоложить\b|\bдокладывать\b|\bотчит(?:аться|ываться)\b"
        # to include in a report; not what others' information is for ("с тем чтобы эту информацию
        # можно было включить в доклад"), nor a report in a quoted title ("включить тему «Доклад")
        r"|(?<!можно\sбыло\s)\bвключ(?:ить|ать)\b[^;:«]{0,300}?доклад"
        # to consider including in a report ("рассмотреть вопрос о включении в свои доклады")
        r"|\b(?:вопрос\s+о\s+включении|возможность\s+включения)\b[^;:«]{0,200}?доклад"
        # to keep the Assembly informed: "держать Генеральную Ассамблею в курсе"
        r"|\bдержать\s+(?:Генеральн\w+\s+)?Ассамбле\w+\s+(?:\w+\s+)?в\s+курсе\b"
        # to update the Assembly: "представить Генеральной Ассамблее обновленную информацию"
        r"|\bпредстав(?:ить|лять)\s+Генеральной\s+Ассамблее\s+(?:[^;:]{0,80}?\s)?(?:обновленную\s+)?информацию\b"
        # information at a session: "представить информацию по этому вопросу на ее семьдесят восьмой сессии"
        r"|\bпредстав(?:ить|лять)\s+(?:[^;:]{0,80}?\s)?информацию\b[^;:]{0,120}?\bна\s+(?:ее|своей)\s+[^;:]{0,60}?сесси"
        # to inform the Assembly: "информировать Генеральную Ассамблею", "сообщать Генеральной Ассамблее"
        r"|\b(?:информирова\w*|сообщ(?:ить|ать|ил|ал))\s+(?:\w+\s+)?Генеральн\w+\s+Ассамбле\w*"
        # information asked in a coming report, the verb before or after it
        r"|\b(?:дать|давать|представить|представлять|привести|приводить|изложить|отразить|осветить)\b"
        r"[^;:]{0,250}?\bв\s+(?:контексте\s+)?(?:свое[мй]|своих|ее|его|их|следующ\w+|будущих|очередном)\s+"
        r"(?:\w+\s+){0,2}?(?:доклад|отчет(?!ност))"
        r"|\bв\s+(?:контексте\s+)?(?:свое[мй]|своих|ее|его|их|следующ\w+|будущих|очередном)\s+(?:\w+\s+){0,2}?доклад\w*"
        r"[^;:]{0,200}?\b(?:дать|давать|представить|представлять|включить|включать|привести|приводить"
        r"|изложить|излагать|отразить|отражать|осветить|освещать)\b"
        r"|\bв\s+(?:своем|своих|ее|его|их)\s+(?:следующ\w+\s+|ежегодн\w+\s+|будущ\w+\s+)?доклад\w*\s+Генеральной\s+Ассамбле)"
    ),
    "agenda_include": r"\bвключить\b[^;]{0,300}?\bв\s+(?:предварительную\s+повестку\s+дня|проект\s+повестки\s+дня)\s+(?:своей|своих|ее|этой|той|указанной)\b",
    "under_item": r"\bв\s+рамках\s+пункта,?\s+озаглавленного\s*$",
    "series_title_before": r"(?:\bо\b|\bоб\b|озаглавленн\w+|касающ\w+)\s*«?\s*$",
    "series_title_after": r"^\s*»?\s*(?:[,;.:(]|и\b|$)",
    "series_title_then": r"^\s*»?\s*,?\s*(?:включая|в\s+том\s+числе)\s+(?:свою\s+|свои\s+)?резолюци\w*",
    "series_which": r"^\W*(?:от\W+)?(?:в|согласно)\s+которой\b",
    # what a resolution recalled with a clause of series_which did once (proclaimed, designated,
    # endorsed, convened, established, adopted, granted ...): another act, not the series' text
    "series_once": r"\s*(?:она\s+)?(?:также\s+)?(?:постановила\s+(?:провести|посвятить|организовать)\b|(?:постановила\s+)?(?:провозгласи|объяви|одобри|созва|учреди|созда|принял|предостави))",
    # besides "in particular", the preposition of the lead ("ссылаясь также на свою резолюцию")
    "series_lead_aside": r"\bв\s+частности\b|\bна\b",
    # a predecessor named without the title: "все свои предыдущие резолюции по этому вопросу,
    # последней из которых является резолюция 76/163" ("many": a list follows, "в частности
    # резолюции 71/59 ..., 73/43 ... и 75/46"); "свою резолюцию 75/90 ... и все свои предыдущие
    # резолюции по данному вопросу," (the words after one recent resolution)
    "series_latest": (
        r"(?:\bсво\w*\s+(?:[^\W\d_]+\s+){0,3}резолюци\w*\b[^;]*?,\s*последн\w+\s+из\s+которых\s+"
        r"(?:является|являются|была|были|стала)"
        r"|\bсво\w*\s+предыдущ\w+\s+резолюци\w*\s+по\s+(?:этому|данному)\s+(?:вопросу|теме),\s*"
        r"(?:в\s+частности|в\s+том\s+числе|включая))"
        r"\s+(?:свою\s+|свои\s+)?резолюци(?:я|ю|(?P<many>и|ям|ями))\s*$"
    ),
    # the latest of its own and others' resolutions ("все свои соответствующие резолюции, а также
    # резолюции Совета ..., в том числе на самые последние из них — резолюцию 51/31 Совета ... и
    # резолюцию 76/170 Генеральной Ассамблеи")
    "series_latest_among": (
        r"\bсво\w*\s+(?:[^\W\d_]+\s+){0,2}резолюци\w*\b[^;]*?в\s+том\s+числе\s+(?:на\s+)?"
        r"(?:сам\w+\s+)?последн\w+\b[^;]{0,160}?\bрезолюци\w+\s*$"
    ),
    "series_and_previous": (
        r"^\W*(?:от\W+)?(?:(?:о|об)\s+(?P<subject>[^;]{3,200}?)\s*,?\s+)?"
        r"(?:и|а\s+также)\s+(?:на\s+)?(?:все\s+)?(?:свои\s+)?(?:(?:другие|предыдущие|прежние)\s+)+"
        r"(?:соответствующие\s+)?резолюции"
        r"(?:\s+по\s+(?:этому|данному)\s+(?:вопросу|теме)"
        r"|\s+(?:по\s+вопросу\s+)?(?:о|об)\s+(?P<topic>[^,;.]{3,200}?))?\s*(?:[,;.:]|$)"
    ),
    # the endings of a declined word after its stem (the title in the nominative, "Роль ...",
    # recalled in the prepositional, "о роли ..."): series_endings (nothing, or a case ending)
    "series_endings": (
        r"|[аяоеыиуюйь]|ам|ям|ах|ях|ов|ев|ей|ой|ом|ем|ую|юю|ая|яя|ое|ее|ые|ие|ый|ий|ых|их|ым|им"
        r"|ами|ями|ого|его|ому|ему|ыми|ими"
    ),
    "series_run_closed": r"(?!)",
    # the periodic review of the title's subject ("75/233 ... о четырехгодичном всеобъемлющем
    # обзоре политики в области <title>"): the series' text of its session
    "series_review": (
        r"(?:четырех|трех)годичн\w+\s+всеобъемлющ\w+\s+обзор\w*\s+политики\s+в\s+области\s+$"
    ),
    # the lead of a clause of its own ("..., а также на свою резолюцию 79/501 ...")
    "series_clause_lead": r"[,;]\s*а\s+также\s+(?:на\s+)?(?:свою\s+)?резолюцию\s*$",
    # a citation described before it, as Chinese writes it ("附件载有…案文的2007年12月6日第62/68号决议"):
    # no part of the run that follows (series)
    "series_described_before": r"(?!)",
    # a section of a resolution between two citations: its words ("section II of its resolution")
    # are more than a run's joining words already
    "series_section": r"(?!)",
    # what a word may have before it that the title's has not (series): nothing
    "series_prefixes": r"(?!)",
    # a preposition glued to the first word of a subject it leads to: none
    "series_glued": r"(?!)",
    "series_decision_after": (
        r"\bи\s+(?:сво[её]\s+|свои\s+)?решени\w*\s+\d{1,3}/\d{3}(?:\s+[A-ZА-Я]\b)?(?:\s+от\b)?"
    ),
    "agenda_defer": r"\b(?:отложить|отложила|откладывает|перенести)\b[^;]{0,200}?\b(?:рассмотрени\w+|решени\w+)",
    "sub_item_of": r"\bпункта,?\s+озаглавленного\s*$",
    "entitled": r"\bозаглавленн\w+\s*$",
    "resolution_word": r"\bрезолюци\w*",
    "decision_word": r"\bрешени\w*",
    "sc_word": r"\bСовета?\s+Безопасности\b",
    "rule": r"\bправил\w*\s+(?P<num>\d{1,3})(?P<more>(?:\s*(?:,|и|или)\s*\d{1,3})*)\s+(?:временных\s+)?правил\s+процедуры",
    "charter": r"\bУстав\w*\s+Организации\s+Объединенных\s+Наций\b",
    "annual": r"\bежегодн\w*",
    "biennial": r"\bраз\s+в\s+два\s+года\b|\bкаждые\s+два\s+года\b",
    "triennial": r"\bраз\s+в\s+три\s+года\b|\bкаждые\s+три\s+года\b",
    # a second ask joined by "и", or by the comma alone ("..., призывает все государства ...")
    # or by "а также" (as well as: "..., а также рекомендует государствам ...")
    "conjunction": r"(?:,?\s+а\s+также\s+|[,;]\s*(?:и\s+)?|\s+и\s+)(?:также\s+)?"
    r"(?:,?\s*(?:в\s+этой\s+связи|в\s+этом\s+контексте|с\s+этой\s+целью),?\s+)?",
    # sentence adverbs between a second ask's conjunction and its verb (see en.py)
    # an action that asks as another does: "рекомендует, чтобы Управление продолжало" is three
    # times in four the English "Encourages the Office to continue" (action key "a>b;c>d")
    "ask_as": "recommend>encourage",
    "ask_adverbs": r"поэтому|потому|соответственно|в\s+связи\s+с\s+этим|в\s+частности|в\s+этой\s+связи",
    "session_word": r"сесси",  # a cheap test before the "session" pattern
    "hrc_word": r"\bСовета?\s+по\s+правам\s+человека\b",
    # the organ of a citation (analyze/organs.py)
    "organ_hrc": r"\bСовет\w*\s+по\s+правам\s+человека\b|\bКомисси\w+\s+по\s+правам\s+человека\b",
    "organ_ecosoc": r"\bЭкономическ\w+\s+и\s+[Сс]оциальн\w+\s+[Сс]овет\w*",
    "organ_unea": r"\bАссамбле\w+\s+Организации\s+Объединенных\s+Наций\s+по\s+окружающей\s+среде\b",
    "organ_other": (
        r"\b(?:Ассамбле\w+\s+Организации\s+Объединенных\s+Наций\s+по\s+населенным\s+пунктам"
        r"|Всемирн\w+\s+ассамбле\w+\s+здравоохранения"
        r"|Конференци\w+\s+(?:государств\s*[-–—]\s*)?(?:участников|[Сс]торон)|Совещани\w+\s+[Сс]торон"
        r"|Ассамбле\w+\s+государств\s*[-–—]\s*участников|Исполнительн\w+\s+совет\w*"
        r"|Совет\w*\s+управляющих|Генеральн\w+\s+конференци\w+"
        r"|Комисси\w+(?!\s+международного\s+права)(?!\s+по\s+правам\s+человека)"
        r"|Совет\w*\s+Органа|Ассамбле\w+\s+Органа)"
    ),
    "organ_ga": r"\bГенеральн\w+\s+Ассамбле\w+|\bсво\w+\s+(?=(?:резолюци|решени)\w*)",
    "organ_ga_possessive": r"сво\w+\s*",  # the Assembly's possessive ("its"), not its name
    "not_sc": r"(?:\bобщ\w+\s+рекомендаци\w+|\bзамечани\w+\s+общего\s+порядка|\bКонвенци\w+|№)\s*(?:№\s*)?$",
    "list_joiner": r"(?:,\s*(?:и\s+)?|\sи\s+)$",  # the next item of a list of citations
    # a lone paragraph's kind by its last mark, where its words do not say it (Chinese)
    "preambular_end": ",",
    "operative_end": ";.",
    # what a report is on ("subject": the first group that matched), and the words for the
    # present resolution (resolved to its symbol and title)
    "report_subject": r"(?:доклад\w*|доложить)\b[^;]{0,160}?\s(?:о|об|по\s+вопросу\s+о)\s+(?P<subject>[^,;]{4,250})",
    "subject_end": r"\s+(?:Генеральной\s+Ассамблее\b|на\s+(?:ее|своей)\s+\w+\s+сессии\b|в\s+\d{4}\s+году\b|в\s+рамках\s+пункта\b|и\s*$|и\s+(?:постановляет|включить)\b)",  # where the subject stops: the due session, the item
    "subject_before": "",  # "1": the subject stands before the word report (关于…的报告)
    "present_resolution": r"\bнастоящей\s+резолюции\b",
    "kind_after": "",
    "date_before_citation": "",  # "1": the date of a citation is written before it
    "reordered_numbers": "",  # "1": numbers may be printed reordered (٥٠/٥٩ for 59/50, digits reversed)
    "opening_word": r"\bоткры",  # a decision on when a session opens
}

# Numbers a paragraph states (compare/numbers.py). Clock times, read as "HH:MM": regexes with
# groups hour, minute and, where the language writes one, part (the part of the day).
CLOCK_TIMES: tuple[str, ...] = (
    r"(?P<hour>\d{1,2}) ч(?:ас)?\.(?: ?(?P<minute>\d{2}) м(?:ин)?\.)?",
    # without the abbreviation dots: "с 15 ч 00 мин до 18 ч 00 мин"
    r"(?P<hour>\d{1,2}) ч (?P<minute>\d{2}) мин(?!\w)",
    r"(?:(?<=\bпосле )|(?<=\bв ))(?P<hour>\d{1,2}) час(?:ов|а)?\b",
)
# The decimal sign: where it is a comma, "14.600 millones" is 14,600 million.
DECIMAL_SIGN = ","
# Amounts with a scale word ("2,5 млрд."): the word (a regex, to the word's end), its value.
SCALE_WORDS: tuple[tuple[str, int], ...] = (
    (r"трлн\.?(?!\w)", 10**12),
    (r"триллион\w*(?!\w)", 10**12),
    (r"млрд\.?(?!\w)", 10**9),
    (r"миллиард\w*(?!\w)", 10**9),
    (r"млн\.?(?!\w)", 10**6),
    (r"миллион\w*(?!\w)", 10**6),
)
# Duals of a scale word ("مليوني", two million): a regex and the value.
SCALE_DUALS: tuple[tuple[str, int], ...] = ()
# Numbers written in words, 2 and up, in the cases UN texts print them ("десяти основных
# конвенций"): see mandata.lang.en.NUMBER_WORDS.
NUMBER_WORDS: dict[str, int] = {
    **dict.fromkeys(("два", "две", "двух", "двум", "двумя"), 2),
    **dict.fromkeys(("три", "трех", "трёх", "трем", "тремя"), 3),
    **dict.fromkeys(("четыре", "четырех", "четырёх", "четырем", "четырьмя"), 4),
    **{
        f"{stem}{end}": n
        for n, stem in enumerate(("пят", "шест", "сем"), 5)
        for end in ("ь", "и", "ью")
    },
    **dict.fromkeys(("восемь", "восьми", "восемью"), 8),
    **{
        f"{stem}{end}": n
        for n, stem in ((9, "девят"), (10, "десят"), (20, "двадцат"), (30, "тридцат"))
        for end in ("ь", "и", "ью")
    },
    **{
        f"{stem}{end}": n
        for n, stem in enumerate(
            (
                "одиннадцат",
                "двенадцат",
                "тринадцат",
                "четырнадцат",
                "пятнадцат",
                "шестнадцат",
                "семнадцат",
                "восемнадцат",
                "девятнадцат",
            ),
            11,
        )
        for end in ("ь", "и", "ью")
    },
    **dict.fromkeys(("сорок", "сорока"), 40),
    **dict.fromkeys(("пятьдесят", "пятидесяти"), 50),
    **dict.fromkeys(("шестьдесят", "шестидесяти"), 60),
    **dict.fromkeys(("семьдесят", "семидесяти"), 70),
    **dict.fromkeys(("восемьдесят", "восьмидесяти"), 80),
    **dict.fromkeys(("девяносто", "девяноста"), 90),
    **dict.fromkeys(("сто", "ста"), 100),
    **dict.fromkeys(("тысяча", "тысячи", "тысяч", "тысячу"), 1000),
}
# Whether text from UN PDFs prints the groups of a large number in reverse order.
REVERSED_NUMBER_GROUPS = False
# Month numbers of dates, not numbers of the text (where the month has no name): a regex or "".
NUMERIC_MONTHS = ""

# The search index (registry/tokens.py): the words left out of it (short on purpose, separated
# by spaces) and the Snowball stemmer of the language's words (PyStemmer's name; "" for none).
STOP_WORDS = "а в во и из к как на не о об от по с со что это для или"
STEMMER = "russian"

# Names of States and bodies in running text (entities/inflect.py declines them): the forms the
# rules get wrong (nominative -> genitive, dative, accusative, instrumental, prepositional, or
# none: indeclinable), nouns in the plural and feminine nouns in -ь.
NAME_CASES_IRREGULAR: dict[str, tuple[str, ...]] = {
    "Гвинея-Бисау": ("Гвинеи-Бисау", "Гвинее-Бисау", "Гвинею-Бисау", "Гвинеей-Бисау"),
    "Египет": ("Египта", "Египту", "Египтом", "Египте"),
    "Папуа — Новая Гвинея": (
        "Папуа — Новой Гвинеи",
        "Папуа — Новую Гвинею",
        "Папуа — Новой Гвинеей",
        "Папуа-Новой Гвинеи",
        "Папуа-Новая Гвинея",
    ),
    "Филиппины": ("Филиппин", "Филиппинам", "Филиппинами", "Филиппинах"),
    "Сент-Винсент и Гренадины": (
        "Сент-Винсента и Гренадин",
        "Сент-Винсенту и Гренадинам",
        "Сент-Винсентом и Гренадинами",
        "Сент-Винсенте и Гренадинах",
    ),
    "Тимор-Лешти": ("Тимора-Лешти", "Тимору-Лешти", "Тимором-Лешти", "Тиморе-Лешти"),
    "Бангладеш": (),
    "Тонга": (),
}
NAME_PLURAL_NOUNS: tuple[str, ...] = ("Нидерланды", "Филиппины", "Штаты", "Острова", "Эмираты")
NAME_SOFT_FEMININE: tuple[str, ...] = ("Беларусь",)

# The tables above, as the parser reads them (mypy checks them against LanguageData).
# The words that join a second clause to a paragraph at a line's or a block's start: after the
# items of a paragraph's list ("и подчеркивает важность их осуществления ..."), or a wrapped line, the paragraph goes on
# (segment/blocks.py, segment/structure.py).
JOINING_PREFIXES: tuple[str, ...] = ("и ", "а также ")

DATA = LanguageData(
    joining_prefixes=JOINING_PREFIXES,
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
    name_cases_irregular=NAME_CASES_IRREGULAR,
    name_plural_nouns=NAME_PLURAL_NOUNS,
    name_soft_feminine=NAME_SOFT_FEMININE,
    actions_by_object=ACTIONS_BY_OBJECT,
)
