"""The ``mandata`` command: a thin layer over the library.

Every user error (a bad file, an unknown language) prints one line on standard error and exits
non-zero; nothing here parses or stores anything itself.

The commands live in one module for each family (``mandata.cli.parse``, ``.registry``,
``.procedure``, ``.compare``, ``.serve``, ``.review``; ``fetch`` in ``mandata.fetch.command``)
and each is imported when it is run: ``mandata --help`` lists them from :data:`COMMANDS` without
importing any.
"""

from __future__ import annotations

import importlib
import sys
import warnings
from gettext import gettext as _
from typing import Any, TextIO

import click

from mandata import __version__
from mandata.cli.common import fail as _fail
from mandata.errors import MandataWarning
from mandata.names import one_line

# name -> (where the command is, "module:function"; the first paragraph of its help, which the
# listing of ``mandata --help`` shortens). A test checks both against the commands themselves.
COMMANDS: dict[str, tuple[str, str]] = {
    "agenda": (
        "mandata.cli.procedure:agenda",
        "The items the provisional agenda of session NUMBER must hold (rule 13 (c)), each item "
        "titled in the --lang version where one words it (else English).",
    ),
    "analyze": (
        "mandata.cli.parse:analyze",
        "Analyse paragraphs read from standard input, one per line.",
    ),
    "check": (
        "mandata.cli.procedure:check",
        "Check a letter asking for an agenda item against rules 13, 14, 15 and 20.",
    ),
    "compare": (
        "mandata.cli.compare:compare",
        "Compare the language versions of one document: FILE FILE... or a SYMBOL in the "
        "registry; or, with --segments, every row of a file of aligned segments.",
    ),
    "diff": (
        "mandata.cli.review:diff",
        "What changed from resolution OLD to NEW (symbols in the registry, or two files): "
        "paragraphs added, removed and changed with the changed words marked, the mandates "
        "created, renewed, changed or ended, and whether the other languages align the "
        "paragraphs alike.",
    ),
    "documents": (
        "mandata.cli.registry:documents",
        "The documents the registry holds.",
    ),
    "entity": (
        "mandata.cli.review:entity",
        "The mandates ENTITY holds (un:secretary-general, FRA): by type and due session, the "
        "oldest, the most renewed, and those it shares with other entities.",
    ),
    "export": (
        "mandata.cli.registry:export",
        "Export one document, a SYMBOL in the registry or a FILE (json, akn: Akoma Ntoso 3.0 "
        "after AKN4UN), or the whole registry as tables (csv, parquet: documents, paragraphs, "
        "references, mandates in folder --out).",
    ),
    "fetch": (
        "mandata.fetch.command:fetch",
        "Fetch documents from the UN's services (ODS, Digital Library, UN XML, IGov) into a "
        "content-addressed store: SYMBOL..., --session N [--series res|drafts|decisions], "
        "--query SEARCH or --cites SYMBOL.",
    ),
    "ingest": (
        "mandata.cli.registry:ingest",
        "Parse files and folders into the registry (skipping what is stored already).",
    ),
    "item": (
        "mandata.cli.procedure:item",
        "An agenda item (by its identity, in any language) and its life across sessions.",
    ),
    "mandates": (
        "mandata.cli.procedure:mandates",
        "The mandates of the stored documents: reports due, agenda items, directives.",
    ),
    "parse": (
        "mandata.cli.parse:parse",
        "Parse UN documents (text, PDF and scans, DOCX, DOC, RTF, WPD, HTML, Akoma Ntoso XML) "
        "into their structure.",
    ),
    "refs": (
        "mandata.cli.registry:refs",
        "What a document cites, and what cites it.",
    ),
    "search": (
        "mandata.cli.registry:search",
        "Full-text search over the paragraphs, in any of the six languages.",
    ),
    "series": (
        "mandata.cli.review:series",
        "Series of recurring resolutions: those whose title holds QUERY's words, or the series "
        "of resolution QUERY (77/13, A/RES/77/13) with its timeline; every series without "
        "QUERY. ``--rebuild`` computes them again from the stored resolutions (ingest does it "
        "too).",
    ),
    "serve": (
        "mandata.cli.serve:serve",
        "Serve the web UI and the JSON API (/api, OpenAPI at /api/docs) over the registry.",
    ),
    "session": (
        "mandata.cli.procedure:session",
        "When regular session NUMBER opens (rule 1, or a date the Assembly fixed).",
    ),
    "show": (
        "mandata.cli.registry:show",
        "One document of the registry.",
    ),
    "votes": (
        "mandata.cli.review:votes",
        "How resolution WHAT (77/13) was adopted: its vote and sponsors, and its roll calls; or "
        "``votes import FILE...``: store the roll calls of R data files (un_roll_calls.rda, "
        "with un_roll_call_issues.rda for the issues) for resolutions the registry may not "
        "hold.",
    ),
}


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """Print a :class:`MandataWarning` as one ``mandata: warning:`` line; others as Python
    would."""
    if issubclass(category, MandataWarning):
        click.echo(f"mandata: warning: {one_line(str(message))}", err=True)
    else:
        _python_show_warning(message, category, filename, lineno, file, line)


_python_show_warning = warnings.showwarning


class _OneLineErrors(click.Group):
    """A command group whose usage errors are one line, like every other error, and whose
    warnings are one line each (in worker processes too: they inherit the hook)."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        with warnings.catch_warnings():
            warnings.simplefilter("always", MandataWarning)
            warnings.showwarning = _show_warning
            return self._main(*args, **kwargs)

    def _main(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().main(*args, **kwargs)
        except click.ClickException as err:
            _fail(err.format_message().replace("\n", " "), err.exit_code)
        except click.exceptions.Abort:
            _fail("aborted", 1)
        except click.exceptions.Exit as done:
            sys.exit(done.exit_code)
        return None


class _Lazy(_OneLineErrors):
    """The ``mandata`` group: its commands are imported from :data:`COMMANDS` when they are
    used, and listed in the help from their entries there."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, name = COMMANDS[cmd_name][0].split(":")
        command = getattr(importlib.import_module(module), name)
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The listing of click's own, each command's help shortened as click shortens it."""
        limit = formatter.width - 6 - max(map(len, COMMANDS))
        rows = [
            (name, click.Command(name, help=text).get_short_help_str(limit))
            for name, (_, text) in sorted(COMMANDS.items())
        ]
        with formatter.section(_("Commands")):
            formatter.write_dl(rows)


@click.group(cls=_Lazy, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mandata")
def main() -> None:
    """United Nations parliamentary documents as structured, linked data."""
