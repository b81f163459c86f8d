"""The Official Document System: a file by symbol, language and format.

``GET {MANDATA_ODS_URL}/api/symbol/access?s=SYMBOL&l=E&t=pdf`` redirects to the file and answers
404 when there is none. The one-letter language codes A C E F R S (Arabic, Chinese, English,
French, Russian, Spanish: each language's ``UN_JOB_LETTER``) work for all six languages; ``t`` is ``pdf``, ``docx`` or ``doc``.
"""

from __future__ import annotations

from urllib.parse import urlencode

from mandata import lang

FORMATS = ("pdf", "docx", "doc")


def file_url(base: str, symbol: str, language: str, fmt: str) -> str:
    """The address that redirects to ``symbol`` in ``language`` as ``fmt``."""
    query = urlencode({"s": symbol, "l": lang.get(language).un_job_letter, "t": fmt})
    return f"{base}/api/symbol/access?{query}"
