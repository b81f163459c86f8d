"""The ``mandata`` command: a thin layer over the library.

Every user error (a bad file, an unknown language) prints one line on standard error and exits
non-zero; nothing here parses or stores anything itself.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from mandata import __version__, lang
from mandata.analyze.paragraph import analyze_paragraph
from mandata.batch import iter_paths, parse_many
from mandata.errors import MandataError
from mandata.langid import detect_language
from mandata.parse import STAGES, parse_file, run_stage
from mandata.settings import max_bytes_setting, workers_setting


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"mandata: error: {message}", err=True)
    sys.exit(code)


class _OneLineErrors(click.Group):
    """A command group whose usage errors are one line, like every other error."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
        except click.ClickException as err:
            _fail(err.format_message().replace("\n", " "), err.exit_code)
        except click.exceptions.Abort:
            _fail("aborted", 1)
        except click.exceptions.Exit as done:
            sys.exit(done.exit_code)
        return None


@click.group(cls=_OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mandata")
def main() -> None:
    """United Nations parliamentary documents as structured, linked data."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the document as one JSON object.")
@click.option("--jsonl", is_flag=True, help="Parse many files; one JSON object per line.")
@click.option("--stage", type=click.Choice(STAGES), help="Print the output of one stage.")
@click.option("--symbol", help="The document's symbol, when the text does not give it.")
@click.option("--lang", "language", help="The document's language (ar en es fr ru zh).")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes for --jsonl (default: cores).",
)
@click.option(
    "--max-bytes", type=click.IntRange(min=1), default=None, help="Refuse files larger than this."
)
def parse(
    paths: tuple[Path, ...],
    as_json: bool,
    jsonl: bool,
    stage: str | None,
    symbol: str | None,
    language: str | None,
    workers: int | None,
    max_bytes: int | None,
) -> None:
    """Parse UN documents (text, PDF, DOCX, HTML) into their structure."""
    if not jsonl and len(paths) != 1:
        _fail("give one file, or use --jsonl for several", 2)
    try:
        limit = max_bytes if max_bytes is not None else max_bytes_setting()
        if jsonl:
            sys.exit(_parse_jsonl(paths, workers or workers_setting(), limit, language))
        if stage:
            out = run_stage(paths[0], stage, language, max_bytes=limit)
            click.echo(_dump(out) if as_json or stage == "segment" else out.get("text", ""))
            return
        doc = parse_file(paths[0], symbol=symbol, language=language, max_bytes=limit)
    except MandataError as err:
        _fail(str(err))
        return
    click.echo(_dump(doc.to_dict()) if as_json else _summary(doc.to_dict()))


def _parse_jsonl(
    paths: tuple[Path, ...], workers: int, limit: int | None, language: str | None
) -> int:
    failed = 0
    files = list(iter_paths(paths))
    for line, ok in parse_many(files, workers=workers, max_bytes=limit, language=language):
        failed += not ok
        click.echo(line)
    return 1 if failed else 0


def _summary(doc: dict[str, Any]) -> str:
    """A few lines a person reads: masthead, then the count of each part."""
    lines = [
        f"{doc['symbol'] or '(no symbol)'}  [{doc['language']}]  {doc['doc_type']}",
        f"title: {doc['title']}",
        f"date: {doc['date']}  session: {doc['session']}  body: {doc['body']}",
    ]
    letter = doc.get("letter")
    if letter:
        lines.append(f"letter dated {letter['date']}, signed {letter['signatory']}")
    for annex in doc["annexes"]:
        lines.append(
            f"annex {annex['number']} ({annex['kind']}): {len(annex['paragraphs'])} paragraphs"
        )
    for res in doc["resolutions"]:
        actions = ", ".join(p["action"] or "?" for p in res["operative"])
        lines.append(
            f"resolution {res['number'] or '(draft)'}: {len(res['preamble'])} preambular, "
            f"{len(res['operative'])} operative ({actions})"
        )
    return "\n".join(lines)


@main.command()
@click.option("--lang", "language", help="The language of the lines (default: detected per line).")
@click.option("--session", type=click.IntRange(min=1), help="The session the text belongs to.")
@click.option("--jsonl", is_flag=True, help="One JSON object per line (the default output).")
def analyze(language: str | None, session: int | None, jsonl: bool) -> None:
    """Analyse paragraphs read from standard input, one per line."""
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
        _fail(str(err))


if __name__ == "__main__":
    main()
