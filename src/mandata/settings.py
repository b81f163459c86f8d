"""Settings, declared once as data: name, environment variable, default, help.

The CLI reads flags first, then these environment variables; the README's settings table lists the
same rows (a test checks that every setting is documented).
"""

from __future__ import annotations

import os
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
        "test_pg",
        "MANDATA_TEST_PG",
        "postgresql+psycopg://postgres@127.0.0.1:5432/test",
        "the PostgreSQL server the tests and benchmarks create their databases on",
    ),
)


def _value(name: str) -> str | None:
    setting = next(s for s in SETTINGS if s.name == name)
    return os.environ.get(setting.env, setting.default)


def _positive_int(name: str) -> int | None:
    raw = _value(name)
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        raise MandataError(f"setting {name} must be a whole number, not {raw!r}") from None
    if value <= 0:
        raise MandataError(f"setting {name} must be positive, not {value}")
    return value


def max_bytes_setting() -> int | None:
    """The file size limit (``MANDATA_MAX_BYTES``)."""
    return _positive_int("max_bytes")


def workers_setting() -> int:
    """Processes for batch work (``MANDATA_WORKERS``, else the number of cores)."""
    return _positive_int("workers") or os.cpu_count() or 1


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
