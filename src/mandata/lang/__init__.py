"""Language data: one module per official language, with the same names in each.

The modules (``ar``, ``en``, ``es``, ``fr``, ``ru``, ``zh``) hold tables only; the logic that uses
them is shared and never branches on a language code where a table can say it. :func:`get` loads a
module on demand and wraps it in a :class:`LangData` with the compiled forms the parser needs.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from mandata.errors import UnknownLanguage

LANGUAGES: tuple[str, ...] = ("ar", "en", "es", "fr", "ru", "zh")


@dataclass(frozen=True)
class LangData:
    """The tables of one language, as loaded from ``mandata.lang.<code>``."""

    code: str
    module: ModuleType

    def table(self, name: str) -> object:
        """A table of the module by its name (e.g. ``"MONTHS"``)."""
        return getattr(self.module, name)

    def pattern(self, name: str) -> re.Pattern[str]:
        """A masthead pattern of the language (``MASTHEAD[name]``), compiled once."""
        return _compiled(self.code, name)


@cache
def get(code: str) -> LangData:
    """The data of language ``code``; :class:`UnknownLanguage` for anything but the six."""
    if code not in LANGUAGES:
        raise UnknownLanguage(f"unknown language {code!r}: expected one of {', '.join(LANGUAGES)}")
    return LangData(code, importlib.import_module(f"mandata.lang.{code}"))


@cache
def _compiled(code: str, name: str) -> re.Pattern[str]:
    source = get(code).module.MASTHEAD[name]
    return re.compile(source, re.IGNORECASE | re.MULTILINE)
