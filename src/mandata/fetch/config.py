"""The settings of a fetch: the services' base URLs and the politeness, read once from the
environment (``MANDATA_ODS_URL`` and the others of :mod:`mandata.settings`)."""

from __future__ import annotations

from dataclasses import dataclass

from mandata import __version__
from mandata.errors import MandataError
from mandata.settings import max_bytes_setting, setting_value


@dataclass(frozen=True)
class Services:
    """Base URLs of the four services (no trailing slash): a mirror or a test server can stand
    in for any of them."""

    ods: str
    undl: str
    unxml: str
    igov: str


@dataclass(frozen=True)
class Politeness:
    """How the client behaves towards a service."""

    delay: float = 1.0  # least seconds between the end of one call to a host and the next
    timeout: float = 60.0  # seconds for each network operation, and 4x that for a whole body
    retries: int = 4  # retries after a 429, a 5xx, a timeout, a dropped or truncated body
    contact: str | None = None  # put in the User-Agent (and From: when it is an address)
    max_wait: float = 300.0  # the longest Retry-After honoured; longer gives up
    max_bytes: int = 50 * 1024 * 1024  # a larger body is refused

    @property
    def user_agent(self) -> str:
        """``mandata/0.1.0 (+contact)``: who is calling, and how to reach them."""
        contact = f"; contact: {self.contact}" if self.contact else ""
        return f"mandata/{__version__} (UN document fetcher; +https://pypi.org/project/mandata{contact})"


def services() -> Services:
    """The base URLs from ``MANDATA_ODS_URL``, ``MANDATA_UNDL_URL``, ``MANDATA_UNXML_URL`` and
    ``MANDATA_IGOV_URL`` (defaults: the real services)."""
    urls = [_url(name) for name in ("ods_url", "undl_url", "unxml_url", "igov_url")]
    return Services(*urls)


def politeness() -> Politeness:
    """The politeness settings from ``MANDATA_FETCH_DELAY`` and the others."""
    return Politeness(
        delay=_number("fetch_delay", minimum=0.0),
        timeout=_number("fetch_timeout", minimum=0.001),
        retries=int(_number("fetch_retries", minimum=0.0, whole=True)),
        contact=(setting_value("fetch_contact") or "").strip() or None,
        max_bytes=max_bytes_setting() or 50 * 1024 * 1024,
    )


def _url(name: str) -> str:
    raw = (setting_value(name) or "").strip().rstrip("/")
    if not raw.startswith(("http://", "https://")):
        raise MandataError(f"setting {name} must be an http(s) URL, not {raw!r}")
    return raw


def _number(name: str, minimum: float, whole: bool = False) -> float:
    raw = (setting_value(name) or "").strip()
    try:
        value = int(raw) if whole else float(raw)
    except ValueError:
        kind = "a whole number" if whole else "a number of seconds"
        raise MandataError(f"setting {name} must be {kind}, not {raw!r}") from None
    if value < minimum or value != value:  # NaN is not a number of seconds
        raise MandataError(f"setting {name} must be at least {minimum:g}, not {raw}")
    return float(value)
