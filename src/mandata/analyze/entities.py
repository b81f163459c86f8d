"""Named entities in six languages: States, UN organs, offices and posts, other organizations.

:func:`find_entities` gives the identifiers of the entities a text names, in order of first
appearance; :func:`entity_name` gives an entity's UN short name in a language. Identifiers:
ISO 3166-1 alpha-3 for the Member States and observer States ("RUS", "PSE", "VAT"), ``un:...``
for the UN's organs, offices and posts ("un:secretary-general", "un:dppa"), ``org:...`` for the
other organizations ("org:csto").

The names come from :mod:`mandata.entities` (``states``, generated; ``bodies``, written by hand).
Per language, every name is expanded into the forms running text gives it (Russian cases,
Arabic attached و ل ب; French and Spanish articles need nothing, they stand apart) and all of
them are compiled into one regular expression: a trie of the folded names, so that the longest
name at the leftmost position wins ("Guinea-Bissau" over "Guinea", "South Sudan" over "Sudan",
"Democratic Republic of the Congo" over "Congo"), bounded by non-word characters where the
script has spaces (not in Chinese), names in any case, abbreviations with theirs ("UNODC",
"ОДКБ"). Folding lets the text vary where UN typography does: hamza on alif, alif maqsura and ta
marbuta in Arabic, ё in Russian, curly apostrophes, dashes and spaces around hyphens, line breaks
inside a name. Blockers (phrases that contain a name without naming it: "Gulf of Guinea",
"Assistant Secretary-General", "发展中国家") are matched and dropped.

Three rules go beyond the names: a post followed by an organization's name belongs to that
organization ("the Secretary-General of the Collective Security Treaty Organization" is the
CSTO's, not the UN's: ``org:csto``; in Chinese the organization comes first); a few phrases name
a body only after another ("its Executive Directorate" after the Counter-Terrorism Committee);
a weak name, also a common word (Arabic "مالي", "financial"), counts only next to another State
or after a trigger word ("في مالي"). The tables say where each rule applies.

Speed: the pattern is compiled once per language on first use (about 0.15 s for Arabic and
Russian, 0.03 s for the others); a 500-character paragraph then takes about 0.03 ms.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mandata import lang, patterns
from mandata.entities import bodies, curated_states, inflect, states
from mandata.scan.lowered import UNCASED, plain

__all__ = ["entity_name", "entity_names", "find_entities"]

_FOLD_COMMON = {"’": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"}
_FOLD = {
    "ar": str.maketrans(_FOLD_COMMON | {"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"}),
    "ru": str.maketrans(_FOLD_COMMON | {"ё": "е", "Ё": "Е"}),
}
_FOLD_DEFAULT = str.maketrans(_FOLD_COMMON)
_SPACES = re.compile(r"\s+")
_HYPHEN = re.compile(r"\s*-\s*")
_COMPACT = re.compile(r"[\s-]+")

# What each folded character matches in the text.
_CHAR_PATTERN = {" ": r"\s+", "-": r"\s*[-‐‑–—]?\s*", "'": "['’ʼ]"}
_CHAR_PATTERN_LANG = {
    "ar": {"ا": "[اأإآ]", "ي": "[يى]", "ه": "[هة]"},
    "ru": {"е": "[еёЕЁ]", "Е": "[ЕЁ]"},
}
_SPACED = frozenset({"ar", "en", "es", "fr", "ru"})
_SEPARATORS = re.compile(r"[\s,،;؛]*")


def _fold(text: str, code: str) -> str:
    """``text`` with the characters the patterns treat alike folded: the trie's alphabet."""
    text = text.translate(_FOLD.get(code, _FOLD_DEFAULT))
    text = _SPACES.sub(" ", text.strip())
    return _HYPHEN.sub("-", text) if "-" in text else text


def _key(text: str, code: str) -> str:
    """The lookup key of a form or of a matched text: folded, without spaces and hyphens
    (the patterns let a hyphen be spaced or lost: "Guinea - Bissau", "ÉtatsUnis")."""
    return _COMPACT.sub("", text.translate(_FOLD.get(code, _FOLD_DEFAULT)))


@dataclass(frozen=True, slots=True)
class _Entry:
    """What a folded form stands for: entity ids (none for a blocker) and its conditions."""

    ids: tuple[str, ...]
    weak: bool = False
    after: str | None = None
    state: bool = False


@dataclass(frozen=True, slots=True)
class _Matcher:
    code: str
    pattern: re.Pattern[str]
    insensitive: dict[str, _Entry]
    sensitive: dict[str, _Entry]
    after_post: re.Pattern[str] | None
    before_post: re.Pattern[str] | None
    triggers: frozenset[str]
    # the words (lower case, variants folded) a name's match can begin with, as a pattern; None:
    # the text is scanned with the names' pattern at every position (Chinese)
    first_words: re.Pattern[str] | None
    variants: dict[int, int]  # what the text's lower case folds to find ``first_words``


def _expand(form: str, code: str) -> tuple[str, ...]:
    """The forms ``form`` takes in running text (the lookup keys)."""
    if code == "ru":
        return inflect.ru_forms(form)
    if code == "ar":
        return inflect.ar_forms(form)
    return (form,)


# Languages whose attached particles the pattern matches before the names: the trie then holds
# the stems only (the lookup keys still hold every form, so an impossible mix finds nothing).
_STEMS = {"ar": inflect.ar_stems}


def _cached_trie(keys: set[str], code: str) -> str:
    """:func:`_trie_pattern`, kept in the pattern cache (see :func:`_cached`)."""
    return _cached([code, *sorted(keys)], lambda: _trie_pattern(keys, code))


def _cached(material: list[str], build: Callable[[], str]) -> str:
    """``build()``, kept in the pattern cache: ``material`` (the keys) and the code of this
    module and of patterns.py decide it (a Russian trie of 2,700 names takes 60 ms to make, its
    key 1 ms)."""
    try:
        source = Path(__file__).read_bytes() + Path(patterns.__file__).read_bytes()
        module = hashlib.sha256(source).hexdigest()
    except OSError:  # no source beside the code: made each time
        return build()
    return patterns.cached_text("\0".join([module, *material]), build)


def _trie_pattern(keys: Iterable[str], code: str) -> str:
    """One regex alternation of ``keys`` as a trie (longer continuations tried first), each
    character as the language writes its variants."""
    chars = _CHAR_PATTERN_LANG.get(code, {})

    def frag(ch: str) -> str:
        return chars.get(ch) or _CHAR_PATTERN.get(ch) or re.escape(ch)

    return patterns.literal_trie(keys, frag)


class _Table:
    """The forms of one language: lookup keys with what they stand for, and trie strings."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.insensitive: dict[str, _Entry] = {}
        self.sensitive: dict[str, _Entry] = {}
        self.insensitive_trie: set[str] = set()
        self.sensitive_trie: set[str] = set()

    def add(
        self, form: str, entry: _Entry, *, sensitive: bool = False, expand: bool = True
    ) -> None:
        table = self.sensitive if sensitive else self.insensitive
        trie = self.sensitive_trie if sensitive else self.insensitive_trie
        variants = _expand(form, self.code) if expand else (form,)
        for variant in variants:
            key = _key(_fold(variant, self.code), self.code)
            key = key if sensitive else key.lower()
            weak = entry.weak and (variant == form or variant == "و" + form)
            new = _Entry(entry.ids, weak, entry.after, entry.state)
            old = table.get(key)
            if old is None or (not old.ids and new.ids):
                table[key] = new
        stems = _STEMS.get(self.code)
        for variant in stems(form) if stems and expand else variants:
            folded = _fold(variant, self.code)
            trie.add(folded if sensitive else folded.lower())


@cache
def _matcher(code: str) -> _Matcher:
    lang.get(code)  # UnknownLanguage for anything but the six
    table = _Table(code)
    case_sensitive = set(curated_states.CASE_SENSITIVE.get(code, ()))
    weak = set(curated_states.WEAK.get(code, ()))
    for state, form_code, form, _source in states.names():
        if form_code == code:
            entry = _Entry((state,), weak=form in weak, state=True)
            table.add(form, entry, sensitive=form in case_sensitive)
    for state, abbreviation in curated_states.ABBREVIATIONS.get(code, ()):
        table.add(abbreviation, _Entry((state,), state=True), sensitive=True, expand=False)
    for body in bodies.BODIES:
        for form in body.forms(code):
            table.add(form, _Entry((body.id,)))
        for form in body.abbreviation_forms(code):
            table.add(form, _Entry((body.id,)), sensitive=True, expand=False)
    for form_code, form, body_id, after in bodies.CONDITIONAL:
        if form_code == code:
            table.add(form, _Entry((body_id,), after=after))
    blockers = [form for _, form_code, form in states.blockers() if form_code == code]
    blockers += curated_states.BLOCKERS.get(code, ())
    blockers += bodies.BLOCKERS.get(code, ())
    for suffix in curated_states.DEMONYM_SUFFIXES.get(code, ()):
        blockers += [form + suffix for _, form_code, form, _ in states.names() if form_code == code]
    for form in blockers:
        table.add(form, _Entry(()), sensitive=form in case_sensitive)

    alternatives = []  # names with their case first ("Того", "UNODC"), then the others
    if table.sensitive_trie:
        alternatives.append("(?P<s>" + _cached_trie(table.sensitive_trie, code) + ")")
    if table.insensitive_trie:
        alternatives.append("(?P<i>(?i:" + _cached_trie(table.insensitive_trie, code) + "))")
    names = lang.get(code).name_particles_pattern + "(?:" + "|".join(alternatives) + ")"
    source = rf"(?<!\w)(?:{names})(?!\w)" if code in _SPACED else names
    after_post, before_post = bodies.POST_CONNECTORS.get(code, (None, None))
    first = None
    if code in _SPACED:  # Chinese has no words: its names are looked for at every character
        keys = table.sensitive_trie | table.insensitive_trie
        particles = ("", *lang.get(code).name_particles)
        words = _cached(
            ["first words", code, *particles, *sorted(keys)],
            lambda: _first_words_pattern(keys, particles),
        )
        first = patterns.compile(words) if words else None
    return _Matcher(
        code,
        patterns.compile(source),
        table.insensitive,
        table.sensitive,
        re.compile(after_post) if after_post else None,
        re.compile(before_post) if before_post else None,
        frozenset(curated_states.WEAK_TRIGGERS.get(code, ())),
        first,
        _variants(code),
    )


def _is_word(ch: str) -> bool:
    """Whether ``ch`` is a ``\\w`` character for the regex engine."""
    return ch.isalnum() or ch == "_"


def _variants(code: str) -> dict[int, int]:
    """What the text's lower-case letters fold to, as the names' character classes let them
    vary ("ё" as "е", "أ" as "ا"): a table for ``str.translate``."""
    table: dict[int, int] = {}
    for ch, variants in _CHAR_PATTERN_LANG.get(code, {}).items():
        for variant in variants.strip("[]"):
            if variant.lower() != ch.lower():
                table[ord(variant.lower())] = ord(ch.lower())
    return table


def _first_words_pattern(keys: set[str], particles: tuple[str, ...]) -> str:
    """A pattern of every word a match of a name in ``keys`` (folded trie strings) can begin
    with in a text (its lower case, variants folded): the name's first word, or the words it runs
    on into where a hyphen may be left out ("Guinea-Bissau" as "GuineaBissau") or an apostrophe
    is a letter ("dʼIvoire"), after any attached particle. A first word followed by a space and
    a second word is found only before that word ("the" before "former": a lookahead, so that
    the next word is still looked at), where "the" alone would send the names' pattern to every
    article. Empty when a name begins with no word or holds a character the engine folds
    otherwise than ``str.lower``."""
    alone: set[str] = set()
    followed: dict[str, set[str]] = {}
    for key in keys:
        if UNCASED.search(key):
            return ""
        words = _key_words(key.lower())
        if words is None:
            return ""
        pair = _first_two_words(key.lower())
        for particle in particles:
            if pair is None:
                alone.update(particle + word for word in words)
            else:
                followed.setdefault(particle + pair[0], set()).add(pair[1])
    # one trie of all the first words: a word found only before its second ends in a mark (a
    # character of the private use area) that stands for the lookahead of its second words
    ahead: dict[str, str] = {}
    for first, seconds in sorted(followed.items()):
        if first not in alone:
            mark = chr(_LOOKAHEAD_MARKS + len(ahead))
            ahead[mark] = rf"(?=\s+(?:{patterns.literal_trie(seconds)})(?!\w))"
            alone.add(first + mark)

    def char(ch: str) -> str:
        return ahead.get(ch) or re.escape(ch)

    return rf"(?<!\w)(?:{patterns.literal_trie(alone, char)})(?!\w)"


_LOOKAHEAD_MARKS = 0xF0000  # supplementary private use area: no name holds one


def _first_two_words(key: str) -> tuple[str, str] | None:
    """The first two words of ``key`` when it opens with a word, one space and a word followed
    by a space or by its end (what the names' pattern matches there is then the first word,
    whitespace, and the second bounded by a non-word character); otherwise None."""
    first, space, rest = key.partition(" ")
    second = rest.split(" ", 1)[0]
    if not space or not first or not second:
        return None
    if not all(_is_word(ch) for ch in first + second):
        return None
    return first, second


def _key_words(key: str) -> list[str] | None:
    """The words a match of ``key`` can begin with (see :func:`_first_words_pattern`)."""
    words: list[str] = []
    stems = [""]
    for ch in key:
        if _is_word(ch):
            stems = [stem + ch for stem in stems]
            continue
        if not stems[0]:
            return None
        if ch == "-":  # "\s*[-‐‑–—]?\s*": the word ends, or runs on into the next
            words += stems
        elif ch == "'":  # "['’ʼ]": the word ends, or runs on through a letter "ʼ"
            words += stems
            stems = [stem + "ʼ" for stem in stems]
        else:
            return words + stems
    return words + stems if stems[0] else None


def _matches(text: str, m: _Matcher) -> Iterator[re.Match[str]]:
    """What ``m.pattern.finditer(text)`` gives, the pattern tried only where a word of the text
    is one a name begins with: its lower case found by a pattern that does not ignore case (the
    names' pattern, tried at every position, ignoring case, cost a tenth of a parse)."""
    if m.first_words is None or not plain(text):
        yield from m.pattern.finditer(text)
        return
    low = text.lower()
    if m.variants:
        low = low.translate(m.variants)
    end = 0
    for word in m.first_words.finditer(low):
        if word.start() < end:
            continue
        match = m.pattern.match(text, word.start())
        if match is not None:
            yield match
            end = match.end()


def _entry(match: re.Match[str], m: _Matcher) -> _Entry | None:
    """What a match of the names pattern stands for (its case kept where the name needs it)."""
    key = _key(match.group(), m.code)
    if match.lastgroup == "i":
        return m.insensitive.get(key.lower())
    return m.sensitive.get(key)


def _is_org(entry: _Entry) -> bool:
    return bool(entry.ids) and all(i.startswith("org:") for i in entry.ids)


def find_entities(text: str, code: str, context: tuple[str, ...] = ()) -> list[str]:
    """Identifiers of the entities named in text written in language code, in order of first
    appearance, without duplicates. ``context``: the organizations named before (in the
    document), which "the Secretary-General of the Authority" refers back to."""
    out: dict[str, None] = {}
    for _, identifier in entities_at(text, code, context):
        out.setdefault(identifier)
    for identifier in _listed_under_plural(text, _matcher(code)):
        out.setdefault(identifier)
    return list(out)


def entities_at(text: str, code: str, context: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    """(start, identifier) of each entity named in ``text``, in order (see :func:`find_entities`)."""
    m = _matcher(code)
    found: list[tuple[int, int, _Entry]] = []
    for match in _matches(text, m):
        entry = _entry(match, m)
        if entry is not None:
            found.append((match.start(), match.end(), entry))
    out: list[tuple[int, str]] = []
    seen: set[str] = set()
    for n, (start, _, entry) in enumerate(found):
        if not entry.ids:
            continue
        if entry.after is not None and entry.after not in seen:
            continue
        if entry.weak and not _weak_ok(text, found, n, m.triggers):
            continue
        ids: tuple[str, ...] = entry.ids
        if bodies.OWNED_POSTS.intersection(entry.ids):
            if _owned(text, found, n, m):
                continue
            if _refers_back(text, found[n], code):
                here = [i for _, i in out if i.startswith("org:")]
                ids = tuple((here or [i for i in context if i.startswith("org:")])[-1:])
        for identifier in ids:
            seen.add(identifier)
            out.append((start, identifier))
    return out


@cache
def _backreference(code: str) -> re.Pattern[str] | None:
    found = bodies.POST_BACKREFERENCES.get(code)
    return re.compile(found) if found else None


def _refers_back(text: str, post: tuple[int, int, _Entry], code: str) -> bool:
    """Whether a post is followed (Chinese: preceded) by a word referring back to an
    organization: "the Secretary-General of the Authority", "管理局秘书长"."""
    pattern = _backreference(code)
    if pattern is None:
        return False
    if code == "zh":
        return pattern.search(text, 0, post[0]) is not None
    return pattern.match(text, post[1]) is not None


# Offices named together under one plural head: "the Departments of Peacekeeping Operations,
# Field Support and Political Affairs", "los Departamentos de Operaciones de Mantenimiento de la
# Paz, de Apoyo a las Actividades sobre el Terreno y de Asuntos Políticos".
_PLURAL_HEADS = {
    "en": re.compile(r"\b(?P<head>Department|Office)s of (?P<list>[^.;:()]{3,300})"),
    "fr": re.compile(
        r"\b(?P<head>Département|Bureau)s (?P<list>(?:des|du|de la|de l['’]|de) [^.;:()]{3,300})"
    ),
    "es": re.compile(r"\b(?P<head>Departamento|Oficina)s (?P<list>(?:del|de) [^.;:()]{3,300})"),
}
# what each plural head's match holds, looked for first (a plain search, faster than the pattern)
_PLURAL_HINTS = {
    "en": ("Departments of ", "Offices of "),
    "fr": ("Départements ", "Bureaus "),
    "es": ("Departamentos ", "Oficinas "),
}
_LIST_ITEMS = {
    "en": re.compile(r",\s*(?:and\s+)?|\s+and\s+"),
    "fr": re.compile(r",\s*(?:et\s+)?|\s+et\s+"),
    "es": re.compile(r",\s*(?:y\s+)?|\s+y\s+"),
}


def _listed_under_plural(text: str, m: _Matcher) -> list[str]:
    """The offices a plural head lists: each item, given the head in the singular, that the
    names begin with ("Department of" + "Field Support")."""
    head = _PLURAL_HEADS.get(m.code)
    if head is None or not any(hint in text for hint in _PLURAL_HINTS[m.code]):
        return []
    found: list[str] = []
    for listed in head.finditer(text):
        joint = " of " if m.code == "en" else " "
        for item in _LIST_ITEMS[m.code].split(listed["list"]):
            name = m.pattern.match(listed["head"] + joint + item)
            entry = _entry(name, m) if name else None
            found += entry.ids if entry is not None else ()
    return found


def _weak_ok(
    text: str, found: list[tuple[int, int, _Entry]], n: int, triggers: frozenset[str]
) -> bool:
    """A weak name counts next to another State's name or after a trigger word."""
    start, end, _ = found[n]
    if n > 0 and found[n - 1][2].state:
        gap = _SEPARATORS.fullmatch(text, found[n - 1][1], start)
        if gap is not None:
            return True
    if n + 1 < len(found) and found[n + 1][2].state:
        gap = _SEPARATORS.fullmatch(text, end, found[n + 1][0])
        if gap is not None:
            return True
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1] in triggers


def _owned(text: str, found: list[tuple[int, int, _Entry]], n: int, m: _Matcher) -> bool:
    """Whether the post at ``found[n]`` is that of the organization named next to it."""
    start, end, _ = found[n]
    if m.after_post is not None and n + 1 < len(found) and _is_org(found[n + 1][2]):
        link = m.after_post.match(text, end)
        if link is not None and link.end() == found[n + 1][0]:
            return True
    if m.before_post is not None and n > 0 and _is_org(found[n - 1][2]):
        return m.before_post.fullmatch(text, found[n - 1][1], start) is not None
    return False


@cache
def _names() -> dict[str, dict[str, str]]:
    names = {state: dict(by_code) for state, by_code in states.short_names().items()}
    for body in bodies.BODIES:
        names[body.id] = {code: forms[0] for code in lang.LANGUAGES if (forms := body.forms(code))}
    return names


def entity_name(identifier: str, code: str) -> str | None:
    """The entity's UN short name in language ``code``; None for an unknown identifier."""
    lang.get(code)
    return _names().get(identifier, {}).get(code)


@cache
def _all_names() -> dict[str, tuple[tuple[str, str], ...]]:
    names: dict[str, list[tuple[str, str]]] = {
        state: list(by_code.items()) for state, by_code in states.short_names().items()
    }
    for body in bodies.BODIES:
        forms = names.setdefault(body.id, [])
        for code in lang.LANGUAGES:
            forms += [(code, f) for f in (*body.forms(code), *body.abbreviation_forms(code))]
    return {identifier: tuple(dict.fromkeys(forms)) for identifier, forms in names.items()}


def entity_names(identifier: str) -> tuple[tuple[str, str], ...]:
    """Every name of the entity (language, name): its names and abbreviations in the six
    languages; none for an unknown identifier."""
    return _all_names().get(identifier, ())
