"""What the commands share: the one-line error, the common options, the registry opened for
reading, the parser imported on first use.

Each command imports what it uses when it runs: ``mandata --help`` and the registry's commands
do not load the parser, the parser's commands not the readers of formats they are not given.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from mandata.errors import MandataError
from mandata.names import one_line
from mandata.settings import OCR_MODES, redact

if TYPE_CHECKING:
    from mandata.model import Document


def parse_file(path: Path, **options: Any) -> Document:
    """:func:`mandata.parse.parse_file`, the parser imported on first use."""
    from mandata.parse import parse_file as parse

    return parse(path, **options)


def internal_error(source: str, err: BaseException) -> str:
    """:func:`mandata.batch.internal_error` (its one line, its traceback logged)."""
    from mandata.batch import internal_error as line

    return line(source, err)


def dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def fail(message: str, code: int = 1) -> None:
    click.echo(f"mandata: error: {one_line(redact(message))}", err=True)
    sys.exit(code)


def debug_option(func: Any) -> Any:
    return click.option(
        "--debug", is_flag=True, help="Show the traceback of an internal error (on stderr)."
    )(func)


def ocr_option(func: Any) -> Any:
    return click.option(
        "--ocr",
        type=click.Choice(OCR_MODES),
        default=None,
        help="Which PDF pages are read by OCR: auto (pages without a usable text layer; the "
        "default, or MANDATA_OCR), always, never.",
    )(func)


def set_ocr(mode: str | None) -> None:
    """``--ocr`` for this command and the workers it starts (they inherit the environment); the
    setting is put back when the command ends, so that a caller running several commands in one
    process (tests, scripts) does not keep it."""
    if mode is None:
        return
    before = os.environ.get("MANDATA_OCR")
    os.environ["MANDATA_OCR"] = mode

    def restore() -> None:
        if before is None:
            os.environ.pop("MANDATA_OCR", None)
        else:
            os.environ["MANDATA_OCR"] = before

    click.get_current_context().call_on_close(restore)


def set_debug(enabled: bool) -> None:
    """With ``--debug``, the log (an internal error's traceback) goes to standard error."""
    if not enabled:
        return
    log = logging.getLogger("mandata")
    for old in [h for h in log.handlers if getattr(h, "mandata_debug", False)]:
        log.removeHandler(old)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("mandata: debug: %(message)s"))
    handler.mandata_debug = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)


# Paths are checked by the readers, which say what is wrong in their own one-line errors (exit
# 1); click's own check would make an unreadable file a usage error (exit 2).
PATHS = click.Path(path_type=Path, readable=False)


def languages(value: str | None, count: int) -> list[str | None]:
    """``--lang`` for ``count`` paths (one code for all, or one per path); a list of the wrong
    length is a usage error, an unknown code a :class:`MandataError`."""
    from mandata.langtag import language_list

    try:
        return language_list(value, count)
    except ValueError as err:
        fail(str(err), 2)
        raise


def document_summary(doc: dict[str, Any]) -> str:
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


def db_option(func: Any) -> Any:
    return click.option(
        "--db", "db", help="Database URL or SQLite path (MANDATA_DB, ./mandata.db)."
    )(func)


def json_option(func: Any) -> Any:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(func)


# The largest session number or count a read command takes: the registry keeps numbers as
# 32-bit integers (PostgreSQL's INTEGER), so a larger one is an invalid value (exit 2), not a
# database error.
DB_INT = click.IntRange(min=1, max=2**31 - 1)


def _language_code(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--lang`` of a read command: one of the six codes; an unknown one exits 1, as
    ``parse --lang`` does."""
    if value is not None:
        from mandata import lang

        try:
            lang.get(value)
        except MandataError as err:
            fail(str(err))
    return value


lang_option = click.option(
    "--lang", "language", callback=_language_code, help="A language: ar en es fr ru zh."
)


def open_registry(db: str | None) -> Any:
    from mandata.registry.store import Registry

    return Registry(db)


class reading:
    """Open the registry for a read command, one error line if it cannot be opened."""

    def __init__(self, db: str | None) -> None:
        self.db = db

    def __enter__(self) -> Any:
        try:
            self.registry = open_registry(self.db)
        except MandataError as err:
            fail(str(err))
        return self.registry

    def __exit__(self, *exc: object) -> None:
        self.registry.close()
