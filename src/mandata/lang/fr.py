"""French: the tables the parser reads. Data only; the same names in every language module.

Sources: the UN's French texts of General Assembly and Security Council resolutions (the six-way
aligned sentences in ../shared/corpus/multi and the excerpts there), the Terminology Bulletin usage
of the Department for General Assembly and Conference Management.

Action keys are those of :mod:`mandata.lang.en` (see its docstring). Adjectives come in the
feminine (the Assembly, "L'Assemblée générale") and the masculine (the Council, "Le Conseil"), and
the first person plural of declarations ("Nous réaffirmons"). French uses "Souligne" for
"Stresses", "Emphasizes", "Underlines", "Underscores" and often "Highlights", "Engage" for
"Encourages", "Calls upon" and "Urges", "Considérant"/"Estimant" for "Recognizing" as well as
"Considering": ``EQUIVALENT_ACTIONS`` lists these groups.
"""

from mandata.lang import Ending, LanguageData

CODE = "fr"
NAME = "French"
NATIVE_NAME = "Français"  # as the web pages name the language
RIGHT_TO_LEFT = False  # the script's direction
# How the UN prints a paragraph's leading phrase (the class of its span in the AKN export).
PHRASE_EMPHASIS = "italic"
# The letter that ends the UN's job numbers of this language version ("2421660F"), in the
# names of the UN's files ("A_RES_78_10-2323443F.xml").
UN_JOB_LETTER = "F"
# The kind of paragraph its final punctuation marks, for a text without a document's structure
# (a translator's segment): a preambular paragraph ends with a comma, an operative one with a
# semicolon (a full stop ends the last operative paragraph and prose alike: it says nothing).
PARAGRAPH_ENDINGS: dict[str, Ending] = {",": "preambular", ";": "operative"}

# OCR of scanned pages (read/ocr.py): tesseract's language pack for this language, and the
# script its orientation and script detection names (a scan of unknown language is probed by
# script first).
OCR_PACK = "fra"
OCR_SCRIPT = "Latin"
# How tesseract finds the page's lines (its --psm): 3, its own page analysis (columns, blocks).
OCR_PSM = 3

# Words naming a language in this language -> ISO 639-1 code ("Original : anglais").
LANGUAGE_NAMES: dict[str, str] = {
    "anglais": "en",
    "arabe": "ar",
    "chinois": "zh",
    "espagnol": "es",
    "français": "fr",
    "francais": "fr",
    "russe": "ru",
}

# Month names; the forms without accents occur when text set in capitals ("2 DECEMBRE 2004") is
# lowered.
MONTHS: dict[str, int] = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}

# "2 décembre 2004", "1er décembre 2004"; groups day, month (a MONTHS key), year.
# A month of a year without its day: "en mai 2024".
MONTH_YEAR: str = (
    r"(?i)(?<!\w)(?<!\d\s)(?P<month>janvier|février|mars|avril|mai|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre)\s+(?P<year>\d{4})\b"
)
DATE: str = (
    r"\b(?P<day>\d{1,2})(?:er|re)?\s+"
    r"(?P<month>janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
    r"|novembre|décembre|decembre)\s+(?P<year>\d{4})\b"
)

# The end of a date range written after a full date (none in this language: ranges print the
# end date in full).
DATE_RANGE_END: str = ""

ENACTING: dict[str, str] = {
    "L'Assemblée générale": "GA",
    "L’Assemblée générale": "GA",
    "Le Conseil de sécurité": "SC",
    "Le Conseil économique et social": "ECOSOC",
    "Le Conseil des droits de l'homme": "HRC",
    "Le Conseil des droits de l’homme": "HRC",
}

PREAMBULAR: dict[str, str] = {
    "Rappelant": "recall",
    "Se référant à": "recall",
    "Rappelant aux": "remind",
    "Rappelant à": "recall",
    "Reconnaissant": "acknowledge",
    "Prenant acte": "take_note",
    "Réaffirmant": "reaffirm",
    "Confirmant de nouveau": "reaffirm",
    "Réitérant": "reiterate",
    "Renouvelant": "reiterate",
    "Notant": "note",
    # the UN's French for "Recognizing" more often than for "Noting" (its XML of sessions 77-78)
    "Constatant": "recognize",
    "Constatant avec inquiétude": "be_concerned",  # "Concerned", as translated
    "Constatant avec une profonde préoccupation": "be_concerned",
    # with a manner word "Constatant" is no longer "Recognizing": the UN's English says
    # "Expressing concern that", "Noting with satisfaction that"
    "Constatant avec préoccupation": "express",
    "Constatant avec une vive préoccupation": "express",
    "Constatant avec une vive inquiétude": "express",
    "Constatant avec satisfaction": "note",
    "Prenant note avec satisfaction": "take_note",  # "Taking note with appreciation"
    "Prenant note avec préoccupation": "note",  # "Noting with concern"
    "Prenant note avec inquiétude": "note",
    "Invitant de nouveau": "reiterate",
    "Observant": "note",
    "Faisant observer": "note",
    "Ayant noté": "note",
    "Prenant note": "take_note",
    "Se félicitant": "welcome",
    "Saluant": "welcome",
    "Accueillant avec satisfaction": "welcome",
    "Accueillant favorablement": "welcome",
    "Exprimant": "express",
    "Se déclarant": "express",
    "Manifestant": "express",
    "Soulignant": "stress",
    "Insistant": "emphasize",
    "Mettant l'accent sur": "emphasize",
    "Mettant en relief": "underline",
    "Mettant en exergue": "underscore",
    "Mettant en évidence": "highlight",
    "Mettant en avant": "highlight",
    "Affirmant": "affirm",
    "Confirmant": "affirm",
    "Déclarant": "affirm",
    "Considérant": "recognize",
    "Estimant": "recognize",
    "Croyant": "consider",
    "Ayant examiné": "consider",
    "Ayant reçu": "consider",
    "Après avoir examiné": "consider",
    "Ayant étudié": "consider",
    "Ayant entendu": "hear",
    "Ayant à l'esprit": "bear_in_mind",
    "Gardant à l'esprit": "bear_in_mind",
    # the participle agrees with its object, which follows ("Ayant présentes à l'esprit les
    # atrocités ...": "Mindful of")
    "Ayant présent à l'esprit": "bear_in_mind",
    "Ayant présente à l'esprit": "bear_in_mind",
    "Ayant présents à l'esprit": "bear_in_mind",
    "Ayant présentes à l'esprit": "bear_in_mind",
    "Ayant pris en considération": "consider",
    "Tenant compte": "take_into_account",
    "Compte tenu": "take_into_account",
    "Prenant en considération": "take_into_account",
    "Préoccupée": "be_concerned",
    "Préoccupés": "be_concerned",
    "Préoccupé": "be_concerned",
    "Inquiète": "be_concerned",
    "Inquiet": "be_concerned",
    "Restant préoccupée": "be_concerned",
    "Restant préoccupé": "be_concerned",
    "Alarmée": "be_alarmed",
    "Alarmé": "be_alarmed",
    "Consternée": "be_alarmed",
    "Consterné": "be_alarmed",
    "Troublée": "be_alarmed",
    "Troublé": "be_alarmed",
    "Convaincue": "be_convinced",
    "Convaincus": "be_convinced",
    "Convaincues": "be_convinced",
    "Convaincu": "be_convinced",
    "Persuadée": "be_convinced",
    "Persuadé": "be_convinced",
    "Confiante": "trust",
    "Confiant": "trust",
    "Consciente": "recognize",
    "Conscients": "be_aware",
    "Conscientes": "be_aware",
    "Conscient": "be_aware",
    "Sachant": "recognize",
    "Résolue": "resolve",
    "Résolus": "resolve",
    "Déterminés": "resolve",
    "Résolu": "resolve",
    "Déterminée": "resolve",
    "Déterminé": "resolve",
    "S'engageant": "commit",
    "Attachée": "commit",
    "Attaché": "commit",
    "Guidée par": "be_guided",
    "Guidé par": "be_guided",
    "S'inspirant": "be_guided",
    "Désireuse": "desire",
    "Désireux": "desire",
    "Souhaitant": "desire",
    "Soucieuse": "desire",
    "Soucieux": "desire",
    "Cherchant": "desire",
    "S'efforçant": "desire",
    "Déplorant": "deplore",
    "Regrettant": "regret",
    "Condamnant": "condemn",
    "Rejetant": "reject",
    "Félicitant": "commend",
    "Louant": "commend",
    "Rendant hommage": "pay_tribute",
    "Appréciant": "recognize",
    "Sachant gré": "appreciate",
    "Encourageant": "encourage",
    "Encouragée par": "be_encouraged",
    "Encouragé par": "be_encouraged",
    "Demandant instamment": "urge",
    "Priant instamment": "urge",
    "Exhortant": "urge",
    "Demandant à": "call_upon",
    "Demandant aux": "call_upon",
    "Engageant": "encourage",
    "Lançant un appel": "call_upon",
    "Demandant": "call_for",
    "Préconisant": "call_for",
    "Priant": "request",
    "Invitant": "invite",
    "Appuyant": "support",
    "Soutenant": "support",
    "Faisant sien": "endorse",
    "Faisant siens": "endorse",
    "Faisant sienne": "endorse",
    "Faisant siennes": "endorse",
    "Constatant que la situation": "determine",
    "Considérant que la situation": "determine",
    "Ayant constaté": "determine",
    "Agissant": "act",
    "Attendant avec intérêt": "look_forward",
    "Appelant l'attention": "draw_attention",
    "S'appuyant sur": "build_on",
    "Faisant fond sur": "build_on",
    "Tirant parti de": "build_on",
    # Marked so by the UN (its XML of sessions 77-78: scripts/harvest_phrases.py).
    "Se déclarant préoccupée": "express",
    "Réaffirmant son attachement": "reaffirm",
    "Remerciant": "express",
    "Mesurant": "recognize",
    "Rappelant en particulier": "recall",
    "Exprimant les plus vives inquiétudes": "express",
    "Réaffirmant sa volonté": "reaffirm",
    "Se déclarant de nouveau convaincue": "reiterate",
    "Constatant avec une profonde inquiétude": "recognize",
    "Exprimant sa profonde inquiétude": "express",
    "S'inquiétant": "express",
    "Se félicitant à cet égard": "welcome",
    "Exprimant sa vive préoccupation": "express",
    "Remerciant de nouveau": "reiterate",
    "Craignant": "be_concerned",
    "Se réjouissant": "welcome",
    "Exprimant sa profonde préoccupation": "express",
    "Se disant préoccupée": "express",
    "Notant à cet égard": "note",
    "Réaffirmant une fois de plus": "reaffirm",
    "Notant avec une profonde inquiétude": "note",
    "Engageant instamment": "urge",
    "Exprimant sa profonde gratitude": "express",
    "Exprimant sa préoccupation": "express",
    "Constatant avec une grave préoccupation": "note",
    "Connaissant": "bear_in_mind",
    "Prenant en compte": "bear_in_mind",
    "Jugeant": "recognize",
    "Ayant conscience": "recognize",
    "Commémorant": "pay_tribute",
    "Se déclarant de nouveau préoccupée": "reiterate",
    "Exprimant ses remerciements": "express",
    "Réaffirmant son engagement": "reaffirm",
    "Se déclarant résolument favorable": "affirm",
    "Réaffirmant son ferme attachement": "reaffirm",
    "Réaffirmant sa volonté sans faille": "reiterate",
    # the UN's French for "Remaining concerned", "Aware", "Having heard", "Expressing",
    # "Honouring the memory", "Reiterating its concern", "Looking forward"
    "Demeurant préoccupée": "be_concerned",
    "Demeurant préoccupé": "be_concerned",
    "Ayant connaissance": "be_aware",
    "Ayant écouté": "hear",
    "Faisant part": "express",
    "Honorant la mémoire": "pay_tribute",
    "Étant d'avis": "recognize",
    "Se disant consciente": "recognize",
    "Convenant": "recognize",
    "Redisant": "reiterate",
    "Dénonçant": "condemn",
    "Attendant avec impatience": "look_forward",
    # The Security Council's: its adjectives in the masculine (le Conseil; the Assembly's
    # forms above are feminine), and its own verbs ("Demanding", "Echoing", "Calling on"), the
    # key of the English they translate in the UN's versions of its resolutions.
    "Se déclarant préoccupé": "express",
    "Se déclarant inquiet": "express",
    "Se déclarant inquiète": "express",
    "Se déclarant alarmé": "express",
    "Se déclarant alarmée": "express",
    "Se déclarant disposé": "express",
    "Se déclarant disposée": "express",
    "Se déclarant résolu": "resolve",
    "Se déclarant résolue": "resolve",
    "Se déclarant de nouveau préoccupé": "reiterate",
    "Se déclarant à nouveau préoccupé": "reiterate",
    "Se déclarant à nouveau préoccupée": "reiterate",
    "Se déclarant de nouveau convaincu": "reiterate",
    "Se déclarant de nouveau disposé": "reaffirm",
    "Se disant": "express",
    "Se disant préoccupé": "express",
    "Se disant conscient": "recognize",
    "Se disant de nouveau": "reiterate",
    "Se disant à nouveau": "reiterate",
    "Exprimant son inquiétude": "express",
    "Exprimant sa vive inquiétude": "express",
    "Exprimant sa gratitude": "express",
    "Exprimant sa grave préoccupation": "express",
    "Demandant de nouveau": "reiterate",
    "Demandant à nouveau": "reiterate",
    "Demandant une nouvelle fois": "reiterate",
    "Saluant et encourageant": "welcome",
    "Soutenant sans réserve": "support",
    "Apportant son appui": "support",
    "Épaulant": "support",
    "Approuvant": "endorse",
    "Exigeant": "demand",
    "S'associant": "reiterate",  # "Echoing"
    "Appelant": "call_upon",
    "Appelant à": "call_for",
    "Appelant de ses vœux": "call_for",
    "Faisant valoir": "stress",
    "Étant conscient": "be_aware",
    "Étant consciente": "be_aware",
}

OPERATIVE: dict[str, str] = {
    "Rappelle": "recall",
    "Se réfère à": "recall",
    "Rappelle aux": "remind",
    "Rappelle à": "recall",
    "Reconnaît": "recognize",
    "Reconnait": "recognize",
    "Prend acte": "take_note",
    "Réaffirme": "reaffirm",
    "Confirme de nouveau": "reaffirm",
    "Réitère": "reiterate",
    "Renouvelle": "reiterate",
    "Note": "note",
    "Constate": "recognize",
    # as "Constatant" with a manner word: "Expresses concern", "Notes with satisfaction"
    "Constate avec inquiétude": "express",
    "Constate avec une vive inquiétude": "express",
    "Constate avec une vive préoccupation": "express",
    "Constate avec une profonde préoccupation": "express",
    "Constate avec préoccupation": "note",
    "Constate avec satisfaction": "note",
    "Constate avec regret": "note",
    "Observe": "note",
    "Fait observer": "note",
    "Prend note": "take_note",
    "Se félicite": "welcome",
    "Salue": "welcome",
    "Accueille avec satisfaction": "welcome",
    "Accueille favorablement": "welcome",
    "Exprime": "express",
    "Se déclare": "express",
    "Se dit": "recognize",
    "Souligne": "stress",
    "Insiste": "emphasize",
    "Met l'accent sur": "emphasize",
    "Met en relief": "underline",
    "Met en exergue": "underscore",
    "Met en évidence": "highlight",
    "Met en avant": "highlight",
    "Affirme": "affirm",
    "Confirme": "affirm",
    "Considère": "recognize",
    "Estime": "recognize",
    "Juge": "consider",
    "Tient compte": "acknowledge",
    "Est préoccupée": "be_concerned",
    "Est préoccupé": "be_concerned",
    "Reste préoccupée": "be_concerned",
    "Reste préoccupé": "be_concerned",
    "Demeure préoccupée": "be_concerned",
    "Demeure préoccupé": "be_concerned",
    "Est alarmée": "be_alarmed",
    "Est alarmé": "be_alarmed",
    "Est convaincue": "be_convinced",
    "Est convaincu": "be_convinced",
    "Reste convaincue": "be_convinced",
    "Reste convaincu": "be_convinced",
    "Est consciente": "recognize",
    "Sait": "recognize",
    "Est conscient": "be_aware",
    "Résout": "resolve",
    "Est résolue": "resolve",
    "Est résolu": "resolve",
    "S'engage": "commit",
    "Déplore": "deplore",
    "Regrette": "regret",
    "Condamne": "condemn",
    "Dénonce": "condemn",
    "Rejette": "reject",
    "Félicite": "commend",
    "Loue": "commend",
    "Rend hommage": "commend",
    "Apprécie": "recognize",
    "Sait gré": "appreciate",
    "Encourage": "encourage",
    "Engage": "encourage",
    "Demande instamment": "urge",
    "Prie instamment": "urge",
    "Invite instamment": "urge",
    "Appelle instamment": "urge",
    "Exhorte": "urge",
    "Demande à": "call_upon",
    "Demande aux": "call_upon",
    "Demande au": "call_upon",
    "Lance un appel": "call_upon",
    "Demande": "call_for",
    "Préconise": "encourage",
    "Incite": "encourage",  # "Incite les parties à ...": "Encourages the parties to"
    "Appelle à": "call_for",
    "Prie": "request",
    "Invite": "invite",
    "Décide": "decide",
    "Appuie": "support",
    "Soutient": "support",
    "Fait sien": "endorse",
    "Fait siens": "endorse",
    "Fait sienne": "endorse",
    "Fait siennes": "endorse",
    "Souscrit": "endorse",
    "Approuve": "approve",
    "Adopte": "adopt",
    "Autorise": "authorize",
    "Exige": "demand",
    "Charge": "direct",
    "Donne pour instruction": "direct",
    "Prescrit": "direct",
    "Crée": "establish",
    "Établit": "establish",
    "Institue": "establish",
    "Déclare": "declare",
    "Proclame": "declare",
    "Détermine": "determine",
    "Recommande": "recommend",
    "Suggère": "recommend",
    "Propose": "recommend",
    "Convient": "agree",
    "Accepte": "accept",
    "Attend avec intérêt": "look_forward",
    "Appelle l'attention": "draw_attention",
    "Attire l'attention": "draw_attention",
    "Maintient": "maintain",
    "Modifie": "amend",
    "Ouvre un crédit": "appropriate",
    "Ouvre des crédits": "appropriate",
    # First person plural (declarations).
    "Nous rappelons": "recall",
    "Nous reconnaissons": "recognize",
    "Nous prenons acte": "acknowledge",
    "Nous réaffirmons": "reaffirm",
    "Nous réitérons": "reiterate",
    "Nous renouvelons": "reiterate",
    "Nous notons": "note",
    "Nous constatons": "note",
    "Nous prenons note": "take_note",
    "Nous nous félicitons": "welcome",
    "Nous saluons": "welcome",
    "Nous exprimons": "express",
    "Exprimons": "express",
    "Nous soulignons": "stress",
    "Nous insistons": "emphasize",
    "Nous mettons en relief": "underline",
    "Nous mettons en exergue": "underscore",
    "Nous mettons en évidence": "highlight",
    "Nous affirmons": "affirm",
    "Nous considérons": "consider",
    "Nous estimons": "consider",
    "Nous pensons": "consider",
    "Nous sommes fermement convaincus": "consider",
    "Nous sommes préoccupés": "be_concerned",
    "Nous sommes inquiets": "be_concerned",
    "Nous sommes convaincus": "be_convinced",
    "Nous sommes conscients": "be_aware",
    "Nous sommes résolus": "resolve",
    "Nous sommes déterminés": "resolve",
    "Nous nous engageons": "commit",
    "Nous poursuivrons": "commit",
    "Nous devons": "commit",
    "Nous condamnons": "condemn",
    "Nous déplorons": "deplore",
    "Nous félicitons": "commend",
    "Nous apprécions": "appreciate",
    "Nous encourageons": "encourage",
    "Nous exhortons": "urge",
    "Nous demandons instamment": "urge",
    "Nous demandons à": "call_upon",
    "Nous demandons aux": "call_upon",
    "Nous engageons": "call_upon",
    "Nous demandons": "call_for",
    "Nous prions": "request",
    "Nous invitons": "invite",
    "Nous décidons": "decide",
    "Nous appuyons": "support",
    "Nous soutenons": "support",
    "Nous faisons nôtre": "endorse",
    "Nous adoptons": "adopt",
    "Nous convenons": "agree",
    "Nous déclarons": "declare",
    "Nous attendons avec intérêt": "look_forward",
    # Marked so by the UN (its XML of sessions 77-78: scripts/harvest_phrases.py).
    "Remercie": "express",
    "Se déclare préoccupée": "express",
    "Engage instamment": "urge",
    "Se dit consciente": "recognize",
    "S'inquiète": "express",
    "Mesure": "recognize",
    "Prend en considération": "take_into_account",
    "Souhaite": "encourage",
    "Exprime sa gratitude": "express",
    "A conscience": "recognize",
    "Redit": "reiterate",
    "Se réjouit": "welcome",
    "Accueille avec intérêt": "welcome",
    "Exprime ses remerciements": "express",
    "Réaffirme son soutien": "reaffirm",
    "Exprime sa satisfaction": "express",
    "Demande une fois de plus": "call_upon",
    "Réaffirme sa volonté": "reaffirm",
    "Réaffirme son engagement": "reaffirm",
    "Invite et encourage": "invite",
    "Se dit préoccupée": "express",
    "Se déclare favorable": "encourage",
    "Réaffirme son attachement": "reaffirm",
    "Condamne dans les termes les plus vigoureux": "condemn",
    "Continue d'encourager": "encourage",
    # the UN's French for "Continues to urge", "Continues to encourage", "Continues to call upon"
    "Continue d'exhorter": "urge",
    "Continue à exhorter": "urge",
    "Continue à encourager": "encourage",
    "Continue d'engager": "encourage",
    # the addressee's pronoun inside the phrase: "et continue de les encourager à ..."
    "Continue de les encourager": "encourage",
    "Continue de l'encourager": "encourage",
    "Continue à les encourager": "encourage",
    "Continue de préconiser": "encourage",
    "Continue de demander à": "call_upon",
    "Continue de demander aux": "call_upon",
    "Soumet": "commend",
    "Remercie de nouveau": "reiterate",
    # "Reiterates its call upon / request / invitation" (reiterate in English) said "again"
    "Demande de nouveau": "reiterate",
    "Prie de nouveau": "reiterate",
    "Invite de nouveau": "reiterate",
    "Engage de nouveau": "reiterate",
    "Demande à nouveau": "reiterate",
    "Prie à nouveau": "reiterate",
    "Invite à nouveau": "reiterate",
    "Affirme de nouveau": "reaffirm",
    "Engage vivement": "urge",  # "Urges", as translated
    "Engage vivement une nouvelle fois": "reiterate",  # "Reiterates its strong encouragement"
    "Prend note avec inquiétude": "note",  # "Notes with concern"
    "Réitère son appel": "reiterate",
    "Appuie sans réserve": "express",
    "Lance un appel pressant": "call_upon",
    "Exige une fois de plus": "demand",
    "Soutient et encourage": "support",
    "Salue et encourage": "welcome",
    "Déplore et condamne dans les termes les plus énergiques": "deplore",
    "Condamne vigoureusement": "condemn",
    "Appelle de ses vœux": "call_for",
    "Connaît": "recognize",
    "Appelle": "call_for",
    "Se déclare très préoccupée": "express",
    "Réaffirme avec force": "reaffirm",
    "Note avec une grande inquiétude": "note",
    "Condamne sans réserve": "condemn",
    "Se déclare particulièrement préoccupée": "express",
    "Constate avec une profonde inquiétude": "recognize",
    "Prie une nouvelle fois": "reiterate",
    "Réaffirme son adhésion": "reaffirm",
    # the UN's French for "Expresses the hope", "Recognizes", "Encourages", "Objects to",
    # "Expresses", "Notes", "Stresses"
    "Espère": "express",
    "Se rend compte": "recognize",
    "Comprend": "recognize",
    "Prône": "encourage",
    "S'élève contre": "reject",
    "Fait part": "express",
    "Relève": "note",
    "Signale": "stress",
    "Exprime son soutien": "express",
    # The Security Council's (see the preambular table's)
    "Se déclare préoccupé": "express",
    "Se déclare très préoccupé": "express",
    "Se déclare particulièrement préoccupé": "express",
    "Se déclare inquiet": "express",
    "Se déclare inquiète": "express",
    "Se déclare prêt": "express",
    "Se déclare prête": "express",
    "Se déclare disposé": "express",
    "Se déclare disposée": "express",
    "Se déclare satisfait": "express",
    "Se déclare satisfaite": "express",
    "Se déclare très satisfait": "express",
    "Se déclare très satisfaite": "express",
    "Se dit préoccupé": "express",
    "Se dit conscient": "recognize",
    "Se dit déterminé": "affirm",
    "Se dit déterminée": "affirm",
    "Exprime sa préoccupation": "express",
    "Exprime sa grave préoccupation": "express",
    "Exprime son inquiétude": "express",
    "Exprime son intention": "express",
    "Exprime son plein appui": "express",
    "Déclare son intention": "express",
    "Entend": "express",  # "Entend suivre": "Expresses its intention"
    "Demande une nouvelle fois": "reiterate",
    "Constate une fois de plus": "reiterate",
    "Renouvelle son appel": "reiterate",
    "Accueille avec satisfaction et encourage": "welcome",
    "Constate et encourage": "recognize",
    "Prie avec insistance": "urge",
    "Enjoint": "demand",
    "Précise": "affirm",  # "Clarifies"
    "Tient à préciser": "stress",
}

# Verbs whose action depends on what follows them (ru "призывает" + an infinitive is "Calls
# for"); most French table phrases carry their object ("Demande aux", calls upon; "Demande",
# calls for), these do not:
# - "Prend note"/"Prenant note" (and "Prend acte") renders both "Takes note of" and "Notes": the
#   UN's English takes note of a text (a report, a paragraph, a declaration, a decision) and
#   notes what is done (the work, activities, efforts, contributions, progress, measures of
#   someone): "Prend note des travaux de la Commission" is "Notes the work of the Commission";
# - "Demande au" + a unit of the Secretariat or a body of the Assembly's own ("au Département",
#   "au Bureau", "au Comité", "au Rapporteur spécial") is "Requests", as "Prie le Département"
#   is; + a State, the Secretary-General or another organ it stays "Calls upon" (the UN's
#   English: "Calls upon the Secretary-General", 15 times of 15 in sessions 77-78);
# - "Prie les États" is "Calls upon States" ("Prie le Secrétaire général", requests).
_NOTED = (
    r"\s*,?\s*(?:de\s+la|de\s+l['’]\s*|du|des)\s*(?:(?:nombreuses?|importante?s?|précieuse?s?"
    r"|remarquables?|grands?|constante?s?|inlassables?)\s+)?"
    r"(?:travaux|travail|activités|efforts|contributions?|progrès|action|débats|initiatives|mesures"
    r"|élections|application|difficultés|discussions|coopération|participation|problèmes|fait)"
    r"(?![^\W\d_])"
)
ACTIONS_BY_OBJECT: dict[str, tuple[tuple[str, str], ...]] = {
    "Prend note": ((_NOTED, "note"),),
    "Prenant note": ((_NOTED, "note"),),
    "Prend acte": ((_NOTED, "note"),),
    "Prenant acte": ((_NOTED, "note"),),
    "Prenant note avec satisfaction": ((_NOTED, "note"),),
    "Demande au": (
        (
            r"\s*(?:Département|Bureau|Service|Programme|Secrétariat|Comité|Groupe|Mécanisme"
            r"|Rapporteur\s+spécial)(?![^\W\d_])",
            "request",
        ),
    ),
    "Demande à": (
        (r"\s*la\s+Rapporteuse\s+spéciale(?![^\W\d_])", "request"),
        # "demande à cet égard que ..." (calls in this regard for): no one is asked, unless an
        # addressee follows ("demande à cet égard aux États de ...") or was named before it
        # ("leur demande à cet égard de ...")
        (
            r"\s*(?:cet\s+égard|ce\s+propos|ce\s+sujet|cette\s+fin|cet\s+effet)"
            r"(?!\s*,?\s*(?:(?:à|aux|au|de)\s|d['’]))",
            "call_for",
        ),
    ),
    "Prie": (
        (r"\s*,?\s*(?:en\s+outre\s+|également\s+|aussi\s+)?les\s+États(?![^\W\d_])", "call_upon"),
    ),
    # "incite au renforcement de ...": calls for, no one asked (as "incite les États à ..." asks)
    "Incite": ((r"\s+(?:à(?!\s+ce\s+sujet|\s+cet\s+égard)|au|aux)(?![^\W\d_])", "call_for"),),
    # "Appelle le Gouvernement à ..." (Calls upon the Government), "et appelle les États à
    # ...": an actor called upon; "Appelle à", "Appelle l’attention" and "Appelle de ses vœux"
    # are phrases of their own (calls for, draws attention)
    "Appelle": (
        (
            r"\s+(?:(?:également|aussi|en\s+outre|de\s+nouveau|à\s+nouveau|une\s+fois\s+de\s+plus"
            r"|par\s+ailleurs|en\s+particulier|à\s+cet\s+égard),?\s+)*"
            r"(?:(?:les?|la|tous|toutes|chaque|ces|cet|cette|ses|son|sa|leurs?)\s|l['’](?!attention)"
            r"|(?-i:[A-ZÀ-Ý]))",
            "call_upon",
        ),
    ),
    # "Recommande ... à l’attention des gouvernements" is "Commends ... to the attention of
    # Governments": nothing asked
    "Recommande": (
        (r"(?=[^;:]{0,400}?\bà\s+l['’]attention\s+(?:des|de\s+la|du|de\s+l['’]))", "commend"),
    ),
    # "Lance un appel pour que …", "lance un appel en faveur de …": "Calls for", which asks no one
    # (as "Lance un appel aux États" asks them)
    "Lance un appel": ((r"\s+(?:pour\s+que|pour\s+qu['’]|en\s+faveur\s+d)", "call_for"),),
    # "Demande que des contributions volontaires soient versées" and "Demande que soient fournies
    # à la Force des contributions volontaires" are "Invites voluntary contributions"
    "Demande": (
        # "..., leur demande de faciliter ..." (and calls upon them to facilitate): the
        # addressee's pronoun before the verb, its infinitive after it
        # ("leur demande donc de ...", "leur demande en outre de ...")
        (
            r"\s+(?:(?:donc|en\s+outre|également|aussi|par\s+ailleurs|à\s+cet\s+égard),?\s+)?"
            r"(?:de\s+|d['’]\s*)(?!(?:nouveau|urgence|toute\s+urgence|mieux|plus)(?![^\W\d_]))[^\W\d_]",
            "call_upon",
        ),
        (
            r"\s+que\s+(?:des\s+contributions\s+volontaires\b"
            r"|soient\s+(?:fournies|versées|apportées)\b[^;:]{0,80}?\bcontributions\s+volontaires\b)",
            "invite",
        ),
    ),
}

ADDITIVES: tuple[str, ...] = (
    "également",
    "en outre",
    "de nouveau",
    "à nouveau",
    "aussi",
    "encore",
    "par ailleurs",
    "de plus",
    "toutefois",
    "cependant",
    "néanmoins",
)

MODIFIERS: dict[str, str] = {
    "avec satisfaction": "with satisfaction",
    "avec une grande satisfaction": "with great satisfaction",
    "avec appréciation": "with appreciation",
    "avec gratitude": "with gratitude",
    "avec reconnaissance": "with appreciation",
    "avec intérêt": "with interest",
    "avec inquiétude": "with concern",
    "avec préoccupation": "with concern",
    "avec une vive préoccupation": "with deep concern",
    "avec une profonde préoccupation": "with deep concern",
    "avec une grande préoccupation": "with great concern",
    "avec une vive inquiétude": "with deep concern",
    "avec regret": "with regret",
    "avec un profond regret": "with deep regret",
    "profondément": "deeply",
    "vivement": "deeply",
    "gravement": "gravely",
    "sérieusement": "seriously",
    "fermement": "firmly",
    "particulièrement": "particularly",
    "extrêmement": "deeply",
    "de plus en plus": "increasingly",
    "énergiquement": "strongly",
    "fortement": "strongly",
    "pleinement": "fully",
    "solennellement": "solemnly",
    "d'urgence": "urgently",
    "chaleureusement": "warmly",
    "sans équivoque": "unequivocally",
    "avec la plus grande fermeté": "in the strongest terms",
    "dans les termes les plus énergiques": "in the strongest terms",
}

PREAMBULAR_PREFIXES: tuple[str, ...] = ()

# Prepositions a verb governs that end a table phrase but that the UN does not print in italics
# (bold in Arabic and Chinese) with it: "ссылаясь на" is marked "ссылаясь". The phrase keeps its
# table key and action; its printed extent leaves them out.
UNMARKED_PARTICLES: tuple[str, ...] = ("aux", "au", "à", "par")
# Whether a paragraph's first word is capitalized: a flattened text is cut only
# before a capitalized leading phrase where it is.
CAPITALIZED_PARAGRAPHS: bool = True

EQUIVALENT_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("stress", "emphasize", "underline", "underscore", "highlight"),
    ("encourage", "call_upon", "urge", "call_for"),
    ("recognize", "consider", "note", "be_aware", "acknowledge", "welcome", "appreciate"),
    ("recognize", "determine"),
    ("bear_in_mind", "be_aware", "take_into_account", "consider"),
    ("consider", "be_convinced"),
    ("commit", "resolve"),
    ("reaffirm", "reiterate"),  # "Réaffirme" for "Reiterates" as often as for "Reaffirms"
    ("reiterate", "call_upon", "call_for", "demand", "express"),
    ("call_for", "call_upon", "request"),
    ("note", "take_note", "acknowledge"),
    ("approve", "endorse"),
    ("express", "be_concerned"),
    ("determine", "consider", "note"),
    ("reaffirm", "reiterate"),
    ("commend", "welcome"),
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

_DATE = r"\d{1,2}(?:er|re)?\s+[^\W\d_]+\s+\d{4}"

# Sub-item letters printed otherwise than in Latin -> Latin letter (none here).
SUBITEM_LETTERS: dict[str, str] = {}

# Frequent function words, for telling apart languages that share a script (langid.py).
FUNCTION_WORDS: tuple[str, ...] = (
    "les",
    "des",
    "du",
    "et",
    "la",
    "le",
    "sur",
    "pour",
    "dans",
    "une",
)

# Letters that only end a word, in a script written right to left (none here; see ar.py).
FINAL_ONLY_LETTERS: str = ""

MASTHEAD: dict[str, str] = {
    "distribution": (
        r"^Distr\.?\s*:?\s*(?P<value>générale|generale|limitée|limitee|restreinte|General|Limited"
        r"|Restricted)\b"
    ),
    "original": r"^Original\s*:\s*(?P<value>\w+)",
    "session": (r"^(?P<ordinal>[\w\- ]+?)\s+session(?:\s+extraordinaire(?:\s+d['’]urgence)?)?\b"),
    "agenda_item": (
        r"^Points?\s+(?P<value>.+?)\s+de\s+l['’]ordre\s+du\s+jour(?:\s+provisoire)?\s*$"
    ),
    "adopted": (
        r"^(?-i:Résolutions?)\s+adoptées?\s+par\s+(?:l['’]|le\s+|la\s+)?(?P<body>.+?)"
        r"(?:,?\s+le\s+(?P<date>" + _DATE + r"))?\s*$"
    ),
    "drafts": (
        r"^\[(?:sans\s+renvoi\s+(?:préalable\s+)?à\s+une\s+grande\s+commission"
        r"|sur\s+(?:la\s+base\s+du\s+)?rapport\s+d)"
    ),
    "meeting": r"^(?P<value>\d+\s*(?:e|è|ème|eme|re)\s+séance\s+plénière(?:\s+\(reprise\))?)\s*$",
    # Heading and adoption line of a Security Council resolution ("Résolution 2505 (2020)",
    # "Adoptée par le Conseil de sécurité à sa 8701e séance, le 13 janvier 2020").
    "sc_resolution": (
        r"^(?:Résolution\s+(?P<num>\d{1,4})\s*\((?P<year>(?:19|20)\d\d)\)"
        r"|(?P<num2>\d{1,4})\s*\((?P<year2>(?:19|20)\d\d)\)\.?\s+Résolution)"
        r"(?:,?\s+du\s+(?P<date>" + _DATE + r"))?\.?\s*$"
    ),
    "sc_adoption": (
        r"^(?-i:Adoptée)\s+(?=à\s|sans\s|par\s+le\s+Conseil|lors\s|le\s+\d)(?:à\s+l['’]unanimité\s+)?"
        r"(?:par\s+le\s+Conseil\s+de\s+sécurité\s*)?"
        r"(?:(?:à|lors\s+de)\s+(?:sa|la)\s+(?P<meeting>\d{1,5}\s*e\s+séance))?"
        r"(?:[^.]*?\ble\s+(?P<date>" + _DATE + r"))?"
    ),
    "annex": r"^Annexe(?:\s+(?P<number>[IVXL]+|\d+|[A-H]))?\s*$",
    "explanatory_memorandum": r"^Mémoire\s+explicatif\s*$",
    "draft_resolution": r"\bprojet\s+de\s+(?:résolution|décision)\b",
    "draft_decision": r"\bprojet\s+de\s+décision\b",
    "report_of": r"^(?:Rapport|Note) d[ue]",
    "letter": (
        r"^(?:Lettres?\s+identiques|Lettres?)\s+datées?\s+du\s+(?P<date>" + _DATE + r"),?"
        r"(?:\s+(?:émanant\s+)?d[eu']\s*(?P<sender>.+?),?)??"
        r"\s+adressées?\s+(?:à\s+la\s+|à\s+l['’]\s*|au\s+|aux\s+|à\s+)?(?P<addressee>.+?)"
        r"(?:\s+par\s+(?P<sender2>.+))?$"
    ),
    "signed": r"^\((?:Signé|Signe)\)\s*(?P<value>.+)$",
    "request_item": (
        r"\b(?:demande\s+d['’]inscription\s+d['’]une\s+question|inscription\s+d['’]une\s+question"
        r"\s+(?:supplémentaire|additionnelle))"
    ),
}

# Beginnings of the words that qualify a session and may stand between its ordinal and the word
# for "session": none: French puts "extraordinaire" and "d'urgence" after "session".
SESSION_QUALIFIERS: tuple[str, ...] = ()

# Patterns of the analysis stage (see en.py for the keys).
ANALYSIS: dict[str, str] = {
    "session": r"(?P<ord>\b(?:(?:[\w-]+,\s+){0,6}[\w-]+\s+et\s+)?[\w-]+)\s+sessions?\b",
    "next_session": r"\bsa\s+prochaine\s+session\b",
    "current_session": r"\bsa\s+(?:présente\s+session|session\s+en\s+cours)\b",
    "report_request": (
        r"\b(?:prie|invite|demande|engage|encourage|exhorte)\b[^;:]{0,1000}?"
        # not a duty the paragraph recalls ("notamment celle de présenter les rapports")
        r"(?:(?<!\bcelle\sde\s)(?<!\bobligation\sde\s)(?<!\bobligations\sde\s)"
        # (the subjunctive "qu’il présente", not "la présente résolution", "sa présente session")
        r"\b(?:présenter|soumettre|communiquer|établir|élaborer|transmettre"
        r"|(?<!\bla\s)(?<!\bsa\s)présente|soumette|remettre|remette)\b"
        # a quoted item's title may stand between; "un compte rendu" (an account) is a report, the
        # record of a meeting ("un compte rendu de la réunion") none
        r"(?:[^;:«]|«[^»]{0,400}»){0,200}?"
        r"\b(?:rapports?|compte\s+rendu(?!\s+(?:analytique|de\s+la\s+(?:réunion|séance))))\b"
        r"|\b(?:lui\s+)?faire\s+rapport\b"
        # "rendre compte" to account, not to answer for one's acts ("que les auteurs aient à en
        # rendre compte", "les amener à rendre compte de leurs actes")
        r"|(?<!\baient\sà\s)(?<!\baient\sà\sen\s)(?<!\bmieux\s)\brendre\s+compte\b(?!\s+de\s+(?:leurs|ses|son)\s+actes)"
        # to include in a report, not a report in a quoted title ("d’inclure le sujet « Rapport … »")
        r"|\bd['’]inclure\b[^;:«]{0,120}?\brapport"
        r"|\bfaire\s+figurer\b[^;:]{0,120}?\brapport|\blui\s+faire\s+part\b|\b(?:de|à)\s+l['’]informer\b"
        # to keep the Assembly informed: "de la tenir au courant", "de tenir l'Assemblée informée"
        r"|\b(?:la\s+tenir|tenir\s+l['’]Assemblée(?:\s+générale)?)\s+(?:\w+\s+)?(?:informée|au\s+courant)\b"
        # information asked in a coming report: "de faire le point ... dans son prochain rapport"
        r"|(?<!\bcelle\sde\s)(?<!\bobligation\sde\s)(?<!\bobligations\sde\s)"
        # (not "donner suite aux recommandations figurant dans les rapports", to follow up what
        # reports already contain)
        r"\b(?:fournir|inclure|faire\s+le\s+point|donner(?!\s+suite)|présenter|expliquer"
        r"|préciser|faire\s+état)\b[^;:]{0,250}?"
        r"(?<!\bfigurant\s)(?<!\bformulées\s)(?<!\bformulés\s)(?<!\bcontenues\s)(?<!\bcontenus\s)"
        r"\bdans\s+(?:le|son|ses|les|leurs?|des)\s+(?:prochains?\s+|futurs?\s+)?rapports?\b"
        r"|\bdans\s+(?:le|son|ses|les)\s+(?:prochains?\s+)?rapports?\s+(?:annuels?\s+)?"
        r"(?:qu['’](?:il|elle|ils|elles)\s+(?:lui\s+)?présenter|à\s+l['’]Assemblée))"
    ),
    "agenda_include": r"\bd['’]inscrire\b[^;]{0,300}?\b(?:à|au)\s+(?:l['’]ordre\s+du\s+jour\s+provisoire|projet\s+d['’]ordre\s+du\s+jour)\s+de\s+(?:sa|ladite|cette|la\s+[\w-]+\s+session)\b",
    "under_item": r"\bau\s+titre\s+de\s+la\s+question\s+intitulée\s*$",
    "series_title_before": (
        r"(?:(?P<since>\bet\s+(?:toutes\s+)?ses\s+(?:autres\s+résolutions|résolutions\s+(?:ultérieures|antérieures"
        r"|précédentes)|précédentes\s+résolutions))\s+)?"
        r"\b(?:sur|relatives?\s+(?:à|au|aux)|concernant|intitulées?)\s+(?:la\s+|le\s+|l[\'’]\s*|les\s+)?"
        r"(?:question\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l[\'’]\s*|d[\'’]\s*un\s+|d[\'’]\s*une\s+))?(?:«\s*)?$"
    ),
    "series_title_after": r"^\s*»?\s*(?:[,;.:(]|et\b|$)",
    "series_title_then": (
        r"^\s*»?\s*(?:\s+et\s+(?:sur\s+)?[^\W\d][^,;\d]{2,200}?)?\s*,?\s*"
        r"(?:notamment|y\s+compris|en\s+particulier)\s+(?:sa\s+|ses\s+|la\s+|les\s+)?résolutions?\b"
    ),
    "series_which": r"^\W*(?:du\W+)?(?:dans|par)\s+laquelle\b",
    # what a resolution recalled with a clause of series_which did once (proclaimed, designated,
    # endorsed, convened, established, adopted, granted ...): another act, not the series' text
    "series_once": r"\s*elle\s+(?:a\s+)?(?:aussi\s+|également\s+)?(?:décidé\s+d[e’\']\s*(?:tenir|consacrer|organiser)\b|(?:décidé\s+d[e’\']\s*)?(?:proclam|désign|déclar|approuv|fait\s+sien|convoqu|cré|établi|adopt|accord))",
    "series_lead_aside": r"\ben\s+particulier\b",
    "series_latest": (
        r"(?:\bses\s+(?:[^\W\d_]+\s+){0,3}résolutions\b[^;]*?,\s*(?:dont\s+la\s+plus\s+récente\s+est|"
        r"la\s+plus\s+récente\s+étant)"
        r"|\bses\s+résolutions\s+antérieures\s+sur\s+la\s+question(?:\s+(?:de\s+la|du|des|de\s+l[\'’])\s*"
        r"(?P<subject>[^,;]{3,80}?))?,\s*(?:en\s+particulier|notamment))"
        r"\s+(?:sa\s+|la\s+|ses\s+|les\s+)?résolution(?P<many>s)?\s*$"
    ),
    # the latest of its own and others' resolutions ("toutes ses résolutions pertinentes, ainsi que
    # celles du Conseil ..., dont les plus récentes sont la résolution 51/31 du Conseil ... et sa
    # résolution 76/170")
    "series_latest_among": (
        r"\bses\s+(?:[^\W\d_]+\s+){0,2}résolutions\b[^;]*?,\s*dont\s+les\s+plus\s+récentes\s+sont\b"
        r"[^;]{0,200}?\bsa\s+résolution\s*$"
    ),
    "series_and_previous": (
        r"^\W*(?:du\W+)?(?:(?:sur|relative\s+(?:à|au|aux))\s+(?:la\s+|le\s+|les\s+|l[\'’]\s*)?"
        r"(?P<subject>[^;]{3,200}?)\s*,?\s+)?(?:et|ainsi\s+que)\s+(?:toutes\s+)?(?:de\s+)?ses\s+"
        r"(?:autres\s+)?résolutions\s+(?:antérieures|précédentes)(?:\s+pertinentes)?"
        r"(?:\s+sur\s+la\s+question|\s+(?:sur|relatives\s+(?:à|au|aux))\s+(?:la\s+|le\s+|les\s+|l[\'’]\s*)?"
        r"(?P<topic>[^,;.]{3,200}?))?\s*(?:[,;.:]|$)"
    ),
    "series_endings": r"(?!)",
    "series_run_closed": r"(?!)",
    # the periodic review of the title's subject ("75/233 ... sur l’examen quadriennal complet
    # des <title>"): the series' text of its session
    "series_review": r"\bexamen\s+(?:quadriennal|triennal)\s+complet\s+(?:des|du|de\s+la|de\s+l[’'])\s*$",
    # the lead of a clause of its own ("..., ainsi que sa résolution 79/501 ...")
    "series_clause_lead": r"[,;]\s*(?:et\s+)?ainsi\s+que\s+(?:sa\s+)?résolution\s*$",
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
        r"\bet\s+(?:sa\s+|ses\s+)?décisions?\s+\d{1,3}/\d{3}(?:\s+[A-Z]\b)?(?:\s+du\b)?"
    ),
    "agenda_defer": r"\b(?:reporter|report[ea]|différer|diffère|renvoyer)\b[^;]{0,200}?\b(?:l['’]examen|sa\s+décision|une\s+décision)\b",
    "sub_item_of": r"\bde\s+la\s+question\s+intitulée\s*$",
    "entitled": r"\bintitulée?s?\s*$",
    "resolution_word": r"\brésolutions?\b",
    "decision_word": r"\bdécisions?\b",
    "sc_word": r"\bConseil\s+de\s+sécurité\b",
    "rule": r"\barticles?\s+(?P<num>\d{1,3})(?P<more>(?:\s*(?:,|et|ou)\s*\d{1,3})*)\s+(?:de\s+son|du)\s+règlement\s+intérieur",
    "charter": r"\bCharte\s+des\s+Nations\s+Unies\b",
    "annual": r"\bannuel(?:le)?(?:ment)?\b|\bchaque\s+année\b|\btous\s+les\s+ans\b",
    "biennial": r"\bbiennal(?:e)?\b|\btous\s+les\s+deux\s+ans\b",
    "triennial": r"\btriennal(?:e)?\b|\btous\s+les\s+trois\s+ans\b",
    # a second ask joined by "et", or by the comma alone ("..., engage tous les États à ...")
    "conjunction": r"(?:[,;]\s*(?:et\s+)?|\s+et\s+)(?:aussi\s+|également\s+)?"
    r"(?:,?\s*(?:à\s+cet\s+égard|dans\s+ce\s+contexte|à\s+cette\s+fin),?\s+)?"
    r"(?:l['’]\s*|les?\s+|leur\s+|lui\s+)?"  # the addressee's pronoun first: "et l’encourage à", "et le prie"
    # or a relative clause on the addressee named before: "les créanciers, qu’elle invite à ...",
    # or on the text named before: "le Cadre mondial ..., dont elle encourage l’application"
    r"|,\s*qu['’]elle\s+(?:l['’]\s*|les?\s+)?|,\s*dont\s+elle\s+",
    # sentence adverbs between a second ask's conjunction and its verb (see en.py)
    "ask_adverbs": r"une\s+fois\s+de\s+plus|donc|par\s+conséquent|en\s+conséquence|ainsi|en\s+particulier",
    # words between a verb and its object, where English puts them before the verb or after the
    # object: "et demande en outre au Département de ..." (and further requests the
    # Department), "Demande en particulier à Israël de ..." (calls upon Israel particularly)
    "verb_asides": (
        r"en\s+outre|également|aussi|par\s+ailleurs|de\s+même|en\s+particulier|notamment"
        r"|avec\s+insistance|par\s+conséquent|en\s+conséquence|donc"
        r"|à\s+cet\s+égard|à\s+ce\s+propos|à\s+ce\s+sujet|dans\s+ce\s+contexte|à\s+cette\s+fin"
        # manner words the Council puts there: "demande fermement à toutes les parties de ..."
        # (strongly calls upon), "demande de toute urgence aux deux dirigeants de ..."
        r"|fermement|de\s+toute\s+urgence"
    ),
    "session_word": r"session",  # a cheap test before the "session" pattern
    "hrc_word": r"\bConseil\s+des\s+droits\s+de\s+l['’]homme\b",
    # the organ of a citation (analyze/organs.py)
    "organ_hrc": r"\bConseil\s+des\s+droits\s+de\s+l['’]homme\b|\bCommission\s+des\s+droits\s+de\s+l['’]homme\b",
    "organ_ecosoc": r"\bConseil\s+économique\s+et\s+social\b",
    "organ_unea": r"\bAssemblée\s+des\s+Nations\s+Unies\s+pour\s+l['’]environnement\b",
    "organ_other": (
        r"\b(?:Assemblée\s+des\s+Nations\s+Unies\s+pour\s+les\s+établissements\s+humains"
        r"|Assemblée\s+mondiale\s+de\s+la\s+[Ss]anté|Conférence\s+des\s+(?:États\s+)?[Pp]arties"
        r"|Réunion\s+des\s+[Pp]arties|Assemblée\s+des\s+États\s+[Pp]arties|Conseil\s+exécutif"
        r"|Conseil\s+d['’]administration|Conférence\s+générale"
        r"|Commission(?!\s+du\s+droit\s+international)(?!\s+des\s+droits\s+de\s+l)"
        r"|Conseil\s+de\s+l['’]Autorité|Assemblée\s+de\s+l['’]Autorité)\b"
    ),
    "organ_ga": r"\bAssemblée\s+générale\b|\bsa\s+(?=(?:résolution|décision)s?\b)|\bses\s+(?=(?:résolution|décision)s\b)",
    "organ_ga_possessive": r"s(?:a|es)\s*",  # the Assembly's possessive ("its"), not its name
    "not_sc": r"(?:\brecommandations?\s+générales?|\bobservations?\s+générales?|\bConventions?|\bnos?|\bno)\s*(?:nos?\s*)?$",
    "list_joiner": r"(?:,\s*(?:et\s+)?|\set\s+)$",  # the next item of a list of citations
    # a lone paragraph's kind by its last mark, where its words do not say it (Chinese)
    "preambular_end": ",",
    "operative_end": ";.",
    # what a report is on ("subject": the first group that matched), and the words for the
    # present resolution (resolved to its symbol and title)
    "report_subject": r"\b(?:rapports?|rendre\s+compte|faire\s+rapport)\b[^;]{0,160}?(?<!titre)\s(?:sur|concernant|de)\s+(?P<subject>(?:l['’]|la\s|le\s|les\s|ses\s|son\s|sa\s|leurs?\s)[^,;]{4,250})",
    "subject_end": r"\s+(?:à\s+(?:sa|l['’]Assemblée)\b|lors\s+de\b|en\s+\d{4}\b|au\s+titre\s+de\b|pour\s+examen\b|et\s*$|et\s+(?:décide|de)\b|qui\s+(?:comporte|contienne|soit)\b)",  # where the subject stops: the due session, the item
    "subject_before": "",  # "1": the subject stands before the word report (关于…的报告)
    "present_resolution": r"\bla\s+présente\s+résolution\b",
    "kind_after": "",
    "date_before_citation": "",  # "1": the date of a citation is written before it
    "reordered_numbers": "",  # "1": numbers may be printed reordered (٥٠/٥٩ for 59/50, digits reversed)
    "opening_word": r"\bouvr|\bouverture",  # a decision on when a session opens
}

# Numbers a paragraph states (compare/numbers.py). Clock times, read as "HH:MM": regexes with
# groups hour, minute and, where the language writes one, part (the part of the day).
CLOCK_TIMES: tuple[str, ...] = (
    r"(?P<hour>\d{1,2}) ?h ?(?P<minute>\d{1,2})?(?![\w\d])",
    # "18 heures" is a time after "à", "de", "vers", "entre", "après", "avant" ("à 15
    # heures"), else a duration ("jusqu'à 18 heures" a day)
    r"(?:(?<=(?<!jusqu')\bà )|(?<=\bde )|(?<=\bvers )|(?<=\bentre )|(?<=\baprès )"
    r"|(?<=\bavant ))(?P<hour>\d{1,2}) heures?(?: ?(?P<minute>\d{2}))?",
)
# The decimal sign: where it is a comma, "14.600 millones" is 14,600 million.
DECIMAL_SIGN = ","
# Amounts with a scale word ("4,8 millions"): the word (a regex, to the word's end), its value.
SCALE_WORDS: tuple[tuple[str, int], ...] = (
    (r"billions?(?!\w)", 10**12),  # the long scale: a French billion is 10**12
    (r"milliards?(?!\w)", 10**9),
    (r"millions?(?!\w)", 10**6),
)
# Duals of a scale word ("مليوني", two million): a regex and the value.
SCALE_DUALS: tuple[tuple[str, int], ...] = ()
# Numbers written in words, 2 and up ("un" is an article): see mandata.lang.en.NUMBER_WORDS.
_FR_UNITS = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
NUMBER_WORDS: dict[str, int] = {
    **{w: i for i, w in enumerate(_FR_UNITS, 2)},
    **{
        w: i
        for i, w in enumerate(["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"], 10)
    },
    "dix-sept": 17,
    "dix-huit": 18,
    "dix-neuf": 19,
    **{
        w: 10 * i for i, w in enumerate(["vingt", "trente", "quarante", "cinquante", "soixante"], 2)
    },
    "soixante-dix": 70,
    "quatre-vingt": 80,
    "quatre-vingts": 80,
    "quatre-vingt-dix": 90,
    "cent": 100,
    "mille": 1000,
    "douzaine": 12,
}
# Whether text from UN PDFs prints the groups of a large number in reverse order.
REVERSED_NUMBER_GROUPS = False
# Month numbers of dates, not numbers of the text (where the month has no name): a regex or "".
NUMERIC_MONTHS = ""

# The search index (registry/tokens.py): the words left out of it (short on purpose, separated
# by spaces) and the Snowball stemmer of the language's words (PyStemmer's name; "" for none).
STOP_WORDS = (
    "à au aux c ce ces d dans de des du en et j l la le les leur m n ne ou par pour qu que "
    "qui s se sur t un une"
)
STEMMER = "french"

# The tables above, as the parser reads them (mypy checks them against LanguageData).
# The words that join a second clause to a paragraph at a line's or a block's start: after the
# items of a paragraph's list ("et demande de nouveau que ...", "et exige que les responsables ..."), or a wrapped line, the paragraph goes on
# (segment/blocks.py, segment/structure.py).
JOINING_PREFIXES: tuple[str, ...] = ("et ", "ainsi que ")

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
