"""Whether two action keys say the same: equal, or documented as equivalent by one language
(each language module's ``EQUIVALENT_ACTIONS`` lists the verbs it cannot tell apart)."""

from __future__ import annotations

from functools import cache

from mandata import lang


@cache
def _equivalents() -> dict[str, frozenset[str]]:
    """Action key -> the keys some one language cannot tell it from. Not transitive: Russian
    merging "acknowledge" with "recognize" and French "recognize" with "consider" does not make
    "acknowledge" and "consider" the same."""
    same: dict[str, set[str]] = {}
    for code in lang.LANGUAGES:
        table = lang.get(code).equivalent_actions
        for group in table:
            folded = {lang.folded_action(key) for key in group}  # the keys as reported
            for key in folded:
                same.setdefault(key, set()).update(folded)
    return {k: frozenset(v) for k, v in same.items()}


def same_action(a: str | None, b: str | None) -> bool:
    """Whether two action keys are the same or documented equivalents in some language."""
    return a == b or (a is not None and b in _equivalents().get(a, frozenset()))
