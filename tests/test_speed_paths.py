"""The short cuts taken for speed give what the long way gives: the hyphens of an ordinal
folded only where the text holds one, the relative sessions read in the text's lower case, and
a batch that freezes its tables after its first document (issue #15)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mandata.analyze.sessions import find_sessions

# the UN prints ordinals with a non-breaking hyphen (U+2011) or a hyphen (U+2010)
HYPHENED = {
    "en": ("adopted at its seventy\u2011ninth session,", 79),
    "fr": ("adoptée à sa soixante\u2011dix\u2010neuvième session,", 79),
    "es": (
        "aprobada en su septuagésimo noveno período de sesiones, sobre la no\u2011proliferación,",
        79,
    ),
}


@pytest.mark.parametrize("code", sorted(HYPHENED))
def test_an_ordinal_with_other_hyphens_is_read(code: str) -> None:
    text, session = HYPHENED[code]
    assert [m.session for m in find_sessions(text, code)] == [session]


# "next session" and "present session" in capitals: read in the text's lower case
RELATIVE = {
    "en": "Decides to consider the question at its NEXT SESSION;",
    "fr": "Décide d'examiner la question à sa PROCHAINE SESSION ;",
    "es": "Decide examinar la cuestión en su PRÓXIMO PERÍODO DE SESIONES;",
}


@pytest.mark.parametrize("code", sorted(RELATIVE))
def test_a_relative_session_in_capitals_is_read(code: str) -> None:
    assert [m.session for m in find_sessions(RELATIVE[code], code, 80)] == [81]


def test_a_batch_freezes_its_tables_after_the_first_document(tmp_path: Path) -> None:
    path = tmp_path / "A_RES_78_1.txt"
    path.write_text("The General Assembly,\n\n1. Decides to consider the question;\n")
    script = (
        "import gc, sys\n"
        "from mandata.batch import parse_one\n"
        "before = gc.get_freeze_count()\n"
        "parse_one(sys.argv[1])\n"
        "print(before, gc.get_freeze_count() > before)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["0", "True"]


# line breaks where both sides are ASCII take the short way; near Chinese the long one
BREAKS = [
    (["(A", "/77/400)"], "(A/77/400)"),  # a symbol cut at its slash
    (["A/77/", "400 and"], "A/77/400 and"),
    (["peace-", "keeping"], "peace-keeping"),  # a word hyphenated at the line's end
    (["Recalling its resolution", "78/1,"], "Recalling its resolution 78/1,"),
    (["Rappelant sa résolution", "78/1,"], "Rappelant sa résolution 78/1,"),
    (["ссылаясь на свою резолюцию", "78/1,"], "ссылаясь на свою резолюцию 78/1,"),
    (["回顾其第61/1", "71号决议"], "回顾其第61/171号决议"),  # a number cut in Chinese
    (["2015年7月2", "7日"], "2015年7月27日"),
    (["见(A/CON", "F.157/24)"], "见(A/CONF.157/24)"),  # a symbol cut beside Chinese
    (["(A/CON", "F.157/24)"], "(A/CON F.157/24)"),  # the same in ASCII text: two words
]


@pytest.mark.parametrize(("lines", "text"), BREAKS)
def test_wrapped_lines_join_as_before(lines: list[str], text: str) -> None:
    from mandata.normalize.join import join_lines

    assert join_lines(lines) == text


# a line folded by str.translate gives what folding it a character at a time gives: the text and
# the shifts that map each character back to the raw line (no-break spaces in French, short
# vowels, tatweel and presentation forms in Arabic, full-width ASCII in Chinese)
FOLDED_LINES = {
    "fr": "**Décide** d\u2019inscrire la question\u00a0: «\u202fsoixante\u2011dix\u2011neuvième\u202f»\u00a0;",
    "ar": "\u0625\u0650\u0646\u0651\u064e \u0627\u0644\u062c\u0645\u0640\u0640\u0639\u064a\u0629 "
    "\ufefb \ufdf2 \u0627\u0644\u0639\u0627\u0645\u0629\u060c \u0661\u0662\u0663\u200f",
    "zh": "决定在第七十九届会议议程列入题\u200b为\uff02\uff21\uff0f\uff17\uff19\uff02的项目\uff0c\u3000并",
    "ru": "**постановляет** рассмотреть\u00ad этот вопрос\u00a0на\u2009своей сессии",
}


def _fold_slowly(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    from mandata.normalize.fold import _compact, _fold_char, _strip_markdown

    out: list[str] = []
    shifts: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        out.append(_fold_char(ch))
        if len(out[-1]) != 1:
            length = sum(map(len, out))
            shifts.append((length, i + 1 - length))
    return _strip_markdown("".join(out), _compact(shifts))


@pytest.mark.parametrize("code", sorted(FOLDED_LINES))
def test_a_line_folded_at_once_is_folded_as_a_character_at_a_time(code: str) -> None:
    from mandata.normalize.fold import fold

    text = FOLDED_LINES[code]
    assert fold(text) == _fold_slowly(text)
    assert fold(text)[0] != text


def test_corpus_lines_fold_as_a_character_at_a_time(corpus: Path) -> None:
    from mandata.normalize.fold import fold

    for code in ("ar", "fr", "ru", "zh"):
        for path in sorted((corpus / "multi" / "excerpts").glob(f"{code}_*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                assert fold(line) == _fold_slowly(line), (path.name, line)


# the names are looked for only where their first word stands, and where their first two words
# stand when they open with two plain words ("the former ..."): the same matches as the names'
# pattern tried at every position
NAMED = {
    "en": "Recalling that the former Yugoslav Republic of Macedonia and the former Yugoslav "
    "Republic, the Democratic Republic of the Congo and the Secretary-General of the "
    "Collective Security Treaty Organization, Guinea-Bissau and Côte d’Ivoire,",
    "fr": "Rappelant que l\u2019ex-République yougoslave de Macédoine, la République "
    "démocratique du Congo et le Secrétaire général de l\u2019Organisation,",
    "es": "Recordando que la ex República Yugoslava de Macedonia, la República Democrática del "
    "Congo y el Secretario General de las Naciones Unidas,",
    "ru": "ссылаясь на то, что бывшая югославская Республика Македония, Демократическая "
    "Республика Конго и Генеральный секретарь Организации Объединенных Наций,",
    "ar": "وإذ تشير إلى أن جمهورية مقدونيا اليوغوسلافية السابقة وجمهورية الكونغو "
    "الديمقراطية والأمين العام للأمم المتحدة،",
}


@pytest.mark.parametrize("code", sorted(NAMED))
def test_names_found_by_their_first_words_are_the_pattern_s(code: str) -> None:
    from mandata.analyze.entities import _matcher, _matches

    m = _matcher(code)
    text = NAMED[code]
    fast = [(x.start(), x.end(), x.group()) for x in _matches(text, m)]
    slow = [(x.start(), x.end(), x.group()) for x in m.pattern.finditer(text)]
    assert fast == slow
    assert len(fast) >= 3


def test_the_first_two_words_are_looked_for_together() -> None:
    from mandata.analyze.entities import _matcher

    first = _matcher("en").first_words
    assert first is not None
    assert first.search("at the former Yugoslav Republic") is not None
    assert first.search("in the report of the meeting") is None  # no name opens "the report"


def test_corpus_names_by_first_words_are_the_pattern_s(corpus: Path) -> None:
    from mandata.analyze.entities import _matcher, _matches

    for code in ("en", "fr", "es", "ru", "ar"):
        m = _matcher(code)
        for path in sorted((corpus / "multi" / "excerpts").glob(f"{code}_*.txt")):
            for text in path.read_text(encoding="utf-8").split("\n\n"):
                fast = [(x.start(), x.group()) for x in _matches(text, m)]
                assert fast == [(x.start(), x.group()) for x in m.pattern.finditer(text)]


# a footnote call's patterns (one per marker) are kept in the pattern cache: a new process loads
# them; what it loads finds the calls that re.compile's pattern finds
CALLS = [
    "its outcome document 3, adopted on 12 May,",
    "la Déclaration de Vienne\u00a03 et le Programme d\u2019action3 ;",
    "وإذ تشير إلى قرارها 77/1(3) المؤرخ",
    "回顾其第77/1号决议3和联合国宪章3，",
    "Recalling the 2030 Agenda for Sustainable Development”3 and its targets 33,",
]


@pytest.mark.parametrize("marker", ["3", "(3)", "*"])
def test_a_call_s_pattern_is_kept_and_loaded_as_compiled(
    marker: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    from mandata.normalize import footnotes

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    for make in (footnotes._candidates, footnotes._line_start):
        make.cache_clear()
        first = make(marker)
        assert list((tmp_path / "mandata" / "patterns").glob("*.sre"))
        make.cache_clear()
        loaded = make(marker)  # from the file this time
        compiled = re.compile(first.pattern)
        for text in CALLS:
            spans = [m.span("m") for m in compiled.finditer(text)]
            assert [m.span("m") for m in loaded.finditer(text)] == spans
            assert [m.span("pre") for m in loaded.finditer(text)] == [
                m.span("pre") for m in compiled.finditer(text)
            ]
        make.cache_clear()


# a comparison reads a paragraph's ordinals once where it holds no digit: the ordinals in words
# are then those of the text with its digits made spaces, as read a second time before
ORDINAL_TEXTS = {
    "en": ["at its seventy-ninth session and the forty-fifth Forum", "the 64th and sixty 5 fifth"],
    "fr": ["à sa soixante-dix-neuvième session", "à sa 64e session et la quatre 5 vingtième"],
    "es": ["en su septuagésimo noveno período de sesiones", "el 58.º período y el trigésimo"],
    "ru": ["на своей семьдесят девятой сессии", "на своей 64-й сессии и двадцать 5 пятой"],
    "ar": ["في دورتها التاسعة والسبعين", "في دورتها 79 والثامنة"],
    "zh": ["第七十九届会议", "第64届会议和第1一届会议"],
}


@pytest.mark.parametrize("code", sorted(ORDINAL_TEXTS))
def test_ordinals_read_once_are_those_read_twice(code: str) -> None:
    import re

    from mandata.analyze.sessions import ordinals_both_ways, ordinals_in

    for text in ORDINAL_TEXTS[code]:
        digitless = re.sub(r"\d+", " ", text)
        assert ordinals_both_ways(text, code) == (
            ordinals_in(text, code),
            ordinals_in(digitless, code),
        )
    assert ordinals_in(ORDINAL_TEXTS[code][0], code)  # each first text names an ordinal


def test_corpus_ordinals_read_once_are_those_read_twice(corpus: Path) -> None:
    import re

    from mandata.analyze.sessions import ordinals_both_ways, ordinals_in

    for path in sorted((corpus / "multi" / "excerpts").glob("*_*.txt")):
        code = path.name[:2]
        if code not in ORDINAL_TEXTS:
            continue
        for text in path.read_text(encoding="utf-8").split("\n\n"):
            digitless = re.sub(r"\d+", " ", text)
            assert ordinals_both_ways(text, code) == (
                ordinals_in(text, code),
                ordinals_in(digitless, code),
            )


# Raw texts split into lines: a text with nothing to fold and no bold marks makes its lines
# without folding each; every line is what folding it one by one gives (its text, its offsets,
# its page), dashes near a line's start (a markdown list's) and form feeds included.
RAW_TEXTS = {
    "en": "The General Assembly,\n\n- Recalling its resolution 78/1,\n  1.  Decides to include"
    " the item;\r\n\f2.\tRequests the Secretary-General to report;\n-\n",
    "fr": "L\u2019Assemblée générale,\n\n1. Décide d\u2019inscrire la question à l\u2019ordre du"
    " jour ;\n - Prie le Secrétaire général de lui faire rapport ;\f\n",
    "es": "La Asamblea General,\n\n1.\tDecide incluir el tema en el programa provisional;\n\n"
    "2. Solicita al Secretario General que le presente un informe;\n",
    "ru": "Генеральная Ассамблея,\n\n1. постановляет включить этот пункт в повестку дня;\n"
    "-- 2. просит Генерального секретаря представить доклад;\n",
    "zh": "大会，\n\n1. 决定将题为“联合国的作用”的项目列入第七十九届会议临时议程；\f\f"
    "2. 请秘书长提交报告；\n",
    "ar": "إن الجمعية العامة،\n\n1 - تقرر أن تدرج في جدول الأعمال المؤقت لدورتها البند المعنون؛\n",
}


_SplitLine = tuple[str, int, int, tuple[tuple[int, int], ...]]


def _split_slowly(raw: str) -> list[_SplitLine]:
    from mandata.normalize.fold import fold

    out: list[_SplitLine] = []
    page, pos = 1, 0
    for chunk in raw.split("\n"):
        offset = pos
        for k, seg in enumerate(chunk.split("\f")):
            if k:
                page += 1
                out.append(("\f", offset - 1, page, ()))
            text, shifts = fold(seg if "\f" not in chunk else seg.rstrip("\r"))
            out.append((text, offset, page, shifts))
            offset += len(seg) + 1
        pos += len(chunk) + 1
    return out


@pytest.mark.parametrize("code", sorted(RAW_TEXTS))
def test_lines_split_without_folding_are_the_folded_lines(code: str) -> None:
    from mandata.normalize.fold import split_lines

    raw = RAW_TEXTS[code]
    lines = [(ln.text, ln.start, ln.page, ln.shifts) for ln in split_lines(raw)]
    assert lines == _split_slowly(raw)
    # the same text with a bold mark or a character to fold takes the long way, to the same end
    for variant in (raw + "**1.** Notes;\n", raw.replace(" ", "\u00a0", 1)):
        lines = [(ln.text, ln.start, ln.page, ln.shifts) for ln in split_lines(variant)]
        assert lines == _split_slowly(variant)


# A line ends a sentence part when its last word joins (", and") after a mark: the last two
# words read from the line's end give what splitting the whole line into words gave.
CLOSING = {
    "en": ["Recalling its resolution 78/1, and", "Decides to remain seized of the matter and"],
    "fr": ["Rappelant sa résolution 78/1, et", "Décide de rester saisie de la question et"],
    "es": ["Recordando su resolución 78/1, y", "Decide seguir ocupándose de la cuestión y"],
    "ru": ["ссылаясь на свою резолюцию 78/1, и", "постановляет продолжать заниматься и  "],
    "ar": ["وإذ تشير إلى قرارها 78/1، و", "تقرر أن تبقي المسألة قيد نظرها و"],
}


def _closes_slowly(text: str) -> bool:
    from mandata.segment import blocks

    stripped = text.rstrip(blocks._TRAILING)
    if not stripped:
        return True
    if stripped[-1].isdigit():
        stripped = blocks._MARKER_AFTER.sub("", stripped).rstrip(blocks._TRAILING) or stripped
    if stripped[-1] in blocks._TERMINAL:
        return True
    words = stripped.split()
    if len(words) > 1 and words[-1].casefold() in blocks._JOINERS:
        return words[-2][-1] in blocks._TERMINAL
    return False


@pytest.mark.parametrize("code", sorted(CLOSING))
def test_a_line_closes_as_its_words_say(code: str) -> None:
    from mandata.segment.blocks import closes

    first, second = CLOSING[code]
    assert closes(first) and not closes(second)
    for text in (*CLOSING[code], " and", "\tor\r", "the Council,2", "A/78/L.1 and"):
        assert closes(text) == _closes_slowly(text), text


# A line wrapped inside a bracket: the open bracket is looked for among the line's last
# characters; the whole line searched gives the same answer.
BRACKETS = {
    "zh": ("安全理事会第1373(20", "01)号决议"),
    "en": ("the coronavirus disease (COVID-", "19) pandemic"),
    "fr": ("la maladie à coronavirus (COVID-", "19)"),
    "ru": ("резолюции 2231 (2", "015) Совета Безопасности"),
}


@pytest.mark.parametrize("code", sorted(BRACKETS))
def test_a_cut_in_brackets_is_found_at_the_line_end(code: str) -> None:
    from mandata.segment import blocks

    last, text = BRACKETS[code]
    assert blocks._cut_in_brackets(last, text)
    for before in (last, last + "   ", "(" + "x" * 12, "(" + "x" * 13, "a (b) " + last[-5:]):
        slow = bool(
            blocks._OPEN_BRACKET.search(before.rstrip())
            and blocks._CLOSE_BRACKET.match(text.lstrip())
        )
        assert blocks._cut_in_brackets(before, text) == slow, before
