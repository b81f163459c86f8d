"""The commands that parse: ``parse`` (files into their structure) and ``analyze``
(paragraphs read from standard input)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from mandata.cli.common import (
    PATHS,
    debug_option,
    document_summary,
    dump,
    fail,
    internal_error,
    languages,
    ocr_option,
    parse_file,
    set_debug,
    set_ocr,
)
from mandata.errors import MandataError
from mandata.settings import MAX_BYTES, MAX_WORKERS, max_bytes_setting, workers_setting

# mandata.parse.STAGES, without importing the parser (a test checks they agree)
STAGES = ("read", "normalize", "segment")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=PATHS)
@click.option("--json", "as_json", is_flag=True, help="Print the document as one JSON object.")
@click.option("--jsonl", is_flag=True, help="Parse many files; one JSON object per line.")
@click.option("--stage", type=click.Choice(STAGES), help="Print the output of one stage.")
@click.option("--symbol", help="The document's symbol, when the text does not give it.")
@click.option(
    "--lang",
    "language",
    help="The language (ar en es fr ru zh), or one per path: ar,en,es (default: the file name's "
    "tag, else detected).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1, max=MAX_WORKERS),
    default=None,
    help="Processes for --jsonl (default: cores).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1, max=MAX_BYTES),
    default=None,
    help="Refuse files larger than this.",
)
@ocr_option
@debug_option
def parse(
    paths: tuple[Path, ...],
    as_json: bool,
    jsonl: bool,
    stage: str | None,
    symbol: str | None,
    language: str | None,
    workers: int | None,
    max_bytes: int | None,
    ocr: str | None,
    debug: bool,
) -> None:
    """Parse UN documents (text, PDF and scans, DOCX, DOC, RTF, WPD, HTML, Akoma Ntoso XML)
    into their structure."""
    set_debug(debug)
    set_ocr(ocr)
    if not jsonl and len(paths) != 1:
        fail("give one file, or use --jsonl for several", 2)
    try:
        limit = max_bytes if max_bytes is not None else max_bytes_setting()
        codes = languages(language, len(paths))
        if jsonl:
            sys.exit(_parse_jsonl(paths, workers or workers_setting(), limit, codes))
        language = codes[0]
        if stage:
            from mandata.parse import run_stage

            out = run_stage(paths[0], stage, language, max_bytes=limit)
            click.echo(dump(out) if as_json or stage == "segment" else out.get("text", ""))
            return
        doc = parse_file(paths[0], symbol=symbol, language=language, max_bytes=limit)
    except MandataError as err:
        fail(str(err))
        return
    except Exception as err:  # a fault of mandata on this file: one line, not a traceback
        fail(internal_error(str(paths[0]), err))
        return
    click.echo(dump(doc.to_dict()) if as_json else document_summary(doc.to_dict()))


def _parse_jsonl(
    paths: tuple[Path, ...], workers: int, limit: int | None, codes: list[str | None]
) -> int:
    from mandata.batch import iter_paths, parse_many

    failed = 0
    files = [(f, code) for path, code in zip(paths, codes, strict=True) for f in iter_paths([path])]
    for line, ok in parse_many(
        [f for f, _ in files], workers=workers, max_bytes=limit, languages=[c for _, c in files]
    ):
        failed += not ok
        click.echo(line)
    return 1 if failed else 0


@click.command()
@click.option("--lang", "language", help="The language of the lines (default: detected per line).")
@click.option("--session", type=click.IntRange(min=1), help="The session the text belongs to.")
@click.option("--jsonl", is_flag=True, help="One JSON object per line (the default output).")
def analyze(language: str | None, session: int | None, jsonl: bool) -> None:
    """Analyse paragraphs read from standard input, one per line."""
    from mandata import lang
    from mandata.analyze.paragraph import analyze_paragraph
    from mandata.langid import detect_language

    del jsonl  # the output is always JSON lines; the flag documents it
    try:
        if language:
            lang.get(language)
        for line in sys.stdin:
            text = line.strip()
            if not text:
                continue
            code = language or detect_language(text)
            if code is None:
                out: dict[str, Any] = {"text": text, "error": "language not recognised"}
            else:
                facts = analyze_paragraph(text, code, session)
                out = {"language": code, **facts.to_dict()}
                out["mandate"] = out["mandates"][0] if out["mandates"] else None
            click.echo(json.dumps(out, ensure_ascii=False))
    except MandataError as err:
        fail(str(err))
