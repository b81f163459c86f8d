"""The language a file name gives, and the ``--lang`` lists of the command line.

A language tag in a file's name says which version it is, more surely than detection does on a
short text (an English "Sendai, Japan, 14-18 March 2015" reads as French). Recognised, in the
name without its extension:

- a two-letter code ending it after a separator, or alone: ``report-EN``, ``report_en``,
  ``report.en`` (``report.en.txt``), ``report (en)``, ``en`` (the Digital Library's
  ``A_RES_78_1-EN.pdf``);
- the UN's job number with its one-letter language suffix, ending it: ``…-2421660E`` (the UN's
  XML files, ``A_RES_78_10-2323443E.xml``); the letters are each language module's
  ``UN_JOB_LETTER`` (A, C, E, F, R, S).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import PurePath

from mandata import lang

__all__ = ["language_list", "language_of_name"]

_EXTENSIONS = (".txt", ".pdf", ".docx", ".doc", ".rtf", ".wpd", ".html", ".htm", ".xhtml", ".xml")
_LAST_TOKEN = re.compile(r"(?:^|[-_.\s(])([A-Za-z]{2})\)?$")
_JOB_NUMBER = re.compile(r"(?:^|[^A-Za-z0-9])[A-Z]?\d{6,8}([A-Z])$")


@cache
def _job_letters() -> dict[str, str]:
    return {lang.get(code).un_job_letter: code for code in lang.LANGUAGES}


def language_of_name(path: str) -> str | None:
    """The language code a file's name carries (see the module docstring), or None."""
    stem = PurePath(path).name
    if stem.lower().endswith(_EXTENSIONS):
        stem = stem[: stem.rfind(".")]
    stem = stem.strip()
    job = _JOB_NUMBER.search(stem)
    if job is not None:
        return _job_letters().get(job[1])
    tag = _LAST_TOKEN.search(stem)
    if tag is None or (stem.endswith(")") and "(" + tag[1] + ")" not in stem):
        return None
    code = tag[1].lower()
    return code if code in lang.LANGUAGES else None


def language_list(value: str | None, count: int) -> list[str | None]:
    """``--lang`` for ``count`` paths: none, one code for all, or one code per path in order
    (``ar,en,es,fr,ru,zh``). :class:`~mandata.errors.UnknownLanguage` for a code that is not one
    of the six, ValueError for a list whose length is neither 1 nor ``count``."""
    if not value:
        return [None] * count
    codes = [c.strip() for c in value.split(",")]
    for code in codes:
        lang.get(code)
    if len(codes) == 1:
        return [codes[0]] * count
    if len(codes) != count:
        raise ValueError(
            f"--lang gives {len(codes)} languages for {count} paths: give one, or one per path"
        )
    return list(codes)
