"""The polite HTTP client every service shares (httpx underneath).

- **A pause between calls to one host**: a call starts at least ``delay`` seconds after the
  previous call to the same host ended. Each redirect hop is a call of its own (redirects are
  followed here, not by httpx), so an ODS redirect is paced too.
- **A timeout on every call**: each network operation (connect, each read) has ``timeout``
  seconds, and a whole body four times that.
- **Retries with exponential backoff** after a 429, a 5xx, a timeout, a dropped connection or a
  body shorter than its Content-Length: ``delay`` × 2, × 4, ... (at most 60 s, a little jitter
  upwards), or what ``Retry-After`` asks (seconds or an HTTP date), which also holds back every
  other call to that host. A wait longer than ``max_wait`` gives up at once.
- **An identifying User-Agent**, with the contact of ``MANDATA_FETCH_CONTACT`` (and ``From:``
  when it is an e-mail address).
- **A negative cache of 404s** (:class:`NotFoundCache`): a URL that answered 404 is not asked
  again for a week.
- **Dry run**: each request is printed instead of made (:class:`DryRun` stops the caller).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit

import httpx

from mandata.errors import MandataError
from mandata.fetch.config import Politeness

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_HOPS = 5
MAX_BACKOFF = 60.0
NOT_FOUND_DAYS = 7


class FetchError(MandataError):
    """A request that failed for good (after its retries), in one line."""

    code = "fetch"


class NotFound(FetchError):
    """The service has no such file (404), now or in the negative cache."""

    code = "not_found"


class DryRun(Exception):
    """Raised instead of making a request under ``--dry-run`` (the request was printed)."""


@dataclass(frozen=True)
class Response:
    """A complete, successful answer."""

    url: str  # the URL asked
    final_url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    fetched_at: str  # ISO 8601, UTC


class _Transient(Exception):
    """A failure worth retrying, with what the server asked us to wait (if it did)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class NotFoundCache:
    """URLs that answered 404, with when, kept in a JSON file between runs."""

    def __init__(self, path: Path | None, days: float = NOT_FOUND_DAYS) -> None:
        self.path = path
        self.days = days
        self.seen: dict[str, float] = {}
        if path is not None and path.is_file():
            try:
                self.seen = {str(k): float(v) for k, v in json.loads(path.read_text()).items()}
            except (ValueError, AttributeError, OSError):
                self.seen = {}  # a damaged cache is only a cache

    def has(self, url: str) -> bool:
        when = self.seen.get(url)
        return when is not None and time.time() - when < self.days * 86400

    def add(self, url: str) -> None:
        self.seen[url] = time.time()
        if self.path is not None:
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.seen, indent=0))
            os.replace(tmp, self.path)


@dataclass
class Client:
    """One client per run: pacing, retries and the 404 cache are shared by all its calls."""

    politeness: Politeness
    not_found: NotFoundCache = field(default_factory=lambda: NotFoundCache(None))
    dry_run: bool = False
    use_cache: bool = True  # False with --refresh: 404s are asked again
    echo: Callable[[str], None] = print
    sleep: Callable[[float], None] = time.sleep
    requests: int = 0  # calls made (each redirect hop and retry counts)
    _next: dict[str, float] = field(default_factory=dict)
    _printed: set[str] = field(default_factory=set)
    _http: httpx.Client | None = None

    def close(self) -> None:
        if self._http is not None:
            self._http.close()

    def get(self, url: str, params: dict[str, str | int] | None = None) -> Response:
        """GET ``url``: the body of a 2xx answer, or :class:`NotFound` / :class:`FetchError`."""
        if params:
            url = f"{url}{'&' if '?' in url else '?'}{urlencode(params)}"
        if self.use_cache and self.not_found.has(url):
            raise NotFound(f"{url}: not found (404, remembered from an earlier run)")
        if self.dry_run:
            if url not in self._printed:  # each request once, however many ask for it
                self._printed.add(url)
                self.echo(f"GET {url}")
            raise DryRun(url)
        return self._with_retries(url)

    def _with_retries(self, url: str) -> Response:
        attempt = 0
        while True:
            try:
                response = self._follow(url)
            except _Transient as err:
                wait = self._backoff(attempt, err.retry_after)
                if attempt >= self.politeness.retries or wait is None:
                    tries = f"{attempt + 1} {'try' if attempt == 0 else 'tries'}"
                    raise FetchError(f"{url}: {err.reason} (gave up after {tries})") from None
                attempt += 1
                self.sleep(wait)
                continue
            if response.status == 404:
                self.not_found.add(url)
                raise NotFound(f"{url}: not found (404)")
            if response.status >= 400:
                raise FetchError(f"{url}: HTTP {response.status}")
            return response

    def _backoff(self, attempt: int, retry_after: float | None) -> float | None:
        """Seconds to wait before the next try, or None when the server asks too much."""
        if retry_after is not None:
            return retry_after if retry_after <= self.politeness.max_wait else None
        base: float = max(self.politeness.delay, 0.01) * 2.0 ** (attempt + 1)
        return min(MAX_BACKOFF, base) * (1 + random.random() / 4)

    def _follow(self, url: str) -> Response:
        """The answer at the end of the redirects, each hop a paced call of its own."""
        current = url
        for _ in range(MAX_HOPS + 1):
            status, headers, body = self._call(current)
            location = headers.get("location")
            if status in REDIRECTS and location:
                current = urljoin(current, location)
                continue
            kind = headers.get("content-type", "").split(";")[0].strip().lower()
            now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            return Response(url, current, status, kind, body, now)
        raise FetchError(f"{url}: more than {MAX_HOPS} redirects")

    def _call(self, url: str) -> tuple[int, httpx.Headers, bytes]:
        """One request, paced; its status, headers and body (empty for a redirect)."""
        host = urlsplit(url).netloc
        self._pace(host)
        self.requests += 1
        try:
            with self._client().stream("GET", url) as response:
                self._hold_back(host, response)
                if response.status_code in RETRY_STATUSES or _rate_limited(response):
                    raise _Transient(_why(response), _retry_after(response.headers))
                if response.status_code in REDIRECTS or response.status_code >= 400:
                    return response.status_code, response.headers, b""
                return response.status_code, response.headers, self._read(response)
        except httpx.TimeoutException:
            raise _Transient(f"timed out (no answer in {self.politeness.timeout:g} s)") from None
        except httpx.TransportError as err:
            message = _first_line(err)
            if "message body" in message:  # h11: fewer bytes than the Content-Length
                raise _Transient(f"truncated body ({message})") from None
            raise _Transient(f"connection failed: {message}") from None
        finally:
            self._next[host] = max(
                self._next.get(host, 0.0), time.monotonic() + self.politeness.delay
            )

    def _pace(self, host: str) -> None:
        wait = self._next.get(host, 0.0) - time.monotonic()
        if wait > 0:
            self.sleep(wait)

    def _hold_back(self, host: str, response: httpx.Response) -> None:
        """A Retry-After holds back every call to the host, not only the retry."""
        after = _retry_after(response.headers)
        if after is not None and after <= self.politeness.max_wait:
            self._next[host] = max(self._next.get(host, 0.0), time.monotonic() + after)

    def _read(self, response: httpx.Response) -> bytes:
        """The whole body, refused when too large, slower than the deadline or truncated."""
        deadline = time.monotonic() + 4 * self.politeness.timeout
        limit = self.politeness.max_bytes
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"{response.url}: larger than {limit} bytes (MANDATA_MAX_BYTES)")
            if time.monotonic() > deadline:
                raise _Transient(f"body not complete in {4 * self.politeness.timeout:g} s")
            chunks.append(chunk)
        _check_length(response)
        return b"".join(chunks)

    def _client(self) -> httpx.Client:
        if self._http is None:
            headers = {"User-Agent": self.politeness.user_agent}
            contact = self.politeness.contact or ""
            if "@" in contact and " " not in contact:
                headers["From"] = contact
            self._http = httpx.Client(
                headers=headers,
                timeout=httpx.Timeout(self.politeness.timeout),
                follow_redirects=False,
            )
        return self._http


def _check_length(response: httpx.Response) -> None:
    """The bytes received (before decoding) must be the bytes the Content-Length declares."""
    declared = response.headers.get("content-length", "")
    got = response.num_bytes_downloaded
    if declared.isdigit() and int(declared) != got:
        raise _Transient(f"truncated body: {got} of {declared} bytes")


def _rate_limited(response: httpx.Response) -> bool:
    """GitHub's API answers 403 with no requests left (its listing serves the UN XML)."""
    return response.status_code == 403 and response.headers.get("x-ratelimit-remaining") == "0"


def _why(response: httpx.Response) -> str:
    if response.status_code == 429 or _rate_limited(response):
        return f"HTTP {response.status_code}: too many requests"
    return f"HTTP {response.status_code}"


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds a ``Retry-After`` (or GitHub's ``x-ratelimit-reset``) asks to wait."""
    raw = headers.get("retry-after", "").strip()
    if raw.isdigit():
        return float(raw)
    if raw:
        try:
            when = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())
    reset = headers.get("x-ratelimit-reset", "")
    if reset.isdigit() and headers.get("x-ratelimit-remaining") == "0":
        return max(0.0, int(reset) - time.time())
    return None


def _first_line(err: Exception) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
