"""Language data: one module per official language, each filling one :class:`LanguageData`.

The modules (``ar``, ``en``, ``es``, ``fr``, ``ru``, ``zh``) hold tables only, under the same names
in each, and end with ``DATA = LanguageData(...)``, which mypy checks against the fields below;
the logic that uses them is shared and never branches on a language code where a table can say
it. :func:`get` loads a module on demand and gives its ``DATA``. The ordinal numbers are computed
from rules (:mod:`mandata.lang.ordinals`), not listed.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from mandata.errors import UnknownLanguage

LANGUAGES: tuple[str, ...] = ("ar", "en", "es", "fr", "ru", "zh")

Ending = Literal["preambular", "operative"]  # the kind of paragraph a final character marks


@dataclass(frozen=True, eq=False)
class LanguageData:
    """The tables of one language; a field per table of its module (``MONTHS`` -> ``months``).

    What each table holds is said where the module defines it (``mandata/lang/en.py``)."""

    code: str
    name: str  # in English: "Arabic"
    native_name: str  # "العربية"
    right_to_left: bool
    phrase_emphasis: str  # how the UN prints a leading phrase: "italic", "bold", "bold italic"
    un_job_letter: str  # ends the UN's job numbers ("2421660E") and file names
    paragraph_endings: dict[str, Ending]  # last character -> "preambular" / "operative"
    ocr_pack: str  # tesseract's language pack
    ocr_script: str  # the script tesseract's detection names
    ocr_psm: int  # tesseract's page segmentation mode for a page of one column
    language_names: dict[str, str]  # "english" -> "en"
    months: dict[str, int]
    date: str  # a regex with groups day, month, year
    date_range_end: str  # a regex for the end of a range of days, or ""
    enacting: dict[str, str]  # enacting formula -> organ ("GA", "SC" ...)
    preambular: dict[str, str]  # leading phrase -> action key
    operative: dict[str, str]
    additives: tuple[str, ...]  # "also", "further" ...
    modifiers: dict[str, str]  # manner words -> their key
    preambular_prefixes: tuple[str, ...]
    unmarked_particles: tuple[str, ...]
    capitalized_paragraphs: bool  # do paragraphs open with a capital
    equivalent_actions: tuple[tuple[str, ...], ...]  # action keys the language does not tell apart
    annex_numbers: dict[str, int]  # "II" -> 2
    subitem_letters: dict[str, str]  # agenda sub-item letters -> Latin ones
    function_words: tuple[str, ...]  # language identification
    final_only_letters: str  # letters that only end a word (visual order of PDF text)
    masthead: dict[str, str]  # masthead patterns by name, see :meth:`pattern`
    session_qualifiers: tuple[str, ...]  # "special", "emergency" between ordinal and "session"
    analysis: dict[str, str]  # patterns of the analysis stage by name
    clock_times: tuple[str, ...]  # regexes with groups hour, minute, part
    decimal_sign: str  # "." or ","
    scale_words: tuple[tuple[str, int], ...]  # "million" (a regex) -> 10**6
    scale_duals: tuple[tuple[str, int], ...]  # "مليوني" (a regex) -> 2 * 10**6
    number_words: dict[str, int]  # numbers written in words, 2 and up: "thirteen" -> 13
    reversed_number_groups: bool  # "918 483" is 483,918 (Arabic PDFs)
    numeric_months: str  # a regex for a month's number in a date ("9月"), or ""
    stop_words: str  # left out of the search index, separated by spaces
    stemmer: str  # Snowball stemmer of the search index ("english"), "" for none
    # Tables of one or two languages, empty in the others.
    ocr_lost_lines: bool = False  # ar: OCR looks for lines tesseract skipped (read/lostlines.py)
    # ar: the packs a page's top and bottom bands are read again in (read/bandsymbol.py)
    ocr_band_packs: tuple[str, ...] = ()  # (head's, foot's), or none
    # ar: the letters that rise to the script's ascender height, and the marks that stand above
    # it (a word holding one is not measured): the line sizes of OCR (read/ocr_sizes.py)
    ocr_tall_letters: str = ""
    # ar: each letter -> its skeleton, the shape OCR keeps when it loses the dots and the hamza
    # ("واد" for "وإذ": both "واد")
    ocr_skeleton: dict[str, str] = field(default_factory=dict)
    ocr_marks_above: str = ""
    zh_digits: dict[str, str] = field(default_factory=dict)  # "〇" -> "0" (years digit by digit)
    joining_prefixes: tuple[str, ...] = ()  # a list's tail or a wrapped line opening so goes on
    # ar: "and" written on the next word ("و"): a list's tail opening with it before a verb of
    # the operative table goes on ("وتطالب ...", "and demands ...")
    attached_joiners: tuple[str, ...] = ()
    name_cases_irregular: dict[str, tuple[str, ...]] = field(default_factory=dict)  # ru
    name_plural_nouns: tuple[str, ...] = ()  # ru: nouns in the plural ("Нидерланды")
    name_soft_feminine: tuple[str, ...] = ()  # ru: feminine nouns in -ь ("Беларусь")
    name_particles: tuple[str, ...] = ()  # ar: attached to a name ("و", "ل", "ب" ...)
    name_particles_pattern: str = ""  # ar: the same as a regex before the names
    folded_actions: dict[str, str] = field(default_factory=dict)  # en: key -> the key reported
    # ar: table phrase -> a regex of the words after it that the UN marks with it ("its deep
    # concern"), matched right after the phrase
    phrase_objects: dict[str, str] = field(default_factory=dict)
    # table phrase -> (a regex of the words right after the phrase, the action it then stands
    # for), the first that matches: a verb that renders two English ones, told apart by its
    # object (ru "призывает" + an infinitive, calls for; + an actor, calls upon)
    actions_by_object: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # zh: a regex of what, right after a table phrase, makes it a noun rather than the verb
    # that opens a paragraph ("批款的筹措", the financing of the appropriation: a heading)
    phrase_not_before: str = ""
    # zh: a regex of a paragraph that opens with its object before its verb of stance
    # ("对…深感不安，"), matched on a line joined to the next
    stance_opening: str = ""
    # ar, zh: a section's number printed alone on a line over its title, in words ("ثانيا", "二")
    # -> number (the Roman "II" of the other languages needs no table)
    section_numbers: dict[str, int] = field(default_factory=dict)
    # zh: a regex of the next date of a list that shares the year of the date before it
    # ("2022年5月10日和9月22日"), groups month and day
    date_list_next: str = ""
    # ar: what a number word may carry joined before it (the article, "and" ...)
    number_prefixes: tuple[str, ...] = ()
    # a regex of a month of a year without its day ("May 2024", "mayo de 2024", "2024年5月"),
    # groups month and year (read case-sensitively)
    month_year: str = ""

    def pattern(self, name: str) -> re.Pattern[str]:
        """A masthead pattern of the language (``masthead[name]``), compiled once."""
        return _compiled(self.code, name)


@cache
def get(code: str) -> LanguageData:
    """The data of language ``code``; :class:`UnknownLanguage` for anything but the six."""
    if code not in LANGUAGES:
        raise UnknownLanguage(f"unknown language {code!r}: expected one of {', '.join(LANGUAGES)}")
    data: LanguageData = importlib.import_module(f"mandata.lang.{code}").DATA
    return data


@cache
def actions_by_object(code: str) -> dict[str, tuple[tuple[re.Pattern[str], str], ...]]:
    """The language's ``actions_by_object`` compiled once for the leading phrase and the
    mandates alike: the verb phrase as a key (case folded, one space between words) -> (what
    follows it, ignoring case; the reported action key)."""
    return {
        " ".join(k.casefold().replace("’", "'").split()): tuple(
            (re.compile(rx, re.IGNORECASE), folded_action(a)) for rx, a in v
        )
        for k, v in get(code).actions_by_object.items()
    }


def folded_action(key: str) -> str:
    """The action key reported for a table's ``key``: the English module folds near-synonyms
    that every other language translates with one phrase into one key (``FOLDED_ACTIONS``), so
    that the six versions of a paragraph give the same key whichever table named it."""
    return get("en").folded_actions.get(key, key)


@cache
def _compiled(code: str, name: str) -> re.Pattern[str]:
    return re.compile(get(code).masthead[name], re.IGNORECASE | re.MULTILINE)
