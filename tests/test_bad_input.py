"""Bad input never gives a traceback.

An empty file, a binary file, a truncated or encrypted PDF, a PDF without a text layer, a file over
the size limit (``--max-bytes`` or ``MANDATA_MAX_BYTES``), undecodable bytes, an unknown language:
the CLI prints exactly one line ``mandata: error: ...`` on standard error and exits non-zero. A
text that is not a UN document parses as ``doc_type == "other"`` with nothing invented. In batch
mode (``--jsonl``) a failing file gives ``{"source": ..., "error": ...}``, the batch goes on, and
the exit code is 1. Hypothesis feeds random text and random bytes and sees only documented errors.

Every bad file is written by these tests (or cut from a corpus PDF when the corpus is present).
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandata.cli import main
from mandata.errors import MandataError
from mandata.model import Document
from mandata.parse import parse_file, parse_raw
from mandata.read import RawText, read_bytes

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
MANDATA_BIN = ROOT / ".venv" / "bin" / "mandata"
ERROR_PREFIX = "mandata: error:"
ENV_VARS = ("MANDATA_MAX_BYTES", "MANDATA_WORKERS")
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No size limit or worker count leaks in from the environment running the tests."""
    for var in ENV_VARS:
        monkeypatch.delenv(var, raising=False)


def corpus_dir() -> Path:
    return Path(os.environ.get("MANDATA_CORPUS", ROOT.parent / "shared" / "corpus"))


def mandata_exe() -> str:
    """The installed ``mandata`` command, or skip when there is none."""
    if MANDATA_BIN.exists():
        return str(MANDATA_BIN)
    found = shutil.which("mandata")
    if found is None:
        pytest.skip(f"no mandata executable at {MANDATA_BIN} or on PATH")
    return found


def invoke(args: list[str], env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, args, env=env)


def _uncaught(result: Result) -> str:
    """The traceback of an exception that escaped the CLI (CliRunner catches it), or ''."""
    if result.exception is None or isinstance(result.exception, SystemExit):
        return ""
    return "".join(traceback.format_exception(*result.exc_info))  # type: ignore[misc]


def assert_one_line_error(result: Result, *needles: str) -> str:
    """The CLI failed cleanly: non-zero, one ``mandata: error:`` line, no traceback."""
    escaped = _uncaught(result)
    assert not escaped, f"uncaught exception in the CLI:\n{escaped}"
    assert result.exit_code != 0, f"exit code 0; stdout: {result.stdout[:300]!r}"
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, f"stderr is not one line: {result.stderr!r}"
    assert lines[0].startswith(ERROR_PREFIX), lines[0]
    message = lines[0].lower()
    for needle in needles:
        assert needle.lower() in message, f"{needle!r} not in {lines[0]!r}"
    return lines[0]


def assert_subprocess_one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr[-1500:]
    assert proc.returncode != 0, proc.stdout[:300]
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, f"stderr is not one line: {proc.stderr!r}"
    assert lines[0].startswith(ERROR_PREFIX), lines[0]
    for needle in needles:
        assert needle.lower() in lines[0].lower(), f"{needle!r} not in {lines[0]!r}"


def run_mandata(
    args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in ENV_VARS}
    full_env.update(env or {})
    return subprocess.run(
        [mandata_exe(), *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


# --------------------------------------------------------------------------------------------
# Bad files
# --------------------------------------------------------------------------------------------


def random_binary(seed: int = 0, size: int = 4096) -> bytes:
    """Random bytes with plenty of NULs (deterministic, so a failure can be replayed)."""
    rng = random.Random(seed)
    data = bytearray(rng.randbytes(size))
    for i in range(0, size, 7):
        data[i] = 0
    return bytes(data)


def undecodable_bytes() -> bytes:
    """High bytes that are neither UTF-8 nor UTF-16 (odd length, no BOM) nor a plausible code page.

    0x81, 0x8D and 0x98 are undefined in Windows-1252/1251, a lone trailing 0x80 is not GB18030,
    and Windows-1256 turns the rest into a jumble of Arabic, Persian and signs.
    """
    rng = random.Random(7)
    junk = bytes(rng.choice(b"\x81\x8d\x98\xa4\xb6\xde") for _ in range(60))
    data = b"\xfa\xff\xfe" * 40 + junk + b"\xfa\xff\xfe" * 10 + b"\x80"
    assert len(data) % 2 == 1 and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    return data


def blank_pdf(pages: int = 1) -> bytes:
    """A PDF whose pages have no text: what a scan looks like to a text-layer reader."""
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(612, 792)
    buf = io.BytesIO()
    pdf.save(buf)
    pdf.close()
    return buf.getvalue()


def encrypted_pdf() -> bytes:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=612, height=792)
    writer.encrypt("pw")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def plain_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("notes.txt", "The General Assembly, 1. Decides")
        archive.writestr("data/numbers.csv", "1,2,3\n")
    return buf.getvalue()


def real_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("The General Assembly,")
    document.add_paragraph("1. Decides to remain seized of the matter.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def docx_with_broken_xml() -> bytes:
    """A DOCX package whose ``word/document.xml`` is not XML."""
    src = zipfile.ZipFile(io.BytesIO(real_docx()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = b"<w:document><w:body><w:p>not closed"
            out.writestr(item, data)
    return buf.getvalue()


def encrypted_office() -> bytes:
    """The start of an OLE container holding an ``EncryptedPackage`` (a password-protected DOCX)."""
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    return ole + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512


def _write(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data() if callable(data) else data)
        return path

    return make


# (id, how to make the file, words the one-line message must contain)
BAD_FILES: list[tuple[str, Callable[[Path], Path], tuple[str, ...]]] = [
    ("empty", _write("empty.txt", b""), ("empty",)),
    ("whitespace", _write("blank.txt", b" \n\t\r\n  \n"), ("empty",)),
    ("binary", _write("noise.txt", random_binary), ()),
    ("binary-no-suffix", _write("noise", lambda: random_binary(seed=3)), ()),
    ("binary-as-pdf", _write("noise.pdf", lambda: random_binary(seed=4)), ()),
    ("binary-as-docx", _write("noise.docx", lambda: random_binary(seed=5)), ()),
    ("png", _write("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64), ("png",)),
    ("png-as-txt", _write("image.txt", b"\x89PNG\r\n\x1a\n" + random_binary(size=256)), ("png",)),
    ("jpeg", _write("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x01" * 64), ("jpeg",)),
    ("zip-not-docx", _write("archive.zip", plain_zip), ("zip",)),
    ("zip-named-docx", _write("archive.docx", plain_zip), ()),
    ("docx-truncated", _write("cut.docx", lambda: real_docx()[:1500]), ()),
    ("docx-broken-xml", _write("broken.docx", docx_with_broken_xml), ()),
    ("docx-encrypted", _write("locked.docx", encrypted_office), ("encrypted",)),
    ("legacy-doc", _write("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600), ()),
    ("pdf-no-text-layer", _write("scan.pdf", blank_pdf), ("ocr",)),
    ("pdf-no-text-3-pages", _write("scan3.pdf", lambda: blank_pdf(3)), ("ocr",)),
    ("pdf-truncated-built", _write("cut.pdf", lambda: blank_pdf()[:200]), ()),
    ("pdf-header-only", _write("header.pdf", b"%PDF-1.7\n"), ()),
    ("pdf-encrypted", _write("locked.pdf", encrypted_pdf), ("encrypted",)),
    ("html-no-text", _write("empty.html", b"<html><head></head><body> </body></html>"), ()),
    ("undecodable", _write("garbled.txt", undecodable_bytes), ("undecodable",)),
    ("utf8-bom-then-junk", _write("bom.txt", b"\xef\xbb\xbf" + random_binary(seed=9)), ()),
]

# Output modes the one-line rule holds in.
MODES = {"summary": [], "json": ["--json"]}


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize(
    ("make", "needles"), [b[1:] for b in BAD_FILES], ids=[b[0] for b in BAD_FILES]
)
def test_bad_file_gives_one_line_error(
    tmp_path: Path, make: Callable[[Path], Path], needles: tuple[str, ...], mode: str
) -> None:
    path = make(tmp_path)
    line = assert_one_line_error(invoke(["parse", str(path), *MODES[mode]]), *needles)
    assert path.name in line  # the message names the file


@pytest.mark.parametrize("stage", ["read", "normalize", "segment"])
@pytest.mark.parametrize(
    "make",
    [_write("empty.txt", b""), _write("noise.txt", random_binary), _write("scan.pdf", blank_pdf)],
    ids=["empty", "binary", "pdf-no-text-layer"],
)
def test_bad_file_stage_gives_one_line_error(
    tmp_path: Path, make: Callable[[Path], Path], stage: str
) -> None:
    assert_one_line_error(invoke(["parse", str(make(tmp_path)), "--stage", stage]))


def test_pdf_without_text_layer_says_what_ocr_found(tmp_path: Path) -> None:
    path = _write("scan.pdf", blank_pdf)(tmp_path)
    line = assert_one_line_error(invoke(["parse", str(path)]))
    assert "no text layer" in line and "OCR" in line
    before = os.environ.get("MANDATA_OCR")
    line = assert_one_line_error(invoke(["parse", "--ocr", "never", str(path)]))
    assert "read it with --ocr auto" in line
    # the option holds for that command only: later commands in this process read as before
    assert os.environ.get("MANDATA_OCR") == before


def test_truncated_corpus_pdf(tmp_path: Path) -> None:
    corpus = corpus_dir()
    pdfs = sorted(corpus.glob("ga80/pdf/*.pdf")) + sorted(corpus.glob("pdf/**/*.pdf"))
    if not pdfs:
        pytest.skip(f"no corpus PDFs under {corpus} (set MANDATA_CORPUS)")
    for source in pdfs[:3]:
        data = source.read_bytes()
        for cut in (len(data) // 2, len(data) // 10, 100):
            path = tmp_path / f"cut_{cut}_{source.name}"
            path.write_bytes(data[:cut])
            assert_one_line_error(invoke(["parse", str(path)]))


def test_nonexistent_path(tmp_path: Path) -> None:
    missing = tmp_path / "no_such_file.txt"
    line = assert_one_line_error(invoke(["parse", str(missing)]))
    assert "no_such_file.txt" in line


def test_directory_without_jsonl(tmp_path: Path) -> None:
    assert_one_line_error(invoke(["parse", str(tmp_path)]))


def test_unknown_language_flag(tmp_path: Path) -> None:
    path = tmp_path / "resolution.txt"
    shutil.copy(EXAMPLES / "en" / "resolution.txt", path)
    assert_one_line_error(invoke(["parse", str(path), "--lang", "xx"]), "language")
    assert_one_line_error(invoke(["parse", str(path), "--lang", "xx", "--json"]), "language")
    assert_one_line_error(invoke(["parse", str(path), "--lang", "xx", "--stage", "segment"]))


# --------------------------------------------------------------------------------------------
# Size limit: --max-bytes and MANDATA_MAX_BYTES
# --------------------------------------------------------------------------------------------


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    path = tmp_path / "resolution.txt"
    shutil.copy(EXAMPLES / "en" / "resolution.txt", path)
    return path


def test_max_bytes_flag(example_copy: Path) -> None:
    assert_one_line_error(invoke(["parse", str(example_copy), "--max-bytes", "10"]), "limit")
    assert invoke(["parse", str(example_copy), "--max-bytes", str(10**9)]).exit_code == 0


def test_max_bytes_env(example_copy: Path) -> None:
    result = invoke(["parse", str(example_copy)], env={"MANDATA_MAX_BYTES": "10"})
    assert_one_line_error(result, "limit", "MANDATA_MAX_BYTES")


def test_max_bytes_flag_overrides_env(example_copy: Path) -> None:
    result = invoke(
        ["parse", str(example_copy), "--max-bytes", str(10**9)], env={"MANDATA_MAX_BYTES": "10"}
    )
    assert result.exit_code == 0, result.output


def test_max_bytes_with_stage(example_copy: Path) -> None:
    """The limit holds for ``--stage`` too: no stage reads a file over it."""
    for stage in ("read", "segment"):
        args = ["parse", str(example_copy), "--stage", stage]
        assert_one_line_error(invoke([*args, "--max-bytes", "10"]), "limit")
        assert_one_line_error(invoke(args, env={"MANDATA_MAX_BYTES": "10"}), "limit")


@pytest.mark.parametrize("value", ["abc", "-5", "0", "1e3"])
def test_invalid_max_bytes_env(example_copy: Path, value: str) -> None:
    result = invoke(["parse", str(example_copy)], env={"MANDATA_MAX_BYTES": value})
    assert_one_line_error(result, "max_bytes")


def test_invalid_max_bytes_env_in_batch(example_copy: Path) -> None:
    result = invoke(["parse", str(example_copy), "--jsonl"], env={"MANDATA_MAX_BYTES": "abc"})
    assert_one_line_error(result, "max_bytes")


def test_invalid_workers_env_in_batch(example_copy: Path) -> None:
    result = invoke(["parse", str(example_copy), "--jsonl"], env={"MANDATA_WORKERS": "0"})
    assert_one_line_error(result, "workers")


def test_invalid_workers_flag_in_batch(example_copy: Path) -> None:
    assert_one_line_error(invoke(["parse", str(example_copy), "--jsonl", "--workers", "-1"]))


# --------------------------------------------------------------------------------------------
# The real command, in a subprocess
# --------------------------------------------------------------------------------------------


def test_subprocess_empty_and_binary(tmp_path: Path) -> None:
    empty = _write("empty.txt", b"")(tmp_path)
    noise = _write("noise.bin", random_binary)(tmp_path)
    scan = _write("scan.pdf", blank_pdf)(tmp_path)
    assert_subprocess_one_line_error(run_mandata(["parse", str(empty)]), "empty")
    assert_subprocess_one_line_error(run_mandata(["parse", str(noise), "--json"]))
    assert_subprocess_one_line_error(run_mandata(["parse", str(scan)]), "ocr")


def test_subprocess_size_limit(example_copy: Path) -> None:
    proc = run_mandata(["parse", str(example_copy)], env={"MANDATA_MAX_BYTES": "10"})
    assert_subprocess_one_line_error(proc, "limit")
    proc = run_mandata(["parse", str(example_copy), "--max-bytes", "10"])
    assert_subprocess_one_line_error(proc, "limit")


def test_subprocess_invalid_max_bytes_env(example_copy: Path) -> None:
    proc = run_mandata(["parse", str(example_copy)], env={"MANDATA_MAX_BYTES": "abc"})
    assert_subprocess_one_line_error(proc, "max_bytes")


# --------------------------------------------------------------------------------------------
# Texts that are not UN documents: parsed, doc_type "other", nothing invented
# --------------------------------------------------------------------------------------------

NOT_UN = {
    "recipe-en": (
        "Grandmother's apple pie\n\n"
        "Ingredients: 6 apples, 200 g flour, 100 g butter, 2 eggs, a pinch of salt.\n\n"
        "1. Peel and slice the apples.\n"
        "2. Rub the butter into the flour and add the eggs.\n"
        "3. Bake at 180 degrees for 45 minutes, on 5 December 2025 or any other day.\n"
    ),
    "german": (
        "Der Herbst kam früh in diesem Jahr. Die Bäume am Ufer des Sees verloren ihre Blätter, "
        "und die Fischer zogen ihre Boote schon im Oktober an Land. Niemand im Dorf erinnerte "
        "sich an einen so kalten September.\n"
    ),
    "chinese-poem": "床前明月光，疑是地上霜。举头望明月，低头思故乡。\n",
    "resolution-mention": "My cousin once read resolution 59/50 aloud at dinner.\n",
}


def assert_nothing_invented(doc: dict[str, object]) -> None:
    assert doc["doc_type"] == "other"
    assert doc["symbol"] is None
    assert doc["resolutions"] == []
    assert doc["letter"] is None
    assert doc["session"] is None
    assert doc["date"] is None
    assert doc["body"] is None
    assert doc["agenda_items"] == []


@pytest.mark.parametrize("text", list(NOT_UN.values()), ids=list(NOT_UN))
def test_not_a_un_document(tmp_path: Path, text: str) -> None:
    path = tmp_path / "sample.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert_nothing_invented(doc.to_dict())
    result = invoke(["parse", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert_nothing_invented(json.loads(result.stdout))


# --------------------------------------------------------------------------------------------
# Batch mode: --jsonl
# --------------------------------------------------------------------------------------------


@pytest.fixture
def batch_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(EXAMPLES / "en" / "resolution.txt", folder / "a_good_en.txt")
    (folder / "b_empty.txt").write_bytes(b"")
    shutil.copy(EXAMPLES / "fr" / "resolution.txt", folder / "c_good_fr.txt")
    (folder / "d_binary.txt").write_bytes(random_binary(seed=11))
    return folder


def _check_batch_lines(stdout: str, expected: list[tuple[str, bool]]) -> None:
    """One JSON line per file, in input order; errors are exactly ``{source, error}``."""
    lines = stdout.splitlines()
    assert len(lines) == len(expected), stdout[:500]
    for line, (name, good) in zip(lines, expected, strict=True):
        obj = json.loads(line)
        assert Path(obj["source"]).name == name
        if good:
            assert obj.get("symbol"), f"{name}: no symbol in {line[:200]}"
            assert "error" not in obj
        else:
            assert set(obj) == {"source", "error"}, line
            assert obj["error"] and "\n" not in obj["error"]


BATCH_EXPECTED = [
    ("a_good_en.txt", True),
    ("b_empty.txt", False),
    ("c_good_fr.txt", True),
    ("d_binary.txt", False),
]


def test_batch_directory_goes_on_after_failures(batch_dir: Path) -> None:
    result = invoke(["parse", str(batch_dir), "--jsonl", "--workers", "2"])
    assert not _uncaught(result), _uncaught(result)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    _check_batch_lines(result.stdout, BATCH_EXPECTED)


def test_batch_follows_input_order(batch_dir: Path) -> None:
    order = ["d_binary.txt", "c_good_fr.txt", "b_empty.txt", "a_good_en.txt"]
    args = ["parse", *(str(batch_dir / n) for n in order), "--jsonl", "--workers", "2"]
    result = invoke(args)
    assert result.exit_code == 1
    _check_batch_lines(result.stdout, [(n, "good" in n) for n in order])


def test_batch_missing_file_is_a_line(batch_dir: Path) -> None:
    good = str(batch_dir / "a_good_en.txt")
    result = invoke(["parse", str(batch_dir / "missing.txt"), good, "--jsonl", "--workers", "1"])
    assert result.exit_code == 1
    _check_batch_lines(result.stdout, [("missing.txt", False), ("a_good_en.txt", True)])


def test_batch_all_good_exits_zero(batch_dir: Path) -> None:
    good = [str(batch_dir / "a_good_en.txt"), str(batch_dir / "c_good_fr.txt")]
    result = invoke(["parse", *good, "--jsonl", "--workers", "2"])
    assert result.exit_code == 0, result.output
    _check_batch_lines(result.stdout, [("a_good_en.txt", True), ("c_good_fr.txt", True)])


def test_batch_failure_with_long_path_exits_one(tmp_path: Path) -> None:
    """The exit code does not depend on how long the failing file's path is."""
    deep = tmp_path / ("d" * 200) / ("e" * 200)
    deep.mkdir(parents=True)
    (deep / "empty.txt").write_bytes(b"")
    result = invoke(["parse", str(deep / "empty.txt"), "--jsonl", "--workers", "1"])
    _check_batch_lines(result.stdout, [("empty.txt", False)])
    assert result.exit_code == 1


def test_batch_subprocess(batch_dir: Path) -> None:
    proc = run_mandata(["parse", str(batch_dir), "--jsonl", "--workers", "2"])
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr[-1500:]
    assert proc.returncode == 1
    _check_batch_lines(proc.stdout, BATCH_EXPECTED)
    good = [str(batch_dir / "a_good_en.txt"), str(batch_dir / "c_good_fr.txt")]
    proc = run_mandata(["parse", *good, "--jsonl", "--workers", "2"])
    assert proc.returncode == 0, proc.stderr[-1500:]


# --------------------------------------------------------------------------------------------
# Property tests: random text and random bytes give a Document or a MandataError, nothing else
# --------------------------------------------------------------------------------------------

FRAGMENTS = [
    "1.",
    "2.",
    "10.",
    "(a)",
    "(b)",
    "(iv)",
    "*",
    "1",
    "2/5",
    "\f",
    "__________",
    "__________________",
    "*1234567*",
    "25-12345 (E)",
    "United Nations",
    "General Assembly",
    "Security Council",
    "A/RES/80/123",
    "A/80/L.40",
    "S/2025/1",
    "A/80/150",
    "A/DEC/80/501",
    "Distr.: General",
    "Distr.: Limited",
    "5 December 2025",
    "Original: English",
    "Eightieth session",
    "Agenda item 125 (t)",
    "Resolution adopted by the General Assembly on 1 December 2025",
    "[without reference to a Main Committee (A/80/L.40 and Add.1)]",
    "80/123.",
    "The General Assembly,",
    "The Security Council,",
    "Recalling its resolution 79/10,",
    "Decides",
    "Requests the Secretary-General",
    "Annex",
    "Annex II",
    "Letter dated 3 March 2025 from the Permanent Representative",
    "(Signed)",
    "Excellency,",
    "Draft resolution",
    "Assemblée générale,",
    "Décide",
    "Asamblea General,",
    "Генеральная Ассамблея,",
    "постановляет",
    "إن الجمعية العامة،",
    "تقرر",
    "大会，",
    "决定",
    "第八十届会议",
    "٢٠٢٥",
    "\u00a0",
    "\u200f",
    "\ufeff",
    "\ufffe",
]
SEPARATORS = st.sampled_from([" ", "\n", "\n\n", "\t", "\r\n", ""])
FRAGMENT_TEXT = st.lists(
    st.tuples(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), SEPARATORS),
    max_size=60,
).map(lambda parts: "".join(f + s for f, s in parts))
EXAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*/*.txt"))]


@st.composite
def mutated_example(draw: st.DrawFn) -> str:
    """One of the example documents with lines dropped, doubled, swapped, cut or inserted."""
    lines = draw(st.sampled_from(EXAMPLE_TEXTS)).splitlines()
    for _ in range(draw(st.integers(0, 10))):
        op = draw(st.sampled_from(["drop", "double", "swap", "cut", "insert"]))
        if not lines:
            lines = [draw(st.sampled_from(FRAGMENTS))]
        i = draw(st.integers(0, len(lines) - 1))
        if op == "drop":
            del lines[i]
        elif op == "double":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "cut":
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        else:
            lines.insert(i, draw(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20))))
    return "\n".join(lines)


UN_LIKE_TEXT = st.one_of(FRAGMENT_TEXT, mutated_example())
LANGUAGE = st.sampled_from([None, *LANGUAGES])
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _raw(text: str) -> RawText:
    return RawText(text=text, format="text", encoding="utf-8", pages=None)


def _parse_or_documented_error(text: str, language: str | None) -> Document | None:
    """parse_raw gives a JSON-ready Document or a MandataError; anything else fails the test."""
    try:
        doc = parse_raw(_raw(text), language=language)
    except MandataError as err:
        assert str(err) and "\n" not in str(err)
        return None
    json.dumps(doc.to_dict(), ensure_ascii=False)
    return doc


@PROPERTY
@given(st.text(max_size=2000), LANGUAGE)
def test_random_text_parses_or_documented_error(text: str, language: str | None) -> None:
    _parse_or_documented_error(text, language)


@PROPERTY
@given(UN_LIKE_TEXT, LANGUAGE)
def test_un_like_text_parses_or_documented_error(text: str, language: str | None) -> None:
    _parse_or_documented_error(text, language)


@PROPERTY
@given(st.binary(max_size=3000), st.sampled_from(["x.txt", "x.pdf", "x.docx", "x.html", "x"]))
def test_random_bytes_read_and_parse(data: bytes, name: str) -> None:
    try:
        raw = read_bytes(data, name)
        doc = parse_raw(raw, source=name)
    except MandataError as err:
        assert str(err) and "\n" not in str(err)
        return
    json.dumps(doc.to_dict(), ensure_ascii=False)


@PROPERTY
@given(UN_LIKE_TEXT.map(lambda t: t.encode("utf-8")), st.sampled_from(["x.txt", "x.html"]))
def test_un_like_bytes_read_and_parse(data: bytes, name: str) -> None:
    try:
        doc = parse_raw(read_bytes(data, name), source=name)
    except MandataError as err:
        assert str(err) and "\n" not in str(err)
        return
    json.dumps(doc.to_dict(), ensure_ascii=False)


@PROPERTY
@given(UN_LIKE_TEXT, LANGUAGE)
def test_round_trip_on_un_like_text(text: str, language: str | None) -> None:
    doc = _parse_or_documented_error(text, language)
    if doc is None:
        return
    data = doc.to_dict()
    assert Document.from_dict(data).to_dict() == data
    assert Document.from_dict(json.loads(json.dumps(data))).to_dict() == data
