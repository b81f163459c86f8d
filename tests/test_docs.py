"""The documentation names every setting and every command (so that none is added silently):
settings in docs/settings.md, commands in the README's tour and in docs/usage.md."""

from __future__ import annotations

import re

from conftest import ROOT
from mandata.cli import main
from mandata.settings import SETTINGS

README = (ROOT / "README.md").read_text(encoding="utf-8")
SETTINGS_DOC = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
USAGE = (ROOT / "docs" / "usage.md").read_text(encoding="utf-8")


def test_every_setting_is_documented() -> None:
    missing = [s.env for s in SETTINGS if s.env not in SETTINGS_DOC]
    assert not missing


def test_every_command_is_in_the_tour_and_the_usage() -> None:
    missing = [name for name in main.commands if f"mandata {name}" not in README]
    missing += [name for name in main.commands if f"mandata {name}" not in USAGE]
    assert not missing


def test_every_document_the_readme_links_exists() -> None:
    links = re.findall(r"\]\(((?:docs/|examples/)[^)#\s]+)", README)
    assert links
    assert [link for link in links if not (ROOT / link).exists()] == []


_NOT_SOURCE = {
    "build",
    "__pycache__",
    "src",
}  # build/: make demo's output; src/: shown as src/mandata


def _folders() -> list[str]:
    """The folders of the project: the top level (the hidden ones but .ci left out), every
    folder of the package, and those of tests/."""
    top = [p for p in ROOT.iterdir() if p.is_dir() and (p.name == ".ci" or p.name[0] != ".")]
    package = [p for p in (ROOT / "src" / "mandata").rglob("*") if p.is_dir()]
    inner = [p for p in (ROOT / "tests").iterdir() if p.is_dir() and p.name[0] != "."]
    names = [p.name for p in [*top, ROOT / "src" / "mandata", *package, *inner]]
    return [n for n in names if n not in _NOT_SOURCE and not n.endswith(".egg-info")]


def test_the_readme_layout_shows_every_folder() -> None:
    block = README.split("## Layout", 1)[1].split("```")[1]
    folders = _folders()
    assert {"normalize", "migrations", "templates", "golden", ".ci"} <= set(folders)
    assert [name for name in folders if f"{name}/" not in block] == []
