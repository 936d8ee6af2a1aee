"""DESIGN §1 layering, checked on the import statements of every module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "mapstudio"

# Layers from the top down; a module may import its own layer and those below it.
ORDER = ["ui", "canvas", "commands", "export", "templates", "interchange", "store", "layout",
         "files", "model"]
PURE = {"model", "layout", "interchange", "files"}


def _layer(path: Path) -> str | None:
    rel = path.relative_to(SRC).parts
    return rel[0] if len(rel) > 1 and rel[0] in ORDER else None


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(module, lazily) for every import; lazily = inside a function body."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            nested = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                found.extend((a.name, in_function) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                module = child.module or ""
                if child.level:
                    pkg = list(path.relative_to(SRC).parent.parts)
                    base = pkg[: len(pkg) - (child.level - 1)] if child.level > 1 else pkg
                    module = ".".join(["mapstudio", *base, module]).rstrip(".")
                found.append((module, in_function))
                if child.level and not child.module:
                    found.extend((f"{module}.{a.name}", in_function) for a in child.names)
            visit(child, nested)

    visit(tree, False)
    return found


MODULES = sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_module_respects_layers(path: Path) -> None:
    layer = _layer(path)
    problems = []
    for module, lazy in _imports(path):
        top = module.split(".")[0]
        if layer in PURE and top in {"PySide6", "sqlalchemy", "reportlab"}:
            problems.append(f"pure layer {layer} imports {module}")
        if top == "sqlalchemy" and layer != "store":
            problems.append(f"only store may import sqlalchemy, not {layer or path.name}")
        if top == "reportlab" and (layer != "export" or not lazy):
            problems.append(f"reportlab must be imported lazily inside export: {module}")
        gui_entry = path.name == "app.py" and layer is None  # creates the QApplication
        if module.startswith("PySide6.QtWidgets") and layer not in {"canvas", "ui"} \
                and not gui_entry:
            problems.append(f"only canvas/ui may import QtWidgets, not {layer or path.name}")
        if layer and module.startswith("mapstudio."):
            target = module.split(".")[1]
            if target in ORDER and ORDER.index(target) < ORDER.index(layer):
                problems.append(f"{layer} imports the higher layer {target} ({module})")
    assert not problems, "\n".join(problems)


def test_widgets_never_touch_the_database() -> None:
    for path in [*SRC.joinpath("ui").rglob("*.py"), *SRC.joinpath("canvas").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert "sqlite3" not in text and "sqlalchemy" not in text, path


def test_architecture_check_catches_a_violation(tmp_path: Path) -> None:
    bad = SRC / "model" / "_probe_violation.py"
    bad.write_text("from PySide6 import QtCore\n", encoding="utf-8")
    try:
        with pytest.raises(AssertionError):
            test_module_respects_layers(bad)
    finally:
        bad.unlink()


# ---- transitively: what a module pulls in, through every mapstudio module it imports ----

GUI_ENTRY = {("mapstudio.cli", "mapstudio.app")}  # `mapstudio FILE` starts the editor


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(["mapstudio", *parts])


def _import_graph(modules: list[Path] = MODULES) -> dict[str, set[str]]:
    names = {_module_name(p): p for p in modules}
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        targets = set()
        for module, _lazy in _imports(path):
            if module.startswith("PySide6.QtWidgets"):
                targets.add("PySide6.QtWidgets")
            while module and module not in names and "." in module:
                module = module.rsplit(".", 1)[0]  # `from pkg import name`: the package
            if module in names and (name, module) not in GUI_ENTRY:
                targets.add(module)
        graph[name] = targets
    return graph


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> list[str] | None:
    """A chain of imports from `start` to `goal`, or None."""
    seen, stack = {start}, [[start]]
    while stack:
        chain = stack.pop()
        for nxt in graph.get(chain[-1], ()):
            if nxt == goal:
                return [*chain, nxt]
            if nxt not in seen:
                seen.add(nxt)
                stack.append([*chain, nxt])
    return None


def _widget_chains(graph: dict[str, set[str]]) -> list[str]:
    problems = []
    for name in graph:
        layer = name.split(".")[1] if name.count(".") else ""
        if layer in {"canvas", "ui", "app"} or name == "mapstudio.app":
            continue
        chain = _reaches(graph, name, "PySide6.QtWidgets")
        if chain:
            problems.append(" -> ".join(chain))
    return problems


def test_no_widgets_below_canvas_and_ui_even_through_other_modules() -> None:
    problems = _widget_chains(_import_graph())
    assert not problems, "QtWidgets reached from outside canvas/ui:\n" + "\n".join(problems)


def test_the_transitive_check_sees_a_chain() -> None:
    probe = SRC / "store" / "_probe_chain.py"
    probe.write_text("from .. import settings\nfrom ..app import run_gui\n", encoding="utf-8")
    try:
        chains = _widget_chains(_import_graph(sorted(SRC.rglob("*.py"))))
        assert any(c.startswith("mapstudio.store._probe_chain -> mapstudio.app")
                   for c in chains), chains
    finally:
        probe.unlink()


def test_import_linter_contracts_hold() -> None:
    """The contracts in .importlinter (pure layers transitively, layer order, SQL only in
    store, ReportLab only in export), checked by import-linter itself."""
    import subprocess
    import sys

    root = SRC.parents[1]
    result = subprocess.run([Path(sys.executable).with_name("lint-imports"), "--no-cache"],
                            cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " 0 broken" in result.stdout
