"""A cold start loads what the command needs: compiled patterns from the cache folder, the
parser only for the commands that parse, a format's reader only for files of that format."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from mandata import lang, patterns

BIG = "(?P<word>" + "|".join(f"w{k}ord{k}" for k in range(400)) + r")\s+(?P<tail>\d+)"


def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "mandata" / "patterns"


def test_a_cached_pattern_is_the_pattern(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _cache(tmp_path, monkeypatch)
    first = patterns.compile(BIG, re.IGNORECASE)
    assert len(list(folder.glob("*.sre"))) == 1
    again = patterns.compile(BIG, re.IGNORECASE)  # from the file this time
    expected = re.compile(BIG, re.IGNORECASE)
    for pattern in (first, again):
        assert pattern == expected
        assert (pattern.flags, pattern.groups, pattern.groupindex) == (
            expected.flags,
            expected.groups,
            expected.groupindex,
        )
        found = pattern.search("say W399ORD399   12 and more")
        assert found is not None and found.group("word", "tail") == ("W399ORD399", "12")


def test_a_damaged_file_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _cache(tmp_path, monkeypatch)
    patterns.compile(BIG)
    (path,) = folder.glob("*.sre")
    head, body = path.read_bytes().split(b"\n", 1)
    path.write_bytes(head + b"\n" + b"\xff" * len(body))  # a program the engine refuses
    assert patterns.compile(BIG) == re.compile(BIG)
    path.write_bytes(b"not a cache file")
    assert patterns.compile(BIG).fullmatch("w7ord7 3")
    assert path.read_bytes().startswith(b"{")  # written again


def test_an_unwritable_cache_is_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert patterns.compile(BIG) == re.compile(BIG)


def _run(code: str, **env: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **env},
    )
    return out.stdout.strip()


def test_the_phrase_patterns_are_the_same_in_every_process() -> None:
    """The cache key is the pattern's text: it must not depend on the order of a set."""
    code = (
        "import hashlib; from mandata.segment.phrases import matcher; "
        "print(hashlib.sha256(''.join(matcher(c).pattern.pattern for c in "
        "('ar', 'en', 'fr', 'ru')).encode()).hexdigest())"
    )
    assert len({_run(code, PYTHONHASHSEED=str(seed)) for seed in (1, 2, 3)}) == 1


def test_help_does_not_load_the_parser() -> None:
    code = (
        "import sys; from click.testing import CliRunner; from mandata.cli import main; "
        "assert CliRunner().invoke(main, ['--help']).exit_code == 0; "
        "print(sorted(m for m in sys.modules if m.startswith(('mandata.parse', "
        "'mandata.analyze', 'mandata.read', 'mandata.registry', 'sqlalchemy', 'lingua'))))"
    )
    assert _run(code) == "[]"


def test_a_text_file_does_not_load_the_other_readers(tmp_path: Path) -> None:
    text = tmp_path / "resolution.en.txt"
    text.write_text(
        "The General Assembly,\n\nRecalling its resolution 77/1,\n\n1. Decides to continue.\n",
        encoding="utf-8",
    )
    code = (
        "import sys; from click.testing import CliRunner; from mandata.cli import main; "
        f"assert CliRunner().invoke(main, ['parse', {str(text)!r}]).exit_code == 0; "
        "print(sorted(m for m in sys.modules if m.startswith(('mandata.read.pdf', "
        "'mandata.read.docx', 'mandata.read.html', 'pypdfium2', 'docx', 'lxml.html'))))"
    )
    assert _run(code) == "[]"


def test_a_cached_text_is_built_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _cache(tmp_path, monkeypatch)
    built: list[int] = []

    def build() -> str:
        built.append(1)
        return "Кот-д'Ивуар|Côte d’Ivoire"

    assert patterns.cached_text("material", build) == "Кот-д'Ивуар|Côte d’Ivoire"
    assert patterns.cached_text("material", build) == "Кот-д'Ивуар|Côte d’Ivoire"
    assert patterns.cached_text("other material", build) == "Кот-д'Ивуар|Côte d’Ivoire"
    assert len(built) == 2


def test_the_names_trie_from_the_cache_is_the_trie(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mandata.analyze import entities

    _cache(tmp_path, monkeypatch)
    keys = {"российская федерация", "российской федерации", "франция", "франции", "кот-д'ивуар"}
    made = entities._trie_pattern(keys, "ru")
    assert entities._cached_trie(keys, "ru") == made  # made, and kept
    assert entities._cached_trie(set(keys), "ru") == made  # read back
    assert re.fullmatch(f"(?i:{made})", "Российской  Федерации")


def test_the_cli_offers_the_parser_s_stages() -> None:
    from mandata import parse
    from mandata.cli import parse as command

    assert command.STAGES == parse.STAGES


def test_help_imports_no_command() -> None:
    """``mandata --help`` lists the commands from the map, without importing their modules."""
    code = (
        "import sys; from click.testing import CliRunner; from mandata.cli import main; "
        "out = CliRunner().invoke(main, ['--help']).output; "
        "print(sorted(m for m in sys.modules if m.startswith(('mandata.cli.', 'mandata.fetch')) "
        "and m != 'mandata.cli.common'), 'votes ' in out)"
    )
    assert _run(code) == "[] True"


def test_the_command_map_is_the_commands() -> None:
    """Each entry of the map names a command of that name, and holds the first paragraph of
    its help (what the listing shortens)."""
    from mandata.cli import COMMANDS, main

    for name, (_, text) in COMMANDS.items():
        command = main.get_command(click.Context(main), name)
        assert command is not None and command.name == name
        first = (command.help or "").partition("\n\n")[0]
        assert text == " ".join(first.split()), name
    assert main.get_command(click.Context(main), "nosuch") is None


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Calls upon all States, and further calls for the release, and also requests"),
        ("fr", "Engage les États, et les engage également, et prie le Secrétaire général"),
        ("es", "Insta a los Estados, y exhorta a las partes, y también solicita al Secretario"),
        ("ru", "Призывает все государства, и призывает к освобождению, и также просит"),
        ("ar", "تهيب بالدول، وتهيب بالأطراف، وتطلب إلى الأمين العام"),
        ("zh", "吁请各国，并吁请各方，又请秘书长"),
    ],
)
def test_a_literal_trie_matches_as_the_alternation_longest_first(code: str, text: str) -> None:
    """The operative verbs as one trie: the same verbs found at the same places as their
    alternation longest first ("calls for" over "calls", "призывает к" over "призывает")."""
    verbs = {k.casefold() for k in lang.get(code).operative}
    alternation = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    conjunction = lang.get(code).analysis["conjunction"]
    found = []
    for words in (alternation, patterns.literal_trie(verbs)):
        pattern = re.compile(rf"(?:^|{conjunction})(?P<v>{words})", re.IGNORECASE)
        found.append([(m.span("v"), m["v"]) for m in pattern.finditer(text)])
    assert found[0] == found[1]
    assert len(found[0]) >= 2
    assert patterns.literal_trie(["ab", "a", "abc"]) == "a(?:b(?:c)?)?"
