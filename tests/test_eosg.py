"""Acceptance: paragraphs of the 78th-session resolutions against the UN EOSG labels.

Runs ``scripts/eval_eosg.py`` over the corpus. The labels are machine-made: every document whose
counts differ must be one of the label errors listed (and explained) in the script, so a new
disagreement fails here.
"""

from __future__ import annotations

from pathlib import Path

from conftest import load_script


def test_agreement_with_eosg_labels(corpus: Path) -> None:
    script = load_script("eval_eosg")
    tally = script.evaluate(corpus)
    assert tally.docs >= 170
    assert tally.word_agree / tally.words >= 0.99, tally.word_misses[:10]
    unexplained = [m for m in tally.count_misses if m.split(":")[0] not in script.LABEL_ERRORS]
    assert not unexplained
    assert tally.count_agree / tally.docs >= 0.96
