"""English: the tables the parser reads. Data only; the same names in every language module.

Sources: UN editorial practice as printed in General Assembly and Security Council documents
(../shared/corpus ga78, ga80, sc), the DGACM editorial manual.
"""

from mandata.lang.ordinals_en import ORDINALS

CODE = "en"
NAME = "English"

__all__ = ["ORDINALS"]

# Words naming a language in this language -> ISO 639-1 code ("Original: Russian").
LANGUAGE_NAMES: dict[str, str] = {
    "arabic": "ar",
    "chinese": "zh",
    "english": "en",
    "french": "fr",
    "russian": "ru",
    "spanish": "es",
}

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}

# Enacting formula -> the body it names.
ENACTING: dict[str, str] = {
    "The General Assembly": "GA",
    "The Security Council": "SC",
    "The Economic and Social Council": "ECOSOC",
    "The Human Rights Council": "HRC",
}

# Leading phrase of a preambular paragraph (without also/further/again and manner words) -> key.
PREAMBULAR: dict[str, str] = {
    "Recalling": "recall",
    "Recognizing": "recognize",
    "Reaffirming": "reaffirm",
    "Noting": "note",
    "Welcoming": "welcome",
    "Expressing": "express",
    "Taking note": "take_note",
    "Stressing": "stress",
    "Emphasizing": "emphasize",
    "Acknowledging": "acknowledge",
    "Having considered": "consider",
    "Bearing in mind": "bear_in_mind",
    "Concerned": "concern",
}

# Leading phrase of an operative paragraph -> key.
OPERATIVE: dict[str, str] = {
    "Requests": "request",
    "Encourages": "encourage",
    "Calls upon": "call_upon",
    "Calls on": "call_upon",
    "Decides": "decide",
    "Urges": "urge",
    "Welcomes": "welcome",
    "Recognizes": "recognize",
    "Notes": "note",
    "Reaffirms": "reaffirm",
    "Invites": "invite",
    "Stresses": "stress",
    "Takes note": "take_note",
    "Emphasizes": "emphasize",
}

# Words that repeat an action without changing it: "Recalling also", "Further requests".
ADDITIVES: tuple[str, ...] = ("also", "further", "again", "once again", "furthermore", "moreover")

# Manner words set apart from the action key (printed form -> canonical English form).
MODIFIERS: dict[str, str] = {
    "with appreciation": "with appreciation",
    "with satisfaction": "with satisfaction",
    "with concern": "with concern",
    "with deep concern": "with deep concern",
    "deeply": "deeply",
    "strongly": "strongly",
}

# Words before the verb that mark a preambular paragraph (Arabic "وإذ"); none in English.
PREAMBULAR_PREFIXES: tuple[str, ...] = ()

# Regular expressions (compiled case-insensitive, multiline) for the masthead and the frame of a
# document. Named groups carry the values.
MASTHEAD: dict[str, str] = {
    "distribution": r"^Distr\.?\s*:?\s*(?P<value>General|Limited|Restricted)\b",
    "original": r"^Original\s*:\s*(?P<value>\w+)",
    "session": r"^(?P<ordinal>[\w\- ]+?)\s+(?:special\s+|emergency\s+special\s+)?session\b",
    "agenda_item": r"^(?:Provisional\s+)?agenda\s+items?\s+(?P<value>.+)$",
    "adopted": r"^Resolution\s+adopted\s+by\s+the\s+(?P<body>.+?)\s+on\s+(?P<date>.+)$",
    "drafts": r"^\[(?:without\s+reference\s+to\s+a\s+Main\s+Committee|on\s+the\s+report\s+of)",
    "meeting": r"^(?P<value>\d+(?:st|nd|rd|th)\s+plenary\s+meeting)\s*$",
    "annex": r"^Annex(?:\s+(?P<number>[IVXL]+|\d+))?\s*$",
    "explanatory_memorandum": r"^Explanatory\s+memorandum\s*$",
    "draft_resolution": r"\bdraft\s+resolution\b",
    "letter": r"^(?:Identical\s+)?letters?\s+dated\s+(?P<date>.+?)\s+(?:from\s+(?P<sender>.+?)\s+)?addressed\s+to\s+(?P<addressee>.+?)(?:\s+(?:from|by)\s+(?P<sender2>.+))?$",
    "signed": r"^\((?:Signed|Sgd\.?)\)\s*(?P<value>.+)$",
    "request_item": r"\b(?:request\s+for\s+the\s+inclusion|inclusion\s+of\s+a\s+(?:supplementary|additional)\s+item)\b",
}
