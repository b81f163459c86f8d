"""Acceptance: the six language versions of the same sentence give the same facts.

Runs ``scripts/eval_sixway.py`` over the six-way aligned sentences of the UN Parallel Corpus: for
every row whose English text opens a paragraph or names a session, date or cited document, each
language must agree with English on the action (or a documented equivalent), the references, the
dates and the sessions. The remaining differences are listed and explained in docs/compare.md.
"""

from __future__ import annotations

from pathlib import Path

from conftest import load_script


def test_each_language_agrees_with_english(corpus: Path) -> None:
    script = load_script("eval_sixway")
    result = script.evaluate(corpus)
    assert not load_script("baseline").below("eval_sixway", script.figures(result))
