"""The forms a name takes in running text: Russian cases and Arabic attached particles.

Russian: :func:`ru_forms` gives the nominative and the genitive, dative, accusative, instrumental
and prepositional of a name written in the nominative ("Российская Федерация" -> "Российской
Федерации", "Российскую Федерацию", "Российской Федерацией"). The leading adjectives and the head
noun decline, the words after the head stay as they are ("Республика Армения" -> "Республики
Армения", "Управление Организации Объединенных Наций ..." -> "Управления Организации ...");
a head joined to a last noun by "и" declines with it ("Босния и Герцеговина" -> "Боснии и
Герцеговины"). Names ending in -о, -е, -и, -у, -ю and in a vowel and -а are indeclinable ("Того",
"Никарагуа"). The tables are Russian's (``mandata.lang.ru``: ``NAME_CASES_IRREGULAR`` lists the
forms the rules get wrong, ``NAME_PLURAL_NOUNS`` and ``NAME_SOFT_FEMININE`` the nouns they cannot
tell).

Arabic: :func:`ar_forms` adds the conjunction و and the prepositions ل and ب written attached
("وأرمينيا", "لجمهورية أرمينيا", "بالاتحاد الروسي"), with ل + ال written لل ("للاتحاد الروسي");
the particles are Arabic's table (``mandata.lang.ar``: ``NAME_PARTICLES``).
"""

from __future__ import annotations

from mandata import lang

# Five oblique cases, in this order: genitive, dative, accusative, instrumental, prepositional.
_Cases = tuple[str, str, str, str, str]

_HARD = frozenset("гкх")
_HUSH = frozenset("жшщчц")
_VOWELS = frozenset("аеёиоуыэюя")


def _adjective_cases(word: str) -> _Cases | None:
    """The oblique cases of an adjective in the nominative, or None if ``word`` is not one."""
    if "-" in word:  # "Народно-Демократическая": the last part declines
        head, _, last = word.rpartition("-")
        cases = _adjective_cases(last)
        return None if cases is None else _prefix(head + "-", cases)
    low = word.lower()
    stem = word[:-2]
    before = low[-3] if len(low) > 2 else ""
    if low.endswith("ый") or (low.endswith("ой") and len(low) > 3):
        i = "им" if before in _HARD else "ым"
        return (stem + "ого", stem + "ому", word, stem + i, stem + "ом")
    if low.endswith("ий") and len(low) > 3:
        if before in _HARD:
            return (stem + "ого", stem + "ому", word, stem + "им", stem + "ом")
        return (stem + "его", stem + "ему", word, stem + "им", stem + "ем")
    if low.endswith("ая"):
        o = "ей" if before in _HUSH else "ой"
        return (stem + o, stem + o, stem + "ую", stem + o, stem + o)
    if low.endswith("яя"):
        return (stem + "ей", stem + "ей", stem + "юю", stem + "ей", stem + "ей")
    if low.endswith("ое"):
        i = "им" if before in _HARD else "ым"
        return (stem + "ого", stem + "ому", word, stem + i, stem + "ом")
    if low.endswith("ее"):
        return (stem + "его", stem + "ему", word, stem + "им", stem + "ем")
    if low.endswith("ые"):
        return (stem + "ых", stem + "ым", word, stem + "ыми", stem + "ых")
    if low.endswith("ие") and before in _HARD | _HUSH:
        return (stem + "их", stem + "им", word, stem + "ими", stem + "их")
    if word[:1].isupper() and (low.endswith("овы") or low.endswith("евы") or low.endswith("ины")):
        stem = word[:-1]  # possessive plural: "Маршалловы" -> "Маршалловых"
        return (stem + "ых", stem + "ым", word, stem + "ыми", stem + "ых")
    return None


def _plural_noun_cases(word: str) -> _Cases:
    stem = word[:-1] if word[-1:].lower() in "ыиа" else word
    return (stem + "ов", stem + "ам", word, stem + "ами", stem + "ах")


def _noun_cases(word: str, plural: bool = False) -> _Cases | None:
    """The oblique cases of a noun in the nominative; None if it does not decline."""
    if "-" in word:  # "Коста-Рика", "Бруней-Даруссалам": the last part declines
        head, _, last = word.rpartition("-")
        cases = _noun_cases(last, plural)
        return None if cases is None else _prefix(head + "-", cases)
    if plural or word in lang.get("ru").name_plural_nouns:
        return _plural_noun_cases(word)
    low = word.lower()
    last = low[-1:]
    before = low[-2:-1]
    stem = word[:-1]
    if low.endswith("ство"):
        return (stem + "а", stem + "у", word, stem + "ом", stem + "е")
    if low.endswith("ие") and len(low) > 4:  # "Управление", "Совещание"
        return (stem + "я", stem + "ю", word, stem + "ем", stem + "и")
    if low.endswith("ий") and len(low) > 3:  # "Маврикий"
        return (stem + "я", stem + "ю", word, stem + "ем", stem + "и")
    if low.endswith("ия"):
        return (stem + "и", stem + "и", stem + "ю", stem + "ей", stem + "и")
    if last == "я":
        return (stem + "и", stem + "е", stem + "ю", stem + "ей", stem + "е")
    if last == "а":
        if before in _VOWELS:
            return None  # "Никарагуа", "Самоа"
        gen = "и" if before in _HARD | _HUSH else "ы"
        ins = "ей" if before in _HUSH else "ой"
        return (stem + gen, stem + "е", stem + "у", stem + ins, stem + "е")
    if last == "ь":
        if word in lang.get("ru").name_soft_feminine:
            return (stem + "и", stem + "и", word, word + "ю", stem + "и")
        return (stem + "я", stem + "ю", word, stem + "ем", stem + "е")
    if last == "й":
        return (stem + "я", stem + "ю", word, stem + "ем", stem + "е")
    if last in _VOWELS or not last.isalpha():
        return None  # "Того", "Перу", "Чили", "Зимбабве"
    ins = "ем" if last in _HUSH else "ом"
    return (word + "а", word + "у", word, word + ins, word + "е")


def _prefix(prefix: str, cases: _Cases) -> _Cases:
    a, b, c, d, e = cases
    return (prefix + a, prefix + b, prefix + c, prefix + d, prefix + e)


def ru_forms(name: str) -> tuple[str, ...]:
    """``name`` (nominative) and its oblique case forms, without duplicates."""
    irregular = lang.get("ru").name_cases_irregular
    if name in irregular:
        return (name, *irregular[name])
    words = name.split(" ")
    table: list[_Cases | None] = [None] * len(words)
    i = 0
    plural = False
    while i < len(words) - 1:
        word = words[i]
        if word == "и" and i > 0 and table[i - 1] is not None:
            i += 1
            continue
        if words[i + 1].startswith("("):
            break
        cases = _adjective_cases(word)
        if cases is None:
            break
        table[i] = cases
        plural = plural or word.lower().endswith(("ые", "ие", "ы"))
        i += 1
    if i < len(words):
        table[i] = _noun_cases(words[i], plural)
        # "Босния и Герцеговина": a last noun joined by "и" declines with the head
        if i + 2 == len(words) - 1 and words[i + 1] == "и" and words[i + 2][:1].isupper():
            table[i + 2] = _noun_cases(words[i + 2])
    if all(cases is None for cases in table):
        return (name,)
    out = [name]
    for case in range(5):
        out.append(
            " ".join(
                w if cases is None else cases[case] for w, cases in zip(words, table, strict=True)
            )
        )
    return tuple(dict.fromkeys(out))


def ar_forms(name: str) -> tuple[str, ...]:
    """``name`` and the same with و, ل, ب, ول, وب attached (ل + ال written لل)."""
    out = [name]
    if name.startswith("ال"):
        rest = name[3:] if name.startswith("الل") else name[2:]
        out += ["و" + name, "ب" + name, "وب" + name, "لل" + rest, "ولل" + rest]
    else:
        out += [p + name for p in lang.get("ar").name_particles]
    return tuple(dict.fromkeys(out))


def ar_stems(name: str) -> tuple[str, ...]:
    """What follows the particles of Arabic's ``NAME_PARTICLES_PATTERN`` in the forms of ``name``:
    the name, and for a name with ال the stem ل + ال leaves ("الاتحاد" -> "لاتحاد")."""
    if name.startswith("الل"):
        return (name, name[2:])
    if name.startswith("ال"):
        return (name, name[1:])
    return (name,)
