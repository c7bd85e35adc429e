"""Keep the interface's translations in step with the source (run from the repository root).

Collects every string the interface passes to Qt's translation — `self.tr(...)` (context: the
class), `QCoreApplication.translate("context", ...)`, and module helpers `_tr(text)` that
wrap `translate` with a fixed context. Texts from `workbench/` (measures, KPI presets,
findings) are not here: they have their own catalogue (scripts/update_catalogue.py), so no
string is translated twice. It then rewrites each
`resources/translations/*.ts`, keeping the translations already made, marking new strings
unfinished and dropping strings the source no longer has, and compiles each `.qm` with
`pyside6-lrelease`.

pyside6-lupdate is not used: it cannot see through the `_tr` helpers, nor through `tr(name)`
over a table of names. Calls this script cannot resolve make it fail, with their location.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ("ui",)
DATA_CONTEXTS: tuple[str, ...] = ()

# tr(variable) calls whose values come from a caller or a lookup: (file, context, variable)
# -> the module constants (strings, or tables of strings) the variable takes its values from.
PASSED_IN = {
    ("ui/export_actions.py", "ExportActions", "file_filter"): ("EXCEL_FILTER", "PDF_FILTER"),
    ("ui/panels/findings_panel.py", "FindingsPanel", "name"): ("_CHECKLIST_KINDS",),
}


@dataclass
class Message:
    context: str
    source: str
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)


class Collector(ast.NodeVisitor):
    def __init__(self, path: Path, tree: ast.Module) -> None:
        self.path = path
        self.rel = path.relative_to(ROOT).as_posix()
        self.found: list[Message] = []
        self.unresolved: list[str] = []
        self.classes: list[ast.ClassDef] = []
        self.functions: list[ast.AST] = []
        self.constants = _module_constants(tree)
        self.helpers = _helper_contexts(tree)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802
        self.classes.append(node)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and self.classes:
            self._add(self.classes[-1].name, node.args[0] if node.args else None, node)
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) > 1:
            context = node.args[0]
            if isinstance(context, ast.Constant) and isinstance(context.value, str):
                text = node.args[1]
                literal = isinstance(text, ast.Constant)
                helper = isinstance(text, ast.Name) and self._is_helper_param(node)
                if literal or not (helper or context.value in DATA_CONTEXTS):
                    self._add(context.value, text, node)
            else:
                self.unresolved.append(f"{self.rel}:{node.lineno}: translate() context")
        elif isinstance(func, ast.Name) and func.id in self.helpers and node.args:
            self._add(self.helpers[func.id], node.args[0], node)
        self.generic_visit(node)

    def _is_helper_param(self, node: ast.Call) -> bool:
        return bool(self.functions) and getattr(self.functions[-1], "name", "") in self.helpers

    def _add(self, context: str, arg: ast.AST | None, call: ast.Call) -> None:
        numerus = len(call.args) > 2
        for text in self._resolve(context, arg, call):
            self.found.append(Message(context, text, numerus, [(self.rel, call.lineno)]))

    def _resolve(self, context: str, arg: ast.AST | None, call: ast.Call) -> list[str]:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return [arg.value]
        if isinstance(arg, ast.Name):
            if isinstance(self.constants.get(arg.id), str):
                return [self.constants[arg.id]]
            names = PASSED_IN.get((self.rel, context, arg.id))
            if names:
                values = [self.constants[n] for n in names]
                return [t for v in values for t in ((v,) if isinstance(v, str) else v)]
            looped = self._loop_values(arg.id)
            if looped is not None:
                return looped
        self.unresolved.append(f"{self.rel}:{call.lineno}: tr() of {ast.unparse(arg)}")
        return []

    def _loop_values(self, name: str) -> list[str] | None:
        """`for a, name, b in TABLE` or `[... for name in self.COLUMNS]`: the table's strings."""
        scope = self.functions[-1] if self.functions else None
        for node in ast.walk(scope) if scope else ():
            loops = []
            if isinstance(node, ast.For):
                loops.append((node.target, node.iter))
            elif isinstance(node, (ast.ListComp, ast.GeneratorExp)):
                loops.extend((g.target, g.iter) for g in node.generators)
            for target, iterable in loops:
                table = self._table(iterable)
                if table is None:
                    continue
                if isinstance(target, ast.Name) and target.id == name:
                    return [row for row in table if isinstance(row, str)]
                if isinstance(target, ast.Tuple):
                    ids = [getattr(t, "id", None) for t in target.elts]
                    if name in ids:
                        i = ids.index(name)
                        return [row[i] for row in table if isinstance(row, tuple)]
        return None

    def _table(self, node: ast.AST) -> list | None:
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        if isinstance(node, ast.Attribute) and self.classes:
            for stmt in self.classes[-1].body:
                if isinstance(stmt, ast.Assign) and any(
                    getattr(t, "id", None) == node.attr for t in stmt.targets
                ):
                    return _literal(stmt.value)
        return None


def _literal(node: ast.AST):
    """Strings, and tuples of them, as Python values; anything else becomes None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, (ast.Tuple, ast.List)):
        return tuple(_literal(e) for e in node.elts)
    if isinstance(node, ast.Dict):  # a lookup table: its values are the strings shown
        return tuple(_literal(v) for v in node.values)
    return None


def _module_constants(tree: ast.Module) -> dict[str, object]:
    constants: dict[str, object] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            if isinstance(target, ast.Name):
                constants[target.id] = _literal(stmt.value)
    return constants


def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module functions `def _tr(text): return QCoreApplication.translate("ctx", text)`."""
    helpers = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.FunctionDef) and len(stmt.body) == 1:
            ret = stmt.body[0]
            call = getattr(ret, "value", None) if isinstance(ret, ast.Return) else None
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[1], ast.Name)
            ):
                helpers[stmt.name] = call.args[0].value
    return helpers


def collect() -> tuple[dict[tuple[str, str], Message], list[str]]:
    messages: dict[tuple[str, str], Message] = {}
    unresolved: list[str] = []
    found: list[Message] = []
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            collector = Collector(path, tree)
            collector.visit(tree)
            found.extend(collector.found)
            unresolved.extend(collector.unresolved)
    for message in found:
        key = (message.context, message.source)
        if key in messages:
            messages[key].locations.extend(message.locations)
            messages[key].numerus |= message.numerus
        else:
            messages[key] = message
    return messages, unresolved


def read_ts(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the translation's forms; empty for unfinished ones."""
    if not path.exists():
        return {}
    done = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            done[(name, message.findtext("source", ""))] = forms or [translation.text or ""]
    return done


def write_ts(path: Path, language: str, messages: dict[tuple[str, str], Message]) -> int:
    """Write the .ts; returns how many messages are still unfinished."""
    done = read_ts(path)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    unfinished = 0
    by_context: dict[str, list[Message]] = {}
    for message in messages.values():
        by_context.setdefault(message.context, []).append(message)
    for context_name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for message in sorted(by_context[context_name], key=lambda m: m.locations[:1]):
            element = ET.SubElement(context, "message")
            if message.numerus:
                element.set("numerus", "yes")
            for filename, line in message.locations:
                ET.SubElement(element, "location", filename=f"../../{filename}", line=str(line))
            ET.SubElement(element, "source").text = message.source
            translation = ET.SubElement(element, "translation")
            forms = done.get((context_name, message.source))
            if not forms or not all(forms):
                translation.set("type", "unfinished")
                unfinished += 1
                forms = forms or [""]
            if message.numerus:
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return unfinished


def lrelease() -> str | None:
    """The lrelease that ships with PySide6, next to this Python or on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", action="append", help="e.g. zh_CN (default: all .ts)")
    args = parser.parse_args(argv)
    messages, unresolved = collect()
    if unresolved:
        print("Cannot tell what these translate:\n  " + "\n  ".join(unresolved), file=sys.stderr)
        return 1
    languages = args.language or [p.stem.split("_", 2)[-1] for p in TRANSLATIONS.glob("*.ts")]
    tool = lrelease()
    for language in languages:
        ts = TRANSLATIONS / f"process_workbench_{language}.ts"
        unfinished = write_ts(ts, language, messages)
        print(f"{ts.relative_to(ROOT)}: {len(messages)} messages, {unfinished} unfinished")
        if tool:
            subprocess.run(
                [tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
            )
        else:
            print("pyside6-lrelease not found: the .qm was not rebuilt", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
