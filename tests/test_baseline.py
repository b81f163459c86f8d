"""The evaluation floors: one file (scripts/baseline.json) that the evaluations and their tests
read, and that a figure under its floor fails."""

from __future__ import annotations

import json

from conftest import ROOT, load_script

baseline = load_script("baseline")


def test_every_evaluation_with_floors_is_a_script_that_measures_them() -> None:
    data = json.loads(baseline.FILE.read_text(encoding="utf-8"))
    for evaluation, floors in data["floors"].items():
        script = evaluation.split()[0]
        assert (ROOT / "scripts" / f"{script}.py").exists(), evaluation
        assert floors and all(isinstance(v, int | float) and v > 0 for v in floors.values())
        source = (ROOT / "scripts" / f"{script}.py").read_text(encoding="utf-8")
        assert "def figures(" in source and f'"{evaluation}"' in source, evaluation


def test_a_figure_under_its_floor_fails() -> None:
    floors = baseline.floors("eval_mandates")
    at_floor = dict(floors)
    assert baseline.below("eval_mandates", at_floor) == []
    assert baseline.enforce("eval_mandates", at_floor) == 0
    lower = dict(floors, recall=floors["recall"] - 0.01)
    assert [line.split(":")[1].split()[0] for line in baseline.below("eval_mandates", lower)] == [
        "recall"
    ]
    assert baseline.enforce("eval_mandates", lower) == 1


def test_a_floor_the_evaluation_no_longer_measures_fails() -> None:
    figures = dict(baseline.floors("eval_sixway"))
    del figures["zh"]
    assert baseline.below("eval_sixway", figures) == [
        "eval_sixway: no figure for 'zh' (floor 0.95)"
    ]
