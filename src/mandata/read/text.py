"""Decode the bytes of a plain-text document, detecting the encoding instead of guessing it.

UN texts reach us as UTF-8 (with or without a BOM), UTF-16 (Word's "Unicode text", often without a
BOM) and, in older material, in the Windows code page of each language: Windows-1256 for Arabic,
Windows-1251 for Russian, GB18030/GBK for Chinese and Windows-1252 for French and Spanish. A legacy
code page decodes almost any byte string without error (cp1251 happily turns Arabic into
Cyrillic), so the candidates are judged by how plausible the decoded text looks: the share of
non-ASCII characters that sit in well-formed words of the candidate's script. Random binary data
is refused rather than decoded as garbage.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from mandata.errors import UnreadableDocument, UnsupportedFormat
from mandata.names import shown_name

__all__ = ["decode_text", "label_of", "normalize_newlines"]

# (BOM, Python codec, reported encoding); UTF-32 LE must be tested before UTF-16 LE.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)

# Control characters that text does not contain (tab, LF, VT, FF and CR are fine); C1 controls
# (U+0080-U+009F) in decoded text are a sign of mojibake.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.01
_MIN_SCORE = 0.8
_SAMPLE_CHARS = 50_000
_SAMPLE_BYTES = 65_536


def _in(*ranges: tuple[int, int]) -> Callable[[str], bool]:
    """Return a predicate telling whether a character falls in one of the code point ranges."""

    def test(ch: str) -> bool:
        """True when ``ch`` lies in one of the ranges."""
        o = ord(ch)
        return any(lo <= o <= hi for lo, hi in ranges)

    return test


# The letters of the languages themselves, not of their script's other languages: cp1251 and
# cp1256 fill their upper half with Serbian/Ukrainian and Persian/Urdu letters that random bytes
# hit as often as the Russian or Arabic ones.
_is_arabic = _in((0x0621, 0x063A), (0x0640, 0x065F), (0x0670, 0x0670), (0xFE70, 0xFEFC))
_is_cyrillic = _in((0x0401, 0x0401), (0x0410, 0x044F), (0x0451, 0x0451))
_is_latin = _in(
    (0x00AA, 0x00AA),
    (0x00BA, 0x00BA),
    (0x00C0, 0x00D6),
    (0x00D8, 0x00F6),
    (0x00F8, 0x00FF),
    (0x0152, 0x0153),
    (0x0178, 0x0178),
)
_ARABIC_FINAL = "\u0629\u0649"  # taa marbuta and alif maqsura end a word
_ARABIC_MARK = _in((0x064B, 0x065F), (0x0670, 0x0670))
_ARABIC_MAX_LETTERS = 15


def _case_ok(word: str) -> bool:
    """Cased words are lower, UPPER or Title case; mojibake mixes cases at random."""
    return word.islower() or word.isupper() or word.istitle()


def _nonascii(word: str) -> int:
    """How many characters of ``word`` are outside ASCII."""
    return sum(1 for c in word if ord(c) >= 0x80)


def _judge_latin(word: str) -> int:
    """French/Spanish words: Latin letters, at most about half of them accented.

    Case is not checked ("ONU-Hábitat" loses its hyphen); Arabic or Russian bytes read as
    Windows-1252 give runs of accented letters, which the accent share already catches.
    """
    n = _nonascii(word)
    ok = all(ord(c) < 0x80 or _is_latin(c) for c in word) and n <= (len(word) + 1) // 2
    return n if ok else 0


def _judge_cyrillic(word: str) -> int:
    """Russian words: Cyrillic only (no Latin letters inside), sane case, no initial ь/ъ/ы."""
    ok = all(_is_cyrillic(c) for c in word) and _case_ok(word) and word[0] not in "ьъыЬЪЫ"
    return len(word) if ok else 0


def _judge_arabic(word: str) -> int:
    """Arabic words: Arabic only, not too long, marks after letters, final-only letters last."""
    letters = [c for c in word if not _ARABIC_MARK(c)]
    ok = (
        all(_is_arabic(c) for c in word)
        and not _ARABIC_MARK(word[0])
        and len(letters) <= _ARABIC_MAX_LETTERS
        and not any(c in _ARABIC_FINAL for c in letters[:-1])
    )
    return len(word) if ok else 0


def _common_hanzi(ch: str) -> bool:
    """Chinese characters of GB2312 level 1 (the 3,755 in everyday use) and CJK punctuation."""
    try:
        code = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and (0xB0 <= code[0] <= 0xD7 or code[0] in (0xA1, 0xA3))


def _judge_cjk(word: str) -> int:
    """Chinese runs (no spaces, may embed Latin words): count the common characters."""
    return sum(1 for c in word if ord(c) >= 0x80 and _common_hanzi(c))


@dataclass(frozen=True)
class _Script:
    """A writing system a decoding is expected to produce, with a judge of its words.

    ``judge(word)`` returns how many of the word's non-ASCII characters look right.
    """

    name: str
    judge: Callable[[str], int]


_ARABIC = _Script("arabic", _judge_arabic)
_CYRILLIC = _Script("cyrillic", _judge_cyrillic)
_CJK = _Script("cjk", _judge_cjk)
_LATIN = _Script("latin", _judge_latin)
_ALL_SCRIPTS = (_ARABIC, _CYRILLIC, _CJK, _LATIN)

# Non-ASCII characters other than letters that real text in these languages commonly contains:
# no-break space, guillemets, degree, section, middle dot, multiplication sign, squared and
# cubed, dashes, quotes,
# ellipsis, bullet, euro, numero sign, CJK and full-width punctuation, Arabic comma, semicolon,
# question mark, percent and digits. Rarer signs (currency, fractions, (R), daggers) count as
# noise: legacy code pages map their upper half to exactly such signs, so random bytes "decode".
_PUNCT_CHARS = frozenset(
    "\u00a0«»°§·×²³\u2010\u2011\u2012\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2026\u2022"
    "\u20ac\u2116\u060c\u061b\u061f\u066a"
)
_is_wide_punct = _in((0x3000, 0x303F), (0xFF00, 0xFFEF), (0x0660, 0x0669))


def _punct(ch: str) -> bool:
    """Is ``ch`` a non-letter character that real text in our languages commonly contains?"""
    return ch in _PUNCT_CHARS or _is_wide_punct(ch)


# Legacy candidates; on equal scores the earlier wins. GB18030 comes first because a strictly
# valid decoding into common Chinese characters is strong evidence; Windows-1252 precedes
# Windows-1251 because a lone "à" is also the Russian word "а".
_LEGACY: tuple[tuple[str, tuple[_Script, ...]], ...] = (
    ("gb18030", (_CJK,)),
    ("cp1256", (_ARABIC,)),
    ("cp1252", (_LATIN,)),
    ("cp1251", (_CYRILLIC,)),
)


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR line ends into LF, the only line end later stages expect."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def label_of(name: str) -> str:
    """The file name as shown in error messages: one line of valid UTF-8 (undecodable bytes
    and control characters escaped, see :func:`mandata.names.shown_name`), never empty."""
    return shown_name(name) or "<data>"


def _looks_binary(text: str) -> bool:
    """True when more than 1% of the characters are control characters that text never has."""
    if not text:
        return False
    sample = text[: _SAMPLE_CHARS * 4]
    return len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample)


def _score(text: str, script: _Script) -> float:
    """Share of the non-ASCII characters of ``text`` that look right for ``script``.

    Letters are judged a word (a run of letters and combining marks) at a time by the script's
    judge; other non-ASCII characters count when they are common punctuation. Pure ASCII scores 1.
    """
    total = good = 0
    word: list[str] = []
    for ch in text[:_SAMPLE_CHARS] + " ":
        if ch.isalpha() or (ord(ch) >= 0x300 and unicodedata.category(ch)[0] == "M"):
            word.append(ch)
            continue
        if word:
            joined = "".join(word)
            n = _nonascii(joined)
            if n:
                total += n
                good += script.judge(joined)
            word = []
        if ord(ch) >= 0x80:
            total += 1
            good += _punct(ch)
    return good / total if total else 1.0


def _decode_bom(data: bytes, label: str) -> tuple[str, str] | None:
    """Decode text that starts with a byte order mark; ``None`` when there is none."""
    for bom, codec, reported in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), reported
            except UnicodeDecodeError as err:
                msg = f"{label}: undecodable text: invalid {reported} after its byte order mark"
                raise UnreadableDocument(msg) from err
    return None


def _wide_codec(data: bytes) -> str | None:
    """The UTF-16/UTF-32 codec suggested by the NUL bytes of BOM-less wide text, if any.

    ASCII characters in UTF-16LE leave a NUL at every odd offset (UTF-16BE: even offsets); UTF-32
    leaves three NULs out of four. Text in other scripts has fewer NULs, but on the same side.
    """
    sample = data[:_SAMPLE_BYTES]
    if len(data) % 4 == 0 and len(sample) >= 4:
        if not sample[2::4].strip(b"\0") and not sample[3::4].strip(b"\0"):
            return "utf-32-le"
        if not sample[0::4].strip(b"\0") and not sample[1::4].strip(b"\0"):
            return "utf-32-be"
    if len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd and odd >= 0.95 * (even + odd):
        return "utf-16-le"
    if even and even >= 0.95 * (even + odd):
        return "utf-16-be"
    return None


def _decode_wide(data: bytes) -> tuple[str, str] | None:
    """Decode BOM-less UTF-16/32 text recognised by its NUL bytes; ``None`` if it is not that.

    When the NULs sit clearly on one side the codec is known; otherwise (Chinese text has NULs on
    both sides: U+4E00 is ``00 4E``) both UTF-16 byte orders are tried and the more plausible
    decoding is kept. Either way the result must read as text in one of our scripts.
    """
    wide = _wide_codec(data)
    if wide is not None:
        candidates = [wide]
    else:
        candidates = ["utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else []
    best: tuple[float, str, str] | None = None
    for codec in candidates:
        text = _try(data, codec)
        if text is None or _looks_binary(text):
            continue
        value = max(_score(text, s) for s in _ALL_SCRIPTS)
        if best is None or value > best[0]:
            best = (value, text, codec)
    if best is None or best[0] < _MIN_SCORE:
        return None
    return best[1], best[2]


def _try(data: bytes, codec: str) -> str | None:
    """Strictly decode, or ``None``."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_legacy(data: bytes, label: str) -> tuple[str, str]:
    """Pick the legacy code page (or BOM-less UTF-16) whose decoding reads most like real text."""
    candidates = list(_LEGACY)
    if len(data) % 2 == 0:
        candidates += [("utf-16-le", _ALL_SCRIPTS), ("utf-16-be", _ALL_SCRIPTS)]
    best: tuple[float, str, str] | None = None
    binary = True
    for codec, scripts in candidates:
        text = _try(data, codec)
        if text is None or _looks_binary(text):
            continue
        binary = False
        value = max(_score(text, s) for s in scripts)
        if best is None or value > best[0]:
            best = (value, text, codec)
    if best is not None and best[0] >= _MIN_SCORE:
        return best[1], best[2]
    if binary:
        raise UnsupportedFormat(f"{label}: binary data (control characters), not a text document")
    raise UnreadableDocument(
        f"{label}: undecodable text: neither UTF-8/UTF-16 nor plausible Windows-1256, "
        "Windows-1251, GB18030 or Windows-1252"
    )


def decode_text(data: bytes, name: str = "") -> tuple[str, str]:
    """Decode document bytes to text and return ``(text, encoding)``; newlines become ``"\\n"``.

    Order: byte order mark; NUL-byte patterns of BOM-less UTF-16/32; strict UTF-8 (a stray NUL
    or two is tolerated); then the legacy code pages, scored by script plausibility. Raises
    :class:`UnsupportedFormat` for binary data and :class:`UnreadableDocument` for text that
    decodes as nothing plausible.
    """
    label = label_of(name)
    decoded = _decode_bom(data, label)
    if decoded is None and b"\0" in data:
        decoded = _decode_wide(data)
    if decoded is None:
        utf8 = _try(data, "utf-8")
        decoded = (utf8, "utf-8") if utf8 is not None else _decode_legacy(data, label)
    text, encoding = decoded
    if _looks_binary(text):
        raise UnsupportedFormat(f"{label}: binary data (control characters), not a text document")
    # A second BOM (files concatenated or re-saved by careless tools) is not text either.
    return normalize_newlines(text.lstrip("\ufeff")), encoding
