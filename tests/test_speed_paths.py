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
