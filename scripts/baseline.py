"""The evaluation floors (scripts/baseline.json), read by the evaluation scripts and their tests.

Each evaluation names its figures; :func:`below` lists those under their floor, and a script's
``main`` exits 1 through :func:`enforce` when one is. The floors live in one file that no script
writes: a figure that falls fails until the code is fixed or the floor is lowered by hand, in a
commit that says why.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

FILE = Path(__file__).with_name("baseline.json")


def floors(evaluation: str) -> dict[str, float]:
    """The floors of one evaluation ("eval_mandates", "eval_eosg --pdf" ...)."""
    data = json.loads(FILE.read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data["floors"][evaluation].items()}


def below(evaluation: str, figures: Mapping[str, float]) -> list[str]:
    """Each figure under its floor, as a line; a floor without its figure is one too (the
    evaluation stopped measuring it)."""
    out = []
    for name, floor in floors(evaluation).items():
        figure = figures.get(name)
        if figure is None:
            out.append(f"{evaluation}: no figure for {name!r} (floor {floor:g})")
        elif figure < floor:
            out.append(f"{evaluation}: {name} {figure:.4g} is below its floor {floor:g}")
    return out


def enforce(evaluation: str, figures: Mapping[str, float]) -> int:
    """Print the figures under their floors; the exit status: 1 if any, else 0."""
    lines = below(evaluation, figures)
    for line in lines:
        print(f"BELOW THE BASELINE ({FILE.name}): {line}")
    return 1 if lines else 0
