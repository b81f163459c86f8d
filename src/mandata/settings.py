"""Settings, declared once as data: name, environment variable, default, help.

The CLI reads flags first, then these environment variables; the README's settings table lists the
same rows (a test checks that every setting is documented).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass

from mandata.errors import MandataError


@dataclass(frozen=True)
class Setting:
    """One setting: its environment variable, default and meaning."""

    name: str
    env: str
    default: str | None
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "MANDATA_DB", "mandata.db", "the registry: a SQLite path or a database URL"),
    Setting("max_bytes", "MANDATA_MAX_BYTES", str(50 * 1024 * 1024), "largest file read, in bytes"),
    Setting("workers", "MANDATA_WORKERS", None, "processes for batch parsing (default: all cores)"),
    Setting(
        "ocr",
        "MANDATA_OCR",
        "auto",
        "which PDF pages are read by OCR: auto (pages without a usable text layer), always, never",
    ),
    Setting(
        "convert_seconds",
        "MANDATA_CONVERT_SECONDS",
        "120",
        "longest LibreOffice may take to convert one .doc, .rtf or .wpd file",
    ),
    Setting(
        "ocr_seconds", "MANDATA_OCR_SECONDS", "900", "longest the OCR of one document may take"
    ),
    Setting(
        "ocr_workers",
        "MANDATA_OCR_WORKERS",
        None,
        "tesseract processes for the pages of one document (default: all cores)",
    ),
    Setting(
        "corpus", "MANDATA_CORPUS", "../shared/corpus", "the test corpus (tests and bench only)"
    ),
    Setting(
        "token",
        "MANDATA_TOKEN",
        None,
        "the token the API's writing endpoints ask for; unset, they are off",
    ),
    Setting(
        "upload_bytes",
        "MANDATA_UPLOAD_BYTES",
        str(10 * 1024 * 1024),
        "largest file the web UI and API accept, in bytes",
    ),
    Setting(
        "upload_seconds",
        "MANDATA_UPLOAD_SECONDS",
        "60",
        "longest the web UI and API spend parsing one upload, in seconds",
    ),
    Setting(
        "upload_workers",
        "MANDATA_UPLOAD_WORKERS",
        "2",
        "processes that parse uploads for the web UI and API",
    ),
    Setting(
        "ods_url",
        "MANDATA_ODS_URL",
        "https://documents.un.org",
        "the Official Document System (mandata fetch)",
    ),
    Setting(
        "undl_url",
        "MANDATA_UNDL_URL",
        "https://digitallibrary.un.org",
        "the UN Digital Library (mandata fetch)",
    ),
    Setting(
        "unxml_url",
        "MANDATA_UNXML_URL",
        "https://api.github.com/repos/UNxml",
        "the UN XML repositories' listings, GitHub's contents API (mandata fetch)",
    ),
    Setting(
        "igov_url",
        "MANDATA_IGOV_URL",
        "https://igov.un.org",
        "IGov, the GA decisions (mandata fetch)",
    ),
    Setting(
        "fetch_delay", "MANDATA_FETCH_DELAY", "1.0", "least seconds between two calls to one host"
    ),
    Setting(
        "fetch_timeout",
        "MANDATA_FETCH_TIMEOUT",
        "60",
        "seconds a call may take before it is retried",
    ),
    Setting(
        "fetch_retries",
        "MANDATA_FETCH_RETRIES",
        "4",
        "retries of a call after a 429, a 5xx or a timeout",
    ),
    Setting(
        "fetch_contact",
        "MANDATA_FETCH_CONTACT",
        None,
        "an e-mail or URL put in the User-Agent, so that a service can reach you",
    ),
    Setting(
        "fetch_dir", "MANDATA_FETCH_DIR", "fetched", "where mandata fetch stores files (--into)"
    ),
    Setting(
        "test_pg",
        "MANDATA_TEST_PG",
        "postgresql+psycopg://postgres@127.0.0.1:5432/test",
        "the PostgreSQL server the tests and benchmarks create their databases on",
    ),
)


def _value(name: str) -> str | None:
    setting = next(s for s in SETTINGS if s.name == name)
    return os.environ.get(setting.env, setting.default)


# The largest values the size limit and the worker count take: a read of the limit plus one
# byte must be possible, and no machine runs more parsing processes than this.
MAX_BYTES = sys.maxsize - 1
MAX_WORKERS = 1024


def _positive_int(name: str, ceiling: int | None = None) -> int | None:
    raw = _value(name)
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        raise MandataError(f"setting {name} must be a whole number, not {raw!r}") from None
    if value <= 0:
        raise MandataError(f"setting {name} must be positive, not {value}")
    if ceiling is not None and value > ceiling:
        raise MandataError(f"setting {name} must be at most {ceiling}, not {value}")
    return value


def max_bytes_setting() -> int | None:
    """The file size limit (``MANDATA_MAX_BYTES``)."""
    return _positive_int("max_bytes", MAX_BYTES)


def workers_setting() -> int:
    """Processes for batch work (``MANDATA_WORKERS``, else the number of cores)."""
    return _positive_int("workers", MAX_WORKERS) or os.cpu_count() or 1


def token_setting() -> str | None:
    """The API token (``MANDATA_TOKEN``); None or empty means nothing can be written."""
    return _value("token") or None


def upload_bytes_setting() -> int:
    """The upload size limit of the web UI and API (``MANDATA_UPLOAD_BYTES``)."""
    return _positive_int("upload_bytes") or 10 * 1024 * 1024


def upload_seconds_setting() -> int:
    """The time limit of one upload's parse (``MANDATA_UPLOAD_SECONDS``)."""
    return _positive_int("upload_seconds") or 60


def upload_workers_setting() -> int:
    """The processes that parse uploads (``MANDATA_UPLOAD_WORKERS``)."""
    return _positive_int("upload_workers") or 2


def setting_value(name: str) -> str | None:
    """The value of setting ``name``: its environment variable, else its default."""
    return _value(name)


# --- Credentials are never shown ---------------------------------------------------------------

# "scheme://user:PASSWORD@host": the password runs to the last "@" before a space (an "@" inside
# it should be written %40, but one that is not must not leak the rest); "password=PASSWORD" is
# the libpq keyword form a driver's message may echo.
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^\s:/@]*:)[^\s]*(?=@)")
_KEYWORD_PASSWORD = re.compile(r"(?P<head>\bpassword\s*=\s*)(?:'(?:[^'\\]|\\.)*'|[^\s']+)", re.I)
HIDDEN = "***"


def redact(message: str) -> str:
    """``message`` with the password of every URL (``postgresql://user:***@host/db``) and of
    every ``password=...`` hidden: applied to whatever shows a database URL or an error that may
    embed one (CLI errors, ``serve``'s start-up line, the registry's errors the API returns)."""
    if "@" not in message and "password" not in message.lower():
        return message
    message = _URL_PASSWORD.sub(lambda m: m["head"] + HIDDEN, message)
    return _KEYWORD_PASSWORD.sub(lambda m: m["head"] + HIDDEN, message)


def redact_url(url: str) -> str:
    """A database URL as it may be shown: its password replaced by ``***`` (SQLAlchemy's own
    rendering when it parses the URL, :func:`redact` when it does not)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return redact(make_url(url).render_as_string(hide_password=True))
    except (ArgumentError, ValueError):
        return redact(url)


OCR_MODES = ("auto", "always", "never")


def ocr_setting() -> str:
    """When PDF pages are read by OCR (``MANDATA_OCR``): auto, always or never."""
    raw = (_value("ocr") or "auto").strip().lower()
    if raw not in OCR_MODES:
        raise MandataError(f"setting ocr must be one of {', '.join(OCR_MODES)}, not {raw!r}")
    return raw


def ocr_seconds_setting() -> int:
    """Longest the OCR of one document may take, in seconds (``MANDATA_OCR_SECONDS``)."""
    return _positive_int("ocr_seconds") or 900


def ocr_workers_setting() -> int:
    """Tesseract processes for one document's pages (``MANDATA_OCR_WORKERS``, else the cores)."""
    return _positive_int("ocr_workers", MAX_WORKERS) or os.cpu_count() or 1


def convert_seconds_setting() -> int:
    """Longest a legacy file's conversion may take, in seconds (``MANDATA_CONVERT_SECONDS``)."""
    return _positive_int("convert_seconds") or 120
