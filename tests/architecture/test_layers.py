"""The layer rule of DESIGN.md, checked over the source tree, and a test that the checker bites.

Imports point down only, so everything below `ui/` runs headless: the domain never pulls in
Qt or a file-format library, exporters never pull in Qt, and only `ui/` touches PySide6.
The command line may start the GUI, but only from inside a function, so `import cli.main`
stays free of Qt. Every import counts, including those inside functions and calls of
`importlib.import_module("...")` / `__import__("...")` with a literal name.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

QT = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Rule:
    """Files under `layer/` may not import `forbidden`; `only_inside_functions` are tolerated
    when the import sits inside a function body (a lazy import)."""

    layer: str
    forbidden: tuple[str, ...]
    why: str
    only_inside_functions: tuple[str, ...] = ()


RULES = (
    Rule("workbench", (*QT, "openpyxl", "reportlab", "graphviz", "exporters", "ui", "cli"),
         "the domain layer must run headless, with no GUI and no file-format library"),
    Rule("exporters", (*QT, "ui", "cli"), "exporters run headless, below the GUI"),
    Rule("cli", QT, "only ui/ may use Qt; the command line must start without it"),
    Rule("cli", ("ui",), "the command line may start the GUI only lazily, inside a function",
         only_inside_functions=("ui",)),
    Rule("bench", QT, "only ui/ may use Qt"),
    Rule("process_templates", QT, "only ui/ may use Qt"),
    Rule("resources", QT, "only ui/ may use Qt"),
)


@dataclass(frozen=True)
class Import:
    module: str
    line: int
    inside_function: bool


@dataclass(frozen=True)
class Violation:
    path: Path
    line: int
    module: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line} imports {self.module}: {self.why}"


def imports_of(path: Path, package: str) -> Iterator[Import]:
    """Every module `path` imports, anywhere in the file; relative imports made absolute."""
    tree = ast.parse(path.read_bytes(), filename=str(path))
    yield from _ImportVisitor(package).collect(tree)


class _ImportVisitor(ast.NodeVisitor):
    def __init__(self, package: str) -> None:
        self._package = package
        self._depth = 0
        self._found: list[Import] = []

    def collect(self, tree: ast.AST) -> list[Import]:
        self.visit(tree)
        return self._found

    def _add(self, module: str, node: ast.AST) -> None:
        self._found.append(Import(module, getattr(node, "lineno", 0), self._depth > 0))

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        self._depth += 1
        self.generic_visit(node)
        self._depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = node.module or ""
        if node.level:
            parts = self._package.split(".")
            parent = parts[: len(parts) - node.level + 1]
            base = ".".join([*parent, base] if base else parent)
        if node.module is None or node.level:
            for alias in node.names:
                self._add(f"{base}.{alias.name}" if base else alias.name, node)
        else:
            self._add(base, node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _called_name(node.func)
        if name in {"import_module", "importlib.import_module", "__import__"} and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                self._add(first.value, node)
        self.generic_visit(node)


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return ""


def _top(module: str) -> str:
    return module.split(".", 1)[0]


def package_of(root: Path, path: Path) -> str:
    """The package a file's relative imports resolve against (its folder, as a dotted name)."""
    return ".".join(path.relative_to(root).parent.parts)


def violations(root: Path, rules: tuple[Rule, ...] = RULES) -> list[Violation]:
    """Every import under `root` that breaks a rule, in file and line order."""
    found: list[Violation] = []
    for rule in rules:
        layer = root / rule.layer
        if not layer.is_dir():
            continue
        for path in sorted(layer.rglob("*.py")):
            if ".venv" in path.parts:
                continue
            for imported in imports_of(path, package_of(root, path)):
                top = _top(imported.module)
                if top not in rule.forbidden:
                    continue
                if top in rule.only_inside_functions and imported.inside_function:
                    continue
                found.append(Violation(path.relative_to(root), imported.line,
                                       imported.module, rule.why))
    return sorted(found, key=lambda v: (str(v.path), v.line, v.module))


# ------------------------------------------------------------------------ tests

REPO = Path(__file__).resolve().parents[2]


def test_the_source_tree_keeps_its_layers() -> None:
    found = violations(REPO)
    assert not found, "imports that break the layer rule:\n" + "\n".join(map(str, found))


def test_every_layer_is_there_to_check() -> None:
    for layer in ("workbench", "exporters", "cli", "ui"):
        assert (REPO / layer / "__init__.py").is_file(), layer


def _write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_checker_finds_qt_hidden_in_a_function_of_the_domain(tmp_path: Path) -> None:
    _write(tmp_path, "workbench/__init__.py", "")
    _write(tmp_path, "workbench/bad.py",
           "import json\n\n\ndef draw():\n    from PySide6.QtWidgets import QWidget\n")
    found = violations(tmp_path)
    assert [str(v).split(" ")[0] for v in found] == [f"{Path('workbench/bad.py')}:5"]
    assert found[0].module == "PySide6.QtWidgets"


def test_the_checker_knows_every_forbidden_kind_of_import(tmp_path: Path) -> None:
    _write(tmp_path, "workbench/sub/__init__.py", "")
    _write(tmp_path, "workbench/sub/bad.py", "\n".join([
        "import openpyxl",
        "from reportlab.pdfgen import canvas",
        "import graphviz as gv",
        "from ... import ui",
        "from exporters import excel",
        "import importlib",
        "importlib.import_module('cli.main')",
        "__import__('shiboken6')",
    ]))
    _write(tmp_path, "exporters/pdf.py", "from ui.canvas import scene\nimport reportlab\n")
    modules = {(str(v.path), v.line, _top(v.module)) for v in violations(tmp_path)}
    bad = str(Path("workbench/sub/bad.py"))
    assert modules == {
        (bad, 1, "openpyxl"), (bad, 2, "reportlab"), (bad, 3, "graphviz"), (bad, 4, "ui"),
        (bad, 5, "exporters"), (bad, 7, "cli"), (bad, 8, "shiboken6"),
        (str(Path("exporters/pdf.py")), 1, "ui"),
    }


def test_the_command_line_may_start_the_gui_only_lazily(tmp_path: Path) -> None:
    _write(tmp_path, "cli/lazy.py", "def gui():\n    from ui.app import main\n    return main\n")
    _write(tmp_path, "cli/eager.py", "from ui.app import main\n")
    _write(tmp_path, "cli/qt.py", "def gui():\n    import PySide6\n")
    found = sorted(str(v).split(" ")[0] for v in violations(tmp_path))
    assert found == [f"{Path('cli/eager.py')}:1", f"{Path('cli/qt.py')}:2"]
