"""A corpus-derived fuzz pass over ``mandata parse`` (issue #12, acceptance 4).

Real documents of the corpus (texts in four languages, a PDF, an HTML page; a DOCX and a legacy
HTML page made from a corpus text) are damaged by a seeded generator in the ways a fuzz and
security pass found harmful: truncation, flipped bytes, NUL bytes, a huge line, a huge word, deep
nesting, a damaged DOCX part, a bad file name. Each damaged file goes to ``mandata parse --json``:
it parses (exit 0, one JSON object) or fails with one ``mandata: error:`` line (exit 1), never a
traceback. Every input runs under an alarm, so that a hang fails the test instead of stalling
the suite; a batch over all of them (``--jsonl``) runs in a new process with a timeout.

The count of inputs and their sizes are fixed: the pass takes about a minute on one core.
"""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
import traceback
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner, Result

from mandata.cli import main

SEED = 12
HANG_SECONDS = 120  # far beyond any input's parse: only a hang reaches it
ERROR = "mandata: error:"
WARNING = "mandata: warning:"

Mutation = Callable[[bytes, random.Random], bytes]


# --- Seeds: real documents ---------------------------------------------------------------------


def _docx_of(text: str) -> bytes:
    document = docx.Document()
    for para in text.split("\n\n")[:150]:
        document.add_paragraph(para.replace("\n", " ").replace("\x00", ""))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _legacy_html_of(text: str) -> bytes:
    """The text as an old word processor's page: every paragraph opens a <font> never closed."""
    paras = "".join(f"<p><font face=Arial>{p}\n" for p in text.split("\n\n")[:300])
    return f"<html><body>{paras}</body></html>".encode()


def seeds(corpus: Path) -> dict[str, bytes]:
    """File name -> bytes of the documents the mutations start from."""
    excerpts = corpus / "multi" / "excerpts"
    english = (corpus / "ga78" / "A_RES_78_100.txt").read_text("utf-8")
    found = {
        "A_RES_78_100.txt": english.encode(),
        "zh_A-RES-52-7.txt": (excerpts / "zh_A-RES-52-7.txt").read_bytes(),
        "ar_A-RES-52-4.txt": (excerpts / "ar_A-RES-52-4.partial.txt").read_bytes(),
        "ru_A-RES-53-15.txt": (excerpts / "ru_A-RES-53-15.partial.txt").read_bytes(),
        "seed-AR.txt": next((corpus / "seed").glob("*.txt")).read_bytes(),
        "A_RES_73_3-EN.pdf": (corpus / "pdf" / "ga73" / "A_RES_73_3-EN.pdf").read_bytes(),
        "akn4un.html": next((corpus / "akn4un").rglob("*.html")).read_bytes(),
        "A_RES_78_100.docx": _docx_of(english),
        "legacy.html": _legacy_html_of(english),
    }
    return found


# --- Mutations ---------------------------------------------------------------------------------


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, max(2, len(data)))]


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(max(1, len(out) // 200)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def nul_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(20):
        at = rng.randrange(len(out) + 1)
        out[at:at] = b"\x00" * rng.randrange(1, 40)
    return bytes(out)


def huge_line(data: bytes, rng: random.Random) -> bytes:
    """Every line break of the first half removed: one line of hundreds of kB."""
    half = len(data) // 2
    line = data[:half].replace(b"\r", b" ").replace(b"\n", b" ")
    return line * max(1, 300_000 // max(1, len(line))) + data[half:]


def huge_word(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + b"resolution" * 30_000 + data[at:]


def deep_nesting(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    tag = rng.choice([b"<div>", b"<font>", b"<table><tr><td>", b"<ul><li>", b"(", b"\xe2\x80\x9c"])
    return data[:at] + tag * 4000 + data[at:]


def repeat_chunk(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    chunk = data[start : start + rng.randrange(1, 200)]
    return data[:start] + chunk * 2000 + data[start:]


def damage_docx_part(data: bytes, rng: random.Random) -> bytes:
    """A DOCX whose document.xml is cut short or has bytes flipped (a valid ZIP around it)."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        names = source.namelist()
    except zipfile.BadZipFile:
        return flip_bytes(data, rng)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            blob = source.read(name)
            if name == "word/document.xml":
                blob = rng.choice([truncate, flip_bytes, nul_bytes, deep_nesting])(blob, rng)
            target.writestr(name, blob)
    return out.getvalue()


MUTATIONS: tuple[Mutation, ...] = (
    truncate,
    flip_bytes,
    nul_bytes,
    huge_line,
    huge_word,
    deep_nesting,
    repeat_chunk,
    damage_docx_part,
)
BAD_NAMES = ("plain", "r\udce9sum\udce9", "line\nbreak", "esc\x1b[31m", "tab\there", "-EN")


def fuzz_inputs(corpus: Path, folder: Path) -> Iterator[Path]:
    """Every seed once under every mutation, each file under a name chosen among odd ones."""
    rng = random.Random(SEED)
    for name, data in seeds(corpus).items():
        stem, suffix = os.path.splitext(name)
        for mutation in MUTATIONS:
            if mutation is damage_docx_part and suffix != ".docx":
                continue
            odd = rng.choice(BAD_NAMES)
            path = Path(os.fsdecode(os.fsencode(folder / f"{stem}.{mutation.__name__}.{odd}")))
            path = path.with_name(path.name + suffix)
            path.write_bytes(mutation(data, rng))
            yield path


# --- Checks ------------------------------------------------------------------------------------


@contextmanager
def hang_guard(seconds: int, what: str) -> Iterator[None]:
    """Fail instead of waiting forever when ``what`` does not finish within ``seconds``."""

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"{what} did not finish within {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check_parse(result: Result, path: Path) -> str:
    """``mandata parse --json`` ended cleanly: the outcome ("parsed" or the error line)."""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        tb = "".join(traceback.format_exception(*result.exc_info))  # type: ignore[misc]
        pytest.fail(f"traceback on {path!r}:\n{tb}")
    errors = [line for line in result.stderr.splitlines() if not line.startswith(WARNING)]
    assert "Traceback" not in result.output, path
    if result.exit_code == 0:
        assert errors == [], (path, errors)
        doc = json.loads(result.stdout)
        assert isinstance(doc, dict) and doc["schema_version"] == 1
        json.dumps(doc, ensure_ascii=False).encode("utf-8")  # valid UTF-8 all through
        return "parsed"
    assert result.exit_code == 1, (path, result.exit_code, result.output[-500:])
    assert len(errors) == 1 and errors[0].startswith(ERROR), (path, errors)
    return errors[0]


@pytest.fixture(scope="module")
def fuzzed(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return list(fuzz_inputs(corpus, tmp_path_factory.mktemp("fuzz")))


def test_parse_never_gives_a_traceback_or_hangs(fuzzed: list[Path]) -> None:
    assert len(fuzzed) >= 60
    outcomes: dict[str, int] = {}
    for path in fuzzed:
        with hang_guard(HANG_SECONDS, f"mandata parse {path!r}"):
            result = CliRunner().invoke(main, ["parse", str(path), "--json"])
        outcome = check_parse(result, path)
        key = "parsed" if outcome == "parsed" else outcome.split(": ")[-1].split(" (")[0]
        outcomes[key] = outcomes.get(key, 0) + 1
    assert outcomes.get("parsed", 0) >= len(fuzzed) // 3, outcomes  # most damage is survivable


def test_a_batch_of_them_ends_with_one_json_line_each(fuzzed: list[Path]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mandata.cli", "parse", "--jsonl", "--workers", "2"]
        + [os.fsdecode(p) for p in fuzzed],
        capture_output=True,
        timeout=HANG_SECONDS * 5,
    )
    stderr = proc.stderr.decode("utf-8")
    assert "Traceback" not in stderr, stderr[-3000:]
    assert proc.returncode in (0, 1)
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(fuzzed)
    for line, path in zip(lines, fuzzed, strict=True):
        record = json.loads(line)
        assert Path(record["source"]).name.split(".")[0] == path.name.split(".")[0]
        assert "error" in record or record["schema_version"] == 1
