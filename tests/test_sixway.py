"""Acceptance: the six language versions of the same sentence give the same facts.

Runs ``scripts/eval_sixway.py`` over the six-way aligned sentences of the UN Parallel Corpus: for
every row whose English text opens a paragraph or names a session, date or cited document, each
language must agree with English on the action (or a documented equivalent), the references, the
dates and the sessions. The remaining differences are listed and explained in the README.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from conftest import ROOT


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "eval_sixway", ROOT / "scripts" / "eval_sixway.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_sixway"] = module
    spec.loader.exec_module(module)
    return module


def test_each_language_agrees_with_english(corpus: Path) -> None:
    script = _script()
    result = script.evaluate(corpus)
    assert result.rows >= 300
    rates = {code: result.rate(code) for code in script.OTHERS}
    assert all(rate >= 0.95 for rate in rates.values()), rates
