"""The README documents every setting and every command (so that none is added silently)."""

from __future__ import annotations

from conftest import ROOT
from mandata.cli import main
from mandata.settings import SETTINGS

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented() -> None:
    missing = [s.env for s in SETTINGS if s.env not in README]
    assert not missing


def test_every_command_is_documented() -> None:
    missing = [name for name in main.commands if f"mandata {name}" not in README]
    assert not missing
