"""Acceptance: paragraphs of the 78th-session resolutions against the UN EOSG labels.

Runs ``scripts/eval_eosg.py`` over the corpus. The labels are machine-made: every document whose
counts differ must be one of the label errors listed (and explained) in the script, so a new
disagreement fails here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from conftest import ROOT


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_eosg", ROOT / "scripts" / "eval_eosg.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_eosg"] = module
    spec.loader.exec_module(module)
    return module


def test_agreement_with_eosg_labels(corpus: Path) -> None:
    script = _script()
    tally = script.evaluate(corpus)
    assert tally.docs >= 170
    assert tally.word_agree / tally.words >= 0.99, tally.word_misses[:10]
    unexplained = [m for m in tally.count_misses if m.split(":")[0] not in script.LABEL_ERRORS]
    assert not unexplained
    assert tally.count_agree / tally.docs >= 0.96
