"""Names of the Member States and observer States in six languages, read from ``states.tsv``.

``scripts/gen_entities.py`` writes the file (package data) from the UN's own forms
(:mod:`mandata.entities.curated_states`) and pycountry; it is read at first use and kept.
A row a line, its fields separated by tabs: ``short``, ``name`` or ``blocker``, then the
State (ISO 3166-1 alpha-3), the language, the name and, for ``name``, its source.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

Name = tuple[str, str, str, str]  # (alpha-3, language, name, source: "un-curated" or "pycountry")
Blocker = tuple[str, str, str]  # (alpha-3, language, name) of a territory that is not a State


@dataclass(frozen=True)
class States:
    """The three tables of ``states.tsv``."""

    short_names: dict[str, dict[str, str]]  # alpha-3 -> language -> the UN short name
    names: tuple[Name, ...]
    blockers: tuple[Blocker, ...]  # the ISO 3166-1 territories that are not States


@cache
def tables() -> States:
    """The tables of ``states.tsv``, read once."""
    text = resources.files(__package__ or "mandata.entities").joinpath("states.tsv")
    short: dict[str, dict[str, str]] = {}
    names: list[Name] = []
    blockers: list[Blocker] = []
    for line in text.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        table, state, code, name, *source = line.split("\t")
        if table == "short":
            short.setdefault(state, {})[code] = name
        elif table == "name":
            names.append((state, code, name, source[0]))
        elif table == "blocker":
            blockers.append((state, code, name))
        else:
            raise ValueError(f"states.tsv: unknown table {table!r}")
    return States(short, tuple(names), tuple(blockers))


def short_names() -> dict[str, dict[str, str]]:
    """Alpha-3 -> language -> the UN short name ("FRA" -> "fr" -> "France")."""
    return tables().short_names


def names() -> tuple[Name, ...]:
    """Every name of every State: (alpha-3, language, name, source)."""
    return tables().names


def blockers() -> tuple[Blocker, ...]:
    """Names of the ISO 3166-1 territories that are not States ("American Samoa")."""
    return tables().blockers
