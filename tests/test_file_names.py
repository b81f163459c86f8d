"""File names and odd files on the command line (issue #12, items 16, 17 and 19's parse part).

A name that is not UTF-8 is written with backslash escapes in JSON, in the registry and in
messages; a newline or a terminal escape in a name never reaches the terminal as such; an
unreadable file exits 1 as documented; a FIFO given directly is refused instead of read forever;
a folder walk says what it skips; absurd option values are one-line errors.

Every file is made by the tests, in a temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import EXAMPLES

ERROR = "mandata: error:"
WARNING = "mandata: warning:"
HUGE = str(10**20)
ENV_VARS = ("MANDATA_MAX_BYTES", "MANDATA_WORKERS", "MANDATA_DB")


def run(
    args: list[str],
    env: dict[str, str] | None = None,
    timeout: float = 120,
    user: int | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """``mandata ARGS`` in a new process, bytes out (a name may not be UTF-8); as ``user``
    when given (root reads every file: an unreadable file needs another user)."""
    full_env = {k: v for k, v in os.environ.items() if k not in ENV_VARS}
    full_env.update(env or {})
    command = [sys.executable, "-m", "mandata.cli", *args]
    if user is not None:
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, env=full_env, timeout=timeout)


def stderr_lines(proc: subprocess.CompletedProcess[bytes]) -> list[str]:
    text = proc.stderr.decode("utf-8")  # strict: what mandata prints is valid UTF-8
    assert "Traceback" not in text, text[-2000:]
    return text.splitlines()


def one_error(proc: subprocess.CompletedProcess[bytes], code: int, *needles: str) -> str:
    lines = stderr_lines(proc)
    assert proc.returncode == code, (proc.returncode, lines)
    assert len(lines) == 1 and lines[0].startswith(ERROR), lines
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


@pytest.fixture
def open_tmp() -> Iterator[Path]:
    """A temporary folder every user may enter (pytest's own may be closed to others)."""
    made = Path(tempfile.mkdtemp(prefix="mandata-names-"))
    made.chmod(0o755)
    yield made
    for path in [made, *made.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(made)


def _other_user() -> int | None:
    """A user id the tests can run as to meet permissions (``nobody`` under root), or None."""
    if os.geteuid() != 0:
        return None
    return 65534 if shutil.which("setpriv") else None


# --- 16. Names that are not UTF-8 -------------------------------------------------------------


def test_shown_name_escapes_bytes_and_controls_and_is_idempotent() -> None:
    from mandata.names import shown_name

    raw = os.fsdecode(b"r\xe9solution\n\x1b[31m\t.txt")
    shown = shown_name(raw)
    assert shown == "r\\xe9solution\\n\\x1b[31m\\t.txt"
    assert shown_name(shown) == shown
    assert shown_name("résolution (fr) 第1号.txt") == "résolution (fr) 第1号.txt"
    shown.encode("utf-8")  # no lone surrogate left


@pytest.fixture
def latin1_name(tmp_path: Path) -> Path:
    """A folder with the English example and a copy whose name is Latin-1, not UTF-8."""
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(EXAMPLES / "en" / "resolution.txt", folder / "plain.txt")
    odd = os.fsencode(folder) + b"/r\xe9solution.txt"
    with open(odd, "wb") as handle:
        handle.write((EXAMPLES / "fr" / "resolution.txt").read_bytes())
    return Path(os.fsdecode(odd))


def test_parse_json_of_a_latin1_name_is_valid_utf8(latin1_name: Path) -> None:
    proc = run(["parse", str(latin1_name), "--json"])
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout.decode("utf-8"))
    assert doc["source"].endswith("r\\xe9solution.txt")
    assert doc["language"] == "fr"


def test_parse_jsonl_of_a_folder_with_a_latin1_name(latin1_name: Path) -> None:
    proc = run(["parse", "--jsonl", "--workers", "1", str(latin1_name.parent)])
    assert proc.returncode == 0, proc.stderr
    sources = [json.loads(line)["source"] for line in proc.stdout.decode("utf-8").splitlines()]
    assert [Path(s).name for s in sources] == ["plain.txt", "r\\xe9solution.txt"]


def test_ingest_of_a_folder_with_a_latin1_name(latin1_name: Path, tmp_path: Path) -> None:
    db = tmp_path / "names.db"
    first = run(["ingest", "--db", str(db), str(latin1_name.parent), "--json"])
    assert first.returncode == 0, stderr_lines(first)
    assert json.loads(first.stdout)["added"] == 2
    with sqlite3.connect(db) as conn:
        sources = sorted(Path(s).name for (s,) in conn.execute("SELECT source FROM documents"))
    assert sources == ["plain.txt", "r\\xe9solution.txt"]
    again = run(["ingest", "--db", str(db), str(latin1_name.parent), "--json"])
    assert json.loads(again.stdout)["unchanged"] == 2  # the escaped name is a stable key


# --- 17. Names printed raw, unreadable files, FIFOs, what a walk skips -------------------------

FORGING = "e\nmandata: error: forged\x1b[31m\u2028.txt"


def test_a_newline_or_escape_in_a_name_stays_on_one_escaped_line(tmp_path: Path) -> None:
    bad = tmp_path / FORGING
    bad.write_bytes(b"")
    line = one_error(run(["parse", str(bad)]), 1, "empty file")
    assert "\x1b" not in line and "\u2028" not in line
    assert "e\\nmandata: error: forged\\x1b[31m\\u2028.txt" in line


def test_the_ingest_failure_line_of_such_a_name_is_one_line(tmp_path: Path) -> None:
    (tmp_path / FORGING).write_bytes(b"")
    proc = run(["ingest", "--db", str(tmp_path / "x.db"), str(tmp_path / FORGING)])
    assert proc.returncode == 1
    out = proc.stdout.decode("utf-8")
    assert "\x1b" not in out
    failed = [line for line in out.splitlines() if "failed:" in line]
    assert len(failed) == 1 and "forged\\x1b[31m" in failed[0], out
    assert not any(line.startswith(ERROR) for line in out.splitlines())


@pytest.mark.skipif(_other_user() is None and os.geteuid() == 0, reason="root without setpriv")
def test_an_unreadable_file_exits_1(open_tmp: Path) -> None:
    secret = open_tmp / "secret.txt"
    shutil.copy(EXAMPLES / "en" / "resolution.txt", secret)
    secret.chmod(0)
    proc = run(["parse", str(secret)], user=_other_user())
    one_error(proc, 1, "secret.txt", "cannot read the file", "Permission denied")


@pytest.mark.skipif(_other_user() is None, reason="needs root and setpriv to meet a closed folder")
def test_a_path_in_a_closed_folder_is_a_failed_file_not_a_traceback(open_tmp: Path) -> None:
    closed = open_tmp / "closed"
    closed.mkdir()
    shutil.copy(EXAMPLES / "en" / "resolution.txt", closed / "a.txt")
    closed.chmod(0)
    proc = run(["parse", "--jsonl", str(closed / "a.txt")], user=_other_user())
    assert proc.returncode == 1 and stderr_lines(proc) == []
    line = json.loads(proc.stdout)
    assert "Permission denied" in line["error"]


def test_a_fifo_given_directly_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    one_error(run(["parse", str(fifo)], timeout=60), 1, "pipe.txt", "a FIFO")
    proc = run(["ingest", "--db", str(tmp_path / "x.db"), str(fifo)], timeout=60)
    assert proc.returncode == 1
    assert "a FIFO" in proc.stdout.decode("utf-8")


def test_a_folder_walk_reports_what_it_skips(open_tmp: Path) -> None:
    folder = open_tmp / "docs"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(EXAMPLES / "en" / "resolution.txt", folder / "good.txt")
    os.mkfifo(folder / "sub" / "pipe.txt")
    (folder / "gone.pdf").symlink_to(open_tmp / "nowhere.pdf")
    (folder / "null.html").symlink_to(os.devnull)
    (folder / "notes.md").write_text("not a document, not reported")
    locked = folder / "locked"
    locked.mkdir()
    shutil.copy(EXAMPLES / "fr" / "resolution.txt", locked / "hidden.txt")
    user = _other_user()
    if user is not None or os.geteuid() != 0:
        locked.chmod(0)
    proc = run(["parse", "--jsonl", "--workers", "1", str(folder)], timeout=120, user=user)
    assert proc.returncode == 0, proc.stderr
    parsed = [json.loads(line)["source"] for line in proc.stdout.decode("utf-8").splitlines()]
    warnings = sorted(stderr_lines(proc))
    assert all(w.startswith(WARNING) for w in warnings), warnings
    said = "\n".join(warnings)
    for name, why in [
        ("sub/pipe.txt", "a FIFO"),
        ("gone.pdf", "a link to nothing"),
        ("null.html", "a character device"),
    ]:
        assert f"{folder / name}: {why}" in said, said
    assert "notes.md" not in said
    if user is not None or os.geteuid() != 0:
        assert f"{locked}: cannot read the folder (Permission denied)" in said
        assert parsed == [str(folder / "good.txt")]
    else:
        assert len(warnings) == 3


# --- 19. Absurd option values ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "env", "code", "needle"),
    [
        (["parse", "FILE", "--max-bytes", HUGE], {}, 2, "--max-bytes"),
        (["parse", "--jsonl", "FILE", "FILE", "--workers", HUGE], {}, 2, "--workers"),
        (["ingest", "--db", "DB", "FILE", "FILE", "--workers", HUGE], {}, 2, "--workers"),
        (["parse", "FILE"], {"MANDATA_MAX_BYTES": HUGE}, 1, "max_bytes"),
        (["parse", "--jsonl", "FILE", "FILE"], {"MANDATA_WORKERS": HUGE}, 1, "workers"),
    ],
)
def test_huge_numbers_are_one_line_errors(
    tmp_path: Path, args: list[str], env: dict[str, str], code: int, needle: str
) -> None:
    example = tmp_path / "resolution.txt"
    shutil.copy(EXAMPLES / "en" / "resolution.txt", example)
    args = [
        str(example) if a == "FILE" else str(tmp_path / "x.db") if a == "DB" else a for a in args
    ]
    one_error(run(args, env=env), code, needle)
