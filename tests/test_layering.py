"""The layering of src/mandata: every package in one tier, imports only downwards, no cycle.

The import graph is read from the source (an AST walk: imports inside functions and under
``TYPE_CHECKING`` count too). A module may import its own package and the packages of lower
tiers; packages of one tier are independent of each other. Inside a package the modules import
each other without a cycle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from conftest import ROOT

SRC = ROOT / "src" / "mandata"

# Lowest first. A "package" is a sub-package of mandata or a top-level module of it ("mandata"
# is the package's own __init__: the version).
TIERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("foundation", frozenset({"mandata", "errors"})),
    ("settings, language data", frozenset({"settings", "lang"})),
    ("shared low level", frozenset({"langid", "langtag", "symbols", "patterns", "names", "model"})),
    ("shared scanners and data", frozenset({"scan", "entities"})),
    ("1 read", frozenset({"read"})),
    ("2 normalize", frozenset({"normalize"})),
    ("3 segment", frozenset({"segment"})),
    ("2b PDF layout, 4 analyze, Akoma Ntoso", frozenset({"layout", "analyze", "export"})),
    ("the pipeline", frozenset({"parse"})),
    ("many files, comparison", frozenset({"batch", "compare"})),
    ("registry", frozenset({"registry"})),
    ("procedure, fetching", frozenset({"procedure", "fetch"})),
    ("web", frozenset({"web"})),
    ("command line", frozenset({"cli"})),
)

# Upward imports still there, each with the change that removes it: the test fails when one is
# no longer needed, so that the list only shrinks.
PENDING: dict[tuple[str, str], str] = {}


def _tier() -> dict[str, int]:
    return {package: k for k, (_, packages) in enumerate(TIERS) for package in packages}


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(SRC.rglob("*.py")):
        parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _targets(module: str, path: Path) -> Iterator[str]:
    """The mandata modules that ``module`` imports, wherever the import stands."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            for alias in node.names:  # "from mandata import lang" imports mandata.lang
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base


def _resolve(name: str) -> str | None:
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def import_graph() -> dict[str, set[str]]:
    """module -> the mandata modules it imports (itself left out)."""
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        found = {_resolve(t) for t in _targets(module, path) if t.startswith("mandata")}
        graph[module] = {t for t in found if t is not None and t != module}
    return graph


def test_every_package_has_a_tier() -> None:
    tier = _tier()
    assert not {_package(m) for m in MODULES} - set(tier), "add the new package to TIERS"


def test_imports_go_down_the_tiers_only() -> None:
    tier = _tier()
    wrong, used = [], set()
    for module, targets in import_graph().items():
        for target in sorted(targets):
            a, b = _package(module), _package(target)
            if a == b or tier[b] < tier[a]:
                continue
            if (module, target) in PENDING:
                used.add((module, target))
                continue
            side = "sideways" if tier[a] == tier[b] else "upwards"
            wrong.append(f"{module} -> {target} ({a} -> {b}: {side})")
    assert not wrong, "\n".join(wrong)
    assert used == set(PENDING), f"no longer needed, take out of PENDING: {set(PENDING) - used}"


def test_no_import_cycle() -> None:
    graph = import_graph()
    cycles = [c for c in _strongly_connected(graph) if len(c) > 1]
    assert not cycles, "\n".join(" <-> ".join(sorted(c)) for c in cycles)


def _strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's components, iteratively (the graph has a few hundred modules)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[set[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.add(top)
                    if top == node:
                        break
                out.append(component)
    return out


def test_the_graph_sees_imports_inside_functions() -> None:
    """The walk reads the whole tree: an import inside a function is an edge like any other."""
    inside = [
        (module, _resolve(f"{inner.module}.{alias.name}"))
        for module, path in MODULES.items()
        for node in ast.walk(_tree(path))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for inner in ast.walk(node)
        if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith("mandata.")
        for alias in inner.names
    ]
    graph = import_graph()
    assert inside and all(t in graph[m] for m, t in inside if t is not None and t != m)
