"""File names as mandata shows and stores them: one line of valid UTF-8, whatever the name holds.

A POSIX file name is any bytes but "/" and NUL. Python keeps bytes that are not UTF-8 as lone
surrogates (``surrogateescape``), which JSON, databases and terminals refuse or corrupt; a newline
in a name could forge a second ``mandata: error:`` line, and an escape sequence would be obeyed
by the terminal. :func:`shown_name` writes such bytes and every control character as a backslash
escape (``\\xff``, ``\\n``, ``\\x1b``), leaves everything else as it is, and is idempotent (a
backslash is not escaped), so a name already shown can pass through it again.
"""

from __future__ import annotations

import os

__all__ = ["one_line", "shown_name"]

# C0 controls, DEL, C1 controls (NEL among them) and the Unicode line and paragraph separators.
_CONTROLS = [*range(0x00, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029]
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPES = {
    code: _NAMED.get(chr(code), f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
    for code in _CONTROLS
}


def shown_name(name: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """``name`` with undecodable bytes written ``\\xNN`` and control characters escaped."""
    text = os.fsdecode(name)
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace").translate(_ESCAPES)


def one_line(message: str) -> str:
    """A message as one printable line: its control characters (newlines first) escaped."""
    return shown_name(message)
