"""Leading phrases: which verb opens a paragraph, and what action it stands for.

One matcher per language, compiled from the language's tables (``PREAMBULAR``, ``OPERATIVE``,
``ADDITIVES``, ``MODIFIERS``, ``PREAMBULAR_PREFIXES``). A leading phrase is an optional prefix (Arabic
"وإذ"), optional additives and manner words, the verb phrase, and again optional additives and manner
words: "Recalling also", "Also notes", "Takes note with appreciation", "又回顾", "赞赏地注意到",
"с удовлетворением отмечая", "وإذ تشير أيضا إلى".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import combinations

from mandata import lang, patterns


@dataclass(frozen=True)
class Phrase:
    """A leading phrase found at the start of a paragraph."""

    text: str
    action: str
    kind: str | None
    modifier: str | None
    operative_action: str | None = None
    key: str | None = None  # the table phrase it matched (case folded)

    def action_for(self, kind: str) -> str:
        """The action key for a paragraph of ``kind``: where a language uses the same phrase in
        both parts (Chinese 注意到), the operative table may give another key."""
        return self.operative_action or self.action if kind == "operative" else self.action


@dataclass(frozen=True)
class _Matcher:
    pattern: re.Pattern[str]
    preambular: dict[str, str]
    operative: dict[str, str]
    modifiers: dict[str, str]
    particles: dict[str, re.Pattern[str]]
    extra: re.Pattern[str]
    openers: frozenset[str]
    unspaced: bool
    unmarked: frozenset[str]
    objects: dict[str, re.Pattern[str]]
    prefixed: bool  # preambular paragraphs open with a particle ("وإذ"): a bare verb is operative
    # unspaced languages: table phrases of two parts ("表示 关切"), each with the pattern that
    # reads it with manner words between its parts ("表示深为关切")
    compounds: tuple[tuple[re.Pattern[str], str], ...] = ()
    extras: re.Pattern[str] | None = None  # unspaced: one additive or manner word
    # table phrase -> (what follows it, the action it then stands for): ``actions_by_object``
    by_object: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = field(default_factory=dict)


_HYPHENS = "[-\u2010\u2011]"  # "по-прежнему" as printed with a non-breaking hyphen too


def _alternation(words: list[str], inner: str = "", unspaced: bool = False) -> str:
    """A regex alternation of ``words``, longest first (words of one length in alphabetical
    order: the same pattern in every process, which the pattern cache needs). Any run of
    spaces matches any space, and may hold ``inner`` (additives inside a phrase: "принимая также
    к сведению"); the two apostrophes (' and ’) match each other. In a language written
    without spaces the space of a table phrase marks where manner words may stand ("表示 关切"
    reads "表示深为关切"), and no space need be printed there."""
    if unspaced:
        gap = rf"\s*(?:{inner}\s*)*" if inner else r"\s*"
    else:
        gap = rf"(?:\s+{inner})*\s+" if inner else r"\s+"
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        pieces = [
            re.escape(piece.replace("’", "'")).replace("'", "['’]").replace(r"\-", _HYPHENS)
            for piece in w.split()
        ]
        parts.append(gap.join(pieces))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _is_unspaced(words: list[str]) -> bool:
    """Languages written without spaces (Chinese) have no word boundary after a verb."""
    sample = "".join(words)
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    return cjk > len(sample) / 2


@cache
def matcher(code: str) -> _Matcher:
    """The compiled leading-phrase matcher of a language."""
    data = lang.get(code)
    pre = data.preambular
    op = data.operative
    adds = list(data.additives)
    mods = data.modifiers
    prefixes = list(data.preambular_prefixes)
    unspaced = _is_unspaced(list(pre) + list(op))
    sep = r"\s*" if unspaced else r"\s+"
    extra = _alternation(adds + list(mods))
    verb = _alternation(list(pre) + list(op), extra, unspaced)
    end = "" if unspaced else r"(?![^\W\d_])"
    # Chinese prints its manner words before the verb: one after it belongs to the object
    # ("请特别报告员", requests the Special Rapporteur); a second verb joined to the first
    # ("欢迎并鼓励", welcomes and encourages) is printed in bold with it
    joined = "|".join(map(re.escape, data.joining_prefixes))
    after = (
        rf"(?P<after>(?:(?:{joined})\s*(?:{extra}\s*)*{verb})?)"
        if unspaced and joined
        else rf"(?P<after>(?:\s*,?\s*{extra}{end})*)"
    )
    # what makes the phrase a noun (Chinese 的: "批款的筹措", a heading)
    not_before = rf"(?!{data.phrase_not_before})" if data.phrase_not_before else ""
    source = (
        rf"^(?P<prefix>{_alternation(prefixes)}\s*)?"
        rf"(?P<before>(?:{extra}{sep}[,，]?\s*)*)"
        rf"(?P<verb>{verb}){end}"
        rf"{after}"
        rf"{not_before}"
    )
    pattern = patterns.compile(source, re.IGNORECASE)
    folded = {k.casefold(): v for k, v in mods.items()}
    folded = {k: folded[k] for k in sorted(folded, key=len, reverse=True)}  # read longest first
    return _Matcher(
        pattern,
        {_key(k): lang.folded_action(v) for k, v in pre.items()},
        {_key(k): lang.folded_action(v) for k, v in op.items()},
        folded,
        {} if unspaced else _particles(list(pre) + list(op)),
        re.compile(rf"(?<!\S){extra}(?!\S)", re.IGNORECASE),
        _openers([*pre, *op, *adds, *mods, *prefixes], unspaced),
        unspaced,
        frozenset(w.casefold() for w in data.unmarked_particles),
        _objects(data.phrase_objects, extra),
        bool(prefixes),
        _compounds([*pre, *op], extra) if unspaced else (),
        re.compile(extra) if unspaced else None,
        lang.actions_by_object(code),
    )


def _objects(objects: dict[str, str], extra: str) -> dict[str, re.Pattern[str]]:
    """The table's ``phrase_objects`` compiled: what follows a phrase and is marked with it
    (then the additives that may close the phrase: "وإذ تعرب عن استيائها الشديد أيضا")."""
    by_source: dict[str, re.Pattern[str]] = {}
    compiled: dict[str, re.Pattern[str]] = {}
    for key, words in objects.items():
        source = rf"{words}(?![^\W\d_])(?:\s+{extra}(?![^\W\d_]))*"
        if source not in by_source:
            by_source[source] = patterns.compile(source, re.IGNORECASE)
        compiled[_key(key)] = by_source[source]
    return compiled


def _compounds(phrases: list[str], extra: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The table phrases of two or more parts of a language written without spaces, each with
    the pattern that reads it printed with manner words between its parts."""
    keys = sorted({_key(p) for p in phrases if " " in p.strip()}, key=lambda k: (-len(k), k))
    return tuple((re.compile(_alternation([k], extra, unspaced=True)), k) for k in keys)


def _openers(phrases: list[str], unspaced: bool) -> frozenset[str]:
    """What a leading phrase can start with: its first word (first character in Chinese)."""
    if unspaced:
        return frozenset(p[0] for p in phrases if p)
    return frozenset(_key(p).split()[0] for p in phrases if p.split())


def _key(phrase: str) -> str:
    """A phrase as a table key: case folded, one space between words, one apostrophe."""
    return " ".join(phrase.casefold().replace("’", "'").split())


def _particles(phrases: list[str]) -> dict[str, re.Pattern[str]]:
    """Words that close a verb phrase after an additive or manner word: the table's "تشير إلى"
    next to "تشير" makes "وإذ تشير أيضا إلى" one phrase, "Takes note of" makes "Takes note with
    appreciation of" one."""
    known = {_key(p) for p in phrases}
    found: dict[str, set[str]] = {}
    for phrase in known:
        head, _, last = phrase.rpartition(" ")
        if head in known:
            found.setdefault(head, set()).add(last)
    return {
        head: re.compile(rf"\s*(?:{'|'.join(map(re.escape, sorted(words)))})(?![^\W\d_])", re.I)
        for head, words in found.items()
    }


@lru_cache(maxsize=1024)
def leading_phrase(text: str, code: str) -> Phrase | None:
    """The leading phrase of a paragraph's text, or None when it opens with no known verb.
    (Cached: the segmenter asks about the same block several times, within one document; the
    cache holds the blocks' texts, so it stays small.)"""
    m = matcher(code)
    if m.unspaced:
        head = text[:1]
    else:
        words = text[:40].split(None, 1)
        head = words[0].casefold().replace("’", "'").rstrip(",:;.،؛") if words else ""
        head = head.replace("\u2011", "-").replace("\u2010", "-")
    if head not in m.openers:
        return None
    found = m.pattern.match(text)
    if not found:
        return None
    printed = _key(found["verb"])
    found_before = found["before"]
    verb = _table_key(printed, m)
    if m.unspaced and found_before:
        # "特别指出" (underscores) is a verb of its own, not "particularly" + "指出" (notes);
        # "又再次请" is "再次 请" (reiterates its request), not "请" (requests)
        verb = _unspaced_key(found_before, printed, m) or verb
    if found_before and not m.unspaced:
        # "вновь заявляя" is a table phrase of its own, not the additive "вновь" + "заявляя"
        verb, found_before = _widest_key(found_before, printed, verb, m)
    if verb is None:
        return None
    in_pre, in_op = verb in m.preambular, verb in m.operative
    action = m.preambular.get(verb) or m.operative[verb]
    operative_action = m.operative.get(verb)
    if found["prefix"]:
        kind: str | None = "preambular"
    elif in_pre and not in_op:
        kind = "preambular"
    elif in_op and (m.prefixed or not in_pre):
        kind = "operative"  # Arabic "تحيط علما" without "وإذ" ("Takes note", not "Taking note")
    else:
        kind = None
    end = found.end()
    particle = m.particles.get(verb) if found["after"] else None
    if particle is not None:
        more = particle.match(text, end)
        end = more.end() if more else end
    marked_object = m.objects.get(verb)
    if marked_object is not None:  # "تعرب عن" + "بالغ قلقها"
        more = marked_object.match(text, end)
        end = more.end() if more else end
    for after_phrase, by_object in m.by_object.get(verb, ()):
        if after_phrase.match(text, end):  # "призывает обеспечить", calls for; not "призывает X"
            action = by_object
            operative_action = by_object if operative_action else None
            break
    return Phrase(
        _marked(text[found.start() : end].strip(" ,"), m.unmarked),
        action,
        kind,
        _modifier(f"{found['before']} {printed} {found['after']}", m.modifiers),
        operative_action,
        verb,
    )


def _marked(phrase: str, unmarked: frozenset[str]) -> str:
    """The phrase as the UN marks it: without the preposition that ends it in languages whose
    verbs govern one ("ссылаясь на" is marked "ссылаясь", "وإذ تشير إلى" "وإذ تشير")."""
    head, _, last = phrase.rpartition(" ")
    while head and last.casefold() in unmarked:
        phrase = head.rstrip(" ,")
        head, _, last = phrase.rpartition(" ")
    return phrase


def _unspaced_key(before: str, printed: str, m: _Matcher) -> str | None:
    """In a language written without spaces, the longest table phrase that the additives and
    manner words before the verb begin, with the verb ("再次" + "强烈" + "谴责" is "再次 谴责",
    reiterates its condemnation); None when the verb stands alone."""
    assert m.extras is not None
    words = [w.group() for w in m.extras.finditer(before)]
    for start in range(len(words)):
        key = _table_key(_key("".join(words[start:]) + printed), m)
        if key is not None:
            return key
    return None


def _table_key(printed: str, m: _Matcher) -> str | None:
    """The table phrase a printed verb phrase stands for: as printed, or with the additives and
    manner words inside it left out. Only the words that are not part of the table phrase go:
    "Accueillant également avec satisfaction" is "accueillant avec satisfaction", whose manner
    words belong to the phrase."""
    if printed in m.preambular or printed in m.operative:
        return printed
    if m.unspaced:
        return next((key for pattern, key in m.compounds if pattern.fullmatch(printed)), None)
    inner = [found.span() for found in m.extra.finditer(printed)]
    for size in range(1, len(inner) + 1):
        for dropped in combinations(inner, size):
            kept = printed
            for start, end in reversed(dropped):
                kept = kept[:start] + " " + kept[end:]
            key = _key(kept)
            if key in m.preambular or key in m.operative:
                return key
    return None


def _widest_key(before: str, printed: str, verb: str | None, m: _Matcher) -> tuple[str | None, str]:
    """The longest table phrase made of the verb and the words just before it, and the words
    left before that phrase: the pattern takes every additive it can before the verb, so a
    table phrase that opens with an additive ("вновь заявляя", reiterate) would be read as
    its last verb ("заявляя", affirm)."""
    words = before.replace(",", " ").split()
    verb_words = printed.split()
    for start in range(len(words)):
        # the whole verb phrase, else its first words ("вновь выражая" in "вновь выражая
        # глубокую обеспокоенность": the table's "again" phrase, not "expressing deep concern")
        wider = _table_key(_key(" ".join([*words[start:], printed])), m)
        if wider is not None and wider != verb:
            return wider, " ".join(words[:start])
        for end in range(len(verb_words) - 1, 0, -1):
            shorter = _key(" ".join([*words[start:], *verb_words[:end]]))
            if shorter in m.preambular or shorter in m.operative:  # as listed, nothing left out
                return shorter, " ".join(words[:start])
    return verb, before


def _modifier(around: str, modifiers: dict[str, str]) -> str | None:
    """The manner words found around the verb, the longest first (``modifiers`` is in that
    order: :func:`matcher` sorts it once)."""
    words = " ".join(around.casefold().split()).strip(" ,")
    for printed in modifiers:
        if printed and printed in words:
            return modifiers[printed]
    return None
