"""Large regular expressions compiled once per machine, not once per process.

The language tables become patterns of tens of thousands of characters (the leading phrases of
Arabic: 200,000), and Python's ``re`` spends most of a cold ``mandata parse`` compiling them
(0.1-0.6 s a language). :func:`compile` keeps what the compiler makes of a pattern -- the
engine's program, a list of integers -- in the user's cache folder
(``$XDG_CACHE_HOME/mandata/patterns``, else ``~/.cache/mandata/patterns``), under a key made of
the pattern's text, its flags and the Python version, and builds the pattern from it the next time
with no parsing or compiling: the same program, so the same matches.

The cache is an optimisation only: a file that is missing, unreadable, from another Python, or
damaged is ignored (the engine validates the program it is given, and the pattern is compiled as
usual and written again); a cache folder that cannot be written is left alone.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

try:  # the engine and the compiler's stages: CPython's own, used as ``re.compile`` uses them
    import _sre  # type: ignore[import-not-found,unused-ignore]
    from re import _compiler, _parser  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # another Python: patterns are compiled as usual
    _sre = None

SMALL = 2000  # patterns shorter than this compile faster than they load
_VERSION = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{sys.version}"


def cache_folder() -> Path:
    """Where compiled patterns are kept."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mandata" / "patterns"


def compile(source: str, flags: int = 0, small: int = SMALL) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the cache folder when it holds the pattern. One
    shorter than ``small`` is compiled as usual: a short pattern compiles faster than it loads,
    unless it holds a class of wide characters (CJK punctuation), whose table takes the compiler
    milliseconds to make (``small=0`` keeps such a pattern however short)."""
    if _sre is None or len(source) < small or flags & re.DEBUG:
        return re.compile(source, flags)
    path = cache_folder() / f"{_key(source, flags)}.sre"
    try:
        return _load(path, source)
    except Exception:  # missing, unreadable, other version, damaged: compile it again
        pass
    try:
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        head = {
            "flags": int(flags | parsed.state.flags),
            "groups": parsed.state.groups - 1,
            "groupindex": dict(parsed.state.groupdict),
        }
        pattern = _build(source, head, code)
    except re.error:
        raise
    except Exception:  # the compiler's stages are not as this Python's used to be
        return re.compile(source, flags)
    _save(path, head, code)
    return pattern


def compile_changed(
    source: str, flags: int, change: Callable[[Any], int | None], tag: str
) -> re.Pattern[str] | None:
    """The pattern of ``source`` whose parse tree (``re._parser.parse``) ``change`` altered in
    place, compiled with the flags it returns (None: it could not: no pattern); kept in the
    cache folder under ``tag`` (which names the change and its code), the text and the flags."""
    if _sre is None:
        return None
    path = cache_folder() / f"{_key(tag + chr(0) + source, flags)}.sre"
    try:
        return _load(path, source)
    except Exception:  # missing, unreadable, other version, damaged: made again
        pass
    parsed = _parser.parse(source, flags)
    changed = change(parsed)
    if changed is None:
        return None
    code = _compiler._code(parsed, changed)
    head = {
        "flags": int(changed),
        "groups": parsed.state.groups - 1,
        "groupindex": dict(parsed.state.groupdict),
    }
    pattern = _build(source, head, code)
    _save(path, head, code)  # kept however short: the change costs more than the compiling
    return pattern


def cached_text(material: str, build: Callable[[], str]) -> str:
    """``build()``, kept in the cache folder under a key made of ``material``: everything the
    text depends on (the caller's code included), for pattern texts slow to make (a trie of
    thousands of names) whose compiled pattern is cached too."""
    path = (
        cache_folder()
        / f"{hashlib.sha256(material.encode('utf-8', 'surrogatepass')).hexdigest()[:32]}.txt"
    )
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        pass
    text = build()
    _write(path, text.encode("utf-8", "surrogatepass"))
    return text


def _key(source: str, flags: int) -> str:
    digest = hashlib.sha256(f"{_VERSION}\0{flags}\0".encode())
    digest.update(source.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def _build(source: str, head: dict[str, Any], code: list[int]) -> re.Pattern[str]:
    """The pattern of an engine program, as ``re._compiler.compile`` builds it."""
    groupindex: dict[str, int] = head["groupindex"]
    indexgroup: list[str | None] = [None] * (head["groups"] + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    built: re.Pattern[str] = _sre.compile(
        source, head["flags"], code, head["groups"], groupindex, tuple(indexgroup)
    )
    return built


def _load(path: Path, source: str) -> re.Pattern[str]:
    data = path.read_bytes()
    line, _, body = data.partition(b"\n")
    head = json.loads(line)
    code = array.array(head["type"])
    code.frombytes(body)
    if head["version"] != _VERSION or len(code) != head["length"]:
        raise ValueError("another Python's pattern, or a damaged file")
    return _build(source, head, code.tolist())


def _save(path: Path, head: dict[str, Any], code: list[int]) -> None:
    kind = "I" if array.array("I").itemsize == _sre.CODESIZE else "L"
    record = {**head, "version": _VERSION, "type": kind, "length": len(code)}
    try:
        data = json.dumps(record).encode() + b"\n" + array.array(kind, code).tobytes()
    except OverflowError:
        return
    _write(path, data)


def _write(path: Path, data: bytes) -> None:
    """Write a cache file atomically (a rename), or nothing when the folder is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


_Trie = dict[str, "_Trie"]


def literal_trie(words: Iterable[str], char: Callable[[str], str] = re.escape) -> str:
    """A regex of the literal ``words`` as a trie ("ab|a|b" as "a(?:b)?|b"): it matches what
    their alternation longest first matches, trying them in the same order where two can match at
    one place (the longer of two that are one a prefix of the other first; words of one length
    that differ cannot both match), and Python's engine tries a branch per next character
    instead of one per word (twice as fast over the operative verbs of a language). ``char``
    gives each character's pattern (escaped by default; the entity names give some a class of
    their variants)."""
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [char(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(root)
