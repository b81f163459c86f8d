"""Spanish: the tables the parser reads. Data only; the same names in every language module.

Sources: the UN's Spanish texts of resolutions (the six-way aligned sentences in
../shared/corpus/multi, the excerpt of A/RES/55/15 there) and UN Spanish editorial usage
("período de sesiones", "Acoge con beneplácito", "Solicita al Secretario General").

Action keys are those of :mod:`mandata.lang.en` (see its docstring). Adjectives come in the
feminine (the Assembly, "La Asamblea General") and the masculine (the Council, "El Consejo"), and
the first person plural of declarations ("Reafirmamos"). Spanish uses "Reconoce" for both
"Recognizes" and "Acknowledges", "Reiterando" for "Reaffirming" as well as "Reiterating",
"Exhorta" for "Calls upon" and "Urges", "Pide" for "Requests" and "Calls for" (read as
``request``): the groups are in
``EQUIVALENT_ACTIONS``.
"""

from mandata.lang import Ending, LanguageData

CODE = "es"
NAME = "Spanish"
NATIVE_NAME = "Español"  # as the web pages name the language
RIGHT_TO_LEFT = False  # the script's direction
# How the UN prints a paragraph's leading phrase (the class of its span in the AKN export).
PHRASE_EMPHASIS = "italic"
# The letter that ends the UN's job numbers of this language version ("2421660S"), in the
# names of the UN's files ("A_RES_78_10-2323443S.xml").
UN_JOB_LETTER = "S"
# The kind of paragraph its final punctuation marks, for a text without a document's structure
# (a translator's segment): a preambular paragraph ends with a comma, an operative one with a
# semicolon (a full stop ends the last operative paragraph and prose alike: it says nothing).
PARAGRAPH_ENDINGS: dict[str, Ending] = {",": "preambular", ";": "operative"}

# OCR of scanned pages (read/ocr.py): tesseract's language pack for this language, and the
# script its orientation and script detection names (a scan of unknown language is probed by
# script first).
OCR_PACK = "spa"
OCR_SCRIPT = "Latin"
# How tesseract finds the page's lines (its --psm): 3, its own page analysis (columns, blocks).
OCR_PSM = 3

# Words naming a language in this language -> ISO 639-1 code ("Original: inglés").
LANGUAGE_NAMES: dict[str, str] = {
    "árabe": "ar",
    "arabe": "ar",
    "chino": "zh",
    "español": "es",
    "espanol": "es",
    "francés": "fr",
    "frances": "fr",
    "inglés": "en",
    "ingles": "en",
    "ruso": "ru",
}

MONTHS: dict[str, int] = {
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}

# "2 de diciembre de 2004", "1º de julio de 2009" (NFKC: "1o de julio"); groups day, month, year.
# A month of a year without its day: "en mayo de 2024".
MONTH_YEAR: str = (
    r"(?i)(?<!\w)(?<!\d\s)(?P<month>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
    r"|octubre|noviembre|diciembre)\s+del?\s+(?P<year>\d{4})\b"
)
DATE: str = (
    r"\b(?P<day>\d{1,2})(?:º|o|°)?\s+(?:de\s+)?"  # "de" is sometimes dropped: "30 mayo de 2014"
    r"(?P<month>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre)\s+(?:del?\s+)?(?P<year>\d{4})\b"
)

# The end of a date range written after a full date (none in this language: ranges print the
# end date in full).
DATE_RANGE_END: str = ""

ENACTING: dict[str, str] = {
    "La Asamblea General": "GA",
    "El Consejo de Seguridad": "SC",
    "El Consejo Económico y Social": "ECOSOC",
    "El Consejo de Derechos Humanos": "HRC",
}

PREAMBULAR: dict[str, str] = {
    "Recordando": "recall",
    "Refiriéndose a": "recall",
    "Recordando a": "recall",
    "Reconociendo": "recognize",
    "Admitiendo": "acknowledge",
    "Reafirmando": "reaffirm",
    "Reiterando": "reiterate",
    "Renovando": "reiterate",
    "Observando": "note",
    "Señalando": "note",
    "Notando": "note",
    "Haciendo notar": "note",
    "Constatando": "note",
    "Habiendo observado": "note",
    "Tomando nota": "take_note",
    "Acogiendo con beneplácito": "welcome",
    "Acogiendo con satisfacción": "welcome",
    "Acogiendo con agrado": "welcome",
    "Acogiendo favorablemente": "welcome",
    "Celebrando": "welcome",
    "Saludando": "welcome",
    "Expresando": "express",
    "Manifestando": "express",
    "Destacando": "stress",
    "Poniendo de relieve": "emphasize",
    "Haciendo hincapié": "emphasize",
    "Enfatizando": "emphasize",
    "Subrayando": "underline",
    "Recalcando": "underscore",
    "Resaltando": "highlight",
    "Poniendo de manifiesto": "highlight",
    "Afirmando": "affirm",
    "Confirmando": "affirm",
    "Considerando": "consider",
    "Estimando": "consider",
    "Creyendo": "consider",
    "Habiendo examinado": "consider",
    "Habiendo recibido": "consider",
    "Previo examen": "consider",
    "Habiendo considerado": "consider",
    "Habiendo estudiado": "consider",
    "Habiendo escuchado": "hear",
    "Habiendo oído": "hear",
    "Teniendo presente": "bear_in_mind",
    "Teniendo presentes": "bear_in_mind",
    "Teniendo en mente": "bear_in_mind",
    "Teniendo en cuenta": "take_into_account",
    "Tomando en consideración": "consider",
    "Tomando en cuenta": "take_into_account",
    "Preocupada": "be_concerned",
    "Preocupados": "be_concerned",
    "Preocupado": "be_concerned",
    "Inquieta": "be_concerned",
    "Inquieto": "be_concerned",
    "Sigue preocupada": "be_concerned",
    "Siguiendo preocupada": "be_concerned",  # "Remaining concerned" ("Siguiendo profundamente ...")
    "Alarmada": "be_alarmed",
    "Alarmado": "be_alarmed",
    "Consternada": "be_alarmed",
    "Consternado": "be_alarmed",
    "Horrorizada": "be_alarmed",
    "Horrorizado": "be_alarmed",
    "Convencida": "be_convinced",
    "Convencidos": "be_convinced",
    "Convencido": "be_convinced",
    "Persuadida": "be_convinced",
    "Persuadido": "be_convinced",
    "Confiando en que": "trust",
    "Confiando": "trust",
    "Consciente": "be_aware",
    "Conscientes": "be_aware",
    "Sabedora": "be_aware",
    "Sabedor": "be_aware",
    "Resuelta": "resolve",
    "Resueltos": "resolve",
    "Decididos": "resolve",
    "Resuelto": "resolve",
    "Decidida": "resolve",
    "Decidido": "resolve",
    "Comprometiéndose": "commit",
    "Comprometida": "commit",
    "Comprometido": "commit",
    "Guiándose por": "be_guided",
    "Guiada por": "be_guided",
    "Guiado por": "be_guided",
    "Inspirándose en": "be_guided",
    "Deseosa": "desire",
    "Deseosos": "desire",
    "Deseoso": "desire",
    "Deseando": "desire",
    "Procurando": "desire",
    "Tratando de": "desire",
    "Esforzándose": "desire",
    "Deplorando": "deplore",
    "Lamentando": "regret",
    "Condenando": "condemn",
    "Rechazando": "reject",
    "Encomiando": "commend",
    "Elogiando": "commend",
    "Felicitando": "commend",
    "Rindiendo homenaje": "pay_tribute",
    "Apreciando": "appreciate",
    "Valorando": "appreciate",
    "Alentando": "encourage",
    "Animando": "encourage",
    "Alentada por": "be_encouraged",
    "Alentado por": "be_encouraged",
    "Instando": "urge",
    "Exhortando": "call_upon",
    "Haciendo un llamamiento": "call_upon",
    "Abogando por": "call_for",
    "Reclamando": "call_for",
    "Solicitando": "request",
    "Pidiendo": "call_for",
    "Invitando": "invite",
    "Apoyando": "support",
    "Respaldando": "support",
    "Haciendo suyo": "endorse",
    "Haciendo suya": "endorse",
    "Haciendo suyos": "endorse",
    "Haciendo suyas": "endorse",
    "Refrendando": "endorse",
    "Habiendo determinado": "determine",
    "Determinando": "determine",
    "Actuando": "act",
    "Esperando con interés": "look_forward",
    "Aguardando con interés": "look_forward",
    "Señalando a la atención": "draw_attention",
    "Basándose en": "build_on",
    "Aprovechando": "build_on",
    "Partiendo de": "build_on",
    # Marked so by the UN (its XML of sessions 77-78: scripts/harvest_phrases.py).
    "Expresando preocupación": "express",
    "Expresando profunda preocupación": "express",
    "Expresando grave preocupación": "express",
    "Expresando su profunda preocupación": "express",
    "Reafirmando su compromiso": "reaffirm",
    "Expresando su preocupación": "express",
    "Conocedora": "be_aware",
    "Reiterando su profunda preocupación": "reiterate",
    "Expresando su aprecio": "express",
    "Reiterando su preocupación": "reiterate",
    "Sumamente preocupada": "be_concerned",
    "Acogiendo con beneplácito a este respecto": "welcome",
    "Observando a este respecto": "note",
    "Expresando aprecio": "express",
    "Recordando en particular": "recall",
    "Expresando su reconocimiento": "express",
    "Haciendo referencia": "recall",
    "Reiterando su aprecio": "reiterate",
    "Expresando su grave preocupación": "express",
    "Honrando": "pay_tribute",
    "Conmemorando": "pay_tribute",
    "Reiterando su compromiso": "reiterate",
    "Reiterando su convicción": "reiterate",
    "Reiterando su enérgica condena": "reiterate",
    "Expresando las más graves preocupaciones": "express",
    "Expresando la más grave preocupación": "express",
    "Expresando seria preocupación": "express",
    "Reafirmando su determinación": "reaffirm",
    "Reiterando su seria preocupación": "reiterate",
    "Expresando suma preocupación": "express",
    "Acogiendo con beneplácito en particular": "welcome",
    "Reafirmando su profunda preocupación": "reaffirm",
    "Reconociendo y reafirmando": "recognize",
    "Renovando su compromiso inquebrantable": "reiterate",
    "Expresando especial preocupación": "express",
    # The Security Council's (its XML of 2020-2021): the key of the English each translates
    "Expresando reconocimiento": "express",
    "Expresando su profundo reconocimiento": "express",
    "Expresando gran preocupación": "express",
    "Expresando alarma": "express",
    "Expresando su alarma": "express",
    "Expresando apoyo": "express",
    "Expresando su apoyo": "express",
    "Reiterando su solicitud": "reiterate",
    "Encomiando y alentando": "commend",
    "Haciéndose eco": "reiterate",  # "Echoing"
    "Exigiendo": "demand",
    "Tomando conocimiento": "acknowledge",
    "Tomando debida nota": "take_note",
    "Teniendo en consideración": "bear_in_mind",  # "Having regard"
}

OPERATIVE: dict[str, str] = {
    "Recuerda": "recall",
    "Se remite a": "recall",
    "Recuerda a": "remind",
    "Reconoce": "recognize",
    "Admite": "acknowledge",
    "Reafirma": "reaffirm",
    "Reitera": "reiterate",
    "Renueva": "reiterate",
    "Observa": "note",
    "Señala": "note",
    "Hace notar": "note",
    "Constata": "note",
    "Toma nota": "take_note",
    "Acoge con beneplácito": "welcome",
    "Acoge con satisfacción": "welcome",
    "Acoge con agrado": "welcome",
    "Acoge favorablemente": "welcome",
    "Celebra": "welcome",
    "Saluda": "welcome",
    "Expresa": "express",
    "Expresan": "express",
    "Manifiesta": "express",
    "Destaca": "stress",
    "Pone de relieve": "emphasize",
    "Hace hincapié": "emphasize",
    "Enfatiza": "emphasize",
    "Subraya": "underline",
    "Recalca": "underscore",
    "Resalta": "highlight",
    "Pone de manifiesto": "highlight",
    "Afirma": "affirm",
    "Confirma": "affirm",
    "Considera": "consider",
    "Estima": "consider",
    "Cree": "consider",
    "Tiene en cuenta": "take_into_account",
    "Está preocupada": "be_concerned",
    "Está preocupado": "be_concerned",
    "Sigue preocupada": "be_concerned",
    "Sigue preocupado": "be_concerned",
    "Está alarmada": "be_alarmed",
    "Está alarmado": "be_alarmed",
    "Está convencida": "be_convinced",
    "Está convencido": "be_convinced",
    "Sigue convencida": "be_convinced",
    "Sigue convencido": "be_convinced",
    "Es consciente": "be_aware",
    "Resuelve": "resolve",
    "Está resuelta": "resolve",
    "Está decidida": "resolve",
    "Se compromete": "commit",
    "Deplora": "deplore",
    "Lamenta": "regret",
    "Condena": "condemn",
    "Denuncia": "condemn",
    "Rechaza": "reject",
    "Se opone": "reject",
    "Encomia": "commend",
    "Elogia": "commend",
    "Felicita": "commend",
    "Rinde homenaje": "pay_tribute",
    "Aprecia": "appreciate",
    "Valora": "appreciate",
    "Alienta": "encourage",
    "Anima": "encourage",
    "Insta": "urge",
    "Exhorta": "call_upon",
    "Hace un llamamiento": "call_upon",
    "Aboga por": "call_for",
    "Reclama": "call_for",
    "Solicita": "request",
    "Pide": "call_for",
    "Invita": "invite",
    "Decide": "decide",
    "Apoya": "support",
    "Respalda": "support",
    "Hace suyo": "endorse",
    "Hace suya": "endorse",
    "Hace suyos": "endorse",
    "Hace suyas": "endorse",
    "Refrenda": "endorse",
    "Aprueba": "approve",
    "Adopta": "adopt",
    "Autoriza": "authorize",
    "Exige": "demand",
    "Encarga": "direct",
    "Encomienda": "direct",
    "Da instrucciones": "direct",
    "Ordena": "direct",
    "Establece": "establish",
    "Crea": "establish",
    "Declara": "declare",
    "Proclama": "declare",
    "Determina": "determine",
    "Recomienda": "recommend",
    "Sugiere": "recommend",
    "Propone": "recommend",
    "Conviene": "agree",
    "Está de acuerdo": "agree",
    "Acepta": "accept",
    "Espera con interés": "look_forward",
    "Aguarda con interés": "look_forward",
    "Señala a la atención": "draw_attention",
    "Mantiene": "maintain",
    "Modifica": "amend",
    "Enmienda": "amend",
    "Consigna": "appropriate",
    # First person plural (declarations).
    "Recordamos": "recall",
    "Reconocemos": "recognize",
    "Admitimos": "acknowledge",
    "Reafirmamos": "reaffirm",
    "Reiteramos": "reiterate",
    "Renovamos": "reiterate",
    "Observamos": "note",
    "Señalamos": "note",
    "Tomamos nota": "take_note",
    "Acogemos con beneplácito": "welcome",
    "Acogemos con satisfacción": "welcome",
    "Celebramos": "welcome",
    "Expresamos": "express",
    "Deseamos transmitir": "express",
    "Destacamos": "stress",
    "Ponemos de relieve": "emphasize",
    "Hacemos hincapié": "emphasize",
    "Subrayamos": "underline",
    "Recalcamos": "underscore",
    "Resaltamos": "highlight",
    "Afirmamos": "affirm",
    "Consideramos": "consider",
    "Creemos": "consider",
    "Estimamos": "consider",
    "Nos preocupa": "be_concerned",
    "Estamos preocupados": "be_concerned",
    "Estamos convencidos": "be_convinced",
    "Somos conscientes": "be_aware",
    "Resolvemos": "resolve",
    "Estamos resueltos": "resolve",
    "Estamos decididos": "resolve",
    "Nos comprometemos": "commit",
    "Continuaremos": "commit",
    "Seguiremos": "commit",
    "Debemos": "commit",
    "Tenemos el firme": "commit",
    "Condenamos": "condemn",
    "Deploramos": "deplore",
    "Encomiamos": "commend",
    "Apreciamos": "appreciate",
    "Valoramos": "appreciate",
    "Alentamos": "encourage",
    "Instamos": "urge",
    "Exhortamos": "call_upon",
    "Hacemos un llamamiento": "call_upon",
    "Pedimos": "call_for",
    "Solicitamos": "request",
    "Invitamos": "invite",
    "Decidimos": "decide",
    "Apoyamos": "support",
    "Respaldamos": "support",
    "Hacemos nuestro": "endorse",
    "Aprobamos": "adopt",
    "Convenimos": "agree",
    "Declaramos": "declare",
    "Esperamos con interés": "look_forward",
    # Marked so by the UN (its XML of sessions 77-78: scripts/harvest_phrases.py).
    "Expresa preocupación": "express",
    "Expresa su reconocimiento": "express",
    "Expresa su aprecio": "express",
    "Reitera su solicitud": "reiterate",
    "Expresa profunda preocupación": "express",
    "Reitera su exhortación": "reiterate",
    "Expresa grave preocupación": "express",
    "Expresa su preocupación": "express",
    "Expresa su profunda preocupación": "express",
    "Reafirma su compromiso": "reaffirm",
    "Reitera su invitación": "reiterate",
    "Acoge con beneplácito y alienta": "welcome",
    "Reitera su petición": "reiterate",
    "Reafirma su apoyo": "reaffirm",
    "Expresa su gratitud": "express",
    "Acoge con aprecio": "welcome",
    "Reitera su llamamiento": "reiterate",
    "Expresa reconocimiento": "express",
    "Reitera su aprecio": "reiterate",
    "Renueva su compromiso": "commit",
    "Reitera su compromiso": "reiterate",
    "Apoya y alienta": "support",
    "Reitera su apoyo": "reiterate",
    "Expresa su satisfacción": "express",
    "Reafirma su solicitud": "reaffirm",
    "Reitera su exigencia": "reiterate",
    "Reafirma su determinación": "reaffirm",
    "Reitera su reconocimiento": "reiterate",
    "Reitera su profunda preocupación": "reiterate",
    "Expresa seria preocupación": "express",
    "Sigue alentando": "encourage",
    "Hace un encarecido llamamiento": "call_upon",
    "Toma conocimiento": "take_note",
    "Reitera su seria preocupación": "reiterate",
    "Expresa gran preocupación": "express",
    "Reitera su preocupación": "reiterate",
    "Renueva su exhortación": "reiterate",
    "Deplora y condena en los términos más enérgicos": "deplore",
    "Expresa su intención": "express",
    "Expresa su firme convencimiento": "express",
    "Condena en los términos más enérgicos posibles": "condemn",
    "Invita y alienta": "invite",
    "Condena, en los términos más enérgicos posibles": "condemn",
    "Reafirma su enérgico apoyo": "reaffirm",
    "Expresa su agradecimiento": "express",
    "Expresa la esperanza": "express",
    "Recuerda la solicitud": "recall",
    "Expresa su grave preocupación": "express",
    "Reitera su condena": "reiterate",
    "Reitera su convicción": "reiterate",
    "Condena sin reservas": "condemn",
    "Expresa especial preocupación": "express",
    # The Security Council's (its XML of 2020-2021): the key of the English each translates
    "Expresa su voluntad": "express",
    "Expresa particular preocupación": "express",
    "Expresa su seria preocupación": "express",
    "Expresa su profundo reconocimiento": "express",
    "Expresa decepción": "express",
    "Acoge con beneplácito en particular": "welcome",
    "Reitera sus exhortaciones": "reiterate",
    "Reconoce y alienta": "recognize",
    "Requiere": "demand",
    "Sigue instando": "urge",
    "Aclara": "affirm",  # "Clarifies"
}

# Verbs whose action depends on what follows them (ru "призывает" + an infinitive is "Calls
# for"): none written for Spanish yet.
ACTIONS_BY_OBJECT: dict[str, tuple[tuple[str, str], ...]] = {}

ADDITIVES: tuple[str, ...] = (
    "también",
    "además",
    "asimismo",
    "nuevamente",
    "una vez más",
    "de nuevo",
    "igualmente",
    "por otra parte",
    "sin embargo",
    "no obstante",
)

MODIFIERS: dict[str, str] = {
    "con aprecio": "with appreciation",
    "con reconocimiento": "with appreciation",
    "con gratitud": "with gratitude",
    "con satisfacción": "with satisfaction",
    "con gran satisfacción": "with great satisfaction",
    "con interés": "with interest",
    "con preocupación": "with concern",
    "con profunda preocupación": "with deep concern",
    "con grave preocupación": "with grave concern",
    "con gran preocupación": "with great concern",
    "con seria preocupación": "with serious concern",
    "con alarma": "with alarm",
    "con pesar": "with regret",
    "con profundo pesar": "with deep regret",
    "profundamente": "deeply",
    "gravemente": "gravely",
    "seriamente": "seriously",
    "encarecidamente": "strongly",
    "enérgicamente": "strongly",
    "firmemente": "firmly",
    "plenamente": "fully",
    "solemnemente": "solemnly",
    "urgentemente": "urgently",
    "calurosamente": "warmly",
    "inequívocamente": "unequivocally",
    "en los términos más enérgicos": "in the strongest terms",
}

PREAMBULAR_PREFIXES: tuple[str, ...] = ()

# Prepositions a verb governs that end a table phrase but that the UN does not print in italics
# (bold in Arabic and Chinese) with it: "ссылаясь на" is marked "ссылаясь". The phrase keeps its
# table key and action; its printed extent leaves them out.
UNMARKED_PARTICLES: tuple[str, ...] = ("por", "a")
# Whether a paragraph's first word is capitalized: a flattened text is cut only
# before a capitalized leading phrase where it is.
CAPITALIZED_PARAGRAPHS: bool = True

EQUIVALENT_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("recognize", "acknowledge"),
    ("reaffirm", "reiterate"),
    ("stress", "emphasize", "underline", "underscore", "highlight"),
    ("call_upon", "urge", "call_for"),
    ("call_for", "request"),
    ("adopt", "approve"),
    ("note", "take_note"),
    ("take_into_account", "consider", "bear_in_mind"),
    ("direct", "request"),
    ("commit", "resolve"),
    ("reiterate", "call_upon", "call_for", "demand", "express"),
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

_DATE = r"\d{1,2}(?:º|o|°)?\s+de\s+[^\W\d_]+\s+de(?:l)?\s+\d{4}"

# Sub-item letters printed otherwise than in Latin -> Latin letter (none here).
SUBITEM_LETTERS: dict[str, str] = {}

# Frequent function words, for telling apart languages that share a script (langid.py).
FUNCTION_WORDS: tuple[str, ...] = (
    "los",
    "las",
    "del",
    "el",
    "y",
    "en",
    "la",
    "para",
    "sobre",
    "una",
)

# Letters that only end a word, in a script written right to left (none here; see ar.py).
FINAL_ONLY_LETTERS: str = ""

MASTHEAD: dict[str, str] = {
    "distribution": (
        r"^Distr\.?\s*:?\s*(?P<value>general|limitada|reservada|General|Limited|Restricted)\b"
    ),
    "original": r"^Original\s*:\s*(?P<value>\w+)",
    "session": (
        r"^(?P<ordinal>[\w\- .]+?)\s+per[ií]odo\s+(?:extraordinario\s+)?de\s+sesiones"
        r"(?:\s+de\s+emergencia)?\b"
    ),
    "agenda_item": r"^Temas?\s+(?P<value>.+?)\s+del\s+programa(?:\s+provisional)?\s*$",
    "adopted": (
        r"^(?-i:Resoluci(?:ón|ones))\s+aprobadas?\s+por\s+(?:la\s+|el\s+)?(?P<body>.+?)"
        r"(?:,?\s+el\s+(?P<date>" + _DATE + r"))?\s*$"
    ),
    "drafts": (
        r"^\[(?:sin\s+remisión\s+previa\s+a\s+una\s+Comisión\s+Principal"
        r"|sobre\s+la\s+base\s+del\s+informe\s+de)"
    ),
    "meeting": r"^(?P<value>\d+\s*\.?\s*[ªa]?\s*sesi[oó]n\s+plenaria(?:\s+\(continuación\))?)\s*$",
    # Heading and adoption line of a Security Council resolution ("Resolución 2505 (2020)",
    # "Aprobada por el Consejo de Seguridad en su 8701ª sesión, celebrada el 13 de enero de 2020").
    "sc_resolution": (
        r"^(?:Resolución\s+(?P<num>\d{1,4})\s*\((?P<year>(?:19|20)\d\d)\)"
        r"|(?P<num2>\d{1,4})\s*\((?P<year2>(?:19|20)\d\d)\)\.?\s+Resolución)"
        r"(?:,?\s+de\s+(?P<date>" + _DATE + r"))?\.?\s*$"
    ),
    "sc_adoption": (
        r"^(?-i:Aprobada)\s+(?=por\s+unanimidad|por\s+el\s+Consejo|sin\s|en\s+(?:su|la)\s|el\s+\d)"
        r"(?:por\s+unanimidad\s+)?"
        r"(?:por\s+el\s+Consejo\s+de\s+Seguridad\s*)?"
        r"(?:en\s+(?:su|la)\s+(?P<meeting>\d{1,5}\s*\.?\s*[ªa]\s+sesión))?"
        r"(?:[^.]*?\bel\s+(?P<date>" + _DATE + r"))?"
    ),
    "annex": r"^Anexo(?:\s+(?P<number>[IVXL]+|\d+|[A-H]))?\s*$",
    "explanatory_memorandum": r"^(?:Memorando|Memoria|Nota)\s+explicativ[oa]\s*$",
    "draft_resolution": r"\bproyecto\s+de\s+(?:resolución|decisión)\b",
    "draft_decision": r"\bproyecto\s+de\s+decisión\b",
    "report_of": r"^(?:Informe|Nota) de",
    "letter": (
        r"^(?:Cartas?\s+idénticas|Cartas?)\s+de\s+fecha\s+(?P<date>" + _DATE + r")"
        r"(?:\s+(?:de|del)\s+(?P<sender>.+?))??"
        r"\s+dirigidas?\s+(?:a\s+la\s+|al\s+|a\s+los\s+|a\s+)?(?P<addressee>.+?)"
        r"(?:\s+por\s+(?P<sender2>.+))?$"
    ),
    "signed": r"^\((?:Firmado|Firmada)\)\s*(?P<value>.+)$",
    "request_item": (
        r"\b(?:solicitud\s+de\s+inclusión\s+de\s+un\s+tema|inclusión\s+de\s+un\s+tema"
        r"\s+(?:adicional|suplementario))"
    ),
}

# Beginnings of the words that qualify a session and may stand between its ordinal and the word
# for "session": none: Spanish puts "extraordinario" and "de emergencia" after "período".
SESSION_QUALIFIERS: tuple[str, ...] = ()

# Patterns of the analysis stage (see en.py for the keys).
ANALYSIS: dict[str, str] = {
    # "11º" is also printed with a degree sign, "11°"
    "session": (
        r"(?P<ord>\b(?:\w+\s+)?(?:\d{1,3}°|\w+))\s+período\s+(?:extraordinario\s+)?de\s+sesiones\b"
    ),
    # the ordinals after the word: "en sus períodos de sesiones 14º y 15º", "octavo, noveno y décimo"
    "session_after": (
        r"\bperíodos\s+de\s+sesiones\s+"
        r"(?P<ord>(?:\w+(?:\s+(?!y\b)\w+)?,\s+){0,6}\w+(?:\s+(?!y\b)\w+)?"
        r"(?:\s+y\s+\w+(?:\s+\w+)?)?)"
    ),
    "next_session": r"\bsu\s+próximo\s+período\s+de\s+sesiones\b",
    "current_session": r"\bsu\s+(?:actual|presente)\s+período\s+de\s+sesiones\b",
    "report_request": (
        r"\b(?:solicita|pide|invita|alienta|exhorta|solicitud)\b[^;:]{0,1000}?"
        # not impersonal: "pide que se proporcione información" (calls for information)
        r"(?:(?<!\bse\s)\b(?:presente|presenten|someta|sometan|transmita|prepare|preparen|elabore|proporcione|proporcionen)\b"
        r"(?:[^;:“«]|[“«][^”»]{0,400}[”»]){0,200}?\binformes?\b"  # past a quoted item's title
        # the Assembly "la informe"; a council "lo informe" (to report to it) on a subject ("lo
        # informe sobre ...", "lo informe cada tres meses"), not "lo informe inmediatamente en caso
        # de que ..." (to inform it, which the English asks as no report)
        r"|\b(?:la|las|le|les)\s+informen?\b|\blos?\s+informen?\b(?=[^;:]{0,250}?\b(?:sobre|acerca|respecto|cada|mensualmente|trimestralmente|semestralmente|anualmente)\b)"
        r"|\bque\s+(?:le\s+)?informen?\b|\bque\s+incluyan?\b[^;:]{0,250}?\b(?:en|entre)\s+(?:el\s+contexto\s+de\s+)?(?:[^\W\d_]+\s+){0,4}?informes?\b"
        # "informe" the verb after "y"/"e" or a comma ("e informe al respecto al Comité")
        r"|(?:\b[ye]|,)\s+informen?\s+(?:[^\W\d_]+mente\s+)?(?:sobre|a|al|de|del|acerca|en)\b"
        # a report named before its verb: "que, en su próximo informe ..., incluya información"
        r"|\ben\s+(?:el|los|su|sus)\s+(?:próximos?|siguientes?)\s+informes?\b[^;:]{0,300}?"
        r"\b(?:incluya|incluyan|presente|presenten|proporcione|proporcionen|facilite|faciliten|explique|expliquen)\b"
        # "que (lo) siga informando" (to continue to report, to continue to inform it); the
        # reports it presents, not as the means of another ask ("mediante los informes que le
        # presente", through its reports)
        r"|\b(?:siga|sigan|continúe|continúen)\s+(?:informando|notificando)\b|(?<!\bmediante\s)(?<!\bmediante\slos\s)\binformes?\s+que\s+(?:le\s+)?presenten?\b"
        r"|\b(?:siga|sigan|continúe|continúen)\s+presentando\b[^;:]{0,100}?\binformes?\b"
        # "que siga informándolo sobre" (to continue to report to it on); "que siga mencionando en
        # sus informes" (to continue to include in his reports)
        r"|\b(?:siga|sigan|continúe|continúen)\s+informándol[ao]s?\s+(?:sobre|acerca)\b"
        r"|\b(?:siga|sigan|continúe|continúen)\s+(?:incluyendo|mencionando|indicando|facilitando|proporcionando)\b[^;:]{0,200}?\ben\s+(?:[^\W\d_]+\s+){0,4}?informes?\b"
        # to report, the infinitive the ask governs: "exhorta a los Estados a informar sobre ..."
        r"|\ba\s+informar\s+(?:sobre|acerca)\b"
        # the report named before its verb: "que en sus futuros informes incluya", "que en el
        # informe que ha de presentar en diciembre incluya"
        r"|\bque\s*,?\s+en\s+(?:el\s+contexto\s+del?\s+)?(?:el|los|su|sus|próximos?|futuros?)\s+(?:[^\W\d_]+\s+){0,2}?informes?\b[^;:]{0,200}?"
        r"\b(?:incluya|incluyan|mencione|mencionen|indique|indiquen|proporcione|proporcionen|facilite|faciliten|consigne|consignen"
        r"|presenten?\s+(?:un|una|unos|unas|información|datos|sus?)\b)"
        # a report provided: "que le facilite un informe resumido"
        r"|\b(?:le|les)\s+faciliten?\s+(?:un|el|los|sus?)\s+(?:[^\W\d_]+\s+){0,2}?informes?\b"
        # to consider including in their reports: "consideren la posibilidad de incluir en sus informes"
        r"|\bposibilidad\s+de\s+incluir\b[^;:]{0,120}?\binformes?\b"
        # to update the Assembly: "le proporcione información actualizada", "actualice la
        # información al respecto", "siga manteniéndola informada"
        r"|\b(?:le|les)\s+proporcionen?\s+información\s+actualizada\b|\bactualicen?\s+la\s+información\b"
        r"|\b(?:siga|sigan|continúe|continúen)\s+manteniéndola\s+informada\b"
        # what is provided in its reports: "que facilite información en su próximo informe",
        # "que facilite el porcentaje ... en el contexto de futuros informes" (not "facilitar la
        # adopción de medidas", to facilitate)
        r"|\bfaciliten?\b[^;:]{0,200}?\ben\s+(?:el\s+contexto\s+del?\s+)?(?:sus?\s+(?:(?:futuros?|próximos?|siguientes?|periódicos?)\s+)?"
        r"|(?:los\s+|el\s+)?(?:futuros?|próximos?|siguientes?)\s+)informes?\b"
        r"|\ben\s+(?:su|sus)\s+(?:próximo\s+|respectivos?\s+)?informes?\s+(?:anual(?:es)?\s+)?a\s+la\s+Asamblea\b)"
    ),
    "agenda_include": r"\bincluir\b[^;]{0,300}?\ben\s+el\s+(?:programa\s+provisional|proyecto\s+de\s+programa)\s+de\s+(?:sus?|dicho|ese|este)\b",
    "under_item": r"\ben\s+relación\s+con\s+el\s+tema\s+titulado\s*$|\bdentro\s+del\s+tema\s+titulado\s*$",
    "series_title_before": (
        r"(?:(?P<since>\by\s+(?:todas\s+)?sus\s+(?:demás\s+resoluciones|resoluciones\s+(?:posteriores|anteriores)"
        r"|anteriores\s+resoluciones))\s+)?"
        r"\b(?:sobre|relativas?\s+a|titulad[oa]s?)\s+(?:el\s+|la\s+|los\s+|las\s+)?"
        r"(?:cuestión\s+(?:de\s+la\s+|del\s+|de\s+los\s+|de\s+las\s+|de\s+una?\s+))?[“\"]?\s*$"
    ),
    "series_title_after": r"^\s*[”\"]?\s*(?:[,;.:(]|y\b|$)",
    "series_title_then": (
        r"^\s*[”\"]?\s*(?:\s+y\s+(?:sobre\s+|a\s+)?[^\W\d][^,;\d]{2,200}?)?\s*,?\s*"
        r"(?:incluida|incluidas|entre\s+ellas|en\s+particular)\s+(?:su\s+|sus\s+|la\s+|las\s+)?"
        r"resoluci(?:ón|ones)\b"
    ),
    "series_which": r"^\W*(?:de\W+)?(?:en|por|mediante)\s+la\s+(?:que|cual)\b",
    # what a resolution recalled with a clause of series_which did once (proclaimed, designated,
    # endorsed, convened, established, adopted, granted ...): another act, not the series' text
    "series_once": r"\s*(?:también\s+)?(?:decidió\s+(?:celebrar|dedicar|organizar)\b|(?:decidió\s+)?(?:proclam|design|declar|hizo\s+suy|aprob|convoc|estableci|cre[óo]|adopt|conced|otorg|hac[eí]\w*\s+suy))",
    "series_lead_aside": r"\ben\s+particular\b",
    "series_latest": (
        r"(?:\bsus\s+(?:[^\W\d_]+\s+){0,3}resoluciones\b[^;]*?,\s*(?:la\s+más\s+reciente\s+de\s+las\s+"
        r"cuales\s+es|siendo\s+la\s+más\s+reciente)"
        r"|\bsus\s+resoluciones\s+anteriores\s+sobre\s+(?:la\s+cuestión|el\s+tema)(?:\s+(?:de\s+la|del|de\s+los|"
        r"de\s+las)\s+(?P<subject>[^,;]{3,80}?))?,\s*(?:en\s+particular|incluida|incluidas))"
        r"\s+(?:su\s+|la\s+|sus\s+|las\s+)?resoluci(?:ón|(?P<many>ones))\s*$"
    ),
    # the latest of its own and others' resolutions ("todas sus resoluciones pertinentes, así como
    # las del Consejo ..., incluidas las más recientes, la resolución 51/31 del Consejo ... y la
    # resolución 76/170 de la Asamblea General")
    "series_latest_among": (
        r"\bsus\s+(?:[^\W\d_]+\s+){0,2}resoluciones\b[^;]*?,\s*incluidas\s+las\s+más\s+recientes\b"
        r"[^;]{0,200}?\b(?:la|su)\s+resolución\s*$"
    ),
    "series_and_previous": (
        r"^\W*(?:de\W+)?(?:(?:sobre|relativa\s+a)\s+(?:el\s+|la\s+|los\s+|las\s+)?(?P<subject>[^;]{3,200}?)"
        r"\s*,?\s+)?(?:y|así\s+como)\s+(?:todas\s+)?sus\s+(?:demás\s+)?resoluciones\s+(?:anteriores|previas)"
        r"(?:\s+pertinentes)?(?:\s+sobre\s+la\s+cuestión|\s+(?:sobre|relativas\s+a)\s+(?:el\s+|la\s+|los\s+|las\s+)?"
        r"(?P<topic>[^,;.]{3,200}?))?\s*(?:[,;.:]|$)"
    ),
    "series_endings": r"(?!)",
    "series_run_closed": r"(?!)",
    # the periodic review of the title's subject ("75/233 ... sobre la revisión cuadrienal amplia
    # de la política relativa a las <title>"): the series' text of its session
    "series_review": (
        r"\brevisión\s+(?:cuadrienal|trienal)\s+amplia\s+de\s+la\s+política\s+relativa\s+"
        r"(?:a\s+las|a\s+los|al|a\s+la)\s+$"
    ),
    # the lead of a clause of its own ("..., así como su resolución 79/501 ...")
    "series_clause_lead": r"[,;]\s*(?:y\s+)?así\s+como\s+(?:su\s+)?resolución\s*$",
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
        r"\by\s+(?:su\s+|sus\s+)?decisi(?:ón|ones)\s+\d{1,3}/\d{3}(?:\s+[A-Z]\b)?(?:\s*,\s*de\b)?"
    ),
    "agenda_defer": r"\b(?:aplazar|aplaza|aplazó|posponer|pospone|diferir)\b[^;]{0,200}?\b(?:el\s+examen|la\s+decisión|una\s+decisión)\b",
    "sub_item_of": r"\bdel\s+tema\s+titulado\s*$",
    "entitled": r"\btitulado\s*$",
    "resolution_word": r"\bresoluci(?:ón|ones)\b",
    "decision_word": r"\bdecisi(?:ón|ones)\b",
    "sc_word": r"\bConsejo\s+de\s+Seguridad\b",
    "rule": r"\bartículos?\s+(?P<num>\d{1,3})(?P<more>(?:\s*(?:,|y|o)\s*\d{1,3})*)\s+(?:de\s+su|del)\s+reglamento",
    "charter": r"\bCarta\s+de\s+las\s+Naciones\s+Unidas\b",
    "annual": r"\banual(?:mente)?\b|\bcada\s+año\b",
    "biennial": r"\bbienal(?:mente)?\b|\bcada\s+dos\s+años\b",
    "triennial": r"\btrienal(?:mente)?\b|\bcada\s+tres\s+años\b",
    # a second ask joined by "y", or by the comma alone ("..., alienta a todos los Estados a ...")
    # ("e" before "i": "e invita"; the addressee's pronoun first: "y la alienta a que ...")
    "conjunction": r"(?:[,;]\s*(?:[ye]\s+)?|\s+[ye]\s+)(?:también\s+)?"
    r"(?:,?\s*(?:a\s+es[et]e?\s+respecto|en\s+es[et]e?\s+sentido|con\s+es[et]e?\s+fin),?\s+)?"
    r"(?:l[aeo]s?\s+)?",
    # sentence adverbs between a second ask's conjunction and its verb (see en.py)
    "ask_adverbs": r"por\s+lo\s+tanto|por\s+consiguiente|en\s+consecuencia|por\s+ende|así\s+pues|en\s+particular",
    "session_word": r"sesiones",  # a cheap test before the "session" pattern
    "hrc_word": r"\bConsejo\s+de\s+Derechos\s+Humanos\b",
    # the organ of a citation (analyze/organs.py)
    "organ_hrc": r"\bConsejo\s+de\s+Derechos\s+Humanos\b|\bComisión\s+de\s+Derechos\s+Humanos\b",
    "organ_ecosoc": r"\bConsejo\s+Económico\s+y\s+Social\b",
    "organ_unea": r"\bAsamblea\s+de\s+las\s+Naciones\s+Unidas\s+sobre\s+el\s+Medio\s+Ambiente\b",
    "organ_other": (
        r"\b(?:Asamblea\s+de\s+las\s+Naciones\s+Unidas\s+sobre\s+los\s+Asentamientos\s+Humanos"
        r"|Asamblea\s+Mundial\s+de\s+la\s+Salud|Conferencia\s+de\s+las?\s+(?:Estados\s+)?Partes"
        r"|Reunión\s+de\s+las\s+Partes|Asamblea\s+de\s+los\s+Estados\s+Partes|Junta\s+Ejecutiva"
        r"|Consejo\s+de\s+Administración|Conferencia\s+General"
        r"|Comisión(?!\s+de\s+Derecho\s+Internacional)(?!\s+de\s+Derechos\s+Humanos)"
        r"|Consejo\s+de\s+la\s+Autoridad|Asamblea\s+de\s+la\s+Autoridad)\b"
    ),
    "organ_ga": r"\bAsamblea\s+General\b|\bsus?\s+(?=(?:resoluci|decisi)(?:ón|ones)\b)",
    "organ_ga_possessive": r"sus?\s*",  # the Assembly's possessive ("its"), not its name
    "not_sc": r"(?:\brecomendaci(?:ón|ones)\s+generale?s?|\bobservaci(?:ón|ones)\s+generale?s?|\bConveni(?:o|os)|\bnúms?\.|\bn\.º)\s*(?:núms?\.\s*|n\.º\s*)?$",
    "list_joiner": r"(?:,\s*(?:y\s+)?|\sy\s+)$",  # the next item of a list of citations
    # a lone paragraph's kind by its last mark, where its words do not say it (Chinese)
    "preambular_end": ",",
    "operative_end": ";.",
    # what a report is on ("subject": the first group that matched), and the words for the
    # present resolution (resolved to its symbol and title)
    "report_subject": r"\b(?:informes?|(?:la|le|les)\s+informe)\b[^;]{0,160}?\s(?:sobre|acerca\s+de|relativo\s+a|de(?=\s+(?:los|las|la|el)\s+(?:progresos|aplicación|ejecución|actividades|labor)))\s+(?P<subject>[^,;]{4,250})",
    "subject_end": r"\s+(?:a\s+la\s+Asamblea\b|en\s+su\s+\w+\b|en\s+el\s+\w+\s+período\b|en\s+\d{4}\b|en\s+relación\s+con\s+el\s+tema\b|para\s+su\s+examen\b|y\s*$|y\s+(?:decide|que)\b|que\s+(?:se\s+centre|incluya|contenga|sirva)\b)",  # where the subject stops: the due session, the item
    "subject_before": "",  # "1": the subject stands before the word report (关于…的报告)
    "present_resolution": r"\bla\s+presente\s+resolución\b",
    "kind_after": "",
    "date_before_citation": "",  # "1": the date of a citation is written before it
    "reordered_numbers": "",  # "1": numbers may be printed reordered (٥٠/٥٩ for 59/50, digits reversed)
    "opening_word": r"\binaugur|\bapertura|\babrir",  # a decision on when a session opens
}

# Numbers a paragraph states (compare/numbers.py). Clock times, read as "HH:MM": regexes with
# groups hour, minute and, where the language writes one, part (the part of the day).
CLOCK_TIMES: tuple[str, ...] = (
    r"(?P<hour>\d{1,2})[.:](?P<minute>\d{2}) horas",
    r"(?<=\blas )(?P<hour>\d{1,2})[.:](?P<minute>\d{2})",
    # "a las 15 horas", "después de las 22 horas"; not "dentro de las 24 horas siguientes"
    r"(?:(?<=\ba las )|(?<=\bdespués de las )|(?<=\bantes de las )|(?<=\bpartir de las ))"
    r"(?P<hour>\d{1,2})(?= horas)",
)
# The decimal sign: where it is a comma, "14.600 millones" is 14,600 million.
DECIMAL_SIGN = ","
# Amounts with a scale word ("100 mil"): the word (a regex, to the word's end), its value.
SCALE_WORDS: tuple[tuple[str, int], ...] = (
    (r"(?:billones|billón)(?!\w)", 10**12),  # the long scale: a Spanish billón is 10**12
    (r"mil millones(?!\w)", 10**9),
    (r"millones(?!\w)", 10**6),
    (r"millón(?!\w)", 10**6),
    (r"mil(?!\w)", 10**3),
)
# Duals of a scale word ("مليوني", two million): a regex and the value.
SCALE_DUALS: tuple[tuple[str, int], ...] = ()
# Numbers written in words, 2 and up ("un", "una" are articles): see
# mandata.lang.en.NUMBER_WORDS.
NUMBER_WORDS: dict[str, int] = {
    **{
        w: i
        for i, w in enumerate(
            ["dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"], 2
        )
    },
    **{w: i for i, w in enumerate(["diez", "once", "doce", "trece", "catorce", "quince"], 10)},
    **{w: i for i, w in enumerate(["dieciséis", "diecisiete", "dieciocho", "diecinueve"], 16)},
    "veinte": 20,
    **{
        w: 10 * i
        for i, w in enumerate(
            ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"], 3
        )
    },
    "cien": 100,
    "ciento": 100,
    "mil": 1000,
    "docena": 12,
}
# Whether text from UN PDFs prints the groups of a large number in reverse order.
REVERSED_NUMBER_GROUPS = False
# Month numbers of dates, not numbers of the text (where the month has no name): a regex or "".
NUMERIC_MONTHS = ""

# The search index (registry/tokens.py): the words left out of it (short on purpose, separated
# by spaces) and the Snowball stemmer of the language's words (PyStemmer's name; "" for none).
STOP_WORDS = "a al con de del el en la las lo los o para por que se su sus un una y"
STEMMER = "spanish"

# The tables above, as the parser reads them (mypy checks them against LanguageData).
# The words that join a second clause to a paragraph at a line's or a block's start: after the
# items of a paragraph's list ("y su solicitud de que ...", "así como para que estudie ..."), or a wrapped line, the paragraph goes on
# (segment/blocks.py, segment/structure.py).
JOINING_PREFIXES: tuple[str, ...] = ("y ", "e ", "así como ")

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
    actions_by_object=ACTIONS_BY_OBJECT,
)
